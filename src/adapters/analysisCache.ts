import { vscode, Emitter } from './vscode';
import type { AnalyzeOptions, DocumentAnalysis, TermModel, Analyzer as IncrementalAnalyzer } from '../core';
import { analyzeDocument, createAnalyzer, runInSlices } from '../core';
import { readSettings } from './config';
import { textRefOfDocument, type TextRef } from './convert';
import { errorMessage, logged, type Logger } from './logger';
import type { LoadedModel, ModelLookup, TermModelSource } from './termModelSource';
import { grouped } from '../core/text/chars';
import { memo } from '../core/check/model/util';

/** One analysis of one version of a draft. Read by every feature; none re-parses. */
export interface AnalysisEntry {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** Null when the core threw (then `error` is set). */
  readonly analysis: DocumentAnalysis | null;
  readonly error?: string;
  readonly model: LoadedModel | null;
  readonly missingModel?: ModelLookup['missing'];
  /** Offsets → positions in the draft (valid while the document is at `version`). */
  readonly draft: TextRef;
  readonly durationMs: number;
}

export type Analyzer = (text: string, model: TermModel | null, options: AnalyzeOptions) => DocumentAnalysis;

/** Work per slice of an open draft's analysis before yielding to the extension host (issue 8: never block it). */
const SLICE_MS = 20;
/** Yields to the event loop (between the slices of an analysis). */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Analyses slower than this are logged to the output channel. */
const SLOW_ANALYSIS_MS = 500;

/** The core's options from a resource's settings. */
const analyzeOptions = (uri: vscode.Uri): AnalyzeOptions => {
  const settings = readSettings(uri);
  return { severity: settings.severity, maxLength: settings.maxFileSize };
};

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Analysis per URI and document version, computed once (concurrent requests share one computation).
 * A model or settings change bumps the generation, so every entry becomes stale at once.
 */
export class AnalysisCache implements vscode.Disposable {
  readonly #entries = new Map<string, AnalysisEntry & { readonly generation: number }>();
  readonly #pending = new Map<string, { readonly key: string; readonly promise: Promise<AnalysisEntry> }>();
  #generation = 0;
  #faultMarker: string | undefined;
  /** One incremental analyzer per open draft: after an edit only the changed clauses are classified again. */
  readonly #incremental = new Map<string, IncrementalAnalyzer>();
  readonly #analysed = new Emitter<AnalysisEntry>();
  readonly #analysedLater = new Emitter<AnalysisEntry>();
  readonly #forgotten = new Emitter<vscode.Uri>();
  /**
   * Fired after each new analysis (not on cache hits), for the Problems panel: what a user waits for after typing.
   * Listeners must check the document version.
   */
  readonly onDidAnalyse = this.#analysed.event;
  /**
   * The same, one task later: for what can wait (highlights, code lenses, status bar, clause tree), so that their
   * work does not delay the diagnostics reaching the window (tens of milliseconds on a 1 MB draft).
   */
  readonly onDidAnalyseLater = this.#analysedLater.event;
  /** Fired when a document is no longer analysed (closed, or no longer a draft). */
  readonly onDidForget = this.#forgotten.event;

  readonly #models: TermModelSource;
  readonly #log: Logger;
  /** Test seam: a one-shot analyzer replaces the incremental one. */
  readonly #analyzer: Analyzer | undefined;

  constructor(models: TermModelSource, log: Logger, analyzer?: Analyzer) {
    this.#models = models;
    this.#log = log;
    this.#analyzer = analyzer;
  }

  dispose(): void {
    this.#analysed.dispose();
    this.#analysedLater.dispose();
    this.#forgotten.dispose();
    this.#entries.clear();
    this.#pending.clear();
    this.#incremental.clear();
  }

  /**
   * Test seam (integration suite): the analysis of any text containing `marker` throws, as a core bug would.
   * Undefined switches it off. Session only.
   */
  simulateFailure(marker: string | undefined): void {
    this.#faultMarker = marker || undefined;
    this.invalidateAll();
  }

  #run(text: string, model: TermModel | null, options: AnalyzeOptions): DocumentAnalysis {
    if (this.#faultMarker !== undefined && text.includes(this.#faultMarker)) throw new Error(`simulated failure (${this.#faultMarker})`);
    return (this.#analyzer ?? analyzeDocument)(text, model, options);
  }

  /**
   * An open draft's analysis: the draft's incremental analyzer, run in slices of SLICE_MS with a pause between
   * them, abandoned (undefined) as soon as the document changes (a closed document's run finishes and is then
   * dropped by `compute`). Same result as `analyzeDocument`.
   */
  async #runSliced(doc: vscode.TextDocument, version: number, text: string, model: TermModel | null, options: AnalyzeOptions): Promise<DocumentAnalysis | undefined> {
    if (this.#analyzer || this.#faultMarker !== undefined) return this.#run(text, model, options);
    const analyzer = memo(this.#incremental, doc.uri.toString(), createAnalyzer);
    return runInSlices(analyzer.steps(text, model, options), { sliceMs: SLICE_MS, pause, cancelled: () => !doc.isClosed && doc.version !== version });
  }

  /** Everything is stale (a model or a setting changed). */
  invalidateAll(): void {
    this.#generation++;
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.#pending.delete(key);
    this.#incremental.delete(key);
    if (this.#entries.delete(key)) this.#forgotten.fire(uri);
  }

  /** The entry for the document's current version, if already computed. */
  peek(doc: vscode.TextDocument): AnalysisEntry | undefined {
    const e = this.#entries.get(doc.uri.toString());
    return e && e.version === doc.version && e.generation === this.#generation ? e : undefined;
  }

  /** The latest entry for a URI, whatever its version. */
  latest(uri: vscode.Uri): AnalysisEntry | undefined {
    return this.#entries.get(uri.toString());
  }

  all(): AnalysisEntry[] {
    return [...this.#entries.values()];
  }

  /** The analysis of the document's current version: cached, joined if in progress, else computed. */
  get(doc: vscode.TextDocument): Promise<AnalysisEntry> {
    const hit = this.peek(doc);
    if (hit) return Promise.resolve(hit);
    const uriKey = doc.uri.toString();
    const key = `${doc.version}:${this.#generation}`;
    const p = this.#pending.get(uriKey);
    if (p && p.key === key) return p.promise;
    const promise = this.#compute(doc, this.#generation).finally(() => {
      if (this.#pending.get(uriKey)?.promise === promise) this.#pending.delete(uriKey);
    });
    this.#pending.set(uriKey, { key, promise });
    return promise;
  }

  async #compute(doc: vscode.TextDocument, generation: number): Promise<AnalysisEntry> {
    let lookup: ModelLookup;
    try {
      lookup = await this.#models.forDraft(doc.uri, doc.getText(new vscode.Range(0, 0, 200, 0)));
    } catch (e) {
      this.#log.error(`Finding the term model for ${logged(doc.uri)} failed`, e);
      lookup = { model: null };
    }
    // Text and version are read together, synchronously, after the model is in: a consistent snapshot.
    const entry = await this.#analyse(doc, lookup);
    // A newer version arrived while this one was being analysed: that version's analysis is the answer.
    if (!entry) return this.get(doc);
    const stored = { ...entry, generation };
    const current = this.#entries.get(doc.uri.toString());
    const closed = doc.isClosed;
    if (!closed && (!current || current.version < entry.version || (current.version === entry.version && current.generation <= generation))) {
      this.#entries.set(doc.uri.toString(), stored);
    }
    if (!closed) {
      this.#analysed.fire(entry);
      setTimeout(() => this.#analysedLater.fire(entry), 0);
    }
    return entry;
  }

  async #analyse(doc: vscode.TextDocument, lookup: ModelLookup): Promise<AnalysisEntry | undefined> {
    const text = doc.getText();
    const version = doc.version;
    const options = analyzeOptions(doc.uri);
    const t0 = now();
    const base = {
      uri: doc.uri, version, model: lookup.model, draft: textRefOfDocument(doc),
      ...(lookup.missing ? { missingModel: lookup.missing } : {}),
    };
    try {
      const analysis = await this.#runSliced(doc, version, text, lookup.model?.parsed.model ?? null, options);
      if (!analysis) return undefined;
      const durationMs = now() - t0;
      if (durationMs > SLOW_ANALYSIS_MS) this.#log.info(`Analysis of ${logged(doc.uri)} (version ${version}, ${grouped(text.length)} characters) took ${Math.round(durationMs)} ms.`);
      return { ...base, analysis, durationMs };
    } catch (e) {
      this.#log.error(`Analysis of ${logged(doc.uri)} (version ${version}) failed`, e);
      return { ...base, analysis: null, error: errorMessage(e), durationMs: now() - t0 };
    }
  }

  /** Analyse a draft that is not open (Analyze Workspace, references across drafts). Not cached. Never throws. */
  async analyseText(uri: vscode.Uri, text: string): Promise<{ readonly analysis: DocumentAnalysis | null; readonly model: LoadedModel | null }> {
    const options = analyzeOptions(uri);
    const { model } = await this.#models.forDraft(uri, text).catch(() => ({ model: null }));
    try {
      return { analysis: this.#run(text, model?.parsed.model ?? null, options), model };
    } catch (e) {
      this.#log.error(`Analysis of ${logged(uri)} failed`, e);
      return { analysis: null, model };
    }
  }
}
