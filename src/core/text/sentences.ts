/**
 * Sentence splitting for very long paragraphs. One left-to-right pass; a period ends a sentence only when it is
 * followed by whitespace and an upper-case letter, digit, opening quote or bracket, and is not the end of an
 * abbreviation ("Inc.", "No.", "U.S.", "e.g.", "Sec."), an initial ("J. Smith") or inside a number ("4.2").
 */
import { codeAt, isCloser, isDigit, isLetter, isOpenQuote, isSpace, isUpper, skipSpace, trimEnd, wordSet } from './chars';

const ABBREVIATIONS = wordSet(
  'inc|ltd|co|corp|llc|llp|lp|plc|pty|bros|assn|intl|natl|govt|dept',
  'no|nos|sec|secs|art|arts|para|paras|cl|cls|sch|sched|ex|exh|subsec',
  'etc|vs|viz|cf|ibid|al|approx|est|min|max|fig|vol|ch|pt|pp|p',
  'mr|mrs|ms|dr|st|jr|sr|prof|hon|rev|gen|capt|messrs',
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
);

/** Sentence-ending punctuation. */
const TERMINATOR = /[.!?]/g;

/** Sentences shorter than this are merged into the next one. */
const MIN_SENTENCE = 30;

/**
 * Split [start, end) into trimmed sentence spans covering all non-space text, in order, non-overlapping.
 * Returns a single span when no safe split point exists.
 */
export const splitSentences = (text: string, start: number, end: number): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  let sentStart = skipSpace(text, start, end);
  // The paragraph alone (an O(1) sliced string), so that the regex below never looks past `end`.
  const para = text.substring(start, end);
  for (let i = sentStart; i < end; i++) {
    // Jump to the next . ! ? (a native regex scan instead of a character loop).
    TERMINATOR.lastIndex = i - start;
    if (!TERMINATOR.test(para)) break;
    i = start + TERMINATOR.lastIndex - 1;
    const c = codeAt(text, i);
    let j = i + 1;
    let closers = 0;
    while (j < end && closers < 3 && isCloser(codeAt(text, j))) {
      j++;
      closers++;
    }
    if (j >= end || !isSpace(codeAt(text, j))) continue;
    const next = skipSpace(text, j, end);
    if (next >= end) break;
    const n = codeAt(text, next);
    if (!(isUpper(n) || isDigit(n) || isOpenQuote(n) || n === 40 || n === 91)) continue;
    if (c === 46 && isAbbreviation(text, sentStart, i)) continue;
    const sentEnd = j;
    if (sentEnd - sentStart < MIN_SENTENCE) continue;
    out.push([sentStart, trimEnd(text, sentStart, sentEnd)]);
    sentStart = next;
    i = next - 1;
  }
  const lastEnd = trimEnd(text, sentStart, end);
  if (lastEnd > sentStart) {
    if (out.length > 0 && lastEnd - sentStart < MIN_SENTENCE) {
      const prev = out.pop() as [number, number];
      out.push([prev[0], lastEnd]);
    } else out.push([sentStart, lastEnd]);
  }
  return out;
};

/** Is the period at `dot` the end of an abbreviation, an initial or a dotted acronym? */
const isAbbreviation = (text: string, from: number, dot: number): boolean => {
  let k = dot;
  let letters = 0;
  let dots = 0;
  while (k > from && dot - k < 16) {
    const c = codeAt(text, k - 1);
    if (isLetter(c)) letters++;
    else if (c === 46) dots++;
    else break;
    k--;
  }
  if (letters === 0) return false; // "4.2." or ")." : a real end
  if (dots > 0) return true; // "U.S.", "e.g.", "i.e."
  if (letters === 1) return true; // initial: "J. Smith", "Exhibit A. Thereafter" (rare; safer not to split)
  return ABBREVIATIONS.has(text.slice(k, dot).toLowerCase());
};
