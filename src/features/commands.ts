import * as vscode from 'vscode';
import type { Clause } from '../core';
import { getTypeInfo } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { isDraft } from '../adapters/config';
import { toRange } from '../adapters/convert';
import type { Services } from '../adapters/services';
import type { CommandId, InternalCommandId } from './commandIds';
import { clauseAt } from './lookup';
import { buildReport, buildTermModel, type ReportFormat } from './report';

export type Handler = (services: Services, ...args: unknown[]) => unknown;

async function activeDraft(s: Services): Promise<{ editor: vscode.TextEditor; entry: AnalysisEntry } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isDraft(editor.document)) {
    void vscode.window.showInformationMessage('Clause Annotator: open a contract draft first.');
    return undefined;
  }
  const entry = await s.cache.get(editor.document);
  if (!entry.analysis) {
    void vscode.window.showErrorMessage(`Clause Annotator could not analyse this document: ${entry.error ?? ''}`);
    return undefined;
  }
  return { editor, entry };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function reveal(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

interface TermArgs { readonly model?: string; readonly term?: string }

function termArgs(arg: unknown): TermArgs {
  if (typeof arg === 'string') return { term: arg };
  if (arg && typeof arg === 'object') {
    const a = arg as Record<string, unknown>;
    return { model: typeof a.model === 'string' ? a.model : undefined, term: typeof a.term === 'string' ? a.term : undefined };
  }
  return {};
}

async function pickTerm(entry: AnalysisEntry, placeHolder: string, preselect?: string): Promise<string | undefined> {
  const model = entry.model?.parsed.model;
  if (!model) return undefined;
  const items = Object.values(model.terms).map((t) => ({
    label: t.id,
    description: getTypeInfo(t.type)?.title ?? t.type,
    detail: t.subject,
    picked: t.id === preselect,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Clause Annotator: the term model has no terms.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.label;
}

const goToTerm: Handler = async (s, arg) => {
  const a = termArgs(arg);
  let modelUri = a.model ? vscode.Uri.parse(a.model) : undefined;
  let termId = a.term;
  if (!modelUri || !termId) {
    const d = await activeDraft(s);
    if (!d) return undefined;
    if (!d.entry.model) {
      void vscode.window.showInformationMessage('Clause Annotator: this draft has no term model.');
      return undefined;
    }
    modelUri = d.entry.model.uri;
    const here = clauseAt(d.entry.analysis!, d.editor.document.offsetAt(d.editor.selection.active))?.term;
    termId = termId ?? await pickTerm(d.entry, 'Go to term', here);
    if (!termId) return undefined;
  }
  const loaded = await s.models.load(modelUri);
  const term = loaded?.parsed.model?.terms[termId];
  if (!loaded || !term) {
    void vscode.window.showWarningMessage(`Clause Annotator: term ${termId} is not in the term model.`);
    return undefined;
  }
  return reveal(loaded.uri, toRange(loaded.ref, term.keySpan));
};

const createTermModel: Handler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  const draftUri = d.editor.document.uri;
  if (draftUri.scheme === 'untitled') {
    void vscode.window.showInformationMessage('Clause Annotator: save the draft first; the term model is created beside it.');
    return undefined;
  }
  const name = baseName(draftUri);
  const stem = name.replace(/\.[^.]*$/, '').replace(/\.contract$/i, '');
  const target = vscode.Uri.joinPath(draftUri, '..', `${stem}.terms.yaml`);
  let exists = false;
  try {
    await vscode.workspace.fs.stat(target);
    exists = true;
  } catch { /* does not exist */ }
  if (exists) {
    await vscode.window.showTextDocument(target, { preview: false });
    void vscode.window.showInformationMessage(`Clause Annotator: ${baseName(target)} already exists; it was opened, not overwritten.`);
    return target;
  }
  // An untitled editor bound to the target path: nothing is written until the user saves.
  const doc = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const content = buildTermModel(name, d.entry.analysis!);
  if (!(await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), content)))) return undefined;
  return doc.uri;
};

const openTermModel: Handler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  if (d.entry.model) return vscode.window.showTextDocument(d.entry.model.uri, { preview: false });
  const create = 'Create Term Model from Draft';
  const answer = await vscode.window.showInformationMessage('Clause Annotator: no term model found for this draft.', create);
  return answer === create ? vscode.commands.executeCommand('clauseAnnotator.createTermModel') : undefined;
};

const linkClauseToTerm: Handler = async (s, arg) => {
  const d = await activeDraft(s);
  if (!d) return false;
  const { editor, entry } = d;
  const analysis = entry.analysis!;
  if (!entry.model) {
    void vscode.window.showInformationMessage('Clause Annotator: this draft has no term model to link to.');
    return false;
  }
  const clause = clauseAt(analysis, editor.document.offsetAt(editor.selection.active));
  if (!clause) {
    void vscode.window.showInformationMessage('Clause Annotator: put the cursor in a clause first.');
    return false;
  }
  const termId = termArgs(arg).term ?? await pickTerm(entry, `Link ${clause.label} to term`, clause.term);
  if (!termId) return false;
  const edit = new vscode.WorkspaceEdit();
  const marker = analysis.termMarkers.find((m) => m.clause === clause.index);
  if (marker) edit.replace(editor.document.uri, toRange(entry.draft, marker.idSpan), termId);
  else {
    const line = editor.document.positionAt(clause.start).line;
    const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    edit.insert(editor.document.uri, new vscode.Position(line, 0), `<!-- term: ${termId} -->${eol}`);
  }
  return vscode.workspace.applyEdit(edit);
};

const showClausesByType: Handler = async (s) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  const { editor, entry } = d;
  const byType = new Map<string, Clause[]>();
  for (const c of entry.analysis!.clauses) for (const t of c.types) {
    let list = byType.get(t.type);
    if (!list) byType.set(t.type, (list = []));
    list.push(c);
  }
  type Item = vscode.QuickPickItem & { clause?: Clause };
  const items: Item[] = [];
  for (const [type, clauses] of [...byType.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    items.push({ label: `${getTypeInfo(type)?.title ?? type} (${clauses.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const c of clauses) {
      const findings = entry.analysis!.findings.filter((f) => f.where === 'draft' && f.clause === c.index).length;
      const text = editor.document.getText(toRange(entry.draft, c)).replace(/\s+/g, ' ').slice(0, 120);
      items.push({ label: `${findings > 0 ? '$(warning) ' : ''}${c.label}`, description: c.term ? `→ ${c.term}` : undefined, detail: text, clause: c });
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Clause Annotator: no classified clauses in this draft.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Clauses by type', matchOnDetail: true });
  if (!picked?.clause) return undefined;
  return reveal(editor.document.uri, toRange(entry.draft, picked.clause));
};

const REPORT_LANGUAGES: Record<ReportFormat, string> = { markdown: 'markdown', csv: 'csv', json: 'json' };

const exportReport: Handler = async (s, arg) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  let format = typeof arg === 'string' && arg in REPORT_LANGUAGES ? (arg as ReportFormat) : undefined;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [{ label: 'Markdown', f: 'markdown' as const }, { label: 'CSV', f: 'csv' as const }, { label: 'JSON', f: 'json' as const }],
      { placeHolder: 'Report format' },
    );
    format = picked?.f;
  }
  if (!format) return undefined;
  const content = buildReport(baseName(d.editor.document.uri), d.editor.document.getText(), d.entry.analysis!, format);
  const doc = await vscode.workspace.openTextDocument({ content, language: REPORT_LANGUAGES[format] });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
};

/** Analyse every draft in the workspace (progress notification, cancellable); results go to the Problems panel. */
const analyzeWorkspace: Handler = async (s, arg) => {
  const external = arg instanceof vscode.CancellationTokenSource ? arg.token : (arg && typeof arg === 'object' && 'isCancellationRequested' in arg ? arg as vscode.CancellationToken : undefined);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clause Annotator: analysing the workspace', cancellable: true },
    async (progress, token) => {
      const uris = await s.drafts.workspaceDrafts();
      const open = vscode.workspace.textDocuments.filter((doc) => !doc.isClosed && isDraft(doc)).map((doc) => doc.uri);
      const all = [...new Map([...open, ...uris].map((u) => [u.toString(), u])).values()];
      let analysed = 0;
      let findings = 0;
      for (const uri of all) {
        if (token.isCancellationRequested || external?.isCancellationRequested) {
          return { analysed, findings, total: all.length, cancelled: true };
        }
        progress.report({ message: baseName(uri), increment: 100 / Math.max(1, all.length) });
        const r = await s.drafts.analyse(uri, true);
        if (r) {
          analysed++;
          findings += r.analysis.findings.length;
        }
      }
      if (all.length === 0) void vscode.window.showInformationMessage('Clause Annotator: no drafts (*.contract.md, *.contract.txt, *.contract) in the workspace.');
      else void vscode.commands.executeCommand('workbench.actions.view.problems');
      return { analysed, findings, total: all.length, cancelled: false };
    },
  );
};

/** id → handler. `Record<CommandId, Handler>`: TypeScript proves every contributed command has a handler. */
export const COMMAND_HANDLERS: Record<CommandId, Handler> = {
  'clauseAnnotator.analyzeWorkspace': analyzeWorkspace,
  'clauseAnnotator.showClausesByType': showClausesByType,
  'clauseAnnotator.goToTerm': goToTerm,
  'clauseAnnotator.linkClauseToTerm': linkClauseToTerm,
  'clauseAnnotator.createTermModel': createTermModel,
  'clauseAnnotator.exportReport': exportReport,
  'clauseAnnotator.toggleHighlights': (s) => !s.highlights.toggle(),
  'clauseAnnotator.insertClause': () => vscode.commands.executeCommand('editor.action.insertSnippet'),
  'clauseAnnotator.openTermModel': openTermModel,
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
