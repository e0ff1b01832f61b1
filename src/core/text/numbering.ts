/**
 * Recognises the numbering at the start of a line: "1.", "2.3(a)", "Section 4.2", "ARTICLE IV", "EXHIBIT A",
 * "Schedule 1", "(a)", "iv.", "A." ... and the title-like text after it. Pure functions over the original text;
 * every regex is sticky, anchored at a known offset and bounded, so each call is O(1) in the line length
 * (except `titleLike` / `splitTitle`, which look at most at ~100 characters).
 */
import { isDigit, isWordCode, isLetter, isLower, isSpace, isUpper, isDash, skipSpace, trimEnd, wordSet } from './chars';
import { MONTH_NAMES } from '../extract/dates';
import { parseNumberWords } from '../extract/numberWords';
import { sticky } from '../extract/values';

export type LeadForm =
  | 'section' // Section 4.2, Clause 4.2, § 4.2
  | 'article' // ARTICLE IV, Article 4
  | 'exhibit' // EXHIBIT A, Annex 1, Appendix B, Attachment 2
  | 'schedule' // Schedule 1
  | 'number' // 1.  1.1  2.3(a)  4
  | 'roman' // IV.  (dotted upper-case roman numeral)
  | 'sub' // (a)  (iv)  a.  A.  a)  (1)
  | 'paren-number'; // 1)

export interface Lead {
  readonly form: LeadForm;
  /** Normalised number: "2.3(a)", "4.2", "IV", "A", "a" (sub markers without parentheses). */
  readonly number: string;
  /** Word used in labels: Section, Clause, Article, Exhibit, Annex, Appendix, Attachment, Schedule; '' otherwise. */
  readonly word: string;
  readonly start: number;
  /** End of the number token (after a trailing '.' or ')'). */
  readonly end: number;
  /** Components: 1 for "4", 2 for "4.2", 3 for "2.3(a)". */
  readonly depth: number;
  /** Written with a trailing dot ("1.", "1.1."). */
  readonly dotted: boolean;
}

const lead = (form: LeadForm, number: string, word: string, start: number, end: number, depth: number, dotted: boolean): Lead =>
  ({ form, number, word, start, end, depth, dotted });

// Regex literals (not built from strings) so that the ReDoS suite (test/reliability/regex.test.ts) sees them.
const SECTION_RE =
  /(Section|SECTION|Sec\.|SEC\.|Clause|CLAUSE|§{1,2})[ \t\xa0]{0,4}(\d{1,3}(?:\.\d{1,3}){0,7})((?:\([A-Za-z0-9]{1,6}\)){0,4})(\.?)/y;
const ARTICLE_RE = /(Article|ARTICLE)[ \t\xa0]{1,4}([IVXLCivxlc]{1,8}|\d{1,3}|[A-Z][A-Za-z]{2,8})(\.?)/y;
const EXHIBIT_RE =
  /(Exhibit|EXHIBIT|Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT|Schedule|SCHEDULE)[ \t\xa0]{1,4}([A-Z]{1,4}(?:-\d{1,3})?|\d{1,3}(?:\.\d{1,2})?(?:-[A-Z0-9]{1,3})?)(\.?)/y;
const ROMAN_DOT_RE = /([IVXLC]{1,7})\./y;
const SUB_PAREN_RE = /\(([A-Za-z]{1,6}|\d{1,3})\)/y;
const SUB_BARE_RE = /([A-Za-z]{1,6})([.)])/y;

/** "Article Twelve": a number word from one to twenty (a cardinal, not "First" or "Half"). */
const numberWord = (id: string): boolean => {
  const n = parseNumberWords(id);
  return !!n && !n.ordinal && !n.fraction && n.value >= 1 && n.value <= 20;
};

/** A unit right after a figure: "(60) days", "(5) Business Days", "(25) per cent", "(3) times". */
const UNIT_AFTER = /(?:(?:business|calendar) )?(?:days?|weeks?|months?|years?|percent|per cent|times)(?![a-z])|%/iy;

/** Month names and abbreviations, lowercase. */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a canonical roman numeral (case-insensitive, up to 3999), or 0 when it is not canonical. */
const romanCache = new Map<string, number>();

export const romanValue = (s: string): number => {
  const cached = romanCache.get(s);
  if (cached !== undefined) return cached;
  const v = computeRoman(s);
  if (romanCache.size < 4096) romanCache.set(s, v);
  return v;
};

/** The canonical roman numerals (empty included; up to MMMCMXCIX). */
const CANONICAL_ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const computeRoman = (s: string): number => {
  const u = s.toUpperCase();
  // (a non-canonical spelling is no numeral: "IIII", "VX", "IC")
  if (u.length > 12 || !CANONICAL_ROMAN.test(u)) return 0;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN_DIGITS[u[i]];
    total += (ROMAN_DIGITS[u[i + 1]] ?? 0) > v ? -v : v;
  }
  return total;
};

/** A sub-clause marker token: single letter, doubled letter ("aa"), or roman numeral of one case. */
export const validSubToken = (s: string): boolean => {
  if (s.length === 0) return false;
  if (isDigit(s.charCodeAt(0))) return true;
  if (s.length === 1) return true;
  const lower = s === s.toLowerCase();
  const upper = s === s.toUpperCase();
  if (!lower && !upper) return false;
  return sameLetters(s) || romanValue(s) > 0;
};

/** One to three times the same character ("a", "bb", "CCC"). */
export const sameLetters = (s: string): boolean => s.length > 0 && s.length <= 3 && s === s[0].repeat(s.length);

/** The sticky match of `re` at `at` when it ends by `ce`. */
const leadMatch = (re: RegExp, text: string, at: number, ce: number): RegExpExecArray | null => {
  const m = sticky(re, text, at);
  return m && at + m[0].length <= ce ? m : null;
};

const endOk = (text: string, at: number, ce: number): boolean => at >= ce || isSpace(text.charCodeAt(at));

/**
 * Recognise the numbering that starts at `at` (the first non-space character of the line), within [at, ce).
 * Returns null when the line does not start with numbering followed by whitespace or the end of the line.
 */
export const parseLead = (text: string, at: number, ce: number): Lead | null => {
  if (at >= ce) return null;
  const c = text.charCodeAt(at);
  let m: RegExpExecArray | null;
  if (c === 83 || c === 67 || c === 0xa7) {
    // S, C, §
    m = leadMatch(SECTION_RE, text, at, ce);
    if (m) {
      const end = at + m[0].length;
      if (endOk(text, end, ce) || (m[4] === '' && text.charCodeAt(end) === 58)) {
        const word = m[1].startsWith('C') ? 'Clause' : 'Section';
        const parens = m[3];
        return lead('section', m[2] + parens, word, at, end, m[2].split('.').length + countParens(parens), m[4] === '.');
      }
    }
  }
  if (c === 65) {
    // A
    m = leadMatch(ARTICLE_RE, text, at, ce);
    if (m) {
      const end = at + m[0].length;
      const id = m[2];
      let number: string | null = null;
      if (isDigit(id.charCodeAt(0))) number = id;
      else if (romanValue(id) > 0 && (id === id.toUpperCase() || id === id.toLowerCase())) number = id.toUpperCase();
      else if (numberWord(id)) number = id.toUpperCase();
      if (number !== null && (endOk(text, end, ce) || text.charCodeAt(end) === 58)) {
        return lead('article', number, 'Article', at, end, 1, m[3] === '.');
      }
    }
  }
  if (c === 69 || c === 65 || c === 83) {
    // E, A, S
    m = leadMatch(EXHIBIT_RE, text, at, ce);
    if (m) {
      const end = at + m[0].length;
      const id = m[2];
      const dash = id.indexOf('-');
      const head = dash < 0 ? id : id.slice(0, dash);
      const letters = head.length >= 3 && isUpper(head.charCodeAt(0));
      if ((!letters || romanValue(head) > 0) && (endOk(text, end, ce) || text.charCodeAt(end) === 58)) {
        const w = m[1][0] + m[1].slice(1).toLowerCase();
        return lead(w === 'Schedule' ? 'schedule' : 'exhibit', id, w, at, end, 1, m[3] === '.');
      }
    }
  }
  if (isDigit(c)) return parseNumberLead(text, at, ce);
  if (c === 40) {
    // (
    m = leadMatch(SUB_PAREN_RE, text, at, ce);
    if (m && endOk(text, at + m[0].length, ce) && validSubToken(m[1])) {
      return lead('sub', m[1], '', at, at + m[0].length, 1, false);
    }
    return null;
  }
  if (c < 128 && isLetter(c) && markerPunctAfterLetters(text, at, ce)) {
    m = leadMatch(ROMAN_DOT_RE, text, at, ce);
    if (m && m[1].length >= 2 && endOk(text, at + m[0].length, ce) && romanValue(m[1]) > 0) {
      return lead('roman', m[1], 'Article', at, at + m[0].length, 1, true);
    }
    m = leadMatch(SUB_BARE_RE, text, at, ce);
    if (m && endOk(text, at + m[0].length, ce) && validSubToken(m[1])) {
      return lead('sub', m[1], '', at, at + m[0].length, 1, m[2] === '.');
    }
  }
  return null;
};

/**
 * "1", "1.", "1.1", "1.1.", "2.3(a)", "2.3(a)(ii).", "1)" — digits{1,3} ('.' digits{1,3}){0,7} '.'? ('(' [A-Za-z0-9]{1,6} ')'){0,4} '.'?
 * Hand-written (no allocation on the common failure paths).
 */
const parseNumberLead = (text: string, at: number, ce: number): Lead | null => {
  let i = at;
  let comps = 0;
  let compEnd = at;
  while (comps < 8) {
    const ds = i;
    while (i < ce && i - ds < 4 && isDigit(text.charCodeAt(i))) i++;
    const len = i - ds;
    if (len === 0 || len > 3) {
      if (comps === 0 || len > 3) return null;
      i = ds - 1; // back to the dot that preceded a non-number
      break;
    }
    comps++;
    compEnd = i;
    if (i < ce && text.charCodeAt(i) === 46 && i + 1 < ce && isDigit(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  i = compEnd;
  let dotted = false;
  if (i < ce && text.charCodeAt(i) === 46) {
    dotted = true;
    i++;
  }
  const parenStart = i;
  let parens = 0;
  while (parens < 4 && i < ce && text.charCodeAt(i) === 40) {
    let j = i + 1;
    while (j < ce && j - i <= 7 && isAlnum(text.charCodeAt(j))) j++;
    if (j === i + 1 || j - i > 7 || j >= ce || text.charCodeAt(j) !== 41) break;
    i = j + 1;
    parens++;
  }
  const parenEnd = i;
  if (parens > 0 && i < ce && text.charCodeAt(i) === 46) {
    dotted = true;
    i++;
  }
  if (endOk(text, i, ce)) {
    return lead('number', text.slice(at, compEnd) + text.slice(parenStart, parenEnd), 'Section', at, i, comps + parens, dotted);
  }
  if (!dotted && parens === 0 && comps === 1 && text.charCodeAt(i) === 41 && endOk(text, i + 1, ce)) {
    return lead('paren-number', text.slice(at, compEnd), '', at, i + 1, 1, false);
  }
  return null;
};

const isAlnum = (c: number): boolean => isWordCode(c) && c !== 95;

/** Cheap pre-check for "iv." / "a)" / "A.": up to 7 ASCII letters then '.' or ')'. */
const markerPunctAfterLetters = (text: string, at: number, ce: number): boolean => {
  let i = at;
  while (i < ce && i - at < 7) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i++;
    else return c === 46 || c === 41;
  }
  return false;
};

const countParens = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 40) n++;
  return n;
};

/**
 * Is the "(N)" that starts a line (`lead`) the figure of number words wrapped from the line before ("… upon ninety⏎(90)
 * days' notice"), not a sub-clause "(90)"? The text before, [ps, pe), ends with a number word, or a unit follows the
 * figure. (The caller asks only when that text does not end a sentence or an enumeration lead-in.)
 */
export const wrappedFigure = (text: string, ps: number, pe: number, lead: Lead, ce: number): boolean => {
  if (text.charCodeAt(lead.start) !== 40 || !isDigit(text.charCodeAt(lead.start + 1))) return false;
  let s = pe;
  while (s > ps && pe - s < 10 && isLetter(text.charCodeAt(s - 1))) s--;
  // ("ninety", "twenty-five": its last part; not "a")
  if (pe - s > 2 && !isLetter(text.charCodeAt(s - 1)) && parseNumberWords(text.slice(s, pe))) return true;
  UNIT_AFTER.lastIndex = skipSpace(text, lead.end, ce);
  return UNIT_AFTER.lastIndex < ce && UNIT_AFTER.test(text);
};

/** Is the word at [s, e) a month name (so "31 December 2032" is not a heading "31")? */
export const isMonthWord = (text: string, s: number, e: number): boolean => {
  let j = s;
  while (j < e && j - s < 10 && isLetter(text.charCodeAt(j))) j++;
  return j > s && MONTHS.has(text.slice(s, j).toLowerCase());
};

const MINOR = wordSet(
  'a|an|and|as|at|by|for|from|in|into|of|on|or|per|the|to|upon',
  'with|without|under|its|their|vs|v|and/or|not|no|de|du|la|le|et|over',
  'than|via|between|within|after|before|during|against|about|other|all|any|etc',
);

const TITLE_MAX = 100;
const TITLE_MAX_WORDS = 14;

/**
 * Does [s, e) read like a heading title ("Definitions", "Grant of Licence", "LIMITATION OF LIABILITY.")?
 * Every word starts upper-case (or with a digit or a bracket) or is a short function word; no sentence breaks inside.
 */
export const titleLike = (text: string, s: number, e: number): boolean => {
  const end = trimEnd(text, s, e);
  if (end <= s || end - s > TITLE_MAX) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 44 || last === 59) return false; // , ;
  let i = skipSpace(text, s, end);
  let words = 0;
  let caps = 0;
  while (i < end) {
    let j = i;
    while (j < end && !isSpace(text.charCodeAt(j))) j++;
    words++;
    if (words > TITLE_MAX_WORDS) return false;
    let k = i;
    while (k < j && !isLetter(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k))) k++;
    if (k < j) {
      const c = text.charCodeAt(k);
      if (isUpper(c) || isDigit(c)) {
        caps++;
        // "3.1 IN NO EVENT SHALL EITHER PARTY'S LIABILITY EXCEED ...": a clause in capitals, not a heading
        if (words > 1) {
          let w = k;
          while (w < j && isLetter(text.charCodeAt(w))) w++;
          if (isModalWord(text, k, w)) return false;
        }
      } else {
        let w = k;
        while (w < j && (isLetter(text.charCodeAt(w)) || text.charCodeAt(w) === 47)) w++;
        if (words === 1 || !isMinorWord(text, k, w)) return false;
      }
    }
    if (j < end) {
      // A sentence break inside ("Term. This ...") means this is not a bare title.
      const p = text.charCodeAt(j - 1);
      if (p === 58 || p === 59) return false;
      if (p === 46 && j - i > 2 && !hasInnerDot(text, i, j - 1)) return false;
    }
    i = skipSpace(text, j, end);
  }
  return caps > 0;
};

const hasInnerDot = (text: string, s: number, e: number): boolean => {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
};

export interface TitleSplit {
  readonly titleEnd: number;
  readonly bodyStart: number;
}

/**
 * "Term. This Agreement ..." / "Definitions: In this ..." / "Fees – The Licensee ...": the title-like run before the
 * first separator (". ", ": ", " – ") within the first ~100 characters, and the start of the body after it.
 */
export const splitTitle = (text: string, s: number, ce: number): TitleSplit | null => {
  const limit = Math.min(ce, s + TITLE_MAX + 1);
  let wordStart = true;
  let words = 0;
  for (let i = s; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      wordStart = true;
      continue;
    }
    if (wordStart) {
      wordStart = false;
      // Early exit: a word that starts lower case and is not a function word cannot be part of a title.
      if (c >= 97 && c <= 122 && !isMinorAt(text, i, limit)) return null;
      if (++words > TITLE_MAX_WORDS) return null;
    }
    let titleEnd = -1;
    let after = -1;
    if ((c === 46 || c === 58) && i > s && i + 1 < ce && isSpace(text.charCodeAt(i + 1))) {
      titleEnd = i;
      after = i + 1;
    } else if (i > s && isDash(c) && isSpace(text.charCodeAt(i - 1)) && i + 1 < ce && isSpace(text.charCodeAt(i + 1))) {
      titleEnd = trimEnd(text, s, i);
      after = i + 1;
    }
    if (titleEnd < 0) continue;
    if (c === 46 && isSingleLetterBefore(text, s, i)) continue; // "J. Smith", "U.S. Tax"
    const bodyStart = skipSpace(text, after, ce);
    if (bodyStart >= ce) return null;
    if (!titleLike(text, s, titleEnd)) return null;
    return { titleEnd, bodyStart };
  }
  return null;
};

const isMinorAt = (text: string, i: number, limit: number): boolean => {
  let j = i;
  while (j < limit && j - i < 8 && ((text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) || text.charCodeAt(j) === 47)) j++;
  return isMinorWord(text, i, j);
};

/** MINOR words by length and first letter: `MINOR_BY_KEY[length * 128 + first char code]`. */
const MINOR_BY_KEY: string[][] = [];
for (const w of MINOR) (MINOR_BY_KEY[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);

/** "SHALL", "MUST", "HEREBY", "WILL", "MAY", "NOT", "IS", "ARE", "AGREE(S)", "DISCLAIMS", "PREVAILS", "WAIVES" (any case): words of a sentence, never of a heading. */
const MODAL = wordSet('shall|must|hereby|will|may|not|is|are|agree|agrees|disclaim|disclaims|prevail|prevails|waives|acknowledges');
const isModalWord = (text: string, s: number, e: number): boolean => e - s > 1 && e - s < 13 && MODAL.has(text.slice(s, e).toLowerCase());

/** Is [s, e) one of the MINOR words (ASCII case-insensitive)? No allocation. */
const isMinorWord = (text: string, s: number, e: number): boolean => {
  const len = e - s;
  if (len <= 0 || len > 8) return false;
  let c0 = text.charCodeAt(s);
  if (c0 >= 65 && c0 <= 90) c0 += 32;
  if (c0 > 127) return false;
  const list = MINOR_BY_KEY[len * 128 + c0];
  if (list === undefined) return false;
  outer: for (let q = 0; q < list.length; q++) {
    const w = list[q];
    for (let k = 1; k < len; k++) {
      let c = text.charCodeAt(s + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(k)) continue outer;
    }
    return true;
  }
  return false;
};

const isSingleLetterBefore = (text: string, s: number, dot: number): boolean =>
  dot - 1 >= s && isLetter(text.charCodeAt(dot - 1)) && (dot - 2 < s || !isLetter(text.charCodeAt(dot - 2)));

/** Strip separator punctuation and emphasis around a title: "– LICENSE GRANT." → "LICENSE GRANT". */
export const cleanTitle = (text: string, s: number, e: number): { start: number; end: number } => {
  let a = s;
  let b = e;
  for (let guard = 0; guard < 8; guard++) {
    a = skipSpace(text, a, b);
    b = trimEnd(text, a, b);
    if (a >= b) break;
    const c = text.charCodeAt(a);
    const d = text.charCodeAt(b - 1);
    let changed = false;
    if (isDash(c) || c === 58 || c === 46 || c === 42 || c === 95 || c === 35) {
      a++;
      changed = true;
    }
    if (b > a && (d === 46 || d === 58 || d === 42 || d === 95 || d === 35 || isDash(d))) {
      b--;
      changed = true;
    }
    if (!changed) break;
  }
  return { start: a, end: Math.max(a, b) };
};

/** True when the character at `at` can start a heading title or numbered-paragraph body (not lower case). */
export const startsUpperish = (text: string, at: number, ce: number): boolean => {
  if (at >= ce) return true;
  const c = text.charCodeAt(at);
  return !isLower(c);
};
