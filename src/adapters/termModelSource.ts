import { vscode, Emitter, vsWorkspace } from './vscode';
import type { ParsedTermModel } from '../core';
import { parseTermModel } from '../core';
import { documentOf, MODEL_FILE, readSettings, readText } from './config';
import { draftStem, textRefOfText, type TextRef } from './convert';
import { pickModel } from '../core/model/pick';
import { errorMessage, logged, type Logger } from './logger';
import { PRODUCT } from '../core/codes';
import { memo } from '../core/check/model/util';

/** A term model as read and parsed (from the open editor when the YAML is open, else from the file system). */
export interface LoadedModel {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly parsed: ParsedTermModel;
  readonly ref: TextRef;
}

/** How a draft found its model: a loaded model, or the path it named that could not be read. */
export interface ModelLookup {
  readonly model: LoadedModel | null;
  /** Set when the draft (front matter) or the setting names a model that cannot be read. */
  readonly missing?: { readonly path: string; readonly from: 'front-matter' | 'setting' };
}

export interface ModelChange {
  readonly uri: vscode.Uri;
  /** created or deleted: which model a draft uses may change. */
  readonly structural: boolean;
  /** The change came from typing in an open YAML editor (callers debounce it). */
  readonly typing: boolean;
}

const FRONT_MATTER_SCAN = 8192;

/** `terms:` from the draft's YAML front matter (only the first 8 KB are looked at; the core reports the rest). */
export const frontMatterTerms = (text: string): string | undefined => {
  const lines = text.slice(0, FRONT_MATTER_SCAN).replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length < 2 || lines[0].trimEnd() !== '---') return undefined;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i];
    const t = line.trimEnd();
    if (t === '---' || t === '...') return undefined;
    if (!line.startsWith('terms')) continue;
    const rest = line.slice(5).trimStart();
    if (!rest.startsWith(':')) continue;
    let value = rest.slice(1);
    const hash = value.indexOf(' #');
    if (hash >= 0) value = value.slice(0, hash);
    value = value.trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) value = value.slice(1, -1).trim();
    return value && /\.ya?ml$/i.test(value) ? value : undefined;
  }
  return undefined;
};

const parentOf = (uri: vscode.Uri): vscode.Uri | undefined => {
  let end = uri.path.length;
  while (end > 0 && uri.path.charCodeAt(end - 1) === 47 /* / */) end--;
  const path = uri.path.slice(0, end);
  const i = path.lastIndexOf('/');
  if (i < 0 || path === '') return undefined;
  return uri.with({ path: i === 0 ? '/' : path.slice(0, i) });
};

/** Finds, reads, parses and watches term models. One instance, created by the composition root. */
export class TermModelSource implements vscode.Disposable {
  readonly #models = new Map<string, Promise<LoadedModel | null>>();
  readonly #listings = new Map<string, Promise<string[]>>();
  readonly #changed = new Emitter<ModelChange>();
  readonly #loaded = new Emitter<LoadedModel>();
  readonly #disposables: vscode.Disposable[] = [];
  /** Fired when a model file is created, changed or deleted, or edited in an open editor. */
  readonly onDidChange = this.#changed.event;
  /** Fired each time a model is (re)read and parsed. */
  readonly onDidLoad = this.#loaded.event;

  readonly #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
    const watcher = vsWorkspace.createFileSystemWatcher('**/*.terms.{yaml,yml}');
    /** A model file created or deleted: which model a draft uses may change. */
    const structural = (uri: vscode.Uri): void => this.#invalidate(uri, true, false);
    this.#disposables.push(
      watcher,
      watcher.onDidCreate(structural),
      watcher.onDidDelete(structural),
      watcher.onDidChange((uri) => this.#invalidate(uri, false, false)),
      vsWorkspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.#models.has(e.document.uri.toString())) this.#invalidate(e.document.uri, false, true);
      }),
      // An unsaved edit is dropped when its editor closes: fall back to the file.
      vsWorkspace.onDidCloseTextDocument((doc) => {
        if (doc.isDirty && this.#models.has(doc.uri.toString())) this.#invalidate(doc.uri, false, false);
      }),
      this.#changed,
      this.#loaded,
    );
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }

  /** Forget everything (settings changed). */
  reset(): void {
    this.#models.clear();
    this.#listings.clear();
  }

  #invalidate(uri: vscode.Uri, structural: boolean, typing: boolean): void {
    this.#models.delete(uri.toString());
    if (structural) this.#listings.clear();
    this.#changed.fire({ uri, structural, typing });
  }

  /** The model at `uri`: parsed once per change; null when it cannot be read. Never throws. */
  load(uri: vscode.Uri): Promise<LoadedModel | null> {
    return memo(this.#models, uri.toString(), () => this.#read(uri));
  }

  async #read(uri: vscode.Uri): Promise<LoadedModel | null> {
    let text: string;
    const open = documentOf(uri.toString());
    try {
      // Unsaved edits count; otherwise the file is the truth (an editor may still show a deleted file).
      if (open?.isDirty) text = open.getText();
      else text = await readText(uri);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.#log.error(`Cannot read term model ${logged(uri)}`, e);
      return null;
    }
    let parsed: ParsedTermModel;
    try {
      parsed = parseTermModel(text);
    } catch (e) {
      this.#log.error(`The term model parser failed on ${logged(uri)}`, e);
      parsed = {
        model: null,
        problems: [{
          code: 'model-syntax', severity: 'error', where: 'model', start: 0, end: 0, related: [], fixes: [],
          message: `${PRODUCT} could not read this term model (${errorMessage(e)}). See Output › ${PRODUCT}.`,
        }],
      };
    }
    const model: LoadedModel = { uri, text, parsed, ref: textRefOfText(uri, text) };
    this.#loaded.fire(model);
    return model;
  }

  #list(dir: vscode.Uri): Promise<string[]> {
    return memo(this.#listings, dir.toString(), () => Promise.resolve(vsWorkspace.fs.readDirectory(dir)).then(
      (entries) => entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && MODEL_FILE.test(name)).map(([name]) => name).sort(),
      (): string[] => [],
    ));
  }

  /**
   * The term model for a draft: front matter `terms:` (relative to the draft) → the nearest `*.terms.yaml`
   * in the draft's folder or its parents (up to the workspace folder) → the `clauseAnnotator.termModel` setting.
   */
  async forDraft(draftUri: vscode.Uri, text: string): Promise<ModelLookup> {
    const untitled = draftUri.scheme === 'untitled';
    const folder = vsWorkspace.getWorkspaceFolder(draftUri) ?? (untitled ? vsWorkspace.workspaceFolders?.[0] : undefined);
    const hierarchical = !untitled && draftUri.path.startsWith('/');
    const fm = frontMatterTerms(text);
    if (fm) {
      const base = hierarchical ? parentOf(draftUri) : folder?.uri;
      if (base) return this.#named(base, fm, 'front-matter');
    }
    if (hierarchical) {
      const stem = draftStem(draftUri);
      let dir = parentOf(draftUri);
      const root = folder?.uri.toString();
      for (let depth = 0; dir && depth < 32; depth++) {
        const names = await this.#list(dir);
        if (names.length > 0) {
          // the one named after the draft or its deal; of several named after other deals, none (as the CLI)
          const name = pickModel(names, stem);
          if (!name) break;
          const model = await this.load(vscode.Uri.joinPath(dir, name));
          if (model) return { model };
        }
        if (!root || dir.toString() === root || dir.toString().length <= root.length) break;
        dir = parentOf(dir);
      }
    }
    const setting = readSettings(draftUri).termModel;
    if (setting && folder) return this.#named(folder.uri, setting, 'setting');
    return { model: null };
  }

  /** The model at `path` (absolute, or relative to `base`), or what is missing. */
  async #named(base: vscode.Uri, path: string, from: 'front-matter' | 'setting'): Promise<ModelLookup> {
    const model = await this.load(path.startsWith('/') ? base.with({ path }) : vscode.Uri.joinPath(base, path));
    return model ? { model } : { model: null, missing: { path, from } };
  }
}
