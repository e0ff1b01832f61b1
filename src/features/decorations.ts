import { vscode, Disposable, vsWindow } from '../adapters/vscode';
import type { Clause } from '../core';
import { BUILTIN_TYPE_IDS } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { isDraft, onDidChangeSettings, readSettings } from '../adapters/config';
import { toRange } from '../adapters/convert';
import type { Services } from '../adapters/services';
import { memo } from '../core/check/model/util';

/**
 * Themeable colour id of a built-in clause type (contributed in package.json `contributes.colors`).
 * VS Code colour ids allow only word characters and dots, so `revenue-share` → `clauseAnnotator.clause.revenueShare`.
 */
export const clauseColorId = (typeId: string): string =>
  `clauseAnnotator.clause.${typeId.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;

const FALLBACK_CUSTOM_COLOR = '#888888';
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const decorationFor = (color: string | vscode.ThemeColor): vscode.TextEditorDecorationType => {
  return vsWindow.createTextEditorDecorationType({
    borderColor: color,
    borderStyle: 'solid',
    borderWidth: '0 0 0 3px',
    overviewRulerColor: color,
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
};

/** The type a clause is drawn with: its most confident type. */
export const primaryType = (clause: Clause): string | undefined => {
  let best: Clause['types'][number] | undefined;
  for (const t of clause.types) if (!best || t.confidence > best.confidence) best = t;
  return best?.type;
};

/** Marks each classified clause by type: a left border in the type's colour and an overview-ruler mark. */
export const registerDecorations = ({ cache, highlights }: Services): vscode.Disposable => {
  const builtin = new Map<string, vscode.TextEditorDecorationType>(
    BUILTIN_TYPE_IDS.map((id) => [id, decorationFor(new vscode.ThemeColor(clauseColorId(id)))]),
  );
  /** Custom types (from term models), one decoration type per colour. */
  const custom = new Map<string, vscode.TextEditorDecorationType>();

  const typeFor = (typeId: string, entry: AnalysisEntry): vscode.TextEditorDecorationType => {
    const b = builtin.get(typeId);
    if (b) return b;
    const declared = entry.model?.parsed.model?.clauseTypes[typeId]?.color;
    const color = declared && HEX_COLOR.test(declared) ? declared.toLowerCase() : FALLBACK_CUSTOM_COLOR;
    return memo(custom, color, () => decorationFor(color));
  };

  /** Every decoration type made so far, the built-in ones first. */
  const every = (): vscode.TextEditorDecorationType[] => [...builtin.values(), ...custom.values()];

  const apply = (editor: vscode.TextEditor): void => {
    const doc = editor.document;
    const off = highlights.hidden || !isDraft(doc) || !readSettings(doc.uri).decorationsEnabled;
    const entry = off ? undefined : cache.peek(doc);
    if (off) {
      for (const d of every()) editor.setDecorations(d, []);
      return;
    }
    if (!entry?.analysis) return; // not analysed yet: keep what is shown (VS Code moves it with edits)
    const ranges = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const clause of entry.analysis.clauses) {
      const type = primaryType(clause);
      if (!type) continue;
      const d = typeFor(type, entry);
      memo(ranges, d, (): vscode.Range[] => []).push(toRange(entry.draft, clause));
    }
    for (const d of every()) editor.setDecorations(d, ranges.get(d) ?? []);
  };

  const applyAll = (): void => { for (const e of vsWindow.visibleTextEditors) apply(e); };
  const applyTo = (uri: vscode.Uri): void => {
    const key = uri.toString();
    for (const e of vsWindow.visibleTextEditors) if (e.document.uri.toString() === key) apply(e);
  };

  applyAll();
  return Disposable.from(
    cache.onDidAnalyseLater((entry) => applyTo(entry.uri)),
    vsWindow.onDidChangeVisibleTextEditors(applyAll),
    highlights.onDidChange(applyAll),
    onDidChangeSettings(applyAll),
    { dispose: () => { for (const d of every()) d.dispose(); custom.clear(); } },
  );
};
