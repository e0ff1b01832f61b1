/**
 * Every command the extension contributes to the palette (package.json `contributes.commands`).
 * No `vscode` import: the manifest test imports this module in plain Node.
 */
export const COMMAND_IDS = [
  'clauseAnnotator.analyzeWorkspace',
  'clauseAnnotator.showClausesByType',
  'clauseAnnotator.goToTerm',
  'clauseAnnotator.linkClauseToTerm',
  'clauseAnnotator.createTermModel',
  'clauseAnnotator.exportReport',
  'clauseAnnotator.toggleHighlights',
  'clauseAnnotator.insertClause',
  'clauseAnnotator.openTermModel',
  'clauseAnnotator.showProblems',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Internal commands (prefixed `_`): registered, used by hovers, lenses and links, never contributed to the palette. */
export const INTERNAL_COMMAND_IDS = ['clauseAnnotator._revealRange'] as const;
export type InternalCommandId = (typeof INTERNAL_COMMAND_IDS)[number];
