import type { ParsedTermModel } from '../types';

/** STUB (to be replaced): parse and validate a `*.terms.yaml` text. Never throws. */
export function parseTermModel(text: string): ParsedTermModel {
  void text;
  return { model: null, problems: [] };
}
