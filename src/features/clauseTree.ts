/**
 * The Clauses view (Explorer): the active draft's clause types with their counts, and under each type its clauses,
 * marked when findings sit on them. Clicking a clause reveals it. Follows the active editor and each new analysis.
 */
import { vscode, Disposable, Emitter, vsCommands, vsWindow } from '../adapters/vscode';
import type { Clause, Finding } from '../core';
import { getTypeInfo } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { isDraft } from '../adapters/config';
import { toRange } from '../adapters/convert';
import type { Services } from '../adapters/services';
import { excerpt, findingsByClause, groupClauses } from './actions/clauses';
import { setContext } from './actions/common';
import { clauseColorId } from './decorations';
import { plural, severityIcon } from './format';

export const CLAUSES_VIEW = 'clauseAnnotator.clauses';
/** Context key: a draft has been active in this window (shows the view). */
export const CONTEXT_SHOW_VIEW = 'clauseAnnotator.showClausesView';
/** Internal command: a plain snapshot of what the view shows (tests, other extensions). */
export const SNAPSHOT_COMMAND = 'clauseAnnotator._clausesViewSnapshot';

export type ClauseNode =
  | { readonly kind: 'type'; readonly type: string; readonly title: string; readonly clauses: readonly Clause[]; readonly conflicts: number; readonly entry: AnalysisEntry }
  | { readonly kind: 'clause'; readonly type: string; readonly clause: Clause; readonly findings: readonly Finding[]; readonly entry: AnalysisEntry; readonly text: string };

/** What the view shows, as plain data. */
export interface ClausesSnapshot {
  readonly uri: string | null;
  readonly message: string | undefined;
  readonly types: readonly {
    readonly type: string;
    readonly label: string;
    readonly description: string;
    readonly clauses: readonly { readonly label: string; readonly description: string; readonly index: number; readonly conflict: boolean; readonly icon: string; readonly line: number; readonly command: vscode.Command | undefined }[];
  }[];
}

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'] as const;

const worst = (findings: readonly Finding[]): Finding['severity'] | undefined => {
  for (const s of SEVERITY_ORDER) if (findings.some((f) => f.severity === s)) return s;
  return undefined;
};

/** True when some editor tab shows the document. */
const hasTab = (uri: vscode.Uri): boolean => {
  const key = uri.toString();
  return vsWindow.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
};

export class ClauseTreeProvider implements vscode.TreeDataProvider<ClauseNode>, vscode.Disposable {
  readonly #changed = new Emitter<ClauseNode | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  #doc: vscode.TextDocument | undefined;
  readonly #subs: vscode.Disposable[];
  /** Set by the view to show a message when there is nothing to list. */
  message: ((m: string | undefined) => void) | undefined;

  constructor(private readonly s: Services) {
    this.#subs = [
      vsWindow.onDidChangeActiveTextEditor((e) => this.#follow(e)),
      vsWindow.tabGroups.onDidChangeTabs((e) => { if (e.closed.length > 0) this.#followActive(); }),
      s.cache.onDidAnalyseLater((e) => { if (this.#shows(e.uri)) this.#changed.fire(undefined); }),
      s.cache.onDidForget((uri) => { if (this.#shows(uri)) this.#followActive(); }),
      this.#changed,
    ];
    this.#followActive();
  }

  #followActive(): void {
    this.#follow(vsWindow.activeTextEditor);
  }

  /** The view shows this document. */
  #shows(uri: vscode.Uri): boolean {
    return !!this.#doc && uri.toString() === this.#doc.uri.toString();
  }

  dispose(): void {
    for (const d of this.#subs) d.dispose();
  }

  /** The draft shown: the active editor's when it is a draft; otherwise the view keeps the last draft while it is open. */
  #follow(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    if (doc && isDraft(doc)) {
      setContext(CONTEXT_SHOW_VIEW, true);
      if (this.#shows(doc.uri)) return;
      this.#doc = doc;
    } else if (this.#doc && !this.#doc.isClosed && hasTab(this.#doc.uri)) {
      return; // e.g. the term model is active: keep showing the draft while its tab is open
    } else {
      if (!this.#doc) return;
      this.#doc = undefined;
    }
    this.#changed.fire(undefined);
  }

  /** The entry for the shown draft (the latest analysis; a newer one fires onDidChangeTreeData). */
  async #entry(): Promise<AnalysisEntry | undefined> {
    const doc = this.#doc;
    if (!doc || doc.isClosed) return undefined;
    return this.s.cache.peek(doc) ?? this.s.cache.get(doc);
  }

  async getChildren(node?: ClauseNode): Promise<ClauseNode[]> {
    if (node) return node.kind === 'type' ? this.#clauseNodes(node) : [];
    const entry = await this.#entry();
    if (!entry?.analysis) {
      this.message?.(!this.#doc ? 'Open a contract draft to see its clauses.' : entry?.error ? `The draft could not be analysed: ${entry.error}` : undefined);
      return [];
    }
    const groups = groupClauses(entry.analysis);
    const findings = findingsByClause(entry.analysis);
    this.message?.(groups.length === 0 ? 'No classified clauses in this draft.' : undefined);
    // (a group is type, title and clauses)
    return groups.map((g) => ({
      kind: 'type', ...g, entry,
      conflicts: g.clauses.filter((c) => (findings.get(c.index)?.length ?? 0) > 0).length,
    }));
  }

  #clauseNodes(node: Extract<ClauseNode, { kind: 'type' }>): ClauseNode[] {
    const analysis = node.entry.analysis!;
    const findings = findingsByClause(analysis);
    const doc = this.#doc;
    const current = doc && doc.version === node.entry.version;
    return node.clauses.map((clause) => ({
      kind: 'clause', type: node.type, clause, entry: node.entry, findings: findings.get(clause.index) ?? [],
      text: current ? excerpt(doc, clause, 80) : '',
    }));
  }

  getTreeItem(node: ClauseNode): vscode.TreeItem {
    const typeId = `${node.entry.uri.toString()}#type:${node.type}`;
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = typeId;
      item.description = `${node.clauses.length}${node.conflicts > 0 ? ` · ${node.conflicts} with findings` : ''}`;
      item.tooltip = `${getTypeInfo(node.type)?.description ?? node.title}\n${plural(node.clauses.length, 'clause')}`;
      item.iconPath = new vscode.ThemeIcon('symbol-class', new vscode.ThemeColor(clauseColorId(node.type)));
      item.contextValue = 'clauseType';
      return item;
    }
    const { clause, findings } = node;
    const item = new vscode.TreeItem(clause.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${typeId}#clause:${clause.index}`;
    item.description = [clause.term ? `→ ${clause.term}` : '', node.text].filter(Boolean).join('  ');
    const sev = worst(findings);
    // error, warning or info, and its theme colour problemsErrorIcon.foreground, problemsWarningIcon.foreground...
    const icon = sev === 'error' || sev === 'warning' ? sev : 'info';
    item.iconPath = sev ? new vscode.ThemeIcon(icon, new vscode.ThemeColor(`problems${icon[0].toUpperCase()}${icon.slice(1)}Icon.foreground`)) : new vscode.ThemeIcon('circle-small');
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${clause.label}**${clause.term ? ` → term \`${clause.term}\`` : ''}\n\n`);
    tip.appendText(node.text);
    for (const f of findings) tip.appendMarkdown(`\n\n${severityIcon(f)} \`${f.code}\` `).appendText(f.message);
    tip.supportThemeIcons = true;
    item.tooltip = tip;
    item.contextValue = findings.length > 0 ? 'clause.conflict' : 'clause';
    item.accessibilityInformation = { label: `${clause.label}${findings.length > 0 ? `, ${findings.length} findings` : ''}` };
    item.command = {
      command: 'clauseAnnotator._revealRange',
      title: 'Reveal Clause',
      arguments: [node.entry.uri, toRange(node.entry.draft, clause)],
    };
    return item;
  }

  getParent(node: ClauseNode): ClauseNode | undefined {
    if (node.kind === 'type') return undefined;
    const g = groupClauses(node.entry.analysis!).find((x) => x.type === node.type);
    return g ? { kind: 'type', ...g, entry: node.entry, conflicts: 0 } : undefined;
  }

  /** What the view shows now, as plain data (after waiting for the shown draft's analysis). */
  async snapshot(): Promise<ClausesSnapshot> {
    this.#followActive();
    let message: string | undefined;
    const prev = this.message;
    this.message = (m) => { message = m; };
    try {
      const roots = await this.getChildren();
      const types = [];
      /** An item's label and description as text. */
      const texts = (item: vscode.TreeItem) => ({ label: String(item.label), description: String(item.description ?? '') });
      for (const r of roots) {
        const item = this.getTreeItem(r);
        const clauses = this.getChildren(r).then((cs) => cs.map((c) => {
          const ci = this.getTreeItem(c);
          const node = c as Extract<ClauseNode, { kind: 'clause' }>;
          return {
            ...texts(ci), index: node.clause.index,
            conflict: node.findings.length > 0, icon: (ci.iconPath as vscode.ThemeIcon).id,
            line: node.entry.draft.positionAt(node.clause.start).line,
            command: ci.command,
          };
        }));
        types.push({ type: (r as Extract<ClauseNode, { kind: 'type' }>).type, ...texts(item), clauses: await clauses });
      }
      return { uri: this.#doc?.uri.toString() ?? null, message, types };
    } finally {
      this.message = prev;
    }
  }
}

export const registerClauseTree = (services: Services): vscode.Disposable => {
  const provider = new ClauseTreeProvider(services);
  const view = vsWindow.createTreeView(CLAUSES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  provider.message = (m) => { view.message = m; };
  return Disposable.from(
    view,
    provider,
    vsCommands.registerCommand(SNAPSHOT_COMMAND, () => provider.snapshot()),
  );
};
