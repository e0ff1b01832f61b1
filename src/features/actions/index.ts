/** The handlers of the issue-7 commands, for the command table in ../commands.ts. */
export { analyzeWorkspace } from './workspace';
export { showClausesByType, toggleHighlights } from './clauses';
export { goToTerm, linkClauseToTerm, openTermModel } from './terms';
export { createTermModel } from './model';
export { exportReport } from './report';
export { insertClause } from './snippets';
