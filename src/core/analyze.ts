import type {
  AnalyzeOptions, CustomClauseType, DocumentAnalysis, Reference, TermModel, TypeAssignment, Value,
} from './types';
import { createClassifier, type Classifier } from './classify/classifier';
import { extractValues } from './extract/values';
import { extractReferences } from './extract/references';
import { runPipeline } from './pipeline';

export { DEFAULT_MAX_LENGTH, CLAUSES_PER_STEP, suppress, remapSeverity } from './pipeline';

/** What the pipeline computes from one clause's text alone (offsets already shifted to the clause's start). */
export interface ClauseFacts {
  readonly types: readonly TypeAssignment[];
  readonly values: readonly Value[];
  readonly references: readonly Reference[];
  /** The facts these were shifted from (incremental analyzer), for caches of what rules derive from them. */
  readonly origin?: ClauseFacts;
}

/**
 * Computes the per-clause facts of the clauses `bodies[i]` starting at `starts[i]` (the pipeline calls it for every
 * clause of a full analysis, and for the clauses an edit touched when it continues a previous one).
 */
export type ClauseFactsProvider = (bodies: readonly string[], starts: readonly number[], classifier: Classifier) => ClauseFacts[];

/**
 * One stage at a time over all clauses (classify all, then extract values from all, then references): measurably
 * faster than all stages clause by clause (each stage's regexes and inline caches stay hot).
 */
export const computeClauseFacts: ClauseFactsProvider = (bodies, starts, classifier) => {
  const n = bodies.length;
  const types = new Array<TypeAssignment[]>(n);
  for (let i = 0; i < n; i++) types[i] = classifier.classify(bodies[i], starts[i]);
  const values = new Array<Value[]>(n);
  for (let i = 0; i < n; i++) values[i] = extractValues(bodies[i], starts[i]);
  const out = new Array<ClauseFacts>(n);
  for (let i = 0; i < n; i++) out[i] = { types: types[i], values: values[i], references: extractReferences(bodies[i], starts[i]) };
  return out;
};

/** The custom clause types in effect: the model's `clauseTypes`, then `options.customTypes`. */
export const customTypesOf = (model: TermModel | null, options: AnalyzeOptions): CustomClauseType[] => [
  ...(model ? Object.values(model.clauseTypes) : []),
  ...(options.customTypes ?? []),
];

/**
 * Analyse a draft: segment → classify → extract → link → check.
 * Pure: takes text (and optionally a parsed term model) and returns plain data. Never throws on any text.
 */
export const analyzeDocument = (text: string, model?: TermModel | null, options: AnalyzeOptions = {}): DocumentAnalysis => {
  const theModel = model ?? null;
  return analyzeWith(text, theModel, options, createClassifier(customTypesOf(theModel, options)), computeClauseFacts);
};

/** The pipeline behind `analyzeDocument`, with the per-clause work supplied by the caller (same result). */
export const analyzeWith = (
  text: string, theModel: TermModel | null, options: AnalyzeOptions, classifier: Classifier, perClause: ClauseFactsProvider,
): DocumentAnalysis => {
  const steps = analyzeSteps(text, theModel, options, classifier, perClause);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
};

/**
 * The pipeline as a sequence of short synchronous steps: it yields after segmentation, after every
 * `CLAUSES_PER_STEP` clauses, after definitions, term uses and linking, and after every rule; the final result
 * equals `analyzeWith`'s. A caller that must not block (the editor) runs steps until its time slice is used,
 * yields to the event loop, and drops the generator when a newer edit arrives.
 */
export function* analyzeSteps(
  text: string, theModel: TermModel | null, options: AnalyzeOptions, classifier: Classifier, perClause: ClauseFactsProvider,
): Generator<void, DocumentAnalysis, void> {
  const run = yield* runPipeline(text, theModel, options, classifier, perClause, null, false);
  return run.result;
}
