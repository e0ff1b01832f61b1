import type {
  Clause, Finding, FindingCode, Fix, ModelParty, ModelTerm, RelatedLocation, Severity, Span, TermModel,
} from '../../types';
import type { CheckContext } from '../context';
import { getTypeInfo } from '../../classify/catalog';

/** The label used in messages: "Section 2.1" (falls back to "Clause N" when segmentation gave none). */
export function clauseLabel(c: Clause): string {
  const l = typeof c.label === 'string' ? c.label.trim() : '';
  return l || `Clause ${c.index + 1}`;
}

/** Title of a clause type for messages: built-in catalog, then the model's `clauseTypes`, then the id. */
export function typeTitle(id: string, model: TermModel | null): string {
  const builtin = getTypeInfo(id);
  if (builtin) return builtin.title;
  const custom = model && Object.prototype.hasOwnProperty.call(model.clauseTypes, id) ? model.clauseTypes[id] : undefined;
  return custom?.title || id;
}

export function ownTerm(model: TermModel, id: string): ModelTerm | undefined {
  return Object.prototype.hasOwnProperty.call(model.terms, id) ? model.terms[id] : undefined;
}

export function ownParty(model: TermModel, id: string | undefined): ModelParty | undefined {
  return id !== undefined && Object.prototype.hasOwnProperty.call(model.parties, id) ? model.parties[id] : undefined;
}

const byClauseCache = new WeakMap<object, Map<number, ModelTerm[]>>();
const typeCountCache = new WeakMap<object, Map<string, number>>();

/**
 * clause index -> terms linked to it (from `termLinks`), the clause's primary link (`clause.term`) first.
 * Computed once per analysis (cached on the `termLinks` object) and shared by the rules; do not mutate.
 */
export function termsByClause(ctx: CheckContext): Map<number, ModelTerm[]> {
  const cached = byClauseCache.get(ctx.termLinks);
  if (cached) return cached;
  const out = new Map<number, ModelTerm[]>();
  const model = ctx.model;
  if (!model) return out;
  for (const id of Object.keys(ctx.termLinks)) {
    const term = ownTerm(model, id);
    if (!term) continue;
    for (const idx of ctx.termLinks[id]) {
      const c = ctx.clauses[idx];
      if (!c) continue;
      let list = out.get(idx);
      if (!list) out.set(idx, (list = []));
      if (list.includes(term)) continue;
      if (c.term === id) list.unshift(term);
      else list.push(term);
    }
  }
  byClauseCache.set(ctx.termLinks, out);
  return out;
}

export type LinkKind = 'marker' | 'type' | 'subject';

function termsOfType(model: TermModel, type: string): number {
  let counts = typeCountCache.get(model);
  if (!counts) {
    counts = new Map();
    for (const id of Object.keys(model.terms)) {
      const t = model.terms[id].type;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    typeCountCache.set(model, counts);
  }
  return counts.get(type) ?? 0;
}

/**
 * How sure the link between a clause and a term is: the clause's own `link` for its primary term; for a further
 * term (a second type of the clause), 'type' when it is the only term of a type the clause has, else 'subject'.
 */
export function linkKind(ctx: CheckContext, clause: Clause, term: ModelTerm): LinkKind {
  if (clause.term === term.id && clause.link) return clause.link;
  if (!ctx.model) return 'subject';
  if (!clause.types.some((t) => t.type === term.type)) return 'subject';
  return termsOfType(ctx.model, term.type) === 1 ? 'type' : 'subject';
}

export function isCertainLink(kind: LinkKind): boolean {
  return kind === 'marker' || kind === 'type';
}

/** Related location in the model: the field's value span, else the term's key. */
export function termRelated(term: ModelTerm, field: string | null, message: string): RelatedLocation {
  const s: Span = (field && Object.prototype.hasOwnProperty.call(term.valueSpans, field) ? term.valueSpans[field] : undefined) ?? term.keySpan;
  return { where: 'model', start: s.start, end: s.end, message };
}

export function makeFinding(args: {
  code: FindingCode; severity: Severity; span: Span; message: string; clause?: number; term?: string;
  related?: RelatedLocation[]; fixes?: Fix[];
}): Finding {
  return {
    code: args.code,
    severity: args.severity,
    message: args.message,
    where: 'draft',
    start: args.span.start,
    end: args.span.end,
    related: args.related ?? [],
    fixes: args.fixes ?? [],
    ...(args.clause !== undefined ? { clause: args.clause } : {}),
    ...(args.term !== undefined ? { term: args.term } : {}),
  };
}

export function formatPercent(n: number): string {
  return `${formatNumber(n)}%`;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

// ---------------------------------------------------------------------------------------------
// Party mentions (literal, case-sensitive, word-bounded; no regex built from model text)
// ---------------------------------------------------------------------------------------------

export interface PartyMention extends Span {
  readonly party: string;
  readonly text: string;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

/** Needles (name and aliases) of every party, longest first. */
export function partyNeedles(model: TermModel): { text: string; party: string }[] {
  const out: { text: string; party: string }[] = [];
  for (const id of Object.keys(model.parties)) {
    const p = model.parties[id];
    const names = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])];
    for (const n of names) {
      if (typeof n !== 'string') continue;
      const t = n.trim();
      if (t.length < 2 || t.length > 200) continue;
      if (!out.some((o) => o.text === t && o.party === id)) out.push({ text: t, party: id });
    }
  }
  out.sort((a, b) => b.text.length - a.text.length);
  return out;
}

const CAP_WORD_BEFORE_RE = /(?:^|[^A-Za-z])([A-Z][A-Za-z]{0,30}) $/;
const CAP_WORD_AFTER_RE = /^ [A-Z][a-z]/;

/**
 * "the Operating Company", "Company Products": a capitalised name glued to another capitalised word names
 * something else. "The Company" at a sentence start is fine.
 */
function partOfLongerName(text: string, s: number, e: number, lo: number, hi: number): boolean {
  if (!/^[A-Z]/.test(text[s] ?? '')) return false;
  const before = text.slice(Math.max(lo, s - 32), s);
  const m = CAP_WORD_BEFORE_RE.exec(before);
  if (m && !/^(?:The|This|That|Each|Either|Neither|And|Or|If|When|Then|Upon|By|To|From|For|With|Of|In|On|At|As|Both|Such|Said)$/.test(m[1])) return true;
  const after = text.slice(e, Math.min(hi, e + 3));
  return CAP_WORD_AFTER_RE.test(after);
}

/** Mentions of model parties in text[start, end), sorted, non-overlapping (at one position the longest wins). */
export function findPartyMentions(text: string, start: number, end: number, needles: readonly { text: string; party: string }[]): PartyMention[] {
  const cands: PartyMention[] = [];
  const lo = Math.max(0, start);
  const body = text.slice(lo, Math.min(end, text.length)); // search inside the clause only
  for (const n of needles) {
    let j = body.indexOf(n.text);
    while (j !== -1 && cands.length < 100_000) {
      const i = lo + j;
      const e = i + n.text.length;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = e < text.length ? text.charCodeAt(e) : 32;
      const boundedL = !isWordChar(n.text.charCodeAt(0)) || !isWordChar(before);
      const boundedR = !isWordChar(n.text.charCodeAt(n.text.length - 1)) || !isWordChar(after);
      if (boundedL && boundedR && !partOfLongerName(text, i, e, start, end)) cands.push({ start: i, end: e, party: n.party, text: n.text });
      j = body.indexOf(n.text, j + 1);
    }
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: PartyMention[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    found.push(c);
    lastEnd = c.end;
  }
  return found;
}

/** Whether any of the party's names occurs (word-bounded, case-sensitive) in text[start, end). */
export function mentionsParty(text: string, start: number, end: number, party: ModelParty): boolean {
  const names = [party.name, ...(Array.isArray(party.aliases) ? party.aliases : [])];
  for (const n of names) {
    if (typeof n !== 'string' || n.trim().length < 2) continue;
    const t = n.trim();
    if (findPartyMentions(text, start, end, [{ text: t, party: party.id }]).length > 0) return true;
  }
  return false;
}

export function partyDisplay(model: TermModel, id: string): string {
  const p = ownParty(model, id);
  return p && p.name && p.name !== id ? `\`${id}\` (${p.name})` : `\`${id}\``;
}
