import type {
  AnalyzeOptions, Clause, CustomClauseType, DocumentAnalysis, Finding, IgnoreMarker, Reference, Severity, TermModel,
  TypeAssignment, Value,
} from './types';
import { segmentDocument } from './text/segment';
import { prepareText } from './text/sanitize';
import { createClassifier, type Classifier } from './classify/classifier';
import { extractValues } from './extract/values';
import { extractDefinitions, findTermUses } from './extract/definitions';
import { extractReferences } from './extract/references';
import { linkClauses } from './check/link';
import type { CheckContext, Rule } from './check/context';
import { MODEL_RULES } from './check/model';
import { DRAFT_RULES } from './check/draft';

export const DEFAULT_MAX_LENGTH = 5_000_000;

const ALL_RULES: readonly Rule[] = [...DRAFT_RULES, ...MODEL_RULES];

/** What the pipeline computes from one clause's text alone (offsets already shifted to the clause's start). */
export interface ClauseFacts {
  readonly types: readonly TypeAssignment[];
  readonly values: readonly Value[];
  readonly references: readonly Reference[];
}

/**
 * Computes the per-clause facts of the clauses `bodies[i]` starting at `starts[i]`. The default computes them
 * directly; the incremental analyzer (incremental.ts) memoises them by clause text.
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
export function customTypesOf(model: TermModel | null, options: AnalyzeOptions): CustomClauseType[] {
  return [
    ...(model ? Object.values(model.clauseTypes) : []),
    ...(options.customTypes ?? []),
  ];
}

/**
 * Analyse a draft: segment → classify → extract → link → check.
 * Pure: takes text (and optionally a parsed term model) and returns plain data. Never throws on any text.
 */
export function analyzeDocument(text: string, model?: TermModel | null, options: AnalyzeOptions = {}): DocumentAnalysis {
  const theModel = model ?? null;
  return analyzeWith(text, theModel, options, createClassifier(customTypesOf(theModel, options)), computeClauseFacts);
}

/** The pipeline behind `analyzeDocument`, with the per-clause work supplied by the caller (same result). */
export function analyzeWith(
  text: string, theModel: TermModel | null, options: AnalyzeOptions, classifier: Classifier, perClause: ClauseFactsProvider,
): DocumentAnalysis {
  const steps = analyzeSteps(text, theModel, options, classifier, perClause);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Clauses classified and extracted per step of `analyzeSteps` (a few milliseconds of work on a 1 MB draft). */
export const CLAUSES_PER_STEP = 400;

/**
 * The pipeline as a sequence of short synchronous steps: it yields after segmentation, after every
 * `CLAUSES_PER_STEP` clauses, after definitions, term uses and linking, and after every rule; the final result
 * equals `analyzeWith`'s. A caller that must not block (the editor) runs steps until its time slice is used,
 * yields to the event loop, and drops the generator when a newer edit arrives.
 */
export function* analyzeSteps(
  text: string, theModel: TermModel | null, options: AnalyzeOptions, classifier: Classifier, perClause: ClauseFactsProvider,
): Generator<void, DocumentAnalysis, void> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const fullLength = text.length;
  // Binary content is not analysed; lines over 20,000 characters are blanked (offsets stay exact). Both are reported.
  const prepared = prepareText(fullLength > maxLength ? text.slice(0, maxLength) : text);
  const analysed = prepared.text;

  const segmentation = segmentDocument(analysed);
  yield;
  const segs = segmentation.clauses;
  const facts: ClauseFacts[] = [];
  for (let from = 0; from < segs.length; from += CLAUSES_PER_STEP) {
    const to = Math.min(segs.length, from + CLAUSES_PER_STEP);
    const bodies = new Array<string>(to - from);
    const starts = new Array<number>(to - from);
    for (let i = from; i < to; i++) {
      bodies[i - from] = analysed.slice(segs[i].start, segs[i].end);
      starts[i - from] = segs[i].start;
    }
    const batch = perClause(bodies, starts, classifier);
    for (let k = 0; k < batch.length; k++) facts.push(batch[k]);
    yield;
  }
  const unlinked: Clause[] = new Array<Clause>(segs.length);
  let referenceCount = 0;
  for (let index = 0; index < segs.length; index++) {
    const f = facts[index];
    unlinked[index] = { ...segs[index], index, types: f.types, values: f.values };
    referenceCount += f.references.length;
  }
  const references: Reference[] = new Array<Reference>(referenceCount);
  let r = 0;
  for (const f of facts) for (let k = 0; k < f.references.length; k++) references[r++] = f.references[k];

  const definitions = extractDefinitions(analysed, segmentation.clauses);
  yield;
  const termUses = findTermUses(analysed, definitions, segmentation.ignored);
  yield;

  const linked = linkClauses(analysed, unlinked, segmentation, theModel);
  const clauses: Clause[] = unlinked.map((c, i) => {
    const l = linked.links[i];
    return l ? { ...c, term: l.term, link: l.link } : c;
  });

  const ctx: CheckContext = {
    text: analysed, segmentation, clauses, definitions, termUses, references, model: theModel, termLinks: linked.termLinks,
  };
  let findings: Finding[] = [...prepared.findings, ...linked.findings];
  yield;
  // Nothing was read from a binary file: checks such as missing-clause would only add noise.
  for (const rule of prepared.skipped ? [] : ALL_RULES) {
    const found = rule.check(ctx);
    for (let k = 0; k < found.length; k++) findings.push(found[k]);
    yield;
  }

  if (fullLength > maxLength) {
    findings.push({
      code: 'analysis-limit', severity: 'information', where: 'draft', start: 0, end: 0, related: [], fixes: [],
      message: `Only the first ${maxLength.toLocaleString('en-US')} of ${fullLength.toLocaleString('en-US')} characters were analysed (clauseAnnotator.maxFileSize).`,
    });
  }

  // What was not analysed, before suppression and severity settings: the status bar says so whatever they are.
  const limits = findings.filter((f) => f.code === 'analysis-limit');
  findings = suppress(findings, segmentation.ignoreMarkers);
  findings = remapSeverity(findings, options.severity);
  findings.sort((a, b) => (a.where === b.where ? 0 : a.where === 'model' ? 1 : -1) || a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  return {
    version: 1,
    length: fullLength,
    frontMatter: segmentation.frontMatter,
    sections: segmentation.sections,
    clauses,
    definitions,
    termUses,
    references,
    termMarkers: segmentation.termMarkers,
    termLinks: linked.termLinks,
    findings,
    ...(partialOf(limits, prepared.skipped, fullLength, maxLength)),
  };
}

/** `partial` for the result when any of the text was not analysed (see DocumentAnalysis.partial). */
function partialOf(limits: readonly Finding[], skipped: boolean, fullLength: number, maxLength: number): { partial?: DocumentAnalysis['partial'] } {
  if (limits.length === 0) return {};
  const reason = skipped ? 'binary' : fullLength > maxLength ? 'maxLength' : 'long-lines';
  const analysedLength = skipped ? 0 : Math.min(fullLength, maxLength);
  return { partial: { analysedLength, reason, message: limits.map((f) => f.message).join(' ') } };
}

/** Drop draft findings silenced by a `<!-- clause-annotator-ignore CODE -->` marker on the line before. */
export function suppress(findings: readonly Finding[], markers: readonly IgnoreMarker[]): Finding[] {
  if (markers.length === 0) return [...findings];
  return findings.filter((f) => {
    if (f.where !== 'draft') return true;
    return !markers.some((m) => f.start >= m.target.start && f.start < m.target.end && (m.codes.length === 0 || m.codes.includes(f.code)));
  });
}

export function remapSeverity(findings: readonly Finding[], severity: AnalyzeOptions['severity']): Finding[] {
  if (!severity) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severity[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s as Severity } : f);
  }
  return out;
}
