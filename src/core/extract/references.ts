import type { Reference } from '../types';

/** STUB (to be replaced): "Section 12.4", "Exhibit B", "this Section 5". */
export function extractReferences(text: string, offset = 0): Reference[] {
  void text; void offset;
  return [];
}
