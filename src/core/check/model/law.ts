import type { Finding } from '../../types';
import type { CheckContext, Rule } from '../context';
import { factsOf, lawKey, superseded } from '../draft/facts';
import { clauseLabel, conflict, draftFix, modelFix, termRelated } from './util';

/**
 * `value-conflict` on a governing law: the law the draft chooses for itself ("governed by the laws of Scotland",
 * "English law") against a term's `law` ("England and Wales" is the same law as "English law" and "England"). The
 * draft's own laws only, as `inconsistent-values` reads them: not those of another document, an exhibit, or one thing.
 */
export const lawRule: Rule = {
  codes: ['value-conflict'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const term of Object.values(ctx.model?.terms ?? {})) {
      if (!term.law) continue;
      const key = lawKey(term.law);
      const at = term.valueSpans.law;
      for (const f of factsOf(ctx).laws) {
        if (f.key === key || superseded(ctx, f)) continue;
        const clause = ctx.clauses[f.clause];
        const label = clauseLabel(clause);
        // the place's name is replaced where the draft names a place ("the laws of (the State of) New York"), not in
        // "Scottish law", and by a name without its own "State of"
        const place = !/ law$/.test(f.name) && !/\bof\b/i.test(term.law);
        const chosen = / law$/.test(f.name) ? f.name : `the law of ${/^\w+ of /.test(f.name) ? 'the ' : ''}${f.name}`;
        out.push(conflict('value-conflict', true, f, `${label} chooses ${chosen}; term \`${term.id}\` says law: ${term.law}`, clause, term.id,
          [termRelated(term, 'law', `Term \`${term.id}\` says law: ${term.law}`)], [
            ...place ? [draftFix(f.start, f.end, term.law, true, `Change to ${term.law} (as the term model says)`)] : [],
            modelFix(at, f.name, `Change law to ${f.name} (as ${label} says)`),
          ]));
      }
    }
    return out;
  },
};
