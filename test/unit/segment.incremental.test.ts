/**
 * Incremental re-segmentation (src/core/text/resegment.ts): after every edit of random edit sequences, `resegment`
 * must return exactly `segmentDocument(newText)` and honour its head / tail contract; one-character edits inside a
 * paragraph must only re-segment a few kilobytes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Segmentation } from '../../src/core/types';
import { segmentDocumentUnguarded as segmentDocument } from '../../src/core/text/segment';
import { resegment, segmentWithState, segmentWithStateSteps, type Resegmentation, type SegmentEdit, type SegmenterState } from '../../src/core/text/resegment';
import { checkInvariants } from './segment.helpers';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'microsoft-openai', 'partnership.contract.md'), 'utf8');
/** Real clause text vendored in the repository (CUAD excerpts, CC BY 4.0: see test/fixtures/cuad/README.md). */
const CUAD = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'cuad', 'sample.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text.replace(/\s+/g, ' ').trim());

/** A numbered Markdown contract of about `size` characters from the CUAD excerpts (the bench's layout). */
function contract(size: number): string {
  const parts = ['# Credit Agreement\n\nThis Credit Agreement (this "Agreement") is entered into as of January 15, 2026.\n\n'];
  let len = parts[0].length;
  let i = 0;
  for (let s = 1; len < size; s++) {
    const head = `## ${s}. Section ${s}\n\n`;
    parts.push(head);
    len += head.length;
    for (let k = 1; k <= 8 && len < size; k++, i++) {
      const c = `${s}.${k} ${CUAD[i % CUAD.length]}\n\n`;
      parts.push(c);
      len += c.length;
    }
  }
  return parts.join('');
}

/** Realistic pieces of drafts: every construct the segmenter knows, including broken ones. */
const PIECES = [
  '# Master Services Agreement', '## 3. Fees', '### 3.1 Invoices', 'ARTICLE IV\nDEFINITIONS', 'ARTICLE V\n\nTERM', '1. Definitions',
  '2.1 Term. This Agreement starts on the Effective Date.', 'Section 4.2 Exclusivity. Licensee shall have exclusive rights.',
  '(a) the Licensee;\n(b) the Licensor; and\n(c) the Agent.', '(i) first,\n(ii) second.', 'A. Recital one.\nB. Recital two.',
  '```\ncode 1. not a clause\n```', '~~~js\n# not a heading\n~~~', '```', '<!-- term: exclusivity -->', '<!-- term: x -->',
  '<!-- clause-annotator-ignore date-conflict -->', '<!--\nmulti-line\ncomment\n-->', 'Text with <!-- inline --> comment.', '<!--',
  '| a | b |\n|---|---|\n| 1 | 2 |', 'x | y\n---|---\n1 | 2', '- bullet one\n- bullet two', '1. item\n2. item', 'RECITALS',
  '**2. Licence**', '**2.1 Term.** Body text here.', '**Definitions**', 'EXHIBIT A\nForm of Notice', 'Schedule 1', 'Title\n=====',
  "7.1 Customer may terminate upon ninety\n(90) days' notice.", 'The Supplier shall:\n(1) deliver; and\n(2) install.', 'equal to\n(3) times the Fees', 'Sub\n---', '* * *', '---', '> quoted text', 'The Licensee shall pay the fees.', '4 Payment', '31 December 2032', 'IN WITNESS WHEREOF',
];
const FRONT_MATTER = ['---\nterms: ./x.terms.yaml\ntitle: T\n---\n', '---\n# comment\nterms: "a.yaml"\n...\n', '---\nnot: closed\n'];
/** What edits insert: structure characters first. */
const INSERTS = [
  '\n', '\n\n', '#', '# ', '## ', '`', '```', '```\n', '~~~\n', '1', '2', '9', '.', '1. ', '2.1 ', '(', '(a) ', '(i) ', ')', '<!--', '-->',
  '<!-- term: x -->\n', '---', '---\n', '|', '| a | b |\n', '"', '\u201C', 'a', 'X', ' ', 'ARTICLE II\n', 'RECITALS\n', '**', '===\n',
  '- ', '\r', 'ninety\n', '(60) days', 'Section 5 ', 'The Licensee shall pay. ', 'and\n', ';\n', '\uFEFF',
];

const pieceArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: CUAD.length - 1 }).map((i) => CUAD[i]) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1500 })).map(([a, l]) => EXAMPLE.slice(a % EXAMPLE.length, (a % EXAMPLE.length) + l)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const draftArb = fc
  .record({
    fm: fc.option(fc.constantFrom(...FRONT_MATTER), { freq: 4 }),
    pieces: fc.array(fc.tuple(pieceArb, fc.constantFrom('\n', '\n\n', '\n\n', ' ')), { maxLength: 40 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ fm, pieces, crlf, bom }) => {
    const t = (fm ?? '') + pieces.map(([p, sep]) => p + sep).join('');
    return (bom ? '\uFEFF' : '') + (crlf ? t.replace(/\n/g, '\r\n') : t);
  });

/** An edit as fractions of the current length (so it always applies) plus what it deletes and inserts. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 80 }) }),
  ins: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.constant('') }),
});
type EditSpec = { at: number; del: number; ins: string };

function apply(text: string, e: EditSpec): { newText: string; edit: SegmentEdit } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const del = Math.min(e.del, text.length - start);
  return {
    newText: text.slice(0, start) + e.ins + text.slice(start + del),
    edit: { start, oldEnd: start + del, newEnd: start + e.ins.length },
  };
}

/** `resegment` must equal a full segmentation, and its head / tail claims must hold. */
function check(prevText: string, prev: Segmentation, newText: string, edit: SegmentEdit, r: Resegmentation): void {
  assert.deepStrictEqual(r.segmentation, segmentDocument(newText));
  const o = prev.clauses;
  const c = r.segmentation.clauses;
  assert.strictEqual(r.delta, edit.newEnd - edit.oldEnd);
  assert.ok(r.head >= 0 && r.head <= r.newTail && r.head <= r.oldTail, `head ${r.head} <= tails ${r.oldTail}/${r.newTail}`);
  assert.strictEqual(c.length - r.newTail, o.length - r.oldTail, 'tails have the same length');
  for (let i = 0; i < r.head; i++) {
    assert.ok(c[i] === o[i], `clause ${i} of the head is the old object`);
    assert.ok(o[i].end <= edit.start, `clause ${i} of the head ends before the edit`);
  }
  for (let k = 0; r.newTail + k < c.length; k++) {
    const a = c[r.newTail + k];
    const b = o[r.oldTail + k];
    assert.ok(b.start >= edit.oldEnd && a.start >= edit.newEnd, 'tail clauses start after the edit');
    assert.deepStrictEqual(
      { ...a },
      { ...b, start: b.start + r.delta, end: b.end + r.delta, section: b.section < r.sectionPivot ? b.section : b.section + r.sectionDelta },
    );
    assert.strictEqual(newText.slice(a.start, a.end), prevText.slice(b.start, b.end));
  }
}

function runSequence(text0: string, edits: readonly EditSpec[]): void {
  let text = text0;
  let cur: { segmentation: Segmentation; state: SegmenterState } = segmentWithState(text);
  assert.deepStrictEqual(cur.segmentation, segmentDocument(text));
  for (const e of edits) {
    const { newText, edit } = apply(text, e);
    const r = resegment(text, cur, newText, edit);
    check(text, cur.segmentation, newText, edit, r);
    text = newText;
    cur = r;
  }
  checkInvariants(text, cur.segmentation);
}

describe('segment: incremental re-segmentation', () => {
  it('segmentWithState returns exactly segmentDocument', () => {
    for (const t of ['', '\uFEFF', 'x', EXAMPLE, contract(50_000), FRONT_MATTER[0] + EXAMPLE, '<!-- open', '```\nfence']) {
      assert.deepStrictEqual(segmentWithState(t).segmentation, segmentDocument(t));
    }
  });

  it('segmenting in steps (pausing every few hundred characters) gives the same segmentation and state', () => {
    const whole = (t: string, part: number) => {
      const it = segmentWithStateSteps(t, part);
      let pauses = 0;
      for (;;) {
        const r = it.next();
        if (r.done) return { ...r.value, pauses };
        pauses++;
      }
    };
    const big = contract(60_000);
    const stepped = whole(big, 500);
    assert.ok(stepped.pauses >= 50, `it paused (${stepped.pauses} times)`);
    assert.deepStrictEqual(stepped.segmentation, segmentWithState(big).segmentation);
    assert.deepStrictEqual(stepped.state, segmentWithState(big).state);
    fc.assert(fc.property(draftArb, fc.integer({ min: 1, max: 400 }), (d, part) => {
      const s = whole(d, part);
      const w = segmentWithState(d);
      assert.deepStrictEqual(s.segmentation, w.segmentation);
      assert.deepStrictEqual(s.state, w.state);
    }), { numRuns: 150 });
  });

  it('random edit sequences on random realistic drafts equal a full segmentation after every edit', () => {
    fc.assert(fc.property(draftArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (d, edits) => runSequence(d, edits)), {
      numRuns: 250,
    });
  });

  it('random edit sequences on slices of real contract text', () => {
    const big = contract(200_000);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 2000, max: 40_000 }), fc.array(editArb, { minLength: 1, maxLength: 30 }), (a, len, edits) => {
        const s = a % (big.length - len);
        runSequence(big.slice(s, s + len), edits);
      }),
      { numRuns: 60 },
    );
  });

  it('random edit sequences on the example contract (Markdown, front matter added)', () => {
    fc.assert(fc.property(fc.boolean(), fc.array(editArb, { minLength: 1, maxLength: 30 }), (fm, edits) => {
      runSequence(fm ? FRONT_MATTER[0] + EXAMPLE : EXAMPLE, edits);
    }), { numRuns: 40 });
  });

  it('a one-character edit inside a paragraph re-segments a few kilobytes and changes one clause', () => {
    const text = contract(300_000);
    let cur = segmentWithState(text);
    let t = text;
    const rnd = fc.sample(fc.tuple(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.constantFrom('a', 'e', 'x', ' ')), { numRuns: 60, seed: 7 });
    let checked = 0;
    for (const [f, ch] of rnd) {
      // A position inside a paragraph: a space between two words.
      let at = t.indexOf(' the ', Math.floor(f * t.length));
      if (at < 0) continue;
      at += 2;
      const newText = t.slice(0, at) + ch + t.slice(at);
      const edit = { start: at, oldEnd: at, newEnd: at + 1 };
      const r = resegment(t, cur, newText, edit);
      check(t, cur.segmentation, newText, edit, r);
      assert.strictEqual(r.full, false);
      assert.ok(r.rescanned < 12_000, `rescanned ${r.rescanned} characters`);
      const changed = r.segmentation.clauses.filter((c) => c.start <= at && at < c.end);
      assert.strictEqual(r.newTail - r.head, changed.length, 'only the edited clause is new');
      assert.strictEqual(r.sectionDelta, 0);
      t = newText;
      cur = r;
      checked++;
    }
    assert.ok(checked > 40);
  });

  it('edits that change the structure far away stay exact (new heading, fence, comment, front matter)', () => {
    const base = `${FRONT_MATTER[0]}${contract(30_000)}`;
    const cases: Array<(t: string) => { newText: string; edit: SegmentEdit }> = [
      (t) => ins(t, t.indexOf('## 3.'), '# Title Two\n\n'), // a second level-1 heading: document-title rule changes
      (t) => ins(t, t.indexOf('## 5.'), '```\n'), // unclosed fence swallows the rest
      (t) => ins(t, t.indexOf('## 5.'), '<!-- '), // unclosed comment
      (t) => ins(t, t.indexOf('## 7.'), 'ARTICLE I\n\n'), // plain-text article above Markdown sections
      (t) => ins(t, 5, 'x'), // inside the front matter
      (t) => ins(t, t.indexOf('---', 3), 'x'), // the closing front-matter line
      (t) => ins(t, t.length, '\n\n## 99. Last\n\nText.'), // append
      (t) => ({ newText: '', edit: { start: 0, oldEnd: t.length, newEnd: 0 } }), // delete everything
      (t) => ins(t, t.indexOf('2.3 '), '\n\n'), // split a numbered paragraph from its number
      (t) => del(t, t.indexOf('## 4.'), 3), // a heading becomes a paragraph: sections merge, labels change
    ];
    for (const make of cases) {
      const cur = segmentWithState(base);
      const { newText, edit } = make(base);
      check(base, cur.segmentation, newText, edit, resegment(base, cur, newText, edit));
    }
  });

  it('edits on the first line stay local without front matter, and segment in full when they could create it', () => {
    const base = contract(30_000);
    const cur = segmentWithState(base);
    const title = ins(base, 2, 'Senior ');
    const r = resegment(base, cur, title.newText, title.edit);
    check(base, cur.segmentation, title.newText, title.edit, r);
    assert.strictEqual(r.full, false);
    for (const make of [(t: string) => ins(t, 0, '---\nterms: a.yaml\n---\n'), (t: string) => ins(t, 0, '\uFEFF'), (t: string) => del(t, 0, 2)]) {
      const { newText, edit } = make(base);
      const x = resegment(base, cur, newText, edit);
      check(base, cur.segmentation, newText, edit, x);
      assert.strictEqual(x.full, true);
    }
  });

  it('inconsistent or hostile arguments still give the full segmentation', () => {
    const t = contract(20_000);
    const cur = segmentWithState(t);
    const n2 = `${t}x`;
    const bad: SegmentEdit[] = [
      { start: 5, oldEnd: 5, newEnd: 5 }, // lengths do not add up
      { start: -1, oldEnd: 0, newEnd: 0 },
      { start: 10, oldEnd: 5, newEnd: 11 },
      { start: Number.NaN, oldEnd: 0, newEnd: 1 },
    ];
    for (const e of bad) assert.deepStrictEqual(resegment(t, cur, n2, e).segmentation, segmentDocument(n2));
    const junk = resegment(t, { segmentation: cur.segmentation, state: {} as SegmenterState }, n2, { start: t.length, oldEnd: t.length, newEnd: t.length + 1 });
    assert.deepStrictEqual(junk.segmentation, segmentDocument(n2));
  });
});

function ins(t: string, at: number, s: string): { newText: string; edit: SegmentEdit } {
  assert.ok(at >= 0);
  return { newText: t.slice(0, at) + s + t.slice(at), edit: { start: at, oldEnd: at, newEnd: at + s.length } };
}

function del(t: string, at: number, n: number): { newText: string; edit: SegmentEdit } {
  assert.ok(at >= 0);
  return { newText: t.slice(0, at) + t.slice(at + n), edit: { start: at, oldEnd: at + n, newEnd: at } };
}
