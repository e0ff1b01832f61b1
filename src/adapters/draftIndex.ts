import { vscode, Disposable, Emitter, vsWorkspace } from './vscode';
import type { Clause, DocumentAnalysis, Finding } from '../core';
import type { AnalysisCache } from './analysisCache';
import { documentOf, onDidChangeSettings, openDrafts, readText } from './config';
import { textRefOfDocument, textRefOfText, type TextRef } from './convert';
import { logged, type Logger } from './logger';
import type { LoadedModel, TermModelSource } from './termModelSource';

/** Files that are drafts by name, searched when a term's clauses are listed across the workspace. */
export const DRAFT_GLOB = '**/*.{contract.md,contract.txt,contract}';
const MAX_WORKSPACE_DRAFTS = 200;

export interface DraftAnalysis {
  readonly uri: vscode.Uri;
  readonly ref: TextRef;
  readonly analysis: DocumentAnalysis;
  readonly model: LoadedModel | null;
  readonly open: boolean;
}

export interface TermUsage {
  readonly draft: DraftAnalysis;
  readonly clause: Clause;
  readonly findings: readonly Finding[];
}

/**
 * The drafts that use a term model: open drafts (through the analysis cache) and drafts in the workspace that are
 * not open (read with `workspace.fs`, analysed once per modification time).
 */
export class DraftIndex implements vscode.Disposable {
  readonly #closed = new Map<string, { readonly mtime: number; readonly draft: DraftAnalysis }>();
  readonly #sub: vscode.Disposable;
  readonly #analysedClosed = new Emitter<DraftAnalysis>();
  /** Fired when a draft that is not open was analysed (the diagnostics feature publishes it). */
  readonly onDidAnalyseClosed = this.#analysedClosed.event;

  readonly #cache: AnalysisCache;
  readonly #log: Logger;

  constructor(cache: AnalysisCache, models: TermModelSource, log: Logger) {
    this.#cache = cache;
    this.#log = log;
    const clear = (): void => this.#closed.clear();
    this.#sub = Disposable.from(models.onDidChange(clear), onDidChangeSettings(clear));
  }

  dispose(): void {
    this.#sub.dispose();
    this.#analysedClosed.dispose();
    this.#closed.clear();
  }

  /** Workspace drafts by name (`*.contract.md`, `*.contract.txt`, `*.contract`), at most 200. */
  async workspaceDrafts(): Promise<vscode.Uri[]> {
    if (!vsWorkspace.workspaceFolders?.length) return [];
    try {
      return await vsWorkspace.findFiles(DRAFT_GLOB, '**/node_modules/**', MAX_WORKSPACE_DRAFTS);
    } catch (e) {
      this.#log.error('Listing the workspace drafts failed', e);
      return [];
    }
  }

  /**
   * Analysis of a draft: through the cache when open, else read from disk (once per modification time).
   * `publish`: a draft that is not open is announced on `onDidAnalyseClosed` (Analyze Workspace → Problems).
   */
  async analyse(uri: vscode.Uri, publish = false): Promise<DraftAnalysis | undefined> {
    const k = uri.toString();
    const doc = documentOf(k, true);
    if (doc) {
      const entry = await this.#cache.get(doc);
      if (!entry.analysis || entry.version !== doc.version) return undefined;
      return { uri, ref: textRefOfDocument(doc), analysis: entry.analysis, model: entry.model, open: true };
    }
    try {
      const stat = await vsWorkspace.fs.stat(uri);
      let hit = this.#closed.get(k);
      if (!hit || hit.mtime !== stat.mtime) {
        const text = await readText(uri);
        const { analysis, model } = await this.#cache.analyseText(uri, text);
        if (!analysis) return undefined;
        hit = { mtime: stat.mtime, draft: { uri, ref: textRefOfText(uri, text), analysis, model, open: false } };
        this.#closed.set(k, hit);
      }
      if (publish) this.#analysedClosed.fire(hit.draft);
      return hit.draft;
    } catch (e) {
      this.#log.error(`Reading ${logged(uri)} failed`, e);
      return undefined;
    }
  }

  async draftsUsing(modelUri: vscode.Uri, includeWorkspace = true): Promise<DraftAnalysis[]> {
    const key = modelUri.toString();
    const uris: vscode.Uri[] = openDrafts().map((d) => d.uri);
    const seen = new Set(uris.map((u) => u.toString()));
    if (includeWorkspace) for (const u of await this.workspaceDrafts()) if (!seen.has(u.toString())) uris.push(u);
    const out: DraftAnalysis[] = [];
    for (const uri of uris) {
      const d = await this.analyse(uri);
      if (d && d.model?.uri.toString() === key) out.push(d);
    }
    return out;
  }

  /** Every clause linked to `termId` in the drafts that use the model, with the findings on it. */
  async usagesOf(modelUri: vscode.Uri, termId: string, includeWorkspace = true): Promise<TermUsage[]> {
    const out: TermUsage[] = [];
    for (const draft of await this.draftsUsing(modelUri, includeWorkspace)) {
      for (const i of draft.analysis.termLinks[termId] ?? []) {
        const clause = draft.analysis.clauses[i];
        if (!clause) continue;
        const findings = draft.analysis.findings.filter((f) => f.where === 'draft' && (f.clause === i || (f.clause === undefined && f.term === termId && f.start >= clause.start && f.start < clause.end)));
        out.push({ draft, clause, findings });
      }
    }
    return out;
  }
}
