import type {
  Clause, Finding, FindingCode, Fix, RelatedLocation, Section, Severity, Span,
} from '../../types';
import type { CheckContext } from '../context';
import { ISO_DATE, monthName } from '../../extract/dates';

/**
 * A regex written as a tagged template in which `~` stands for a run of blanks (`gap`, by default `\s{1,3}`): for long
 * patterns that repeat it (the same pattern as the literal with every `~` written out). Built once, at load.
 */
export const blanks = (flags?: string, gap = String.raw`\s{1,3}`) => (t: TemplateStringsArray, ...subs: string[]): RegExp =>
  new RegExp(String.raw(t, ...subs).replace(/~/g, gap), flags);
/** 1-3 blanks on one line, for `blanks`. */
export const LINE_GAP = String.raw`[ \t\xa0]{1,3}`;

/** The label used in messages: "Section 2.1" (falls back to "clause N" when segmentation gave none). */
export const labelOf = (c: Clause | undefined): string => {
  if (!c) return 'another clause';
  const l = typeof c.label === 'string' ? c.label.trim() : '';
  return l || `Clause ${c.index + 1}`;
};

/** Index of the last item starting at or before `pos` in a list sorted by start, or -1 (binary search). */
export const lastAtOrBefore = (items: readonly { readonly start: number }[], pos: number): number => {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

/**
 * Index of the clause containing `offset` (clauses are sorted and do not overlap), or -1.
 * Binary search: O(log n) per call.
 */
export const clauseAt = (clauses: readonly Clause[], offset: number): number => {
  const found = lastAtOrBefore(clauses, offset);
  if (found >= 0 && offset < clauses[found].end) return found;
  return -1;
};

/** The one of the (sorted, non-overlapping) spans that holds `offset`, else undefined. Binary search. */
export const spanAt = <T extends Span>(spans: readonly T[], offset: number): T | undefined => {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
};

/** Is `offset` inside one of the (sorted, non-overlapping) spans? */
export const inSpans = (spans: readonly Span[], offset: number): boolean => spanAt(spans, offset) !== undefined;

/** Spans sorted by start (copy). */
export const sortedSpans = (spans: readonly Span[]): Span[] => [...spans].sort((a, b) => a.start - b.start);

export interface FindingInit {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly clause?: number;
}

export const finding = (f: FindingInit): Finding => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  where: 'draft',
  start: f.span.start,
  end: f.span.end,
  related: f.related ?? [],
  fixes: f.fixes ?? [],
  ...(f.clause !== undefined && f.clause >= 0 ? { clause: f.clause } : {}),
});

export const related = (span: Span, message: string): RelatedLocation => ({ where: 'draft', start: span.start, end: span.end, message });

export const fix = (span: Span, title: string, newText: string, preferred?: boolean): Fix =>
  ({ where: 'draft', start: span.start, end: span.end, title, newText, ...(preferred ? { preferred: true } : {}) });

/** "Section 3.1" or, for clauses without a number in a numbered section, the label anyway. */
export const placeOf = (ctx: CheckContext, offset: number): string => {
  const i = clauseAt(ctx.clauses, offset);
  return i >= 0 ? labelOf(ctx.clauses[i]) : 'elsewhere in the draft';
};

/** "December 31, 2030", or "31 December 2030" for a draft that writes the day first (no validation beyond shape). */
export const formatIso = (iso: string, dayFirst?: boolean): string => {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const month = monthName(Number(m[2]));
  return dayFirst ? `${+m[3]} ${month} ${m[1]}` : `${month} ${+m[3]}, ${m[1]}`;
};

/** Walk a section's parents; returns the chain from the section itself up to the root. */
export const sectionChain = (sections: readonly Section[], index: number): Section[] => {
  const out: Section[] = [];
  let i = index;
  let guard = 0;
  while (i >= 0 && i < sections.length && guard++ < 64) {
    out.push(sections[i]);
    const p = sections[i].parent;
    if (p === i) break;
    i = p;
  }
  return out;
};

/** Collapse whitespace runs and trim. */
/** Index of the exhibit or schedule section that section `index` is (or sits under), or -1 for the body. */
export const attachmentOf = (sections: readonly Section[], index: number): number => {
  let i = index;
  for (let guard = 0; guard < 64 && i >= 0 && i < sections.length; guard++) {
    if (sections[i].kind === 'exhibit' || sections[i].kind === 'schedule') return i;
    if (sections[i].parent === i) break;
    i = sections[i].parent;
  }
  return -1;
};

export const squash = (s: string): string => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c <= 32 && c !== 32) || (c === 32 && s.charCodeAt(i + 1) === 32) || c === 0xa0) return s.replace(/\s+/g, ' ').trim();
  }
  return s.trim();
};

/** 1234567.5 → "1,234,567.5" without Intl (fast, locale-independent). */
export const formatNumber = (n: number): string => {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  let s = Math.abs(n).toFixed(6).replace(/0{1,6}$/, '');
  if (s.endsWith('.')) s = s.slice(0, -1);
  const dot = s.indexOf('.');
  let int = dot >= 0 ? s.slice(0, dot) : s;
  const frac = dot >= 0 ? s.slice(dot) : '';
  let grouped = '';
  while (int.length > 3) {
    grouped = `,${int.slice(-3)}${grouped}`;
    int = int.slice(0, -3);
  }
  s = int + grouped + frac;
  return neg ? `-${s}` : s;
};

/**
 * Does some match of the global regex `re` end exactly at the end of `s`? Used instead of end-anchored
 * (`...$`) regexes, which backtrack polynomially from every start position.
 */
export const endsWithMatch = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m.index + m[0].length === s.length) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
};
