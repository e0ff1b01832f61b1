import { vscode, Disposable, vsWindow, vsWorkspace } from '../adapters/vscode';
import type { DocumentAnalysis } from '../core';
import { isDraft } from '../adapters/config';
import type { Services } from '../adapters/services';
import { setContext } from './actions/common';
import { PRODUCT } from '../core/codes';

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

export const countFindings = (analysis: DocumentAnalysis): FindingCounts => {
  const c = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of analysis.findings) if (f.where === 'draft') c[f.severity]++;
  return c;
};

/** Context keys for `when` clauses: the active editor is a draft / a term model / a draft with a term model. */
export const CONTEXT_IS_DRAFT = 'clauseAnnotator.isDraft';
export const CONTEXT_HAS_MODEL = 'clauseAnnotator.hasTermModel';

/** The active draft's finding counts (click: Problems panel), plus the context keys the palette's `when` clauses use. */
export const registerStatusBar = ({ cache }: Services): vscode.Disposable => {
  const item = vsWindow.createStatusBarItem('clauseAnnotator.findings', vscode.StatusBarAlignment.Left, 50);
  item.name = PRODUCT;
  item.command = 'clauseAnnotator.showProblems';

  const update = (): void => {
    const doc = vsWindow.activeTextEditor?.document;
    const draft = !!doc && isDraft(doc);
    setContext(CONTEXT_IS_DRAFT, draft);
    if (!doc || !draft) {
      setContext(CONTEXT_HAS_MODEL, false);
      item.hide();
      return;
    }
    const entry = cache.latest(doc.uri);
    setContext(CONTEXT_HAS_MODEL, !!entry?.model);
    if (!entry) {
      item.text = '$(sync~spin) Clauses';
      item.tooltip = `${PRODUCT}: analysing…`;
    } else if (!entry.analysis) {
      item.text = '$(error) Clauses: analysis failed';
      item.tooltip = `${PRODUCT} could not analyse this document: ${entry.error ?? ''}`;
    } else {
      const a = entry.analysis;
      const c = countFindings(a);
      const classified = a.clauses.filter((x) => x.types.length > 0).length;
      const notes = c.information + c.hint;
      item.text = `$(law) ${classified} $(error) ${c.error} $(warning) ${c.warning} $(info) ${notes}`;
      const lines = [
        `${PRODUCT}: ${classified} of ${a.clauses.length} clauses classified`,
        `${c.error} errors, ${c.warning} warnings, ${notes} notes`,
        entry.model ? `Term model: ${vsWorkspace.asRelativePath(entry.model.uri)}` : 'No term model',
      ];
      if (a.partial) {
        lines.push(a.partial.message);
        item.text += ' $(warning) partial';
      }
      lines.push('Click to open the Problems panel.');
      item.tooltip = lines.join('\n');
    }
    item.show();
  };

  update();
  return Disposable.from(
    item,
    vsWindow.onDidChangeActiveTextEditor(update),
    cache.onDidAnalyseLater((e) => { if (vsWindow.activeTextEditor?.document.uri.toString() === e.uri.toString()) update(); }),
    cache.onDidForget(update),
  );
};
