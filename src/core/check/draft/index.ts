import type { Rule } from '../context';
import { brokenReference } from './brokenReference';
import { dateOrder, deadlineOrder } from './dateOrder';
import { duplicateDefinition, unusedDefinition } from './definitionChecks';
import { inconsistentValues } from './inconsistentValues';
import { invalidDate } from './invalidDate';
import { numberWordsMismatch } from './numberWordsMismatch';
import { undefinedTerm } from './undefinedTerm';

/** A rule that fails on unexpected input reports nothing rather than breaking the whole analysis. */
const safe = (rule: Rule): Rule => ({
  codes: rule.codes,
  perClause: rule.perClause,
  check(ctx) {
    try {
      return rule.check(ctx);
    } catch {
      return [];
    }
  },
});

/**
 * Drafting checks that need no term model: each rule works on the facts the pipeline extracted (values,
 * definitions, term uses, references, sections) and never throws.
 */
export const DRAFT_RULES: readonly Rule[] = [
  numberWordsMismatch,
  invalidDate,
  dateOrder,
  deadlineOrder,
  inconsistentValues,
  undefinedTerm,
  duplicateDefinition,
  unusedDefinition,
  brokenReference,
].map(safe);
