/**
 * HTML-comment markers (`<!-- term: ID -->`, `<!-- clause-annotator-ignore CODE... -->`) and YAML front matter
 * (`---` ... `---` at the top, with a `terms: path` line). Hand-written scanners; no YAML library is needed for the
 * one key the segmenter reads.
 */
import type { Span } from '../types';
import { isSpace, skipSpace, trimEnd } from './chars';

export type CommentMarker =
  | { readonly kind: 'term'; readonly termId: string; readonly idSpan: Span }
  | { readonly kind: 'ignore'; readonly codes: string[] };

const MAX_ID = 128;
const MAX_CODES = 64;
const IGNORE_WORD = 'clause-annotator-ignore';

const isIdChar = (c: number): boolean => (
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46 || c === 47 ||
  c > 127
) && !isSpace(c);

/**
 * Parse the comment body [innerStart, innerEnd) (between `<!--` and `-->`) as a marker, or null.
 * Term ids: letters, digits, `-`, `_`, `.`, `/` and non-ASCII letters; at most 128 characters.
 */
export const parseCommentMarker = (text: string, innerStart: number, innerEnd: number): CommentMarker | null => {
  const s = skipSpace(text, innerStart, innerEnd);
  const e = trimEnd(text, s, innerEnd);
  if (e - s < 5) return null;
  if (text.startsWith('term', s) || text.startsWith('TERM', s) || text.startsWith('Term', s)) {
    let i = skipSpace(text, s + 4, e);
    if (text.charCodeAt(i) !== 58) return null; // :
    i = skipSpace(text, i + 1, e);
    const idStart = i;
    while (i < e && isIdChar(text.charCodeAt(i))) i++;
    if (i === idStart || i - idStart > MAX_ID || i !== e) return null;
    return { kind: 'term', termId: text.slice(idStart, i), idSpan: { start: idStart, end: i } };
  }
  if (text.startsWith(IGNORE_WORD, s)) {
    let i = s + IGNORE_WORD.length;
    if (i < e && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 58) return null;
    if (text.charCodeAt(i) === 58) i++;
    const codes: string[] = [];
    while (i < e) {
      while (i < e && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
      const t = i;
      while (i < e && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 44) i++;
      if (i > t && i - t <= 64 && codes.length < MAX_CODES) codes.push(text.slice(t, i));
    }
    return { kind: 'ignore', codes };
  }
  return null;
};

export interface FrontMatterScan {
  readonly start: number;
  /** End of the closing `---` line's text. */
  readonly end: number;
  /** Offset where the draft body starts (after the closing line's newline). */
  readonly bodyStart: number;
  readonly terms?: string;
  readonly termsSpan?: Span;
}

const isFenceLine = (text: string, s: number, e: number, ch: string): boolean => {
  if (!text.startsWith(ch, s)) return false;
  return trimEnd(text, s + 3, e) === s + 3;
};

/**
 * YAML front matter starting at `start` (0, or 1 after a BOM): a `---` line, YAML lines, and a closing `---` or
 * `...` line. The first content line must look like YAML (`key:`, `- item` or `# comment`), so a draft that merely
 * opens with a thematic break is not swallowed. Unclosed front matter is not front matter.
 */
export const scanFrontMatter = (text: string, start: number): FrontMatterScan | null => scanFrontMatterExtent(text, start).scan;

/**
 * `scanFrontMatter` and how far it read: `dependsUpTo` is the last offset whose character can change the result
 * (the newline ending the last line it looked at), or Infinity when it read to the end of the text. An edit that
 * starts after `dependsUpTo` cannot change the front matter.
 */
export const scanFrontMatterExtent = (text: string, start: number): { scan: FrontMatterScan | null; dependsUpTo: number } => {
  const n = text.length;
  const firstEnd = lineEnd(text, start);
  if (!isFenceLine(text, start, firstEnd, '---')) return { scan: null, dependsUpTo: firstEnd < n ? firstEnd : Infinity };
  let pos = firstEnd + 1;
  let checkedFirst = false;
  let terms: string | undefined;
  let termsSpan: Span | undefined;
  while (pos <= n) {
    const e = lineEnd(text, pos);
    const dep = e < n ? e : Infinity;
    if (isFenceLine(text, pos, e, '---') || isFenceLine(text, pos, e, '...')) {
      const end = trimEnd(text, pos, e);
      return {
        scan: { start, end, bodyStart: Math.min(n, e + 1), ...(terms !== undefined ? { terms, termsSpan } : {}) },
        dependsUpTo: dep,
      };
    }
    const cs = skipSpace(text, pos, e);
    if (!checkedFirst && cs < e) {
      checkedFirst = true;
      if (!looksLikeYaml(text, cs, e)) return { scan: null, dependsUpTo: dep };
    }
    if (terms === undefined && text.startsWith('terms', pos)) {
      const v = parseTermsLine(text, pos + 5, e);
      if (v) {
        terms = v.value;
        termsSpan = v.span;
      }
    }
    if (e >= n) break;
    pos = e + 1;
  }
  return { scan: null, dependsUpTo: Infinity };
};

const lineEnd = (text: string, from: number): number => {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
};

const looksLikeYaml = (text: string, s: number, e: number): boolean => {
  const c = text.charCodeAt(s);
  if (c === 35) return true; // # comment
  if (c === 45 && (s + 1 >= e || isSpace(text.charCodeAt(s + 1)))) return true; // - item
  // key: (key of at most 80 characters, no spaces before the colon other than inside quotes)
  const limit = Math.min(e, s + 80);
  for (let i = s; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 58) return i > s && (i + 1 >= e || isSpace(text.charCodeAt(i + 1)));
    if (ch === 35) return false;
  }
  return false;
};

/** After `terms` at column 0: `[ws]: [ws] value [# comment]`, value optionally in single or double quotes. */
const parseTermsLine = (text: string, at: number, e: number): { value: string; span: Span } | null => {
  let i = at;
  while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 58) return null;
  i = skipSpace(text, i + 1, e);
  if (i >= e) return null;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39) {
    let close = i + 1;
    while (close < e && text.charCodeAt(close) !== q) close++;
    if (close >= e || close === i + 1) return null;
    return { value: text.slice(i + 1, close), span: { start: i + 1, end: close } };
  }
  let end = e;
  for (let k = i; k < e; k++) {
    if (text.charCodeAt(k) === 35 && isSpace(text.charCodeAt(k - 1))) {
      end = k;
      break;
    }
  }
  end = trimEnd(text, i, end);
  if (end <= i) return null;
  return { value: text.slice(i, end), span: { start: i, end } };
};
