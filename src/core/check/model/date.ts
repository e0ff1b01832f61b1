import type { Clause, DateValue, Finding, Fix, ModelTerm, RelatedLocation, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { formatDateLike, parseIso } from './format';
import {
  afterIn, attachment, beforeIn, changeTo, clauseIndex, clauseLabel, conflict, hasType, inFormOfOther, isCertainLink,
  linkKind, memo, mergePositions, modelFix, oldText, perUnit, positionsOfKind, sentenceOf, sp, termRelated, termsByClause,
  upperFirst,
} from './util';
import { textBefore } from '../../text/chars';
import { namesSubject } from './party';
import { isoDate } from '../../extract/dates';
import { blanks, clauseAt } from '../draft/util';

export type DateRole = 'starts' | 'ends';

const ROLE_RE = /\b(until|through|thru|expir(?:e[sd]?|ing|ation|y)|end(?:s|ed|ing)?|terminat(?:e[sd]?|ing|ion)|conclu(?:de[sd]?|ding|sion)|laps(?:e[sd]?|ing)|ceas(?:e[sd]?|ing)|commenc(?:e[sd]?|ing|ement)|effective|(?:takes?|took|comes?|came) (?:into )?(?:effect|force)|from|between|beg(?:in(?:s|ning)?|[au]n)|start(?:s|ed|ing)?|as of)\b/gi;
/** The names of a defined date (expiration, expiry, termination, end and a facility's (final) maturity are ends, as roleOf reads them). */
const DATE_NAMES = 'effective|commencement|start|expiration|expiry|termination|end|(?:final~)?maturity';
const AFTER_RE = blanks('i')`^[\s,]{0,3}\(?(?:the\s+)?["“]?(${DATE_NAMES})\s+date\b`;

/** Right before the second date of "from January 1, 2026 to / – / to and including December 31, 2030": its end. */
const TO_AFTER_DATE_RE = sp(/(?:\d\s{0,3}(?:to|[-–—])|\bup to) (?:\(?and including\)? )?(?:the )?$/i);

/** `"Effective Date" means March 1, 2026`, `**Commencement Date**: 1 March 2026`: the date a defined date is. */
/** After a defined name: `" means`, `** is`, `:` (and the bold or quotes around it), up to what it is. */
export const MEANS_TAIL = String.raw`[*_"”]{0,4}\s{0,3}(?:(?:shall~)?means?|is|:)\s{0,3}[*_]{0,2}\s{0,3}$`;
const NAMED_BEFORE_RE = blanks('i')`\b(${DATE_NAMES})~date\b${MEANS_TAIL}`;

const namedBefore = (text: string, clause: Span, v: Span): RegExpExecArray | null => {
  const s = beforeIn(text, clause, v, 60);
  const m = NAMED_BEFORE_RE.exec(s);
  // "Service Commencement Date": another date than the agreement's ("The Effective Date is" is the agreement's)
  if (!m) return null;
  let e = m.index;
  while (e > 0 && /[\s*_]/.test(s[e - 1])) e--;
  let b = e;
  while (b > 0 && /[A-Za-z]/.test(s[b - 1])) b--;
  const word = s.slice(b, e);
  return e < m.index && /^[A-Z]/.test(word) && !/^(?:The|This|Its|Such)$/.test(word) ? null : m;
};

/**
 * A date of another document: "forms part of the Master Services Agreement dated 14 February 2026", "amends that
 * certain Loan Agreement dated as of March 15, 2023", "the letter dated", "the letter of intent dated", "the Deed of
 * Adherence dated", "the term sheet dated", "a non-binding term sheet dated", "a Model Access and Cloud Partnership
 * Agreement dated", "by Amendment No. 1 dated … and Amendment No. 2 dated" (not "This Agreement is dated", "This
 * Amended and Restated Agreement dated").
 */
const OTHER_DOCUMENT_RE = blanks()`(?:\b[Tt]he|\ban?|\bcertain|\bby|(?<!\b[A-Z][a-z]{1,20}\s{1,3})\band)~(?:[A-Z][\w&'’.-]{0,25}~|(?:and|of|for|\d{1,3}|letter|intent|term~sheet|non-binding)~){1,8}(?:\([^)]{0,40}\)\s{0,3})?,?\s{0,3}dated~(?:as~of~)?(?:the~)?$`;
export const otherDocument = (text: string, clause: Span, v: Span): boolean => {
  const before = beforeIn(text, clause, v, 120);
  return before.includes('dated') && OTHER_DOCUMENT_RE.test(before);
};

/** Right before the second date of "between January 1, 2026 and December 31, 2029": its end. */
const BETWEEN_AND_RE = sp(/\bbetween (?:the )?[^.;]{3,40}?\d{4}\s{0,3}and (?:the )?$/i);

const roleOf = (word: string): DateRole => /^(until|through|thru|expir|end|terminat|conclu|laps|ceas|fin|mat)/i.test(word) ? 'ends' : 'starts';

const STOPS = '. |; |.\n|;\n|.\r|;\r|\n\n'.split('|');

/** The text of the date's sentence before it (at most `max` characters, within the clause). */
const sentenceBefore = (text: string, clause: Span, v: Span, max: number): string => {
  const before = beforeIn(text, clause, v, max);
  // a line break inside a hard-wrapped sentence is not its end; a full stop or semicolon before one is
  let stop = -1;
  for (const s of STOPS) stop = Math.max(stop, before.lastIndexOf(s));
  return stop >= 0 ? before.slice(stop + 2) : before;
};

/**
 * Earlier in a date's sentence: what outlives or follows the term, or may extend it. "Sections 5 and 7 survive until",
 * "any sublicence granted before … shall continue until", "may be extended by Beta until", "an option to renew until"
 * (not "the Term is extended until": an amendment's new end),
 * "may continue to sell its inventory … not after", "a wind-down / run-off / transition / exit / tail period ending on".
 */
const OTHER_PERIOD_RE = /\b(?:surviv|(?:any|each|all|such|every|existing|outstanding) (?:[\w-]{1,20} ){0,2}sub-?licen[cs]es?\b|sub-?licen[cs]es? (?:granted|shall|will|may|then)\b|(?:may|can|could) (?:be )?extend(?:ed)?\b|(?:option|right|entitled) to (?:extend|renew)|extension (?:option|period|term|fee)|sell[- ]off|continue to (?:sell|distribute|dispose)|(?:sell|dispose of) (?:its|any|all|the|such) (?:remaining )?(?:inventory|stock)|wind[- ]?(?:down|ing down)|run[- ]?off|transition(?:al)? (?:period|services|assistance)|exit (?:period|assistance)|tail (?:period|coverage))/i;
/** Right before the date: the subject's own end ("… after the licence ends on", "unless extended, the Term expires on"). */
const OWN_END_RE = sp(/\b(?:licen[cs]e|agreement|term|grant|appointment|rights?) (?:granted (?:hereunder )?)?(?:shall |will )?(?:ends?|expires?|terminates?) (?:on )?$/i);

/**
 * Is the date (or relative date) that of what outlives, follows or may extend the term (a surviving provision, a
 * sublicence, an option to extend, a sell-off or transition period)? Such a date is no term's start or end.
 */
export const survivalDate = (text: string, clause: Span, v: Span): boolean => {
  const before = oneLine(sentenceBefore(text, clause, v, 200));
  return OTHER_PERIOD_RE.test(before) && !OWN_END_RE.test(textBefore(before, before.length, 40));
};

/** Role of a date from the nearest role word before it (same clause, within 80 characters) or a defined name after it. */
export const dateRole = (text: string, clause: Span, v: Span): DateRole | null => {
  const after = AFTER_RE.exec(afterIn(text, clause, v, 40)) ?? namedBefore(text, clause, v);
  if (after) return roleOf(after[1]);
  const before = sentenceBefore(text, clause, v, 80);
  if (TO_AFTER_DATE_RE.test(before) || BETWEEN_AND_RE.test(before)) return 'ends';
  ROLE_RE.lastIndex = 0;
  let last: string | null = null;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = ROLE_RE.exec(before)) !== null) {
    last = m[1];
    at = ROLE_RE.lastIndex;
  }
  // "shall expire on 31 March 2029, and the Customer may serve notice before 1 January 2029": a notice deadline
  return last && !/\b(?:before|prior|notice)\b/i.test(before.slice(at)) ? roleOf(last) : null;
};

/** "the Term", "this Initial Term"; in lower case only an initial term ("The initial subscription term expires on"), not of another document. */
const TERM_RE = /\b(?:[Tt]he|[Ii]ts|[Tt]his) (?:Initial )?Term\b|\b[Ii]nitial (?:[a-z]{3,15} )?term\b(?! of (?!this))/;
/**
 * A date of a period defined with its own name, not the agreement's term (`The "Exclusivity Period" means the period
 * from the Effective Date until June 30, 2029`, `until June 30, 2029 (the "Exclusivity Period")`); an "Initial Period"
 * or "Term Period" is the agreement's.
 */
const PERIOD_NAME = String.raw`["“](?!Initial\b)(?:[A-Z][A-Za-z-]{1,20} ){1,3}(?<!Term )Period["”]`;
const PERIOD_DEFINED_RE = new RegExp(String.raw`${PERIOD_NAME}\s{1,3}(?:shall\s{1,3})?means\b`);
const PERIOD_NAMED_AFTER_RE = new RegExp(String.raw`^[\s,]{0,3}\(\s{0,3}(?:the\s{1,3})?${PERIOD_NAME}`);
export const otherPeriod = (text: string, clause: Span, v: Span): boolean =>
  PERIOD_DEFINED_RE.test(sentenceBefore(text, clause, v, 160)) || PERIOD_NAMED_AFTER_RE.test(afterIn(text, clause, v, 60));
/** The term of other documents: "the initial term of each Order Form", "the term of any Statement of Work". */
const OTHER_TERM_RE = /\bterm of (?:each|any|every|an?|such) /i;
const TOKEN_RE = /[A-Za-z][A-Za-z-]{0,30}/g;

/** "01/02/2026": a numeric date, its first and second numbers. */
const NUMERIC_RE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Both numbers could be a month and they differ: it reads two ways. */
const twoWays = (s: string): boolean => {
  const m = NUMERIC_RE.exec(s);
  return !!m && +m[1] <= 12 && +m[2] <= 12 && +m[1] !== +m[2];
};

const conventions = new WeakMap<object, 'day' | 'month' | null>();

/**
 * How the draft writes numeric dates: 'day' first when some numeric date must be day first ("31/12/2029") or dates are
 * written English style ("1 March 2026"), and nothing is month first ("12/31/2029", "March 1, 2026"); 'month' the other
 * way round; null when the draft says nothing or both.
 */
export const convention = (clauses: readonly Clause[]): 'day' | 'month' | null => memo(conventions, clauses, () => {
  let day = false;
  let month = false;
  for (const clause of clauses) {
    for (const v of clause.values) {
      if (v.kind !== 'date') continue;
      const m = v.text.length <= 10 ? NUMERIC_RE.exec(v.text) : null;
      if (m) {
        if (+m[1] > 12) day = true;
        else if (+m[2] > 12) month = true;
      } else if (/^\d{1,2}(?:st|nd|rd|th)?\s{1,3}[A-Za-z]/.test(v.text)) day = true;
      else if (/^[A-Za-z]{3,9}\.?\s{1,3}\d/.test(v.text)) month = true;
    }
  }
  return day === month ? null : day ? 'day' : 'month';
});

/** The date as the draft means it: "01/04/2031" in a draft that writes the day first is 1 April 2031. */
export const asMeant = (ctx: CheckContext, v: DateValue): DateValue => {
  if (!twoWays(v.text) || convention(ctx.clauses) !== 'day') return v;
  return { ...v, month: v.day, day: v.month, iso: isoDate(v.year, v.day, v.month) };
};

/**
 * The date is the ISO date, also when "01/02/2026" (read month first) is that date read day first, as in English
 * drafting: the draft then agrees under one of its two readings.
 */
const sameDate = (v: DateValue, iso: string): boolean => {
  if (v.iso === iso) return true;
  const m = NUMERIC_RE.exec(v.text);
  return !!m && m.index === 0 && +m[2] <= 12 && iso === `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
};

/**
 * "this Agreement", "this Partnership Agreement", "the Agreement", "this agreement" (English drafting) — not "the
 * Evaluation Agreement", nor "the agreement" in lower case (any agreement).
 */
const thisAgreement = (s: string): boolean => {
  if (!/greement/i.test(s)) return false; // no such word, nothing to find
  const words: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(s)) !== null && words.length < 100) words.push(m[0]);
  // the agreement named last before the date is the one the date belongs to
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i] === 'agreement') return i > 0 && words[i - 1].toLowerCase() === 'this';
    if (words[i] !== 'Agreement' && words[i] !== 'AGREEMENT') continue;
    let j = i - 1;
    let names = 0;
    while (j >= 0 && names < 3 && /^[A-Z]/.test(words[j]) && !/^(?:this|the)$/i.test(words[j])) { j--; names++; }
    const lead = j >= 0 ? words[j].toLowerCase() : '';
    return lead === 'this' || (lead === 'the' && names === 0);
  }
  return false;
};

/** A word (between letters) that makes a date about some other period: a renewal, an extension, a financial year, an option... */
const NOT_AGREEMENT_RE = /(?<![a-z])(?:renew(?:al|ed)?|additional|exten(?:sion|ded|d)|successive|financial|fiscal|period|season|cycle|phase|option)(?![a-z])/i;

/** Whitespace other than single spaces (what the collapsing to single spaces would change). */
const ODD_SPACE_RE = /[^\S ]|\s\s/;

/**
 * A sentence on one line, without a "for (a period of)" at its end ("shall continue for a period of four (4) years from
 * the Effective Date": that "period" is the agreement's own).
 */
const lead = (s: string): string => oneLine(s.replace(FOR_PERIOD_RE, ''));

/** The text with its blanks as single spaces (unchanged when it has no others). */
const oneLine = (s: string): string => ODD_SPACE_RE.test(s) ? s.replace(/\s+/g, ' ') : s;

/**
 * Whether a date speaks of the agreement itself: a defined "Effective Date"/"Expiration Date" right after it, or
 * "this Agreement" / "the Term" earlier in its sentence with no renewal, extension or other period in between.
 */
export const agreementDate = (text: string, clause: Span, v: Span): boolean => {
  if (AFTER_RE.test(afterIn(text, clause, v, 40)) || namedBefore(text, clause, v)) return true;
  const s = sentenceBefore(text, clause, v, 160);
  // "…; it shall now continue until": "it" is what the sentence named before
  const flat = lead(/^it\b/i.test(s) ? beforeIn(text, clause, v, 160) : s);
  // "The Term … is / shall be (further) extended and shall expire on" (an amendment's new end) is the agreement's; "may
  // be extended until" is not (survivalDate); nor is "continue for a period of three years … and shall then expire on"
  // another period
  return (thisAgreement(flat) || TERM_RE.test(flat)) && !NOT_AGREEMENT_RE.test(flat.replace(/\b(?:is|are|be|hereby) (?:further )?extended\b|\bfor (?:an?|the) (?:initial )?period of\b/gi, ''));
};

const DATED_RE = /\b(?:dated|made|entered\s{1,3}into|executed):?\s{1,3}(?:(?:as\s{1,3})?(?:of|on)\s{1,3})?(?:the\s{1,3})?$/i;
const START_DATE_RE = /^(?:effective|commencement|start) date$/i;

const validDates = (clause: Clause): DateValue[] => clause.values.filter((v): v is DateValue => v.kind === 'date' && v.valid !== false);

interface Target {
  readonly iso: string;
  /** e.g. "term `ip-license` says ends: 2032-12-31" */
  readonly says: string;
  readonly related: RelatedLocation;
  /** model location to rewrite for the reverse fix */
  readonly span?: Span;
  /** who says it: "term `ip-license`", "the model's `expires`" */
  readonly name: string;
  /** e.g. "`ends` of term `ip-license`" */
  readonly field: string;
}

/** The fix in the model to `iso`, as the clause labelled `label` says (none when the target has no span there). */
const targetFix = (t: Target, iso: string, label: string): Fix[] => t.span ? [modelFix(t.span, iso, `Change ${t.field} to ${iso} (as ${label} says)`)] : [];

const dateFixes = (ctx: CheckContext, v: DateValue, t: Target, label: string, certain: boolean): Fix[] => {
  const fixes: Fix[] = [];
  let start = v.start;
  let written = v.text;
  const ww = v.writtenWeekday;
  if (ww && ww.start < v.start && ww.start >= v.start - 20) {
    start = ww.start;
    written = ctx.text.slice(ww.start, v.end);
  }
  const newText = formatDateLike(written, { year: v.year, month: v.month, day: v.day }, t.iso);
  if (newText !== null && newText !== written) {
    // a numeric date that reads two ways ("01/02/2026", or the "2/6/2030" written for "31/12/2029") is sure to say the
    // model's date only in a draft that writes all its dates one way: its own
    const conv = convention(ctx.clauses);
    const m = NUMERIC_RE.exec(v.text);
    const order = !m ? null : +m[1] > 12 ? 'day' : +m[2] > 12 ? 'month' : conv;
    const sure = certain && !((twoWays(v.text) || twoWays(newText)) && (conv === null || order !== conv));
    fixes.push(changeTo(start, v.end, newText, sure, t.name));
  }
  if (parseIso(v.iso)) fixes.push(...targetFix(t, v.iso, label));
  return fixes;
};

const report = (ctx: CheckContext, clause: Clause, written: DateValue, t: Target, certain: boolean, termId: string | undefined, out: Finding[]): void => {
  const v = asMeant(ctx, written);
  const label = clauseLabel(clause);
  out.push(conflict('date-conflict', certain, v, `${label} says ${v.text} (${v.iso}); ${t.says}`, clause, termId, [t.related], dateFixes(ctx, v, t, label, certain)));
};

const FIELDS = ['starts', 'ends', 'date'] as const;

const DAY_MS = 86_400_000;

/** `iso` moved by a duration (calendar arithmetic; the 31st becomes the last day of a shorter month). */
export const shiftIso = (iso: string, amount: number, unit: string, sign: 1 | -1): string | null => {
  const p = parseIso(iso);
  if (!p || !Number.isInteger(amount) || amount < 0 || amount > 10_000) return null;
  let y = p.year;
  let m = p.month;
  let d = p.day;
  if (unit === 'year' || unit === 'month' || unit === 'quarter') {
    const months = sign * amount * perUnit(unit);
    const total = y * 12 + (m - 1) + months;
    y = Math.floor(total / 12);
    m = (total % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d > last) d = last;
  } else if (unit === 'day' || unit === 'week') {
    const t = Date.UTC(y, m - 1, d) + sign * amount * perUnit(unit) * DAY_MS;
    const dt = new Date(t);
    y = dt.getUTCFullYear(); m = dt.getUTCMonth() + 1; d = dt.getUTCDate();
  } else return null;
  if (y < 1 || y > 9999) return null;
  return isoDate(y, m, d);
};

/** The value when it is a valid ISO date. */
const validIso = (iso: string | undefined): string | undefined => (parseIso(iso) ? iso : undefined);

const utc = (p: { year: number; month: number; day: number }): number => Date.UTC(p.year, p.month - 1, p.day);

const daysApart = (a: string, b: string): number => {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return Infinity;
  return Math.abs(utc(pa) - utc(pb)) / DAY_MS;
};

/** "continues for [a period of] seven (7) years after the Effective Date": the period ends on the date counted. */
const FOR_PERIOD_RE = sp(/\bfor (?:(?:an?|the) (?:initial )?(?:period|term) of )?$/i);

/** The anchors read as the model's `effective`: "the Effective Date", "the date of this Agreement", "the date hereof". */
export const EFFECTIVE_ANCHOR_RE = /^(?:the\s)?(?:effective\sdate|date\s(?:hereof|of\sth(?:is|e)\sagreement))$/i;

/**
 * ... and "the Commencement Date" in a draft that defines no "Effective Date" (an English draft's start: the draft's
 * defined "Commencement Date" is compared with `effective` too); beside an Effective Date it may be a later one.
 */
const effectiveAnchor = (ctx: CheckContext, anchor: string): boolean => EFFECTIVE_ANCHOR_RE.test(anchor)
  || (/^(?:the\s)?commencement\sdate$/i.test(anchor) && !ctx.definitions.some((d) => /^effective date$/i.test(d.term)));

/**
 * Right before a period (its sentence as `lead` gives it): the agreement's own term is its subject ("This Agreement shall
 * continue (in force) [for a period of]", "The Term of this Agreement shall be", "This Agreement commences on the
 * Effective Date and continues"); not "the licence granted under this Agreement", "this Section 5", "the obligations".
 */
const AGREEMENT_TERM_RE = /(?<!\b(?:of|under|to|by|in|with|from|for|and|or) )\b(?:this agreement|the (?:initial )?term(?: of this agreement)?) (?:shall |will )?(?:commences? on the (?:effective|commencement) date and (?:shall |will )?)?(?:continues?|remains?|runs?|be|is|ha(?:ve|s) an? (?:initial )?term of) (?:in (?:full )?(?:force|effect) (?:and effect )?|effective )?$/i;
/** Before it: the period is after the term, a renewal or an extension ("Upon expiry, this Agreement shall continue for"). */
const AFTER_TERM_RE = /renew|exten|thereafter|additional|successive|(?:upon|after|following|on) (?:the )?(?:expir|terminat)/i;
/** A period whose subject is the agreement's own term ("This Agreement shall continue for"), not a renewal's ("renews for successive"). */
const ownPeriod = (flat: string): boolean => AGREEMENT_TERM_RE.test(flat) && !AFTER_TERM_RE.test(flat);
/** The same for a value of a clause (`init` reads an expiration-date term's `duration` only from such a period). */
export const agreementPeriod = (text: string, clause: Span, v: Span): boolean => ownPeriod(lead(sentenceBefore(text, clause, v, 160)));
/** After a period with no anchor, in its sentence: another start ("from 1 April 2026", "commencing on") or end ("or until"). */
const OTHER_ANCHOR_RE = /^[^.;]{0,120}?\b(?:from|after|following|commenc|beginn|start|as\sof|until|or\b)/i;

/**
 * "until the fifth anniversary of the Effective Date" (or of "the date of this Agreement"): resolved with the model's
 * `effective` and compared with the linked term's `ends`/`starts` (or the model's `expires`). "This Agreement shall
 * continue for a period of four (4) years" with no anchor runs from the Effective Date too, and is compared with
 * `expires` only. A day either way is tolerated ("three years after" may mean the day before the anniversary). Always
 * a warning; the only fix offered is in the model.
 */
const checkRelative = (ctx: CheckContext, clause: Clause, terms: readonly ModelTerm[], effective: string, expires: string | undefined, out: Finding[]): void => {
  const text = ctx.text;
  // the model's `expires`: for an expiration-date clause not in an exhibit or schedule (the form of another agreement)
  const exp = expires && hasType(clause, 'expiration-date') && attachment(ctx, clause) < 0 ? expires : undefined;
  // nothing to compare with: no linked term with `starts`/`ends`, and no `expires`
  if (!exp && !terms.some((t) => t.ends || t.starts)) return;
  for (const v of clause.values) {
    if (v.kind !== 'duration' && (v.kind !== 'relative-date' || !effectiveAnchor(ctx, v.anchor.trim()))) continue;
    const bare = v.kind === 'duration';
    const ahead = bare || v.direction !== 'before';
    const resolved = (!bare || exp) && shiftIso(effective, v.amount, v.unit, ahead ? 1 : -1);
    if (!resolved || survivalDate(text, clause, v) || oldText(text, clause, v)) continue;
    const before = sentenceBefore(text, clause, v, 160);
    // "expire on the later of (i) five (5) years from the date hereof, or (ii) …": not that date
    if (/\b(?:later|earlier|sooner) of\b/i.test(before)) continue;
    const flat = lead(before);
    const own = ownPeriod(flat);
    if (bare && (!own || OTHER_ANCHOR_RE.test(afterIn(text, clause, v, 120)))) continue;
    // "continues for (a period of) seven (7) years after": the period's end, whatever role words come earlier
    const period = ahead && FOR_PERIOD_RE.test(before);
    const role = bare || period ? 'ends' : dateRole(text, clause, v);
    if (!role) continue;
    let target: Target | null = null;
    let termId: string | undefined;
    for (const term of bare ? [] : terms) {
      const field = term[role] ? role : null;
      if (!field) continue;
      target = termTarget(term, field);
      termId = term.id;
      if (target) break;
    }
    // a period is the agreement's when the agreement is its subject; a date with a role word, when it speaks of it
    if (!target && role === 'ends' && exp && (bare || period ? own : agreementDate(text, clause, v))) target = modelTarget(ctx, 'expires', exp);
    if (!target || daysApart(resolved, target.iso) <= 1) continue;
    const label = clauseLabel(clause);
    out.push(conflict('date-conflict', false, v, `${label} says ${clip(v.text)} (${resolved}, counted from effective: ${effective}); ${target.says}`, clause, termId, [target.related],
      targetFix(target, resolved, label)));
  }
};

const PERPETUAL_RE = /\b(?:perpetual(?:ly)?|in\s{1,3}perpetuity)\b/gi;
const NOT_BEFORE_RE = sp(/(?:\bnon[\x20-]?|\bnot (?:be )?|\bno (?:longer )?)$/i);

/**
 * "a perpetual, irrevocable licence" in a clause whose own term ends (`ends`) or is not perpetual (`perpetual: false`).
 * A warning without a fix: what replaces "perpetual" is for the drafter to say.
 */
const checkPerpetual = (ctx: CheckContext, clause: Clause, terms: readonly ModelTerm[], out: Finding[]): void => {
  const term = terms[0];
  if (!term || term.id !== clause.term || term.perpetual === true) return;
  const ends = validIso(term.ends);
  if (!ends && term.perpetual !== false) return;
  const body = ctx.text.slice(clause.start, clause.end);
  for (const m of body.matchAll(PERPETUAL_RE)) {
    if (NOT_BEFORE_RE.test(textBefore(body, m.index, 14))) continue;
    // the clause also expresses a perpetual term and names what that one is about, not what its own is about: a
    // perpetual licence of the Research Results beside a data licence that ends
    const names = (t: ModelTerm): boolean => namesSubject(ctx.text, clause, ctx.model!, t);
    if (terms.some((t) => t.perpetual === true && names(t)) && !names(term)) return;
    const says = ends ? `ends: ${ends}` : 'perpetual: false';
    out.push(conflict('date-conflict', false, { start: clause.start + m.index, end: clause.start + m.index + m[0].length }, `${clauseLabel(clause)} makes it perpetual; term \`${term.id}\` says ${says}`,
      clause, term.id, [termRelated(term, ends ? 'ends' : 'perpetual', `Term \`${term.id}\` says ${says}`)]));
    return;
  }
};

/**
 * What a term's `date` is, by its type: an effective-date term's is a start ("ends on December 31, 2027" in the same
 * clause is not compared with it), an expiration-date term's an end; other types' either.
 */
const dateMeans = (term: ModelTerm): DateRole | null =>
  term.type === 'effective-date' ? 'starts' : term.type === 'expiration-date' ? 'ends' : null;

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
};


/** The model's own `effective` or `expires`. */
const modelTarget = (ctx: CheckContext, key: 'effective' | 'expires', iso: string): Target => {
  const span = ctx.model?.spans?.[key];
  const field = `the model's \`${key}\``;
  const says = `the term model says ${key}: ${iso}`;
  return {
    iso,
    says,
    related: { where: 'model', start: span?.start ?? 0, end: span?.end ?? 0, message: upperFirst(says) },
    span,
    name: field,
    field,
  };
};

const termTarget = (term: ModelTerm, field: (typeof FIELDS)[number]): Target | null => {
  const iso = validIso(term[field]);
  if (!iso) return null;
  const says = `term \`${term.id}\` says ${field}: ${iso}`;
  return {
    iso,
    says,
    related: termRelated(term, field, upperFirst(says)),
    span: term.valueSpans?.[field],
    name: `term \`${term.id}\``,
    field: `\`${field}\` of term \`${term.id}\``,
  };
};

export const dateRule: Rule = {
  codes: ['date-conflict'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model) return [];
    const out: Finding[] = [];
    const linked = termsByClause(ctx);
    const termsOf = (clause: Clause): readonly ModelTerm[] => linked.get(clause.index) ?? [];
    const effective = validIso(model.effective);
    const expires = validIso(model.expires);

    const clauses = ctx.clauses;
    const index = clauseIndex(clauses);
    // relative dates, and an expiration-date clause's periods ("shall continue for a period of four (4) years")
    const withRelative = effective ? mergePositions([positionsOfKind(index, 'relative-date'), expires ? index.byType.get('expiration-date') ?? [] : []]) : [];
    const withDate = positionsOfKind(index, 'date');
    const perpetual = index.byType.get('perpetual-license') ?? [];
    const text = ctx.text;
    const checkDates = (clause: Clause): void => {
      const dates = validDates(clause);
      // the dates of the form of another document (an escrow agreement in an exhibit) are that document's
      if (dates.length === 0 || inFormOfOther(ctx, clause)) return;
      const roles = new Map<DateValue, DateRole | null>();
      const roleOfDate = (v: DateValue): DateRole | null => memo(roles, v, () => dateRole(text, clause, v));
      // the date is the model's, or what an amendment removes, or that of what outlives or follows the term
      // (or another document's: "the Master Services Agreement dated …", "the initial term of each Order Form expires on")
      // (or the date the agreement is signed, "This Lease is made as of July 15, 2026", in a draft that defines its
      // start in another clause: "Commencement Date" means September 1, 2026)
      const agrees = (v: DateValue, iso: string): boolean => sameDate(v, iso) || oldText(text, clause, v) || survivalDate(text, clause, v)
        || otherDocument(text, clause, v) || OTHER_TERM_RE.test(sentenceBefore(text, clause, v, 160))
        || DATED_RE.test(beforeIn(text, clause, v, 30)) && ctx.definitions.some((x) => x.clause !== clause.index && START_DATE_RE.test(x.term));
      const terms = (termsOf(clause)).filter((t) => FIELDS.some((f) => typeof t[f] === 'string'));
      const done = new Set<number>();

      for (const term of terms) {
        const kind = linkKind(ctx, clause, term);
        const certainLink = isCertainLink(kind);
        // a statement of work's dates in an exhibit ("This SOW commences on …") are not the agreement's, unless marked
        if (kind !== 'marker' && /^e(?:ff|xp)/.test(term.type) && attachment(ctx, clause) >= 0) continue;
        const means = dateMeans(term);
        for (const v of dates) {
          if (done.has(v.start)) continue;
          const role = roleOfDate(v);
          let field: (typeof FIELDS)[number] | null = null;
          if (role && term[role]) field = role;
          else if (term.date && !(role === 'ends' && term.starts) && !(role === 'starts' && term.ends) && !(role && means && role !== means)) field = 'date';
          if (!field) continue;
          const target = termTarget(term, field);
          if (!target) continue;
          done.add(v.start);
          // (what survives or follows the term: read only for a date that would conflict)
          if (agrees(v, target.iso)) continue;
          // the end of an exclusivity or other named period is not the agreement's start or end
          if (/^e(?:ff|xp)/.test(term.type) && otherPeriod(text, clause, v)) continue;
          report(ctx, clause, v, target, certainLink, term.id, out);
        }
      }

      // agreement-level dates: effective-date / expiration-date clauses, not in an exhibit or schedule (a form of
      // another agreement: "This agreement shall terminate on 31 March 2027" in a Form of Escrow Agreement)
      const isEff = hasType(clause, 'effective-date');
      // or a defined end date whatever the clause's type: `"Termination Date" means 12 January 2030` (as `init` reads it)
      const isExp = hasType(clause, 'expiration-date') || (!!expires && dates.some((v) => /^(?:exp|ter|end|fin|mat)/i.test(namedBefore(text, clause, v)?.[1] ?? '')));
      if (!(isEff || isExp) || attachment(ctx, clause) >= 0) return;
      for (const v of dates) {
        if (done.has(v.start)) continue;
        const role = roleOfDate(v);
        let key: 'effective' | 'expires' | null = null;
        let sure = true;
        // an expiration-date clause's start too when it is its first date ("The Term, which commenced on 1 January 2024, is
        // extended until"; not "expires on 31 March 2030, and Orders placed from 1 July 2030"), as a warning (the Term
        // may start after the Effective Date)
        if (role === 'starts' && (isEff || v === dates[0])) {
          key = 'effective';
          sure = isEff;
        } else if (role === 'ends' && isExp) key = 'expires';
        else if (role === null && dates.length === 1 && isEff !== isExp) { key = isEff ? 'effective' : 'expires'; sure = false; }
        if (!key) continue;
        // (both tests are pure: the cheaper one first)
        if (!agreementDate(text, clause, v)) continue;
        const iso = key === 'effective' ? effective : expires;
        if (!iso) continue;
        done.add(v.start);
        if (agrees(v, iso)) continue;
        report(ctx, clause, v, modelTarget(ctx, key, iso), sure, undefined, out);
      }
    };
    const [relative, dated, lasting] = [withRelative, withDate, perpetual].map((l) => new Set(l));
    // clauses in document order; each with its relative dates first, then its dates, then a perpetual grant
    for (const pos of mergePositions([withRelative, withDate, perpetual])) {
      const clause = clauses[pos];
      if (relative.has(pos) && effective && !inFormOfOther(ctx, clause)) {
        checkRelative(ctx, clause, termsOf(clause), effective, expires, out);
      }
      if (dated.has(pos)) checkDates(clause);
      if (lasting.has(pos)) checkPerpetual(ctx, clause, termsOf(clause), out);
    }
    return out;
  },
};

/** A defined period's name ("Exclusivity Period"; not an "Initial Period" or "Term Period": the agreement's). */
const PERIOD_TERM_RE = /^(?!Initial )(?:[A-Z][A-Za-z-]{1,20} ){1,3}(?<!Term )Period$/;

/**
 * The end of a period the draft defines under its own name (`"Exclusivity Period" means the period from the Effective
 * Date until June 30, 2031`) against the `ends` of the term whose clauses use it ("During the Exclusivity Period,
 * Provider shall be Lab's exclusive cloud provider", linked to term `cloud`) when that term is about the period
 * (its type or id shares the name's first word). A warning: the link goes through the name. Not per clause: a use in
 * one clause decides what the definition in another is compared with.
 */
export const periodEndRule: Rule = {
  codes: ['date-conflict'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const text = ctx.text;
    let linked: Map<number, ModelTerm[]> | undefined;
    for (const d of ctx.model ? ctx.definitions : []) {
      if (d.clause < 0 || !PERIOD_TERM_RE.test(d.term)) continue;
      const clause = ctx.clauses[d.clause];
      // its end: the one date of the defining sentence that ends something
      const ends = validDates(clause).filter((v) => {
        const s = sentenceOf(text, clause, v);
        return s.start <= d.start && d.end <= s.end && dateRole(text, clause, v) === 'ends' && otherPeriod(text, clause, v);
      });
      if (ends.length !== 1) continue;
      linked ??= termsByClause(ctx);
      const own = linked.get(clause.index) ?? [];
      // the terms about the period (type or id sharing its name's first word: "Exclusivity" → `exclusive: true`,
      // "Commitment Period" → minimum-commitment; a revenue share "received during the Exclusivity Period" may end
      // before it) that the clauses using it are linked to, with an end of their own: exactly one
      const stem = d.term.slice(0, 5).toLowerCase();
      let term: ModelTerm | undefined;
      let use = -1;
      let many = false;
      for (const u of ctx.termUses) {
        const at = u.term === d.term ? clauseAt(ctx.clauses, u.start) : -1;
        for (const t of at < 0 || at === clause.index ? [] : linked.get(at) ?? []) {
          if (t === term || own.includes(t) || !validIso(t.ends) || /^e(?:ff|xp)/.test(t.type)) continue;
          if (!(t.type.includes(stem) || t.id.toLowerCase().includes(stem) || (stem === 'exclu' && t.exclusive !== undefined))) continue;
          many ||= !!term;
          term = t;
          use = u.start;
        }
      }
      const target = term && !many && termTarget(term, 'ends');
      const v = ends[0];
      if (!target || sameDate(v, target.iso) || oldText(text, clause, v)) continue;
      const user = clauseLabel(ctx.clauses[clauseAt(ctx.clauses, use)]);
      const label = clauseLabel(clause);
      const meant = asMeant(ctx, v);
      out.push(conflict('date-conflict', false, meant, `${label} says the ${d.term} ends ${meant.text} (${meant.iso}); ${target.says} (${user}, linked to it, uses the ${d.term})`,
        clause, term!.id, [target.related, { where: 'draft', start: use, end: use + d.term.length, message: `${upperFirst(user)} uses the ${d.term}` }],
        dateFixes(ctx, meant, target, label, false)));
    }
    return out;
  },
};
