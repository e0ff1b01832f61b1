/** Clauses grouped by type (shared by Show Clauses by Type and the Clauses view), and Toggle Clause Highlights. */
import { vscode, vsWindow } from '../../adapters/vscode';
import type { Clause, DocumentAnalysis, Finding } from '../../core';
import { plural, typeTitle } from '../format';
import { toRange } from '../../adapters/convert';
import { clauseAt } from '../lookup';
import { memo } from '../../core/check/model/util';
import { activeDraft, inform, reveal, setContext, type ActionHandler } from './common';

export interface ClauseGroup {
  readonly type: string;
  readonly title: string;
  readonly clauses: readonly Clause[];
}

/** Clause types in order of first appearance, each with its clauses in document order. */
export const groupClauses = (analysis: DocumentAnalysis): ClauseGroup[] => {
  const byType = new Map<string, Clause[]>();
  for (const c of analysis.clauses) {
    for (const t of c.types) {
      memo(byType, t.type, (): Clause[] => []).push(c);
    }
  }
  return [...byType.entries()].map(([type, clauses]) => ({ type, title: typeTitle(type), clauses }));
};

/** Draft findings per clause index (by the finding's clause, else the clause containing its start). One pass. */
export const findingsByClause = (analysis: DocumentAnalysis): Map<number, Finding[]> => {
  const out = new Map<number, Finding[]>();
  for (const f of analysis.findings) {
    if (f.where !== 'draft') continue;
    const i = f.clause ?? clauseAt(analysis, f.start)?.index;
    if (i === undefined) continue;
    memo(out, i, (): Finding[] => []).push(f);
  }
  return out;
};

/** One line of a clause's text (its first 600 characters at most) for labels and tooltips: whitespace folded, clipped. */
export const excerpt = (doc: vscode.TextDocument, c: { readonly start: number; readonly end: number }, max = 120): string => {
  const text = doc.getText(new vscode.Range(doc.positionAt(c.start), doc.positionAt(Math.min(c.end, c.start + 600))));
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

interface ClauseItem extends vscode.QuickPickItem {
  readonly clause?: Clause;
}

/** The quick pick's items: a separator per type (with its count), then its clauses; `$(warning)` marks conflicts. */
export const clausePickItems = (doc: vscode.TextDocument, analysis: DocumentAnalysis): ClauseItem[] => {
  const findings = findingsByClause(analysis);
  const items: ClauseItem[] = [];
  for (const g of groupClauses(analysis)) {
    items.push({ label: `${g.title} (${g.clauses.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const c of g.clauses) {
      const n = findings.get(c.index)?.length ?? 0;
      items.push({
        label: `${n > 0 ? '$(warning) ' : ''}${c.label}`,
        description: [c.term ? `→ ${c.term}` : '', n > 0 ? plural(n, 'finding') : ''].filter(Boolean).join(' · ') || undefined,
        detail: excerpt(doc, c),
        clause: c,
      });
    }
  }
  return items;
};

/**
 * Show Clauses by Type: a quick pick of the active draft's clauses grouped by type; the one picked is revealed.
 * Argument `{ index }` (a clause index) reveals that clause without asking.
 */
export const showClausesByType: ActionHandler = async (s, arg) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  const { editor, entry } = d;
  const index = arg && typeof arg === 'object' && typeof (arg as { index?: unknown }).index === 'number' ? (arg as { index: number }).index : undefined;
  let clause: Clause | undefined = index !== undefined ? entry.analysis.clauses[index] : undefined;
  if (!clause) {
    const items = clausePickItems(editor.document, entry.analysis);
    if (items.length === 0) {
      inform('no classified clauses in this draft.');
      return undefined;
    }
    const picked = await vsWindow.showQuickPick(items, { placeHolder: 'Clauses by type: pick one to reveal it', matchOnDetail: true, matchOnDescription: true });
    clause = picked?.clause;
  }
  if (!clause) return undefined;
  if (editor.document.version !== entry.version) return undefined;
  return reveal(editor.document.uri, toRange(entry.draft, clause));
};

/** Toggle Clause Highlights: hides or shows the clause colours for this session (the setting is untouched). */
export const toggleHighlights: ActionHandler = (s) => {
  const hidden = s.highlights.toggle();
  setContext('clauseAnnotator.highlightsHidden', hidden);
  return !hidden;
};
