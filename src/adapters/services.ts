import { vscode, Emitter } from './vscode';
import { AnalysisCache, type Analyzer } from './analysisCache';
import { DraftIndex } from './draftIndex';
import { createLogger, type Logger } from './logger';
import { TermModelSource } from './termModelSource';

/** Session state for "Toggle Clause Highlights" (the setting stays untouched). */
export class HighlightToggle implements vscode.Disposable {
  #hiddenNow = false;
  readonly #changed = new Emitter<boolean>();
  readonly onDidChange = this.#changed.event;
  get hidden(): boolean {
    return this.#hiddenNow;
  }
  toggle(): boolean {
    this.#hiddenNow = !this.#hiddenNow;
    this.#changed.fire(this.#hiddenNow);
    return this.#hiddenNow;
  }
  dispose(): void {
    this.#changed.dispose();
  }
}

/** Everything the features share, created once by the composition root and passed to each `registerX`. */
export interface Services {
  readonly log: Logger;
  readonly models: TermModelSource;
  readonly cache: AnalysisCache;
  readonly highlights: HighlightToggle;
  readonly drafts: DraftIndex;
}

export const createServices = (analyzer?: Analyzer): Services & vscode.Disposable => {
  const log = createLogger();
  const models = new TermModelSource(log);
  const cache = new AnalysisCache(models, log, analyzer);
  const highlights = new HighlightToggle();
  const drafts = new DraftIndex(cache, models, log);
  return {
    log, models, cache, highlights, drafts,
    dispose: () => {
      for (const d of [drafts, highlights, cache, models, log]) d.dispose();
    },
  };
};
