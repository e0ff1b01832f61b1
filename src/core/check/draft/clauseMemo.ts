import type { Clause, Finding, Fix, RelatedLocation, Value } from '../../types';
import type { CheckContext } from '../context';

interface Entry {
  /** The clause's start and index when `findings` were made (or last moved). */
  readonly start: number;
  readonly index: number;
  readonly findings: readonly Finding[];
}

/** What a rule finds on one clause from that clause alone: its facts and the text inside it. */
export type ClauseCheck = (ctx: CheckContext, clause: Clause, out: Finding[]) => void;

/**
 * The findings of `check` on every clause, kept per clause between the incremental analyzer's runs: a clause whose
 * facts are reused (same text, maybe moved) gets its previous findings, moved with it, instead of being checked
 * again. Only for checks whose findings on a clause depend on nothing outside it (the tests compare every run with a
 * full analysis). `wants` says, cheaply, whether a clause can have findings at all (the others are skipped). A one-off
 * analysis (no memo) just checks every clause it wants.
 */
export function perClause(wants: (clause: Clause) => boolean, check: ClauseCheck): (ctx: CheckContext) => Finding[] {
  // keyed by the clause's origin (CheckMemo.clauseOrigins): the same object while its facts are reused
  const memo = new WeakMap<object, Entry>();
  return (ctx) => {
    const out: Finding[] = [];
    const origins = ctx.memo?.clauseOrigins;
    for (const clause of ctx.clauses) {
      if (!wants(clause)) continue;
      const origin = origins !== undefined && origins.length === ctx.clauses.length ? origins[clause.index] : undefined;
      if (origin === undefined) {
        check(ctx, clause, out);
        continue;
      }
      let e = memo.get(origin);
      if (e === undefined) {
        const found: Finding[] = [];
        check(ctx, clause, found);
        e = { start: clause.start, index: clause.index, findings: found };
        memo.set(origin, e);
      } else if (e.findings.length > 0 && (e.start !== clause.start || e.index !== clause.index)) {
        const d = clause.start - e.start;
        const moved = e.findings.map((f) => moveFinding(f, d, clause.index));
        e = { start: clause.start, index: clause.index, findings: moved };
        memo.set(origin, e);
      }
      for (const f of e.findings) out.push(f);
    }
    return out;
  };
}

/** `wants` for checks of one kind of value. */
export function hasValue(kind: Value['kind']): (clause: Clause) => boolean {
  return (clause) => {
    for (const v of clause.values) if (v.kind === kind) return true;
    return false;
  };
}

const moveSpan = <T extends RelatedLocation | Fix>(x: T, d: number): T =>
  (x.where === 'draft' && d !== 0 ? { ...x, start: x.start + d, end: x.end + d } : x);

/** A draft finding moved by `d` characters, on clause `index`. */
export function moveFinding(f: Finding, d: number, index: number): Finding {
  return {
    ...f,
    start: f.start + d,
    end: f.end + d,
    related: d === 0 ? f.related : f.related.map((r) => moveSpan(r, d)),
    fixes: d === 0 ? f.fixes : f.fixes.map((x) => moveSpan(x, d)),
    ...(f.clause !== undefined ? { clause: index } : {}),
  };
}
