import { vscode } from '../adapters/vscode';
import type { Services } from '../adapters/services';
import * as actions from './actions';
import { reveal } from './actions/common';
import type { CommandId, InternalCommandId } from './commandIds';

export type Handler = (services: Services, ...args: unknown[]) => unknown;

/** id → handler. `Record<CommandId, Handler>`: TypeScript proves every contributed command has a handler. */
export const COMMAND_HANDLERS: Record<CommandId, Handler> = {
  // Issue 7 handlers: src/features/actions/*.
  'clauseAnnotator.analyzeWorkspace': actions.analyzeWorkspace,
  'clauseAnnotator.showClausesByType': actions.showClausesByType,
  'clauseAnnotator.goToTerm': actions.goToTerm,
  'clauseAnnotator.linkClauseToTerm': actions.linkClauseToTerm,
  'clauseAnnotator.createTermModel': actions.createTermModel,
  'clauseAnnotator.exportReport': actions.exportReport,
  'clauseAnnotator.toggleHighlights': actions.toggleHighlights,
  'clauseAnnotator.insertClause': actions.insertClause,
  'clauseAnnotator.openTermModel': actions.openTermModel,
  'clauseAnnotator.showProblems': () => vscode.commands.executeCommand('workbench.actions.view.problems'),
};

export const INTERNAL_HANDLERS: Record<InternalCommandId, Handler> = {
  /** (uri: string | Uri, range: Range) → reveal. Used by links in views. */
  'clauseAnnotator._revealRange': (_s, uri, range) => {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
    if (!u || !(range instanceof vscode.Range)) return undefined;
    return reveal(u, range);
  },
};

export function registerCommands(services: Services): vscode.Disposable {
  const table: Record<string, Handler> = { ...COMMAND_HANDLERS, ...INTERNAL_HANDLERS };
  return vscode.Disposable.from(
    ...Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, (...args: unknown[]) => handler(services, ...args))),
  );
}
