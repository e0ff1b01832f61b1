/**
 * Findings kept per clause between incremental runs (src/core/check/draft/clauseMemo.ts): a clause whose facts are
 * reused gets its previous findings moved with it, and is not checked again; a moved finding equals one made at the
 * new place.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { moveFinding, perClause, hasValue } from '../../src/core/check/draft/clauseMemo';
import type { CheckContext } from '../../src/core/check/context';
import { analyzeDocument } from '../../src/core/analyze';
import { createAnalyzer } from '../../src/core/incremental';
import type { Clause, Finding } from '../../src/core/types';
import { REPO } from './perf-cases';

const EXAMPLE = fs.readFileSync(path.join(REPO, 'examples/microsoft-openai/partnership.contract.md'), 'utf8');

function clause(index: number, start: number, kind: 'date' | 'percent'): Clause {
  return {
    start, end: start + 20, kind: 'sentence', number: null, section: -1, label: `c${index}`, index, types: [],
    values: [{ kind, start: start + 2, end: start + 6, text: 'x' } as unknown as Clause['values'][number]],
  } as unknown as Clause;
}

const ctxOf = (clauses: Clause[], origins?: object[]): CheckContext => ({
  text: '', clauses, definitions: [], termUses: [], references: [], model: null, termLinks: {},
  segmentation: { frontMatter: null, sections: [], clauses: [], ignored: [], termMarkers: [], ignoreMarkers: [] },
  ...(origins ? { memo: { clauseOrigins: origins, undefinedTerm: {} as never, structure: new Map(), caps: { text: '', hits: new Map() } } } : {}),
}) as unknown as CheckContext;

describe('findings kept per clause', () => {
  it('moveFinding moves the draft spans (range, related, fixes), not the model ones, and renumbers the clause', () => {
    const f: Finding = {
      code: 'number-words-mismatch', severity: 'error', message: 'm', where: 'draft', start: 10, end: 15, clause: 2,
      related: [{ where: 'draft', start: 11, end: 12, message: 'r' }, { where: 'model', start: 3, end: 4, message: 'y' }],
      fixes: [{ where: 'draft', start: 10, end: 12, title: 't', newText: 'n' }, { where: 'model', start: 5, end: 6, title: 'u', newText: 'v' }],
    };
    const g = moveFinding(f, 7, 5);
    assert.deepStrictEqual(g, {
      ...f, start: 17, end: 22, clause: 5,
      related: [{ where: 'draft', start: 18, end: 19, message: 'r' }, { where: 'model', start: 3, end: 4, message: 'y' }],
      fixes: [{ where: 'draft', start: 17, end: 19, title: 't', newText: 'n' }, { where: 'model', start: 5, end: 6, title: 'u', newText: 'v' }],
    });
    assert.strictEqual(f.start, 10, 'the input is not changed');
    const { clause: _c, ...noClause } = f;
    assert.ok(!('clause' in moveFinding(noClause, 1, 5)), 'no clause index is added');
  });

  it('checks each clause once while its facts are reused, and moves its findings with it', () => {
    let calls = 0;
    const rule = perClause(hasValue('date'), (_ctx, c, out) => {
      calls++;
      const v = c.values[0];
      out.push({ code: 'invalid-date', severity: 'error', message: c.label, where: 'draft', start: v.start, end: v.end, clause: c.index, related: [], fixes: [] });
    });
    const origins = [{}, {}, {}];
    const first = rule(ctxOf([clause(0, 0, 'date'), clause(1, 30, 'percent'), clause(2, 60, 'date')], origins));
    assert.strictEqual(calls, 2, 'the clause without a date is skipped');
    assert.deepStrictEqual(first.map((f) => [f.start, f.clause]), [[2, 0], [62, 2]]);
    // an edit inserted a clause at the front: the old ones moved by 25 and their indexes by one; the new one is checked
    const moved = rule(ctxOf([clause(0, 0, 'date'), clause(1, 25, 'date'), clause(2, 55, 'percent'), clause(3, 85, 'date')], [{}, origins[0], origins[1], origins[2]]));
    assert.strictEqual(calls, 3, 'only the new clause was checked');
    assert.deepStrictEqual(moved.map((f) => [f.start, f.end, f.clause, f.message]), [[2, 6, 0, 'c0'], [27, 31, 1, 'c0'], [87, 91, 3, 'c2']]);
    // without the analyzer's memo every wanted clause is checked
    rule(ctxOf([clause(0, 0, 'date')]));
    assert.strictEqual(calls, 4);
  });

  it('the example draft repeated: edits before its findings give the same findings as a full analysis', () => {
    const text = `${EXAMPLE}\n\n${EXAMPLE}\n\n${EXAMPLE}`;
    const a = createAnalyzer();
    a.analyze(text);
    const codes = new Set(['number-words-mismatch', 'invalid-date', 'date-order']);
    let t = text;
    for (const [at, ins] of [[40, 'x'], [text.length >> 1, '\n\nA new clause of twenty (20) days.\n\n'], [10, ''], [200, 'Section 9 ']] as const) {
      t = t.slice(0, at) + ins + t.slice(at);
      const inc = a.analyze(t).findings.filter((f) => codes.has(f.code));
      const full = analyzeDocument(t).findings.filter((f) => codes.has(f.code));
      assert.ok(full.length >= 6, `the draft has such findings (${full.length})`);
      assert.deepStrictEqual(inc, full);
    }
  });
});
