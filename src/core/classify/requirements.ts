/**
 * Words a regex match must contain, read from the regex source: a second, finer prefilter after the word gate
 * (gate.ts). For a match starting at position `at`, each requirement says that a word starting with one of
 * `prefixes` (3 or 4 lower-case letters, the same word prefixes the gate scan records) starts somewhere in
 * [at + lo, at + hi]. A regex with several top-level branches gets one list per branch (a match satisfies the
 * list of the branch that matched).
 *
 * The analysis is exact in one direction only, which is all a prefilter needs: every match satisfies the
 * requirements (a position where they fail cannot start a match). Whatever the parser does not understand
 * (backreferences, Unicode-mode regexes, unusual escapes) yields no requirement at all (null), never a wrong one.
 */
export interface WordRequirement {
  readonly prefixes: readonly string[];
  readonly lo: number;
  readonly hi: number;
}

type Node =
  | {
      readonly k: 'char';
      /** Lower-cased ASCII letter, or null. */
      readonly letter: string | null;
      /** Matches only non-word characters (not [A-Za-z0-9_]). */
      readonly nonWord: boolean;
      readonly min: number;
      readonly max: number;
    }
  | { readonly k: 'b'; readonly min: number; readonly max: number }
  | { readonly k: 'zero'; readonly min: number; readonly max: number }
  /** Positive lookbehind `(?<=...)`. */
  | { readonly k: 'behind'; readonly alts: readonly Node[][]; readonly min: number; readonly max: number }
  | { readonly k: 'group'; readonly alts: readonly Node[][]; readonly min: number; readonly max: number };

class Fail extends Error {}

/** Atoms the parser returns as they are (never changed: `sequence` copies them with their quantifier). */
type Atom = { k: string; letter?: string | null; nonWord?: boolean; alts?: Node[][] };
/** Any character but not only non-word ones (a class, \w, \d, an escaped code point, `.`), a non-word character, a zero-width assertion. */
const ANY: Atom = { k: 'char', letter: null, nonWord: false };
const NON_WORD: Atom = { k: 'char', letter: null, nonWord: true };
const ZERO: Atom = { k: 'zero' };

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      out.push({ ...atom, min, max } as Node);
    }
    return out;
  }

  quantifier(): [number, number] {
    const s = this.s;
    let q: [number, number] = [1, 1];
    const c = s[this.i];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) throw new Fail();
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
      if (s[this.i] === '?') this.i++;
      return [lo, hi];
    } else return q;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return q;
  }

  atom(): Atom {
    const s = this.s;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      let behind = false;
      if (s[this.i] === '?') {
        const t = s.slice(this.i, this.i + 4);
        if (t.startsWith('?:')) this.i += 2;
        else if (t.startsWith('?=') || t.startsWith('?!') || t.startsWith('?<!')) {
          this.i += t.startsWith('?<!') ? 3 : 2;
          look = true;
        } else if (t.startsWith('?<=')) {
          this.i += 3;
          behind = true;
        } else if (t.startsWith('?<')) {
          const m = /^\?<[A-Za-z_$][\w$]{0,60}>/.exec(s.slice(this.i, this.i + 70));
          if (!m) throw new Fail();
          this.i += m[0].length;
        } else throw new Fail();
      }
      const alts = this.alternation();
      if (s[this.i] !== ')') throw new Fail();
      this.i++;
      return look ? ZERO : behind ? { k: 'behind', alts } : { k: 'group', alts };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      // In non-Unicode mode a `]` right after `[` or `[^` closes the (empty) class.
      while (this.i < s.length && s[this.i] !== ']') {
        if (s[this.i] === '\\') this.i++;
        this.i++;
      }
      if (this.i >= s.length) throw new Fail();
      this.i++;
      return ANY;
    }
    if (c === '\\') {
      const e = s[this.i + 1];
      if (e === undefined) throw new Fail();
      this.i += 2;
      if (e === 'b') return { k: 'b' };
      if (e === 'B') return ZERO;
      if (e === 's' || e === 'W') return NON_WORD;
      if (e === 'S' || e === 'w' || e === 'd' || e === 'D') return ANY;
      if (e === 'x') {
        if (!/^[0-9A-Fa-f]{2}$/.test(s.slice(this.i, this.i + 2))) throw new Fail();
        this.i += 2;
        return ANY;
      }
      if (e === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(s.slice(this.i, this.i + 4))) throw new Fail();
        this.i += 4;
        return ANY;
      }
      if (e === 't' || e === 'n' || e === 'r' || e === 'v' || e === 'f') return NON_WORD;
      // Identity escapes of syntax characters only; anything else (digits, \k, \c, \p, ...) is not analysed.
      if ('^$\\.*+?()[]{}|/-'.includes(e)) return NON_WORD;
      throw new Fail();
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{') throw new Fail();
    this.i++;
    if (c === '^' || c === '$') return ZERO;
    if (c === '.') return ANY;
    const letter = /[A-Za-z]/.test(c) ? c.toLowerCase() : null;
    return { k: 'char', letter, nonWord: !/[A-Za-z0-9_]/.test(c) };
  }
}

/** Sum of `len` over a sequence. */
const seqSum = (seq: readonly Node[], len: (n: Node) => number): number => {
  let t = 0;
  for (const x of seq) t += len(x);
  return t;
};
const seqMin = (seq: readonly Node[]): number => seqSum(seq, minLen);
const seqMax = (seq: readonly Node[]): number => seqSum(seq, maxLen);

const minLen = (n: Node): number => {
  if (n.k === 'char') return n.min;
  if (n.k === 'group') return n.min === 0 ? 0 : n.min * Math.min(...n.alts.map(seqMin));
  return 0;
};

const maxLen = (n: Node): number => {
  if (n.k === 'char') return n.max;
  if (n.k === 'group') {
    const inner = Math.max(...n.alts.map(seqMax));
    return n.max === 0 || inner === 0 ? 0 : n.max * inner;
  }
  return 0;
};

const once = (n: Node): boolean => n.min === 1 && n.max === 1;

/** Whether every non-empty match of `n` ends with a non-word character. */
const endsNonWord = (n: Node): boolean => {
  if (n.k === 'char') return n.nonWord;
  if (n.k === 'group') return n.alts.every((a) => seqEndsNonWord(a) !== 'no');
  return true;
};

/**
 * How a match of `seq` ends: 'yes' = never empty and always with a non-word character; 'maybe-empty' = empty or
 * with a non-word character; 'no' = may end with a word character.
 */
const seqEndsNonWord = (seq: readonly Node[]): 'yes' | 'maybe-empty' | 'no' => {
  for (let k = seq.length - 1; k >= 0; k--) {
    const n = seq[k];
    if (maxLen(n) === 0) continue;
    if (!endsNonWord(n)) return 'no';
    if (minLen(n) > 0) return 'yes';
  }
  return 'maybe-empty';
};

/** Whether position `j` of `seq` is always the start of a word when the next character is a letter. */
const wordStartAt = (seq: readonly Node[], j: number): boolean => {
  for (let k = j - 1; k >= 0; k--) {
    const n = seq[k];
    if (n.k === 'b') return once(n);
    if (maxLen(n) === 0) continue;
    if (!endsNonWord(n)) return false;
    if (minLen(n) > 0) return true;
  }
  return false;
};

/** Lower-case letters (3 or 4) that `seq` must start with at index `j`, or null. */
const letterPrefix = (seq: readonly Node[], j: number): string | null => {
  let out = '';
  for (let k = j; k < seq.length && out.length < 4; k++) {
    const n = seq[k];
    if (n.k !== 'char' || n.letter === null || !once(n)) break;
    out += n.letter;
  }
  return out.length >= 3 ? out : null;
};

/** Word prefixes one of which the item at `j` must start with (at a word start), or null. */
const wordAt = (seq: readonly Node[], j: number): string[] | null => {
  const n = seq[j];
  const start = wordStartAt(seq, j);
  if (n.k === 'char') {
    const pre = start ? letterPrefix(seq, j) : null;
    return pre ? [pre] : null;
  }
  if (n.k !== 'group' || n.min < 1) return null;
  const prefixes: string[] = [];
  for (const alt of n.alts) {
    let k = 0;
    let starts = start;
    while (k < alt.length && alt[k].k === 'b' && once(alt[k])) {
      k++;
      starts = true;
    }
    const pre = starts ? letterPrefix(alt, k) : null;
    if (!pre) return null;
    prefixes.push(pre);
  }
  return prefixes.length > 0 ? [...new Set(prefixes)] : null;
};

/** Requirements of one sequence, the match (or the sequence) starting at offset 0. */
const sequenceRequirements = (seq: readonly Node[]): WordRequirement[] => {
  const out: WordRequirement[] = [];
  let lo = 0;
  let hi = 0;
  for (let j = 0; j < seq.length; j++) {
    const n = seq[j];
    const words = wordAt(seq, j);
    if (words) out.push({ prefixes: words, lo, hi });
    if (n.k === 'behind' && n.alts.length === 1) {
      // The lookbehind's text ends here: an item followed by items of lengths [a, b] starts in [lo - b, hi - a].
      const inner = n.alts[0];
      let sufMin = 0;
      let sufMax = 0;
      for (let k = inner.length - 1; k >= 0; k--) {
        sufMin += minLen(inner[k]);
        sufMax += maxLen(inner[k]);
        const w = wordAt(inner, k);
        if (w && Number.isFinite(sufMax)) out.push({ prefixes: w, lo: lo - sufMax, hi: hi - sufMin });
      }
    }
    lo += minLen(n);
    hi += maxLen(n);
  }
  return out;
};

/** `read` of the parsed regex source (its top-level branches), or null when the parser does not understand it. */
const parsed = <T>(source: string, read: (alts: Node[][]) => T | null): T | null => {
  try {
    const p = new Parser(source);
    const alts = p.alternation();
    return p.i === source.length ? read(alts) : null;
  } catch (e) {
    if (e instanceof Fail || e instanceof RangeError) return null;
    throw e;
  }
};

/**
 * Per top-level branch of the regex, the words a match starting at a position must contain; null when some
 * branch has no requirement (or the regex is not analysed).
 */
export const wordRequirements = (source: string, flags: string): WordRequirement[][] | null => {
  if (/[uv]/.test(flags)) return null;
  return parsed(source, (alts) => {
    const out = alts.map(sequenceRequirements);
    return out.every((r) => r.length > 0) ? out : null;
  });
};

/**
 * The word prefixes one of which must start the match of the regex source `src` (for the gate, gate.ts), or null
 * when none can be read (the regex then always runs): in every top-level branch, after lookbehinds, a `\b` and a
 * word (or a group of words).
 */
export const requiredPrefixes = (src: string): string[] | null =>
  parsed(src, (alts) => {
    const out: string[] = [];
    for (const seq of alts) {
      let k = 0;
      while (k < seq.length && (seq[k].k === 'behind' || seq[k].k === 'zero') && once(seq[k])) k++;
      const words = k + 1 < seq.length && seq[k].k === 'b' && once(seq[k]) ? wordAt(seq, k + 1) : null;
      if (!words) return null;
      out.push(...words);
    }
    return [...new Set(out)];
  });
