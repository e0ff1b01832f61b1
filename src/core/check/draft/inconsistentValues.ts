import type { Finding, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { type DateFact, factsOf } from './facts';
import { finding, formatIso, formatNumber, labelOf, related } from './util';

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

    for (const role of ['expiration', 'effective'] as const) {
      const list = facts.dates.filter((d) => d.role === role && d.strong);
      const what = role === 'expiration' ? 'expiration date' : 'effective date';
      let first: DateFact | null = null;
      for (const d of list) {
        if (!first) {
          first = d;
          continue;
        }
        if (d.clause === first.clause || d.value.iso === first.value.iso) continue;
        const here = labelOf(ctx.clauses[d.clause]);
        const there = labelOf(ctx.clauses[first.clause]);
        add(d.value, d.clause, `The ${what} here (${formatIso(d.value.iso)}) differs from the one in ${there} (${formatIso(first.value.iso)}).`,
          first.value, `${there} states the ${what} as ${formatIso(first.value.iso)}; ${here} says ${formatIso(d.value.iso)}.`);
      }
    }

    const firstRate = new Map<string, (typeof facts.rates)[number]>();
    for (const r of facts.rates) {
      const p = firstRate.get(r.key);
      if (!p) {
        firstRate.set(r.key, r);
        continue;
      }
      if (p.clause === r.clause || Math.abs(p.rate - r.rate) < 1e-9) continue;
      const there = labelOf(ctx.clauses[p.clause]);
      add(r, r.clause, `The share of ${r.base} here (${fmtPct(r.rate)}) differs from the one in ${there} (${fmtPct(p.rate)}).`,
        p, `${there} states the share of ${r.base} as ${fmtPct(p.rate)}.`);
    }

    const firstLaw = facts.laws[0];
    for (const l of facts.laws.slice(1)) {
      if (!firstLaw || l.clause === firstLaw.clause || l.key === firstLaw.key) continue;
      const there = labelOf(ctx.clauses[firstLaw.clause]);
      add(l, l.clause, `The governing law here (${l.name}) differs from the one in ${there} (${firstLaw.name}).`,
        firstLaw, `${there} chooses the law of ${firstLaw.name}.`);
    }
    return out;
  },
};

function fmtPct(n: number): string {
  return `${formatNumber(n)}%`;
}
