import { vscode, vsWorkspace } from './vscode';
import type { SeveritySetting } from '../core';
import { FINDING_CODES } from '../core';
import { SETTING_DEFAULTS, SETTING_SECTION, type SettingKey } from './configKeys';

/** The extension's settings for one resource, read through one typed reader. */
export interface Settings {
  /** Path of the term model (relative to the workspace folder), '' = none. */
  readonly termModel: string;
  /** Language ids analysed besides `contract`. */
  readonly languages: readonly string[];
  /** Severity remap per finding code. */
  readonly severity: Readonly<Partial<Record<string, SeveritySetting>>>;
  readonly debounceMs: number;
  readonly decorationsEnabled: boolean;
  readonly maxFileSize: number;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];
const CODES: ReadonlySet<string> = new Set(FINDING_CODES);

const get = <T>(cfg: vscode.WorkspaceConfiguration, key: SettingKey): T => cfg.get<T>(key, SETTING_DEFAULTS[key] as T);

/** Reads every setting (for `scope`, e.g. a document URI, so folder settings apply). Invalid values fall back to defaults. */
export const readSettings = (scope?: vscode.ConfigurationScope): Settings => {
  const cfg = vsWorkspace.getConfiguration(SETTING_SECTION, scope ?? null);
  const termModel = get<unknown>(cfg, 'termModel');
  const languages = get<unknown>(cfg, 'languages');
  const severity = get<unknown>(cfg, 'severity');
  const debounceMs = get<unknown>(cfg, 'debounceMs');
  const decorations = get<unknown>(cfg, 'decorations.enabled');
  const maxFileSize = get<unknown>(cfg, 'maxFileSize');
  const sev: Record<string, SeveritySetting> = {};
  if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
    for (const [code, value] of Object.entries(severity as Record<string, unknown>)) {
      if (CODES.has(code) && typeof value === 'string' && SEVERITIES.includes(value)) sev[code] = value as SeveritySetting;
    }
  }
  return {
    termModel: typeof termModel === 'string' ? termModel.trim() : '',
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [...SETTING_DEFAULTS.languages],
    severity: sev,
    debounceMs: typeof debounceMs === 'number' && Number.isFinite(debounceMs) ? Math.max(0, Math.min(10_000, debounceMs)) : SETTING_DEFAULTS.debounceMs,
    decorationsEnabled: typeof decorations === 'boolean' ? decorations : SETTING_DEFAULTS['decorations.enabled'],
    maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : SETTING_DEFAULTS.maxFileSize,
  };
};

/** Subscribes to changes of any `clauseAnnotator.*` setting (the one configuration change handler). */
export const onDidChangeSettings = (listener: (e: vscode.ConfigurationChangeEvent) => void): vscode.Disposable => {
  return vsWorkspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SETTING_SECTION)) listener(e);
  });
};

/** URI schemes never analysed (output panes, SCM and diff originals, debug consoles). */
const IGNORED_SCHEMES: ReadonlySet<string> = new Set(['output', 'git', 'vscode-scm', 'debug', 'comment', 'walkThroughSnippet', 'vscode-settings']);

/** A term model's file name (`*.terms.yaml`, `*.terms.yml`). */
export const MODEL_FILE = /\.terms\.ya?ml$/i;

export const isTermModelUri = (uri: vscode.Uri): boolean => MODEL_FILE.test(uri.path);

/** The document VS Code holds with this URI (`uri.toString()`), when `open` only if it is not closed. */
/** A file's text (UTF-8), read through the workspace file system (local, remote or virtual). */
export const readText = async (uri: vscode.Uri): Promise<string> =>
  new TextDecoder().decode(await vsWorkspace.fs.readFile(uri));

export const documentOf = (key: string, open?: boolean): vscode.TextDocument | undefined =>
  vsWorkspace.textDocuments.find((d) => d.uri.toString() === key && !(open && d.isClosed));

/** The drafts open in VS Code (documents not closed that are drafts), in its order. */
export const openDrafts = (): vscode.TextDocument[] =>
  vsWorkspace.textDocuments.filter((d) => !d.isClosed && isDraft(d));

/** True when the document is a draft to analyse: language `contract`, or one listed in `clauseAnnotator.languages`. */
export const isDraft = (doc: vscode.TextDocument): boolean => {
  if (IGNORED_SCHEMES.has(doc.uri.scheme) || isTermModelUri(doc.uri)) return false;
  if (doc.languageId === 'contract') return true;
  return readSettings(doc.uri).languages.includes(doc.languageId);
};
