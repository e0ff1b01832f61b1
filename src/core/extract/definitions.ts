import type { ClauseSegment, Definition, Span, TermUse } from '../types';

/** STUB (to be replaced): `"X" means ...`, `(the "X")`. */
export function extractDefinitions(text: string, clauses: readonly ClauseSegment[]): Definition[] {
  void text; void clauses;
  return [];
}

/** STUB (to be replaced): uses of defined terms outside their definitions, skipping ignored regions. */
export function findTermUses(text: string, definitions: readonly Definition[], ignored: readonly Span[] = []): TermUse[] {
  void text; void definitions; void ignored;
  return [];
}
