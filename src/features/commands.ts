import { vscode, Disposable, vsCommands } from '../adapters/vscode';
import type { Services } from '../adapters/services';
import * as actions from './actions';
import { reveal, showProblems } from './actions/common';
import type { CommandId, InternalCommandId } from './commandIds';

export type Handler = (services: Services, ...args: unknown[]) => unknown;

/** The part of a command id after `clauseAnnotator.`. */
type Name<Id> = Id extends `clauseAnnotator.${infer N}` ? N : never;

/**
 * Command name (the id without `clauseAnnotator.`) → handler. `Record<Name<CommandId>, Handler>`: TypeScript proves
 * every contributed command has a handler.
 */
export const COMMAND_HANDLERS: Record<Name<CommandId>, Handler> = {
  // Issue 7 handlers: src/features/actions/*.
  analyzeWorkspace: actions.analyzeWorkspace,
  showClausesByType: actions.showClausesByType,
  goToTerm: actions.goToTerm,
  linkClauseToTerm: actions.linkClauseToTerm,
  createTermModel: actions.createTermModel,
  exportReport: actions.exportReport,
  toggleHighlights: actions.toggleHighlights,
  insertClause: actions.insertClause,
  openTermModel: actions.openTermModel,
  showProblems,
};

export const INTERNAL_HANDLERS: Record<Name<InternalCommandId>, Handler> = {
  /** (uri: string | Uri, range: Range) → reveal. Used by links in views. */
  _revealRange: (_s, uri, range) => {
    const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
    if (!u || !(range instanceof vscode.Range)) return undefined;
    return reveal(u, range);
  },
};

export const registerCommands = (services: Services): vscode.Disposable => {
  const table: Record<string, Handler> = { ...COMMAND_HANDLERS, ...INTERNAL_HANDLERS };
  return Disposable.from(
    ...Object.entries(table).map(([name, handler]) => vsCommands.registerCommand(`clauseAnnotator.${name}`, (...args: unknown[]) => handler(services, ...args))),
  );
};
