import type { Finding } from '../../types';
import type { CheckContext, Rule } from '../context';
import { conflicts, factsOf, type RateFact } from './facts';
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

    for (const role of ['expiration', 'effective'] as const) {
      const list = facts.dates.filter((d) => d.role === role && d.strong);
      const what = role === 'expiration' ? 'expiration date' : 'effective date';
      for (const [first, d] of conflicts(ctx, list, (a, b) => a.clause !== b.clause && a.value.iso !== b.value.iso)) {
        const here = labelOf(ctx.clauses[d.clause]);
        const there = labelOf(ctx.clauses[first.clause]);
        push(finding({
          code: 'inconsistent-values', severity: 'warning', span: d.value, clause: d.clause,
          message: `The ${what} here (${formatIso(d.value.iso)}) differs from the one in ${there} (${formatIso(first.value.iso)}).`,
          related: [related(first.value, `${there} states the ${what} as ${formatIso(first.value.iso)}; ${here} says ${formatIso(d.value.iso)}.`)],
        }));
      }
    }

    // rates of one key, in order of appearance
    const byKey = new Map<string, RateFact[]>();
    for (const r of facts.rates) {
      const l = byKey.get(r.key);
      if (l) l.push(r);
      else byKey.set(r.key, [r]);
    }
    for (const l of byKey.values()) {
      for (const [p, r] of conflicts(ctx, l, (a, b) => a.clause !== b.clause && Math.abs(a.rate - b.rate) >= 1e-9)) {
        const there = labelOf(ctx.clauses[p.clause]);
        push(finding({
          code: 'inconsistent-values', severity: 'warning', span: r, clause: r.clause,
          message: `The share of ${r.base} here (${fmtPct(r.rate)}) differs from the one in ${there} (${fmtPct(p.rate)}).`,
          related: [related(p, `${there} states the share of ${r.base} as ${fmtPct(p.rate)}.`)],
        }));
      }
    }

    for (const [first, l] of conflicts(ctx, facts.laws, (a, b) => a.clause !== b.clause && a.key !== b.key)) {
      const there = labelOf(ctx.clauses[first.clause]);
      push(finding({
        code: 'inconsistent-values', severity: 'warning', span: l, clause: l.clause,
        message: `The governing law here (${l.name}) differs from the one in ${there} (${first.name}).`,
        related: [related(first, `${there} chooses ${/ law$/.test(first.name) ? first.name : `the law of ${first.name}`}.`)],
      }));
    }
    return out;
  },
};

function fmtPct(n: number): string {
  return `${formatNumber(n)}%`;
}
