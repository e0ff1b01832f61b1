import { vscode } from './adapters/vscode';
import type { DocumentAnalysis } from './core';
import { documentOf, isDraft } from './adapters/config';
import { registerAnalysisScheduler } from './adapters/scheduler';
import { createServices } from './adapters/services';
import { registerClauseTree } from './features/clauseTree';
import { registerCodeActions } from './features/codeActions';
import { registerCommands } from './features/commands';
import { registerDecorations } from './features/decorations';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { registerNavigation } from './features/navigation';
import { registerStatusBar } from './features/statusBar';

/** What `activate` returns (for other extensions and the integration tests). */
export interface ClauseAnnotatorApi {
  /** The analysis of an open document's current version (computed if needed), or undefined for non-drafts. */
  analysis(uri: vscode.Uri): Promise<DocumentAnalysis | undefined>;
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Test seam: analyses of texts containing `marker` throw (undefined: off). */
  simulateFailure(marker: string | undefined): void;
}

/** Composition root: creates the shared services and registers each feature. No logic here. */
export function activate(context: vscode.ExtensionContext): ClauseAnnotatorApi {
  const t0 = Date.now();
  const services = createServices();
  context.subscriptions.push(
    services,
    registerDiagnostics(services),
    registerDecorations(services),
    registerHover(services),
    registerNavigation(services),
    registerStatusBar(services),
    registerCommands(services),
    registerCodeActions(services),
    registerClauseTree(services),
    // Last: the scheduler's first analyses are seen by every feature registered above.
    registerAnalysisScheduler(services),
  );
  const activationMs = Date.now() - t0;
  services.log.info(`Activated in ${activationMs} ms.`);
  return {
    activationMs,
    simulateFailure: (marker) => services.cache.simulateFailure(marker),
    analysis: async (uri) => {
      const doc = documentOf(uri.toString());
      return doc && isDraft(doc) ? (await services.cache.get(doc)).analysis ?? undefined : undefined;
    },
  };
}

export function deactivate(): void {}
