/**
 * Hand-built analysis facts for the drafting-check unit tests: the rules are tested on a CheckContext built here,
 * independent of segmentation and extraction.
 */
import type {
  Clause, DateValue, Definition, DurationUnit, NumberWordsValue, PercentValue, Reference, Section, Span, TermUse,
  TypeAssignment, Value,
} from '../../src/core/types';
import type { CheckContext } from '../../src/core/check/context';

export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
}

export function dateValue(text: string, needle: string, year: number, month: number, day: number, opts: { from?: number; weekday?: string } = {}): DateValue {
  const s = spanOf(text, needle, opts.from);
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const weekday = valid ? ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(Date.UTC(year, month - 1, day)).getUTCDay()] : undefined;
  let writtenWeekday: DateValue['writtenWeekday'];
  if (opts.weekday) {
    const w = spanOf(text, opts.weekday, s.start);
    writtenWeekday = { name: opts.weekday.replace(/[.,]/g, ''), start: w.start, end: w.end };
  }
  return { kind: 'date', ...s, text: text.slice(s.start, s.end), iso, year, month, day, valid, ...(weekday ? { weekday } : {}), ...(writtenWeekday ? { writtenWeekday } : {}) };
}

export function numberWords(text: string, whole: string, words: string, figure: string, wordsValue: number | null, figureValue: number, unit: NumberWordsValue['unit'] = 'number', from = 0): NumberWordsValue {
  const s = spanOf(text, whole, from);
  const w = spanOf(text, words, s.start);
  const f = spanOf(text, figure, s.start);
  return {
    kind: 'number-words', ...s, text: whole, wordsValue, figureValue, unit,
    words: { ...w, text: words }, figure: { ...f, text: figure },
  };
}

export function percent(text: string, needle: string, value: number, from = 0): PercentValue {
  const s = spanOf(text, needle, from);
  return { kind: 'percent', ...s, text: needle, value };
}

export function duration(text: string, needle: string, amount: number, unit: DurationUnit): Value {
  const s = spanOf(text, needle);
  return { kind: 'duration', ...s, text: needle, amount, unit };
}

export interface ClauseSpec {
  readonly types?: readonly string[];
  readonly label?: string;
  readonly number?: string | null;
  readonly section?: number;
}

export interface Build {
  /** Per-paragraph options (paragraphs are split on blank lines). */
  readonly clauses?: readonly ClauseSpec[];
  readonly values?: (text: string) => Value[];
  readonly sections?: readonly Section[];
  readonly definitions?: (text: string) => Definition[];
  readonly termUses?: (text: string) => TermUse[];
  readonly references?: (text: string) => Reference[];
  readonly ignored?: readonly Span[];
}

/** One clause per paragraph (blank-line separated), values assigned to the clause that contains them. */
export function build(text: string, b: Build = {}): CheckContext {
  const paras: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0].trim()) paras.push({ start: m.index, end: m.index + m[0].length });
  const values = (b.values?.(text) ?? []).sort((x, y) => x.start - y.start);
  const clauses: Clause[] = paras.map((p, index) => {
    const spec = b.clauses?.[index] ?? {};
    const types: TypeAssignment[] = (spec.types ?? []).map((type) => ({ type, confidence: 0.9, cues: [] }));
    return {
      ...p, kind: 'paragraph', number: spec.number ?? null, section: spec.section ?? -1,
      label: spec.label ?? `Section ${index + 1}`, index, types,
      values: values.filter((v) => v.start >= p.start && v.end <= p.end),
    };
  });
  return {
    text,
    segmentation: {
      frontMatter: null, sections: b.sections ?? [], clauses, ignored: b.ignored ?? [], termMarkers: [], ignoreMarkers: [],
    },
    clauses,
    definitions: b.definitions?.(text) ?? [],
    termUses: b.termUses?.(text) ?? [],
    references: b.references?.(text) ?? [],
    model: null,
    termLinks: {},
  };
}

/** A definition of `term` at its first quoted occurrence. */
export function def(text: string, term: string, clause: number, definitionText: string, from = 0): Definition {
  const q = text.indexOf(`"${term}"`, from);
  if (q < 0) throw new Error(`"${term}" is not quoted in text`);
  return { term, start: q + 1, end: q + 1 + term.length, clause, definitionText };
}

/** Every unquoted occurrence of each term as a use. */
export function uses(text: string, terms: readonly string[]): TermUse[] {
  const out: TermUse[] = [];
  for (const t of terms) {
    let i = text.indexOf(t);
    while (i >= 0) {
      if (text[i - 1] !== '"') out.push({ term: t, start: i, end: i + t.length });
      i = text.indexOf(t, i + t.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function ref(text: string, needle: string, kind: Reference['kind'], target: string, self = false, from = 0): Reference {
  const s = spanOf(text, needle, from);
  return { ...s, kind, target, text: needle, self };
}

export function section(text: string, heading: string, number: string | null, opts: { kind?: Section['kind']; level?: number; parent?: number; end?: number } = {}): Section {
  const h = spanOf(text, heading);
  return {
    start: h.start, end: opts.end ?? text.length, number, title: heading, kind: opts.kind ?? 'numbered',
    level: opts.level ?? 1, heading: h, parent: opts.parent ?? -1,
  };
}

/** Three numbered top-level sections with empty headings: makes a hand-built context "look whole". */
export function wholeSections(text: string): Section[] {
  return ['1', '2', '3'].map((number) => ({
    start: 0, end: text.length, number, title: '', kind: 'numbered' as const, level: 1, heading: { start: 0, end: 0 }, parent: -1,
  }));
}
