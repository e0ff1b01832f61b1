/**
 * English number words: "twenty-five", "one hundred and five", "ten million one", "thirtieth",
 * "one-half", "two thirds", "twelve and one-half". Pure, linear, never throws.
 */

import { isSpace, isWordCode } from '../text/chars';

/** Words separated by spaces, valued `first`, `first + step`, `first + 2 * step`... in that order. */
const wordValues = (words: string, first: number, step = 1): Record<string, number> => {
  const t: Record<string, number> = {};
  words.split(' ').forEach((w, i) => { t[w] = first + i * step; });
  return t;
};

/** "zero" to "nineteen", each at its value (also the words writer's, check/draft/words.ts). */
export const ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');

// (zero first, then its two other spellings, then one to nineteen: the keys' order as before)
const SMALL: Record<string, number> = { zero: 0, nought: 0, naught: 0 };
ONES.forEach((w, i) => { SMALL[w] = i; });
const TENS: Record<string, number> = {
  ...wordValues('twenty thirty forty', 20, 10), fourty: 40, ...wordValues('fifty sixty seventy eighty ninety', 50, 10),
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const ORD_SMALL = wordValues('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth', 1);
const ORD_TENS = wordValues('twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth', 20, 10);
const ORD_SCALES: Record<string, number> = { thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 };

/** Denominators of fractions written in words: "half", "halves", "third", "thirds"... "hundredth", "hundredths". */
const FRACTION_DEN: Record<string, number> = { half: 2, halves: 2 };
for (const w of 'third quarter fourth fifth sixth seventh eighth ninth tenth hundredth'.split(' ')) {
  const den = ORD_SMALL[w] ?? (w === 'quarter' ? 4 : 100);
  FRACTION_DEN[w] = den;
  FRACTION_DEN[`${w}s`] = den;
}

/** Every word the run regex may contain (longest first so alternation prefers whole words). */
const ALL_WORDS = [
  ...Object.keys(SMALL), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES),
  ...Object.keys(ORD_SMALL), ...Object.keys(ORD_TENS), 'hundredth', ...Object.keys(ORD_SCALES),
  ...Object.keys(FRACTION_DEN),
].filter((w, i, a) => a.indexOf(w) === i).sort((a, b) => b.length - a.length);

/** All number words, lowercase. */
export const NUMBER_WORDS: readonly string[] = ALL_WORDS;

/**
 * The regex source of a run of number words with separators (spaces, hyphens, "and", commas), bounded: the
 * specification of `numberRunEnd`, which reads runs by hand. Built on demand (only the tests compile it), so that it
 * is not in the bundles. The separators and the words cannot overlap, so there is no ambiguous backtracking.
 */
export const numberRunSource = (): string => {
  const word = `(?:${ALL_WORDS.join('|')})`;
  return `${word}\\b(?:(?:[ \\t]{0,2}-[ \\t]{0,2}|-\\s{0,4}|\\s{1,3}(?:(?:and|point)\\s{1,3})?|,[ \\t]{1,2})${word}\\b){0,14}`;
};

/**
 * The number words as a trie over a-z: LINKS[node * 26 + letter] is the next node (0: none). A word is read in place,
 * letter by letter, with no lowercased copy of it. VALUE[node] (set at the end of this module) is parseNumberWords of
 * the word ending at that node; undefined where no word ends.
 */
const LINKS: number[] = [];
const VALUE: (ParsedNumberWords | null | undefined)[] = [];
const newNode = (): number => LINKS.push(...Array<number>(26).fill(0)) / 26 - 1;
newNode(); // the root, 0
/** The node of a lowercase word, added if missing. */
const trieNode = (w: string): number => {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const k = n * 26 + w.charCodeAt(i) - 97;
    n = LINKS[k] || (LINKS[k] = newNode());
  }
  return n;
};
/** The trie node of the word that wordEnd last read. */
let lastNode = 0;

/**
 * text.charCodeAt(i), 0 past the end (NaN there would behave the same in every test below). Reading past the end
 * deoptimizes V8's optimized code, and the re-optimization costs far more than this check.
 */
export const at = (text: string, i: number): number => i < text.length ? text.charCodeAt(i) : 0;

/**
 * End of one number word at q followed by a word boundary, or -1:
 * the run of word characters at q must be a number word, ASCII case-insensitively.
 */
const wordEnd = (text: string, q: number): number => {
  let n = 0;
  let j = q;
  for (let c = at(text, j) | 32; c >= 97 && c <= 122; c = at(text, ++j) | 32) {
    n = LINKS[n * 26 + c - 97];
    if (!n) return -1;
  }
  lastNode = n;
  return VALUE[n] !== undefined && !isWordCode(at(text, j)) ? j : -1;
};

/** Index after at most `max` characters of [ \t] (with `newline`: \s) from i. */
const skipBlank = (text: string, i: number, max: number, newline: boolean): number => {
  let j = i;
  while (j - i < max) {
    const c = at(text, j);
    if (c !== 32 && c !== 9 && !(newline && (c === 10 || isSpace(c)))) break;
    j++;
  }
  return j;
};

/** One separator and number word after a word ending at i (one repetition of numberRunSource's), or -1. */
const runStep = (text: string, i: number): number => {
  // [ \t]{0,2}-[ \t]{0,2} word, or -\s{0,4} word: "twenty-" at the end of a line and "five" on the next
  let j = skipBlank(text, i, 2, false);
  if (at(text, j) === 45 /* - */) {
    const e = wordEnd(text, skipBlank(text, j + 1, j > i ? 2 : 4, j === i));
    if (e >= 0) return e;
  }
  // \s{1,3} (?:(?:and|point)\s{1,3})? word
  j = skipBlank(text, i, 3, true);
  if (j > i) {
    let k = -1;
    const c0 = at(text, j) | 32;
    if (c0 === 97 && (at(text, j + 1) | 32) === 110 && (at(text, j + 2) | 32) === 100) k = j + 3; // and
    else if (c0 === 112 && (at(text, j + 1) | 32) === 111 && (at(text, j + 2) | 32) === 105
      && (at(text, j + 3) | 32) === 110 && (at(text, j + 4) | 32) === 116) k = j + 5; // point
    if (k >= 0) {
      const w = skipBlank(text, k, 3, true);
      if (w > k) {
        const e = wordEnd(text, w);
        if (e >= 0) return e;
        // "two and a half": "a" as the numerator of the fraction word after it
        if ((at(text, w) | 32) === 97 && !isWordCode(at(text, w + 1))) {
          const f = skipBlank(text, w + 1, 3, true);
          const fe = f > w + 1 ? wordEnd(text, f) : -1;
          if (fe >= 0 && A_FRACTIONS.has(text.slice(f, fe).toLowerCase())) return fe;
        }
      }
    }
    const e = wordEnd(text, j);
    if (e >= 0) return e;
  }
  // ,[ \t]{1,2} word
  if (at(text, i) === 44 /* , */) {
    j = skipBlank(text, i + 1, 2, false);
    if (j > i + 1) {
      const e = wordEnd(text, j);
      if (e >= 0) return e;
    }
  }
  return -1;
};

/**
 * End of the run of number words at pos, exactly what the sticky regex `new RegExp(numberRunSource(), 'iy')`
 * matches (a word, then up to 14 separator + word steps, each taken greedily), or -1. Hand-written because that
 * regex takes tens of milliseconds to compile and is slow to run.
 */
export const numberRunEnd = (text: string, pos: number): number => {
  let end = wordEnd(text, pos);
  if (end < 0) return -1;
  for (let n = 0; n < 14; n++) {
    const e = runStep(text, end);
    if (e < 0) break;
    end = e;
  }
  return end;
};

/** Ordinal words that can precede a cardinal: "the first five (5) years". */
export const isOrdinalWord = (word: string): boolean => {
  const w = word.toLowerCase();
  return ORD_SMALL[w] !== undefined || ORD_TENS[w] !== undefined || w === 'last' || w === 'next';
};

export interface ParsedNumberWords {
  readonly value: number;
  readonly ordinal: boolean;
  readonly fraction: boolean;
}

const parsed = (value: number, ordinal: boolean, fraction: boolean): ParsedNumberWords => ({ value, ordinal, fraction });

const TOKEN = /[a-z]+/g;
/** Fraction words a run may take after "and a": "two and a half", "one and a quarter". */
const A_FRACTIONS: ReadonlySet<string> = new Set(['half', 'quarter', 'third']);

/**
 * Parse number words. Returns null when the words are not a well-formed English number
 * ("five five", "hundred million hundred", unknown words). Case-insensitive.
 */
export const parseNumberWords = (input: string): ParsedNumberWords | null => parseNumberRun(input, 0, input.length);

/** parseNumberWords(text.slice(pos, end)); one word (the usual case) is read from the trie, without the slice. */
export const parseNumberRun = (text: string, pos: number, end: number): ParsedNumberWords | null =>
  wordEnd(text, pos) === end ? (VALUE[lastNode] as ParsedNumberWords | null) : parseGeneral(text.slice(pos, end));

const parseGeneral = (input: string): ParsedNumberWords | null => {
  if (input.length > 400) return null;
  const lower = input.toLowerCase();
  const tokens: string[] = [];
  const andBefore: boolean[] = [];
  let sawAnd = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    if (m[0] === 'and') { sawAnd = true; continue; }
    // "and a half": the article is the numerator (the run only takes it before a half, quarter or third)
    tokens.push(m[0] === 'a' ? 'one' : m[0]);
    andBefore.push(sawAnd);
    sawAnd = false;
  }
  if (tokens.length === 0 || sawAnd) return null;

  // Decimals: "three point five" = 3.5, "twelve point two five" = 12.25.
  const point = tokens.indexOf('point');
  if (point >= 0) {
    if (point === 0 || point === tokens.length - 1) return null;
    const whole = parseCardinal(tokens.slice(0, point));
    if (!whole || whole.ordinal) return null;
    let digits = '';
    for (let i = point + 1; i < tokens.length; i++) {
      const d = SMALL[tokens[i]];
      if (d === undefined || d > 9) return null;
      digits += String(d);
    }
    return parsed(Number(`${whole.value}.${digits}`), false, false);
  }

  // Fractions at the end: "one-half", "two thirds", "three quarters", "twelve and one-half".
  const last = tokens[tokens.length - 1];
  const den = FRACTION_DEN[last];
  if (den !== undefined) {
    const plural = last.endsWith('s');
    const isHalfOrQuarter = last.startsWith('half') || last.startsWith('halves') || last.startsWith('quarter');
    if (tokens.length === 1) {
      if (last === 'half') return parsed(0.5, false, true);
      if (last === 'quarter') return parsed(0.25, false, true);
    } else {
      const numTok = tokens[tokens.length - 2];
      const num = SMALL[numTok];
      if (num !== undefined && num > 0 && (plural || isHalfOrQuarter || num === 1)) {
        const frac = num / den;
        if (tokens.length === 2) return parsed(frac, false, true);
        if (andBefore[tokens.length - 2]) {
          const whole = parseCardinal(tokens.slice(0, tokens.length - 2));
          if (whole && !whole.ordinal) return parsed(whole.value + frac, false, true);
        }
        return null;
      }
    }
  }
  const r = parseCardinal(tokens);
  return r ? parsed(r.value, r.ordinal, false) : null;
};

type Last = 'none' | 'small' | 'tens' | 'hundred' | 'scale';

const parseCardinal = (tokens: readonly string[]): { value: number; ordinal: boolean } | null => {
  let total = 0;
  let cur = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let ordinal = false;
  for (let i = 0; i < tokens.length; i++) {
    if (ordinal) return null; // an ordinal word must be the last one
    let t = tokens[i];
    let v: number | undefined;
    // Ordinal forms behave like their cardinal and end the number.
    if (ORD_SMALL[t] !== undefined) { v = ORD_SMALL[t]; ordinal = true; t = '#small'; }
    else if (ORD_TENS[t] !== undefined) { v = ORD_TENS[t]; ordinal = true; t = '#tens'; }
    else if (t === 'hundredth') { ordinal = true; t = 'hundred'; }
    else if (ORD_SCALES[t] !== undefined) { v = ORD_SCALES[t]; ordinal = true; t = '#scale'; }

    if (t === '#small' || SMALL[t] !== undefined) {
      const n = v ?? SMALL[t];
      if (n === 0 && tokens.length > 1) return null;
      if (!(last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && n < 10 && n > 0))) return null;
      cur += n;
      last = 'small';
    } else if (t === '#tens' || TENS[t] !== undefined) {
      const n = v ?? TENS[t];
      if (!(last === 'none' || last === 'hundred' || last === 'scale')) return null;
      if (last === 'hundred' && cur % 100 !== 0) return null;
      cur += n;
      last = 'tens';
    } else if (t === 'hundred') {
      if (last === 'hundred') return null;
      if (cur >= 100) return null;
      cur = (cur === 0 ? 1 : cur) * 100;
      last = 'hundred';
    } else if (t === '#scale' || SCALES[t] !== undefined) {
      const s = v ?? SCALES[t];
      if (s >= lastScale) return null;
      if (last === 'scale') return null;
      total += (cur === 0 ? 1 : cur) * s;
      cur = 0;
      lastScale = s;
      last = 'scale';
    } else {
      return null;
    }
  }
  return { value: total + cur, ordinal };
};

// parseNumberWords of each single number word (frozen: shared between calls).
for (const w of ALL_WORDS) {
  const r = parseGeneral(w);
  VALUE[trieNode(w)] = r ? Object.freeze(r) : null;
}
