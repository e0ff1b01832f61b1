/** Insert Clause: a quick pick of the clause snippets (snippets/contract.json), inserted as a SnippetString. */
import { vscode, vsWindow } from '../../adapters/vscode';
import { readText } from '../../adapters/config';
import { errorMessage } from '../../adapters/logger';
import { OPEN_A_DRAFT, eolOf, inform, type ActionHandler } from './common';
import { parseSnippets, type ClauseSnippet } from './snippetBodies';
import { PRODUCT } from '../../core/codes';

export { parseSnippets, expandDefaults, type ClauseSnippet } from './snippetBodies';

const EXTENSION_ID = 'clause-annotator.clause-annotator';

/** The clause snippets shipped with the extension, read from its snippets/contract.json (desktop and web alike). */
export const clauseSnippets = async (): Promise<ClauseSnippet[]> => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) return [];
  return parseSnippets(JSON.parse(await readText(vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'contract.json'))));
};

const find = (arg: unknown, all: readonly ClauseSnippet[]): ClauseSnippet | undefined => {
  if (typeof arg !== 'string') return undefined;
  return all.find((s) => s.name === arg) ?? all.find((s) => s.prefix.includes(arg));
};

/**
 * Inserts the snippet picked (or named by the argument: its name or a prefix) at the cursor of the active editor.
 * On a line that already has text, the clause goes into a new paragraph after that line. One undo step.
 */
export const insertClause: ActionHandler = async (_s, arg) => {
  const editor = vsWindow.activeTextEditor;
  if (!editor) {
    inform(OPEN_A_DRAFT);
    return false;
  }
  let all: ClauseSnippet[];
  try {
    all = await clauseSnippets();
  } catch (e) {
    void vsWindow.showErrorMessage(`${PRODUCT}: cannot read the clause snippets (${errorMessage(e)}).`);
    return false;
  }
  let snippet = find(arg, all);
  if (!snippet) {
    const picked = await vsWindow.showQuickPick(
      all.map((s) => ({ label: s.name, description: s.prefix[0], detail: s.description, snippet: s })),
      { placeHolder: 'Insert clause', matchOnDescription: true, matchOnDetail: true },
    );
    snippet = picked?.snippet;
  }
  if (!snippet || vsWindow.activeTextEditor !== editor) return false;
  const doc = editor.document;
  const at = editor.selection.active;
  const line = doc.lineAt(at.line);
  if (!editor.selection.isEmpty || line.isEmptyOrWhitespace) return editor.insertSnippet(new vscode.SnippetString(snippet.body), editor.selection);
  const eol = eolOf(doc);
  return editor.insertSnippet(new vscode.SnippetString(`${eol}${eol}${snippet.body}`), line.range.end);
};
