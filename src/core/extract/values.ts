import type { Value } from '../types';

/** STUB (to be replaced): dates, relative dates, durations, percentages, money, number-words pairs, exclusivity polarity. Sorted by start. */
export function extractValues(text: string, offset = 0): Value[] {
  void text; void offset;
  return [];
}
