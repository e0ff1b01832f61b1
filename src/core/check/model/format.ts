/**
 * Rewrite a value as written in the draft with another value, keeping the draft's style:
 * "December 31, 2030" → "December 31, 2032", "2030-12-31" → "2032-12-31", "twenty percent (20%)" → "twelve percent (12%)".
 * Every function returns null when the rewrite would be a guess.
 */
import { BoundedMap } from '../../memo';
import { ISO_DATE, MONTH_NAMES, WEEKDAYS as WEEKDAY_NAMES } from '../../extract/dates';
import { CARDINAL_WORDS, groupThousands, integerToWords, ordinalSuffix } from '../draft/words';
import { memo } from './util';

export { ordinalSuffix };

const MONTHS = MONTH_NAMES.slice(0, 12);
const WEEKDAYS = WEEKDAY_NAMES.map((w) => w.toLowerCase());

const TOKEN_RE = /[A-Za-z]{1,12}\.?|\d{1,4}(?:st|nd|rd|th)?/g;

export interface IsoParts { year: number; month: number; day: number }

/** Small memo for pure functions of strings that the rules call again and again with the same dates (512 entries). */
const isoMemo = new BoundedMap<string, IsoParts | null>(512);

export const parseIso = (iso: string | undefined): IsoParts | null => {
  if (typeof iso !== 'string') return null;
  const parts = iso.length <= 40 ? memo(isoMemo, iso, () => parseIsoOnce(iso)) : parseIsoOnce(iso);
  return parts ? { year: parts.year, month: parts.month, day: parts.day } : null; // a copy: callers may keep it
};

const parseIsoOnce = (iso: string): IsoParts | null => {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return { year, month, day };
};

/** Index in `names` (MONTHS or WEEKDAYS) of a name written in full or in three letters (months also "Sept"), or -1. */
const nameIndex = (word: string, names: readonly string[]): number => {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return -1;
  if (w === 'sept' && names === MONTHS) return 8;
  return names.findIndex((n) => n === w || (w.length === 3 && n.startsWith(w)));
};

/** Same letter case as `like`: "DECEMBER", "december", "December". */
const caseLike = (word: string, like: string): string => {
  const letters = like.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return word.toUpperCase();
  if (letters.length > 0 && letters[0] === letters[0].toLowerCase()) return word.toLowerCase();
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
};

/** A month or weekday name written like `like` (full or three-letter, with the abbreviation dot kept). */
const nameLike = (full: string, like: string): string => {
  const bare = like.replace(/\.$/, '');
  const dot = like.endsWith('.') ? '.' : '';
  const abbrev = bare.length <= 4 && !MONTHS.includes(bare.toLowerCase()) && !WEEKDAYS.includes(bare.toLowerCase());
  const base = abbrev ? (bare.toLowerCase() === 'sept' && full === 'september' ? 'sept' : full.slice(0, 3)) : full;
  return caseLike(base, bare) + (base === full ? '' : dot); // "Jan." → "May", not "May."
};

const numberLike = (n: number, like: string, pad = false): string => {
  const digits = /^\d+/.exec(like)?.[0] ?? '';
  const suffix = like.slice(digits.length);
  let s = String(n);
  if ((pad || digits.startsWith('0')) && digits.length > s.length) s = s.padStart(digits.length, '0');
  if (suffix) {
    const sfx = ordinalSuffix(n);
    s += suffix === suffix.toUpperCase() ? sfx.toUpperCase() : sfx;
  }
  return s;
};

/**
 * Write `target` (ISO) in the style of `written`, a date the extractor read as `current`.
 * Tokens for year, month and day are found by their values; when one is missing or ambiguous, null.
 */
const dateLikeMemo = new BoundedMap<string, string | null>(512);

export const formatDateLike = (written: string, current: IsoParts, targetIso: string): string | null => {
  if (typeof written !== 'string' || typeof targetIso !== 'string' || [current.year, current.month, current.day].some((x) => typeof x !== 'number')
    || written.length > 100 || targetIso.length > 40
    || written.includes('\u0000') || targetIso.includes('\u0000')) {
    return formatDateLikeOnce(written, current, targetIso);
  }
  return memo(dateLikeMemo, `${written}\u0000${current.year}-${current.month}-${current.day}\u0000${targetIso}`, () => formatDateLikeOnce(written, current, targetIso));
};

const formatDateLikeOnce = (written: string, current: IsoParts, targetIso: string): string | null => {
  const target = parseIso(targetIso);
  if (!target || written.length === 0 || written.length > 100) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return targetIso;
  type Tok = { start: number; end: number; text: string; role?: 'y' | 'm' | 'd' | 'w' };
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(written)) !== null) toks.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const numeric = (t: Tok): number | null => (/^\d/.test(t.text) ? parseInt(t.text, 10) : null);

  let yearTok: Tok | undefined;
  for (const t of toks) if (/^\d{4}$/.test(t.text) && +t.text === current.year) { if (yearTok) return null; yearTok = t; }
  if (!yearTok) return null;
  yearTok.role = 'y';

  let monthTok: Tok | undefined;
  for (const t of toks) {
    if (t.role || /^\d/.test(t.text)) continue;
    const mi = nameIndex(t.text, MONTHS);
    if (mi >= 0) {
      if (mi !== current.month - 1 || monthTok) return null;
      monthTok = t;
    } else if (nameIndex(t.text, WEEKDAYS) >= 0) {
      t.role = 'w';
    }
  }
  const nums = toks.filter((t) => !t.role && numeric(t) !== null);
  let dayTok: Tok | undefined;
  if (monthTok) {
    monthTok.role = 'm';
    const days = nums.filter((t) => numeric(t) === current.day);
    if (days.length !== 1) return null;
    dayTok = days[0];
  } else {
    // numeric: two numbers besides the year, one the month and one the day
    if (nums.length !== 2) return null;
    const [a, b] = nums;
    const va = numeric(a);
    const vb = numeric(b);
    if (va === current.month && vb === current.day && !(va === vb)) { monthTok = a; dayTok = b; }
    else if (va === current.day && vb === current.month && !(va === vb)) { dayTok = a; monthTok = b; }
    else if (va === vb && va === current.month && va === current.day) {
      if (target.month !== target.day) return null;
      monthTok = a; dayTok = b;
    } else return null;
    monthTok.role = 'm';
  }
  dayTok.role = 'd';
  if (/[a-z]/i.test(dayTok.text) && !/^\d+(st|nd|rd|th)$/i.test(dayTok.text)) return null;

  const pad = [monthTok, dayTok].some((t) => /^0\d/.test(t!.text));
  const dow = new Date(Date.UTC(target.year, target.month - 1, target.day)).getUTCDay();
  let out = '';
  let pos = 0;
  for (const t of toks) {
    if (!t.role) continue;
    out += written.slice(pos, t.start);
    if (t.role === 'y') out += String(target.year);
    else if (t.role === 'd') out += numberLike(target.day, t.text, pad);
    else if (t.role === 'm') out += /^\d/.test(t.text) ? numberLike(target.month, t.text, pad) : nameLike(MONTHS[target.month - 1], t.text);
    else out += nameLike(WEEKDAYS[dow], t.text);
    pos = t.end;
  }
  out += written.slice(pos);
  return out;
};

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const NUMBER_WORDS = new Set([...CARDINAL_WORDS, 'and']);

/** English words for a whole number 0..999,999,999,999; null otherwise. */
export const numberToWords = (n: number): string | null => Number.isInteger(n) && n < 1e12 ? integerToWords(n) : null;

/** Length of the run of number words at the start of `s` ("twenty-five percent" → 11). */
export const numberWordsRun = (s: string): number => {
  let i = 0;
  let end = 0;
  const max = Math.min(s.length, 300);
  while (i < max) {
    let j = i;
    while (j < max && /[A-Za-z]/.test(s[j])) j++;
    if (j === i) break;
    if (!NUMBER_WORDS.has(s.slice(i, j).toLowerCase())) break;
    end = j;
    i = j;
    while (i < max && (s[i] === ' ' || s[i] === '-')) i++;
  }
  return end;
};

/**
 * Digits of a figure, written like `like` ("10,000,000", "12.5"): thousands separators kept when `like` has them; as
 * many decimals as `n` needs (7.25 is never rounded to the 1 decimal of "12.5"), and those of `like` only when they
 * are a style ("1,000.00", "17.50"), not a value ("12.5" → 12, not "12.0"). Money with cents has 2 ("2,750,000.50").
 */
export const figureLike = (n: number, like: string, money = false): string | null => {
  if (!Number.isFinite(n) || n < 0) return null;
  const own = Number.isInteger(n) ? 0 : String(Math.round(n * 1e6) / 1e6).split('.')[1]?.length ?? 0;
  const m = /\.(\d+)$/.exec(like);
  let decimals = m && (!Number.isInteger(n) || m[1].endsWith('0')) ? m[1].length : 0;
  if (money && own > 0) decimals = Math.max(decimals, 2);
  let s = n.toFixed(Math.max(decimals, own));
  if (like.includes(',')) {
    const [int, frac] = s.split('.');
    s = groupThousands(int) + (frac !== undefined ? `.${frac}` : '');
  }
  return s;
};

const FRACTION_REST_RE = /^[\s-]{0,3}(?:a\s{1,3})?(?:hal(?:f|ves)|quarters?|thirds?|fifths?|sixths?|eighths?|tenths?|hundredths?|point|of\b)/i;
const FIGURE_RE = /\d[\d,]{0,30}(?:\.\d{1,10})?/;

/** Replace the first figure in `text` by `n` written like it; null when there is none or scale words follow it. */
export const replaceFigure = (text: string, n: number, money = false): string | null => {
  const m = FIGURE_RE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  if (/^\s*(?:thousand|million|billion|k|m|bn)\b/i.test(rest)) return null;
  if (FIGURE_RE.test(rest)) return null;
  const f = figureLike(n, m[0], money);
  if (f === null) return null;
  return text.slice(0, m.index) + f + rest;
};

/** Replace the number words at the start of `words` ("twenty percent") with words for `n`, keeping case. */
export const replaceWords = (words: string, n: number): string | null => {
  const run = numberWordsRun(words);
  // "one and one-half", "two and a half", "one-half of one", "nought point five": the run is not the whole number
  if (run === 0 || /\band$/i.test(words.slice(0, run)) || FRACTION_REST_RE.test(words.slice(run))) return null;
  const w = numberToWords(n);
  if (w === null) return null;
  const orig = words.slice(0, run);
  return caseLike(w, orig).replace(/^./, (c) => (orig[0] === orig[0].toUpperCase() ? c.toUpperCase() : c)) + words.slice(run);
};
