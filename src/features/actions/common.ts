/** Helpers shared by the command handlers of issue 7 (src/features/actions/*). */
import { vscode, vsCommands, vsWindow } from '../../adapters/vscode';
import type { Clause } from '../../core';
import type { AnalysisEntry } from '../../adapters/analysisCache';
import { documentOf, isDraft } from '../../adapters/config';
import type { Services } from '../../adapters/services';
import { clauseAt } from '../lookup';
import { analysisFailed, typeTitle } from '../format';
import { PRODUCT } from '../../core/codes';

/** Same shape as `Handler` in commands.ts: the command table calls `handler(services, ...args)`. */
export type ActionHandler = (services: Services, ...args: unknown[]) => unknown;

export interface ActiveDraft {
  readonly editor: vscode.TextEditor;
  readonly entry: AnalysisEntry & { readonly analysis: NonNullable<AnalysisEntry['analysis']> };
}

export { baseName } from '../../adapters/convert';

/** Sets a context key for \`when\` clauses (not awaited). */
export const setContext = (key: string, value: unknown): void => {
  void vsCommands.executeCommand('setContext', key, value);
};

/** Opens the Problems panel. */
export const showProblems = (): Thenable<unknown> => vsCommands.executeCommand('workbench.actions.view.problems');

/** The message when a command needs a draft in the active editor. */
export const OPEN_A_DRAFT = 'open a contract draft first.';

/** An information message, prefixed with the extension's name. */
export const inform = (message: string): void => {
  void vsWindow.showInformationMessage(`${PRODUCT}: ${message}`);
};

/** The analysis of the document's current version, or a message saying why there is none. */
export const draftEntry = async (s: Services, doc: vscode.TextDocument, quiet = false): Promise<ActiveDraft['entry'] | undefined> => {
  const entry = await s.cache.get(doc);
  if (!entry.analysis) {
    if (!quiet) void vsWindow.showErrorMessage(analysisFailed(entry.error));
    return undefined;
  }
  return entry as ActiveDraft['entry'];
};

/** The active editor when it shows a draft, with its analysis; otherwise a message and undefined. */
export const activeDraft = async (s: Services): Promise<ActiveDraft | undefined> => {
  const editor = vsWindow.activeTextEditor;
  if (!editor || !isDraft(editor.document)) {
    inform(OPEN_A_DRAFT);
    return undefined;
  }
  const entry = await draftEntry(s, editor.document);
  return entry ? { editor, entry } : undefined;
};

/** Shows the document in an editor that stays open (not a preview). */
export const show = (doc: vscode.Uri | vscode.TextDocument): Thenable<vscode.TextEditor> => {
  return vsWindow.showTextDocument(doc as vscode.Uri, { preview: false }); // (a document or a URI: two overloads)
};

/** Shows the document, puts the cursor at the start of the range and scrolls it into view. */
export const reveal = async (uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> => {
  const editor = await show(uri);
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
};

/** Arguments the term commands accept: a term id, or `{ model?, term?, uri?, offset? }` (hover links, code actions). */
export interface TermArgs {
  readonly model?: string;
  readonly term?: string;
  /** Draft the clause is in (string form of its URI). */
  readonly uri?: string;
  /** Offset of the clause in that draft. */
  readonly offset?: number;
}

export const termArgs = (arg: unknown): TermArgs => {
  if (typeof arg === 'string') return { term: arg };
  if (arg && typeof arg === 'object') {
    const a = arg as Record<string, unknown>;
    // A clause node of the Clauses view (its context menu passes the node).
    const node = a as { kind?: unknown; clause?: { start?: unknown }; entry?: { uri?: unknown } };
    if (node.kind === 'clause' && typeof node.clause?.start === 'number' && node.entry?.uri instanceof vscode.Uri) {
      return { uri: node.entry.uri.toString(), offset: node.clause.start };
    }
    const str = (k: string): string | undefined => (typeof a[k] === 'string' ? (a[k] as string) : undefined);
    const offset = typeof a.offset === 'number' && Number.isInteger(a.offset) && a.offset >= 0 ? a.offset : undefined;
    return { model: str('model'), term: str('term'), uri: str('uri'), offset };
  }
  return {};
};

/** Quick pick of the model's terms (id, clause type, subject). Undefined when dismissed or there are none. */
export const pickTerm = async (entry: AnalysisEntry, placeHolder: string, preselect?: string): Promise<string | undefined> => {
  const model = entry.model?.parsed.model;
  if (!model) return undefined;
  const items = Object.values(model.terms).map((t) => ({
    label: t.id,
    description: typeTitle(t.type),
    detail: t.subject,
    picked: t.id === preselect,
  }));
  if (items.length === 0) {
    inform('the term model has no terms.');
    return undefined;
  }
  // The current term first, so Enter keeps it.
  items.sort((a, b) => Number(b.picked) - Number(a.picked));
  const picked = await vsWindow.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.label;
};

/** The clause a command applies to: `{ uri, offset }` from the arguments, else the cursor in the active draft. */
export const targetClause = async (s: Services, args: TermArgs): Promise<{ doc: vscode.TextDocument; entry: ActiveDraft['entry']; clause: Clause | undefined } | undefined> => {
  if (args.uri !== undefined && args.offset !== undefined) {
    const doc = documentOf(args.uri, true);
    if (!doc || !isDraft(doc)) return undefined;
    const entry = await draftEntry(s, doc);
    return entry ? { doc, entry, clause: clauseAt(entry.analysis, args.offset) } : undefined;
  }
  const d = await activeDraft(s);
  if (!d) return undefined;
  return { doc: d.editor.document, entry: d.entry, clause: cursorClause(d) };
};

/** The clause at the cursor of the active draft. */
export const cursorClause = (d: ActiveDraft): Clause | undefined => clauseAt(d.entry.analysis, d.editor.document.offsetAt(d.editor.selection.active));

/** The line ending of a document as text. */
export const eolOf = (doc: vscode.TextDocument): string => doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';

/** Inserts the marker line `<!-- body -->` above `line`, indented like it, with the document's line ending. */
export const insertMarkerLine = (edit: vscode.WorkspaceEdit, doc: vscode.TextDocument, line: number, body: string): void => {
  edit.insert(doc.uri, new vscode.Position(line, 0), `${indentOf(doc.lineAt(line).text)}<!-- ${body} -->${eolOf(doc)}`);
};

/** Leading spaces and tabs of a line. */
export const indentOf = (line: string): string => {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line.slice(0, i);
};

/** A line that holds only HTML comments (`<!-- ... -->`), e.g. a marker line. */
export const isCommentLine = (line: string): boolean => {
  const t = line.trim();
  return t.startsWith('<!--') && t.endsWith('-->');
};

/** A line that starts a Markdown block of its own: heading, list item, numbered paragraph "2.1", "(a)". */
const BLOCK_START = /^[ \t]{0,12}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|\(?[A-Za-z0-9]{1,6}\)[ \t]|\d{1,4}(?:\.\d{1,4}){1,6}\.?[ \t])/;

/**
 * The line a marker for the clause (or the finding) at `offset` goes above: the clause's own line when the clause
 * starts the line (after indentation and a list or number lead), else the first line of its paragraph.
 */
export const markerLine = (doc: vscode.TextDocument, clause: Clause | undefined, offset: number): number => {
  const start = clause ? clause.start : offset;
  const pos = doc.positionAt(start);
  let line = pos.line;
  const text = doc.lineAt(line).text;
  const lead = text.slice(0, pos.character);
  const startsLine = lead.trim() === '' || BLOCK_START.test(lead + ' ');
  if (startsLine) return line;
  // A clause inside a paragraph: the marker goes above the paragraph (a comment line would split it).
  while (line > 0 && !BLOCK_START.test(doc.lineAt(line).text)) {
    const prev = doc.lineAt(line - 1);
    if (prev.isEmptyOrWhitespace || isCommentLine(prev.text)) break;
    line--;
  }
  return line;
};
