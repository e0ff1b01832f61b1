import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analyze';
import { parseTermModel } from '../../src/core/model/parse';
import { createClassifier } from '../../src/core/classify/classifier';
import { main } from '../../src/cli/main';
import type { DocumentAnalysis } from '../../src/core/types';

/**
 * Hostile and strange input, through the whole pipeline: nothing throws, nothing hangs (every input is timed), bad
 * input gets a positioned finding, and offsets stay exact with CRLF, BOMs, tabs, non-breaking spaces, curly quotes
 * and Unicode dashes. The longest time any input took is printed at the end.
 */
const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'microsoft-openai', 'partnership.contract.md'), 'utf8');
const MODEL_TEXT = fs.readFileSync(path.join(ROOT, 'examples', 'microsoft-openai', 'partnership.terms.yaml'), 'utf8');
const MODEL = parseTermModel(MODEL_TEXT).model;

let longest = { ms: 0, what: '' };
/** Generous bound per input: these machines are shared; a hang or a quadratic blow-up is far beyond it. */
const BOUND_MS = 5000;

function timed<T>(what: string, fn: () => T): T {
  const t = process.hrtime.bigint();
  const r = fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (ms > longest.ms) longest = { ms, what };
  assert.ok(ms < BOUND_MS, `${what} took ${ms.toFixed(0)} ms`);
  return r;
}

function checkShape(a: DocumentAnalysis, text: string): void {
  for (const c of a.clauses) assert.ok(c.start >= 0 && c.start <= c.end && c.end <= text.length);
  for (const f of a.findings) {
    if (f.where === 'draft') assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.code} in bounds`);
    assert.ok(f.message.length > 0);
  }
}

const LINE = 200_000;
const hostileLines: [string, string][] = [
  ['digits', '7'.repeat(LINE)],
  ['spaces', ' '.repeat(LINE)],
  ['quotes', '"'.repeat(LINE)],
  ['curly quotes', '“”'.repeat(LINE / 2)],
  ['parentheses', '('.repeat(LINE / 2) + ')'.repeat(LINE / 2)],
  ['brackets', '['.repeat(LINE)],
  ['"exclusive " repeated', 'exclusive '.repeat(LINE / 10)],
  ['"non-exclusive exclusive" repeated', 'non-exclusive exclusive '.repeat(LINE / 24)],
  ['number words', 'twenty '.repeat(LINE / 7)],
  ['number-words pairs', 'twenty percent (25%) '.repeat(LINE / 21)],
  ['dates', 'December 31, 2032 '.repeat(LINE / 18)],
  ['money', '$1,000,000 '.repeat(LINE / 11)],
  ['percent signs', '%'.repeat(LINE)],
  ['dollar signs', '$'.repeat(LINE)],
  ['section references', 'Section 1.1(a) '.repeat(LINE / 15)],
  ['defined terms', '("Term") '.repeat(LINE / 9)],
  ['capitalised words', 'The Licensed Technology '.repeat(LINE / 24)],
  ['html comment opener', '<!-- '.repeat(LINE / 5)],
  ['headings', '# '.repeat(LINE / 2)],
  ['mixed punctuation', '.,;:!?()[]{}"\'-–—/\\ '.repeat(LINE / 20)],
];

describe('reliability: hostile drafts never throw and stay fast', function () {
  this.timeout(600000);

  for (const [name, line] of hostileLines) {
    it(`a ${line.length.toLocaleString('en-US')}-character line of ${name} (as one line, and wrapped into paragraphs)`, () => {
      const one = timed(`one line of ${name}`, () => analyzeDocument(line, MODEL));
      checkShape(one, line);
      // Over the line limit: skipped with one clear information finding, never silently.
      assert.ok(one.findings.some((f) => f.code === 'analysis-limit' && /not analysed/.test(f.message)), 'the long line is reported');
      assert.strictEqual(one.partial?.reason, 'long-lines', 'and the status bar says so');
      const wrapped = line.replace(/(.{1,1000})/g, '$1\n\n');
      checkShape(timed(`wrapped ${name}`, () => analyzeDocument(wrapped, MODEL)), wrapped);
    });
  }

  it('binary content (NUL bytes) is skipped with one information finding', () => {
    const text = `# Agreement\n\n1. Hello\u0000world exclusive.\n`;
    const a = timed('NUL bytes', () => analyzeDocument(text, MODEL));
    const limits = a.findings.filter((f) => f.code === 'analysis-limit');
    assert.strictEqual(limits.length, 1);
    assert.match(limits[0].message, /NUL bytes/);
    assert.strictEqual(a.clauses.length, 0);
    assert.deepStrictEqual(a.partial, { analysedLength: 0, reason: 'binary', message: limits[0].message }, 'the status bar says so too');
  });

  it('a draft over maxLength is analysed in part, with one information finding', () => {
    const text = EXAMPLE.repeat(40);
    const a = timed('over maxLength', () => analyzeDocument(text, MODEL, { maxLength: 10_000 }));
    const limits = a.findings.filter((f) => f.code === 'analysis-limit');
    assert.strictEqual(limits.length, 1);
    assert.ok(a.clauses.every((c) => c.end <= 10_000));
    assert.strictEqual(a.partial?.reason, 'maxLength');
    assert.match(a.partial.message, /Only the first 10,000 of/);
  });

  it('random text from adversarial alphabets (fast-check): no exception, findings in bounds, bounded time', () => {
    const alphabet = fc.constantFrom(
      'exclusive', 'non-', 'Section 1.2(a)', '"', '“', '”', '(', ')', '%', '$', '5', 'five', 'twenty', ' ', '\n', '\r\n',
      '\n\n', '# ', '1.', 'December 31, 2032', 'February 30, 2026', 'Monday, ', '<!-- ', ' -->', '---\n', '```', '|',
      '\t', '\u00a0', '–', '—', '\ufeff', 'AGI', 'means', 'the "Term"', 'shall pay', 'Microsoft', 'OpenAI', '\u0007',
    );
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 400 }), (parts) => {
      const text = parts.join('');
      checkShape(timed('fast-check draft', () => analyzeDocument(text, MODEL)), text);
    }), { numRuns: 300, seed: 20261127 });
  });

  it('random Unicode strings (fast-check, full code-point range)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
      checkShape(timed('fast-check unicode', () => analyzeDocument(text, MODEL)), text);
    }), { numRuns: 300, seed: 7 });
  });

  it('thousands of headings and unbalanced quotes and brackets', () => {
    const headings = Array.from({ length: 5000 }, (_, i) => `## ${i + 1}. Heading ${i + 1}\n\n${i + 1}.1 Text "open (paren [bracket.\n`).join('\n');
    checkShape(timed('5,000 headings', () => analyzeDocument(headings, MODEL)), headings);
  });

  after(() => {
    console.log(`    longest single input: ${longest.ms.toFixed(0)} ms (${longest.what})`);
  });
});

describe('reliability: strange characters keep offsets exact', () => {
  const slices = (a: DocumentAnalysis, text: string): string[] => a.findings.filter((f) => f.where === 'draft' && f.end > f.start).map((f) => `${f.code}:${text.slice(f.start, f.end).replace(/\t/g, ' ')}`);

  it('CRLF, a BOM, tabs and non-breaking spaces give the same findings on the same words', () => {
    const base = analyzeDocument(EXAMPLE, MODEL);
    const variants: [string, string][] = [
      ['CRLF', EXAMPLE.replace(/\n/g, '\r\n')],
      ['BOM', `\ufeff${EXAMPLE}`],
      ['BOM + CRLF', `\ufeff${EXAMPLE.replace(/\n/g, '\r\n')}`],
      ['tabs', EXAMPLE.replace(/^(\d+\.\d+) /gm, '$1\t')],
    ];
    const expected = slices(base, EXAMPLE);
    assert.ok(expected.length >= 6, 'the example has findings to compare');
    for (const [name, text] of variants) {
      const a = analyzeDocument(text, MODEL);
      assert.deepStrictEqual(slices(a, text), expected, name);
    }
  });

  it('curly quotes, Unicode dashes and non-breaking spaces inside clauses', () => {
    const text = '# Agreement\n\n1. “Licensed IP” means the IP.\n\n2. Microsoft shall pay twenty\u00a0percent (25%) of revenue — quarterly – within thirty (13) days.\n';
    const a = analyzeDocument(text, null);
    const mism = a.findings.filter((f) => f.code === 'number-words-mismatch');
    assert.strictEqual(mism.length, 2);
    assert.deepStrictEqual(mism.map((f) => text.slice(f.start, f.end).replace(/\u00a0/g, ' ')), ['twenty percent (25%)', 'thirty (13)']);
    assert.ok(a.definitions.some((d) => d.term === 'Licensed IP' && text.slice(d.start, d.end) === 'Licensed IP'));
  });
});

describe('reliability: hostile term models', function () {
  this.timeout(120000);
  const hostile: [string, string][] = [
    ['an alias bomb', `a: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\nterms: {}\n`],
    ['10,000-deep nesting', `terms: ${'['.repeat(10000)}${']'.repeat(10000)}\n`],
    ['a 10 MB scalar', `agreement: "${'x'.repeat(10_000_000)}"\n`],
    ['duplicate keys', 'terms:\n  a: { type: agi }\n  a: { type: equity }\n'],
    ['binary bytes', 'terms:\n  a: { type: \u0000\u0001\u0002 }\n\u00ff\u0000'],
    ['a list', '- a\n- b\n'],
    ['a number', '42\n'],
    ['empty text', ''],
    ['unclosed flow', 'terms: { a: [1, 2\n'],
  ];

  for (const [name, text] of hostile) {
    it(`${name}: positioned model-* findings, no exception, in the core and in the CLI`, () => {
      const parsed = timed(`model: ${name}`, () => parseTermModel(text));
      if (name !== 'empty text') assert.ok(parsed.problems.length >= 1, 'at least one problem');
      for (const p of parsed.problems) {
        assert.match(p.code, /^model-/);
        assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end, `${p.code} positioned in bounds`);
      }
      // Through the CLI: the same problems, exit 1 (errors) or 0, never a crash.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-model-'));
      fs.writeFileSync(path.join(dir, 'partnership.terms.yaml'), text); // the name the example's front matter gives
      fs.writeFileSync(path.join(dir, 'deal.contract.md'), EXAMPLE);
      let out = '';
      const code = timed(`CLI: ${name}`, () => main(['check', dir, '--format', 'json'], { out: (s) => { out += s; }, err: () => undefined, readStdin: () => '' }));
      assert.ok(code === 0 || code === 1, `exit ${code}`);
      const json = JSON.parse(out);
      assert.ok(Array.isArray(json.files));
      fs.rmSync(dir, { recursive: true, force: true });
    });
  }

  it('user cue phrases are matched literally and stay linear in the phrase count', () => {
    const text = EXAMPLE.repeat(5);
    const phrases = (n: number): string[] => Array.from({ length: n }, (_, i) => `phrase (${i}) .* [a-z]+ ${i}`);
    const time = (n: number): number => {
      const c = createClassifier([{ id: 'custom', title: 'Custom', cues: [...phrases(n), 'data residency'] }]);
      const t = process.hrtime.bigint();
      for (const para of text.split('\n\n')) c.classify(para, 0);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    time(100);
    const small = Math.max(1, time(1000));
    const big = time(10000);
    assert.ok(big / small < 10 * 3, `10× the phrases cost ${(big / small).toFixed(1)}× the time`);
    const c = createClassifier([{ id: 'custom', title: 'Custom', cues: ['.*'] }]);
    assert.deepStrictEqual(c.classify('anything at all', 0).filter((t) => t.type === 'custom'), [], 'a regex metacharacter phrase is literal');
    assert.strictEqual(c.classify('the .* phrase', 0).filter((t) => t.type === 'custom').length, 1);
  });
});
