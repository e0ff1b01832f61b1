import * as assert from 'assert';
import * as fc from 'fast-check';
import { extractValues } from '../../src/core/extract/values';
import { extractDefinitions, findTermUses } from '../../src/core/extract/definitions';
import { extractReferences } from '../../src/core/extract/references';
import { NUMBER_WORDS, numberRunSource, numberRunEnd, parseNumberWords } from '../../src/core/extract/numberWords';
import type { ClauseSegment, Span } from '../../src/core/types';

/** Fragments that steer random text into every parser. */
const FRAGMENTS = [
  'five', 'twenty', '-', 'one', 'hundred', 'and', 'million', 'thirtieth', 'half', 'point', 'first', '(', ')', '(5)', '(20%)', '(30th)', '(1/2)',
  '$', 'US$', 'USD', '€', '£', '10,000,000', '2.5', 'm', 'billion', '%', 'percent', 'per cent', 'dollars', 'years', 'days', 'business',
  'December', 'Dec.', 'Sept.', '31', '31st', 'day of', ',', '2032', '2032-12-31', '12/31/2032', 'Monday,', 'the', 'anniversary', 'of',
  'after', 'prior to', 'Effective Date', 'Closing', 'expiration', 'exclusive', 'non-', 'exclusivity', 'shall', 'not', 'be', 'terminate',
  'remedy', 'Section', 'Sections', '12.4', '(a)', 'Article', 'IV', 'Exhibit', 'B', 'this', '"', '“', '”', '**', 'means', 'Term', 'Party',
  '.', ';', '\n', '\n\n', ' ', '  ', '\u0000', '\ud800', 'é',
];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fragmentText);

function checkSpans(spans: readonly (Span & { text?: string })[], text: string, offset: number, sorted = true): void {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    assert.ok(s.start >= offset && s.end <= offset + text.length && s.start <= s.end, `span ${s.start}-${s.end} outside ${offset}-${offset + text.length}`);
    if (s.text !== undefined) assert.strictEqual(s.text, text.slice(s.start - offset, s.end - offset));
    if (sorted && i > 0) assert.ok(spans[i - 1].start <= s.start, 'not sorted');
  }
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

describe('extract: properties (fast-check)', () => {
  it('extractValues never throws; spans in bounds, sorted, text = slice', () => {
    fc.assert(fc.property(anyText, fc.nat({ max: 10_000 }), (text, offset) => {
      const vs = extractValues(text, offset);
      checkSpans(vs, text, offset);
      for (const v of vs) {
        if (v.kind === 'number-words') checkSpans([v.words, v.figure], text, offset, false);
        if (v.kind === 'date' && v.writtenWeekday) checkSpans([v.writtenWeekday], text, offset, false);
      }
    }), { numRuns: 400 });
  });
  it('extractReferences never throws; spans in bounds, sorted', () => {
    fc.assert(fc.property(anyText, fc.nat({ max: 10_000 }), (text, offset) => {
      checkSpans(extractReferences(text, offset), text, offset);
    }), { numRuns: 400 });
  });
  it('definitions and term uses never throw; spans in bounds, sorted', () => {
    fc.assert(fc.property(anyText, (text) => {
      const clauses: ClauseSegment[] = [{ start: 0, end: text.length, kind: 'paragraph', number: null, section: -1, label: 'x' }];
      const defs = extractDefinitions(text, clauses);
      checkSpans(defs, text, 0);
      for (const d of defs) assert.strictEqual(text.slice(d.start, d.end), d.term);
      const uses = findTermUses(text, defs, [{ start: 0, end: Math.floor(text.length / 3) }]);
      checkSpans(uses, text, 0);
      for (const u of uses) assert.ok(u.start >= Math.floor(text.length / 3));
    }), { numRuns: 400 });
  });

  it('adversarial 200,000-character inputs finish in linear time', function () {
    this.timeout(120_000);
    const n = 200_000;
    const inputs = [
      '9'.repeat(n), '1,'.repeat(n / 2), 'five-'.repeat(n / 5), 'five and '.repeat(n / 9), '((((('.repeat(n / 5), '"'.repeat(n),
      '"a" '.repeat(n / 4), 'exclusive '.repeat(n / 10), 'non-'.repeat(n / 4), 'Section 1.'.repeat(n / 10), 'Sections 1, '.repeat(n / 12),
      'December 31, '.repeat(n / 13), '$1 (one) '.repeat(n / 9), 'the '.repeat(n / 4), 'A'.repeat(n), ' '.repeat(n), '\n'.repeat(n),
      'Aa '.repeat(n / 3),
    ];
    const defs = extractDefinitions('"A" means b. "Aa" means c. "Section" means d.', []);
    for (const text of inputs) {
      const [, t1] = timed(() => extractValues(text));
      const [, t2] = timed(() => extractReferences(text));
      const [d, t3] = timed(() => extractDefinitions(text, []));
      const [, t4] = timed(() => findTermUses(text, [...defs, ...d.slice(0, 300)], []));
      const worst = Math.max(t1, t2, t3, t4);
      // 200,000 chars: a linear pass takes 1-500 ms here (the slowest input yields 44,000 values); a quadratic one
      // would take minutes. The bound is generous because the test machine is shared and often overloaded.
      assert.ok(worst < 5000, `${JSON.stringify(text.slice(0, 12))}…: values ${t1.toFixed(0)} ms, refs ${t2.toFixed(0)} ms, defs ${t3.toFixed(0)} ms, uses ${t4.toFixed(0)} ms`);
    }
  });

  // extractValues reads number-word runs with a hand-written matcher (numberRunEnd) instead of the sticky regex
  // built from numberRunSource() (slow to compile and to run). It must match exactly what that regex matches.
  it('numberRunEnd matches exactly what the numberRunSource() regex matches', () => {
    const RUN = new RegExp(numberRunSource(), 'iy');
    const word = fc.constantFrom(...NUMBER_WORDS, 'Five', 'TWENTY', 'fIfTy', 'and', 'AND', 'point', 'Point', 'tenant', 'fivex', 'five_', 'five5', 'ſix', 'Kelvin', 'x');
    const sep = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', '\n', '\u00a0', '-', ' - ', '  -  ', '\t-', '-\n', '-\r\n  ', ' -\n', '-\n\n\n\n\n', ',', ', ', ',  ', ',   ', ' and ', ' AND  ', '\nand\n', ' point ', ' and', 'and ', '(', '.');
    const runText = fc.array(fc.tuple(word, sep), { maxLength: 24 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    // Long runs of words with valid separators only (the regex stops after 15 words).
    const validSep = fc.constantFrom(' ', '-', ' and ', ', ', ' point ', '\n', '  -  ', ',\t');
    const longRun = fc.array(fc.tuple(fc.constantFrom(...NUMBER_WORDS), validSep), { minLength: 10, maxLength: 20 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(fc.oneof(runText, longRun, fc.string({ maxLength: 60 })), fc.nat({ max: 6 }), (text, at) => {
      const pos = Math.min(at, text.length);
      RUN.lastIndex = pos;
      const m = RUN.exec(text);
      assert.strictEqual(numberRunEnd(text, pos), m ? pos + m[0].length : -1, JSON.stringify(text.slice(pos)));
    }), { numRuns: 3000 });
  });

  it('parseNumberWords reads a single word the same as the general parser', () => {
    // A trailing space makes the input take the general path (tokeniser), without changing its tokens.
    for (const w of NUMBER_WORDS) {
      for (const v of [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]) {
        assert.deepStrictEqual(parseNumberWords(v), parseNumberWords(`${v} `), v);
      }
    }
  });
});
