/** Analyze Workspace: every draft in the workspace, with a cancellable progress notification; results in Problems. */
import { vscode, vsWindow } from '../../adapters/vscode';
import { openDrafts } from '../../adapters/config';
import { baseName, inform, showProblems, type ActionHandler } from './common';
import { PRODUCT } from '../../core/codes';

export interface AnalyzeWorkspaceResult {
  readonly total: number;
  readonly analysed: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/** Options a caller (a test, another extension) may pass instead of clicking Cancel. */
export interface AnalyzeWorkspaceOptions {
  readonly token?: vscode.CancellationToken;
  /** Called after each draft, with how many are done; may cancel the token. */
  readonly onDraft?: (uri: vscode.Uri, done: number, total: number) => void;
}

const options = (arg: unknown): AnalyzeWorkspaceOptions => {
  if (arg instanceof vscode.CancellationTokenSource) return { token: arg.token };
  if (!arg || typeof arg !== 'object') return {};
  if ('isCancellationRequested' in arg) return { token: arg as vscode.CancellationToken };
  const o = arg as Record<string, unknown>;
  const token = o.token && typeof o.token === 'object' && 'isCancellationRequested' in o.token ? (o.token as vscode.CancellationToken) : undefined;
  const onDraft = typeof o.onDraft === 'function' ? (o.onDraft as AnalyzeWorkspaceOptions['onDraft']) : undefined;
  return { token, onDraft };
};

export const analyzeWorkspace: ActionHandler = async (s, arg): Promise<AnalyzeWorkspaceResult> => {
  const opts = options(arg);
  return vsWindow.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `${PRODUCT}: analysing the workspace`, cancellable: true },
    async (progress, token) => {
      const stop = (): boolean => token.isCancellationRequested || !!opts.token?.isCancellationRequested;
      // Drafts by name (findFiles), plus open documents that are drafts by language (e.g. Markdown in `languages`).
      const uris = stop() ? [] : await s.drafts.workspaceDrafts();
      const open = openDrafts().filter((doc) => doc.uri.scheme !== 'untitled').map((doc) => doc.uri);
      const all = [...new Map([...open, ...uris].map((u) => [u.toString(), u])).values()];
      let analysed = 0;
      let findings = 0;
      let done = 0;
      const result = (cancelled: boolean): AnalyzeWorkspaceResult => ({ total: all.length, analysed, findings, cancelled });
      for (const uri of all) {
        if (stop()) return result(true);
        progress.report({ message: `${done + 1}/${all.length} ${baseName(uri)}`, increment: 100 / all.length });
        const r = await s.drafts.analyse(uri, true);
        if (r) {
          analysed++;
          findings += r.analysis.findings.length;
        }
        done++;
        opts.onDraft?.(uri, done, all.length);
      }
      if (stop()) return result(true);
      if (all.length === 0) {
        inform('no drafts (*.contract.md, *.contract.txt, *.contract) in the workspace.');
      } else {
        void showProblems();
      }
      return result(false);
    },
  );
};
