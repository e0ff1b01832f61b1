import type { Rule } from '../context';
import { exclusivityRule } from './exclusivity';
import { dateRule, periodEndRule } from './date';
import { valueRule } from './value';
import { partyRule } from './party';
import { forbiddenRule } from './forbidden';
import { missingRule } from './missing';
import { lawRule } from './law';

/** Draft-vs-model rules, one module each. Linking (and `model-reference` for unknown markers) is in `../link.ts`. */
export const MODEL_RULES: readonly Rule[] = [exclusivityRule, dateRule, periodEndRule, valueRule, partyRule, forbiddenRule, missingRule, lawRule];
