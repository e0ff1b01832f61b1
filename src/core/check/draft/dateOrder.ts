import type { Clause, DateValue, Finding, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { type DateFact, factsOf, isUsableDate, sentenceBefore, superseded } from './facts';
import { blanks, endsWithMatch, finding, labelOf, related } from './util';
import { textBefore } from '../../text/chars';
import { oldText } from '../model/util';
import { asMeant } from '../model/date';

/** A start before its end: "from X to Y" inside a clause; expiry before the effective date; notice deadline after the expiry. */
export const dateOrder: Rule = {
  codes: ['date-order'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const flagged = new Set<number>();
    /** " in Section 2" when the other date is stated in another clause than the flagged one. */
    const inOther = (other: DateFact, here: DateFact): string => (other.clause !== here.clause ? ` in ${labelOf(ctx.clauses[other.clause])}` : '');
    /** A date-order error on `span`, with the date it conflicts with as its related location. */
    const flag = (span: Span, clause: number, message: string, other: Span, note: string): void => {
      flagged.add(span.start);
      out.push(finding({ code: 'date-order', severity: 'error', span, clause, message, related: [related(other, note)] }));
    };
    let dated: DateFact[] | undefined;
    for (const clause of ctx.clauses) {
      let prev: DateValue | null = null;
      for (const x of clause.values) {
        if (x.kind !== 'date') continue;
        const v = asMeant(ctx, x);
        if (!isUsableDate(v)) {
          prev = null;
          continue;
        }
        if (prev && prev.iso > v.iso && isRange(ctx.text, clause, prev, v)) {
          flag(v, clause.index, `This period ends (${v.text}) before it starts (${prev.text}).`,
            prev, `The period starts on ${prev.text}.`);
        } else if (!prev && endsWithMatch(FROM_THIS_TO, textBefore(ctx.text, v.start, 100, clause.start))) {
          // "from and including the date of this Agreement to and including 31 December 2025" in an agreement dated later
          const d = (dated ??= datedOn(ctx))[0];
          if (d && d.value.iso > v.iso) {
            flag(v, clause.index, `This period ends (${v.text}) before it starts (the date of this agreement, ${d.value.text}${d.clause !== clause.index ? ` in ${labelOf(ctx.clauses[d.clause])}` : ''}).`,
              d.value, `The agreement is dated ${d.value.text}.`);
          }
        }
        prev = v;
      }
    }

    const facts = factsOf(ctx);
    // inside one clause: "effective as of X ... until Y" with Y before X (the sentence names its own subject)
    for (let i = 0; i < facts.dates.length; i++) {
      const a = facts.dates[i];
      const from = a.value;
      if (a.role !== 'effective' && a.role !== 'start') continue;
      for (let j = i + 1; j < facts.dates.length && facts.dates[j].clause === a.clause; j++) {
        const b = facts.dates[j];
        const to = b.value;
        if (b.role !== 'expiration' || flagged.has(to.start) || to.iso >= from.iso) continue;
        if (to.start - from.end > 300 || /[.;!?]["”)]?\s+[A-Z("“]/.test(ctx.text.slice(from.end, to.start))) continue;
        // "effective as of X, the Term, which was to expire on Y, is extended": Y is the old expiry
        if (superseded(ctx, b) || superseded(ctx, a)) continue;
        flag(to, b.clause, `This ends (${to.text}) before it starts (${from.text}).`, from, `It starts on ${from.text}.`);
        break;
      }
    }
    // and dates defined as its start or end ("Commencement Date" means …, … (the "Maturity Date"))
    const ends = definedDates(ctx, END_NAME, 'expiration');
    let effective = facts.dates.filter((d) => (d.role === 'effective' || (d.role === 'start' && d.strong)) && d.strong).concat(definedDates(ctx, START_NAME, 'effective'));
    let expiries = facts.dates.filter((d) => d.role === 'expiration' && d.strong).concat(ends);
    // none stated, but "shall commence on the date of this Agreement" (or a defined end date): it takes effect on the
    // date it is dated
    if (!effective.length && (ends.length || expiries.some((e) => OF_THIS.test(sentenceBefore(ctx.text, ctx.clauses[e.clause], e.value.start))))) effective = (dated ??= datedOn(ctx));
    for (const e of expiries) {
      const end = e.value;
      if (flagged.has(end.start)) continue;
      // the effective date that is later than the expiry; only when every stated effective date is later
      if (effective.length === 0 || !effective.every((f) => f.value.iso > end.iso) || superseded(ctx, e)) continue;
      effective = effective.filter((f) => !superseded(ctx, f));
      if (effective.length === 0) continue;
      const f = earliest(effective);
      const start = f.value;
      // (a closing deadline is no expiry: "The Outside Date (June 30, 2026) falls before …")
      const what = e.name && /^(?:Outside|Long)/.test(e.name) ? `The ${e.name} (${end.text}) falls before the agreement` : `The agreement expires (${end.text}) before it`;
      flag(end, e.clause, `${what} takes effect (${start.text}${inOther(f, e)}).`,
        start, `The effective date is ${start.text}.`);
    }

    let distinctExpiry = new Set(expiries.map((e) => e.value.iso));
    // several expiry dates: the old ones an amendment replaces do not count (asked only when a deadline is stated)
    if (distinctExpiry.size > 1 && facts.dates.some((n) => n.role === 'notice-deadline')) {
      expiries = expiries.filter((e) => !superseded(ctx, e));
      distinctExpiry = new Set(expiries.map((e) => e.value.iso));
    }
    if (distinctExpiry.size === 1) {
      let e: DateFact | null | undefined;
      for (const n of facts.dates) {
        const deadline = n.value;
        if (n.role !== 'notice-deadline' || deadline.iso <= expiries[0].value.iso || flagged.has(deadline.start) || superseded(ctx, n)) continue;
        // the expiry shown: the first one not superseded (none: only the old expiry is stated)
        if ((e ??= expiries.find((x) => !superseded(ctx, x)) ?? null) === null) break;
        const end = e.value;
        flag(deadline, n.clause, `The notice deadline (${deadline.text}) falls after the agreement expires (${end.text}${inOther(e, n)}).`,
          end, `The agreement expires on ${end.text}.`);
      }
    }
    return out;
  },
};

/**
 * An obligation's deadline before the agreement is made or takes effect (a date left from an older draft): "Licensee
 * shall deliver the Plan no later than March 1, 2026" in an agreement dated June 1, 2026 (a warning). A rule of its own
 * (one step of the analysis: `dateOrder` is already the longest in a new process).
 */
export const deadlineOrder: Rule = {
  codes: ['date-order'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const facts = factsOf(ctx);
    const dated = datedOn(ctx);
    const made = dated.concat(facts.dates.filter((d) => (d.role === 'effective' || d.role === 'start') && d.strong), definedDates(ctx, START_NAME, 'effective'))
      .filter((f) => !superseded(ctx, f));
    const f = made.length ? earliest(made) : null;
    for (const clause of f ? ctx.clauses : []) {
      for (const x of clause.values) {
        const v = x.kind === 'date' ? asMeant(ctx, x) : null;
        if (!v || !isUsableDate(v) || v.iso >= f!.value.iso) continue;
        const before = sentenceBefore(ctx.text, clause, v.start);
        if (!endsWithMatch(DEADLINE, before) || !MODAL.test(before) || oldText(ctx.text, clause, v)) continue;
        const isDated = dated.includes(f!);
        out.push(finding({
          code: 'date-order', severity: 'warning', span: v, clause: clause.index,
          message: `This deadline (${v.text}) falls before the agreement ${isDated ? 'is dated' : 'takes effect'} (${f!.value.text}${f!.clause !== clause.index ? ` in ${labelOf(ctx.clauses[f!.clause])}` : ''}).`,
          related: [related(f!.value, `The agreement ${isDated ? 'is dated' : 'takes effect on'} ${f!.value.text}.`)],
        }));
      }
    }
    return out;
  },
};

const earliest = (list: readonly DateFact[]): DateFact => {
  let best = list[0];
  for (const d of list) if (d.value.iso < best.value.iso) best = d;
  return best;
};

/** 1-4 blanks (`~` below), a line break of a hard-wrapped draft among them. */
const G4 = String.raw`\s{1,4}`;
/** Right before an obligation's deadline: "no later than", "on or before", "by". */
const DEADLINE = blanks('gi', G4)`\b(?:not?~later~than|on~or~before|by)~(?:the~close~of~business~on~)?$`;
/** An obligation in the sentence ("shall deliver", "must be paid"), not one already met ("shall have delivered"). */
const MODAL = /\b(?:shall|must|will)\b(?![ \t\xa0]{1,4}have\b)/i;

const RANGE_BEFORE = blanks('gi', G4)`\b(?:from|commenc\w{0,5}|begin(?:s|ning)?|start(?:s|ing)?|between|period~of)~(?:on~|as~of~)?(?:and~including~)?`;
const RANGE_GAP = blanks('i', G4)`^\s{0,4}(?:,\s{0,4})?(?:(?:and~)?(?:to|through|thru|until|till|(?:shall~|will~)?(?:end(?:s|ing)?|expir\w{0,5}|terminat\w{0,5})(?:~on)?)|and)~(?:and~including~)?(?:on~)?$`;
const BETWEEN = /\bbetween[ \t\xa0]{1,4}/gi;
const DASH_GAP = /^[ \t\xa0]{0,4}[-–—][ \t\xa0]{0,4}$/;

/** "from X to Y", "commencing on X and ending on Y", "between X and Y", "X – Y" (with "from" before). */
const isRange = (text: string, clause: Clause, a: DateValue, b: DateValue): boolean => {
  if (b.start - a.end > 60 || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  const before = textBefore(text, a.start, 40, clause.start);
  if (DASH_GAP.test(gap)) return true;
  if (!endsWithMatch(RANGE_BEFORE, before)) return false;
  if (/^[ \t\xa0]{0,4}(?:,[ \t\xa0]{0,4})?and[ \t\xa0]{1,4}$/i.test(gap)) return endsWithMatch(BETWEEN, before);
  return RANGE_GAP.test(gap);
};

/** Starts on the date of the agreement: "shall commence on the date of this Agreement", "in force from the date hereof". */
const OF_THIS = blanks('i', G4)`\b(?:on|from|as~of)~the~date~(?:of~this~Agreement|hereof)\b`;
/** A period from the date of the agreement, before its end date: "from and including the date of this Agreement to and including". */
const FROM_THIS_TO = blanks('gi', G4)`\b(?:from|commencing~on|beginning~on|starting~on)~(?:and~including~)?the~date~(?:of~this~Agreement|hereof)[ \t\xa0]{0,4},?~(?:(?:and~)?(?:to|through|until|till)|and~ending~on)~(?:and~including~)?(?:on~)?$`;
/** Before the date of the agreement itself: "THIS AGREEMENT is dated", "This Lease is made as of", "entered into on". */
const DATED = blanks('i', G4)`\bthis\b[^.;]{0,80}\b(?:dated|made|entered~into)~(?:(?:as~of|on)~)?(?:the~)?$`;

/** Names of a date on which the agreement or what it grants ends, or by which it must close (an outside or long stop date); never "Termination Date" (an employee's may be past). */
const END_NAME = /^(?:(?:Final|Stated|Scheduled)\s+)?(?:Expiration|Expiry|Maturity|End|Outside|Long[\s-]?[Ss]top)\s+Date$/;
/** Names of a date on which it starts. */
const START_NAME = /^(?:Effective|Commencement|Start|Issue|Issuance)\s+Date$/;
/** Between a defined term and its date after it (`" means the `, `": `) or before it (`, (the "`). */
const GAP = /^[\s"“”*(,:]{0,8}(?:(?:the|means|shall\s+mean|is)[\s"“”*(,:]{1,8}){0,3}$/;

/** Dates defined under a name `re` accepts: `"Maturity Date" means June 15, 2028`, `June 15, 2026 (the "Issue Date")`. */
const definedDates = (ctx: CheckContext, re: RegExp, role: DateFact['role']): DateFact[] => {
  const out: DateFact[] = [];
  for (const d of ctx.definitions) {
    const c = ctx.clauses[d.clause];
    if (c && re.test(String(d.term).replace(/\s+/g, ' '))) {
      const v = c.values.find((v) => v.kind === 'date' && isUsableDate(v) && GAP.test(ctx.text.slice(Math.min(d.end, v.end), Math.max(d.start, v.start))));
      if (v) out.push({ role, value: asMeant(ctx, v as DateValue), clause: c.index, strong: true, name: d.term.replace(/\s+/g, ' ') });
    }
  }
  return out;
};

/** The date the agreement is dated, made or entered into, in its first clauses (not an amendment's: nor the one amended). */
const datedOn = (ctx: CheckContext): DateFact[] => {
  for (const c of ctx.clauses.slice(0, 3)) {
    for (const v of c.values) {
      const m = v.kind === 'date' && isUsableDate(v) && DATED.exec(textBefore(ctx.text, v.start, 120, c.start));
      if (m) return /amend|supplement|restat|original/i.test(m[0]) ? [] : [{ role: 'effective', value: asMeant(ctx, v as DateValue), clause: c.index, strong: true }];
    }
  }
  return [];
};
