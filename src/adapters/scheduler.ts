import { vscode, Disposable, vsWindow, vsWorkspace } from './vscode';
import { isDraft, onDidChangeSettings, openDrafts, readSettings } from './config';
import { logged } from './logger';
import type { Services } from './services';

/**
 * When to analyse (the diagnostics lifecycle): on open and when an editor becomes visible, debounced while typing,
 * on save, when a term model is created/changed/deleted or a setting changes; forget on close.
 * Results reach the features through `cache.onDidAnalyse` (diagnostics) and `cache.onDidAnalyseLater` (the rest);
 * stale ones are dropped there by version.
 */
export const registerAnalysisScheduler = ({ cache, models, log }: Services): vscode.Disposable => {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const cancel = (uri: vscode.Uri): void => {
    const key = uri.toString();
    const t = timers.get(key);
    if (t !== undefined) {
      clearTimeout(t);
      timers.delete(key);
    }
  };
  const now = (doc: vscode.TextDocument): void => {
    cancel(doc.uri);
    if (!isDraft(doc)) {
      cache.forget(doc.uri);
      return;
    }
    cache.get(doc).catch((e) => log.error(`Analysis of ${logged(doc.uri)} failed`, e));
  };
  const nowIfDraft = (doc: vscode.TextDocument): void => {
    if (isDraft(doc)) now(doc);
  };
  const later = (doc: vscode.TextDocument, delay = readSettings(doc.uri).debounceMs): void => {
    cancel(doc.uri);
    if (delay <= 0) {
      now(doc);
      return;
    }
    const key = doc.uri.toString();
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      if (!doc.isClosed) now(doc);
    }, delay));
  };
  const everything = (debounce: boolean): void => {
    cache.invalidateAll();
    for (const doc of vsWorkspace.textDocuments) {
      if (isDraft(doc)) {
        if (debounce) later(doc);
        else now(doc);
      } else {
        cache.forget(doc.uri);
      }
    }
  };

  for (const doc of openDrafts()) now(doc);

  return Disposable.from(
    vsWorkspace.onDidOpenTextDocument(nowIfDraft),
    vsWindow.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) nowIfDraft(e.document); }),
    vsWorkspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0 && isDraft(e.document)) later(e.document); }),
    vsWorkspace.onDidSaveTextDocument(nowIfDraft),
    vsWorkspace.onDidCloseTextDocument((doc) => { cancel(doc.uri); cache.forget(doc.uri); }),
    models.onDidChange((change) => everything(change.typing)),
    onDidChangeSettings(() => { models.reset(); everything(false); }),
    { dispose: () => { for (const t of timers.values()) clearTimeout(t); timers.clear(); } },
  );
};
