/**
 * Golden tests for the drafting checks (no term model): one test per folder of test/golden/drafting/, each holding
 * `draft.contract.md` and `expected.json` (the findings of the drafting codes, with 0-based line/character ranges).
 * Run with UPDATE_GOLDEN=1 to rewrite the expected files on purpose (then review the diff).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { DRAFT_RULES } from '../../src/core/check/draft';
import { assertGolden, goldenCases, toGolden } from './golden';

const ROOT = path.join(__dirname, 'drafting');
const CODES = new Set<string>(DRAFT_RULES.flatMap((r) => r.codes));


const cases = goldenCases(ROOT);

describe('golden: drafting checks', () => {
  it('has a fixture for every drafting code', () => {
    assert.ok(CODES.size === 8, 'eight drafting codes');
    assert.ok(cases.length >= 7, `expected at least 7 fixture folders in ${ROOT}`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(ROOT, name);
      const draft = fs.readFileSync(path.join(dir, 'draft.contract.md'), 'utf8');
      const analysis = analyzeDocument(draft);
      const actual = toGolden(analysis.findings, draft, CODES);

      for (const f of analysis.findings.filter((x) => CODES.has(x.code))) {
        assert.strictEqual(f.where, 'draft');
        assert.ok(f.start >= 0 && f.end <= draft.length && f.start <= f.end, `${name}: range out of text`);
        for (const r of f.related) assert.ok(r.where === 'draft' && r.start >= 0 && r.end <= draft.length && r.start <= r.end, `${name}: related location out of range`);
        for (const x of f.fixes) assert.ok(x.where === 'draft' && x.start >= 0 && x.end <= draft.length && x.start <= x.end, `${name}: fix out of range`);
      }

      assertGolden(dir, name, actual);
    });
  }
});
