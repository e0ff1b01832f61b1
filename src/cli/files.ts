import * as fs from 'fs';
import * as path from 'path';
import { pickModel } from '../core/model/pick';

/** File patterns of the `contract` language (package.json `contributes.languages`). */
export function isDraftFile(name: string): boolean {
  return /\.contract(\.md|\.txt)?$/i.test(name);
}

export function isTermModelFile(name: string): boolean {
  return /\.terms\.ya?ml$/i.test(name);
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.host', '.vscode-test']);

/** Drafts named on the command line, or found (recursively) in the folders named. Sorted, unique. */
export function collectDrafts(paths: readonly string[]): { drafts: string[]; errors: string[] } {
  const found = new Set<string>();
  const errors: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push(`cannot read folder ${dir}: ${(e as Error).message}`);
      return;
    }
    for (const ent of entries) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (!SKIP_DIRS.has(ent.name)) walk(p);
      } else if (ent.isFile() && isDraftFile(ent.name)) {
        found.add(p);
      }
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`no such file or folder: ${p}`);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else found.add(p);
  }
  return { drafts: [...found].sort(), errors };
}

/** `terms:` from the draft's YAML front matter, if any. */
export function frontMatterTerms(text: string): string | undefined {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---\r?\n/.test(t)) return undefined;
  const end = t.indexOf('\n---', 3);
  if (end < 0) return undefined;
  for (const raw of t.slice(0, end).split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.startsWith('terms:')) continue;
    let v = line.slice(6).trim();
    if (v.startsWith('"') || v.startsWith("'")) {
      const close = v.indexOf(v[0], 1);
      v = close > 0 ? v.slice(1, close) : v.slice(1);
    } else {
      const hash = v.indexOf('#');
      if (hash >= 0) v = v.slice(0, hash);
    }
    v = v.trim();
    return v || undefined;
  }
  return undefined;
}

/**
 * Which term model applies to a draft: `--model`, else `terms:` in the draft's front matter, else the nearest
 * `*.terms.yaml` in the draft's folder or its parents, up to the root of its git repository (the folder holding
 * `.git`) when it is in one. Returns undefined when there is none.
 */
export function resolveModelPath(draftPath: string, draftText: string, explicit?: string, note?: (message: string) => void): string | undefined {
  if (explicit) return explicit;
  const fm = frontMatterTerms(draftText);
  if (fm) return path.resolve(path.dirname(draftPath), fm);
  let dir = path.dirname(path.resolve(draftPath));
  for (;;) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir).filter(isTermModelFile).sort();
    } catch {
      /* unreadable folder: keep climbing */
    }
    if (names.length > 0) {
      // Several models in one folder: the one named after the draft or its deal, as in the editor; else none
      const base = path.basename(draftPath).replace(/\.contract(\.md|\.txt)?$/i, '').replace(/\.(md|txt)$/i, '');
      const own = pickModel(names, base);
      if (!own) note?.(`${draftPath}: ${names.length} term models in ${dir} and none is named after the draft; checked without one (choose with --model or \`terms:\` in the draft's front matter)`);
      return own && path.join(dir, own);
    }
    // The repository's root is the last folder searched (as the workspace folder is in the editor): a model above it
    // belongs to something else
    if (fs.existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
