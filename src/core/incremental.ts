/**
 * Incremental re-analysis (issue 8). `createAnalyzer()` returns an analyzer whose `analyze(text, model, options)`
 * returns exactly what `analyzeDocument(text, model, options)` returns, but memoises the per-clause work
 * (classification, values, references) by clause text: after an edit only the clauses whose text changed are
 * classified and extracted again; the others reuse their facts, stored relative to the clause start and shifted
 * to its new offset. Segmentation, definitions, term uses, linking and the cross-clause checks run on every call
 * (they are document-wide), on the facts.
 *
 * One analyzer per document (the editor keeps one per open draft). Memory: one entry per distinct clause text of
 * the last analysis (entries not used by the last analysis are dropped).
 */
import type { AnalyzeOptions, Cue, DocumentAnalysis, Reference, Span, TermModel, TypeAssignment, Value } from './types';
import { analyzeSteps, computeClauseFacts, customTypesOf, type ClauseFacts, type ClauseFactsProvider } from './analyze';
import { createClassifier, type Classifier } from './classify/classifier';

export interface AnalyzerStats {
  /** Clauses whose facts came from the memo in the last call. */
  readonly reused: number;
  /** Clauses classified and extracted in the last call. */
  readonly computed: number;
  /** Distinct clause texts held. */
  readonly entries: number;
}

export interface Analyzer {
  /**
   * Same result as `analyzeDocument(text, model, options)`. Never throws on any text. The model and options are
   * treated as immutable: called again with the same text and the same model and options objects, it returns the
   * previous result object.
   */
  analyze(text: string, model?: TermModel | null, options?: AnalyzeOptions): DocumentAnalysis;
  /**
   * The same analysis as short synchronous steps (see `runInSlices`): each `next()` does one step (segmentation, a
   * batch of clauses, one stage or one rule); the generator's return value is the result `analyze` returns. A
   * generator dropped before it finishes changes nothing.
   */
  steps(text: string, model?: TermModel | null, options?: AnalyzeOptions): Generator<void, DocumentAnalysis, void>;
  /** Figures of the last call. */
  stats(): AnalyzerStats;
  /** Drop everything memoised. */
  clear(): void;
}

interface Entry {
  /** Facts at offset 0. */
  readonly base: ClauseFacts;
  /** The facts shifted to `at` (shared between analyses while the clause does not move). */
  at: number;
  shifted: ClauseFacts;
}

/**
 * Copy of plain data with every numeric `start`/`end` (at any depth) moved by `delta`. The reference for
 * `shiftFacts` (which knows the shapes and is faster); the tests check that both agree on real facts.
 */
export function shiftDeep<T>(x: T, delta: number): T {
  if (Array.isArray(x)) {
    const out = new Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = shiftDeep(x[i], delta);
    return out as T;
  }
  if (x !== null && typeof x === 'object') {
    const src = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(src)) {
      const v = src[k];
      if ((k === 'start' || k === 'end') && typeof v === 'number') out[k] = v + delta;
      else if (v !== null && typeof v === 'object') out[k] = shiftDeep(v, delta);
      else out[k] = v;
    }
    return out as T;
  }
  return x;
}

function shiftSpan<T extends Span>(s: T, d: number): T {
  return { ...s, start: s.start + d, end: s.end + d };
}

/** Spans nested in values (types.ts): a written weekday, the words and the figure of a number-words pair. */
function shiftValue(v: Value, d: number): Value {
  const out = { ...v, start: v.start + d, end: v.end + d };
  if (out.kind === 'date' && out.writtenWeekday) return { ...out, writtenWeekday: shiftSpan(out.writtenWeekday, d) };
  if (out.kind === 'number-words') return { ...out, words: shiftSpan(out.words, d), figure: shiftSpan(out.figure, d) };
  return out;
}

function shiftType(t: TypeAssignment, d: number): TypeAssignment {
  const cues = new Array<Cue>(t.cues.length);
  for (let i = 0; i < cues.length; i++) cues[i] = shiftSpan(t.cues[i], d);
  return { ...t, cues };
}

/** The facts moved by `delta` (new objects; the input is not changed). */
export function shiftFacts(f: ClauseFacts, delta: number): ClauseFacts {
  if (delta === 0) return f;
  const types = new Array<TypeAssignment>(f.types.length);
  for (let i = 0; i < types.length; i++) types[i] = shiftType(f.types[i], delta);
  const values = new Array<Value>(f.values.length);
  for (let i = 0; i < values.length; i++) values[i] = shiftValue(f.values[i], delta);
  const references = new Array<Reference>(f.references.length);
  for (let i = 0; i < references.length; i++) references[i] = shiftSpan(f.references[i], delta);
  return { types, values, references };
}

export function createAnalyzer(): Analyzer {
  let memo = new Map<string, Entry>();
  let classifierKey: string | null = null;
  let classifier: Classifier | null = null;
  let reused = 0;
  let computed = 0;

  function classifierFor(model: TermModel | null, options: AnalyzeOptions): Classifier {
    const custom = customTypesOf(model, options);
    let key: string;
    try {
      key = JSON.stringify(custom);
    } catch {
      key = `\u0000${Math.random()}`; // unserialisable: never reuse
    }
    if (classifier === null || key !== classifierKey) {
      // Another set of custom types changes classification: the memo no longer applies.
      classifier = createClassifier(custom);
      classifierKey = key;
      memo = new Map();
    }
    return classifier;
  }

  let last: { text: string; model: TermModel | null; options: AnalyzeOptions; result: DocumentAnalysis } | null = null;

  function* steps(text: string, model?: TermModel | null, options: AnalyzeOptions = {}): Generator<void, DocumentAnalysis, void> {
    const theModel = model ?? null;
    const opts = options ?? {};
    // The same text, model and options objects again (a re-render, a second caller): the same result.
    if (last !== null && last.text === text && last.model === theModel && last.options === opts) {
      reused = last.result.clauses.length;
      computed = 0;
      return last.result;
    }
    const cls = classifierFor(theModel, opts);
    const previous = memo;
    const next = new Map<string, Entry>();
    let reusedHere = 0;
    let computedHere = 0;
    const reuse = (e: Entry, start: number): ClauseFacts => {
      reusedHere++;
      if (e.at !== start) {
        e.shifted = shiftFacts(e.base, start);
        e.at = start;
      }
      return e.shifted;
    };
    const provider: ClauseFactsProvider = (bodies, starts, c) => {
      const out = new Array<ClauseFacts>(bodies.length);
      const missing: number[] = [];
      for (let i = 0; i < bodies.length; i++) {
        const body = bodies[i];
        let e = next.get(body);
        if (e === undefined) {
          e = previous.get(body);
          if (e !== undefined) next.set(body, e);
        }
        if (e === undefined) missing.push(i);
        else out[i] = reuse(e, starts[i]);
      }
      if (missing.length > 0) {
        // New clause texts: computed at offset 0 (stage by stage, like a full analysis), kept, then shifted.
        const fresh = computeClauseFacts(missing.map((i) => bodies[i]), missing.map(() => 0), c);
        for (let k = 0; k < missing.length; k++) {
          const i = missing[k];
          const body = bodies[i];
          const e = next.get(body); // the same new text twice in one document
          if (e === undefined) {
            computedHere++;
            const entry: Entry = { base: fresh[k], at: starts[i], shifted: shiftFacts(fresh[k], starts[i]) };
            next.set(body, entry);
            out[i] = entry.shifted;
          } else {
            out[i] = reuse(e, starts[i]);
          }
        }
      }
      return out;
    };
    const result = yield* analyzeSteps(text, theModel, opts, cls, provider);
    // Only a finished analysis replaces the memo (a dropped one leaves the previous memo, which stays valid), and
    // only while its classifier is still current.
    if (cls === classifier) memo = next;
    reused = reusedHere;
    computed = computedHere;
    last = { text, model: theModel, options: opts, result };
    return result;
  }

  function analyze(text: string, model?: TermModel | null, options: AnalyzeOptions = {}): DocumentAnalysis {
    const it = steps(text, model, options);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  }

  return {
    analyze,
    steps,
    stats: () => ({ reused, computed, entries: memo.size }),
    clear: () => {
      memo = new Map();
      last = null;
      classifier = null;
      classifierKey = null;
    },
  };
}

export interface SliceOptions {
  /** Work per slice before pausing, in milliseconds (default 20). */
  readonly sliceMs?: number;
  /** Yields to the host between slices, e.g. `() => new Promise((r) => setTimeout(r, 0))`. */
  readonly pause: () => Promise<void>;
  /** Checked between slices: true stops the work (a newer edit arrived); the promise then resolves to undefined. */
  readonly cancelled?: () => boolean;
  /** Clock in milliseconds (default `Date.now`). */
  readonly now?: () => number;
}

/**
 * Runs `steps` (e.g. `analyzer.steps(text, model, options)`) in slices of about `sliceMs`, pausing between them,
 * so that the host stays responsive; resolves to the result, or to undefined when cancelled. One step is the
 * longest piece of work that cannot be split (see bench/incremental.ts for its size on the 1 MB contract).
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, options: SliceOptions): Promise<T | undefined> {
  const sliceMs = options.sliceMs ?? 20;
  const now = options.now ?? Date.now;
  for (;;) {
    if (options.cancelled?.()) return undefined;
    const until = now() + sliceMs;
    do {
      const r = steps.next();
      if (r.done) return r.value;
    } while (now() < until);
    await options.pause();
  }
}
