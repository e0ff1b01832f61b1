import { vscode, Disposable, Emitter, vsLanguages } from '../adapters/vscode';
import type { DocumentAnalysis, Section } from '../core';
import { isDraft, isTermModelUri } from '../adapters/config';
import { linkTo, toLocation, toRange, type TextRef } from '../adapters/convert';
import type { Services } from '../adapters/services';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { typeTitle, usageSummary } from './format';
import { MODEL_SELECTOR, termAtPosition } from './hover';
import { clauseAt, definitionOf, markerAt, termUseAt } from './lookup';
import { PRODUCT } from '../core/codes';

const SHOW_REFERENCES = 'editor.action.showReferences';

const sectionName = (s: Section): string => {
  const title = s.title.trim();
  if (!s.number) return title || '(untitled section)';
  const word = s.kind === 'article' ? 'Article' : s.kind === 'exhibit' ? 'Exhibit' : s.kind === 'schedule' ? 'Schedule' : '';
  if (word) return title ? `${word} ${s.number} — ${title}` : `${word} ${s.number}`;
  return title ? `${s.number}. ${title}` : `Section ${s.number}`;
};

/** Sections (nested by `parent`) with their clauses as children: the Outline and breadcrumbs. */
export const documentSymbols = (analysis: DocumentAnalysis, ref: TextRef): vscode.DocumentSymbol[] => {
  const sectionSymbols = analysis.sections.map((s) => {
    const range = toRange(ref, s);
    const sel = toRange(ref, s.heading);
    return new vscode.DocumentSymbol(sectionName(s), '', vscode.SymbolKind.Module, range, range.contains(sel) ? sel : range);
  });
  const roots: vscode.DocumentSymbol[] = [];
  analysis.sections.forEach((s, i) => {
    const parent = s.parent >= 0 && s.parent < i ? sectionSymbols[s.parent] : undefined;
    if (parent && parent.range.contains(sectionSymbols[i].range)) parent.children.push(sectionSymbols[i]);
    else roots.push(sectionSymbols[i]);
  });
  for (const c of analysis.clauses) {
    const types = c.types.map((t) => typeTitle(t.type)).join(', ');
    const range = toRange(ref, c);
    const sym = new vscode.DocumentSymbol(c.label, [types, c.term ? `→ ${c.term}` : ''].filter(Boolean).join(' '), vscode.SymbolKind.Field, range, range);
    const parent = c.section >= 0 ? sectionSymbols[c.section] : undefined;
    // A numbered paragraph is both a section and a clause: one symbol, with the clause's types as its detail.
    if (parent && parent.range.start.isEqual(range.start)) parent.detail = sym.detail;
    else if (parent && parent.range.contains(range)) parent.children.push(sym);
    else roots.push(sym);
  }
  const order = (list: vscode.DocumentSymbol[]): void => {
    list.sort((a, b) => a.range.start.compareTo(b.range.start));
    for (const s of list) order(s.children);
  };
  order(roots);
  return roots;
};

/** Go to Definition, Find References, document links, document symbols and the term code lens. */
export const registerNavigation = ({ cache, models, drafts }: Services): vscode.Disposable => {
  const lensChanged = new Emitter<void>();
  let lensTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshLenses = (): void => {
    clearTimeout(lensTimer); // (none: a no-op)
    lensTimer = setTimeout(() => { lensTimer = undefined; lensChanged.fire(); }, 100);
  };

  /** A draft's entry when its analysis is of the document's current version. */
  const current = async (doc: vscode.TextDocument): Promise<(AnalysisEntry & { readonly analysis: DocumentAnalysis }) | undefined> => {
    if (!isDraft(doc)) return undefined;
    const entry = await cache.get(doc);
    return entry.analysis && entry.version === doc.version ? (entry as AnalysisEntry & { readonly analysis: DocumentAnalysis }) : undefined;
  };

  const termLocation = async (modelUri: vscode.Uri, termId: string): Promise<vscode.Location | undefined> => {
    const loaded = await models.load(modelUri);
    const term = loaded?.parsed.model?.terms[termId];
    return loaded && term ? toLocation(loaded.ref, term.keySpan) : undefined;
  };

  return Disposable.from(
    lensChanged,
    { dispose: () => clearTimeout(lensTimer) },
    vsLanguages.registerDefinitionProvider('*', {
      async provideDefinition(doc, position) {
        const entry = await current(doc);
        if (!entry) return undefined;
        const analysis = entry.analysis;
        const offset = doc.offsetAt(position);
        const use = termUseAt(analysis, offset);
        if (use) {
          const def = definitionOf(analysis, use.term);
          if (def) return toLocation(entry.draft, def);
        }
        if (!entry.model) return undefined;
        const marker = markerAt(analysis, offset);
        const termId = marker?.termId ?? clauseAt(analysis, offset)?.term;
        return termId ? termLocation(entry.model.uri, termId) : undefined;
      },
    }),
    vsLanguages.registerReferenceProvider(MODEL_SELECTOR, {
      async provideReferences(doc, position, context) {
        const at = await termAtPosition(models, doc, position);
        if (!at) return undefined;
        const { loaded, term } = at;
        const out = (await drafts.usagesOf(doc.uri, term.id)).map((u) => toLocation(u.draft.ref, u.clause));
        if (context.includeDeclaration) out.unshift(toLocation(loaded.ref, term.keySpan));
        return out;
      },
    }),
    vsLanguages.registerDocumentLinkProvider('*', {
      async provideDocumentLinks(doc) {
        const entry = await current(doc);
        const loaded = entry?.model;
        if (!entry || !loaded) return undefined;
        const analysis = entry.analysis;
        const links: vscode.DocumentLink[] = [];
        for (const m of analysis.termMarkers) {
          const term = loaded.parsed.model?.terms[m.termId];
          if (!term) continue;
          const link = new vscode.DocumentLink(toRange(entry.draft, m.idSpan), linkTo(loaded.ref, term.keySpan));
          link.tooltip = `Open term ${m.termId} in the term model`;
          links.push(link);
        }
        return links;
      },
    }),
    vsLanguages.registerDocumentSymbolProvider('*', {
      async provideDocumentSymbols(doc) {
        const entry = await current(doc);
        return entry && documentSymbols(entry.analysis, entry.draft);
      },
    }, { label: PRODUCT }),
    vsLanguages.registerCodeLensProvider(MODEL_SELECTOR, {
      onDidChangeCodeLenses: lensChanged.event,
      async provideCodeLenses(doc) {
        if (!isTermModelUri(doc.uri)) return undefined;
        const loaded = await models.load(doc.uri);
        const model = loaded?.parsed.model;
        if (!loaded || !model || loaded.text !== doc.getText()) return undefined;
        const lenses: vscode.CodeLens[] = [];
        const all = await drafts.draftsUsing(doc.uri);
        for (const term of Object.values(model.terms)) {
          const locations: vscode.Location[] = [];
          let conflicts = 0;
          for (const d of all) {
            for (const i of d.analysis.termLinks[term.id] ?? []) {
              const c = d.analysis.clauses[i];
              if (c) locations.push(toLocation(d.ref, c));
            }
            conflicts += d.analysis.findings.filter((f) => f.term === term.id).length;
          }
          const range = toRange(loaded.ref, term.keySpan);
          lenses.push(new vscode.CodeLens(range, {
            title: usageSummary(locations.length, conflicts),
            tooltip: `Clauses that express term ${term.id}, and the findings about it`,
            command: locations.length > 0 ? SHOW_REFERENCES : '',
            arguments: locations.length > 0 ? [doc.uri, range.start, locations] : undefined,
          }));
        }
        return lenses;
      },
    }),
    cache.onDidAnalyseLater(refreshLenses),
    models.onDidChange(refreshLenses),
  );
};
