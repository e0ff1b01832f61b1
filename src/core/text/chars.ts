/** Character helpers shared by the segmenter. All work on UTF-16 code units of the original text. */

/** Horizontal whitespace, including NBSP, the Unicode spaces, BOM and a stray CR (lines end at LF). */
export const isSpace = (c: number): boolean => {
  if (c === 32 || c === 9) return true;
  if (c < 160) return c === 13 || c === 11 || c === 12;
  return (
    c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 0x1680 || c === 0x2028 || c === 0x2029
  );
};

/** First offset in [from, to) that is not whitespace, or `to`. */
export const skipSpace = (text: string, from: number, to: number): number => {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
};

/** Offset after the last non-whitespace character in [from, to), or `from`. */
export const trimEnd = (text: string, from: number, to: number): number => {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
};

/** `text.charCodeAt(i)` (NaN past the end), shorter to write where it is read often. */
export const codeAt = (text: string, i: number): number => text.charCodeAt(i);

/** Length of the byte-order mark at the start of `text`: 1 or 0. */
export const bomLength = (text: string): number => text.charCodeAt(0) === 0xfeff ? 1 : 0;

/** ASCII letter, digit or underscore (a `\w` character). */
export const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** Upper-case letter (any script). */
export const isUpper = (c: number): boolean => {
  if (c < 128) return isAsciiUpper(c);
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** Lower-case letter (any script). */
export const isLower = (c: number): boolean => {
  if (c < 128) return isAsciiLower(c);
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

export const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/** Opening quotes, straight and typographic. */
export const isOpenQuote = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0xab || c === 0x201a;

/** Closing quotes and brackets that may follow a sentence-ending period. */
export const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 42 || c === 95;

/** Hyphen, en dash, em dash, minus and friends. */
export const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

export const startsWithAt = (text: string, at: number, s: string): boolean => text.startsWith(s, at);

/** A set of words and phrases written `|`-separated (several strings: one per group or line; smaller bundles). */
export const wordSet = (...groups: string[]): ReadonlySet<string> => new Set(groups.join('|').split('|'));

/** The (up to) `n` characters of `text` before `at`, not before `from`. */
export const textBefore = (text: string, at: number, n: number, from = 0): string => text.slice(Math.max(from, at - n), at);

/** The (up to) `n` characters of `text` from `at` on, not past `to`. */
export const textAfter = (text: string, at: number, n: number, to: number): string => text.slice(at, Math.min(to, at + n));

/** A count as the messages write it: with thousands separators (1,048,576). */
export const grouped = (n: number): string => n.toLocaleString('en-US');
