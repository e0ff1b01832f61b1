/**
 * The clause snippets shipped with the extension (snippets/contract.json, the file `contributes.snippets` names) and
 * their default expansion. No vscode import. The file is read when Insert Clause runs (snippets.ts), not bundled:
 * it would add 4 KB to both extension bundles.
 */

export interface ClauseSnippet {
  readonly name: string;
  readonly prefix: readonly string[];
  readonly description: string;
  /** Snippet syntax (`${1:placeholder}`, `${2|a,b|}`, `$0`), lines joined with `\n`. */
  readonly body: string;
}

/** The snippets of a VS Code snippet file's JSON (entries without a body are skipped; anything else gives []). */
export const parseSnippets = (json: unknown): ClauseSnippet[] => {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
  const raw = json as Record<string, { prefix?: string | string[]; description?: string; body?: string | string[] }>;
  return Object.entries(raw).flatMap(([name, s]) => {
    if (!s || s.body === undefined) return [];
    const body = Array.isArray(s.body) ? s.body.join('\n') : String(s.body);
    const prefix = s.prefix === undefined ? [] : Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    return [{ name, prefix, description: s.description ?? '', body }];
  });
};

/** The snippet body with its placeholders replaced by their defaults (first choice of a choice): what Enter inserts. */
export const expandDefaults = (body: string): string => {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i += 2;
    } else if (c === '$' && body[i + 1] === '{') {
      // ${N:default} or ${N|a,b|}: keep the default / first choice (defaults here hold no nested placeholders).
      const close = body.indexOf('}', i);
      if (close < 0) { out += body.slice(i); break; }
      const inner = body.slice(i + 2, close);
      const colon = inner.indexOf(':');
      const bar = inner.indexOf('|');
      if (bar >= 0 && (colon < 0 || bar < colon)) out += inner.slice(bar + 1, inner.lastIndexOf('|')).split(',')[0];
      else if (colon >= 0) out += inner.slice(colon + 1);
      i = close + 1;
    } else if (c === '$' && /[0-9]/.test(body[i + 1] ?? '')) {
      i++;
      while (i < body.length && /[0-9]/.test(body[i])) i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
};
