import type { Clause, ExclusivityValue, Finding, Fix, ModelTerm } from '../../types';
import type { CheckContext, Rule } from '../context';
import { clauseLabel, isCertainLink, linkKind, makeFinding, termRelated, termsByClause } from './util';

/** "exclusive" that is not about a grant of exclusivity: exclusive jurisdiction, sole and exclusive remedy... */
/** First words after "exclusive" that make it something else than a grant (after an optional "and sole"). */
const NOT_A_GRANT_WORDS = new Set(['jurisdiction', 'venue', 'forum', 'remedy', 'remedies', 'court', 'courts', 'property', 'properties',
  'owner', 'ownership', 'discretion', 'judgment', 'judgement', 'decision', 'of']);
const LEAD_WORDS_RE = /^[\s,)]{0,3}([A-Za-z]{1,20})(?:\s{1,3}([A-Za-z]{1,20}))?(?:\s{1,3}([A-Za-z]{1,20}))?/;

function notAGrant(after: string): boolean {
  const m = LEAD_WORDS_RE.exec(after);
  if (!m) return false;
  const w = [m[1], m[2], m[3]].map((x) => (x ?? '').toLowerCase());
  if (NOT_A_GRANT_WORDS.has(w[0])) return true;
  if (w[0] === 'and' && (w[1] === 'sole' || w[1] === 'irrevocable') && NOT_A_GRANT_WORDS.has(w[2])) return true;
  return w[0] === 'basis' && w[1] === 'of';
}
const SOLE_AND_RE = /\b(?:sole|only)\s+and\s+$/i;
/** "non‑exclusive" with a non-breaking or typographic hyphen: the polarity read may be wrong. */
const ODD_NON_RE = /non[\u2010-\u2015\u2212\u00ad]$/i;
/** "governed by and construed exclusively in accordance with", "shall lie exclusively in Tarrant County". */
const LAW_BEFORE_RE = /\b(?:governed|construed|interpreted|brought|heard|determined|lie|resolved|performed|venue|litigated|adjudicated|settled|submitted|filed)\b[^.;]{0,25}$/i;
const LAW_AFTER_RE = /^\s{1,3}(?:in|under|before|within|by)\s{1,3}(?:the\s{1,3})?(?:laws?|courts?|state|federal|any|accordance|county|district|province|city)\b/i;

export interface GrantValue {
  readonly v: ExclusivityValue;
  /** A plain adjective ("exclusive", "non-exclusive") whose polarity is not in doubt. */
  readonly sure: boolean;
}

/**
 * Exclusivity values of a clause that are about exclusive rights: not "exclusive jurisdiction", "sole and exclusive
 * remedy", "construed exclusively under the laws of", a defined term ("Exclusive Territory", "(Exclusivity)").
 */
export function grantValues(ctx: CheckContext, clause: Clause): GrantValue[] {
  const out: GrantValue[] = [];
  for (const v of clause.values) {
    if (v.kind !== 'exclusive') continue;
    const after = ctx.text.slice(v.end, Math.min(v.end + 40, clause.end));
    const before = ctx.text.slice(Math.max(clause.start, v.start - 40), v.start);
    if (notAGrant(after)) continue;
    if (SOLE_AND_RE.test(before) && /^\s*remed/i.test(after)) continue;
    if (ODD_NON_RE.test(before)) continue;
    const adverb = /ly$/i.test(v.text);
    if (adverb && (LAW_BEFORE_RE.test(before) || LAW_AFTER_RE.test(after))) continue;
    // a defined term or a heading: "Exclusive Territory", "Exclusivity Period", "(Exclusivity)", "\"Exclusivity\" means"
    const capital = /^(?:Non[- ]?)?[A-Z]/.test(v.text);
    if (capital && /^ [A-Z]/.test(after)) continue;
    if (/[("“'‘]$/.test(before) && /^[)"”'’]/.test(after)) continue;
    const adjective = /^(?:non[- ]?)?exclusive$/i.test(v.text);
    const compound = /(?:[A-Za-z]|-\s?)$/.test(before); // "co-exclusive", "semi-exclusive"
    const typedLaw = [...clause.types].sort((a, b) => b.confidence - a.confidence)[0]?.type === 'governing-law';
    if (typedLaw && !adjective) continue;
    out.push({ v, sure: adjective && !compound && !typedLaw });
  }
  return out;
}

function caseAs(word: string, like: string): string {
  if (like === like.toUpperCase() && /[A-Z]/.test(like)) return word.toUpperCase();
  if (/^[A-Z]/.test(like)) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** Turn the value's word into the model's polarity, with "a"/"an" before it corrected. Null when not a plain word. */
export function polarityFix(text: string, v: ExclusivityValue, wantExclusive: boolean): { start: number; end: number; newText: string } | null {
  let replacement: string;
  if (!wantExclusive) {
    const m = /^(exclusive(?:ly)?)$/i.exec(v.text);
    if (!m) return null;
    replacement = caseAs('non-', m[1]) + (m[1] === m[1].toUpperCase() ? m[1] : m[1].toLowerCase());
  } else {
    const m = /^non[- ]?(exclusive(?:ly)?)$/i.exec(v.text);
    if (!m) return null;
    replacement = caseAs(m[1].toLowerCase(), v.text);
  }
  let start = v.start;
  const art = /(?:^|[^A-Za-z])(an?) $/.exec(text.slice(Math.max(0, v.start - 4), v.start));
  if (art) {
    const a = art[1];
    const vowel = /^[aeiou]/i.test(replacement);
    const want = vowel ? 'an' : 'a';
    if (a.toLowerCase() !== want) {
      start = v.start - a.length - 1;
      replacement = `${caseAs(want, a)} ${replacement}`;
    }
  }
  return { start, end: v.end, newText: replacement };
}

function polarityWords(value: boolean): string {
  return value ? 'grants exclusivity' : 'makes it non-exclusive';
}

function checkClause(ctx: CheckContext, clause: Clause, terms: readonly ModelTerm[], typedOnly: boolean, out: Finding[], seen: Set<number>): void {
  const grants = grantValues(ctx, clause);
  if (grants.length === 0) return;
  const polarities = new Set(grants.map((g) => g.v.value));
  for (const term of terms) {
    if (typeof term.exclusive !== 'boolean') continue;
    const kind = typedOnly ? 'subject' : linkKind(ctx, clause, term);
    const oneWay = polarities.size === 1;
    const linkSure = isCertainLink(kind);
    for (const { v, sure } of grants) {
      const certain = linkSure && oneWay && sure;
      const fixable = oneWay && sure;
      if (v.value === term.exclusive || seen.has(v.start)) continue;
      seen.add(v.start);
      const label = clauseLabel(clause);
      const fixes: Fix[] = [];
      if (fixable) {
        const f = polarityFix(ctx.text, v, term.exclusive);
        if (f) {
          fixes.push({
            where: 'draft', ...f, ...(certain ? { preferred: true } : {}),
            title: `Make ${term.exclusive ? 'exclusive' : 'non-exclusive'} (as term \`${term.id}\` says)`,
          });
        }
        const span = term.valueSpans?.exclusive;
        if (span) {
          fixes.push({ where: 'model', start: span.start, end: span.end, newText: String(v.value), title: `Change term \`${term.id}\` to exclusive: ${v.value} (as ${label} says)` });
        }
      }
      out.push(makeFinding({
        code: 'exclusivity-conflict',
        severity: certain ? 'error' : 'warning',
        span: v,
        message: `${label} ${polarityWords(v.value)}; term \`${term.id}\` says exclusive: ${term.exclusive}`,
        clause: clause.index,
        term: term.id,
        related: [termRelated(term, 'exclusive', `Term \`${term.id}\` says exclusive: ${term.exclusive}`)],
        fixes,
      }));
    }
  }
}

export const exclusivityRule: Rule = {
  codes: ['exclusivity-conflict'],
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model) return [];
    const out: Finding[] = [];
    const linked = termsByClause(ctx);
    // terms per type that carry `exclusive`, for clauses typed as such a term but not linked (ambiguous subject)
    const byType = new Map<string, ModelTerm[]>();
    for (const id of Object.keys(model.terms)) {
      const t = model.terms[id];
      if (typeof t.exclusive !== 'boolean') continue;
      const list = byType.get(t.type);
      if (list) list.push(t); else byType.set(t.type, [t]);
    }
    if (byType.size === 0) return out;
    for (const clause of ctx.clauses) {
      if (!clause.values.some((v) => v.kind === 'exclusive')) continue;
      const seen = new Set<number>();
      const terms = linked.get(clause.index) ?? [];
      checkClause(ctx, clause, terms, false, out, seen);
      if (terms.some((t) => typeof t.exclusive === 'boolean')) continue;
      for (const ta of clause.types) {
        const cands = byType.get(ta.type);
        if (!cands || terms.some((t) => t.type === ta.type)) continue;
        // only when every term of that type agrees on `exclusive`
        if (cands.some((t) => t.exclusive !== cands[0].exclusive)) continue;
        checkClause(ctx, clause, [cands[0]], true, out, seen);
      }
    }
    return out;
  },
};
