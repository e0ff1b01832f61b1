/** Create Term Model from Draft: a starting `*.terms.yaml` in an unsaved editor beside the draft; never overwrites. */
import { vscode, vsWorkspace } from '../../adapters/vscode';
import { documentOf } from '../../adapters/config';
import { runInSlices } from '../../core/incremental';
import { agreementTitle, startTermModelSteps } from '../../core/model/start';
import { draftParties } from '../../core/model/parties';
import { pause } from '../../adapters/analysisCache';
import { draftStem } from '../../adapters/convert';
import { activeDraft, baseName, inform, show, type ActionHandler } from './common';

export const createTermModel: ActionHandler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  const draftUri = d.editor.document.uri;
  if (draftUri.scheme === 'untitled') {
    inform('save the draft first; the term model is created beside it.');
    return undefined;
  }
  // The path the draft's front matter names, when it names one; else `<stem>.terms.yaml` beside the draft.
  const named = d.entry.missingModel?.from === 'front-matter' ? d.entry.missingModel.path : undefined;
  const target = vscode.Uri.joinPath(draftUri, '..', named && !named.startsWith('/') && !named.split('/').includes('..')
    ? named
    : `${draftStem(draftUri)}.terms.yaml`);
  let exists = false;
  try {
    await vsWorkspace.fs.stat(target);
    exists = true;
  } catch { /* does not exist: create it */ }
  if (exists) {
    await show(target);
    inform(`${baseName(target)} already exists; it was opened, not overwritten.`);
    return target;
  }
  const untitled = target.with({ scheme: 'untitled' });
  const already = documentOf(untitled.toString());
  if (already && already.getText().length > 0) {
    // A model started earlier and not saved yet: show it rather than replace the user's edits.
    await show(already);
    return already.uri;
  }
  const text = d.editor.document.getText();
  // in slices: checking a 1 MB draft against the starting model takes a few analyses (0.3-0.7 s), not one block
  const content = await runInSlices(startTermModelSteps({
    agreement: agreementTitle(text, d.entry.analysis),
    parties: draftParties(text, d.entry.analysis),
    text,
    // the analysis it already has, when it is the one without a model (a model's own clause types change it)
    ...(d.entry.model ? {} : { analysis: d.entry.analysis }),
  }), { sliceMs: 20, pause });
  if (content === undefined) return undefined;
  // An untitled editor bound to the target path: nothing is written until the user saves.
  const doc = already ?? (await vsWorkspace.openTextDocument(untitled));
  const editor = await show(doc);
  if (!(await editor.edit((b) => b.insert(new vscode.Position(0, 0), content)))) return undefined;
  return doc.uri;
};
