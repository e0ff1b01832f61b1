/**
 * The analysis pipeline, shared by `analyzeDocument` (a full analysis) and the incremental analyzer
 * (incremental.ts), which passes the state of its previous analysis so that only what an edit can change is
 * computed again:
 *
 * - per-clause facts (types, values, references) of the clauses whose text did not change are reused (shifted);
 * - what is read from the text line by line (definitions, term uses, the phrases `undefined-term` looks at, upper-case
 *   runs) is recomputed only for the lines within `CONTEXT` characters of the edit and spliced into the previous
 *   lists (items after the edit shifted);
 * - the cross-clause checks then run on these facts, never on the whole text again; their caches (CheckMemo) are
 *   kept while the set of defined phrases does not change. A rule whose inputs the edit only moved is not run: its
 *   previous findings are moved. A per-clause rule (`Rule.perClause`) runs only on the clauses the edit reached.
 *
 * Both paths produce the same result (test/unit/incremental.test.ts compares them after random edit sequences).
 */
import type {
  AnalyzeOptions, Clause, Cue, DateValue, Definition, DocumentAnalysis, Finding, Fix, Reference, RelatedLocation, Segmentation, Span, TermModel,
  TermUse, TypeAssignment, Value,
} from './types';
import { segmentDocument } from './text/segment';
import { resegment, segmentWithStateSteps, type Resegmentation, type SegmenterState } from './text/resegment';
import { limitFinding, prepareText, MAX_LINE_LENGTH } from './text/sanitize';
import { detach } from './text/detach';
import type { Classifier } from './classify/classifier';
import {
  attachClauses, findDefinitionsIn, findTermUsesIn, firstAtOrAfter, indexTermsForUses, termsKey, type TermIndex,
} from './extract/definitions';
import { linkClauses } from './check/link';
import { termsByClause } from './check/model/util';
import type { CheckContext, CheckMemo, LocalTextFacts, Rule } from './check/context';
import { MODEL_RULES } from './check/model';
import { DRAFT_RULES } from './check/draft';
import { flagsOf, newUndefinedTermMemo, renewUndefinedTermMemo, undefinedTermLocal, type TermCandidate, type UndefinedTermLocal, type UndefinedTermMemo } from './check/draft/undefinedTerm';
import { capsRunsIn, threeNumbered, type CapsRun } from './check/draft/definitionChecks';
import { squash } from './check/draft/util';
import { aboutOtherDocument, isAttachment } from './check/draft/brokenReference';
import { governHitsIn, lawKey, type GovernHit } from './check/draft/facts';
import type { ClauseFacts, ClauseFactsProvider } from './analyze';
import { grouped } from './text/chars';

export const DEFAULT_MAX_LENGTH = 5_000_000;

const ALL_RULES: readonly Rule[] = [...DRAFT_RULES, ...MODEL_RULES];

/** Clauses classified and extracted per step (a few milliseconds of work on a 1 MB draft). */
export const CLAUSES_PER_STEP = 200;
const FIRST_BATCH = 2;
/** Characters per step of the passes over the whole text in a full analysis (line-aligned). */
const TEXT_PART = 64 * 1024;

/**
 * How far around an edit the text-level facts are recomputed: more than any of them reads around its own start
 * (a definition reads up to 400 characters after and 380 before its term; `undefined-term` 260 after a phrase).
 */
export const CONTEXT = 1000;

/** What an analysis keeps for the next one (incremental analyzer only). */
export interface PipelineState {
  readonly input: string;
  readonly model: TermModel | null;
  readonly options: AnalyzeOptions;
  readonly classifier: Classifier;
  readonly segmentation: Segmentation;
  readonly segState: SegmenterState;
  /** Per clause of `segmentation`, at their offsets. */
  readonly facts: readonly ClauseFacts[];
  /** The definitions of `result` (their clause indexes are checked again after each edit). */
  readonly definitions: readonly Definition[];
  readonly termIndex: TermIndex | null;
  readonly termUses: readonly TermUse[];
  readonly local: Required<LocalTextFacts>;
  readonly undefinedTermMemo: UndefinedTermMemo;
  readonly caps: CheckMemo['caps'];
  readonly structure: Map<string, unknown>;
  readonly termUseCounts: ReadonlyMap<string, number>;
  /** What each rule of ALL_RULES returned (before suppression and severities). */
  readonly ruleFindings: readonly (readonly Finding[])[];
  readonly result: DocumentAnalysis;
}

export interface PipelineRun {
  readonly result: DocumentAnalysis;
  /** Present when the run may be continued incrementally (the whole text was analysed). */
  readonly state: PipelineState | null;
  /** Clauses whose facts were computed (not reused). */
  readonly computed: number;
}

/** The change between two texts: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The length of the common run of two texts: `same(i, j)` compares their parts [i, j) of the run, `eq(i)` their
 * characters at `i`; at most `max`. Compares slices (native memory compares), doubling and then halving the step:
 * about 0.05 ms for 1 MB on this machine, where a character loop takes 1 ms.
 */
const commonRun = (same: (i: number, j: number) => boolean, eq: (i: number) => boolean, max: number): number => {
  let p = 0;
  let step = 256;
  while (p < max) {
    const k = Math.min(max, p + step);
    if (same(p, k)) {
      p = k;
      step *= 2;
      continue;
    }
    // the first difference is in [p, k)
    let hi = k;
    while (hi - p > 16) {
      const mid = (p + hi) >> 1;
      if (same(p, mid)) p = mid;
      else hi = mid;
    }
    while (p < hi && eq(p)) p++;
    break;
  }
  return p;
};

/** The smallest change turning `a` into `b` (common prefix and suffix). */
export const diffTexts = (a: string, b: string): TextChange => {
  const m = a.length;
  const n = b.length;
  const p = commonRun((i, j) => a.slice(i, j) === b.slice(i, j), (i) => a.charCodeAt(i) === b.charCodeAt(i), Math.min(m, n));
  // common suffix, not overlapping the prefix
  const s = commonRun((i, j) => a.slice(m - j, m - i) === b.slice(n - j, n - i), (i) => a.charCodeAt(m - 1 - i) === b.charCodeAt(n - 1 - i), Math.min(m, n) - p);
  return { start: p, oldEnd: m - s, newEnd: n - s };
};

const lineStartAt = (text: string, pos: number): number => pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;

/** The start of the line after the one holding `pos` (or the text's length). */
const nextLineStart = (text: string, pos: number): number => {
  if (pos >= text.length) return text.length;
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
};

/** `old` with the items starting in [from, oldTo) replaced by `fresh`, and the items after moved by `delta`. */
const splice = <T extends { readonly start: number }>(
  old: readonly T[], from: number, oldTo: number, fresh: readonly T[], delta: number, shift: (t: T, d: number) => T,
): T[] => {
  const i0 = firstAtOrAfter(old, from);
  const i1 = firstAtOrAfter(old, oldTo);
  const out = new Array<T>(i0 + fresh.length + (old.length - i1));
  let k = 0;
  for (let i = 0; i < i0; i++) out[k++] = old[i];
  for (let i = 0; i < fresh.length; i++) out[k++] = fresh[i];
  if (delta === 0) for (let i = i1; i < old.length; i++) out[k++] = old[i];
  else for (let i = i1; i < old.length; i++) out[k++] = shift(old[i], delta);
  return out;
};


/** The items of `list` starting in [from, to), mapped by `key`, sorted: for multiset comparisons. */
const keysIn = <T extends { readonly start: number }>(list: readonly T[], from: number, to: number, key: (t: T) => string): string[] =>
  windowOf(list, from, to).map(key).sort();

const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Are the ignored regions the same, up to the shift of those after the edit? */
const sameIgnored = (a: readonly Span[], b: readonly Span[], c: TextChange): boolean => {
  if (a.length !== b.length) return false;
  const delta = c.newEnd - c.oldEnd;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.end <= c.start) {
      if (y.start !== x.start || y.end !== x.end) return false;
    } else if (x.start >= c.oldEnd) {
      if (y.start !== x.start + delta || y.end !== x.end + delta) return false;
    } else return false;
  }
  return true;
};

const termOf = (d: { readonly term: string }): string => d.term;
const keyOf = (q: { readonly key: string }): string => q.key;

/** Laws (as `lawKey` names them) under which a draft's provisions are "clauses" by convention. */
const CLAUSE_LAWS = /^(?:england|scotland|northern ireland|united kingdom|ireland|australia|new south wales|victoria|queensland|western australia|south australia|tasmania|new zealand|singapore|hong kong|india)$/;

/**
 * The analysis as short synchronous steps; see `analyzeSteps` in analyze.ts. With `prev` (the state of the previous
 * analysis of the same draft, same model, options and classifier), reuses what the edit cannot have changed.
 * `keepState` asks for the state of this analysis (costs a little more on a full analysis).
 */
export function* runPipeline(
  text: string, theModel: TermModel | null, options: AnalyzeOptions, classifier: Classifier, perClause: ClauseFactsProvider,
  prev: PipelineState | null, keepState: boolean,
): Generator<void, PipelineRun, void> {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const fullLength = text.length;

  // Can the previous analysis be continued? Same model, options and classifier; both texts analysed whole.
  let change: TextChange | null = null;
  if (prev !== null && prev.model === theModel && sameOptions(prev.options, options) && prev.classifier === classifier
    && prev.result.partial === undefined && fullLength <= maxLength) {
    change = diffTexts(prev.input, text);
    // The edit may not add a NUL byte nor make a line too long (else the text must be prepared again).
    if (text.slice(change.start, change.newEnd).indexOf('\u0000') >= 0
      || (fullLength > MAX_LINE_LENGTH && nextLineStart(text, change.newEnd) - lineStartAt(text, change.start) > MAX_LINE_LENGTH)) {
      change = null;
    }
  }

  let analysed: string;
  let limitsFound: Finding[];
  let skipped: boolean;
  if (change === null || prev === null) {
    // Binary content is not analysed; lines over 20,000 characters are blanked (offsets stay exact). Both are reported.
    const prepared = prepareText(fullLength > maxLength ? text.slice(0, maxLength) : text);
    analysed = prepared.text;
    limitsFound = prepared.findings;
    skipped = prepared.skipped;
  } else {
    analysed = text;
    limitsFound = [];
    skipped = false;
  }
  const inc = change !== null && prev !== null ? { c: change, p: prev } : null;
  const delta = inc ? inc.c.newEnd - inc.c.oldEnd : 0;
  // a full analysis: the text's preparation and its segmentation are separate steps (each is a few ms per MB)
  if (!inc) yield;

  // Segmentation: from the previous one when continuing (only the lines around the edit are segmented again).
  let segmentation: Segmentation;
  let segState: SegmenterState | null = null;
  /** What the incremental segmentation says did not change. */
  let reseg: Resegmentation | null = null;
  if (inc) {
    const r = resegment(inc.p.input, { segmentation: inc.p.segmentation, state: inc.p.segState }, analysed, inc.c);
    segmentation = r.segmentation;
    segState = r.state;
    reseg = r;
  } else if (keepState) {
    const r = yield* segmentWithStateSteps(analysed, TEXT_PART);
    segmentation = r.segmentation;
    segState = r.state;
  } else {
    segmentation = segmentDocument(analysed);
  }
  yield;

  // Per-clause facts: reused for the clauses wholly before or after the edit (same text), computed for the others.
  const segs = segmentation.clauses;
  const n = segs.length;
  const facts = new Array<ClauseFacts>(n);
  let head = 0;
  let tail = 0;
  if (inc) {
    const old = inc.p.segmentation.clauses;
    const m = old.length;
    while (head < n && head < m && old[head].end <= inc.c.start && old[head].start === segs[head].start && old[head].end === segs[head].end) {
      facts[head] = inc.p.facts[head];
      head++;
    }
    while (tail < n - head && tail < m - head) {
      const o = old[m - 1 - tail];
      const s = segs[n - 1 - tail];
      if (o.start < inc.c.oldEnd || s.start !== o.start + delta || s.end !== o.end + delta) break;
      const f = inc.p.facts[m - 1 - tail];
      facts[n - 1 - tail] = delta === 0 ? f : shiftClauseFacts(f, delta);
      tail++;
    }
  }
  let computed = 0;
  // The first batches are small: the first clauses a process classifies also compile its few hundred regexes
  // (about 100 ms for the first 100 clauses), which must not all fall into one step.
  let size = FIRST_BATCH;
  for (let from = head, to = 0; from < n - tail; from = to, size = Math.min(CLAUSES_PER_STEP, size * 2)) {
    to = Math.min(n - tail, from + size);
    const bodies = new Array<string>(to - from);
    const starts = new Array<number>(to - from);
    for (let i = from; i < to; i++) {
      // kept across edits: their facts must not keep this version of the text alive (see detach)
      bodies[i - from] = inc ? detach(analysed.slice(segs[i].start, segs[i].end)) : analysed.slice(segs[i].start, segs[i].end);
      starts[i - from] = segs[i].start;
    }
    const done = perClause(bodies, starts, classifier);
    for (let k = 0; k < done.length; k++) facts[from + k] = done[k];
    computed += done.length;
    yield;
  }
  const unlinked: Clause[] = new Array<Clause>(n);
  let referenceCount = 0;
  for (let index = 0; index < n; index++) {
    const f = facts[index];
    const g = segs[index];
    unlinked[index] = { start: g.start, end: g.end, kind: g.kind, number: g.number, section: g.section, label: g.label, index, types: f.types, values: f.values };
    referenceCount += f.references.length;
  }
  /**
   * A draft that refers to its provisions as "clause 3.1" more often than as "section 3.1" (English style) is labelled
   * in its own word: "Clause 3.1", not the default "Section 3.1". Decided from the whole draft's references, not those
   * into another document ("section 17A of the Data Protection Act 2018"): `other` holds that flag per reference when
   * it is computed already (kept across edits), else it is read here. A draft that never refers to its own provisions
   * (or as often each way) follows the convention of the law it chooses: "clause" under English, Scots, Irish,
   * Australian, New Zealand, Singapore, Hong Kong or Indian law. Before the labels are read (links, reuse).
   */
  const relabel = (other: readonly boolean[] | undefined, hits: readonly GovernHit[] | undefined): void => {
    let word = 0;
    let ri = 0;
    for (const f of facts) {
      for (const x of f.references) {
        if (/^(?:c|se)/.test(x.kind) && !(other ? other[ri] : aboutOtherDocument(analysed, x))) word += x.kind === 'clause' ? 1 : -1;
        ri++;
      }
    }
    if (word === 0) {
      const law = (hits ?? governHitsIn(analysed, 0, analysed.length)).find((h) => h.law !== null)?.law;
      if (law && CLAUSE_LAWS.test(lawKey(law.full))) word = 1;
    }
    // (the clauses were made above, in this run: not shared yet)
    if (word > 0) for (const u of unlinked as { label: string }[]) if (u.label.startsWith('Section ')) u.label = `Clause${u.label.slice(7)}`;
  };
  const references: Reference[] = new Array<Reference>(referenceCount);
  let r = 0;
  for (const f of facts) for (let k = 0; k < f.references.length; k++) references[r++] = f.references[k];

  // Text-level facts: the whole text, or the lines around the edit spliced into the previous ones.
  let termIndex: TermIndex | null;
  let termUses: TermUse[];
  let local: LocalTextFacts;
  let undefinedTermMemo: UndefinedTermMemo;
  let definedChanged = true;
  let termUseCounts: ReadonlyMap<string, number> | null = null;
  let structure = new Map<string, unknown>();
  let caps: CheckMemo['caps'] = new Map();
  /** Rules (by first code) whose inputs the edit did not change, only moved: their previous findings are moved. */
  let reusable: ReadonlySet<string> = NONE;
  if (inc) {
    const p = inc.p;
    const from = lineStartAt(analysed, Math.max(0, inc.c.start - CONTEXT));
    const to = nextLineStart(analysed, Math.min(analysed.length, inc.c.newEnd + CONTEXT));
    const oldTo = to - delta;
    const freshDefs = findDefinitionsIn(analysed, from, to).map(detachDefinition);
    // moved definitions keep their clause index where it did not change (one new object per moved definition)
    const definitions0 = attachClauses(splice(p.definitions, from, oldTo, freshDefs, delta, shiftDefinition), segs);
    const termsSame = sameList(keysIn(p.definitions, from, oldTo, termOf), keysIn(freshDefs, 0, Infinity, termOf));
    yield;
    const ignoredSame = sameIgnored(p.segmentation.ignored, segmentation.ignored, inc.c);
    // another definition of a term already defined changes no use outside these lines
    const termSetSame = termsSame || (p.termIndex !== null && p.termIndex.key === termsKey(definitions0));
    const moved = termSetSame || !ignoredSame || p.termIndex === null || definitions0.length === 0 ? null
      : usesAfterTermChange(analysed, p, inc.c, definitions0, segmentation.ignored, from, to);
    if (termSetSame && p.termIndex !== null && ignoredSame) {
      termIndex = p.termIndex;
      const freshUses = findTermUsesIn(analysed, termIndex, definitions0, segmentation.ignored, from, to);
      // the counts of the previous uses, minus those replaced, plus the new ones (the same counts when the replaced
      // and the new uses are of the same terms: nearly every edit)
      const gone = keysIn(p.termUses, from, oldTo, termOf);
      if (sameList(gone, keysIn(freshUses, 0, Infinity, termOf))) termUseCounts = p.termUseCounts;
      else {
        const counts = new Map(p.termUseCounts);
        for (const t of gone) {
          const c = (counts.get(t) ?? 0) - 1;
          if (c > 0) counts.set(t, c);
          else counts.delete(t);
        }
        termUseCounts = countUses(freshUses, counts);
      }
      termUses = splice(p.termUses, from, oldTo, freshUses, delta, shiftUse);
    } else if (moved !== null) {
      termIndex = moved.index;
      termUses = moved.uses;
      termUseCounts = countUses(termUses);
    } else {
      termIndex = definitions0.length > 0 ? indexTermsForUses(definitions0) : null;
      termUses = termIndex ? findTermUsesIn(analysed, termIndex, definitions0, segmentation.ignored, 0, analysed.length) : [];
      termUseCounts = countUses(termUses);
    }
    yield;
    const u0 = undefinedTermLocal(analysed, from, to);
    const u: UndefinedTermLocal = { quoted: u0.quoted, candidates: u0.candidates.map(detachCandidate), elsewhere: u0.elsewhere };
    const pu = p.local.undefinedTerm;
    const undefinedTerm: UndefinedTermLocal = {
      quoted: splice(pu.quoted, from, oldTo, u.quoted, delta, shiftQuoted),
      candidates: splice<TermCandidate>(pu.candidates, from, oldTo, u.candidates, delta, shiftCandidate),
      elsewhere: spliceNumbers(pu.elsewhere, from, oldTo, u.elsewhere, delta),
    };
    definedChanged = !termsSame || !sameList(keysIn(pu.quoted, from, oldTo, keyOf), keysIn(u.quoted, 0, Infinity, keyOf));
    // (each of these passes over all facts takes tens of milliseconds on a large draft while the engine has not yet
    // optimised it, right after opening: separate steps)
    yield;
    // references: the flag of a reference in a reused clause is reused unless the reference is near the edit
    const otherDocument = new Array<boolean>(references.length);
    const oldFirstRef = firstReferenceIndexes(p.facts);
    const oldClauses = p.facts.length;
    let ri = 0;
    for (let i = 0; i < n; i++) {
      const refs = facts[i].references;
      const oldClause = i < head ? i : i >= n - tail ? i - n + oldClauses : -1;
      for (let k = 0; k < refs.length; k++, ri++) {
        const x = refs[k];
        otherDocument[ri] = oldClause >= 0 && (x.start < from || x.start >= to)
          ? p.local.otherDocument[oldFirstRef[oldClause] + k]
          : aboutOtherDocument(analysed, x);
      }
    }
    const freshRuns = capsRunsIn(analysed, from, to);
    const runText = (x: CapsRun): string => x.text;
    local = {
      undefinedTerm,
      capsRuns: splice<CapsRun>(p.local.capsRuns, from, oldTo, freshRuns, delta, shiftRun),
      otherDocument,
      governHits: spliceGovernHits(analysed, p.local.governHits, from, to, delta),
    };
    relabel(otherDocument, local.governHits);
    undefinedTermMemo = definedChanged ? renewUndefinedTermMemo(p.undefinedTermMemo, termsSame) : p.undefinedTermMemo;
    if (sameStructure(p, analysed, segmentation, inc.c, reseg)) structure = p.structure;
    yield;
    reusable = unchangedRules();
    // what unused-definition found in the upper-case runs holds while their texts are the same
    caps = sameList(keysIn(p.local.capsRuns, from, oldTo, runText), keysIn(freshRuns, 0, Infinity, runText)) ? p.caps : new Map();
    yield;
    return yield* finish(definitions0);

    /**
     * The drafting rules whose findings the edit cannot have changed: everything each one reads is the same as before,
     * only moved (compared below, rule by rule, on the facts around the edit). Conservative: any doubt, and the rule
     * runs. The incremental tests compare every result with a full analysis.
     */
    function unchangedRules(): ReadonlySet<string> {
      const c = (inc as { c: TextChange }).c;
      const out = new Set<string>();
      const oldSeg = p.segmentation;
      const newSeg = segmentation;
      const n = newSeg.clauses.length;
      // the same clauses, their boundaries moved: every finding keeps its clause index
      if (n !== oldSeg.clauses.length || p.result.partial !== undefined) return out;
      // a changed structure (a section's number, kind, parent or title; a clause's number or section) is read by the
      // rules that use the section tree, the numbering or the labels; the others read only whether the draft has
      // three numbered sections (looksWhole)
      const structureSame = structure === p.structure;
      const wholeSame = structureSame || threeNumbered(oldSeg.sections) === threeNumbered(newSeg.sections);
      for (let i = head; i < n - tail; i++) {
        const a = oldSeg.clauses[i];
        const b = newSeg.clauses[i];
        if (!boundaryMoved(c, a.start, b.start) || !boundaryMoved(c, a.end, b.end)) return out;
      }
      // the facts of the clauses computed again: values and references
      let valuesSame = true;
      let refsSame = true;
      for (let i = head; i < n - tail; i++) {
        if (valuesSame && !sameMoved(c, p.facts[i].values, facts[i].values)) valuesSame = false;
        if (refsSame && !sameMoved(c, p.facts[i].references, facts[i].references)) refsSame = false;
      }
      if (valuesSame) {
        out.add('number-words-mismatch');
        out.add('invalid-date');
      }
      // the clause labels findings name (a clause's kind is in its label: "Preamble, paragraph 1" → "Preamble, item 1")
      // (as shown: the draft's word for its provisions can change with any edit of a reference)
      let labelsSame = structureSame;
      for (let i = 0; i < n && labelsSame; i++) labelsSame = p.result.clauses[i].label === unlinked[i].label;
      // the clauses computed again hold no date, rate or governing law (old and new): the rate facts, the laws and the
      // text around them (read only inside their own clauses) are those of clauses that did not change
      if (labelsSame && valuesSame && quiet(p.facts, p.local.governHits, oldSeg.clauses, head, oldSeg.clauses.length - tail)
        && quiet(facts, local.governHits ?? [], newSeg.clauses, head, n - tail)) {
        out.add('inconsistent-values');
      }
      // date-order reads only dates (and the text of their clauses): none in the clauses computed again, old or new
      if (labelsSame && undated(p.facts, head, oldSeg.clauses.length - tail) && undated(facts, head, n - tail)) out.add('date-order');
      // broken-reference: the references, whether each is about another document, the numbering (structure) and labels
      // (and no reference to an attachment in the clauses computed again: its verdict reads the words around it)
      if (labelsSame && refsSame && sameList(p.local.otherDocument, local.otherDocument ?? [])
        && noAttachment(p.facts, head, oldSeg.clauses.length - tail) && noAttachment(facts, head, n - tail)) out.add('broken-reference');
      // definitions near the edit, the same; none whose surrounding text a rule reads (up to 1,000 characters) near it
      const oldDefs = windowOf(p.definitions, from, oldTo);
      const newDefs = windowOf(definitions0, from, to);
      const defsSame = sameMoved(c, oldDefs, newDefs);
      if (labelsSame && defsSame && !duplicateDefinitionReads(p.definitions, c)) out.add('duplicate-definition');
      if (wholeSame && defsSame && termUseCounts !== null && sameKeys(p.termUseCounts, termUseCounts) && local.capsRuns !== undefined
        && sameMoved(c, windowOf(p.local.capsRuns, from, oldTo), windowOf(local.capsRuns, from, to))) {
        out.add('unused-definition');
      }
      // undefined-term: the same defined phrases, candidates (with what surrounds them), ignored regions and headings
      const u0 = p.local.undefinedTerm;
      const u1 = local.undefinedTerm;
      if (wholeSame && !definedChanged && sameIgnored(oldSeg.ignored, newSeg.ignored, c) && sameHeadings(c, oldSeg.sections, newSeg.sections)
        && sameMoved(c, elsewhereSpans(u0.elsewhere), elsewhereSpans(u1.elsewhere))
        && (p.definitions.length >= 2) === (definitions0.length >= 2)) {
        const a = windowOf(u0.candidates, from, oldTo);
        const b = windowOf(u1.candidates, from, to);
        let same = a.length === b.length;
        for (let k = 0; k < a.length && same; k++) {
          same = a[k].start + spanShift(c, a[k].start, a[k].start + a[k].phrase.length) === b[k].start && a[k].phrase === b[k].phrase
            && a[k].key === b[k].key && flagsOf(p.input, a[k]) === flagsOf(analysed, b[k]);
        }
        if (same) out.add('undefined-term');
      }
      return out;
    }

    /** No reference to an attachment in clauses [i0, i1). */
    function noAttachment(facts: readonly ClauseFacts[], i0: number, i1: number): boolean {
      for (let i = i0; i < i1; i++) if (facts[i].references.some(isAttachment)) return false;
      return true;
    }

    /** No date in clauses [i0, i1). */
    function undated(facts: readonly ClauseFacts[], i0: number, i1: number): boolean {
      for (let i = i0; i < i1; i++) for (const v of facts[i].values) if (v.kind === 'date') return false;
      return true;
    }

    /** No date, percentage or governing-law phrase in clauses [i0, i1). */
    function quiet(facts: readonly ClauseFacts[], hits: readonly GovernHit[], clauses: readonly Span[], i0: number, i1: number): boolean {
      for (let i = i0; i < i1; i++) {
        for (const v of facts[i].values) if (v.kind === 'date' || v.kind === 'percent' || v.kind === 'number-words') return false;
      }
      if (i0 >= i1) return true;
      const k = firstAtOrAfter(hits, clauses[i0].start);
      return k >= hits.length || hits[k].start >= clauses[i1 - 1].end;
    }
  }
  // The passes over the whole text run line-aligned part by part, one step each (the range functions give exactly
  // the whole-text items of their lines): each costs up to 60 ms on 1 MB while the engine has not optimised it yet.
  const parts: [number, number][] = [];
  for (let a = 0, b = 0; a < analysed.length; a = b) parts.push([a, (b = nextLineStart(analysed, Math.min(analysed.length, a + TEXT_PART) - 1))]);
  const found: Definition[] = [];
  for (const [a, b] of parts) {
    for (const d of findDefinitionsIn(analysed, a, b)) found.push(d);
    yield;
  }
  const definitions0 = attachClauses(found, segs);
  termIndex = definitions0.length > 0 ? indexTermsForUses(definitions0) : null;
  termUses = [];
  for (const [a, b] of termIndex ? parts : []) {
    for (const u of findTermUsesIn(analysed, termIndex as TermIndex, definitions0, segmentation.ignored, a, b)) termUses.push(u);
    yield;
  }
  if (keepState) termUseCounts = countUses(termUses);
  const quoted: UndefinedTermLocal['quoted'][number][] = [];
  const candidates: TermCandidate[] = [];
  const elsewhere: number[] = [];
  for (const [a, b] of parts) {
    const x = undefinedTermLocal(analysed, a, b);
    for (const q of x.quoted) quoted.push(q);
    for (const c of x.candidates) candidates.push(c);
    for (const e of x.elsewhere) elsewhere.push(e);
    yield;
  }
  const undefinedTerm: UndefinedTermLocal = { quoted, candidates, elsewhere };
  local = keepState
    ? {
      undefinedTerm,
      capsRuns: capsRunsIn(analysed, 0, analysed.length),
      otherDocument: references.map((x) => aboutOtherDocument(analysed, x)),
      governHits: governHitsIn(analysed, 0, analysed.length),
    }
    // a one-off analysis: the rules read the rest only when they need it
    : { undefinedTerm } as LocalTextFacts;
  relabel(local.otherDocument, local.governHits);
  undefinedTermMemo = newUndefinedTermMemo(keepState);
  return yield* finish(definitions0);

  function* finish(definitions: Definition[]): Generator<void, PipelineRun, void> {
    const linked = linkClauses(analysed, unlinked, segmentation, theModel);
    const clauses: Clause[] = new Array<Clause>(n);
    for (let i = 0; i < n; i++) {
      const l = linked.links[i];
      const u = unlinked[i];
      // a literal, not a spread of `u`: one object shape for every linked clause (a spread made re-analysis with a
      // term model about twice as slow: 28 → 55 ms per edit on the example repeated to 1 MB)
      clauses[i] = l
        ? { start: u.start, end: u.end, kind: u.kind, number: u.number, section: u.section, label: u.label, index: u.index, types: u.types, values: u.values, term: l.term, link: l.link }
        : u;
    }
    // (none for a one-off analysis: nothing derived from a clause would be read again)
    const origins: object[] = [];
    for (let i = 0; keepState && i < n; i++) origins[i] = facts[i].origin ?? facts[i];
    const memo: CheckMemo = {
      clauseOrigins: origins,
      undefinedTerm: undefinedTermMemo, caps, structure, ...(termUseCounts ? { termUseCounts } : {}),
    };
    const ctx: CheckContext = {
      text: analysed, segmentation, clauses, definitions, termUses, references, model: theModel, termLinks: linked.termLinks,
      local, memo,
    };
    let findings: Finding[] = [...limitsFound, ...linked.findings];
    yield;
    // Nothing was read from a binary file: checks such as missing-clause would only add noise.
    const ruleFindings: (readonly Finding[])[] = [];
    // per-clause rules: which clauses keep their previous findings, and the context in which the others are checked
    let kept: [Int32Array, Int32Array] | null | undefined;
    let partial: CheckContext | undefined;
    for (const rule of skipped ? [] : ALL_RULES) {
      const before = inc ? inc.p.ruleFindings[ruleFindings.length] : undefined;
      let found = before && reusable.has(rule.codes[0]) ? moveFindings(before, inc!.c) : null;
      if (!found && before && rule.perClause) {
        if (kept === undefined) kept = keptClauses();
        if (kept) found = mergeByClause(before, rule.check(partial ??= inertContext(ctx, kept[0])), kept[1], inc!.c);
      }
      found ??= rule.check(ctx);
      ruleFindings.push(found);
      for (let k = 0; k < found.length; k++) findings.push(found[k]);
      yield;
    }

    if (fullLength > maxLength) {
      findings.push(limitFinding(0, `Only the first ${grouped(maxLength)} of ${grouped(fullLength)} characters were analysed (clauseAnnotator.maxFileSize).`));
    }

    // What was not analysed, before suppression and severity settings: the status bar says so whatever they are.
    const limits = findings.filter((f) => f.code === 'analysis-limit');
    findings = suppress(findings, segmentation.ignoreMarkers);
    findings = remapSeverity(findings, options.severity);
    findings = oneLine(findings);
    findings.sort((a, b) => (a.where === b.where ? 0 : a.where === 'model' ? 1 : -1) || a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

    const result: DocumentAnalysis = {
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
      ...(partialOf(limits, skipped, fullLength, maxLength)),
    };
    const state: PipelineState | null = keepState && segState !== null && result.partial === undefined && local.capsRuns !== undefined && local.otherDocument !== undefined && local.governHits !== undefined
      ? {
        input: text, model: theModel, options, classifier, segmentation, segState, facts, definitions, termIndex, termUses,
        local: local as Required<LocalTextFacts>, undefinedTermMemo, caps, structure,
        termUseCounts: termUseCounts ?? countUses(termUses), ruleFindings, result,
      }
      : null;
    return { result, state, computed };

    /**
     * Per clause: the index of the same clause in the previous analysis when a per-clause rule's findings on it still
     * hold (see `Rule.perClause`), else -1: its facts were reused, the edit is more than MARGIN characters away, and
     * its label and links are the same (and its label is not empty if its index moved: messages then name the index).
     */
    function keptClauses(): [Int32Array, Int32Array] | null {
      const { p, c } = inc as { p: PipelineState; c: TextChange };
      const old = p.result.clauses;
      if (p.result.partial !== undefined) return null;
      const before = termsByClause({ ...ctx, clauses: old, termLinks: p.result.termLinks });
      const now = termsByClause(ctx);
      const out = new Int32Array(n).fill(-1);
      const back = new Int32Array(old.length).fill(-1);
      for (let i = 0; i < n; i++) {
        const j = i < head ? i : i >= n - tail ? i - n + old.length : -1;
        const a = old[j];
        const b = clauses[i];
        if (j < 0 || (a.end + MARGIN >= c.start && a.start - MARGIN <= c.oldEnd) || (i !== j && !b.label)) continue;
        const x = before.get(j) ?? NO_TERMS;
        const y = now.get(i) ?? NO_TERMS;
        let same = a.label === b.label && a.term === b.term && a.link === b.link && x.length === y.length;
        for (let k = 0; same && k < x.length; k++) same = x[k] === y[k];
        if (same) back[(out[i] = j)] = i;
      }
      return [out, back];
    }
  }
}

/** Characters around a clause a per-clause rule may read (see `Rule.perClause`). */
const MARGIN = 200;
const NO_TERMS: readonly unknown[] = [];
const INERT: Clause = { start: 0, end: 0, kind: 'paragraph', number: null, section: -1, label: '', index: -1, types: [], values: [] };

/** The context with the kept clauses inert: no types, values or links (the same indexes for the others). */
const inertContext = (ctx: CheckContext, kept: Int32Array): CheckContext => {
  const clauses = ctx.clauses.map((x, i) => (kept[i] < 0 ? x : INERT));
  const termLinks: Record<string, number[]> = {};
  for (const id of Object.keys(ctx.termLinks)) termLinks[id] = ctx.termLinks[id].filter((i) => kept[i] < 0);
  return { ...ctx, clauses, termLinks };
};

/**
 * A per-clause rule's findings: the previous ones (moved, with their clause's new index `now[old index]`) on the kept
 * clauses, the fresh ones on the others, in clause order. Null when a finding names no clause, the lists are not in
 * clause order, or a kept one cannot move.
 */
const mergeByClause = (before: readonly Finding[], fresh: readonly Finding[], now: Int32Array, c: TextChange): Finding[] | null => {
  const moved = inClauseOrder(before) && inClauseOrder(fresh) ? moveFindings(before.filter((f) => now[f.clause as number] >= 0), c) : null;
  if (!moved) return null;
  const out: Finding[] = [];
  let i = 0;
  const next = (): void => {
    const f = moved[i++];
    const k = now[f.clause as number];
    out.push(k === f.clause ? f : { ...f, clause: k });
  };
  for (const f of fresh) {
    while (i < moved.length && now[moved[i].clause as number] < (f.clause as number)) next();
    out.push(f);
  }
  while (i < moved.length) next();
  return out;
};

/** Does every finding name a clause, in clause order? */
const inClauseOrder = (list: readonly Finding[]): boolean => {
  let last = -1;
  for (const f of list) {
    if (f.clause === undefined || f.clause < last) return false;
    last = f.clause;
  }
  return true;
};

const NONE: ReadonlySet<string> = new Set();

/** Above these, a change of the defined terms rescans the whole text for their uses. */
const MAX_CHANGED_TERMS = 20;
const MAX_AFFECTED_LINES = 400;

/**
 * The term uses after an edit that changed the set of defined terms (a term renamed, added or removed), without a
 * rescan of the whole text: only the lines where the uses can differ are scanned again with the new terms: the lines
 * around the edit, those holding a use of a term that is gone, and those holding the stem (or first word) of a new
 * term, each with the line after it (a use of any other term elsewhere is decided by the words of its own line, or of
 * the line before when a use is hard-wrapped from there). Null when too much changed.
 */
const usesAfterTermChange = (
  text: string, p: PipelineState, c: TextChange, definitions: readonly Definition[], ignored: readonly Span[], from: number, to: number,
): { index: TermIndex; uses: TermUse[] } | null => {
  const index = indexTermsForUses(definitions);
  const before = new Set((p.termIndex as TermIndex).key.split('\n'));
  const after = new Set(index.key.split('\n'));
  const gone = new Set<string>();
  for (const t of before) if (!after.has(t)) gone.add(t);
  const added: string[] = [];
  for (const t of after) if (!before.has(t)) added.push(t);
  if (gone.size + added.length > MAX_CHANGED_TERMS) return null;
  const delta = c.newEnd - c.oldEnd;
  const at: number[] = [];
  for (const u of p.termUses) {
    if (!gone.has(u.term)) continue;
    if (u.start < c.start) at.push(u.start);
    else if (u.start >= c.oldEnd) at.push(u.start + delta);
  }
  for (const t of added) {
    // "Party" is also used as "Parties", "Models" as "Model" (and "1s" as the "1" of "4.1"); a term with a space may be
    // hard-wrapped there: found by its first word
    const sp = t.indexOf(' ');
    const stem = sp > 0 ? t.slice(0, sp) : t.replace(/(?:ies|es|s|y)$/, '');
    if (stem.length === 0) return null;
    for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
      at.push(i);
      if (at.length > MAX_AFFECTED_LINES) return null;
    }
  }
  // line-aligned ranges, merged, the lines around the edit among them
  const ranges: [number, number][] = [[from, to]];
  // (and the next line: a use wrapped on to it hides the uses that start in its part there)
  for (const x of at) ranges.push([lineStartAt(text, x), nextLineStart(text, nextLineStart(text, x))]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  // the previous uses outside the lines around the edit, moved; then each range replaced by a scan of its lines
  const kept = splice(p.termUses, from, to - delta, [], delta, shiftUse);
  const uses: TermUse[] = [];
  let i = 0;
  for (const [a, b] of merged) {
    while (i < kept.length && kept[i].start < a) uses.push(kept[i++]);
    while (i < kept.length && kept[i].start < b) i++;
    for (const u of findTermUsesIn(text, index, definitions, ignored, a, b)) uses.push(u);
  }
  while (i < kept.length) uses.push(kept[i++]);
  return { index, uses };
};

/**
 * Could the edit change what duplicate-definition reads in the text (definitionChecks.ts), given the definitions
 * before it? The 80 characters after each definition ("has the meaning given in ..."), and the text between two
 * definitions of the same term less than 1,000 characters apart (no sentence end between them: not reported). Edits
 * near a definition of a term that is defined only once elsewhere change neither.
 */
const duplicateDefinitionReads = (defs: readonly Definition[], c: TextChange): boolean => {
  const reach = 1001 + Math.abs(c.newEnd - c.oldEnd);
  /** The last end before the edit of each term defined there. */
  const before = new Map<string, number>();
  for (const d of defs) {
    if (d.end > c.oldEnd + 1 || d.end < c.start - reach) continue;
    if (d.end >= c.start - 81) return true;
    if (typeof d.term === 'string') before.set(squash(d.term), d.end);
  }
  if (before.size > 0) {
    for (const d of defs) {
      if (d.start < c.start - 1 || d.start > c.oldEnd + reach || typeof d.term !== 'string') continue;
      const end = before.get(squash(d.term));
      if (end !== undefined && d.start - end < reach) return true;
    }
  }
  return false;
};

/**
 * How far the edit moved a span of the old text: 0 before it, the edit's length change after it; NaN when the span
 * overlaps the replaced text or touches it with zero width (then it may belong on either side).
 */
const spanShift = (c: TextChange, start: number, end: number): number => {
  if (end < c.start || (end === c.start && start < end)) return 0;
  if (start > c.oldEnd || (start === c.oldEnd && start < end)) return c.newEnd - c.oldEnd;
  return NaN;
};

/**
 * Is `b` where the edit moved the clause boundary `a`? One inside or at the edges of the replaced text may land on
 * either side of the new text (moved findings never lie inside it, so they stay in the same clause).
 */
const boundaryMoved = (c: TextChange, a: number, b: number): boolean => {
  if (a < c.start) return b === a;
  if (a > c.oldEnd) return b === a + c.newEnd - c.oldEnd;
  return b >= c.start && b <= c.newEnd;
};

/**
 * Are `a` (old) and `b` (new) the same plain data, every `start`/`end` pair of `a` moved by the edit to `b`'s?
 * For the few facts around an edit.
 */
const sameMoved = (c: TextChange, a: unknown, b: unknown): boolean => {
  if (a === b && (a === null || typeof a !== 'object')) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameMoved(c, a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  if (typeof x.start === 'number' && typeof x.end === 'number') {
    const d = spanShift(c, x.start, x.end);
    if (x.start + d !== y.start || x.end + d !== y.end) return false;
  }
  for (const k of keys) {
    if ((k === 'start' || k === 'end') && typeof x.start === 'number' && typeof x.end === 'number') continue;
    if (!(k in y) || !sameMoved(c, x[k], y[k])) return false;
  }
  return true;
};

/** The findings of the previous analysis moved by the edit (new objects), or null when one cannot be moved. */
const moveFindings = (list: readonly Finding[], c: TextChange): Finding[] | null => {
  const out = new Array<Finding>(list.length);
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    const d = spanShift(c, f.start, f.end);
    const related = moveSpans(f.related, c);
    const fixes = moveSpans(f.fixes, c);
    if (Number.isNaN(d) || related === null || fixes === null) return null;
    out[i] = d === 0 && related === f.related && fixes === f.fixes ? f : { ...f, start: f.start + d, end: f.end + d, related, fixes };
  }
  return out;
};

/** Related locations or fixes moved by the edit (the same array when none moves), or null when one cannot be. */
const moveSpans = <T extends RelatedLocation | Fix>(list: readonly T[], c: TextChange): readonly T[] | null => {
  let out: T[] | null = null;
  for (let k = 0; k < list.length; k++) {
    const x = list[k];
    const d = x.where === 'draft' ? spanShift(c, x.start, x.end) : 0;
    if (Number.isNaN(d)) return null;
    if (d !== 0) (out ??= list.slice())[k] = { ...x, start: x.start + d, end: x.end + d };
  }
  return out ?? list;
};

const windowOf = <T extends { readonly start: number }>(list: readonly T[], from: number, to: number): T[] => {
  const out: T[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length && list[i].start < to; i++) out.push(list[i]);
  return out;
};

const elsewhereSpans = (xs: readonly number[]): Span[] => xs.map((x) => ({ start: x, end: x + 1 }));

const sameKeys = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean => {
  if (a.size !== b.size) return false;
  for (const k of b.keys()) if (!a.has(k)) return false;
  return true;
};

const sameHeadings = (c: TextChange, a: Segmentation['sections'], b: Segmentation['sections']): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const h = a[i].heading;
    const d = spanShift(c, h.start, h.end);
    if (Number.isNaN(d)) {
      // the edit inside a heading (a digit of its number, a letter of its title): the same start, the end moved;
      // whatever lies in the edited text is in that heading before and after
      if (h.start < h.end && h.start <= c.start && c.oldEnd <= h.end
        && b[i].heading.start === h.start && b[i].heading.end === h.end + c.newEnd - c.oldEnd) continue;
      return false;
    }
    if (h.start + d !== b[i].heading.start || h.end + d !== b[i].heading.end) return false;
  }
  return true;
};

/**
 * The "governed by" hits of the new text from the previous ones: those before `from` kept, those in [from, to)
 * scanned again (from where the scan stood at `from`), those after moved, provided the scan stands at the same place
 * at `to` in both texts (no hit's window crosses `to`); else a whole scan.
 */
const spliceGovernHits = (text: string, old: readonly GovernHit[], from: number, to: number, delta: number): GovernHit[] => {
  const i0 = firstAtOrAfter(old, from);
  const startAt = i0 > 0 && old[i0 - 1].next > from ? old[i0 - 1].next : from;
  const fresh = governHitsIn(text, startAt, to).map(detachHit);
  const oldTo = to - delta;
  const j1 = firstAtOrAfter(old, oldTo);
  const freshSynced = fresh.length === 0 || fresh[fresh.length - 1].next <= to;
  const oldSynced = j1 === 0 || old[j1 - 1].next <= oldTo;
  if (!freshSynced || !oldSynced || (fresh.length === 0 && startAt > to)) return governHitsIn(text, 0, text.length);
  const out: GovernHit[] = old.slice(0, i0);
  for (const h of fresh) out.push(h);
  for (let j = j1; j < old.length; j++) {
    const h = old[j];
    out.push({ start: h.start + delta, next: h.next + delta, law: h.law && { start: h.law.start + delta, name: h.law.name, full: h.law.full } });
  }
  return out;
};

/** The uses of each term, added to `counts`. */
const countUses = (uses: readonly TermUse[], counts = new Map<string, number>()): Map<string, number> => {
  for (const u of uses) counts.set(u.term, (counts.get(u.term) ?? 0) + 1);
  return counts;
};

/**
 * Is the draft's structure the same as in the previous analysis: the same sections (number, kind, level, parent,
 * title, and heading text near the edit) and the same clause numbers and sections?
 */
const sameStructure = (p: PipelineState, text: string, seg: Segmentation, c: TextChange, r: Resegmentation | null): boolean => {
  const a = p.segmentation.sections;
  const b = seg.sections;
  if (a.length !== b.length) return false;
  // after a local re-segmentation, the sections before its pivot are the old ones (those open at its checkpoint only
  // end elsewhere): compare from there
  const local = r !== null && !r.full;
  for (let i = local ? r.sectionPivot : 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.number !== y.number || x.kind !== y.kind || x.level !== y.level || x.parent !== y.parent || x.title !== y.title) return false;
    // a heading near the edit: compare its text (rules read words such as "Exhibit" or "Annex" from it)
    if (x.heading.end + 40 >= c.start && x.heading.start - 40 <= c.oldEnd
      && p.input.slice(x.heading.start, x.heading.end) !== text.slice(y.heading.start, y.heading.end)) return false;
  }
  const oldClauses = p.segmentation.clauses;
  const newClauses = seg.clauses;
  if (oldClauses.length !== newClauses.length) return false;
  // clauses before `head` are the same objects and those from the tail on keep number and section (the section
  // count did not change): only the clauses segmented again can differ
  const shortcut = local && r.sectionDelta === 0 && r.oldTail === r.newTail;
  const from = shortcut ? r.head : 0;
  const to = shortcut ? r.newTail : newClauses.length;
  for (let i = from; i < to; i++) {
    if (oldClauses[i].number !== newClauses[i].number || oldClauses[i].section !== newClauses[i].section) return false;
  }
  return true;
};

/** Index in the document's reference list of each clause's first reference. */
const firstReferenceIndexes = (facts: readonly ClauseFacts[]): number[] => {
  const out = new Array<number>(facts.length);
  let k = 0;
  for (let i = 0; i < facts.length; i++) {
    out[i] = k;
    k += facts[i].references.length;
  }
  return out;
};

const sameOptions = (a: AnalyzeOptions, b: AnalyzeOptions): boolean => {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

const spliceNumbers = (old: readonly number[], from: number, oldTo: number, fresh: readonly number[], delta: number): number[] => {
  const out: number[] = [];
  for (const x of old) if (x < from) out.push(x);
  for (const x of fresh) out.push(x);
  for (const x of old) if (x >= oldTo) out.push(x + delta);
  return out;
};

// What the lines around an edit give is kept across later edits: its strings are detached from this text.
const detachDefinition = (x: Definition): Definition => ({ start: x.start, end: x.end, term: detach(x.term), clause: x.clause, definitionText: detach(x.definitionText) });
const detachCandidate = (c: TermCandidate): TermCandidate => ({ start: c.start, phrase: detach(c.phrase), key: c.key, flags: c.flags });
const detachHit = (h: GovernHit): GovernHit => (h.law === null ? h : { start: h.start, next: h.next, law: { start: h.law.start, name: detach(h.law.name), full: detach(h.law.full) } });

// Shifting: one object literal per known shape (much faster than a spread, which V8 does property by property).
const shiftCue = (c: Cue, d: number): Cue => ({ type: c.type, start: c.start + d, end: c.end + d, text: c.text });
const shiftReference = (r: Reference, d: number): Reference => ({ kind: r.kind, target: r.target, start: r.start + d, end: r.end + d, text: r.text, self: r.self });
const shiftUse = (u: TermUse, d: number): TermUse => ({ start: u.start + d, end: u.end + d, term: u.term });
const shiftDefinition = (x: Definition, d: number): Definition => ({ start: x.start + d, end: x.end + d, term: x.term, clause: x.clause, definitionText: x.definitionText });
const shiftCandidate = (c: TermCandidate, d: number): TermCandidate => ({ start: c.start + d, phrase: c.phrase, key: c.key, flags: c.flags });
const shiftQuoted = (q: { readonly start: number; readonly key: string }, d: number) => ({ start: q.start + d, key: q.key });
const shiftRun = (r: CapsRun, d: number): CapsRun => ({ start: r.start + d, text: r.text });

/** One object literal per value kind, with the extractor's property order (a spread copies property by property). */
const shiftValue = (v: Value, d: number): Value => {
  const start = v.start + d;
  const end = v.end + d;
  switch (v.kind) {
    case 'date': {
      const w = v.writtenWeekday;
      const out: { -readonly [K in keyof DateValue]: DateValue[K] } = { kind: v.kind, start, end, text: v.text, iso: v.iso, year: v.year, month: v.month, day: v.day, valid: v.valid };
      if (v.weekday !== undefined) out.weekday = v.weekday;
      if (w) out.writtenWeekday = { name: w.name, start: w.start + d, end: w.end + d };
      return out;
    }
    case 'number-words':
      return {
        kind: v.kind, start, end, text: v.text, wordsValue: v.wordsValue, figureValue: v.figureValue,
        words: { start: v.words.start + d, end: v.words.end + d, text: v.words.text },
        figure: { start: v.figure.start + d, end: v.figure.end + d, text: v.figure.text }, unit: v.unit,
      };
    case 'percent':
    case 'exclusive':
      // (one shape: a percentage's value is a number, an exclusivity's a boolean)
      return { kind: v.kind, start, end, text: v.text, value: v.value } as Value;
    case 'money': return { kind: v.kind, start, end, text: v.text, amount: v.amount, currency: v.currency };
    case 'relative-date': return { kind: v.kind, start, end, text: v.text, amount: v.amount, unit: v.unit, direction: v.direction, anchor: v.anchor };
    case 'duration': return { kind: v.kind, start, end, text: v.text, amount: v.amount, unit: v.unit };
    default: return { ...(v as Value), start, end };
  }
};

/** Facts moved by `delta` (new objects; the input is not changed). */
export const shiftClauseFacts = (f: ClauseFacts, delta: number): ClauseFacts => {
  if (delta === 0) return f;
  const types = new Array<TypeAssignment>(f.types.length);
  for (let i = 0; i < types.length; i++) {
    const t = f.types[i];
    const cues = new Array<Cue>(t.cues.length);
    for (let k = 0; k < cues.length; k++) cues[k] = shiftCue(t.cues[k], delta);
    types[i] = { type: t.type, confidence: t.confidence, cues };
  }
  const values = f.values.length === 0 ? f.values : f.values.map((v) => shiftValue(v, delta));
  const references = new Array<Reference>(f.references.length);
  for (let i = 0; i < references.length; i++) references[i] = shiftReference(f.references[i], delta);
  return { types, values, references, origin: f.origin ?? f };
};

/** `partial` for the result when any of the text was not analysed (see DocumentAnalysis.partial). */
const partialOf = (limits: readonly Finding[], skipped: boolean, fullLength: number, maxLength: number): { partial?: DocumentAnalysis['partial'] } => {
  if (limits.length === 0) return {};
  const reason = skipped ? 'binary' : fullLength > maxLength ? 'maxLength' : 'long-lines';
  const analysedLength = skipped ? 0 : Math.min(fullLength, maxLength);
  return { partial: { analysedLength, reason, message: limits.map((f) => f.message).join(' ') } };
};

/** Drop draft findings silenced by a `<!-- clause-annotator-ignore CODE -->` marker on the line before. */
/**
 * Messages on one line: a value quoted from a hard-wrapped draft ("December\r\n   31, 2027") reads "December 31, 2027"
 * in the Problems panel and in the CLI's one-line output.
 */
const oneLine = (findings: Finding[]): Finding[] => {
  // in place (the list is this run's own): run on every analysis, it copies only the rare finding with a line break
  const flat = (m: string): string => (m.includes('\n') ? m.replace(/\r?\n[ \t]*/g, ' ') : m);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const related = f.related.some((r) => r.message.includes('\n')) ? f.related.map((r) => ({ ...r, message: flat(r.message) })) : f.related;
    if (f.message.includes('\n') || related !== f.related) findings[i] = { ...f, message: flat(f.message), related };
  }
  return findings;
};

export const suppress = (findings: readonly Finding[], markers: readonly Segmentation['ignoreMarkers'][number][]): Finding[] => {
  if (markers.length === 0) return [...findings];
  return findings.filter((f) => {
    if (f.where !== 'draft') return true;
    return !markers.some((m) => f.start >= m.target.start && f.start < m.target.end && (m.codes.length === 0 || m.codes.includes(f.code)));
  });
};

export const remapSeverity = (findings: readonly Finding[], severity: AnalyzeOptions['severity']): Finding[] => {
  if (!severity) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severity[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s as Finding['severity'] } : f);
  }
  return out;
};
