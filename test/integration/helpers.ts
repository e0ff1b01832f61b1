/** Helpers for the integration suite (runs inside the extension host). Waits on events, never sleeps. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClauseAnnotatorApi } from '../../src/extension';

export const EXTENSION_ID = 'clause-annotator.clause-annotator';
export const SOURCE = 'Clause Annotator';

/** Figures collected by tests (shared across the separately bundled test files through globalThis). */
const g = globalThis as unknown as { __clauseFigures?: Record<string, number> };
export const figures: Record<string, number> = (g.__clauseFigures ??= {});
export function recordFigure(name: string, value: number): void {
  figures[name] = Math.round(value * 10) / 10;
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

export function fileUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, ...segments);
}

export async function api(): Promise<ClauseAnnotatorApi> {
  const ext = vscode.extensions.getExtension<ClauseAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  return ext.activate();
}

export async function open(...segments: string[]): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fileUri(...segments));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf).sort();
}

function describe(diags: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(diags.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`));
}

/** Resolves when `ok(our diagnostics of uri)` holds: checked now and on each onDidChangeDiagnostics for the uri. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  const now = ours(uri);
  if (ok(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics: ${what}; have ${describe(ours(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      const d = ours(uri);
      if (ok(d)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(d);
      }
    });
  });
}

export const hasCode = (code: string) => (d: vscode.Diagnostic[]): boolean => d.some((x) => codeOf(x) === code);
export const lacksCode = (code: string) => (d: vscode.Diagnostic[]): boolean => !d.some((x) => codeOf(x) === code);

/** Resolves on the next event, or rejects after the timeout. */
export function nextEvent<T>(event: vscode.Event<T>, filter: (e: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
    const sub = event((e) => {
      if (!filter(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** Position of the `nth` occurrence of `needle` (plus `delta` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" occurs ${nth + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(i + delta);
}

/** Hover markdown at a position, backslash escapes removed. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('clauseAnnotator').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function locationsOf(result: readonly (vscode.Location | vscode.LocationLink)[] | vscode.Location | undefined): vscode.Location[] {
  if (!result) return [];
  const list = Array.isArray(result) ? result : [result];
  return list.map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}
