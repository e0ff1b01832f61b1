/** Pure lookups over a DocumentAnalysis by offset (no vscode import). */
import type { Clause, Definition, DocumentAnalysis, Finding, ModelTerm, Span, TermMarker, TermModel, TermUse, Value } from '../core';
import { lastAtOrBefore, spanAt } from '../core/check/draft/util';

/** The offset is in [start, end). */
const within = (span: Span, offset: number): boolean => offset >= span.start && offset < span.end;

/** The offset is in the span, or is the position of an empty span. */
export const contains = (span: Span, offset: number): boolean =>
  within(span, offset) || (span.start === span.end && offset === span.start);

/** The innermost clause containing the offset (clauses are sorted by start). */
export const clauseAt = (analysis: DocumentAnalysis, offset: number): Clause | undefined => {
  const cs = analysis.clauses;
  // Walk back over clauses that start earlier but may still contain the offset (nesting); bounded.
  let best: Clause | undefined;
  for (let i = lastAtOrBefore(cs, offset), n = 0; i >= 0 && n < 64; i--, n++) {
    const c = cs[i];
    if (within(c, offset) && (!best || c.end - c.start < best.end - best.start)) best = c;
  }
  return best;
};

/** Every value of the clause containing the offset, widest first (a percentage and its number words share a span). */
export const valuesAt = (clause: Clause | undefined, offset: number): Value[] => {
  if (!clause) return [];
  return clause.values.filter((v) => within(v, offset)).sort((a, b) => (b.end - b.start) - (a.end - a.start));
};

const bySpan = <T extends Span>(items: readonly T[], offset: number): T | undefined =>
  // Not sorted or overlapping: fall back to a scan.
  spanAt(items, offset) ?? items.find((it) => within(it, offset));

export const termUseAt = (analysis: DocumentAnalysis, offset: number): TermUse | undefined =>
  bySpan(analysis.termUses, offset);

export const definitionAt = (analysis: DocumentAnalysis, offset: number): Definition | undefined =>
  bySpan(analysis.definitions, offset);

export const definitionOf = (analysis: DocumentAnalysis, term: string): Definition | undefined =>
  analysis.definitions.find((d) => d.term === term) ?? analysis.definitions.find((d) => d.term.toLowerCase() === term.toLowerCase());

export const markerAt = (analysis: DocumentAnalysis, offset: number): TermMarker | undefined =>
  analysis.termMarkers.find((m) => within(m, offset));

/** Draft findings that sit on a clause (by index, or by range). */
export const findingsOfClause = (analysis: DocumentAnalysis, clause: Clause): Finding[] =>
  analysis.findings.filter((f) => f.where === 'draft' && (f.clause === clause.index || (f.clause === undefined && within(clause, f.start))));

/** The model term whose key (or any value) in the YAML contains the offset. */
export const termAtModelOffset = (model: TermModel, offset: number): ModelTerm | undefined => {
  for (const t of Object.values(model.terms)) {
    if (contains(t.keySpan, offset)) return t;
  }
  for (const t of Object.values(model.terms)) {
    for (const s of Object.values(t.valueSpans)) if (contains(s, offset)) return t;
  }
  return undefined;
};

/** Effective date to resolve relative dates against: the model's, else the first valid date in an effective-date clause. */
export const effectiveDate = (analysis: DocumentAnalysis, model: TermModel | null | undefined): string | undefined => {
  if (model?.effective) return model.effective;
  for (const c of analysis.clauses) {
    if (!c.types.some((t) => t.type === 'effective-date')) continue;
    for (const v of c.values) if (v.kind === 'date' && v.valid) return v.iso;
  }
  return undefined;
};
