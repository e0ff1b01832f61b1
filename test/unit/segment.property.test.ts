import * as assert from 'assert';
import fc from 'fast-check';
import { segmentDocumentUnguarded as segmentDocument } from '../../src/core/text/segment';
import { checkInvariants } from './segment.helpers';

/** Line fragments that exercise every construct, including broken ones. */
const FRAGMENTS = [
  '', ' ', '\t', '\u00A0', '\uFEFF', '# Title', '## 2. Licence', '###### deep', '#######', '#', '1.', '1. Definitions',
  '1.1 Term. This Agreement starts.', '2.3(a) Sub. Text', '(a) the Licensee;', '(i)', '(ii) and', 'A. Recital', 'iv. four',
  'ARTICLE IV', 'Article 4 – TERM', 'EXHIBIT A', 'Schedule 1', 'Annex', 'Section 4.2 Exclusivity.', 'Section 4.2 of the',
  '§ 3', '**2. Licence**', '**2.1 Term.** Body text.', '**', '**unclosed', '__x__', '- item', '* item', '+', '-', '* * *',
  '```', '```js', '~~~', '````', '<!--', '-->', '<!-- term: t1 -->', '<!--term:x-->', '<!-- clause-annotator-ignore a b -->',
  '<!-- clause-annotator-ignore -->', '| a | b |', '|', 'a | b', '---|---', '--- | ---', '---', '===', '...', 'terms: x.yaml',
  'terms: "q.yaml"', 'key: value', 'Plain sentence text.', 'Acme Inc. The Licensee', 'U.S. law applies.',
  '\u201CQuoted\u201D means', '31 December 2032', '2.5 million', 'RECITALS', 'IN WITNESS WHEREOF', '> quoted',
  '((((((', '))))', '[[[[', '"""', "'", '\u2014', '\u2013 x', '\u0000\u0001\u0002', '\uD800', '\uDFFF', 'é', 'Ωμέγα',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** A document: lines of 1-3 fragments, joined by LF or CRLF, optional BOM. */
const documentArb = fc
  .record({
    lines: fc.array(fc.array(fragment, { minLength: 1, maxLength: 3 }), { maxLength: 60 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ lines, crlf, bom }) => (bom ? '\uFEFF' : '') + lines.map((l) => l.join(' ')).join(crlf ? '\r\n' : '\n'));

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

/** Repeat `unit` up to about `size` characters. */
function grow(unit: string, size: number): string {
  if (unit.length === 0) return '';
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('segmentDocument (properties)', () => {
  it('never throws and satisfies the invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => {
        checkInvariants(t, segmentDocument(t));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and satisfies the invariants on structured documents', () => {
    fc.assert(
      fc.property(documentArb, (t) => {
        checkInvariants(t, segmentDocument(t));
      }),
      { numRuns: 400 },
    );
  });

  it('CRLF and LF give the same structure; a BOM only shifts offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 3 }), { maxLength: 40 }),
        (lines) => {
          const lf = lines.map((l) => l.join(' ')).join('\n');
          if (lf.includes('\r')) return;
          const crlf = lf.replace(/\n/g, '\r\n');
          const a = segmentDocument(lf);
          const b = segmentDocument(crlf);
          assert.deepStrictEqual(b.clauses.map((c) => crlf.slice(c.start, c.end).replace(/\r/g, '')), a.clauses.map((c) => lf.slice(c.start, c.end)));
          assert.deepStrictEqual(b.clauses.map((c) => c.label), a.clauses.map((c) => c.label));
          assert.deepStrictEqual(b.sections.map((s) => [s.number, s.title, s.level, s.parent]), a.sections.map((s) => [s.number, s.title, s.level, s.parent]));
          assert.strictEqual(b.ignored.length, a.ignored.length);
          assert.deepStrictEqual(b.termMarkers.map((m) => [m.termId, m.clause]), a.termMarkers.map((m) => [m.termId, m.clause]));
          // A BOM shifts every offset by one and changes nothing else.
          const c = segmentDocument('\uFEFF' + lf);
          assert.deepStrictEqual(c.clauses.map((x) => [x.start - 1, x.end - 1, x.label]), a.clauses.map((x) => [x.start, x.end, x.label]));
          assert.deepStrictEqual(c.sections.map((x) => [x.start - 1, x.end - 1, x.title]), a.sections.map((x) => [x.start, x.end, x.title]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays within a time bound on ~200 KB adversarial input built from random fragments', () => {
    fc.assert(
      fc.property(documentArb, (unit) => {
        const t = grow(unit + '\n', 200_000);
        const { value, ms } = timed(() => segmentDocument(t));
        assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${t.length} characters`);
        assert.ok(value.clauses.every((c) => c.start >= 0 && c.end <= t.length));
      }),
      { numRuns: 15 },
    );
  });

  describe('hostile inputs (each ~200 KB, < 2 s, invariants hold)', () => {
    const N = 200_000;
    const cases: Array<[string, string]> = [
      ['one 200,000-character line of words', grow('the Licensee shall pay ', N)],
      ['one 200,000-character line with sentence ends', grow('The Licensee pays. Acme Inc. Sec. 4. ', N)],
      ['one line of spaces', ' '.repeat(N)],
      ['unbalanced brackets', grow('(((([[[[ ', N)],
      ['sub-clause markers on every line', grow('(a)\n(i)\n(ii)\n(b)\n(aa)\n', N)],
      ['unclosed comment openers', grow('<!-- ', N)],
      ['comment openers, one per line', grow('<!--\n', N)],
      ['comment closers only', grow('-->\n', N)],
      ['fence openers', grow('```\n~~~\n', N)],
      ['pipes', grow('|', N)],
      ['pipe lines', grow('a | b\n--- | ---\n', N)],
      ['bold markers', grow('**', N)],
      ['bold lines', grow('**2. x**\n', N)],
      ['deep numbering', grow('1.1.1.1.1.1.1.1.1.1.1 ', N)],
      ['numbered lines', grow('1.1.1.1.1.1.1.1 X\n', N)],
      ['hashes', grow('#', N)],
      ['heading lines', grow('# a\n## b\n###### c\n', N)],
      ['setext underlines', grow('Title\n===\n', N)],
      ['dashes', grow('-', N)],
      ['front matter opener, never closed', '---\n' + grow('key: value\n', N)],
      ['front matter lines', grow('---\n', N)],
      ['NBSP and BOM', grow('\u00A0\uFEFF', N)],
      ['CR only', grow('\r', N)],
      ['binary junk', Array.from({ length: N }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
      ['markers', grow('<!-- term: x -->\n<!-- clause-annotator-ignore a -->\n', N)],
      ['ARTICLE lines', grow('ARTICLE IV\n', N)],
      ['ALL CAPS lines', grow('RECITALS\n\n', N)],
      ['periods', grow('. ', N)],
    ];
    for (const [name, t] of cases) {
      it(name, () => {
        const { value, ms } = timed(() => segmentDocument(t));
        assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
        checkInvariants(t, value);
      });
    }
  });
});
