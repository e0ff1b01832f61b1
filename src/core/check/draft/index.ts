import type { Rule } from '../context';

/** STUB (to be replaced): drafting checks that need no model (number-words-mismatch, ...). */
export const DRAFT_RULES: readonly Rule[] = [];
