/**
 * Role-tagged facts read from the extracted values of each clause: which date is the effective date, which the
 * expiry, which a notice deadline; revenue-share rates with what they are a share of; the governing law.
 * Shared by `inconsistent-values` and `date-order`. Everything reads only small windows around extracted
 * values (bounded, constant per value) plus one pass of one regex over the text for governing law.
 */
import { memoized } from '../../memo';
import type { Clause, DateValue, Span } from '../../types';
import type { CheckContext } from '../context';
import { blanks, clauseAt, LINE_GAP, endsWithMatch, inSpans, sortedSpans } from './util';
import { daysInMonth } from '../../extract/dates';
import { textAfter } from '../../text/chars';
import { memo, oldText } from '../model/util';
import { asMeant } from '../model/date';

export type DateRole = 'effective' | 'start' | 'expiration' | 'notice-deadline';

export interface DateFact {
  readonly role: DateRole;
  readonly value: DateValue;
  readonly clause: number;
  /** True when the sentence clearly concerns this agreement or its term (used across clauses). */
  readonly strong: boolean;
  /** The name the draft defines it under, when read from a definition ("Outside Date"). */
  readonly name?: string;
}

export interface RateFact extends Span {
  readonly rate: number;
  /** Normalised base: "net revenue", "gross sales". */
  readonly base: string;
  /** The base and the kind of payment when the sentence names one ("royalt", "fee"): only equal keys are compared. */
  readonly key: string;
  readonly clause: number;
  readonly text: string;
}

export interface LawFact extends Span {
  /** Normalised jurisdiction: "new york", "england". */
  readonly key: string;
  /** As written: "State of New York", "English law" (a name ending in " law" is not a place). */
  readonly name: string;
  readonly clause: number;
}

export interface Facts {
  readonly dates: DateFact[];
  readonly rates: RateFact[];
  readonly laws: LawFact[];
}

const WINDOW = 200;

/** Last sentence boundary in a window: ". " / "; " / ": " followed by a capital or an opening mark, or a newline pair. */
const BOUNDARY = /[.;:!?]["”)]?\s{1,8}(?=[A-Z("“])|\n[ \t\xa0]{0,8}\n/g;

/** Cues nearest before the date decide its role (`~`: 1-4 blanks). */
const cue = blanks('gi', String.raw`\s{1,4}`);
/** " Start Date is", " End Date:" after the name of the date. */
const DATE_IS = String.raw`~Date[ \t\xa0]{0,3}(?:is|shall~be|means|:)?`;
const ROLE_CUES: readonly [RegExp, DateRole][] = [
  [cue`\b(?:not?~later~than|on~or~before|prior~to|before|by)~(?:the~close~of~business~on~)?`, 'notice-deadline'],
  [cue`\b(?:effective~(?:as~of|on|from|date~(?:is|shall~be|will~be|means|of))|(?:becomes?|be|is)~effective(?:~(?:on|as~of))?|Effective~Date[ \t\xa0]{0,3}(?:is|shall~be|will~be|means|:|of|,)?)~(?:the~date~of~)?`, 'effective'],
  [cue`\b(?:commenc\w{0,6}|begin(?:s|ning)?|start(?:s|ing)?|(?:Commencement|Start)${DATE_IS})~(?:on~|as~of~|from~)?(?:and~including~)?`, 'start'],
  [cue`\b(?:expir\w{0,6}|terminat\w{0,5}|end(?:s|ing)?|continu\w{0,5}~(?:in~(?:full~)?(?:force|effect)~)?(?:until|through)|remain\w{0,2}~in~(?:full~)?(?:force|effect)~(?:until|through)|(?:Expiration|Expiry|Termination|End)${DATE_IS})~(?:on~|at~\d{1,2}(?::\d{2})?[ \t\xa0]{0,3}[ap]\.?m\.?[^,]{0,30},?~(?:on~)?)?(?:(?:and~)?including~)?`, 'expiration'],
];

/** `(the "Effective Date")` right after the date. */
const AFTER_TERM = blanks('', LINE_GAP)`^[ \t\xa0]{0,3}\([ \t\xa0]{0,3}(?:the~|this~|such~|herein~called~the~)?["“]([A-Z][A-Za-z ]{1,40})["”]`;

const THIS_AGREEMENT = blanks()`\b[Tt]his~(?:(?!(?:Article|Section|Clause|Schedule|Exhibit|Annex|Appendix|Paragraph|Part)\b)[A-Z]|agreement\b|contract\b|amendment\b|lease\b)|\b[Tt]he~(?:Agreement|Initial~Term|Term)\b|\bEffective\sDate\b|\bhere(?:of|under|in)\b`;
const OTHER_AGREEMENT = /\b(?:original|prior|existing|previous|underlying|predecessor|dated)\b/i;
const RENEWAL = /\b(?:renew\w{0,6}|extension|extended|Renewal|Extension)\b/i;
const NOTICE = /\bnotice\b/i;
const EFFECTIVE_DATE_IS = blanks('g', LINE_GAP)`\bEffective\s{1,3}Date[ \t\xa0]{0,3}(?:is|shall~be|will~be|means|:)\s{0,3}`;
const QUALIFIED = /[ \t\xa0](?:Effective|Expiration|Expiry|Termination|Commencement|Start|End)[ \t\xa0]{1,3}Date\b/;

/** The capitalised word before "Effective Date" etc. in the window ("Amendment" in "Second Amendment Effective Date"). */
const qualifier = (near: string): string | null => {
  const q = QUALIFIED.exec(near);
  if (!q) return null;
  // walk back over the blank and the word before the match (no end-anchored regex)
  let end = q.index;
  while (end > 0 && (near[end - 1] === ' ' || near[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /[A-Za-z'’-]/.test(near[start - 1])) start--;
  const w = near.slice(start, end);
  return /^[A-Z]/.test(w) ? w : null;
};
const UNTIL = blanks('gi', LINE_GAP)`\b(?:until|through|to~and~including)\s{1,4}`;
const IN_FORCE = blanks('i')`\b(?:remain|continue)s?~in~(?:full~)?(?:force|effect)\b`;
const NOTICE_OF = /\b(?:(?:non-?)?renew\w{0,6}|terminat\w{0,6}|extend|extension|not\s+to\s+renew)\b/i;

export const sentenceBefore = (text: string, clause: Clause, at: number): string => {
  const from = Math.max(clause.start, at - WINDOW);
  const w = text.slice(from, at);
  let last = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(w)) !== null) {
    last = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  return w.slice(last);
};

const sentenceAfter = (text: string, clause: Clause, at: number): string => {
  const to = Math.min(clause.end, at + WINDOW);
  const w = text.slice(at, to);
  const m = /[.;!?](?:\s|$)/.exec(w);
  return m ? w.slice(0, m.index) : w;
};

/** A real calendar date (year 1000–9999) with a well-formed ISO string. */
export const isUsableDate = (v: DateValue): boolean =>
  Number.isInteger(v.year) && Number.isInteger(v.month) && Number.isInteger(v.day) && v.year >= 1000 && v.year <= 9999
    && v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= daysInMonth(v.year, v.month) && /^\d{4}-\d{2}-\d{2}$/.test(v.iso);

/** Role of a date from the words right before it (or the defined term right after it); null when unclear. */
export const dateRole = (text: string, clause: Clause, v: DateValue): { role: DateRole; strong: boolean } | null => {
  const before = sentenceBefore(text, clause, v.start);
  const after = textAfter(text, v.end, 60, clause.end);
  const defined = AFTER_TERM.exec(after);
  let role: DateRole | null = null;
  if (defined) {
    const t = defined[1].trim();
    if (/^Effective Date$/i.test(t)) role = 'effective';
    else if (/^(?:Commencement|Start) Date$/i.test(t)) role = 'start';
    else if (/^(?:Expiration|Expiry|Termination|End) Date$/i.test(t)) role = 'expiration';
    // "expires on March 1, 2025 (the "Initial Term")": the period's end, read from the words before it
    else if (!/(?:Term|Period)$/.test(t)) return null;
    if (role) return { role, strong: role === 'effective' || !RENEWAL.test(before) };
  }
  const near = before.length > 80 ? before.slice(before.length - 80) : before;
  for (const [re, r] of ROLE_CUES) {
    if (endsWithMatch(re, near)) {
      role = r;
      break;
    }
  }
  if (role === null && endsWithMatch(UNTIL, near) && IN_FORCE.test(before)) role = 'expiration';
  if (role === null) return null;
  // "the Second Amendment Effective Date", "the Offtake Effective Date": another instrument's date
  const qualified = qualifier(near);
  if (qualified && !/^(?:The|This|Such|Agreement's)$/.test(qualified)) return null;
  if (role === 'notice-deadline') {
    if (!NOTICE.test(before) || !NOTICE_OF.test(before + sentenceAfter(text, clause, v.end))) return null;
    return { role, strong: true };
  }
  let strong = THIS_AGREEMENT.test(before) && !OTHER_AGREEMENT.test(before);
  if (role === 'expiration' || role === 'start') strong = strong && !RENEWAL.test(before);
  if (role === 'effective' && endsWithMatch(EFFECTIVE_DATE_IS, near)) strong = !OTHER_AGREEMENT.test(before);
  return { role, strong };
};

// ---------------------------------------------------------------------------------------------
// Revenue-share rates
// ---------------------------------------------------------------------------------------------

const RATE_BASE = /^\s*(?:\([^()]{0,24}\)\s*)?of\s+(?:(?:all|the|such|any|its|their)\s+)?((?:[A-Za-z-]{1,20}\s+){0,3}?(?:revenues?|receipts|sales|profits?|proceeds|income|fees|royalties))\b/i;
const SHARE_CUE = /\b(?:royalt\w{0,4}|(?:revenue|profit)\s+shar\w{0,4}|share\s+of|(?:shall|will)\s+pay|pay\s+to|entitled\s+to\s+receive|receive)\b/i;
/** A list item's own subject before a rate: "(c) permanent downloads: ". */
const RATE_ROW = /^\s{0,3}\(?[a-z\d]{1,4}[.)]\s{1,3}([^:;]{1,60}):\s{0,3}$/i;
/** Words naming a kind of payment (the last one before a rate names it). */
const PAYMENT_KIND = /\b(?:royalt|commission|fee|contribut|rebate|discount|bonus|interest)/gi;
const TIERED = /\b(?:thereafter|in\s+excess\s+of|exceed\w{0,4}|up\s+to|tiers?|over|above|below|(?:less|more|greater)\s+than|(?:in|de)crease\w{0,2}|reduc\w{1,4}|adjust\w{0,5}|first|next|remaining|additional|until|after|minimum|maximum|cap|plus|less|if|unless|except|provided|whichever|greater|lesser)\b/i;

/** "net revenues" = "net revenue"; "net sales", "proceeds", "royalties" keep their s (they are shown in messages). */
const normaliseBase = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\b(revenue|profit|fee)s$/, '$1');

// ---------------------------------------------------------------------------------------------
// Governing law
// ---------------------------------------------------------------------------------------------

const GOVERN = /\b(?:governed|construed|interpreted|enforced|governing[ \t\xa0]{1,3}law)\b/g;
/** Blanks with at most one line break (a hard-wrapped "State of New⏎York"), never a blank line. */
const WRAP_GAP = String.raw`(?:[ \t\xa0]{1,3}|[ \t\xa0]{0,3}\r?\n[ \t\xa0]{0,3})`;
const LAW_WORD = new RegExp(`^${WRAP_GAP}law\\b`);
const LAW_OF = blanks('', WRAP_GAP)`\b[Ll]aws?\s{1,3}of\s{1,3}(?:the\s{1,3})?([A-Z][A-Za-z']{1,20}(?:~(?:of~|and~)?[A-Z][A-Za-z]{1,20}){0,4})`;
const NAMED_DOCUMENT = /\b[A-Z][a-z]{1,30}[ \t\xa0]{1,3}(?:Agreement|Lease|Guarantee|Guaranty|Indenture|Note|Notes|Plan|Deed|Policy|Orders?)\b/;
const THIS_DOCUMENT = /\b[Tt]his[ \t\xa0]{1,3}(?:[A-Z]|agreement\b)|\bhere(?:of|under|in|by)\b/;
/** The subject of a split-law clause: the transfer, sale, assignment or conveyance of something, title to it. */
const ONE_THING = blanks('i')`^[\W\d]{0,10}(?:the~)?(?:(?:transfer|sale|assignment|conveyance|creation|perfection)~of|title~to)\b`;
/** The words before "of" in the name of a state ("the State of New York"). */
const STATE_OF = "State|Commonwealth|Province|Republic|Kingdom|Federal Republic|People's Republic|Grand Duchy";
const LAW_PREFIX = blanks('', WRAP_GAP)`^(?:${STATE_OF})~of~`;
/** The same in a lower-case key with single spaces. */
const KEY_PREFIX = new RegExp(`^(?:the )?(?:${STATE_OF}) of `, 'i');
const ADJ_LAW = blanks('', WRAP_GAP)`\bby~(?:the~)?(?:internal~|substantive~)?([A-Z][a-z]{2,20}(?:~[A-Z][a-z]{2,20}){0,2})~law\b`;
const NOT_A_PLACE = /^(?:United\s+States|Federal|Country|Jurisdiction|State|Seller|Buyer|Company|Licensor|Licensee|Party|Parties|Agreement)$/;

/** Nationality → country, for laws named by adjective ("English law"). */
export const DEMONYMS: Record<string, string> = {
  english: 'england', british: 'england', scottish: 'scotland', scots: 'scotland', irish: 'ireland', french: 'france', german: 'germany',
  swiss: 'switzerland', dutch: 'netherlands', japanese: 'japan', chinese: 'china', canadian: 'canada', australian: 'australia',
  singaporean: 'singapore', indian: 'india', italian: 'italy', spanish: 'spain', swedish: 'sweden', israeli: 'israel',
};

const lawKeyOf = (name: string): string => {
  let k = name.toLowerCase().replace(/\s+/g, ' ').trim();
  k = k.replace(KEY_PREFIX, '').replace(/ law$/, '');
  if (DEMONYMS[k]) k = DEMONYMS[k];
  k = k.replace(/ (?:and|&) wales$/, '');
  return k;
};

/** "the State of New York" → "new york" (memoised: the same few laws again and again). */
export const lawKey = memoized(lawKeyOf, 2_000);

// ---------------------------------------------------------------------------------------------
// Superseded text
// ---------------------------------------------------------------------------------------------

const OLD = new WeakMap<object, boolean>();

/**
 * Whether a fact states what an amendment replaces or removes ("The Term, which was to expire on August 31, 2026, is
 * extended", `the words "laws of England" are deleted`, a clause that only deletes): the same test as the model checks'
 * (`oldText`). Asked only of facts that would otherwise conflict; remembered per fact.
 */
export const superseded = (ctx: CheckContext, f: DateFact | RateFact | LawFact): boolean => memo(OLD, f, () => {
  const clause = ctx.clauses[f.clause];
  return clause !== undefined && oldText(ctx.text, clause, 'value' in f ? f.value : f);
});

/**
 * The pairs (first, later) of a list in which a later fact differs from the first one stated: the first is the
 * earliest fact not superseded, and a superseded later fact is skipped. Superseded is asked only of facts in a pair.
 */
export const conflicts = <T extends DateFact | RateFact | LawFact>(ctx: CheckContext, list: readonly T[], differ: (a: T, b: T) => boolean): [T, T][] => {
  const out: [T, T][] = [];
  let f = -1;
  for (let i = 0; i < list.length; i++) {
    if (f < 0) {
      f = i;
      continue;
    }
    const d = list[i];
    if (!differ(list[f], d) || superseded(ctx, d)) continue;
    if (superseded(ctx, list[f])) {
      // the next fact becomes the first; the comparisons run again from there
      i = f;
      f = -1;
      continue;
    }
    out.push([list[f], d]);
  }
  return out;
};

// ---------------------------------------------------------------------------------------------

const cache = new WeakMap<CheckContext, Facts>();

/** Facts of a context, computed once and shared by the rules that need them. */
export const factsOf = (ctx: CheckContext): Facts => memo(cache, ctx, () => collectFacts(ctx));

/** What one clause's values say (value indexes, no offsets): reusable while the clause's facts are reused. */
interface ClauseDerived {
  readonly dates: readonly { readonly k: number; readonly role: DateRole; readonly strong: boolean }[];
  readonly rates: readonly { readonly k: number; readonly rate: number; readonly base: string; readonly key: string }[];
}

const DERIVED = new WeakMap<object, ClauseDerived>();

export const collectFacts = (ctx: CheckContext): Facts => {
  const { text, clauses } = ctx;
  const dates: DateFact[] = [];
  const rates: RateFact[] = [];
  const attached = attachmentSections(ctx);
  for (const clause of clauses) {
    // exhibits and schedules (forms of other documents, price lists) state their own dates, rates and laws
    if (clause.section >= 0 && attached[clause.section]) continue;
    if (clause.values.length === 0) continue;
    // cached per clause while the analyzer reuses the clause's facts (same text), else computed
    const origin = ctx.memo?.clauseOrigins[clause.index];
    let d = origin ? DERIVED.get(origin) : undefined;
    if (d === undefined) {
      d = deriveClause(text, clause);
      if (origin) DERIVED.set(origin, d);
    }
    for (const x of d.dates) dates.push({ role: x.role, value: asMeant(ctx, clause.values[x.k] as DateValue), clause: clause.index, strong: x.strong });
    for (const x of d.rates) {
      const v = clause.values[x.k];
      rates.push({ start: v.start, end: v.end, rate: x.rate, base: x.base, key: x.key, clause: clause.index, text: v.text });
    }
  }
  return { dates, rates, laws: collectLaws(ctx) };
};

const deriveClause = (text: string, clause: Clause): ClauseDerived => {
  const dates: { k: number; role: DateRole; strong: boolean }[] = [];
  let clauseRates: { k: number; rate: number; base: string; key: string }[] | null = null;
  const seen: Span[] = [];
  for (let k = 0; k < clause.values.length; k++) {
    const v = clause.values[k];
    if (v.kind === 'date') {
      if (!isUsableDate(v)) continue;
      const r = dateRole(text, clause, v);
      if (r) dates.push({ k, role: r.role, strong: r.strong });
    } else if ((v.kind === 'percent' || (v.kind === 'number-words' && v.unit === 'percent'))) {
      if (seen.some((s) => s.start < v.end && v.start < s.end)) continue;
      seen.push(v);
      const rate = v.kind === 'percent' ? v.value : v.figureValue;
      if (typeof rate !== 'number' || !Number.isFinite(rate)) continue;
      const after = textAfter(text, v.end, 80, clause.end);
      const b = RATE_BASE.exec(after);
      if (!b) continue;
      const before = sentenceBefore(text, clause, v.start);
      const typed = clause.types.some((t) => t.type === 'revenue-share');
      if (!typed && !SHARE_CUE.test(before)) continue;
      const sentence = before + text.slice(v.start, v.end) + sentenceAfter(text, clause, v.end);
      if (TIERED.test(sentence.replace(/\b(?:royalt|(?:revenue|profit)\s{1,3}shar)[a-z]{0,4}/gi, ''))) {
        clauseRates = null;
        break;
      }
      const base = normaliseBase(b[1]);
      // "a royalty of 5% of Net Sales" and "an advertising fee of 1% of Net Sales" are two payments, not one rate
      const kind = before.match(PAYMENT_KIND)?.pop()?.toLowerCase();
      // a row of a rate table is the rate of its own item: "(c) permanent downloads: twenty-two per cent. (22%) of Net
      // Receipts" and "(d) on-demand streaming: twenty-five per cent. (25%) of Net Receipts" are two rates
      const row = RATE_ROW.exec(before)?.[1].toLowerCase();
      (clauseRates ??= []).push({ k, rate, base, key: (kind ? `${base} ${kind}` : base) + (row ? `|${row}` : '') });
    }
  }
  const rates: { k: number; rate: number; base: string; key: string }[] = [];
  if (clauseRates) {
    // a clause with two different rates on one base is a tiered or split arrangement: not a single fact
    const bases = new Map<string, { k: number; rate: number; base: string; key: string }>();
    const conflicted = new Set<string>();
    for (const r of clauseRates) {
      const p = bases.get(r.base);
      if (p && p.rate !== r.rate) conflicted.add(r.base);
      if (!p) bases.set(r.base, r);
    }
    for (const [base, r] of bases) if (!conflicted.has(base)) rates.push(r);
  }
  return { dates, rates };
};

/** Per section: is it (inside) an exhibit or schedule? One pass; parents come before children. */
const attachmentSections = (ctx: CheckContext): boolean[] => {
  const sections = ctx.segmentation.sections;
  const out: boolean[] = new Array(sections.length).fill(false);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    const p = s.parent;
    out[i] = s.kind === 'exhibit' || s.kind === 'schedule' || (p >= 0 && p < i && out[p]);
  }
  return out;
};

/**
 * A "governed by / construed / governing law" phrase and the law named in the rest of its sentence (at most 200
 * characters): the text-level part of `collectLaws`, which the incremental analyzer recomputes only around an edit.
 */
export interface GovernHit {
  /** Where the cue word starts. */
  readonly start: number;
  /** Where the scan went on after it (the end of its window): the next hit starts at or after this. */
  readonly next: number;
  /** The law named, or null. */
  readonly law: { readonly start: number; readonly name: string; readonly full: string } | null;
}

/** How far after its start a hit reads (the cue word and its 200-character window). */
export const GOVERN_CONTEXT = 240;

/**
 * The hits of the scan started at `from` (which must not be inside the window of an earlier hit), up to the first
 * hit at or after `to`. Scans `text` only up to `to` plus one window.
 */
export const governHitsIn = (text: string, from: number, to: number): GovernHit[] => {
  const out: GovernHit[] = [];
  const end = Math.min(text.length, to + GOVERN_CONTEXT);
  // one character before `from`, so that `\b` sees what precedes it
  const base = Math.max(0, from - 1);
  const chunk = base === 0 && end >= text.length ? text : text.slice(base, end);
  GOVERN.lastIndex = from - base;
  let g: RegExpExecArray | null;
  while ((g = GOVERN.exec(chunk)) !== null) {
    const at = g.index + base;
    if (at >= to) break;
    const after = at + g[0].length;
    let window = textAfter(text, after, 200, text.length);
    const stop = /[;]|\.(?:\s|$)/.exec(window);
    if (stop) window = window.slice(0, stop.index);
    const next = after + window.length;
    GOVERN.lastIndex = next - base;
    const a = LAW_OF.exec(window);
    const b = ADJ_LAW.exec(window);
    let law: GovernHit['law'] = null;
    if (a && (!b || a.index <= b.index)) {
      const full = a[1].replace(/\s+/g, ' ');
      const prefix = LAW_PREFIX.exec(a[1]);
      const name = prefix ? a[1].slice(prefix[0].length) : a[1];
      law = { start: after + a.index + a[0].length - name.length, name, full };
    } else if (b) {
      law = { start: after + b.index + b[0].lastIndexOf(b[1]), name: b[1], full: b[1].replace(/\s+/g, ' ') };
    }
    out.push({ start: at, next, law });
  }
  return out;
};

const collectLaws = (ctx: CheckContext): LawFact[] => {
  const { text, clauses } = ctx;
  const out: LawFact[] = [];
  if (clauses.length === 0) return out;
  const ignored = sortedSpans(ctx.segmentation.ignored);
  const attached = attachmentSections(ctx);
  const done = new Set<number>();
  const hits = ctx.local?.governHits ?? governHitsIn(text, 0, text.length);
  for (const h of hits) {
    if (h.law === null) continue;
    const { start, name, full } = h.law;
    if (inSpans(ignored, start) || NOT_A_PLACE.test(name)) continue;
    const ci = clauseAt(clauses, start);
    if (ci < 0 || done.has(ci) || clauseAt(clauses, h.start) !== ci) continue;
    const sec = clauses[ci].section;
    if (sec >= 0 && attached[sec]) continue;
    // "The Escrow Agreement is governed by ..." (another document) unless the sentence is about this one
    const subject = sentenceBefore(text, clauses[ci], h.start);
    if (NAMED_DOCUMENT.test(subject) && !THIS_DOCUMENT.test(subject)) continue;
    // "The transfer of the UK Assets shall be governed by English law": a law chosen for one thing, on purpose
    if (ONE_THING.test(subject) && !THIS_DOCUMENT.test(subject)) continue;
    done.add(ci);
    // "by English law": shown as written ("English law"), not as a place
    const shown = name.replace(/\s+/g, ' ') === full && LAW_WORD.test(textAfter(text, start + name.length, 9, text.length)) ? `${full} law` : full;
    out.push({ start, end: start + name.length, key: lawKey(full), name: shown, clause: ci });
  }
  return out;
};
