import type { Finding } from '../types';
import { grouped } from './chars';
import { PRODUCT } from '../codes';

/** Lines longer than this are not analysed (they are data, not prose; VS Code itself stops tokenizing them). */
export const MAX_LINE_LENGTH = 20_000;

export interface PreparedText {
  /** The text to analyse: same length as the input (offsets stay exact), with skipped parts blanked. */
  readonly text: string;
  /** One `analysis-limit` finding per kind of skipped content, saying what was skipped and where. */
  readonly findings: Finding[];
  /** True when nothing was analysed (binary content). */
  readonly skipped: boolean;
}

/** An 'analysis-limit' finding at `start` (empty span). */
export const limitFinding = (start: number, message: string): Finding =>
  ({ code: 'analysis-limit', severity: 'information', where: 'draft', start, end: start, related: [], fixes: [], message });

/**
 * Guards the analysis against content that is not a draft: a file with NUL bytes is binary and is not analysed at
 * all; lines over MAX_LINE_LENGTH characters are blanked (replaced by spaces of the same length, so every offset
 * stays exact) and reported once. Linear in the text; never throws.
 */
export const prepareText = (text: string): PreparedText => {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      text: '',
      skipped: true,
      findings: [limitFinding(nul, `This file contains NUL bytes (binary content), so ${PRODUCT} did not analyse it.`)],
    };
  }
  if (text.length <= MAX_LINE_LENGTH) return { text, findings: [], skipped: false };
  let long: number[] | null = null; // [start, end, start, end, ...]
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    if (nl - lineStart > MAX_LINE_LENGTH) (long ??= []).push(lineStart, nl);
    lineStart = nl + 1;
  }
  if (!long) return { text, findings: [], skipped: false };
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < long.length; i += 2) {
    parts.push(text.slice(at, long[i]), ' '.repeat(long[i + 1] - long[i]));
    at = long[i + 1];
  }
  parts.push(text.slice(at));
  const count = long.length / 2;
  const message = count === 1
    ? `A line of ${grouped(long[1] - long[0])} characters (over ${grouped(MAX_LINE_LENGTH)}) was not analysed.`
    : `${count} lines over ${grouped(MAX_LINE_LENGTH)} characters were not analysed (the first is marked here).`;
  return { text: parts.join(''), findings: [limitFinding(long[0], message)], skipped: false };
};
