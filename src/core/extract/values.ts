import type { DateValue, DurationUnit, NumberWordsValue, Value } from '../types';
import { NUMBER_WORDS, at, isOrdinalWord, numberRunEnd, parseNumberRun } from './numberWords';
import { MONTH_NAMES, MONTH_SOURCE, WEEKDAYS, isValidDate, isoDate, monthNumber, weekdayOf } from './dates';
import { caseVariants, trieSource } from './trie';
import { isDigit, isSpace, isWordCode as isWordChar, textBefore } from '../text/chars';
import { blanks } from '../check/draft/util';

/*
 * Design: one global "trigger" regex finds the places where a value can start (a digit, a currency
 * sign or code, a month name, a number word, "exclusiv"); at each trigger small sticky regexes parse
 * forward. Every regex is precompiled here, bounded, and free of nested ambiguous quantifiers.
 */

/** Tags for `blanks` patterns (`~`: 1-3 blanks), sticky and case-insensitive, and case-insensitive. */
const iy = blanks('iy');
const ci = blanks('i');

const CUR_CODES = 'USD|EUR|GBP|CAD|AUD|CHF|JPY|CNY|INR|HKD|SGD|NZD|SEK|NOK|DKK';

/** Literal words that can start a value (number words, months, currency codes) or mark exclusivity. */
const TRIGGER_WORDS = [
  ...caseVariants([...NUMBER_WORDS, 'exclusiv', 'nonexclusiv', 'non-exclusiv', 'sole', 'appoint']),
  // Months only Capitalised or in CAPITALS: a lowercase "may" / "march" is a verb.
  ...caseVariants(MONTH_NAMES).filter((w) => w.charCodeAt(0) < 97),
];
/**
 * Two trigger scans merged by position: digits / currency signs, and literal words. Measured: two simple
 * scans cost about half of one combined alternation. The word scan is a case-sensitive, prefix-factored
 * alternation (see trie.ts), faster than the equivalent flat `/.../i` list.
 */
/**
 * The digit trigger is `/\d{1,20}|US\$|U\.S\.\s?\$|[$€£¥]/g`. Its first character is found with `test` (no match
 * array is built) and the match is then measured by digitTriggerLength.
 */
const DIGIT_START = /[\d$€£¥]|U(?=S\$|\.S\.\s?\$)/g;
const US_DOLLAR = /US\$|U\.S\.\s?\$/y;
const WORD_TRIGGER = new RegExp(`\\b${trieSource([...TRIGGER_WORDS, ...CUR_CODES.split('|')])}`, 'g');
const CUR_CODE_SET = new Set(CUR_CODES.split('|'));
const MONTH_SET = new Set(MONTH_NAMES);

// --- dates -------------------------------------------------------------------------------------
const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-]|\.\d)/y;
const US_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;
/**
 * The month is read as any 3-9 letter word and checked with monthNumber (0: no date). Same dates as the former
 * `(${MONTH_SOURCE})` alternation: the month must be the whole word either way, and when the optional "day of" is
 * not taken the word there is "day", never a month. A 9 ms regex compile less on first use.
 */
const DMY_DATE = iy`(\d{1,2})(?:st|nd|rd|th)?~(?:day~of~)?([A-Za-z]{3,9})\b\.?,?~(\d{4})(?!\d)`;
const MDY_DATE = new RegExp(
  `(${MONTH_SOURCE})\\b\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,\\s{0,3}|\\s{1,3})(\\d{4})(?!\\d)`,
  'iy',
);
/** After an ordinal day in words: " day of December, 2030". */
const WORD_DAY_DATE = iy`~day~of~([A-Za-z]{3,9})\b\.?,?~(\d{4})(?!\d)`;
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[ \t\xa0]{1,3}(?:the[ \t\xa0]{1,3})?$/i;
const THE_BEFORE = /\b(?:the|this)\s{1,3}$/i;

// --- quantities --------------------------------------------------------------------------------
const CUR_PREFIX = new RegExp(`(?:US\\$|U\\.S\\.\\s?\\$|\\$|€|£|¥|(?:${CUR_CODES})[ \\t]?)`, 'y');
const FIGURE = /(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,6})?(?!\d|,\d)/y;
const SCALE = /(?:[ \t\xa0]{0,2}(?:\r?\n[ \t\xa0]{0,3})?(thousand|million|billion|trillion)\b|(k|m|mm|mn|bn|b)\b)/iy;
const ORD_SUFFIX = /(?:st|nd|rd|th)\b/iy;
const FRACTION_DEN = /\/(\d{1,3})\b/y;
/** The fraction after a whole number, before "%" or "per(cent)": "66-2/3%", "66 2/3 percent", "1½%". */
const MIXED = /(?:[ -](\d\d?)\/([1-9]\d?)|([½⅓⅔¼¾]))(?=\s{0,3}[%pP])/y;
/** "%", "percent", "per cent", and the English "per cent." before the figure in brackets: "two per cent. (2%)". */
const PERCENT = /(?:[ \t\xa0]{0,2}%|\s{1,3}(?:percent|per\s{0,2}cent)\b(?:\.(?=[ \t\xa0]{0,2}[()]))?)/iy;
const CUR_WORD = new RegExp(
  `\\s{1,3}(?:(U\\.?S\\.?|United[ \\t]States)[ \\t]{1,2})?(dollars?|euros?|pounds?\\b(?! (?:of|in weight)\\b)(?:[ \\t]sterling)?|(?:${CUR_CODES})\\b)`,
  'iy',
);
/** A currency marker after a figure that already has one: "$5,000,000 USD", "$4,950.00 U.S.". */
const CUR_TAIL = new RegExp(`[ \\t]{1,2}(?:U\\.S\\.(?![A-Za-z])|US\\b|(?:${CUR_CODES})\\b|dollars\\b)`, 'y');
const DUR_UNIT = iy`(?:~|[ \t\xa0]?-[ \t\xa0]?)(?:(calendar|business|working|banking|consecutive|full)~)?(day|week|month|quarter|year)(s)?\b`;
const REL = iy`~(after|following|from|succeeding|prior~to|before|preceding)~`;
/** A capitalised word (of an anchor's name). */
const CAP = String.raw`[A-Z][\w-]{0,30}`;
const ANCHOR = blanks('y')`(?:(?:the|this|such)~)?((?:expiration|expiry|termination|end|commencement|execution|completion|receipt|delivery|date)(?:~(?:hereof|thereof|of~(?:(?:the|this|such|any)~)?${CAP}(?:[ \t\xa0]${CAP}){0,4}))?|${CAP}(?:[ \t\xa0]${CAP}){0,5})`;
const ANNIVERSARY = iy`~anniversary~(?:of|after|following)~`;
const DAY_AFTER = /[ \t\xa0]{1,2}\d/y;
const DAY_COUNT = /[ \t\xa0]{1,2}(?:year|month)\b/y;
/** The name of what a period runs from, not a date's month: "ten (10) years from October 1, 2026" is a period and a date. */
const anchorAt = (text: string, p: number): RegExpExecArray | null => {
  const a = sticky(ANCHOR, text, p);
  return a && monthNumber(a[1]) && sticky(DAY_AFTER, text, p + a[0].length) ? null : a;
};

// --- exclusivity -------------------------------------------------------------------------------
/**
 * "exclusive", "exclusively", "exclusivity"; "the sole distributor" (exclusivity without the word); "a sole licence"
 * (English law: the licensor keeps its own right to use, so not exclusive: value false).
 */
const EXCL_WORD = iy`exclusiv(e|ely|ity)\b|sole~(?:(?:[a-z]{2,12}~)?(?:distributor|supplier|licensee|reseller|agent|provider|source)|licen[cs]e)s?\b`;
const NON_BEFORE = /\bnon[ \t\xa0]?-?[ \t\xa0]?$/i;
/** "shall not have the", "is no longer", "is not the", "is not Lab's" (before "exclusive"). */
const NOT_BEFORE = ci`\b(?:(?:shall|will|does|do|may|must|would|should)~)?(?:not|no(?:~longer)?|without)~(?:be~)?(?:(?:the|an?|its|[\w-]{1,30}['’]s)~)?(?:(?:have|hold|receive|obtain|acquire|enjoy|confer|create|give|granted|given|entitled~to)~(?:(?:any|an|a|the|to|it|such)~){0,2})?$`;
/** No duty to deal exclusively: "shall not be required to obtain compute exclusively", "need not purchase … exclusively". */
const NOT_REQUIRED_BEFORE = ci`\b(?:(?:(?:shall|will)~not~be|(?:is|are)~not|need~not~be)~(?:required|obliged|obligated|bound)~to|need~not|(?:is|are|shall~be)~under~no~obligation~to)~(?:[\w-]{1,20}~){1,4}$`;
const MUTUALLY_BEFORE = /\b(?:mutually|inclusive[ \t\xa0]{1,3}or)\s{1,3}$/i;
const EXCLY_BEFORE_BAD = ci`\b(?:owned|vested|belongs?|belonging|held|used|governed|construed)~(?:(?:solely|wholly)~and~)?$`;
const SOLE_BEFORE = ci`\bsole~and~$`;
const EXCL_AFTER_BAD = iy`~(?:(?:and|or)~(?:sole|entire)~)?(?:remed|jurisdiction|venue|forum|of\b|property|propert|owner|benefit|liability|obligation|responsibilit|recourse|means)`;
const EXCLY_AFTER_BAD = iy`~(?:(?:by|in|within|before)~)?(?:the~)?(?:laws?|courts?|state|federal|jurisdiction|governed|construed|interpreted|resolved|venue|submitted|brought|located|owned|vested|belong)\b`;
/** "Nothing in this Agreement grants [X] exclusive ...", "Neither party shall have exclusive ...": a denial. */
const NOTHING_BEFORE = /\b(?:nothing|neither|no\s{1,3}(?:provision|term)s?)\b(?:[^.;:]|\.(?=\w)){0,120}?\b(?:grant|confer|creat|giv|provid|construed|deemed|impl|intended|entitl|has|have|be|mak)\w{0,6}\b(?:[^.;:]|\.(?=\w)){0,60}$/i;
const KEEPS_RIGHT = /\b(?:limit|restrict|affect|impair|derogat|diminish|reduc|waive|prejudice)/i;
const EXCL_RIGHTS = /\s{1,3}(?:rights?|license|licen[cs]e)\b/iy;
/** "shall not, directly or indirectly, appoint" / "agrees not to appoint": a covenant not to appoint (before "appoint"). */
const NOT_APPOINT = ci`\b(?:(?:shall|will|must)~not|(?:agrees?|undertakes?)~not~to)(?:,?~(?:directly|indirectly|or|itself)){0,4},?~$`;
/** After "appoint": "any other distributor", "another reseller", "any third party as a licensee". */
const APPOINT_OTHER = iy`~(?:any~(?:other|additional|third~part(?:y|ies)~as)|another|other|additional)~(?:(?:an?|its)~)?(?:(?:sales|independent|exclusive)~)?(?:distributor|supplier|licensee|reseller|agent|dealer|representative|franchisee|(?:person|entity|party)~to~(?:re)?(?:sell|distribute|market))s?\b`;
/** After exclusivity or exclusive rights: they end ("shall terminate", "will automatically expire", "has ended"). */
const EXCL_END = iy`[^.;]{0,120}?\b(?:(?:shall|will)~(?:automatically~|immediately~|thereupon~)?(?:terminate|end|expire|cease|lapse)|ha(?:s|ve)~(?:terminat|end|expir|ceas|laps)ed)\b`;

/*
 * Prefilters. Each sticky regex below is only run when the character it must start with (after at most three
 * spaces) can start a match: a necessary condition, so the result is the same, but most calls are skipped.
 */
/** The prefilters' flags (a const enum: the numbers are written in place). */
const enum F { Scale = 1, Percent = 2, CurWord = 4, CurTail = 8, Dur = 16, Rel = 32, A = 64, Ord = 128, Dmy = 256 }
const FIRST = new Uint16Array(128);
/** Flags the characters and their capitals (CUR_TAIL's list has only capitals and "d", whose capital is in it: the same flags). */
const flag = (chars: string, f: F): void => {
  for (const ch of chars) {
    FIRST[ch.charCodeAt(0)] |= f;
    FIRST[ch.toUpperCase().charCodeAt(0)] |= f;
  }
};
flag('tmbk', F.Scale);
flag('%p', F.Percent);
flag('acdeghijnpsu', F.CurWord); // U.S., United States, dollars, euros, pounds, the currency codes
flag('UEGCAJIHSNDd', F.CurTail);
flag('-cbwfdmqy', F.Dur); // calendar, business, working, banking, consecutive, full; day, week, month, quarter, year
flag('afspb', F.Rel);
flag('a', F.A); // anniversary; the "and" of CENTS
flag('sntr', F.Ord);
flag('jfmasond', F.Dmy); // a month name, or "day of"

/** Whether the character (code) has flag f. */
const hasFlag = (c: number, f: F): boolean => c < 128 && (FIRST[c] & f) !== 0;

/** Second letters (lowercase) after each first letter of the words CUR_WORD can read: "US", "U.S.", "United", "dollars", "EUR"... */
const CUR_WORD_PAIRS = new Set('u. us un do dk eu po gb ca ch cn au jp in hk nz no sg se'.split(' ')
  .map((p) => p.charCodeAt(0) * 128 + p.charCodeAt(1)));

/** Necessary condition for CUR_WORD at i: after 1-3 spaces, a first and second letter it can start with. */
const curWordMaybe = (text: string, i: number): boolean => {
  const j = nextChar(text, i);
  const c = at(text, j);
  return j > i && j < i + 4 && hasFlag(c, F.CurWord) && CUR_WORD_PAIRS.has((c | 32) * 128 + (at(text, j + 1) | 32));
};

/** Necessary condition for SCALE at i: "k", "m", "bn"... right after the figure, or a scale word after blanks. */
const scaleMaybe = (text: string, i: number): boolean => {
  const c = at(text, i);
  if (hasFlag(c, F.Scale)) return true;
  let j = i;
  // (and a line break: "$5.2⏎million" in a hard-wrapped draft)
  while (j < i + 7) {
    const s = at(text, j);
    if (s !== 32 && s !== 160 && (s < 9 || s > 13)) break;
    j++;
  }
  if (j === i) return false;
  const a = at(text, j) | 32;
  const b = at(text, j + 1) | 32;
  return (a === 116 && (b === 104 || b === 114)) || ((a === 109 || a === 98) && b === 105); // th tr mi bi
};

/** Index of the first character at or after i that is not one of \s, looking past at most 3 (i + 4: none). */
const nextChar = (text: string, i: number): number => {
  let j = i;
  for (let c = at(text, j); j < i + 4 && (c === 10 || isSpace(c)); c = at(text, ++j));
  return j;
};

/**
 * Whether the first character at or after i that is not one of \s (looking past at most 3) has flag f; after 4 blanks,
 * whether the fifth character has it (looser, the same results: no regex it guards reads more than 3 blanks there).
 */
const nextHas = (text: string, i: number, f: F): boolean => hasFlag(at(text, nextChar(text, i)), f);

/** Index after at most 3 of \s from pos (the old `/\s{0,3}/y`). */
const skipSpaces3 = (text: string, pos: number): number => Math.min(nextChar(text, pos), pos + 3);

/** What a figure or number words read (short names: they stay in the bundle). */
interface Read {
  start: number;
  end: number;
  /** the currency (code) */
  cur?: string;
  /** a percentage */
  pct: boolean;
  /** an ordinal */
  ord: boolean;
  /** a fraction */
  frac: boolean;
}

interface Figure extends Read {
  value: number;
}

interface Words extends Read {
  /** where the number words end */
  wEnd: number;
  value: number | null;
}

const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
export const SCALE_VALUE: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, k: 3, m: 6, mm: 6, mn: 6, bn: 9, b: 9,
};

export const currencyOfPrefix = (s: string): string => {
  const t = s.trim().toUpperCase();
  if (t.endsWith('$')) return 'USD';
  return SYMBOL_CURRENCY[t] ?? t;
};

export const currencyOfWord = (word: string): string => {
  const w = word.toLowerCase();
  if (w.startsWith('dollar')) return 'USD';
  if (w.startsWith('euro')) return 'EUR';
  if (w.startsWith('pound')) return 'GBP';
  return word.toUpperCase();
};

/** `re` (sticky) run at `pos`. */
export const sticky = (re: RegExp, text: string, pos: number): RegExpExecArray | null => {
  re.lastIndex = pos;
  return re.exec(text);
};

/** Exact powers of ten (FIGURE has at most 6 decimals). */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

const toNumber = (digits: string, exp = 0): number => {
  const n = Number(digits.replace(/,/g, '') + (exp ? `e${exp}` : ''));
  return Number.isFinite(n) ? n : NaN;
};

/** A figure at pos: optional currency prefix, digits, then scale / ordinal suffix / fraction, percent, currency word. */
const parseFigure = (text: string, pos: number): Figure | null => {
  let i = pos;
  let currency: string | undefined;
  if (!isDigit(at(text, i))) {
    const c = sticky(CUR_PREFIX, text, i);
    if (c) { currency = currencyOfPrefix(c[0]); i += c[0].length; }
  }
  if (!isDigit(at(text, i))) return null;
  FIGURE.lastIndex = i;
  if (!FIGURE.test(text)) return null;
  const numStart = i;
  i = FIGURE.lastIndex;
  let numEnd = i;
  // Read in place. With at most 15 digits, N (the digits without "," and ".") is exact and N / 10^k is one
  // correctly rounded division: the same double as Number() of the decimal text (Clinger's fast path).
  let n = 0;
  let nDigits = 0;
  let decimals = -1;
  let comma = false;
  for (let k = numStart; k < i; k++) {
    const d = at(text, k);
    if (d === 44) comma = true;
    else if (d === 46) decimals = 0;
    else {
      n = n * 10 + (d - 48);
      nDigits++;
      if (decimals >= 0) decimals++;
    }
  }
  let value = nDigits <= 15 ? (decimals > 0 ? n / POW10[decimals] : n) : toNumber(text.slice(numStart, i));
  if (Number.isNaN(value)) return null;
  /** The figure has no "," and no ".". */
  const simple = !comma && decimals < 0;
  let ordinal = false;
  let fraction = false;
  let percent = false;
  const nc = at(text, i);
  const o = hasFlag(nc, F.Ord) ? sticky(ORD_SUFFIX, text, i) : null;
  if (o && simple) {
    ordinal = true;
    i += o[0].length;
    numEnd = i;
  } else {
    const fr = nc === 47 /* / */ && simple ? sticky(FRACTION_DEN, text, i) : null;
    if (fr && +fr[1] > 0) {
      value = value / +fr[1];
      fraction = true;
      i += fr[0].length;
      numEnd = i;
    } else {
      const s = scaleMaybe(text, i) ? sticky(SCALE, text, i) : null;
      // Short scale letters ("5m", "2.5bn") only after a currency sign.
      if (s && (s[1] || currency)) {
        value = toNumber(text.slice(numStart, numEnd), SCALE_VALUE[(s[1] ?? s[2]).toLowerCase()] ?? 0);
        i += s[0].length;
      }
    }
  }
  // "66-2/3%": the mixed number is the percentage (not 66, then a fraction 2/3)
  const mc = at(text, i);
  const mixedMaybe = mc > 127 || ((mc === 32 || mc === 45) && isDigit(at(text, i + 1))); // a fraction sign, or " 2/3", "-2/3"
  const mx = simple && !ordinal && !fraction && mixedMaybe ? sticky(MIXED, text, i) : null;
  if (mx) { value += mx[3] ? [0.5, 1 / 3, 2 / 3, 0.25, 0.75]['½⅓⅔¼¾'.indexOf(mx[3])] : +mx[1] / +mx[2]; i += mx[0].length; }
  if (!ordinal && !fraction) {
    const p = nextHas(text, i, F.Percent) ? sticky(PERCENT, text, i) : null;
    if (p) { percent = true; i += p[0].length; }
    else if (currency) {
      const tail = nextHas(text, i, F.CurTail) ? sticky(CUR_TAIL, text, i) : null;
      if (tail) i += tail[0].length;
    } else {
      const cw = curWordMaybe(text, i) ? sticky(CUR_WORD, text, i) : null;
      if (cw) { currency = currencyOfWord(cw[2]); i += cw[0].length; }
    }
  }
  return { start: pos, end: i, value, cur: currency, pct: percent, ord: ordinal, frac: fraction };
};

/** After a fraction in words: "of one percent", "of a per cent", "of one per cent. (0.5%)". */
const OF_ONE_PERCENT = iy`~of~(?:one|a|1)~(?:percent|per[ \t\xa0]{0,2}cent)\b(?:\.(?=[ \t\xa0]{0,2}\())?`;

/** " and No/100", " and 25/100": the cents of an amount in words. */
const CENTS = iy`~and~(no|\d\d)\/100\b`;

/** Number words at pos, with an optional "percent" / "dollars" after them. */
const LEADING_WORD = /^([A-Za-z]+)[ \t\xa0\n-]{1,3}/;

const parseWords = (text: string, pos: number): Words | null => {
  let runEnd = numberRunEnd(text, pos);
  if (runEnd < 0) return null;
  let parsed = parseNumberRun(text, pos, runEnd);
  // "the first five (5) years": a leading ordinal is not part of the number.
  for (let n = 0; parsed === null && n < 3; n++) {
    const lead = LEADING_WORD.exec(text.slice(pos, runEnd));
    if (!lead || !isOrdinalWord(lead[1])) break;
    const nextEnd = numberRunEnd(text, pos + lead[0].length);
    if (nextEnd < 0) break;
    pos += lead[0].length;
    runEnd = nextEnd;
    parsed = parseNumberRun(text, pos, runEnd);
  }
  const wordsEnd = runEnd;
  let i = wordsEnd;
  let percent = false;
  let currency: string | undefined;
  // "one-half of one percent (0.5%)": the fraction is the percentage ("one percent" is not a second number)
  // (a fraction is never an ordinal: `parsed` then says ordinal false, fraction true)
  const ofOne = parsed?.fraction ? sticky(OF_ONE_PERCENT, text, i) : null;
  let cents: RegExpExecArray | null = null;
  if (ofOne) {
    percent = true;
    i += ofOne[0].length;
  } else {
    const p = nextHas(text, i, F.Percent) ? sticky(PERCENT, text, i) : null;
    // cents in a promissory note's style: "Five Hundred and No/100 Dollars", "One Hundred Dollars and 25/100"
    cents = nextHas(text, i, F.A) ? sticky(CENTS, text, i) : null;
    if (cents) i += cents[0].length;
    if (p && p[0].indexOf('%') < 0) { percent = true; i += p[0].length; }
    else {
      const cw = curWordMaybe(text, i) ? sticky(CUR_WORD, text, i) : null;
      if (cw) { currency = currencyOfWord(cw[2]); i += cw[0].length; }
      if (cw && !cents && nextHas(text, i, F.A) && (cents = sticky(CENTS, text, i))) i += cents[0].length;
    }
  }
  return {
    start: pos, end: i, wEnd: wordsEnd, value: parsed && cents ? Math.round(parsed.value * 100 + (+cents[1] || 0)) / 100 : parsed ? parsed.value : null,
    ord: parsed ? parsed.ordinal : false, frac: parsed ? parsed.fraction : false, pct: percent, cur: currency,
  };
};

/** After pos, `(` and what `read` reads and `)` (each after at most 3 blanks): that, and the index after `)`; else null. */
const inParens = <T extends { end: number }>(text: string, pos: number, read: (text: string, pos: number) => T | null): [T, number] | null => {
  let i = skipSpaces3(text, pos);
  const v = at(text, i) === 40 /* ( */ ? read(text, skipSpaces3(text, i + 1)) : null;
  if (!v) return null;
  i = skipSpaces3(text, v.end);
  return at(text, i) === 41 /* ) */ ? [v, i + 1] : null;
};

const durationUnit = (qualifier: string | undefined, unit: string): DurationUnit => {
  const u = unit.toLowerCase() as 'day' | 'week' | 'month' | 'quarter' | 'year';
  if (u === 'day' && qualifier && /^(business|working|banking)$/i.test(qualifier)) return 'business-day';
  return u;
};


interface Ctx {
  text: string;
  offset: number;
  out: Value[];
}

/** Records a value; returns `end`, where the scan goes on. */
const emit = (ctx: Ctx, v: Value, end: number): number => {
  ctx.out.push(v);
  return end;
};

const span = (ctx: Ctx, start: number, end: number): { start: number; end: number; text: string } =>
  ({ start: start + ctx.offset, end: end + ctx.offset, text: ctx.text.slice(start, end) });

const extendOverThe = (text: string, start: number): number => {
  const before = textBefore(text, start, 8);
  const m = THE_BEFORE.exec(before);
  return m ? start - m[0].length : start;
};

// --- date parsing ------------------------------------------------------------------------------

/** Records a date of the year written `year` when its month is 1-12 and its day 1-31; returns `end`, else -1. */
const emitDate = (ctx: Ctx, start: number, end: number, year: string, m: number, d: number): number => {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return -1;
  const y = +year;
  const valid = isValidDate(y, m, d);
  const base: DateValue = {
    kind: 'date', ...span(ctx, start, end), iso: isoDate(y, m, d), year: y, month: m, day: d, valid,
    ...(valid ? { weekday: weekdayOf(y, m, d) } : {}),
  };
  const lookStart = Math.max(0, start - 20);
  const wd = WEEKDAY_BEFORE.exec(ctx.text.slice(lookStart, start));
  if (wd) {
    const ws = lookStart + wd.index;
    const full = WEEKDAYS.find((w) => w.toLowerCase().startsWith(wd[1].toLowerCase().slice(0, 3))) ?? wd[1];
    ctx.out.push({ ...base, writtenWeekday: { name: full, start: ws + ctx.offset, end: ws + wd[1].length + ctx.offset } });
  } else {
    ctx.out.push(base);
  }
  return end;
};

/** Try a date starting at a digit. Returns end index or -1. */
const dateAtDigit = (ctx: Ctx, p: number): number => {
  const { text } = ctx;
  const prev = p > 0 ? at(text, p - 1) : 32;
  if (isWordChar(prev) || prev === 46 /* . */ || prev === 47 /* / */ || prev === 45 /* - */) return -1;
  // Prefilter on the digit run and the character after it: ISO needs 4 digits and "-", the others 1-2 digits
  // and "/", an ordinal suffix or a space.
  let r = 0;
  while (r < 5 && isDigit(at(text, p + r))) r++;
  const after = at(text, p + r);
  if (r > 2) {
    if (r !== 4 || after !== 45) return -1;
  } else if (after !== 47) {
    // DMY: an optional ordinal suffix, spaces, then "day of" or a month
    const suffix = hasFlag(after, F.Ord);
    if (!suffix && after !== 10 && !isSpace(after)) return -1;
    if (!nextHas(text, p + r + (suffix ? 2 : 0), F.Dmy)) return -1;
  }
  if (r === 4) {
    const m = sticky(ISO_DATE, text, p);
    return m ? emitDate(ctx, p, p + m[0].length, m[1], +m[2], +m[3]) : -1;
  }
  if (after === 47) {
    const m = sticky(US_DATE, text, p);
    if (!m) return -1;
    const a = +m[1]; const b = +m[2];
    // month first; day first when the first cannot be a month ("31/12/2030", English)
    const [mo, d] = a > 12 ? [b, a] : [a, b];
    return emitDate(ctx, p, p + m[0].length, m[3], mo, d);
  }
  const m = sticky(DMY_DATE, text, p);
  // (monthNumber: 0 for a word that is no month)
  return m ? emitDate(ctx, /day/i.test(m[0]) || /\d(st|nd|rd|th)/i.test(m[0]) ? extendOverThe(text, p) : p, p + m[0].length, m[3], monthNumber(m[2]), +m[1]) : -1;
};

const dateAtMonth = (ctx: Ctx, p: number): number => {
  const m = sticky(MDY_DATE, ctx.text, p);
  if (!m) return -1;
  // A lowercase "may"/"march" is a verb, not a month.
  const c = m[1].charCodeAt(0);
  return c < 65 || c > 90 ? -1 : emitDate(ctx, p, p + m[0].length, m[3], monthNumber(m[1]), +m[2]);
};

/** "the thirty-first day of December, 2030": an ordinal day in words. Returns end index or -1. */
const dateAtWords = (ctx: Ctx, p: number): number => {
  const { text } = ctx;
  // "day of" must follow within the run's length (bounded: not a search to the next "day" of a long clause)
  if (text.slice(p, p + 27).indexOf('day') < 0) return -1;
  const runEnd = numberRunEnd(text, p);
  if (runEnd < 0 || runEnd - p > 20) return -1;
  const day = parseNumberRun(text, p, runEnd);
  if (!day?.ordinal) return -1;
  const m = sticky(WORD_DAY_DATE, text, runEnd);
  return m ? emitDate(ctx, extendOverThe(text, p), runEnd + m[0].length, m[2], monthNumber(m[1]), day.value) : -1;
};

// --- quantities --------------------------------------------------------------------------------

/** Number words and/or a figure at p, then what they count. Returns end of consumed text, or -1. */
const quantityAt = (ctx: Ctx, p: number, wordsFirst?: boolean): number => {
  const { text } = ctx;
  let words: Words | null = null;
  let fig: Figure | null = null;
  let end: number;
  if (wordsFirst) {
    words = parseWords(text, p);
    if (!words) return -1;
    p = words.start; // a leading ordinal ("the first five (5) years") was skipped
    end = words.end;
    const pair = inParens(text, end, parseFigure);
    if (pair) [fig, end] = pair;
  } else {
    const prev = p > 0 ? at(text, p - 1) : 32;
    if (isWordChar(prev) || prev === 46 || prev === 44 /* , */) return -1;
    fig = parseFigure(text, p);
    if (!fig) return -1;
    end = fig.end;
    const pair = inParens(text, end, parseWords);
    if (pair) [words, end] = pair;
  }
  // both read: a number-words pair, which ends here
  const pairEnd = words && fig ? end : -1;

  let percent = !!(words?.pct || fig?.pct);
  let currency = fig?.cur ?? words?.cur;
  // "twenty (20) percent", "ten (10) dollars"
  if (pairEnd >= 0 && !percent && !currency) {
    const pc = nextHas(text, end, F.Percent) ? sticky(PERCENT, text, end) : null;
    if (pc && pc[0].indexOf('%') < 0) { percent = true; end += pc[0].length; }
    else {
      const cw = curWordMaybe(text, end) ? sticky(CUR_WORD, text, end) : null;
      if (cw) { currency = currencyOfWord(cw[2]); end += cw[0].length; }
    }
  }
  const ordinal = !!(fig?.ord || words?.ord);
  const amount = fig ? fig.value : words ? words.value : null;

  // Unit after the quantity.
  let unit: DurationUnit | null = null;
  let unitEnd = end;
  if (!percent && !currency && !ordinal && amount !== null) {
    const u = nextHas(text, end, F.Dur) ? sticky(DUR_UNIT, text, end) : null;
    if (u) { unit = durationUnit(u[1], u[2]); unitEnd = end + u[0].length; }
    // a day-count convention, not a period: "on the basis of a 365-day year", "a 30-day month"
    if (unit === 'day' && sticky(DAY_COUNT, text, unitEnd)) unit = null;
  }

  // Number-words pair.
  if (words && fig && pairEnd >= 0) {
    let wordsValue = words.value;
    const pairUnit: NumberWordsValue['unit'] = percent ? 'percent' : currency ? 'money' : unit ?? (ordinal ? 'ordinal' : 'number');
    // "one half (50%)": a fraction in words read as a percentage; 12 digits drop float noise, not the 2/3 in 66.666...
    if (wordsValue !== null && fig.pct && !words.pct && words.frac) wordsValue = +(wordsValue * 100).toPrecision(12);
    // Words with their unit word ("twenty percent", "ten million dollars"); the figure with its signs ("$10,000,000", "20%", "30th").
    const nw: NumberWordsValue = {
      kind: 'number-words', ...span(ctx, p, pairEnd), wordsValue, figureValue: fig.value, words: span(ctx, words.start, words.end),
      figure: span(ctx, fig.start, fig.end), unit: pairUnit,
    };
    ctx.out.push(nw);
  }
  if (amount === null) return Math.max(end, words ? words.wEnd : end);

  if (percent) {
    return emit(ctx, { kind: 'percent', ...span(ctx, p, end), value: amount }, end);
  }
  // "from the first dollar", "the second euro": an ordinal before a currency word is not an amount
  if (currency && !ordinal) {
    return emit(ctx, { kind: 'money', ...span(ctx, p, end), amount, currency }, end);
  }
  if (ordinal) {
    const an = nextHas(text, end, F.A) ? sticky(ANNIVERSARY, text, end) : null;
    if (an) {
      const a = anchorAt(text, end + an[0].length);
      if (a) {
        const start = extendOverThe(text, p);
        const stop = end + an[0].length + a[0].length;
        return emit(ctx, {
          kind: 'relative-date', ...span(ctx, start, stop), amount, unit: 'year', direction: 'after', anchor: a[1],
        }, stop);
      }
    }
    return end;
  }
  if (unit) {
    const r = nextHas(text, unitEnd, F.Rel) ? sticky(REL, text, unitEnd) : null;
    if (r) {
      const a = anchorAt(text, unitEnd + r[0].length);
      if (a) {
        const stop = unitEnd + r[0].length + a[0].length;
        const dir = /^(prior|before|preceding)/i.test(r[1]) ? 'before' : 'after';
        return emit(ctx, { kind: 'relative-date', ...span(ctx, p, stop), amount, unit, direction: dir, anchor: a[1] }, stop);
      }
    }
    return emit(ctx, { kind: 'duration', ...span(ctx, p, unitEnd), amount, unit }, unitEnd);
  }
  return end;
};

// --- exclusivity -------------------------------------------------------------------------------

const exclusivityAt = (ctx: Ctx, p: number): number => {
  const { text } = ctx;
  const w = sticky(EXCL_WORD, text, p);
  if (!w) return -1;
  let end = p + w[0].length;
  const form = w[1]?.toLowerCase();
  const before = textBefore(text, p, 40);
  // "mutually exclusive"; "shall not grant an exclusive licence under the Joint IP": a restriction, neither a grant nor a denial
  if (MUTUALLY_BEFORE.test(before) || /not\s+grant\s+an?y?\s$/i.test(before)) return end;
  if (form === 'ely' && EXCLY_BEFORE_BAD.test(before)) return end;
  if (form && (form === 'ely' ? sticky(EXCLY_AFTER_BAD, text, end) : sticky(EXCL_AFTER_BAD, text, end))) return end;
  // a negation before the word ("non-", "shall not have", "Nothing in this Agreement grants"): the value is false
  let neg = NON_BEFORE.exec(before);
  if (!neg) {
    if (p > 0 && isWordChar(at(text, p - 1))) return end; // "inexclusive", other words ending in exclusiv
    neg = NOT_BEFORE.exec(before) ?? NOT_REQUIRED_BEFORE.exec(textBefore(text, p, 100));
    if (!neg) {
      neg = NOTHING_BEFORE.exec(textBefore(text, p, 200));
      // "Nothing in this Agreement shall limit the Licensee's right to be the exclusive distributor": not a denial
      if (neg && KEEPS_RIGHT.test(neg[0])) neg = null;
    }
  }
  let value = !neg && !/licen[cs]es?$/i.test(w[0]);
  const lead = neg ?? SOLE_BEFORE.exec(before);
  const start = lead ? p - lead[0].length : p;
  if (value && (form === 'ity' || sticky(EXCL_RIGHTS, text, end))) {
    const e = sticky(EXCL_END, text, end);
    if (e) { value = false; end += e[0].length; }
  }
  return emit(ctx, { kind: 'exclusive', ...span(ctx, start, end), value }, end);
};

/** "shall not appoint any other distributor": exclusivity without the word (value true), from "shall" on. */
const notAppointAt = (ctx: Ctx, p: number): number => {
  const { text } = ctx;
  const not = NOT_APPOINT.exec(textBefore(text, p, 60));
  const other = not && sticky(APPOINT_OTHER, text, p + 7);
  if (!other) return -1;
  const end = p + 7 + other[0].length;
  // "… without Supplier's consent", "… before giving notice", "… unless": a condition, not exclusivity
  if (/^[^.;]{0,120}?\b(?:without|before\s{1,3}giving|unless|except)\b/i.test(text.slice(end, end + 160))) return -1;
  return emit(ctx, { kind: 'exclusive', ...span(ctx, p - not[0].length, end), value: true }, end);
};

// --- entry point -------------------------------------------------------------------------------

/** Length of the DIGIT_TRIGGER match at p, where DIGIT_START matched. */
const digitTriggerLength = (t: string, p: number): number => {
  const c = at(t, p);
  if (isDigit(c)) {
    let n = 1;
    while (n < 20 && isDigit(at(t, p + n))) n++;
    return n;
  }
  const m = c === 85 /* U */ ? sticky(US_DOLLAR, t, p) : null;
  return m ? m[0].length : 1;
};

/** Dates, relative dates, durations, percentages, money, number-words pairs, exclusivity polarity. Sorted by start. */
export const extractValues = (text: string, offset = 0): Value[] => {
  const ctx: Ctx = { text: typeof text === 'string' ? text : '', offset, out: [] };
  const t = ctx.text;
  const dig = DIGIT_START; // module-level, not re-entrant: reset before use
  const wrd = WORD_TRIGGER;
  dig.lastIndex = 0;
  wrd.lastIndex = 0;
  try {
    // Digit trigger: index and length (-1: none left). Same positions and lengths as DIGIT_TRIGGER.exec.
    // Most clauses start with their number: no regex call to find it.
    let di = isDigit(at(t, 0)) ? 0 : dig.test(t) ? dig.lastIndex - 1 : -1;
    let dl = di >= 0 ? digitTriggerLength(t, di) : 0;
    let wm = wrd.exec(t);
    while (di >= 0 || wm) {
      const useDigit = di >= 0 && (wm === null || di <= wm.index);
      const p = useDigit ? di : (wm as RegExpExecArray).index;
      const len = useDigit ? dl : (wm as RegExpExecArray)[0].length;
      let end = -1;
      if (useDigit) {
        end = isDigit(at(t, p)) ? dateAtDigit(ctx, p) : -1;
        if (end < 0) end = quantityAt(ctx, p);
      } else {
        const word = (wm as RegExpExecArray)[0];
        const lower = word.toLowerCase();
        // (the word "exclusiv", "nonexclusiv" or "non-exclusiv": the value is read from "exclusiv")
        if (lower === 'sole') end = exclusivityAt(ctx, p);
        else if (lower === 'appoint') end = isWordChar(at(t, p + 7)) ? -1 : notAppointAt(ctx, p);
        else if (lower.startsWith('exclusiv') || lower.startsWith('non')) end = exclusivityAt(ctx, p + word.length - 8);
        else if (CUR_CODE_SET.has(word)) end = quantityAt(ctx, p);
        else if (!isWordChar(at(t, p + word.length))) {
          // whole words only: "tenant" is not "ten", "Marketing" is not "Mar"
          if (MONTH_SET.has(lower)) end = dateAtMonth(ctx, p);
          else {
            end = dateAtWords(ctx, p);
            if (end < 0) end = quantityAt(ctx, p, true);
          }
        }
      }
      const next = Math.max(end, p + len, p + 1);
      if (di >= 0 && di < next) {
        dig.lastIndex = next;
        di = dig.test(t) ? dig.lastIndex - 1 : -1;
        dl = di >= 0 ? digitTriggerLength(t, di) : 0;
      }
      if (wm && wm.index < next) { wrd.lastIndex = next; wm = wrd.exec(t); }
    }
  } catch {
    // Never throw: keep what was found so far.
  }
  // Stable insertion sort: the values come almost in order, and Array.prototype.sort with a comparator costs
  // more on such short lists. Same order as that (stable) sort.
  const out = ctx.out;
  const order = (a: Value, b: Value): number => a.start - b.start || b.end - a.end || +(a.kind === 'number-words') - +(b.kind === 'number-words');
  for (let i = 1; i < out.length; i++) {
    const v = out[i];
    let j = i;
    for (; j > 0 && order(out[j - 1], v) > 0; j--) out[j] = out[j - 1];
    out[j] = v;
  }
  return out;
};
