import type { DateValue, Finding, Span, Value } from '../../types';
import type { CheckContext, Rule } from '../context';
import { conflicts, factsOf, isUsableDate, sentenceBefore, superseded, type DateFact, type RateFact } from './facts';
import { attachmentOf, blanks, clauseAt, finding, formatIso, formatNumber, labelOf, related, squash } from './util';
import { asMeant, convention, shiftIso } from '../model/date';
import { memo, oldText } from '../model/util';
import { textBefore } from '../../text/chars';
import { daysInMonth } from '../../extract/dates';

/** A lease's own word for itself: "Lease", "Sublease", "Underlease", "tenancy". */
const LEASE = '(?:(?:sub|under)?lease|tenancy)';
/** An aside after "Term" or "this Lease" ("(as defined in Section 1.1(e))"); not a condition ("(subject to Clause 3.2)"). */
const ASIDE = String.raw`(?:~\((?![^()]{0,60}\b(?:if|unless|subject|provided)\b)(?:[^()]|\([^()]{0,9}\)){1,60}\))?`;
/**
 * "The Term of this Lease shall commence on", "The Term (as defined in Clause 1) shall commence on", "This Agreement
 * begins on", `"Term" means the period from`, "This Lease shall be for a term of ten (10) years commencing on", "The
 * Premises are let for a term of ten (10) years from": the sentence so far (from its start, after a list marker or a
 * run-in heading) starts the agreement's term.
 */
const TERM_STARTS = blanks('i')`^[\W\d]{0,12}(?:[a-z\d]{1,3}\)~|[a-z ]{1,30}[.:][*_]{1,2}~)?(?:(?:the~(?:initial~)?term${ASIDE}(?:~of~(?:this|the)~(?:agreement|${LEASE}))?|this~(?:agreement|${LEASE})${ASIDE}|["“]term["”]~means~the~period)~(?:shall~|will~)?(?:(?:commence|begin|start)s?|from)|(?:this~(?:agreement|${LEASE})~(?:shall~be|is~granted)|the~premises~(?:are|shall~be)~(?:let|leased|demised))~for~a~term~of~[\w() ]{1,60}~(?:commencing|from))~(?:on~|as~of~)?(?:the~)?$`;
/** A lease in its title or first clause, or the sentence itself ("this Lease", "this tenancy", "the Premises are let"). */
const LEASE_RE = /\b(?:sub|under)?lease|tenancy|premises/i;
/** Another document's date: a statement of work's, an order's, an exhibit's, an amendment's (an attachment's are skipped). */
const OTHER_DOC = /\b(?:SOW|Statement of Work|Order|Exhibit|Schedule|Amendment)\b/i;

/** Between a term's length and its end: ", until", " (the "Initial Term"), expiring on", " and shall end on". */
const TO_END = blanks('i')`^,?~(?:\([^()]{1,60}\),?~)?(?:until|through|ending~on|expiring~on|to~and~including|and~(?:shall~|will~)?(?:expire|end)s?~on)~(?:the~)?$`;
/** Before a term's length: "This Agreement commences on the Effective Date and continues for an initial term of". */
const LENGTH_AFTER_START = blanks('i')`\b(?:commenc|begin|start)\w{0,4}~(?:on~|as~of~|from~)?(?:the~)?(?:(Effective|Commencement|Start)~Date\b)?[^.;]{0,80}\b(?:term|period)~of~$`;
/** "commences on" right before a date. */
const START_BEFORE = blanks('i')`(?:commenc|begin|start)\w{0,4}~(?:on~|as~of~|from~)?$`;

interface NamedStart { readonly name: string; readonly value: DateValue; readonly clause: number }

/**
 * The dates the draft's "Commencement Date", "Start Date" and "Effective Date" are defined as (`"Commencement Date"
 * means September 1, 2026.`, `January 1, 2026 (the "Effective Date")`), outside attachments, other documents and
 * text an amendment replaces. None in an amendment.
 */
const namedStarts = (ctx: CheckContext): NamedStart[] => {
  const { text, clauses } = ctx;
  const out: NamedStart[] = [];
  if (/\bamendment\b/i.test(text.slice(0, clauses[1]?.end))) return out;
  for (const d of ctx.definitions) {
    const c = clauses[d.clause];
    if (!c || !/^(?:Commencement|Start|Effective) Date$/.test(d.term) || attachmentOf(ctx.segmentation.sections, c.section) >= 0) continue;
    if (OTHER_DOC.test(`${sentenceBefore(text, c, d.start)} ${ctx.segmentation.sections[c.section]?.title}`)) continue;
    // the whole definition is the date (`means September 1, 2026.`), or its sentence ends with it (`as of X (the "…`)
    const t = d.definitionText;
    const v = c.values.find((x): x is DateValue => x.kind === 'date' && (x.start > d.end ? /^[.;]?$/.test(t.replace(x.text, '')) : t.endsWith(x.text) && d.start - x.end < 12));
    if (v && !oldText(text, c, v)) out.push({ name: d.term, value: asMeant(ctx, v), clause: c.index });
  }
  return out;
};

/**
 * Two clauses that state different values for the same thing: the agreement's expiry or effective date, the rate
 * of one revenue share, the governing law; the term starting on a date other than the Commencement Date. The
 * finding sits on the later clause; the earlier one is related.
 */
export const inconsistentValues: Rule = {
  codes: ['inconsistent-values'],
  check(ctx: CheckContext): Finding[] {
    const facts = factsOf(ctx);
    const out: Finding[] = [];
    const flagged = new Set<number>();
    const push = (f: Finding) => {
      if (flagged.has(f.start)) return;
      flagged.add(f.start);
      out.push(f);
    };
    /** A finding on `span`, with the earlier statement as its related location. */
    const add = (span: Span, clause: number, message: string, other: Span, note: string): void => {
      push(finding({ code: 'inconsistent-values', severity: 'warning', span, clause, message, related: [related(other, note)] }));
    };

    // dates written as the draft writes them: "31 December 2027" in a draft that puts the day first
    const dayFirst = convention(ctx.clauses) === 'day';
    const date = (iso: string): string => formatIso(iso, dayFirst);
    for (const role of ['expiration', 'effective'] as const) {
      const list = facts.dates.filter((d) => d.role === role && d.strong);
      const what = role === 'expiration' ? 'expiration date' : 'effective date';
      for (const [first, d] of conflicts(ctx, list, (a, b) => a.clause !== b.clause && a.value.iso !== b.value.iso)) {
        const here = labelOf(ctx.clauses[d.clause]);
        const there = labelOf(ctx.clauses[first.clause]);
        const now = date(d.value.iso);
        const was = date(first.value.iso);
        add(d.value, d.clause, `The ${what} here (${now}) differs from the one in ${there} (${was}).`,
          first.value, `${there} states the ${what} as ${was}; ${here} says ${now}.`);
      }
    }

    // "The Term of this Lease shall commence on October 1, 2026" and `"Commencement Date" means September 1, 2026`:
    // compared with a defined date the draft starts the term on ("the Term shall commence on the Effective Date",
    // `"Term" means the period from the Start Date`), or with a lease's Commencement Date
    // (a lease's term starts on its Commencement Date: the only name with a C; a lease is a draft whose title or
    // first clause says so, or a sentence that lets premises)
    const starts = (name: string): boolean => ctx.termUses.some((u) => u.term === name
      && TERM_STARTS.test(sentenceBefore(ctx.text, ctx.clauses[clauseAt(ctx.clauses, u.start)], u.start)));
    // the dates the term starts on: "commence on 1 March 2026" (a start by its words), "let for a term of … from 1
    // March 2026" (read only where the draft defines a date to compare it with)
    const list: DateFact[] = facts.dates.filter((d) => d.role === 'start');
    const named = namedStarts(ctx);
    if (named.length) {
      for (const c of ctx.clauses) {
        for (const v of c.values) {
          if (v.kind === 'date' && isUsableDate(v) && /\bfrom\s{1,3}$/i.test(textBefore(ctx.text, v.start, 8, c.start)) && attachmentOf(ctx.segmentation.sections, c.section) < 0) list.push({ role: 'start', value: asMeant(ctx, v), clause: c.index, strong: false });
        }
      }
    }
    for (const d of list) {
      const s = sentenceBefore(ctx.text, ctx.clauses[d.clause], d.value.start);
      if (!TERM_STARTS.test(s) || superseded(ctx, d)) continue;
      // elsewhere, a Commencement or Start Date before "This Agreement commences on" its date: the agreement would
      // begin after its own Commencement Date (a later one may be the services', within the term)
      const ns = named.filter((n) => (n.name[0] === 'C' && LEASE_RE.test(s + ctx.text.slice(0, ctx.clauses[1]?.end))) || starts(n.name)
        || (n.name[0] !== 'E' && n.value.iso < d.value.iso && /this\sagreement/i.test(s)));
      const n = ns[0];
      if (!n || ns.some((x) => x.value.iso === d.value.iso)) continue;
      const there = labelOf(ctx.clauses[n.clause]);
      const now = squash(d.value.text);
      const was = squash(n.value.text);
      add(d.value, d.clause, `The start of the term here (${now}) differs from the ${n.name} in ${there} (${was}).`,
        n.value, `${there} defines the ${n.name} as ${was}.`);
    }

    // "This Agreement commences on the Effective Date and continues for an initial term of three (3) years, until
    // August 31, 2030" with the Effective Date September 1, 2026: a length and an end that disagree (the end may be the
    // day before the anniversary, or the last day of that month)
    for (const c of ctx.clauses) {
      const vs = c.values;
      for (let i = 0; i < vs.length - 1; i++) {
        const len = vs[i];
        if (len.kind !== 'duration') continue;
        let end: Value | undefined;
        for (let j = i + 1; j < vs.length && !end; j++) if (vs[j].kind === 'date' && vs[j].start > len.end) end = vs[j];
        if (end?.kind !== 'date' || end.start - len.end > 90 || !isUsableDate(end) || !TO_END.test(ctx.text.slice(len.end, end.start))
          || attachmentOf(ctx.segmentation.sections, c.section) >= 0) continue;
        const s = sentenceBefore(ctx.text, c, len.start);
        const m = LENGTH_AFTER_START.exec(s);
        if (!m) continue;
        const from = len.start - s.length;
        const own = vs.find((x): x is DateValue => x.kind === 'date' && x.start >= from && x.end <= len.start && isUsableDate(x)
          && START_BEFORE.test(textBefore(ctx.text, x.start, 30, c.start)));
        const n = own || !m[1] ? null : named.find((x) => x.name.toLowerCase() === `${m[1].toLowerCase()} date`);
        const start = own ? asMeant(ctx, own) : n ? n.value : null;
        if (!start || oldText(ctx.text, c, end)) continue;
        const at = shiftIso(start.iso, len.amount, len.unit, 1);
        const eve = at && shiftIso(at, 1, 'day', -1);
        const e = asMeant(ctx, end);
        if (!at || !eve || e.iso === at || e.iso === eve || (e.iso.slice(0, 7) === eve.slice(0, 7) && e.day === daysInMonth(e.year, e.month))) continue;
        const from2 = n ? `the ${n.name} (${squash(start.text)})` : squash(start.text);
        add(end, c.index, `The term's length and its end disagree: ${squash(len.text)} from ${from2} ends on ${date(eve)}, but this says ${squash(end.text)}.`,
          n ? n.value : start, n ? `${labelOf(ctx.clauses[n.clause])} defines the ${n.name} as ${squash(start.text)}.` : `The term starts on ${squash(start.text)}.`);
      }
    }

    // rates of one key, in order of appearance
    const byKey = new Map<string, RateFact[]>();
    for (const r of facts.rates) memo(byKey, r.key, (): RateFact[] => []).push(r);
    for (const l of byKey.values()) {
      for (const [p, r] of conflicts(ctx, l, (a, b) => a.clause !== b.clause && Math.abs(a.rate - b.rate) >= 1e-9)) {
        const there = labelOf(ctx.clauses[p.clause]);
        const was = fmtPct(p.rate);
        add(r, r.clause, `The share of ${r.base} here (${fmtPct(r.rate)}) differs from the one in ${there} (${was}).`,
          p, `${there} states the share of ${r.base} as ${was}.`);
      }
    }

    for (const [first, l] of conflicts(ctx, facts.laws, (a, b) => a.clause !== b.clause && a.key !== b.key)) {
      const there = labelOf(ctx.clauses[first.clause]);
      add(l, l.clause, `The governing law here (${l.name}) differs from the one in ${there} (${first.name}).`,
        first, `${there} chooses ${/ law$/.test(first.name) ? first.name : `the law of ${first.name}`}.`);
    }
    return out;
  },
};

const fmtPct = (n: number): string => `${formatNumber(n)}%`;
