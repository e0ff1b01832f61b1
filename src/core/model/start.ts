/**
 * A starting term model for a draft that the draft does not contradict: `createTermModelYaml`, then the draft is
 * checked against it, and every field a conflict points at becomes a comment saying what the draft states there.
 * A few rounds at most (each removes at least one field). Pure, never throws.
 */
import { createAnalyzer } from '../incremental';
import type { DocumentAnalysis, Finding, TermModel } from '../types';
import { createTermModelYaml, type TermModelInitInput } from './init';
import { parseTermModel } from './parse';
import { own } from './schema';
import { wordSet } from '../text/chars';

/** Findings that say the draft disagrees with a value of the model. */
const CONFLICTS: ReadonlySet<string> = wordSet('date-conflict|value-conflict|exclusivity-conflict|party-conflict');
const ROUNDS = 4;

export interface StartTermModelInput {
  readonly text: string;
  readonly agreement?: string;
  readonly parties?: TermModelInitInput['parties'];
  /** The draft's analysis without a model, when the caller has it. */
  readonly analysis?: DocumentAnalysis;
}

/** What names an agreement: "Reseller Agreement", "SUPPLY AGREEMENT", "Deed of Guarantee", "Terms of Service". */
const DOCUMENT_RE = /\b(?:agreement|contract|deed|licen[cs]e|lease|amendment|addendum|memorandum|terms|charter|indenture|guarantee|side letter|statement of work)\b/i;
/** ... but not a sentence about it: "THIS AGREEMENT is dated 14 January 2027", "This Agreement is made between". */
const SENTENCE_RE = /\b(?:is|are|was|made|dated|entered|between|by and)\b|[.;:]\s/i;

/**
 * The `agreement:` of a draft's model: its first heading, or its first line, when it names an agreement ("SUPPLY
 * AGREEMENT" above "ARTICLE I DEFINITIONS"), not a heading such as "PARTIES" (the first of a UK draft) or a sentence.
 */
export const agreementTitle = (text: string, analysis: Pick<DocumentAnalysis, 'sections' | 'frontMatter'>): string | undefined => {
  const at = analysis.frontMatter?.end ?? 0;
  const line = /\S[^\n]{0,150}/.exec(text.slice(at, at + 2000))?.[0].replace(/^[#*_\s]{1,9}|[*_\s]{1,9}$/g, '');
  return [analysis.sections[0]?.title, line].find((t) => !!t && t.length <= 120 && DOCUMENT_RE.test(t) && !SENTENCE_RE.test(t));
};

export const startTermModel = (input: StartTermModelInput): string => {
  const steps = startTermModelSteps(input);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
};

/**
 * The same as short synchronous steps (`runInSlices`): the editor must not block its host for the few analyses of a
 * large draft this takes (one incremental analyzer: after the first, only the checks run again).
 */
export function* startTermModelSteps(input: StartTermModelInput): Generator<void, string, void> {
  const text = input.text;
  const analyzer = createAnalyzer();
  const { clauses, sections } = input.analysis ?? (yield* analyzer.steps(text, null));
  const omit = new Map<string, string>();
  // (each round writes the model again with what `omit` holds then)
  const init: TermModelInitInput = { agreement: input.agreement, parties: input.parties, clauses, sections, text, omit };
  let yaml = createTermModelYaml(init);
  for (let round = 0; round < ROUNDS; round++) {
    const model = parseTermModel(yaml).model;
    if (!model) break;
    const before = omit.size;
    const checked = yield* analyzer.steps(text, model);
    for (const f of checked.findings) {
      if (!CONFLICTS.has(f.code)) continue;
      const key = fieldOf(model, f);
      if (key && !omit.has(key)) omit.set(key, `the draft does not agree: ${f.message.split(';')[0]}`);
    }
    if (omit.size === before) break;
    yaml = createTermModelYaml(init);
  }
  return yaml;
}

/** `<term>.<field>`, `effective` or `expires`: the model value a conflict is about (its related location). */
const fieldOf = (model: TermModel, f: Finding): string | null => {
  const at = f.related.find((r) => r.where === 'model')?.start;
  if (at === undefined) return null;
  if (f.term !== undefined) {
    const term = own(model.terms, f.term);
    if (!term) return null;
    for (const [field, span] of Object.entries(term.valueSpans)) if (span.start === at) return `${f.term}.${field}`;
    return null;
  }
  for (const key of ['effective', 'expires'] as const) if (model.spans?.[key]?.start === at) return key;
  return null;
};
