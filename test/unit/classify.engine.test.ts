import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { Cue, TypeAssignment } from '../../src/core/types';
import { confidenceOf, createClassifier, literalChar, MAX_CLASSIFY_LENGTH, startsWithLiteral } from '../../src/core/classify/classifier';
import { RULES } from '../../src/core/classify/rules';
import { requiredPrefixes, wordRequirements } from '../../src/core/classify/requirements';

/*
 * The classifier engine (gates, word requirements, head checks, bounds, cursors) must give exactly what the plain
 * rule semantics give: every pattern's first match found by a full scan. `reference` below is that plain
 * evaluation, written as simply as possible, for whatever rules.ts holds.
 */

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

function readJsonl(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

interface RefPattern {
  re: RegExp;
  w: number;
  group: number;
  deferred: boolean;
  firstChar: string | null;
}

const REF = RULES.map((r) => {
  const mk = (p: { re: RegExp; w: number; group?: number }): RefPattern => {
    const ungated = requiredPrefixes(p.re.source) === null;
    return {
      re: new RegExp(p.re.source, p.re.flags.replace(/[gy]/g, '')),
      w: p.w,
      group: p.group ?? 0,
      deferred: ungated && !startsWithLiteral(p.re.source),
      firstChar: ungated && startsWithLiteral(p.re.source) ? literalChar(p.re.source) : null,
    };
  };
  return { id: r.id, pos: r.pos.map(mk), neg: r.neg.map(mk), threshold: r.threshold ?? 1 };
});

function firstMatch(re: RegExp, text: string): [number, number] | null {
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** The rule semantics, evaluated naively (every regex scans the whole clause). */
function reference(input: string, offset = 0): TypeAssignment[] {
  if (input.length === 0) return [];
  const text = input.length > MAX_CLASSIFY_LENGTH ? input.slice(0, MAX_CLASSIFY_LENGTH) : input;
  const out: TypeAssignment[] = [];
  for (const t of REF) {
    let score = 0;
    let groups = 0;
    const hits: [number, number][] = [];
    const open = (p: RefPattern) => p.firstChar === null || text.includes(p.firstChar);
    for (const p of t.pos) {
      if (p.deferred || (p.group !== 0 && (groups & (1 << p.group)) !== 0) || !open(p)) continue;
      const h = firstMatch(p.re, text);
      if (h) {
        if (p.group !== 0) groups |= 1 << p.group;
        score += p.w;
        hits.push(h);
      }
    }
    if (score <= 0 || hits.length === 0) continue;
    for (const p of t.pos) {
      if (!p.deferred || (p.group !== 0 && (groups & (1 << p.group)) !== 0)) continue;
      const h = firstMatch(p.re, text);
      if (h) {
        if (p.group !== 0) groups |= 1 << p.group;
        score += p.w;
        hits.push(h);
      }
    }
    for (const n of t.neg) if (open(n) && firstMatch(n.re, text)) score -= n.w;
    if (score < t.threshold) continue;
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const cues: Cue[] = [];
    for (const [s, e] of hits) {
      if (cues.length >= 8) break;
      const prev = cues[cues.length - 1];
      if (prev && prev.start === s + offset && prev.end === e + offset) continue;
      cues.push({ type: t.id, start: s + offset, end: e + offset, text: text.slice(s, e) });
    }
    out.push({ type: t.id, confidence: confidenceOf(score, t.threshold), cues });
  }
  return out;
}

/** The engine tries at most 64 occurrences of a gate word per pattern; the reference has no such bound. */
function withinTryBound(text: string): boolean {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\b[a-z]{3,4}/g)) {
    for (const k of [m[0].slice(0, 3), m[0]]) {
      const n = (counts.get(k) ?? 0) + 1;
      if (n > 60) return false;
      counts.set(k, n);
    }
  }
  return true;
}

const WORDS = [
  'exclusive', 'non-exclusive', 'not', 'shall', 'shall not', 'any other', 'third party', 'royalty', '%', '10%',
  '$5 per unit', 'term', 'of', 'five (5) years', 'governed by', 'the laws of', 'State of New York', 'terminate',
  'for convenience', 'upon', 'notice', 'days', 'prior written', 'assign', 'consent', 'license', 'grant', 'hereby grants',
  'perpetual', 'irrevocable', 'AGI', 'artificial general intelligence', 'effective date', '(the "Effective Date")',
  'January 1, 2030', '12/31/2032', 'change of control', 'merger', 'compete', 'right of first refusal', 'most favored',
  'liability', 'shall not exceed', 'minimum', 'purchase', 'at least', 'equity', 'shares', 'Azure', 'AWS', 'renew',
  'automatically', 'unless', 'revenue', 'share', 'intellectual property', 'owned by', 'sole', 'only', 'tax', 'income',
  'agreement', 'is', 'à', 'ſ', 'K', '_', '3rd', 'Term-', '“', '”', ';', '.', ',', '\n', '  ', 'may', 'use', 'right to',
];

describe('classifier engine (equivalence to the plain rule semantics)', function () {
  this.timeout(120_000);
  const classifier = createClassifier();
  const texts = [
    ...readJsonl(path.join(FIXTURES, 'cuad', 'sample.jsonl')),
    ...readJsonl(path.join(FIXTURES, 'agi', 'agi.jsonl')),
  ];

  it('gives exactly the reference result on every vendored and AGI row', () => {
    let compared = 0;
    for (const t of texts) {
      if (!withinTryBound(t)) continue;
      assert.deepStrictEqual(classifier.classify(t, 17), reference(t, 17), t);
      compared++;
    }
    assert.ok(compared >= texts.length * 0.9, `compared ${compared} of ${texts.length}`);
  });

  it('gives exactly the reference result on generated clauses', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 50 }), fc.constantFrom(' ', '', ' the '), fc.nat(5000), (ws, sep, off) => {
        const t = ws.join(sep);
        assert.deepStrictEqual(classifier.classify(t, off), reference(t, off));
      }),
      { numRuns: 1500, seed: 1 },
    );
  });

  it('gives exactly the reference result on vendored rows with words inserted', () => {
    if (texts.length === 0) return;
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(600), fc.constantFrom(...WORDS), (i, at, w) => {
        const k = Math.min(at, texts[i].length);
        const t = texts[i].slice(0, k) + w + texts[i].slice(k);
        if (withinTryBound(t)) assert.deepStrictEqual(classifier.classify(t), reference(t));
      }),
      { numRuns: 1000, seed: 2 },
    );
  });

  it('gives exactly the reference result on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        assert.deepStrictEqual(classifier.classify(t), reference(t));
      }),
      { numRuns: 1000, seed: 3 },
    );
  });

  it('stays exact and fast when gate words repeat far beyond the try bound', () => {
    const t = 'The Licensee shall not sell any other product; the term of this license is five (5) years. '.repeat(300);
    const a = Date.now();
    const out = classifier.classify(t, 3);
    assert.ok(Date.now() - a < 2000);
    assert.deepStrictEqual(classifier.classify(t, 3), out);
    for (const x of out) for (const c of x.cues) assert.strictEqual(t.slice(c.start - 3, c.end - 3), c.text);
  });
});

describe('word requirements (requirements.ts) never rule out a real match', function () {
  this.timeout(120_000);
  const patterns = RULES.flatMap((r) => [...r.pos, ...r.neg].map((p) => p.re));
  const texts = [
    ...readJsonl(path.join(FIXTURES, 'cuad', 'sample.jsonl')),
    ...readJsonl(path.join(FIXTURES, 'agi', 'agi.jsonl')),
  ].filter((t) => t.length < 1500).slice(0, 60);

  /** Positions where a word with this 3/4-letter prefix starts (the scan's notion of a word: [A-Za-z0-9_] runs). */
  function wordStarts(text: string, prefix: string): number[] {
    const out: number[] = [];
    for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) if (m[0].toLowerCase().startsWith(prefix)) out.push(m.index);
    return out;
  }

  it('reads required words and their windows from regex sources', () => {
    assert.deepStrictEqual(wordRequirements(String.raw`\bnot\b[^;]{0,60}\b(?:sell|market)\b`, 'i'), [
      [{ prefixes: ['not'], lo: 0, hi: 0 }, { prefixes: ['sell', 'mark'], lo: 3, hi: 63 }],
    ]);
    assert.deepStrictEqual(wordRequirements(String.raw`(?<=\bshall\s{1,3})\bnot\b`, 'i'), [
      [{ prefixes: ['shal'], lo: -8, hi: -6 }, { prefixes: ['not'], lo: 0, hi: 0 }],
    ]);
    assert.strictEqual(wordRequirements(String.raw`\b(\w+)\s\1`, 'i'), null);
    assert.strictEqual(wordRequirements(String.raw`\bterm\b`, 'iu'), null);
  });

  it('holds for every rule pattern at every match in the vendored rows', () => {
    let checked = 0;
    for (const src of patterns) {
      const req = wordRequirements(src.source, src.flags);
      if (!req) continue;
      const sticky = new RegExp(src.source, src.flags.replace(/[gy]/g, '') + 'y');
      for (const text of texts) {
        for (let at = 0; at < text.length; at++) {
          sticky.lastIndex = at;
          if (!sticky.test(text)) continue;
          checked++;
          const ok = req.some((branch) =>
            branch.every((r) => r.prefixes.some((p) => wordStarts(text, p).some((q) => q >= at + r.lo && q <= at + r.hi))),
          );
          assert.ok(ok, `/${src.source}/ at ${at} in ${JSON.stringify(text.slice(at, at + 80))}`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} matches checked`);
  });
});
