/** Hand-built analysis objects for the draft-vs-model rule tests (independent of segmentation/extraction). */
import type {
  Clause, DateValue, DurationUnit, ExclusivityValue, Finding, ModelParty, ModelTerm, MoneyValue, NumberWordsValue,
  PercentValue, DurationValue, Segmentation, Span, TermMarker, TermModel, TypeAssignment, Value,
} from '../../src/core/types';
import { linkClauses } from '../../src/core/check/link';
import type { LinkResult } from '../../src/core/check/link';
import { MODEL_RULES } from '../../src/core/check/model';
import type { CheckContext } from '../../src/core/check/context';

/** Span of the `nth` occurrence of `needle` in `text` (throws when absent: a broken test fixture). */
export function at(text: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`"${needle}" not found`);
  }
  return { start: i, end: i + needle.length };
}

export function dateV(text: string, written: string, iso: string, nth = 0): DateValue {
  const s = at(text, written, nth);
  const [y, m, d] = iso.split('-').map(Number);
  return { kind: 'date', ...s, text: written, iso, year: y, month: m, day: d, valid: true };
}
export function exclV(text: string, written: string, value: boolean, nth = 0): ExclusivityValue {
  return { kind: 'exclusive', ...at(text, written, nth), text: written, value };
}
export function pctV(text: string, written: string, value: number, nth = 0): PercentValue {
  return { kind: 'percent', ...at(text, written, nth), text: written, value };
}
export function moneyV(text: string, written: string, amount: number, currency = 'USD', nth = 0): MoneyValue {
  return { kind: 'money', ...at(text, written, nth), text: written, amount, currency };
}
export function durV(text: string, written: string, amount: number, unit: DurationUnit, nth = 0): DurationValue {
  return { kind: 'duration', ...at(text, written, nth), text: written, amount, unit };
}
/** "twenty percent (20%)": words and figure located inside the written pair. */
export function pairV(text: string, written: string, words: string, figure: string, wordsValue: number, figureValue: number,
  unit: NumberWordsValue['unit'], nth = 0): NumberWordsValue {
  const s = at(text, written, nth);
  const w = s.start + written.indexOf(words);
  const f = s.start + written.indexOf(figure);
  return {
    kind: 'number-words', ...s, text: written, wordsValue, figureValue, unit,
    words: { start: w, end: w + words.length, text: words }, figure: { start: f, end: f + figure.length, text: figure },
  };
}

export function types(...ids: string[]): TypeAssignment[] {
  return ids.map((type, i) => ({ type, confidence: 0.9 - i * 0.2, cues: [] }));
}

export function clause(text: string, body: string, index: number, label: string, typeIds: string[], values: Value[] = []): Clause {
  const s = at(text, body);
  return { ...s, kind: 'numbered', number: null, section: -1, label, index, types: types(...typeIds), values };
}

export function segmentation(clauses: readonly Clause[], termMarkers: TermMarker[] = []): Segmentation {
  return {
    frontMatter: null, sections: [], clauses: clauses.map((c) => ({ start: c.start, end: c.end, kind: c.kind, number: c.number, section: c.section, label: c.label })),
    ignored: [], termMarkers, ignoreMarkers: [],
  };
}

export function marker(text: string, id: string, clauseIndex: number, nth = 0): TermMarker {
  const whole = at(text, `<!-- term: ${id} -->`, nth);
  const idStart = whole.start + '<!-- term: '.length;
  return { ...whole, termId: id, idSpan: { start: idStart, end: idStart + id.length }, clause: clauseIndex };
}

/**
 * A model whose spans point into `yaml`: each term's keySpan is its `id:` key, each field's value span the text
 * after `field: ` on the term's line(s), found by searching from the key.
 */
export function model(yaml: string, parts: {
  effective?: string; expires?: string;
  parties?: Record<string, { name: string; aliases?: string[] }>;
  terms: Record<string, Omit<ModelTerm, 'id' | 'keySpan' | 'valueSpans'>>;
}): TermModel {
  const parties: Record<string, ModelParty> = {};
  for (const [id, p] of Object.entries(parts.parties ?? {})) {
    parties[id] = { id, name: p.name, aliases: p.aliases ?? [], keySpan: at(yaml, `${id}:`) };
  }
  const terms: Record<string, ModelTerm> = {};
  for (const [id, t] of Object.entries(parts.terms)) {
    const key = at(yaml, `  ${id}:`);
    const keySpan = { start: key.start + 2, end: key.start + 2 + id.length };
    const valueSpans: Record<string, Span> = {};
    for (const field of Object.keys(t)) {
      const re = new RegExp(`\\b${field}: ([^,}\\n]+)`, 'g');
      re.lastIndex = keySpan.end;
      const m = re.exec(yaml);
      if (m) {
        const vs = m.index + field.length + 2;
        valueSpans[field] = { start: vs, end: vs + m[1].trimEnd().length };
      }
    }
    terms[id] = { ...t, id, keySpan, valueSpans } as ModelTerm;
  }
  const spans: Record<string, Span> = {};
  for (const k of ['effective', 'expires'] as const) {
    if (parts[k]) { const s = at(yaml, `${k}: ${parts[k]}`); spans[k] = { start: s.start + k.length + 2, end: s.end }; }
  }
  return {
    version: 1, parties, terms, clauseTypes: {}, spans,
    ...(parts.effective ? { effective: parts.effective } : {}), ...(parts.expires ? { expires: parts.expires } : {}),
  };
}

export interface Run { findings: Finding[]; link: LinkResult; clauses: Clause[] }

/** Link then run every draft-vs-model rule, as `analyzeDocument` does. */
export function run(text: string, clauses: Clause[], m: TermModel | null, markers: TermMarker[] = []): Run {
  const seg = segmentation(clauses, markers);
  const link = linkClauses(text, clauses, seg, m);
  const linked = clauses.map((c, i) => (link.links[i] ? { ...c, term: link.links[i]!.term, link: link.links[i]!.link } : c));
  const ctx: CheckContext = { text, segmentation: seg, clauses: linked, definitions: [], termUses: [], references: [], model: m, termLinks: link.termLinks };
  const findings = [...link.findings];
  for (const r of MODEL_RULES) findings.push(...r.check(ctx));
  return { findings, link, clauses: linked };
}

/** Apply a fix's edit to a text. */
export function apply(text: string, fix: { start: number; end: number; newText: string }): string {
  return text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
}
