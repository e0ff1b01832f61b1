/**
 * Incremental re-analysis (issue 8). `createAnalyzer()` returns an analyzer whose `analyze(text, model, options)`
 * returns exactly what `analyzeDocument(text, model, options)` returns, but continues from its previous analysis
 * (see pipeline.ts): it finds what changed (common prefix and suffix of the two texts), reuses the per-clause facts
 * of the clauses before and after the edit (shifted), recomputes the text-level facts only around the edit, and
 * runs the cross-clause checks on the facts.
 *
 * One analyzer per document (the editor keeps one per open draft). Memory: the facts of the last analysis.
 */
import type { AnalyzeOptions, DocumentAnalysis, TermModel } from './types';
import { computeClauseFacts, customTypesOf } from './analyze';
import { runPipeline, shiftClauseFacts, type PipelineState } from './pipeline';
import { createClassifier, type Classifier } from './classify/classifier';

export interface AnalyzerStats {
  /** Clauses whose facts came from the previous analysis in the last call. */
  readonly reused: number;
  /** Clauses classified and extracted in the last call. */
  readonly computed: number;
  /** Clauses whose facts are held for the next call. */
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

/**
 * Copy of plain data with every numeric `start`/`end` (at any depth) moved by `delta`. The reference for
 * `shiftFacts` (which knows the shapes and is faster); the tests check that both agree on real facts.
 */
export const shiftDeep = <T>(x: T, delta: number): T => {
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
};

/** The facts moved by `delta` (new objects; the input is not changed). */
export const shiftFacts = shiftClauseFacts;

export const createAnalyzer = (): Analyzer => {
  let classifierKey: string | null = null;
  let classifier: Classifier | null = null;
  let reused = 0;
  let computed = 0;
  /** The state of the last finished analysis (the basis of the next one). */
  let state: PipelineState | null = null;
  let last: { text: string; model: TermModel | null; options: AnalyzeOptions; result: DocumentAnalysis } | null = null;

  const classifierFor = (model: TermModel | null, options: AnalyzeOptions): Classifier => {
    const custom = customTypesOf(model, options);
    let key: string;
    try {
      key = JSON.stringify(custom);
    } catch {
      key = `\u0000${Math.random()}`; // unserialisable: never reuse
    }
    if (classifier === null || key !== classifierKey) {
      // Another set of custom types changes classification: nothing of the last analysis applies.
      classifier = createClassifier(custom);
      classifierKey = key;
      state = null;
    }
    return classifier;
  };

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
    const basis = state;
    const run = yield* runPipeline(typeof text === 'string' ? text : '', theModel, opts, cls, computeClauseFacts, basis, true);
    // Only a finished analysis becomes the basis of the next one (a dropped one changes nothing).
    if (cls === classifier) state = run.state;
    reused = run.result.clauses.length - run.computed;
    computed = run.computed;
    last = { text, model: theModel, options: opts, result: run.result };
    return run.result;
  }

  const analyze = (text: string, model?: TermModel | null, options: AnalyzeOptions = {}): DocumentAnalysis => {
    const it = steps(text, model, options);
    for (;;) {
      const r = it.next();
      if (r.done) return r.value;
    }
  };

  return {
    analyze,
    steps,
    stats: () => ({ reused, computed, entries: state ? state.facts.length : 0 }),
    clear: () => {
      state = null;
      last = null;
      classifier = null;
      classifierKey = null;
    },
  };
};

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
export const runInSlices = async <T>(steps: Generator<void, T, void>, options: SliceOptions): Promise<T | undefined> => {
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
};
