import { vscode, Disposable, vsLanguages } from '../adapters/vscode';
import type { Clause, DocumentAnalysis, Finding, ModelTerm, Span, TermModel } from '../core';
import { getTypeInfo } from '../core';
import type { AnalysisEntry } from '../adapters/analysisCache';
import { isDraft, isTermModelUri } from '../adapters/config';
import { baseName, linkTo, toRange, type TextRef } from '../adapters/convert';
import type { Services } from '../adapters/services';
import { describeValue, md, plural, severityIcon, termFields, typeTitle } from './format';
import { clauseAt, definitionAt, definitionOf, effectiveDate, findingsOfClause, markerAt, termAtModelOffset, termUseAt, valuesAt } from './lookup';

export const GO_TO_TERM = 'clauseAnnotator.goToTerm';
export const MODEL_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/*.terms.{yaml,yml}' }];

/** `command:` link that opens a term in its YAML (argument shape of clauseAnnotator.goToTerm). */
export const goToTermLink = (modelUri: vscode.Uri, termId: string): string =>
  `command:${GO_TO_TERM}?${encodeURIComponent(JSON.stringify([{ model: modelUri.toString(), term: termId }]))}`;

const findingLines = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${severityIcon(f)} ${md(f.message)} \`${f.code}\``);

/** A term id in code style, linked to the term in the model when the draft has one. */
const termName = (entry: AnalysisEntry, id: string): string =>
  entry.model ? `[\`${id}\`](${goToTermLink(entry.model.uri, id)})` : `\`${id}\``;

/** The term's fields as list items (when there are a term and a model). */
const fieldLines = (lines: string[], term: ModelTerm | undefined, model: TermModel | null | undefined): void => {
  if (term && model) for (const f of termFields(term, model)) lines.push(`- ${md(f)}`);
};

const clauseSection = (entry: AnalysisEntry, analysis: DocumentAnalysis, clause: Clause): string => {
  const model = entry.model?.parsed.model;
  const lines: string[] = [];
  const types = [...clause.types].sort((a, b) => b.confidence - a.confidence);
  const head = types.length > 0 ? types.map((t) => `${md(typeTitle(t.type, model))} (${Math.round(t.confidence * 100)}%)`).join(', ') : 'no clause type recognised';
  lines.push(`**${md(clause.label)}** · ${head}`);
  // Most important first: what is wrong, then the term, then why the types.
  const findings = findingsOfClause(analysis, clause);
  if (findings.length > 0) lines.push('', ...findingLines(findings).map((l) => `${l}  `));
  if (clause.term) {
    const term = model?.terms[clause.term];
    const how = clause.link === 'marker' ? 'by its marker' : clause.link === 'subject' ? 'by subject' : 'by type';
    lines.push('', `Term ${termName(entry, clause.term)} (linked ${how})`);
    fieldLines(lines, term, model);
  }
  if (types.length > 0) lines.push('', 'Why these types:', '');
  types.forEach((t, i) => {
    const cues = [...new Set(t.cues.map((c) => c.text))].slice(0, 6).map((c) => `“${md(c)}”`).join(', ');
    const info = i === 0 ? getTypeInfo(t.type) ?? undefined : undefined;
    const custom = i === 0 && !info ? model?.clauseTypes[t.type]?.description : undefined;
    const description = info?.description ?? custom;
    lines.push(`- **${md(typeTitle(t.type, model))}**${cues ? ` — because of ${cues}` : ''}${description ? `  \n  _${md(description)}_` : ''}`);
  });
  return lines.join('\n');
};

const markdown = (sections: string[], trustedGoToTerm: boolean): vscode.MarkdownString => {
  const m = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
  m.supportThemeIcons = true;
  if (trustedGoToTerm) m.isTrusted = { enabledCommands: [GO_TO_TERM] };
  return m;
};

const draftHover = (entry: AnalysisEntry, offset: number): vscode.Hover | undefined => {
  const analysis = entry.analysis;
  if (!analysis) return undefined;
  const sections: string[] = [];
  let range: vscode.Range | undefined;
  const rangeOf = (s: Span): vscode.Range => toRange(entry.draft, s);
  const clause = clauseAt(analysis, offset);
  const model = entry.model?.parsed.model;

  const marker = markerAt(analysis, offset);
  if (marker) {
    const term = model?.terms[marker.termId];
    const name = termName(entry, marker.termId);
    const lines = [term ? `Term ${name}` : `Term ${name} — not in the term model`];
    fieldLines(lines, term, model);
    sections.push(lines.join('\n'));
    range = rangeOf(marker);
  }
  const values = valuesAt(clause, offset);
  if (values.length > 0) {
    const effective = effectiveDate(analysis, model);
    sections.push([...new Set(values.map((v) => describeValue(v, effective)))].join('  \n'));
    range = rangeOf(values[values.length - 1]);
  }
  const use = termUseAt(analysis, offset);
  const def = use ? definitionOf(analysis, use.term) : definitionAt(analysis, offset);
  if (def) {
    const uses = analysis.termUses.filter((u) => u.term === def.term).length;
    const where = def.clause >= 0 && analysis.clauses[def.clause] ? ` (${md(analysis.clauses[def.clause].label)})` : '';
    sections.push(`**“${md(def.term)}”** defined term${where}: ${md(def.definitionText)}${use ? '' : `  \nUsed ${plural(uses, 'time')}.`}`);
    range ??= rangeOf(use ?? def);
  } else if (use) {
    sections.push(`**“${md(use.term)}”** — used as a defined term, but not defined in this document.`);
    range ??= rangeOf(use);
  }
  if (clause) {
    sections.push(clauseSection(entry, analysis, clause));
    range ??= rangeOf(clause);
  }
  if (sections.length === 0) return undefined;
  return new vscode.Hover(markdown(sections, true), range);
};

const lineLink = (ref: TextRef, clause: Clause): string => {
  const line = ref.positionAt(clause.start).line + 1;
  return `[${md(baseName(ref.uri))}:${line}](${linkTo(ref, clause).toString()})`;
};

/** Hovers in drafts (clauses, values, defined terms, markers) and in term models (a term's clauses across drafts). */
/** The term model open in `doc` (parsed from its current text) and the term whose entry holds `position`. */
export const termAtPosition = async (models: Services['models'], doc: vscode.TextDocument, position: vscode.Position) => {
  if (!isTermModelUri(doc.uri)) return undefined;
  const loaded = await models.load(doc.uri);
  if (!loaded?.parsed.model || loaded.text !== doc.getText()) return undefined;
  const term = termAtModelOffset(loaded.parsed.model, doc.offsetAt(position));
  return term ? { loaded, term } : undefined;
};

export const registerHover = ({ cache, models, drafts }: Services): vscode.Disposable => {
  return Disposable.from(
    vsLanguages.registerHoverProvider('*', {
      async provideHover(doc, position) {
        if (!isDraft(doc)) return undefined;
        const entry = await cache.get(doc);
        if (entry.version !== doc.version) return undefined;
        return draftHover(entry, doc.offsetAt(position));
      },
    }),
    vsLanguages.registerHoverProvider(MODEL_SELECTOR, {
      async provideHover(doc, position) {
        const at = await termAtPosition(models, doc, position);
        if (!at) return undefined;
        const { loaded, term } = at;
        const usages = await drafts.usagesOf(doc.uri, term.id);
        const lines = [`**Term \`${term.id}\`** · ${md(typeTitle(term.type, loaded.parsed.model))}`];
        if (usages.length === 0) lines.push('', 'No clause in the open or workspace drafts expresses this term.');
        else {
          lines.push('', `Expressed by ${plural(usages.length, 'clause')}:`);
          for (const u of usages) {
            lines.push(`- ${md(u.clause.label)} — ${lineLink(u.draft.ref, u.clause)}`);
            for (const f of findingLines(u.findings)) lines.push(`  - ${f}`);
          }
        }
        return new vscode.Hover(markdown([lines.join('\n')], false), toRange(loaded.ref, term.keySpan));
      },
    }),
  );
};
