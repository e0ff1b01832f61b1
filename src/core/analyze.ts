import type {
  AnalyzeOptions, Clause, CustomClauseType, DocumentAnalysis, Finding, IgnoreMarker, Severity, TermModel,
} from './types';
import { segmentDocument } from './text/segment';
import { createClassifier } from './classify/classifier';
import { extractValues } from './extract/values';
import { extractDefinitions, findTermUses } from './extract/definitions';
import { extractReferences } from './extract/references';
import { linkClauses } from './check/link';
import type { CheckContext, Rule } from './check/context';
import { MODEL_RULES } from './check/model';
import { DRAFT_RULES } from './check/draft';

export const DEFAULT_MAX_LENGTH = 5_000_000;

const ALL_RULES: readonly Rule[] = [...DRAFT_RULES, ...MODEL_RULES];

/**
 * Analyse a draft: segment → classify → extract → link → check.
 * Pure: takes text (and optionally a parsed term model) and returns plain data. Never throws on any text.
 */
export function analyzeDocument(text: string, model?: TermModel | null, options: AnalyzeOptions = {}): DocumentAnalysis {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const fullLength = text.length;
  const analysed = fullLength > maxLength ? text.slice(0, maxLength) : text;
  const theModel = model ?? null;

  const segmentation = segmentDocument(analysed);
  const custom: CustomClauseType[] = [
    ...(theModel ? Object.values(theModel.clauseTypes) : []),
    ...(options.customTypes ?? []),
  ];
  const classifier = createClassifier(custom);

  const unlinked: Clause[] = segmentation.clauses.map((seg, index) => {
    const body = analysed.slice(seg.start, seg.end);
    return {
      ...seg,
      index,
      types: classifier.classify(body, seg.start),
      values: extractValues(body, seg.start),
    };
  });

  const definitions = extractDefinitions(analysed, segmentation.clauses);
  const termUses = findTermUses(analysed, definitions, segmentation.ignored);
  const references = segmentation.clauses.flatMap((c) => extractReferences(analysed.slice(c.start, c.end), c.start));

  const linked = linkClauses(analysed, unlinked, segmentation, theModel);
  const clauses: Clause[] = unlinked.map((c, i) => {
    const l = linked.links[i];
    return l ? { ...c, term: l.term, link: l.link } : c;
  });

  const ctx: CheckContext = {
    text: analysed, segmentation, clauses, definitions, termUses, references, model: theModel, termLinks: linked.termLinks,
  };
  let findings: Finding[] = [...linked.findings];
  for (const rule of ALL_RULES) findings.push(...rule.check(ctx));

  if (fullLength > maxLength) {
    findings.push({
      code: 'analysis-limit', severity: 'information', where: 'draft', start: 0, end: 0, related: [], fixes: [],
      message: `Only the first ${maxLength.toLocaleString('en-US')} of ${fullLength.toLocaleString('en-US')} characters were analysed (clauseAnnotator.maxFileSize).`,
    });
  }

  findings = suppress(findings, segmentation.ignoreMarkers);
  findings = remapSeverity(findings, options.severity);
  findings.sort((a, b) => (a.where === b.where ? 0 : a.where === 'model' ? 1 : -1) || a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  return {
    version: 1,
    length: fullLength,
    frontMatter: segmentation.frontMatter,
    sections: segmentation.sections,
    clauses,
    definitions,
    termUses,
    references,
    termMarkers: segmentation.termMarkers,
    termLinks: linked.termLinks,
    findings,
    ...(fullLength > maxLength ? { partial: { analysedLength: maxLength, reason: 'maxLength' } } : {}),
  };
}

/** Drop draft findings silenced by a `<!-- clause-annotator-ignore CODE -->` marker on the line before. */
export function suppress(findings: readonly Finding[], markers: readonly IgnoreMarker[]): Finding[] {
  if (markers.length === 0) return [...findings];
  return findings.filter((f) => {
    if (f.where !== 'draft') return true;
    return !markers.some((m) => f.start >= m.target.start && f.start < m.target.end && (m.codes.length === 0 || m.codes.includes(f.code)));
  });
}

export function remapSeverity(findings: readonly Finding[], severity: AnalyzeOptions['severity']): Finding[] {
  if (!severity) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severity[f.code];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s as Severity } : f);
  }
  return out;
}
