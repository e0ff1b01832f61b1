/**
 * The term model format (version 1) as data, plus the value readers shared by the parser and `init`.
 * Pure: no vscode, no Node built-ins. Every function here is linear in its input and never throws.
 *
 * `schemas/terms.schema.json` mirrors these key lists; a unit test checks that they agree.
 */
import { type DurationAmount, type DurationUnit, type MoneyAmount, PARTY_FIELDS } from '../types';
import { ISO_DATE, isValidDate, isoDate, isoOf, monthNumber } from '../extract/dates';
import { integerToWords } from '../check/draft/words';
import { SCALE_VALUE, currencyOfPrefix, currencyOfWord } from '../extract/values';

export const MODEL_VERSION = 1;

/** Deepest nesting of collections accepted before the YAML parser runs (a real model needs 4). */
export const MAX_NESTING_DEPTH = 100;
/**
 * Longest model text read, in UTF-16 units (512 KiB). A real term model is a few KB. The `yaml` package
 * needs roughly 1-3 s per MB on a busy machine (more for long double-quoted scalars), so bigger files are
 * refused with one finding instead of freezing the editor.
 */
export const MAX_MODEL_LENGTH = 512 * 1024;
/** Aliases (`*name`) accepted in one model; more is treated as a possible alias bomb. */
export const MAX_ALIASES = 50;
/** Findings reported for one model at most (the last one says how many were left out). */
export const MAX_PROBLEMS = 500;

/** Ids of parties, terms and clause types: lowercase letters, digits, `-` and `_`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const ID_MAX_LENGTH = 100;

/** `text` lower-cased with each run of characters an id cannot hold as "-", without leading "-"/"_" or trailing "-". */
export const idWords = (text: string): string => {
  const s = text.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '-' || s[a] === '_')) a++;
  while (b > a && s[b - 1] === '-') b--;
  return s.slice(a, b);
};

/** `table[key]` only when `key` is the table's own property (never `constructor`, `__proto__`...). */
export const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export type FieldKind = 'type' | 'text' | 'party' | 'boolean' | 'date' | 'percent' | 'money' | 'duration' | 'notes';

/**
 * The keys of each level of the format. Their descriptions live in `schemas/terms.schema.json` (what editors show on
 * hover); a unit test checks that both list the same keys and that every key there has a description.
 */
const keys = (names: string): Readonly<Record<string, true>> => {
  const out: Record<string, true> = Object.create(null);
  for (const n of names.split(' ')) out[n] = true;
  return out;
};

export const TOP_LEVEL_KEYS = keys('version agreement effective expires parties terms clauseTypes');
export const PARTY_KEYS = keys('name aliases');

/** Each term field and the kind of value it holds. */
export const TERM_FIELDS: Readonly<Record<string, FieldKind>> = {
  type: 'type',
  subject: 'text',
  law: 'text',
  // holder, licensee, licensor, payer, payee, provider
  ...Object.fromEntries(PARTY_FIELDS.map((f) => [f, 'party' as const])),
  exclusive: 'boolean',
  primary: 'boolean',
  perpetual: 'boolean',
  starts: 'date',
  ends: 'date',
  date: 'date',
  rate: 'percent',
  percent: 'percent',
  amount: 'money',
  duration: 'duration',
  allowed: 'boolean',
  required: 'boolean',
  notes: 'notes',
};

export const CLAUSE_TYPE_KEYS = keys('title cues color description');
export const MONEY_KEYS = keys('amount currency');
export const DURATION_KEYS = keys('amount unit');

export const DURATION_UNITS: readonly DurationUnit[] = ['day', 'business-day', 'week', 'month', 'quarter', 'year'];

// ---------------------------------------------------------------------------------------------
// Value readers. Each returns either a value or a reason, and sometimes a normalised spelling that
// the parser can offer as a fix (only when the reading is unambiguous).
// ---------------------------------------------------------------------------------------------

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string; readonly suggestion?: string };

/** A failed reading: why (no suggestion). */
const fail = (reason: string): { readonly ok: false; readonly reason: string } => ({ ok: false, reason });
const ok = <T>(value: T): Read<T> => ({ ok: true, value });

const DATE_HELP = 'must be a date written YYYY-MM-DD';
const PERCENT_HELP = 'must be a percentage such as 12%, 12.5 % or 12';

const LOOSE_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s{1,5}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,5}(\d{4})$/;
const NUMERIC_DMY_OR_MDY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s{1,5}([A-Za-z]{3,9})\.?,?\s{1,5}(\d{4})$/;

/** A date as `YYYY-MM-DD` (string or, from other YAML schemas, a Date object). */
export const readDate = (value: unknown): Read<string> => {
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) return fail('is not a valid date');
    return ok(isoOf(value));
  }
  if (typeof value !== 'string') return fail(DATE_HELP);
  const s = value.trim();
  if (s.length > 40) return fail(DATE_HELP);
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const y = +iso[1];
    const m = +iso[2];
    const d = +iso[3];
    if (!isValidDate(y, m, d)) return fail(`is not a real date (${s})`);
    return ok(s);
  }
  let y = 0;
  let m = 0;
  let d = 0;
  let match = LOOSE_YMD.exec(s);
  if (match) {
    y = +match[1];
    m = +match[2];
    d = +match[3];
  } else if ((match = MONTH_DAY_YEAR.exec(s))) {
    m = monthNumber(match[1]);
    d = +match[2];
    y = +match[3];
  } else if ((match = DAY_MONTH_YEAR.exec(s))) {
    d = +match[1];
    m = monthNumber(match[2]);
    y = +match[3];
  } else if ((match = NUMERIC_DMY_OR_MDY.exec(s))) {
    // 31/12/2032 or 12/31/2032: only when one of the first two numbers cannot be a month (no guessing 01/02/2032)
    const a = +match[1];
    const b = +match[2];
    if (a > 12 && b <= 12) { d = a; m = b; y = +match[3]; } else if (b > 12 && a <= 12) { m = a; d = b; y = +match[3]; }
  }
  if (m && isValidDate(y, m, d)) {
    const fixed = isoDate(y, m, d);
    return { ok: false, reason: `must be written YYYY-MM-DD (${fixed})`, suggestion: fixed };
  }
  return fail(DATE_HELP);
};

const PERCENT_TEXT = /^(\d{1,15}(?:\.\d{1,15})?|\.\d{1,15})\s{0,5}(%|percent|per cent)?$/i;

/** A percentage: 12, "12%", "12.5 %" → 12, 12.5. Between 0 and 100. */
export const readPercent = (value: unknown): Read<number> => {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const s = value.trim();
    const m = s.length <= 60 ? PERCENT_TEXT.exec(s) : null;
    if (!m) return fail(PERCENT_HELP);
    n = Number(m[1]);
  } else return fail(PERCENT_HELP);
  if (!Number.isFinite(n)) return fail('must be a finite percentage');
  if (n < 0 || n > 100) return fail(`must be between 0% and 100% (got ${n})`);
  return ok(n);
};

const MONEY_PREFIX = /^(?:(US\$|\$|€|£|¥)|([A-Z]{3})(?=[\s\d]))\s{0,3}/;
const MONEY_NUMBER = /^(\d{1,3}(?:,\d{3}){1,8}|\d{1,20})(?:\.(\d{1,10}))?/;
const MONEY_SCALE = /^\s{0,3}(thousand|million|billion|trillion|bn|mm|k|m|b)(?![a-z])/i;
const MONEY_SUFFIX = /^\s{0,3}([A-Z]{3}|dollars?|euros?|pounds?(?: sterling)?)(?![A-Za-z])/;
/** What a money written as text must be (shortest: the hint parse.ts gives), and in full. */
export const MONEY_TEXT_HINT = 'must be an amount of money such as "USD 10,000,000"';
const MONEY_HELP = `${MONEY_TEXT_HINT}, "$13 billion" or { amount: 10000000, currency: USD }`;

/**
 * Money written as text: "USD 10,000,000", "$13 billion", "10 million EUR", "£5,000". Its currency signs and words and its
 * scale words mean what they mean in a draft (values.ts).
 */
export const readMoneyText = (text: string): Read<MoneyAmount> => {
  let s = text.trim();
  if (s.length === 0 || s.length > 80) return fail(MONEY_HELP);
  let currency = '';
  const pre = MONEY_PREFIX.exec(s);
  if (pre) {
    currency = pre[1] ? currencyOfPrefix(pre[1]) : pre[2];
    s = s.slice(pre[0].length);
  }
  const num = MONEY_NUMBER.exec(s);
  if (!num) return fail(MONEY_HELP);
  let amount = Number(num[1].replace(/,/g, '') + (num[2] ? '.' + num[2] : ''));
  s = s.slice(num[0].length);
  const scale = MONEY_SCALE.exec(s);
  if (scale) {
    amount *= 10 ** SCALE_VALUE[scale[1].toLowerCase()];
    s = s.slice(scale[0].length);
  }
  const suf = MONEY_SUFFIX.exec(s);
  if (suf) {
    const c = currencyOfWord(suf[1]);
    if (currency && c !== currency) return fail(`names two currencies (${currency} and ${c})`);
    currency = c;
    s = s.slice(suf[0].length);
  }
  if (s.trim() !== '') return fail(MONEY_HELP);
  if (!currency) return fail('needs a currency, e.g. "USD 10,000,000" or "$10,000,000"');
  if (!Number.isFinite(amount)) return fail(MONEY_HELP);
  return ok({ amount, currency });
};

/** "one" … "twelve", "fifteen", "twenty", "thirty", "sixty", "ninety" (the words words.ts writes for them). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 60, 90].map((n) => [integerToWords(n), n]));
const DURATION_TEXT = /^(\d{1,6}(?:\.\d{1,3})?|[A-Za-z]{3,7}(?=\s))\s{0,3}(?:\(\d{1,6}\)\s{0,3})?([A-Za-z]{3,8}(?:[ -][A-Za-z]{3,5})?)$/;
/** What a duration written as text must be (shortest: the hint parse.ts gives), and in full. */
export const DURATION_TEXT_HINT = 'must be a duration such as "5 years"';
const DURATION_HELP = `${DURATION_TEXT_HINT}, "30 days", "10 business days" or { amount: 5, unit: year }`;

/** Lower case, each run of blanks and `_` one `-` ("Business Days" → "business-days"): units and suggestions. */
const normaliseForDistance = (s: string): string => s.toLowerCase().replace(/[\s_]+/g, '-');

/** A duration unit in any usual spelling ("years", "Business Days", "business-day") or undefined. */
export const readDurationUnit = (text: string): DurationUnit | undefined => {
  const s = normaliseForDistance(text.trim());
  const singular = s.endsWith('s') ? s.slice(0, -1) : s;
  return (DURATION_UNITS as readonly string[]).includes(singular) ? (singular as DurationUnit) : undefined;
};

export const readDurationText = (text: string): Read<DurationAmount> => {
  const s = text.trim();
  const m = s.length <= 60 ? DURATION_TEXT.exec(s) : null;
  if (!m) return fail(DURATION_HELP);
  const amount = /^\d/.test(m[1]) ? Number(m[1]) : own(NUMBER_WORDS, m[1].toLowerCase());
  const unit = readDurationUnit(m[2]);
  if (amount === undefined) return fail(DURATION_HELP);
  // "48 hours": a unit the draft's durations are never read in
  if (!unit) return fail(`has a unit the checks do not read ("${m[2]}"): write it in days, business days, weeks, months, quarters or years`);
  if (!(amount > 0) || !Number.isFinite(amount)) return fail('must be a positive duration');
  return ok({ amount, unit });
};

export const BOOLEAN_LOOKALIKES: Readonly<Record<string, boolean>> = {
  yes: true, no: false, y: true, n: false, on: true, off: false,
};

export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

// ---------------------------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------------------------

/**
 * Edit distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbours each cost 1) with an early exit: returns `limit + 1` as soon as it must exceed `limit`. Without `swaps`,
 * the Levenshtein distance (a swap costs 2).
 */
export const editDistance = (a: string, b: string, limit: number, swaps = true): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const ca = a.charCodeAt(i - 1);
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (swaps && i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, before[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
};

export interface Suggestion {
  /** The single closest candidate, if there is one. */
  readonly best?: string;
  /** True when exactly one candidate is close enough to rename without asking. */
  readonly unambiguous: boolean;
}

/**
 * The known word closest to `word` (case, `_` and spaces ignored). "Close" is at most one edit for short
 * words, up to three for long ones. Bounded: long words and huge candidate lists give no suggestion.
 */
export const closest = (word: string, candidates: readonly string[]): Suggestion => {
  if (word.length === 0 || word.length > 64 || candidates.length === 0 || candidates.length > 2000) return { unambiguous: false };
  const w = normaliseForDistance(word);
  let bestDist = Infinity;
  let best: string | undefined;
  let closeCount = 0;
  let tieAtBest = false;
  for (const c of candidates) {
    const limit = Math.max(1, Math.min(3, Math.floor(c.length / 3)));
    const d = editDistance(w, normaliseForDistance(c), limit);
    if (d > limit) continue;
    closeCount++;
    if (d < bestDist) {
      bestDist = d;
      best = c;
      tieAtBest = false;
    } else if (d === bestDist) tieAtBest = true;
  }
  if (best === undefined || tieAtBest) return { unambiguous: false };
  return { best, unambiguous: closeCount === 1 };
};
