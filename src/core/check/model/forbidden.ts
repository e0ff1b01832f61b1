import type { Finding, ModelTerm } from '../../types';
import type { CheckContext, Rule } from '../context';
import { clauseIndex, clauseLabel, deletionClause, makeFinding, mergePositions, termRelated, typeTitle } from './util';

/**
 * `forbidden-clause`: a clause of a type whose term says `allowed: false` (e.g. an AGI clause), or a clause
 * explicitly marked with such a term. Range: the clause. No fix: deleting text is never done automatically.
 */
export const forbiddenRule: Rule = {
  codes: ['forbidden-clause'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model) return [];
    const forbidden = new Map<string, ModelTerm>();
    for (const id of Object.keys(model.terms)) {
      const t = model.terms[id];
      if (t.allowed === false && typeof t.type === 'string' && !forbidden.has(t.type)) forbidden.set(t.type, t);
    }
    if (forbidden.size === 0) return [];
    const out: Finding[] = [];
    // only clauses of a forbidden type or linked by a marker can be reported
    const clauses = ctx.clauses;
    const index = clauseIndex(clauses);
    const candidates = mergePositions([...[...forbidden.keys()].map((t) => index.byType.get(t) ?? []), index.marked]);
    for (const pos of candidates) {
      const clause = clauses[pos];
      let term: ModelTerm | undefined;
      if (clause.link === 'marker' && clause.term) {
        const t = Object.hasOwn(model.terms, clause.term) ? model.terms[clause.term] : undefined;
        if (t && t.allowed === false) term = t;
      }
      if (!term) {
        let best = -1;
        for (const ta of clause.types) {
          if (ta.confidence > best && forbidden.has(ta.type)) { best = ta.confidence; term = forbidden.get(ta.type); }
        }
      }
      if (!term || deletionClause(ctx.text, clause)) continue;
      const title = typeTitle(term.type, model);
      out.push(makeFinding({
        code: 'forbidden-clause',
        severity: 'error',
        span: clause,
        message: `${clauseLabel(clause)} is ${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title} clause; term \`${term.id}\` says allowed: false`,
        clause: clause.index,
        term: term.id,
        related: [termRelated(term, 'allowed', `Term \`${term.id}\` says allowed: false (no ${title} clause may appear)`)],
      }));
    }
    return out;
  },
};
