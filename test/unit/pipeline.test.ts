/**
 * Building blocks of the incremental pipeline (src/core/pipeline.ts and the range functions it splices with): the
 * text diff, and every "facts of the lines in [from, to)" function, which must give exactly the whole-text result's
 * items in that range when run on any line-aligned range.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { diffTexts } from '../../src/core/pipeline';
import { findDefinitionsIn, findTermUsesIn, indexTermsForUses, attachClauses } from '../../src/core/extract/definitions';
import { undefinedTermLocal } from '../../src/core/check/draft/undefinedTerm';
import { capsRunsIn } from '../../src/core/check/draft/definitionChecks';
import { governHitsIn } from '../../src/core/check/draft/facts';
import { segmentDocument } from '../../src/core/text/segment';
import { buildDraft, seedClauses } from './perf-cases';

const DRAFT = buildDraft(30_000, seedClauses(), 7)
  + '\n\nCapitalized terms used but not defined herein have the meanings given in the Master Agreement.\n'
  + 'IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR LOST PROFITS.\n'
  + 'This Agreement is governed by the laws of the State of New York; construed under English law.\n'
  + '**"Territory"** means the world. The Licensed Technology and the "Net Revenue" of the change of control.\n';

/** `text` hard-wrapped at 70 columns (a line breaks at its last space before), continuation lines indented now and then. */
function hardWrap(text: string): string {
  const out: string[] = [];
  let k = 0;
  for (let line of text.split('\n')) {
    while (line.length > 70) {
      const at = line.lastIndexOf(' ', 70);
      if (at <= 0) break;
      out.push(line.slice(0, at));
      line = (k++ % 3 === 0 ? '   ' : '') + line.slice(at + 1);
    }
    out.push(line);
  }
  return out.join('\n');
}

/** DRAFT hard-wrapped, with terms defined and used over line breaks (and a term that is a part of another). */
const WRAPPED = hardWrap(`${DRAFT}\n\nThis Agreement is made between Alpha Ltd (the "Supplier") and Beta Ltd (the "Customer") on the date set out below (the "Effective Date"), and "Net Model Revenue" means the revenue of a model as reported by the Supplier, and "Model Revenue" means the revenue, and "Revenue" means money. The Customer shall pay the Net Model Revenue and the Model Revenue, as of the Effective Date, to the Supplier, after the Revenue of the Effective Dates, in each case in the Net Model Revenues of the Customers.\n`)
  + '\nThe Supplier shall pay the Net\nModel Revenue and the Net Model\n\nRevenue, from the Effective\n    Date, "Wrapped\n  Term" means a thing, and the ("Other\n\nTerm") is none.\n';

/** Line starts of `text` (and its length). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  out.push(text.length);
  return out;
}

describe('pipeline building blocks', () => {
  it('diffTexts finds the common prefix and suffix exactly (random texts and edits)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), fc.nat(), fc.nat({ max: 50 }), fc.string({ maxLength: 40 }), (a, at0, del, ins) => {
      const at = at0 % (a.length + 1);
      const b = a.slice(0, at) + ins + a.slice(at + del);
      const c = diffTexts(a, b);
      assert.ok(c.start <= c.oldEnd && c.start <= c.newEnd);
      assert.strictEqual(a.slice(0, c.start), b.slice(0, c.start));
      assert.strictEqual(a.slice(c.oldEnd), b.slice(c.newEnd));
      assert.strictEqual(a.slice(0, c.start) + b.slice(c.start, c.newEnd) + a.slice(c.oldEnd), b);
      // minimal: the characters right inside the change differ (or the change is empty on one side)
      if (c.oldEnd > c.start && c.newEnd > c.start) assert.notStrictEqual(a[c.start], b[c.start]);
    }), { numRuns: 400 });
    assert.deepStrictEqual(diffTexts('', ''), { start: 0, oldEnd: 0, newEnd: 0 });
    assert.deepStrictEqual(diffTexts('abc', 'abc'), { start: 3, oldEnd: 3, newEnd: 3 });
    assert.deepStrictEqual(diffTexts('aaaa', 'aaa'), { start: 3, oldEnd: 4, newEnd: 3 });
    const big = 'x'.repeat(100_000);
    assert.deepStrictEqual(diffTexts(big, `${big.slice(0, 70_000)}y${big.slice(70_001)}`), { start: 70_000, oldEnd: 70_001, newEnd: 70_001 });
  });

  for (const [name, text0] of [['', DRAFT], [' (hard-wrapped at 70 columns, LF and CRLF)', WRAPPED], [' (hard-wrapped, CRLF)', WRAPPED.replace(/\n/g, '\r\n')]]) it(`every range function gives, on any line-aligned range, exactly the whole-text items starting in it${name}`, () => {
    const text = text0;
    const starts = lineStarts(text);
    const clauses = segmentDocument(text).clauses;
    const defs = attachClauses(findDefinitionsIn(text, 0, text.length), clauses);
    const index = indexTermsForUses(defs);
    const ignored = segmentDocument(text).ignored;
    const whole = {
      defs: findDefinitionsIn(text, 0, text.length),
      uses: findTermUsesIn(text, index, defs, ignored, 0, text.length),
      local: undefinedTermLocal(text, 0, text.length),
      caps: capsRunsIn(text, 0, text.length),
    };
    assert.ok(whole.defs.length > 10 && whole.uses.length > 10 && whole.local.candidates.length > 10 && whole.caps.length > 0 && whole.local.elsewhere.length > 0);
    const inRange = <T extends { start: number }>(xs: readonly T[], from: number, to: number) => xs.filter((x) => x.start >= from && x.start < to);
    fc.assert(fc.property(fc.nat(), fc.nat(), (i0, i1) => {
      const a = starts[i0 % starts.length];
      const b = starts[i1 % starts.length];
      const from = Math.min(a, b);
      const to = Math.max(a, b);
      assert.deepStrictEqual(findDefinitionsIn(text, from, to), inRange(whole.defs, from, to));
      assert.deepStrictEqual(findTermUsesIn(text, index, defs, ignored, from, to), inRange(whole.uses, from, to));
      const l = undefinedTermLocal(text, from, to);
      assert.deepStrictEqual(l.quoted, inRange(whole.local.quoted, from, to));
      assert.deepStrictEqual(l.candidates, inRange(whole.local.candidates, from, to));
      assert.deepStrictEqual(l.elsewhere, whole.local.elsewhere.filter((x) => x >= from && x < to));
      assert.deepStrictEqual(capsRunsIn(text, from, to), inRange(whole.caps, from, to));
    }), { numRuns: 150 });
    if (text !== DRAFT) {
      assert.ok(whole.defs.some((d) => d.term === 'Wrapped Term') && whole.uses.some((u) => u.term === 'Net Model Revenue' && /\n/.test(text.slice(u.start, u.end))));
      assert.ok(whole.local.candidates.some((c) => /\n/.test(c.phrase)), 'a candidate across a line break');
      // every range from each line start to the next few
      for (let i = 0; i + 1 < starts.length; i++) {
        for (const j of [i + 1, i + 2, i + 3]) {
          if (j >= starts.length) continue;
          const [from, to] = [starts[i], starts[j]];
          assert.deepStrictEqual(findDefinitionsIn(text, from, to), inRange(whole.defs, from, to), `defs ${from}-${to}`);
          assert.deepStrictEqual(findTermUsesIn(text, index, defs, ignored, from, to), inRange(whole.uses, from, to), `uses ${from}-${to}`);
          assert.deepStrictEqual(undefinedTermLocal(text, from, to).candidates, inRange(whole.local.candidates, from, to), `candidates ${from}-${to}`);
        }
      }
    }
  });

  it('"governed by" hits: a scan resumed after any hit continues exactly like the whole scan', () => {
    const text = `${DRAFT}\n${'It is governed by the laws of Delaware. '.repeat(30)}`;
    const whole = governHitsIn(text, 0, text.length);
    assert.ok(whole.length > 30 && whole.some((h) => h.law !== null));
    for (let k = 0; k < whole.length; k += 3) {
      const resumed = governHitsIn(text, whole[k].next, text.length);
      assert.deepStrictEqual(resumed, whole.slice(k + 1), `resumed after hit ${k}`);
    }
  });
});
