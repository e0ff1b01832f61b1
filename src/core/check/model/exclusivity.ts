import type { Clause, ExclusivityValue, Finding, Fix, ModelTerm, TypeAssignment } from '../../types';
import type { CheckContext, Rule } from '../context';
import { memoized } from '../../memo';
import {
  afterIn, clauseIndex, clauseLabel, conflict, draftFix, isCertainLink, linkKind, memo, NONE, oldText,
  positionsOfKind, sentenceOf, sp, termFix, termRelated, termsByClause, upperFirst,
} from './util';
import { wordSet, textBefore } from '../../text/chars';
import { related } from '../draft/util';
import { clauseStems, hasStem, scopeNamesOnly, subjectStems } from '../link';
import { shiftIso } from './date';
import { namesSubject, otherGrant } from './party';

/** "exclusive" that is not about a grant of exclusivity: exclusive jurisdiction, sole and exclusive remedy... */
/** First words after "exclusive" that make it something else than a grant (after an optional "and sole"). */
const NOT_A_GRANT_WORDS = wordSet(
  'jurisdiction|venue|forum|remedy|remedies|court|courts|property|properties',
  'owner|ownership|discretion|judgment|judgement|decision|of',
);
const LEAD_WORDS_RE = sp(/^[\s,)]{0,3}([A-Za-z]{1,20})(?: ([A-Za-z]{1,20}))?(?: ([A-Za-z]{1,20}))?/);

const notAGrant = (after: string): boolean => {
  const m = LEAD_WORDS_RE.exec(after);
  if (!m) return false;
  const w0 = m[1].toLowerCase();
  if (NOT_A_GRANT_WORDS.has(w0)) return true;
  if (w0 !== 'and' && w0 !== 'basis') return false;
  const w1 = (m[2] ?? '').toLowerCase();
  if (w0 === 'and') return (w1 === 'sole' || w1 === 'irrevocable') && NOT_A_GRANT_WORDS.has((m[3] ?? '').toLowerCase());
  return w1 === 'of';
};
const SOLE_AND_RE = /\b(?:sole|only)\s+and\s+$/i;
/** "governed by and construed exclusively in accordance with", "shall lie exclusively in Tarrant County". */
const LAW_BEFORE_RE = /\b(?:governed|construed|interpreted|brought|heard|determined|lie|resolved|performed|venue|litigated|adjudicated|settled|submitted|filed)\b[^.;]{0,25}$/i;
const LAW_AFTER_RE = sp(/^ (?:in|under|before|within|by) (?:the )?(?:laws?|courts?|state|federal|any|accordance|county|district|province|city)\b/i);

export interface GrantValue {
  readonly v: ExclusivityValue;
  /** A plain adjective ("exclusive", "non-exclusive") whose polarity is not in doubt. */
  readonly sure: boolean;
}

/**
 * Exclusivity values of a clause that are about exclusive rights: not "exclusive jurisdiction", "sole and exclusive
 * remedy", "construed exclusively under the laws of", a defined term ("Exclusive Territory", "(Exclusivity)").
 */
export const grantValues = (ctx: CheckContext, clause: Clause): GrantValue[] => {
  const out: GrantValue[] = [];
  let typedLaw: boolean | null = null;
  const text = ctx.text;
  for (const v of clause.values) {
    if (v.kind !== 'exclusive') continue;
    const after = afterIn(text, clause, v, 40);
    // the 40 characters before: read in place when the bounds are plain offsets, else as a slice (same answers)
    let lo = Math.max(clause.start, v.start - 40);
    let s = text;
    let e = v.start;
    if (!(lo >= 0 && e <= text.length)) {
      s = text.slice(lo, e);
      lo = 0;
      e = s.length;
    }
    // "exclusive of taxes" is not a grant; "the sole distributor of the Products" is
    if (/xclusiv/i.test(v.text) && notAGrant(after)) continue;
    if (REMEDY_AFTER_RE.test(after) && SOLE_AND_RE.test(s.slice(lo, e))) continue;
    if (oddNon(s, lo, e)) continue;
    const adverb = /ly$/i.test(v.text);
    if (adverb && (LAW_BEFORE_RE.test(s.slice(lo, e)) || LAW_AFTER_RE.test(after))) continue;
    // a defined term or a heading: "Exclusive Territory", "Exclusivity Period", "(Exclusivity)", "\"Exclusivity\" means",
    // "Prior Exclusivity. Under …"
    const capital = /^(?:Non[- ]?)?[A-Z]/.test(v.text);
    if (capital && /^\.? [A-Z]/.test(after)) continue;
    if (e > lo && OPEN_QUOTES.includes(s[e - 1]) && /^[)"”'’]/.test(after)) continue;
    const adjective = /^(?:non[- ]?)?exclusive$/i.test(v.text);
    const compound = compoundBefore(s, lo, e); // "co-exclusive", "semi-exclusive"
    typedLaw ??= mostConfident(clause.types)?.type === 'governing-law';
    if (typedLaw && !adjective) continue;
    out.push({ v, sure: adjective && !compound && !typedLaw });
  }
  return out;
};

/** The first of the types after a stable sort by confidence, most confident first (read once per clause with a grant). */
const mostConfident = (types: readonly TypeAssignment[]): TypeAssignment | undefined => [...types].sort((a, b) => b.confidence - a.confidence)[0];

const REMEDY_AFTER_RE = /^\s*remed/i;
/** `(`, `"`, `“`, `'`, `‘`: the value is quoted or bracketed on its left. */
const OPEN_QUOTES = '("“\'‘';

/** "non‑exclusive" with a non-breaking or typographic hyphen in the 40 characters before a value: the polarity read may be wrong. */
export const oddNon = (s: string, lo: number, e: number): boolean => /non[\u2010-\u2015\u2212\u00ad]$/i.test(s.slice(lo, e));

/** A word or a hyphen right before a value ("co-exclusive", "semi-exclusive", "co- exclusive"). */
export const compoundBefore = (s: string, lo: number, e: number): boolean => /(?:[A-Za-z]|-\s?)$/.test(s.slice(lo, e));

const caseAs = (word: string, like: string): string => {
  if (like === like.toUpperCase() && /[A-Z]/.test(like)) return word.toUpperCase();
  if (/^[A-Z]/.test(like)) return upperFirst(word);
  return word;
};

/** Turn the value's word into the model's polarity, with "a"/"an" before it corrected. Null when not a plain word. */
export const polarityFix = (text: string, v: ExclusivityValue, wantExclusive: boolean): { start: number; end: number; newText: string } | null => {
  // (from the word, the polarity wanted and the five characters before)
  const fix = polarityFixOnce(textBefore(text, v.start, 5), v.text, wantExclusive);
  return fix && { start: v.start - fix.back, end: v.end, newText: fix.newText };
};

/** The replacement for the word `written` (and how many characters before it the edit starts, for "a"/"an"). */
const polarityFixOnce = (lead: string, written: string, wantExclusive: boolean): { back: number; newText: string } | null => {
  // "non-exclusive" when exclusivity is wanted, "exclusive" when it is not (else no plain word to turn round)
  const m = /^(non[- ]?)?(exclusive(?:ly)?)$/i.exec(written);
  if (!m || !m[1] === wantExclusive) return null;
  const w = m[2];
  let replacement = wantExclusive ? caseAs(w.toLowerCase(), written) : caseAs('non-', w) + (w === w.toUpperCase() ? w : w.toLowerCase());
  let back = 0;
  const art = /(?:^|[^A-Za-z])(an?)(\s{1,2})$/.exec(lead);
  if (art) {
    const a = art[1];
    const vowel = /^[aeiou]/i.test(replacement);
    const want = vowel ? 'an' : 'a';
    if (a.toLowerCase() !== want) {
      // the blank between them kept as written ("an\r\nexclusive")
      back = a.length + art[2].length;
      replacement = `${caseAs(want, a)}${art[2]}${replacement}`;
    }
  }
  return { back, newText: replacement };
};

/** "thereafter", "after such date": the non-exclusivity that follows the exclusive period. */
const THEREAFTER_RE = sp(/\b(?:thereafter|after (?:that|such) date|after which)\b/i);
/** Before a date: from then on. */
const FROM_RE = sp(/\b(?:from|after|following|beginning|commencing|as of|on or after) $/i);

/**
 * Whether a "non-exclusive" is about the time after an exclusive period: the exclusivity "shall terminate" (its date is
 * for date-conflict), or "thereafter" / "after which" in its sentence (unless the value itself runs "until" a date);
 * with a term's end (`ends`, ISO), also a date in its sentence from which it applies that is the end or the day after
 * ("From January 1, 2028, ... shall become non-exclusive" for an end of December 31, 2027).
 */
export const afterEnd = (text: string, clause: Clause, v: ExclusivityValue, ends?: string): boolean => {
  if (/(?:terminate|end|expire|cease|lapse)$/i.test(v.text)) return true;
  const { start: a, end: b } = sentenceOf(text, clause, v);
  // "non-exclusive … until December 31, 2027, and exclusive thereafter": this one is the period before
  const after = text.slice(v.end, b);
  const until = after.search(/\b(?:until|through)\b/i);
  if (until >= 0 && !THEREAFTER_RE.test(after.slice(0, until))) return false;
  if (THEREAFTER_RE.test(text.slice(a, b))) return true;
  // from the day after the end (or the end itself), not years later
  const next = ends ? shiftIso(ends, 1, 'day', 1) : null;
  return !!ends && clause.values.some((d) => d.kind === 'date' && d.start >= a && d.end <= b && (d.iso === ends || d.iso === next) && FROM_RE.test(textBefore(text, d.start, 30, a)));
};

/** Exclusivity said in other words than a grant word: "sole" (not "sole discretion"), "only distributor", "shall not appoint any other …", "to the exclusion of". */
const EXCLUSIVE_AGAIN_RE = sp(/\b(?:sole(?! (?:and exclusive )?(?:discretion|cost|expense|risk|option|responsibility|judg[e]?ment|remedy|remedies|owner|property|purpose)\b)|only (?:distributor|licensee|supplier|reseller|agent|provider|source)|to the exclusion of|(?:shall|will|may) not (?:appoint|grant|authori[sz]e|licen[cs]e|engage|permit|sell|supply)\b[^.;]{0,60}?\b(?:any (?:other|third)|another|others))\b/i);
/** Non-exclusivity said in other words: "non-sole", "may appoint other distributors", "nothing … prevents Alpha". */
const NON_EXCLUSIVE_AGAIN_RE = sp(/\b(?:non[-\x20]?sole|not (?:be )?(?:the )?sole|(?:may|is free to|shall be free to) (?:also )?(?:appoint|grant|licen[cs]e|engage|sell|supply)\b[^.;]{0,60}?\b(?:other|another|third)|nothing\b[^.;]{0,80}?\bprevent)/i);

/**
 * Whether the sentence of a grant says the same again in other words or another grant ("an exclusive and sole right",
 * "exclusive …, and Alpha shall not appoint any other distributor"): turning one word round would contradict the rest.
 */
const restated = (text: string, clause: Clause, v: ExclusivityValue, grants: readonly GrantValue[]): boolean => {
  const { start: a, end: b } = sentenceOf(text, clause, v);
  if (grants.some((g) => g.v !== v && g.v.start >= a && g.v.end <= b && g.v.value === v.value)) return true;
  const re = v.value ? EXCLUSIVE_AGAIN_RE : NON_EXCLUSIVE_AGAIN_RE;
  return re.test(text.slice(a, v.start)) || re.test(text.slice(v.end, b));
};

/**
 * "If the Licensee fails …, the Licensor may … convert the licence into a non-exclusive licence", "if the Option is
 * exercised, the licence will become exclusive": what a condition turns the grant into is a remedy, not the grant.
 */
const CONDITION_RE = /\b(?:if|unless|in the event|fail\w*)\b/i;
const INTO_RE = /\b(?:(?:conver|rever|reduc)\w*\b[^;]{0,60}?\b(?:into|to)|becomes?)\s(?:an?\s)?$/i;
const changedInto = (text: string, clause: Clause, v: ExclusivityValue): boolean =>
  INTO_RE.test(textBefore(text, v.start, 100, clause.start)) && CONDITION_RE.test(text.slice(sentenceOf(text, clause, v).start, v.start));

/** What a grant says; "a sole licence" (English law) leaves the licensor its own right to use, which exclusivity takes away. */
const polarityWords = (v: ExclusivityValue): string =>
  v.value ? 'grants exclusivity' : /^sole\s+licen/i.test(v.text) ? 'grants a sole licence (the licensor may still use it itself)' : 'makes it non-exclusive';

/**
 * Rights by what they are of (as bits): negotiations; supply or purchase; a licence or distribution (a licence to
 * distribute is both). In lower case: not a party ("Supplier", "Licensee").
 */
const RIGHTS = [/negotiat|discuss/, /suppl|purchas|buy/, /licen|distribut|res[ae]l/];
const rightsIn = (s: string): number => RIGHTS.reduce((m, re, i) => re.test(s) ? m | 1 << i : m, 0);
const ALL_RIGHTS = (1 << RIGHTS.length) - 1;
/** The rights of a term (`TYPE SUBJECT`), -1 when it names none; remembered. */
const termRights = memoized((typeAndSubject: string): number => rightsIn(typeAndSubject.toLowerCase()) || -1, 64);

/**
 * Whether a grant is of another right than the term's (`rights`, from its type and subject): "shall negotiate
 * exclusively with Buyer" or "its exclusive supplier of the Components" against a licence; read within 30 characters.
 */
const otherRight = (text: string, clause: Clause, v: ExclusivityValue, rights: number): boolean => {
  // a term of every right (or of none named: -1) has no other
  if ((rights & ALL_RIGHTS) === ALL_RIGHTS) return false;
  const s = sentenceOf(text, clause, v, 30);
  const r = rightsIn(text.slice(s.start, s.end));
  return r > 0 && !(r & rights);
};

/** An exception for another provision in the sentence: "Except as set out in Section 8.1,". */
const EXCEPT_AS_RE = /\b(?:except|save|other\s{1,3}than)\s{1,3}as\s{1,3}(?:set\s{1,3}out|provided|stated|expressly\s{1,3}\w{1,12})\s{1,3}in\s{1,3}(?:section|clause|article|paragraph)\b/i;

const checkClause = (ctx: CheckContext, clause: Clause, all: readonly GrantValue[], terms: readonly ModelTerm[], typedOnly: boolean, out: Finding[], seen: Set<number>): void => {
  const text = ctx.text;
  // what an amendment deletes or replaces is not the deal (read only when something would conflict)
  if (!all.some((g) => terms.some((t) => saysExclusive(t) && g.v.value !== t.exclusive))) return;
  const grants = all.filter((g) => !oldText(text, clause, g.v));
  if (grants.length === 0) return;
  const oneWay = grants.every((g) => g.v.value === grants[0].v.value);
  for (const term of terms) {
    if (!saysExclusive(term)) continue;
    // one finding per clause and term, on its first conflicting grant (a plain word first); the others are related
    const rights = termRights(`${term.type} ${term.subject}`);
    // "an exclusive licence under the Patents and a non-exclusive licence to use the Know-how": another grant ("a", "its")
    // the other way is of something else when it does not name the term's subject and one agreeing with the term does
    // (in the words up to the next grant); not "… shall become non-exclusive", which says it of the same thing
    const names = (v: ExclusivityValue): boolean => {
      const s = sentenceOf(text, clause, v);
      return namesSubject(text, { start: v.end, end: Math.min(s.end, grants.find((g) => g.v.start > v.start)?.v.start ?? s.end) }, ctx.model!, term);
    };
    const hits = grants.filter(({ v }) => v.value !== term.exclusive && !seen.has(v.start) && !(!v.value && term.ends && afterEnd(text, clause, v, term.ends))
      && !otherRight(text, clause, v, rights)
      // "Except as set out in Section 8.1, the relationship … is non-exclusive": all but the exclusivity stated there
      && !(!v.value && EXCEPT_AS_RE.test(text.slice(sentenceOf(text, clause, v).start, v.start)))
      // "may grant non-exclusive sub-licences": the licensee's grant, not the term's
      && !/^\ssub-?licen[cs]/i.test(afterIn(text, clause, v, 15))
      && !(!oneWay && /\b(?:an?|its)\s$/i.test(textBefore(text, v.start, 5)) && !names(v) && grants.some((g) => g.v.value === term.exclusive && names(g.v)))
      && !changedInto(text, clause, v) && !otherGrant(text, clause, ctx.model!, term, v.start)).sort((a, b) => +b.sure - +a.sure);
    if (!hits[0]) continue;
    for (const h of hits) seen.add(h.v.start);
    const { v, sure } = hits[0];
    const fixable = oneWay && sure;
    const certain = fixable && isCertainLink(typedOnly ? 'subject' : linkKind(ctx, clause, term));
    const label = clauseLabel(clause);
    const fixes: Fix[] = [];
    if (fixable) {
      // "an exclusive and sole right", "on an exclusive basis, and Alpha shall not appoint any other distributor": one
      // word rewritten would leave the sentence saying both; the drafter rewrites it (the model fix stays)
      const f = restated(text, clause, v, grants) ? null : polarityFix(text, v, term.exclusive);
      if (f) {
        fixes.push(draftFix(f.start, f.end, f.newText, certain, `Make ${term.exclusive ? 'exclusive' : 'non-exclusive'} (as term \`${term.id}\` says)`));
      }
      fixes.push(...termFix(term, 'exclusive', String(v.value), label));
    }
    const says = `\`${term.id}\` says exclusive: ${term.exclusive}`;
    out.push(conflict('exclusivity-conflict', certain, v, `${label} ${polarityWords(v)}; term ${says}`, clause, term.id,
      [termRelated(term, 'exclusive', `Term ${says}`), ...hits.slice(1).map((h) => related(h.v, `${label} also ${polarityWords(h.v)}`))], fixes));
  }
};

/** Whether the term says `exclusive` (true or false). */
const saysExclusive = (t: ModelTerm): t is ModelTerm & { readonly exclusive: boolean } => typeof t.exclusive === 'boolean';

/**
 * The terms a clause's exclusivity is compared with: its own term (its link) alone when that term says `exclusive`
 * ("The appointment under this Section 4.1 is non-exclusive" is about the cloud appointment, not about the model
 * access the clause also touches through its other type), else every linked term that says it.
 */
const ownTerms = (clause: Clause, terms: readonly ModelTerm[]): readonly ModelTerm[] => {
  if (terms.length < 2 || terms[0].id !== clause.term || !saysExclusive(terms[0])) return terms;
  return [terms[0]];
};

/**
 * The one term saying `exclusive` whose subject a clause of no such type is about ("a non-exclusive license to access
 * the OpenAI Models and APIs" in a licence grant, against model access said to be exclusive): the subject's first word
 * (what it is: access, distribution, licence) and at least one more of its words in the clause; else null. A licence
 * "to use and reproduce the Contoso Models" is not about "access to the Contoso Models".
 */
const aboutSubject = (text: string, clause: Clause, terms: readonly ModelTerm[], every = false): ModelTerm | null => {
  let stems: Set<string> | null = null;
  let found: ModelTerm | null = null;
  for (const t of terms) {
    const words = stemsOfSubject(t.subject ?? '');
    // cheap tests first: two words at least, the first of them in the clause (most clauses have not got it)
    if (words.length < 2 || !(stems ? stems.has(words[0]) : hasStem(text, clause.start, clause.end, words[0]))) continue;
    const seen = (stems ??= clauseStems(text, clause.start, clause.end));
    const n = words.filter((w) => seen.has(w)).length;
    if (n < 2 || (every && n < words.length)) continue;
    if (found) return null;
    found = t;
  }
  return found;
};

/** A subject's stems (the first: what it is, "reseller", "access"), remembered per subject. */
const stemsOfSubject = memoized(subjectStems, 64);

export const exclusivityRule: Rule = {
  codes: ['exclusivity-conflict'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model) return [];
    const out: Finding[] = [];
    const linked = termsByClause(ctx);
    // terms per type that carry `exclusive`, for clauses typed as such a term but not linked (ambiguous subject)
    const byType = new Map<string, ModelTerm[]>();
    for (const t of Object.values(model.terms)) if (saysExclusive(t)) memo(byType, t.type, (): ModelTerm[] => []).push(t);
    if (byType.size === 0) return out;
    const all = [...byType.values()].flat();
    const clauses = ctx.clauses;
    for (const pos of positionsOfKind(clauseIndex(clauses), 'exclusive')) {
      const clause = clauses[pos];
      const terms = linked.get(clause.index) ?? (NONE as readonly ModelTerm[]);
      // only terms that say `exclusive` can conflict: the grants are read when one applies
      if (terms.some(saysExclusive)) {
        const grants = grantValues(ctx, clause);
        let own = ownTerms(clause, terms);
        let guessed = false;
        // "its non-exclusive reseller of the Products in the Territory", linked first to a trade mark licence: when its
        // own term is not about what it says, a term whose every subject word it has is its term (another linked one,
        // else an unlinked one as a guessed link: a warning). Only terms whose subject is what the clause calls
        // (non-)exclusive are candidates ("non-exclusive reseller", not "non-exclusive license to use the trademarks …
        // to resell the Products"): that cheap test first.
        let near: Set<string>[] | null = null;
        const named = (t: ModelTerm): boolean => {
          const head = stemsOfSubject(t.subject ?? '')[0];
          if (head === undefined) return false;
          near ??= grants.map((g) => clauseStems(ctx.text, g.v.end, Math.min(clause.end, g.v.end + 30)));
          return near.some((n) => n.has(head));
        };
        const others = terms.filter((t) => !own.includes(t) && saysExclusive(t) && named(t));
        const unlinked = all.filter((t) => !terms.includes(t) && named(t));
        if ((others[0] || unlinked[0]) && !aboutSubject(ctx.text, clause, own)) {
          const linked = aboutSubject(ctx.text, clause, others, true);
          const other = linked ?? aboutSubject(ctx.text, clause, unlinked, true);
          if (other) {
            own = [other];
            guessed = !linked;
          }
        }
        checkClause(ctx, clause, grants, own, guessed, out, new Set<number>());
        continue;
      }
      let grants: GrantValue[] | null = null;
      let seen: Set<number> | null = null;
      let typed = false;
      for (const ta of clause.types) {
        const cands = byType.get(ta.type);
        if (!cands || scopeNamesOnly(ctx.text, clause, ta)) continue;
        typed = true;
        if (terms.some((t) => t.type === ta.type)) continue;
        // only when every term of that type agrees on `exclusive`
        if (cands.some((t) => t.exclusive !== cands[0].exclusive)) continue;
        grants ??= grantValues(ctx, clause);
        seen ??= new Set<number>();
        checkClause(ctx, clause, grants, [cands[0]], true, out, seen);
      }
      // a clause of another type (a licence grant) about a term's subject: compared as an uncertain link (a warning);
      // its grants read first (cheaper), the subject only when one of them would conflict with some term
      if (typed) continue;
      grants = grantValues(ctx, clause);
      const about = grants.some((g) => all.some((t) => g.v.value !== t.exclusive)) ? aboutSubject(ctx.text, clause, all) : null;
      if (about) checkClause(ctx, clause, grants, [about], true, out, new Set<number>());
    }
    return out;
  },
};
