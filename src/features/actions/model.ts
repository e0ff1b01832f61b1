/** Create Term Model from Draft: a starting `*.terms.yaml` in an unsaved editor beside the draft; never overwrites. */
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../core';
import { runInSlices } from '../../core/incremental';
import { startTermModelSteps } from '../../core/model/start';
import { activeDraft, baseName, inform, type ActionHandler } from './common';

/** Defined terms of the opening clause that name the parties: `Northwind Cloud Inc., a Delaware corporation ("Northwind")`. */
export function partiesOf(text: string, analysis: DocumentAnalysis): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  const opening = analysis.clauses.find((c) => /\bbetween\b/i.test(text.slice(c.start, Math.min(c.end, c.start + 2000))));
  if (!opening) return out;
  for (const d of analysis.definitions) {
    if (d.start < opening.start || d.start >= opening.end || out.length >= 8) continue;
    if (!/^[A-Z][A-Za-z0-9&.-]{1,40}$/.test(d.term) || /^(Agreement|Effective|Company|Parties|Party)$/.test(d.term)) continue;
    // The words before `("Term")` back to "between" / "and" / ";" name the party.
    const before = text.slice(Math.max(opening.start, d.start - 300), d.start);
    const cut = Math.max(before.lastIndexOf('between '), before.lastIndexOf(' and '), before.lastIndexOf(';'));
    const segment = (cut >= 0 ? before.slice(cut).replace(/^(between|and|;)\s*/i, '').replace(/^\s*and\s+/i, '') : before);
    let name = segment.split(',')[0].trimEnd();
    while (name.length > 0 && '("“'.includes(name[name.length - 1])) name = name.slice(0, -1).trimEnd();
    name = name.trim();
    out.push({ id: d.term.toLowerCase(), name: name.length >= 2 && name.length <= 100 ? name : d.term });
  }
  return out;
}

export const createTermModel: ActionHandler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  const draftUri = d.editor.document.uri;
  if (draftUri.scheme === 'untitled') {
    inform('save the draft first; the term model is created beside it.');
    return undefined;
  }
  const name = baseName(draftUri);
  const stem = name.replace(/\.[^.]*$/, '').replace(/\.contract$/i, '');
  // The path the draft's front matter names, when it names one; else `<stem>.terms.yaml` beside the draft.
  const named = d.entry.missingModel?.from === 'front-matter' ? d.entry.missingModel.path : undefined;
  const target = named && !named.startsWith('/') && !named.split('/').includes('..')
    ? vscode.Uri.joinPath(draftUri, '..', named)
    : vscode.Uri.joinPath(draftUri, '..', `${stem}.terms.yaml`);
  let exists = false;
  try {
    await vscode.workspace.fs.stat(target);
    exists = true;
  } catch { /* does not exist: create it */ }
  if (exists) {
    await vscode.window.showTextDocument(target, { preview: false });
    inform(`${baseName(target)} already exists; it was opened, not overwritten.`);
    return target;
  }
  const untitled = target.with({ scheme: 'untitled' });
  const already = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === untitled.toString());
  if (already && already.getText().length > 0) {
    // A model started earlier and not saved yet: show it rather than replace the user's edits.
    await vscode.window.showTextDocument(already, { preview: false });
    return already.uri;
  }
  const text = d.editor.document.getText();
  // in slices: checking a 1 MB draft against the starting model takes a few analyses (0.3-0.7 s), not one block
  const content = await runInSlices(startTermModelSteps({
    agreement: d.entry.analysis.sections[0]?.title,
    parties: partiesOf(text, d.entry.analysis),
    text,
    // the analysis it already has, when it is the one without a model (a model's own clause types change it)
    ...(d.entry.model ? {} : { analysis: d.entry.analysis }),
  }), { sliceMs: 20, pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) });
  if (content === undefined) return undefined;
  // An untitled editor bound to the target path: nothing is written until the user saves.
  const doc = already ?? (await vscode.workspace.openTextDocument(untitled));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (!(await editor.edit((b) => b.insert(new vscode.Position(0, 0), content)))) return undefined;
  return doc.uri;
};
