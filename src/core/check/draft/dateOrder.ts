import type { Clause, DateValue, Finding, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { type DateFact, factsOf, isUsableDate, superseded } from './facts';
import { blanks, endsWithMatch, finding, labelOf, related } from './util';
import { textBefore } from '../../text/chars';
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
        }
        prev = v;
      }
    }

    const facts = factsOf(ctx);
    // inside one clause: "effective as of X ... until Y" with Y before X (the sentence names its own subject)
    for (let i = 0; i < facts.dates.length; i++) {
      const a = facts.dates[i];
      if (a.role !== 'effective' && a.role !== 'start') continue;
      for (let j = i + 1; j < facts.dates.length && facts.dates[j].clause === a.clause; j++) {
        const b = facts.dates[j];
        if (b.role !== 'expiration' || flagged.has(b.value.start) || b.value.iso >= a.value.iso) continue;
        if (b.value.start - a.value.end > 300 || /[.;!?]["”)]?\s+[A-Z("“]/.test(ctx.text.slice(a.value.end, b.value.start))) continue;
        // "effective as of X, the Term, which was to expire on Y, is extended": Y is the old expiry
        if (superseded(ctx, b) || superseded(ctx, a)) continue;
        flag(b.value, b.clause, `This ends (${b.value.text}) before it starts (${a.value.text}).`,
          a.value, `It starts on ${a.value.text}.`);
        break;
      }
    }
    let effective = facts.dates.filter((d) => (d.role === 'effective' || (d.role === 'start' && d.strong)) && d.strong);
    let expiries = facts.dates.filter((d) => d.role === 'expiration' && d.strong);
    for (const e of expiries) {
      if (flagged.has(e.value.start)) continue;
      // the effective date that is later than the expiry; only when every stated effective date is later
      if (effective.length === 0 || !effective.every((f) => f.value.iso > e.value.iso) || superseded(ctx, e)) continue;
      effective = effective.filter((f) => !superseded(ctx, f));
      if (effective.length === 0) continue;
      const f = earliest(effective);
      flag(e.value, e.clause, `The agreement expires (${e.value.text}) before it takes effect (${f.value.text}${inOther(f, e)}).`,
        f.value, `The effective date is ${f.value.text}.`);
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
        if (n.role !== 'notice-deadline' || n.value.iso <= expiries[0].value.iso || flagged.has(n.value.start) || superseded(ctx, n)) continue;
        // the expiry shown: the first one not superseded (none: only the old expiry is stated)
        if ((e ??= expiries.find((x) => !superseded(ctx, x)) ?? null) === null) break;
        flag(n.value, n.clause, `The notice deadline (${n.value.text}) falls after the agreement expires (${e.value.text}${inOther(e, n)}).`,
          e.value, `The agreement expires on ${e.value.text}.`);
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

/** 1-4 blanks on one line (`~` below). */
const G4 = String.raw`[ \t\xa0]{1,4}`;
const RANGE_BEFORE = blanks('gi', G4)`\b(?:from|commenc\w{0,5}|begin(?:s|ning)?|start(?:s|ing)?|between|period~of)~(?:on~|as~of~)?(?:and~including~)?`;
const RANGE_GAP = blanks('i', G4)`^[ \t\xa0]{0,4}(?:,[ \t\xa0]{0,4})?(?:(?:and~)?(?:to|through|thru|until|till|(?:shall~|will~)?(?:end(?:s|ing)?|expir\w{0,5}|terminat\w{0,5})(?:~on)?)|and)~(?:and~including~)?(?:on~)?$`;
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
