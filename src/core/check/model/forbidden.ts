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
      if (!term || deletionClause(ctx.text, clause) || removes(ctx.text.slice(clause.start, clause.end), term.type)) continue;
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

/** A clause's number or letter before its text: "1.4 ", "(b) ", "**2.1** ". */
const LABEL = String.raw`^[\s*_#]{0,6}(?:[\d.]{1,12}|\([a-z\d]{1,4}\))?[\s*_]{0,6}`;
const LABEL_RE = new RegExp(LABEL);
const PROVISION = String.raw`(?:the\s{1,3})?(?:(?:Sections?|Clauses?|Articles?|Paragraphs?|Schedules?|Exhibits?|Annex(?:es)?|Appendix|Parts?)\s{1,3}[\dA-Z(]|(?:definitions?|provisions?)\s{1,3}(?:of|in)\b)`;
/** "Clause 9 (AGI) of the Original Agreement shall cease to have effect": a provision removed in other words than "is deleted". */
const CEASES_RE = new RegExp(String.raw`${LABEL}(?:with\s{1,3}effect\s{1,3}from[^,]{1,60},\s{1,3})?${PROVISION}[^;]{0,200}?\b(?:(?:(?:shall|will)\s{1,3}(?:hereby\s{1,3})?(?:cease|no\s{1,3}longer)|ceases)\s{1,3}(?:to\s{1,3})?(?:have\s{1,3}(?:any\s{1,3})?(?:force\s{1,3}(?:or|and)\s{1,3})?effect|apply|be\s{1,3}(?:in\s{1,3}(?:force|effect)|effective|binding))|(?:(?:shall|will)\s{1,3}(?:hereby\s{1,3})?be|(?:is|are)(?:\s{1,3}hereby)?)\s{1,3}(?:revoked|rescinded|omitted|disapplied|terminated|(?:null\s{1,3}and\s{1,3})?void|of\s{1,3}no\s{1,3}(?:further\s{1,3})?(?:force(?:\s{1,3}(?:or|and)\s{1,3}effect)?|effect)))\b`, 'i');
/** ... with nothing after it but when: "in its entirety", "with effect from the Amendment Effective Date" (a condition keeps the clause). */
const WHEN_RE = /^(?:[\s,]{0,3}(?:in\s{1,3}(?:its|their)\s{1,3}entirety|with\s{1,3}(?:immediate\s{1,3})?effect|(?:with\s{1,3}effect\s{1,3})?(?:from|as\s{1,3}of|on(?:\s{1,3}and\s{1,3}from)?)\s{1,3}(?:the\s{1,3})?(?:date\s{1,3}(?:hereof|of\s{1,3}this\s{1,3}[A-Z][a-z]{2,12})|(?:[A-Z][a-z]{1,20}\s{1,3}){0,2}Effective\s{1,3}Date|[A-Z][a-z]{2,8}\s{1,3}\d{1,2},\s{1,3}\d{4}|\d{1,2}\s{1,3}[A-Z][a-z]{2,8}\s{1,3}\d{4}))){0,3}[\s.;]{0,4}$/;
/** "Nothing in this Agreement limits …", "No provision of this Agreement shall affect …". */
const NOTHING_RE = new RegExp(String.raw`${LABEL}(?:for\s{1,3}the\s{1,3}avoidance\s{1,3}of\s{1,3}doubt,?\s{1,3})?(?:nothing\s{1,3}(?:contained\s{1,3})?in|no\s{1,3}(?:provision|term|clause)\s{1,3}(?:of|in)|none\s{1,3}of\s{1,3}the\s{1,3}(?:provisions|terms)\s{1,3}of)\s{1,3}this\s{1,3}(?:Agreement|Amendment|Contract)\s{1,3}(?:shall\s{1,3}|will\s{1,3})?(?:limit|restrict|affect|impair|reduce|diminish|prejudice|modify|alter)s?\b`, 'i');
const OBJ = String.raw`\b(?:rights?|licen[cs]es?|obligations?|access|entitlements?|this\s{1,3}Agreement)\b`;
const NOT = String.raw`\b(?:shall|will|does|do)\s{1,3}not\s{1,3}(?:in\s{1,3}any\s{1,3}way\s{1,3})?`;
/** "… rights shall not be limited or terminated", "… shall not affect any rights", "… shall have no effect on this Agreement". */
const NO_EFFECT_RE = new RegExp(String.raw`${OBJ}[^.;]{0,80}?${NOT}be\s{1,3}(?:affected|limited|restricted|impaired|reduced|diminished|prejudiced|modified|altered|terminated|suspended)\b(?!\s{1,3}to\b)|${NOT}(?:affect|limit|restrict|impair|reduce|diminish|prejudice|modify|alter|terminate|suspend)\b[^.;]{0,60}?${OBJ}|\b(?:shall|will)\s{1,3}have\s{1,3}no\s{1,3}(?:effect|impact|consequence)\s{1,3}(?:on|upon)\b[^.;]{0,40}?${OBJ}`, 'i');
/** ... unless something still changes: "may terminate", "shall be limited", "the right to terminate", "except that …". */
const STILL_CHANGES_RE = /\b(?:(?:may|shall|will|can)\s{1,3}(?:immediately\s{1,3})?(?:be\s{1,3})?(?:terminat\w{0,3}|suspend\w{0,2}|revok\w{0,2}|ceas\w{0,2}|end|expire|lapse|limit\w{0,2}|restrict\w{0,2}|reduc\w{0,2}|exclud\w{0,2}|revert)|terminates|ends|expires|ceases|lapses|reverts|right\s{1,3}to\s{1,3}(?:terminate|suspend|revoke)|except|save|other\s{1,3}than|provided\s{1,3}that|but|however|unless)\b/i;
/** Types that are about what happens when something occurs (AGI is reached, control changes): saying nothing happens is none. */
const TRIGGERS = new Set(['agi', 'change-of-control']);

/**
 * Whether a clause of a forbidden type removes it rather than states it: "Clause 9 (AGI) of the Original Agreement shall
 * cease to have effect" (one sentence, no condition), or, for a trigger type, "no provision of this Agreement limits
 * Stratosphere's rights if Lumen achieves AGI" (one sentence, nothing that still changes).
 */
function removes(clause: string, type: string): boolean {
  // one sentence only (after the clause's number)
  const s = clause.replace(LABEL_RE, '');
  if (s.length > 600 || /[.;!?]["”)]?\s{1,8}[A-Z(]/.test(s)) return false;
  const c = CEASES_RE.exec(s);
  if (c && WHEN_RE.test(s.slice(c.index + c[0].length))) return true;
  if (!TRIGGERS.has(type)) return false;
  // what "nothing" limits is not a change ("Nothing in this Agreement shall restrict"): the rest of the sentence is read
  const n = NOTHING_RE.exec(s);
  return (n !== null || NO_EFFECT_RE.test(s)) && !STILL_CHANGES_RE.test(n ? s.slice(n[0].length) : s);
}
