import { vscode, Disposable, vsLanguages, vsWorkspace } from '../adapters/vscode';
import type { Finding } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { documentOf, isTermModelUri } from '../adapters/config';
import { diagnostic, toDiagnostic, toRange, type TextRefs } from '../adapters/convert';
import type { Services } from '../adapters/services';
import type { LoadedModel } from '../adapters/termModelSource';
import { analysisFailed } from './format';
import { grouped } from '../core/text/chars';

export const MAX_DIAGNOSTICS_PER_FILE = 500;
export const DIAGNOSTIC_COLLECTION = 'clauseAnnotator';
/** Code of the one error diagnostic shown when the core throws on a document. */
export const ANALYSIS_ERROR_CODE = 'analysis-error';

const summary = (hidden: number): vscode.Diagnostic => {
  return diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `${grouped(hidden)} more findings are not shown (at most ${MAX_DIAGNOSTICS_PER_FILE} per file).`,
    vscode.DiagnosticSeverity.Information,
    'analysis-limit',
  );
};

/** At most MAX_DIAGNOSTICS_PER_FILE conversions (findings are sorted by position), then one summary. */
const convertCapped = (findings: Iterable<Finding>, convert: (f: Finding) => vscode.Diagnostic | undefined): vscode.Diagnostic[] => {
  const out: vscode.Diagnostic[] = [];
  let hidden = 0;
  for (const f of findings) {
    if (out.length >= MAX_DIAGNOSTICS_PER_FILE) {
      hidden++;
      continue;
    }
    const d = convert(f);
    if (d) out.push(d);
  }
  if (hidden > 0) out.push(summary(hidden));
  return out;
};

const openDocument = (uri: vscode.Uri): vscode.TextDocument | undefined => documentOf(uri.toString());

/** Draft findings as diagnostics on the draft; model findings (and term-model problems) on the YAML file itself. */
export const registerDiagnostics = ({ cache, models, drafts }: Services): vscode.Disposable => {
  const collection = vsLanguages.createDiagnosticCollection(DIAGNOSTIC_COLLECTION);
  /** Latest parse of each model we publish problems for. */
  const loaded = new Map<string, LoadedModel>();
  const reloads = new Map<string, ReturnType<typeof setTimeout>>();

  const draftDiagnostics = (entry: AnalysisEntry): vscode.Diagnostic[] => {
    if (!entry.analysis) {
      return [diagnostic(new vscode.Range(0, 0, 0, 0), analysisFailed(entry.error), vscode.DiagnosticSeverity.Error, ANALYSIS_ERROR_CODE, false)];
    }
    const refs = { draft: entry.draft, ...(entry.model ? { model: entry.model.ref } : {}) };
    const out: vscode.Diagnostic[] = [];
    const fm = entry.analysis.frontMatter;
    if (entry.missingModel?.from === 'front-matter' && fm?.termsSpan) {
      out.push(diagnostic(toRange(entry.draft, fm.termsSpan), `Term model not found: ${entry.missingModel.path}`, vscode.DiagnosticSeverity.Warning, 'model-reference'));
    }
    const draftFindings = entry.analysis.findings.filter((f) => f.where === 'draft');
    return [...out, ...convertCapped(draftFindings, (f) => toDiagnostic(f, refs))];
  };

  const publishModel = (uri: vscode.Uri): void => {
    const key = uri.toString();
    const model = loaded.get(key);
    const users = cache.all().filter((e) => e.model?.uri.toString() === key && openDocument(e.uri));
    if (!model || (users.length === 0 && !openDocument(uri))) {
      collection.delete(uri);
      return;
    }
    const items: { finding: Finding; refs: TextRefs }[] = [];
    const seen = new Set<string>();
    const add = (f: Finding, refs: TextRefs): void => {
      const id = `${f.code}:${f.start}:${f.end}:${f.message}`;
      if (seen.has(id)) return;
      seen.add(id);
      items.push({ finding: f, refs });
    };
    for (const p of model.parsed.problems) add(p, { model: model.ref });
    for (const e of users) {
      // Model findings of a draft analysed against an older text of the model are dropped (a new analysis is on its way).
      if (!e.analysis || !e.model || e.model.text !== model.text) continue;
      for (const f of e.analysis.findings) if (f.where === 'model') add(f, { model: model.ref, draft: e.draft });
    }
    items.sort((a, b) => a.finding.start - b.finding.start);
    const byFinding = new Map(items.map((i) => [i.finding, i.refs]));
    collection.set(uri, convertCapped(items.map((i) => i.finding), (f) => toDiagnostic(f, byFinding.get(f)!)));
  };

  const publishDraft = (entry: AnalysisEntry): void => {
    const doc = openDocument(entry.uri);
    if (!doc || doc.version !== entry.version) return; // stale: a newer analysis is on its way
    collection.set(entry.uri, draftDiagnostics(entry));
    if (entry.model) publishModel(entry.model.uri);
  };

  const loadModel = (uri: vscode.Uri, delay: number): void => {
    const key = uri.toString();
    clearTimeout(reloads.get(key)); // (none: a no-op)
    reloads.set(key, setTimeout(() => {
      reloads.delete(key);
      void models.load(uri).then((m) => {
        if (!m) {
          loaded.delete(key);
          collection.delete(uri);
        }
      });
    }, delay));
  };

  /** A term model opened (or open at the start): its problems are published. */
  const opened = (doc: vscode.TextDocument): void => { if (isTermModelUri(doc.uri)) loadModel(doc.uri, 0); };
  for (const doc of vsWorkspace.textDocuments) opened(doc);

  return Disposable.from(
    collection,
    cache.onDidAnalyse(publishDraft),
    // Analyze Workspace: drafts that are not open (their diagnostics stay until the file is opened and closed).
    drafts.onDidAnalyseClosed((d) => {
      if (openDocument(d.uri)) return;
      collection.set(d.uri, draftDiagnostics({ uri: d.uri, version: -1, analysis: d.analysis, model: d.model, draft: d.ref, durationMs: 0 }));
    }),
    cache.onDidForget((uri) => {
      collection.delete(uri);
      for (const key of loaded.keys()) publishModel(vscode.Uri.parse(key));
    }),
    models.onDidLoad((model) => {
      loaded.set(model.uri.toString(), model);
      publishModel(model.uri);
    }),
    models.onDidChange(({ uri, typing }) => {
      const key = uri.toString();
      if (!loaded.has(key) && !openDocument(uri)) return;
      loadModel(uri, typing ? 200 : 0);
    }),
    vsWorkspace.onDidOpenTextDocument(opened),
    vsWorkspace.onDidCloseTextDocument((doc) => { if (isTermModelUri(doc.uri)) publishModel(doc.uri); }),
    { dispose: () => { for (const t of reloads.values()) clearTimeout(t); reloads.clear(); } },
  );
};
