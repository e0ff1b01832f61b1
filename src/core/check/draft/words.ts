/**
 * Number → English words writer, and number → figure writer, used by the fixes of `number-words-mismatch`.
 * Pure and total: every function returns null rather than throwing when it cannot write a value.
 */

import { ONES } from '../../extract/numberWords';

export { ONES };
// one string: the bundle keeps a long array literal one item a line
export const TENS = '  twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

const ORDINAL_IRREGULAR: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

export interface WordsStyle {
  /** "one hundred and five" (British) instead of "one hundred five". */
  readonly and?: boolean;
  /** "twenty-five" (default) or "twenty five". */
  readonly hyphen?: boolean;
}

const below100 = (n: number, style: WordsStyle): string => {
  if (n < 20) return ONES[n];
  const t = TENS[Math.floor(n / 10)];
  const u = n % 10;
  return u === 0 ? t : `${t}${style.hyphen === false ? ' ' : '-'}${ONES[u]}`;
};

const below1000 = (n: number, style: WordsStyle): string => {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 0) return below100(r, style);
  const head = `${ONES[h]} hundred`;
  if (r === 0) return head;
  return `${head} ${style.and ? 'and ' : ''}${below100(r, style)}`;
};

/** Cardinal words for a non-negative integer below 10^15: 10000001 → "ten million one". */
export const integerToWords = (n: number, style: WordsStyle = {}): string | null => {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) return null;
  if (n === 0) return 'zero';
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      const q = Math.floor(rest / size);
      parts.push(`${below1000(q, style)} ${name}`);
      rest -= q * size;
    }
  }
  if (rest > 0) parts.push(`${parts.length > 0 && rest < 100 && style.and ? 'and ' : ''}${below1000(rest, style)}`);
  return parts.join(' ');
};

/** Ordinal words: 30 → "thirtieth", 21 → "twenty-first", 100 → "one hundredth". */
export const ordinalToWords = (n: number, style: WordsStyle = {}): string | null => {
  if (!Number.isSafeInteger(n) || n < 1) return null;
  const card = integerToWords(n, style);
  if (card === null) return null;
  const cut = Math.max(card.lastIndexOf(' '), card.lastIndexOf('-')) + 1;
  const last = card.slice(cut);
  return card.slice(0, cut) + (ORDINAL_IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`));
};

const FRACTION_WORDS: Record<number, string> = { 2: 'half', 3: 'third', 4: 'quarter', 5: 'fifth', 8: 'eighth', 10: 'tenth' };
/** "halves", "thirds". */
const fractionPlural = (name: string): string => (name === 'half' ? 'halves' : `${name}s`);

/** A fraction n/d with a small denominator, or null. */
export const asFraction = (value: number): [number, number] | null => {
  if (!Number.isFinite(value) || value < 0) return null;
  for (let d = 1; d <= 16; d++) {
    const n = Math.round(value * d);
    if (Math.abs(n / d - value) < 1e-9) return [n, d];
  }
  return null;
};

/**
 * Words for a value that may have a simple fractional part: 2.5 → "two and one-half", 0.75 → "three-quarters".
 * `fourths` picks "fourth(s)" over "quarter(s)".
 */
export const valueToWords = (value: number, style: WordsStyle = {}, fourths = false): string | null => {
  if (Number.isInteger(value)) return integerToWords(value, style);
  const f = asFraction(value);
  if (!f) return null;
  const [num, den] = f;
  const whole = Math.floor(num / den);
  const part = num - whole * den;
  const name = den === 4 && fourths ? 'fourth' : FRACTION_WORDS[den];
  if (!name) return null;
  // part is a small whole number (below den): always has words
  const frac = `${integerToWords(part, style)}-${part === 1 ? name : fractionPlural(name)}`;
  if (whole === 0) return frac;
  const w = integerToWords(whole, style);
  return w === null ? null : `${w} and ${frac}`;
};

export type CaseStyle = 'lower' | 'upper' | 'title' | 'sentence';

export const detectCase = (text: string): CaseStyle => {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'upper';
  const words = text.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w) && w.toLowerCase() !== 'and' && w.toLowerCase() !== 'of');
  if (words.length > 1 && words.every((w) => /^[A-Z]/.test(w))) return 'title';
  if (words.length > 0 && /^[A-Z]/.test(words[0])) return words.length === 1 ? 'title' : 'sentence';
  return 'lower';
};

export const applyCase = (words: string, style: CaseStyle): string =>
  style === 'upper' ? words.toUpperCase()
    : style === 'title' ? words.replace(/[a-z]+/g, (w) => (w === 'and' ? w : w[0].toUpperCase() + w.slice(1)))
      : style === 'sentence' && words ? words[0].toUpperCase() + words.slice(1) : words;

/** The words of the whole numbers below a trillion (lowercase), "and" aside. */
export const CARDINAL_WORDS = [...ONES, ...TENS.filter(Boolean), 'hundred', 'thousand', 'million', 'billion'];

/** Words that can be part of a number written in words (lowercase). */
const NUMBER_WORD = new Set<string>([
  ...CARDINAL_WORDS, 'trillion',
  // "first" to "twentieth", "thirtieth" to "ninetieth"
  ...Array.from({ length: 27 }, (_, i) => ordinalToWords(i < 20 ? i + 1 : (i - 17) * 10) as string),
  'hundredth', 'thousandth', 'millionth', 'billionth',
  ...Object.values(FRACTION_WORDS).flatMap((n) => [n, fractionPlural(n)]), 'fourths',
]);

/**
 * Replace the number part of `original` (e.g. "Ten Million One Dollars") by words for `value`, keeping
 * what surrounds it ("Dollars"), the case style, hyphenation and the British "and". Null when unsure.
 */
export const rewriteWords = (original: string, value: number, ordinal: boolean): string | null => {
  if (original.length > 300) return null;
  const tokenRe = /[A-Za-z]+/g;
  let first = -1;
  let lastEnd = -1;
  let cursor = -1;
  let pendingAnd = false;
  let sawAnd = false;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(original)) !== null) {
    const w = m[0].toLowerCase();
    // "nought point five", "zero point three five": decimals in words are not rewritten word by word
    if (w === 'point') return null;
    if (first >= 0 && !/^[\s,-]*$/.test(original.slice(cursor, m.index))) break;
    if (NUMBER_WORD.has(w)) {
      if (first < 0) first = m.index;
      if (pendingAnd) sawAnd = true;
      pendingAnd = false;
      lastEnd = m.index + m[0].length;
    } else if (w === 'and' && first >= 0 && !pendingAnd) {
      pendingAnd = true;
    } else if (w === 'a' && pendingAnd) {
      // "two and a half": the article belongs to the number (its numerator)
    } else if (first >= 0) {
      break;
    }
    cursor = m.index + m[0].length;
  }
  // "one-tenth of one percent": a fraction of a unit, not a number to rewrite word by word
  if (first < 0 || /^\s{1,3}of\s{1,3}(?:one|a|an)\b/i.test(original.slice(lastEnd))) return null;
  const numberPart = original.slice(first, lastEnd);
  const style: WordsStyle = {
    and: sawAnd && /\bhundred\s+and\b/i.test(numberPart),
    hyphen: !/(?:ty)[ \t\xa0]{1,3}(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.test(numberPart),
  };
  const fourths = /fourth/i.test(numberPart);
  const words = ordinal ? ordinalToWords(value, style) : valueToWords(value, style, fourths);
  if (words === null) return null;
  return original.slice(0, first) + applyCase(words, detectCase(numberPart)) + original.slice(lastEnd);
};

export const ordinalSuffix = (n: number): string => {
  const h = n % 100;
  if (h >= 11 && h <= 13) return 'th';
  // 1st, 2nd, 3rd; else (0, 4-9, and anything not a whole number) th
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** "1234567" → "1,234,567". */
export const groupThousands = (intPart: string): string => {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ',';
    out += intPart[i];
  }
  return out;
};

/**
 * Write `value` in the style of the figure `original` ("$10,000,000", "25%", "30th", "1/2", "12.50"). Null when
 * the original's style cannot be reproduced.
 */
const SCALE_OF: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };

export const rewriteFigure = (original: string, value: number, ordinal: boolean): string | null => {
  if (!Number.isFinite(value) || value < 0 || original.length > 60) return null;
  const m = /^([^\d]{0,12})(\d[\d,./]{0,30})([^\d]{0,16})$/.exec(original);
  if (!m) return null;
  const [, prefix, core, suffix0] = m;
  let suffix = suffix0;
  if (core.includes('/')) {
    const f = asFraction(value);
    if (!f || !/^\d+\/\d+$/.test(core)) return null;
    return `${prefix}${f[0]}/${f[1]}${suffix}`;
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(core)) return null;
  // "$1.5 million": the new figure in the same scale ("$1 million"), without cents
  const scale = /^\s{0,2}(thousand|million|billion|trillion|k|mm|mn|m|bn|b)\b/i.exec(suffix);
  if (scale) value /= SCALE_OF[scale[1].toLowerCase()];
  const origDecimals = core.includes('.') ? core.length - core.indexOf('.') - 1 : 0;
  const money = !scale && (/[$€£¥]|[A-Z]{3}/.test(prefix) || /dollar|euro|pound/i.test(suffix));
  let decimals = money || /\.0+$/.test(core) ? origDecimals : 0;
  while (decimals < 6 && Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9) decimals++;
  if (Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9) return null;
  const fixed = value.toFixed(decimals);
  const [intPart, decPart] = fixed.split('.');
  const useCommas = core.includes(',') || (!/^\d{4,}/.test(core) && intPart.length >= (money ? 4 : 5));
  const body = (useCommas ? groupThousands(intPart) : intPart) + (decPart !== undefined ? `.${decPart}` : '');
  const ordSuffix = /^(st|nd|rd|th)/i.exec(suffix);
  if (ordinal || ordSuffix) {
    if (!Number.isInteger(value)) return null;
    if (ordSuffix) {
      const s = ordinalSuffix(value);
      suffix = (ordSuffix[0] === ordSuffix[0].toUpperCase() ? s.toUpperCase() : s) + suffix.slice(2);
    }
  }
  return `${prefix}${body}${suffix}`;
};
