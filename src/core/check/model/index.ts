import type { Rule } from '../context';

/** STUB (to be replaced): draft-vs-model rules (exclusivity-conflict, date-conflict, ...). */
export const MODEL_RULES: readonly Rule[] = [];
