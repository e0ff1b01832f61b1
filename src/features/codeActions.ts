/**
 * Quick fixes. For each of our diagnostics under the cursor: the core's fix proposals (`Finding.fixes`, preferred
 * where the core says so), "Ignore this finding here" (a `<!-- clause-annotator-ignore CODE -->` line above the
 * clause) and "Link clause to term…". Diagnostics are matched back to the cached analysis's findings (code, message,
 * range): nothing is re-parsed. Every fix is one `WorkspaceEdit` (one undo step); nothing is saved.
 */
import { vscode, vsLanguages } from '../adapters/vscode';
import type { Clause, DocumentAnalysis, Finding } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { documentOf, isDraft, isTermModelUri } from '../adapters/config';
import { DIAGNOSTIC_SOURCE, toRange, toWorkspaceEdit, type TextRef, type TextRefs } from '../adapters/convert';
import type { Services } from '../adapters/services';
import type { LoadedModel } from '../adapters/termModelSource';
import { insertMarkerLine, isCommentLine, markerLine } from './actions/common';
import { CREATE_TERM_MODEL } from './actions/terms';
import { clauseAt } from './lookup';

export const IGNORE_WORD = 'clause-annotator-ignore';

const codeOf = (d: vscode.Diagnostic): string | undefined => {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
};

const openDoc = (uri: vscode.Uri): vscode.TextDocument | undefined => documentOf(uri.toString(), true);

/** A finding with the texts its offsets (and its fixes' offsets) refer to. */
interface Located {
  readonly finding: Finding;
  readonly refs: TextRefs;
  /** The draft's analysis when the finding came from one (for Ignore and Link). */
  readonly draft?: { readonly doc: vscode.TextDocument; readonly entry: AnalysisEntry; readonly analysis: DocumentAnalysis };
}

/** The finding behind a diagnostic: same code, message and range. */
const matchFinding = (diag: vscode.Diagnostic, candidates: readonly Located[], ref: (l: Located) => TextRef | undefined): Located | undefined => {
  const code = codeOf(diag);
  for (const l of candidates) {
    const f = l.finding;
    if (f.code !== code || f.message !== diag.message) continue;
    const r = ref(l);
    if (r && toRange(r, f).isEqual(diag.range)) return l;
  }
  return undefined;
};

/**
 * A model text is usable for edits only when it is what the editor holds now (an open YAML edited since it was
 * parsed would get the edit at the wrong offsets).
 */
const modelCurrent = (model: LoadedModel | null | undefined): boolean => {
  if (!model) return false;
  const doc = openDoc(model.uri);
  return !doc || doc.getText() === model.text;
};

/** A draft text is usable when the open document is still at the analysed version. */
const draftCurrent = (entry: AnalysisEntry): boolean => {
  const doc = openDoc(entry.uri);
  return !!doc && doc.version === entry.version;
};

/**
 * The clause whose marker would silence the finding: the clause containing its start (a marker silences findings
 * that start in the block below it). None for findings outside clauses (front matter, headings): a marker there
 * could not silence them, and a line above the front matter would break it.
 */
const ignorableClause = (analysis: DocumentAnalysis, finding: Finding): Clause | undefined => {
  // (an analysis limit cannot be silenced with a marker: it is not about a clause)
  if (finding.code === 'analysis-limit') return undefined;
  const fm = analysis.frontMatter;
  if (fm && finding.start < fm.end) return undefined;
  const own = finding.clause !== undefined ? analysis.clauses[finding.clause] : undefined;
  if (own && finding.start >= own.start && finding.start < own.end) return own;
  return clauseAt(analysis, finding.start);
};

/** The edit that silences `code` on the clause: extend a marker right above it, or insert a marker line. */
export const ignoreEdit = (doc: vscode.TextDocument, analysis: DocumentAnalysis, finding: Finding): vscode.WorkspaceEdit | undefined => {
  const clause = ignorableClause(analysis, finding);
  if (!clause) return undefined;
  const line = markerLine(doc, clause, finding.start);
  const edit = new vscode.WorkspaceEdit();
  // Markers stack: the comment-only lines right above the clause all apply to it. Extend an ignore marker there.
  for (let l = line - 1; l >= 0 && l >= line - 8; l--) {
    const text = doc.lineAt(l).text;
    if (!isCommentLine(text)) break;
    const open = text.indexOf('<!--');
    const body = text.slice(open + 4, text.lastIndexOf('-->'));
    if (body.trim().startsWith(IGNORE_WORD)) {
      const close = text.lastIndexOf('-->');
      let at = close;
      while (at > open + 4 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
      edit.insert(doc.uri, new vscode.Position(l, at), ` ${finding.code}`);
      return edit;
    }
  }
  insertMarkerLine(edit, doc, line, `${IGNORE_WORD} ${finding.code}`);
  return edit;
};

/** A quick fix action titled `title`, for the diagnostic `diag`. */
const quickFix = (title: string, diag: vscode.Diagnostic): vscode.CodeAction => {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diag];
  return a;
};

export class ClauseCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly s: Services) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return [];
    const diags = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (diags.length === 0) return [];
    if (isTermModelUri(doc.uri)) return this.#forModel(doc, diags, token);
    if (isDraft(doc)) return this.#forDraft(doc, diags, token);
    return [];
  }

  async #forDraft(doc: vscode.TextDocument, diags: readonly vscode.Diagnostic[], token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const entry = await this.s.cache.get(doc);
    if (token.isCancellationRequested || !entry.analysis || entry.version !== doc.version) return [];
    const analysis = entry.analysis;
    const refs: TextRefs = { draft: entry.draft, ...(entry.model && modelCurrent(entry.model) ? { model: entry.model.ref } : {}) };
    const located: Located[] = analysis.findings.filter((f) => f.where === 'draft').map((finding) => ({ finding, refs, draft: { doc, entry, analysis } }));
    const out = this.#actions(diags, located, (l) => l.refs.draft);
    // The front matter names a model that does not exist (the diagnostics feature's warning): offer to create it.
    const fm = analysis.frontMatter?.termsSpan;
    const missing = fm && entry.missingModel?.from === 'front-matter'
      ? diags.find((d) => codeOf(d) === 'model-reference' && d.range.isEqual(toRange(entry.draft, fm)))
      : undefined;
    if (missing && doc.uri.scheme !== 'untitled') {
      const a = quickFix(`Create ${entry.missingModel!.path} from this draft`, missing);
      a.command = { ...CREATE_TERM_MODEL };
      a.isPreferred = true;
      out.unshift(a);
    }
    return out;
  }

  async #forModel(doc: vscode.TextDocument, diags: readonly vscode.Diagnostic[], token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const model = await this.s.models.load(doc.uri);
    if (token.isCancellationRequested || !model || model.text !== doc.getText()) return [];
    const located: Located[] = model.parsed.problems.map((finding) => ({ finding, refs: { model: model.ref } }));
    const key = doc.uri.toString();
    for (const e of this.s.cache.all()) {
      if (!e.analysis || e.model?.uri.toString() !== key || e.model.text !== model.text) continue;
      // Fixes in the draft only while the draft is still at the analysed version.
      const refs: TextRefs = { model: model.ref, ...(draftCurrent(e) ? { draft: e.draft } : {}) };
      for (const finding of e.analysis.findings) if (finding.where === 'model') located.push({ finding, refs });
    }
    return this.#actions(diags, located, (l) => l.refs.model);
  }

  #actions(diags: readonly vscode.Diagnostic[], located: readonly Located[], ref: (l: Located) => TextRef | undefined): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    /** True the first time `key` is seen. */
    const once = (key: string): boolean => !seen.has(key) && !!seen.add(key);
    const links: vscode.CodeAction[] = [];
    const ignores: vscode.CodeAction[] = [];
    for (const diag of diags) {
      const l = matchFinding(diag, located, ref);
      if (!l) continue;
      const f = l.finding;
      for (const fix of f.fixes) {
        const edit = toWorkspaceEdit(fix, l.refs);
        if (!edit) continue;
        const a = quickFix(fix.title, diag);
        a.edit = edit;
        if (fix.preferred) a.isPreferred = true;
        if (once(`fix:${fix.where}:${fix.start}:${fix.end}:${fix.newText}`)) out.push(a);
      }
      const d = l.draft;
      if (!d) continue;
      // (ignoreEdit finds the same clause, so it gives an edit)
      const target = ignorableClause(d.analysis, f);
      if (target && once(`ignore:${f.code}:${target.index}`)) {
        const a = quickFix(`Ignore \`${f.code}\` here (add a clause-annotator-ignore comment)`, diag);
        a.edit = ignoreEdit(d.doc, d.analysis, f);
        ignores.push(a);
      }
      const clause = f.clause !== undefined ? d.analysis.clauses[f.clause] : clauseAt(d.analysis, f.start);
      const terms = d.entry.model?.parsed.model?.terms;
      if (clause && terms && Object.keys(terms).length > 0 && once(`link:${clause.index}`)) {
        const a = quickFix(clause.term ? `Link ${clause.label} to another term…` : `Link ${clause.label} to a term…`, diag);
        a.command = {
          command: 'clauseAnnotator.linkClauseToTerm',
          title: 'Link Clause to Term…',
          arguments: [{ uri: d.doc.uri.toString(), offset: clause.start }],
        };
        links.push(a);
      }
    }
    // The core's fixes first, then Link, then Ignore.
    return [...out, ...links, ...ignores];
  }
}

export const registerCodeActions = (services: Services): vscode.Disposable => {
  return vsLanguages.registerCodeActionsProvider('*', new ClauseCodeActionProvider(services), {
    providedCodeActionKinds: ClauseCodeActionProvider.kinds,
  });
};
