/** Go to Term, Open Term Model, Link Clause to Term. */
import { vscode, vsCommands, vsWindow, vsWorkspace } from '../../adapters/vscode';
import type { Clause, DocumentAnalysis } from '../../core';
import { toRange, type TextRef } from '../../adapters/convert';
import type { Services } from '../../adapters/services';
import { activeDraft, cursorClause, inform, insertMarkerLine, markerLine, pickTerm, reveal, show, targetClause, termArgs, type ActionHandler } from './common';
import { PRODUCT } from '../../core/codes';

/**
 * Go to Term: reveals a term's key in the YAML. Arguments `{ model, term }` (hover links) go straight there;
 * otherwise a quick pick of the active draft's model terms, the term of the clause at the cursor first.
 */
export const goToTerm: ActionHandler = async (s, arg) => {
  const a = termArgs(arg);
  let modelUri = a.model ? vscode.Uri.parse(a.model) : undefined;
  let termId = a.term;
  if (!modelUri || !termId) {
    const d = await activeDraft(s);
    if (!d) return undefined;
    if (!d.entry.model) {
      inform('this draft has no term model.');
      return undefined;
    }
    modelUri = d.entry.model.uri;
    const here = cursorClause(d)?.term;
    termId = termId ?? (await pickTerm(d.entry, 'Go to term', here));
    if (!termId) return undefined;
  }
  const loaded = await s.models.load(modelUri);
  const term = loaded?.parsed.model?.terms[termId];
  if (!loaded || !term) {
    void vsWindow.showWarningMessage(`${PRODUCT}: term ${termId} is not in the term model.`);
    return undefined;
  }
  return reveal(loaded.uri, toRange(loaded.ref, term.keySpan));
};

/** The command that creates a term model from the active draft, with its title (a quick fix and a button show it). */
export const CREATE_TERM_MODEL = { command: 'clauseAnnotator.createTermModel', title: 'Create Term Model from Draft' } as const;

/** Open Term Model: opens the model the active draft uses; offers to create one when there is none. */
export const openTermModel: ActionHandler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  if (d.entry.model) return show(d.entry.model.uri);
  const create = CREATE_TERM_MODEL.title;
  const where = d.entry.missingModel ? ` (${d.entry.missingModel.path} cannot be read)` : '';
  const answer = await vsWindow.showInformationMessage(`${PRODUCT}: no term model found for this draft${where}.`, create);
  return answer === create ? vsCommands.executeCommand(CREATE_TERM_MODEL.command) : undefined;
};

/**
 * The edit that links a clause to a term: rewrites the id of the clause's `<!-- term: ID -->` marker, or inserts a
 * marker line above the clause (same indentation, the document's line ending). One edit: one undo step.
 */
export const linkEdit = (doc: vscode.TextDocument, entry: { readonly analysis: DocumentAnalysis; readonly draft: TextRef }, clause: Clause, termId: string): vscode.WorkspaceEdit => {
  const edit = new vscode.WorkspaceEdit();
  const marker = entry.analysis.termMarkers.find((m) => m.clause === clause.index);
  if (marker) {
    edit.replace(doc.uri, toRange(entry.draft, marker.idSpan), termId);
  } else {
    insertMarkerLine(edit, doc, markerLine(doc, clause, clause.start), `term: ${termId}`);
  }
  return edit;
};

/**
 * Link Clause to Term: the clause at the cursor (or `{ uri, offset }` from the quick fix) gets a `<!-- term: ID -->`
 * marker for the term picked (or given as `term`). Returns true when the edit was applied.
 */
export const linkClauseToTerm: ActionHandler = async (s: Services, arg) => {
  const a = termArgs(arg);
  const t = await targetClause(s, a);
  if (!t) return false;
  const { doc, entry, clause } = t;
  if (!entry.model?.parsed.model) {
    inform('this draft has no term model to link to.');
    return false;
  }
  if (!clause) {
    inform('put the cursor in a clause first.');
    return false;
  }
  const termId = a.term ?? (await pickTerm(entry, `Link ${clause.label} to term`, clause.term));
  if (!termId) return false;
  if (!/^[A-Za-z0-9_./-]{1,128}$/.test(termId)) {
    void vsWindow.showWarningMessage(`${PRODUCT}: "${termId}" is not a valid term id.`);
    return false;
  }
  if (doc.version !== entry.version) return false; // the text moved while the pick was open
  return vsWorkspace.applyEdit(linkEdit(doc, entry, clause, termId));
};
