import type { Finding, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { conflicts, factsOf, type RateFact } from './facts';
import { finding, formatIso, formatNumber, labelOf, related } from './util';
import { convention } from '../model/date';
import { memo } from '../model/util';

/**
 * Two clauses that state different values for the same thing: the agreement's expiry or effective date, the rate
 * of one revenue share, the governing law. The finding sits on the later clause; the earlier one is related.
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
