import type { Finding } from '../../types';
import type { CheckContext, Rule } from '../context';
import { finding, termRelated, typeTitle } from './util';
import { clauseAt } from '../draft/util';

/**
 * `missing-clause`: a `required: true` term that no clause expresses (no linked clause and no clause of its type; a clause
 * that only defines the event or right, '"Change of Control" means …', does not, unless another clause uses it).
 * Reported on the first line of the draft.
 */
export const missingRule: Rule = {
  codes: ['missing-clause'],
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model) return [];
    const out: Finding[] = [];
    let firstLine: { start: number; end: number } | null = null;
    for (const id of Object.keys(model.terms)) {
      const term = model.terms[id];
      if (term.required !== true) continue;
      const links = Object.hasOwn(ctx.termLinks, id) ? ctx.termLinks[id] : [];
      // a definition of the event or right ("Change of Control" means …) does not provide for it; one of a date does
      // state it ("Termination Date" means 30 June 2031)
      const provides = (i: number): boolean => /date|renewal/.test(term.type) || !ctx.definitions.some((d) => d.clause === i && d.start - ctx.clauses[i].start < 9);
      if (links.some(provides)) continue;
      // … unless the event it defines is used in a clause that is no definition ("4.2 If a Sale of the Company occurs,
      // the Investor may elect …", where "Sale of the Company" means a merger or a sale of the assets)
      const used = (i: number): boolean => ctx.definitions.some((d) => d.clause === i && ctx.termUses.some((u) => u.term === d.term && provides(clauseAt(ctx.clauses, u.start))));
      if (ctx.clauses.some((c, i) => c.types.some((t) => t.type === term.type) && (provides(i) || used(i)))) continue;
      if (!firstLine) {
        const nl = ctx.text.indexOf('\n');
        let end = nl === -1 ? ctx.text.length : nl;
        if (end > 0 && ctx.text.charCodeAt(end - 1) === 13) end--;
        firstLine = { start: 0, end: Math.min(end, 1000) };
      }
      const title = typeTitle(term.type, model);
      out.push(finding('missing-clause', 'warning', firstLine, `No clause expresses term \`${id}\` (${title}); the term model says required: true`, undefined, id,
        [termRelated(term, null, `Term \`${id}\` is required here`)]));
    }
    return out;
  },
};
