import type { Finding, ModelTerm } from '../../types';
import type { CheckContext, Rule } from '../context';
import { blanks } from '../draft/util';
import { clauseIndex, clauseLabel, conflict, DELETED_RE, deletionClause, mergePositions, ownTerm, REPLACED_RE, termRelated, typeTitle } from './util';

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
    for (const t of Object.values(model.terms)) {
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
        const t = ownTerm(model, clause.term);
        if (t && t.allowed === false) term = t;
      }
      if (!term) {
        let best = -1;
        for (const ta of clause.types) {
          if (ta.confidence > best && forbidden.has(ta.type)) { best = ta.confidence; term = forbidden.get(ta.type); }
        }
      }
      const body = ctx.text.slice(clause.start, clause.end);
      if (!term || (deletionClause(ctx.text, clause) && deletesProvision(body)) || removes(body, term.type)) continue;
      const title = typeTitle(term.type, model);
      out.push(conflict('forbidden-clause', true, clause, `${clauseLabel(clause)} is ${/^[AEIOU]/.test(title) ? 'an' : 'a'} ${title} clause; term \`${term.id}\` says allowed: false`,
        clause, term.id, [termRelated(term, 'allowed', `Term \`${term.id}\` says allowed: false (no ${title} clause may appear)`)]));
    }
    return out;
  },
};

/** A clause's number or letter before its text: "1.4 ", "(b) ", "**2.1** ", a recital's "B. ". */
const LABEL_RE = /^[\s*_#]{0,6}(?:[\d.]{1,12}|\([a-z\d]{1,4}\)|[A-Z]\.)?[\s*_]{0,6}/;
/** A heading in the clause's first line: "No Effect. ", "Deleted Provisions. " (title-case words and a full stop). */
const HEADING_RE = /^(?:[A-Z][\w'’-]{0,20} ){0,3}[A-Z][\w'’-]{0,20}\. (?=[A-Z])/;
/** `~` in the patterns below: 1-3 blanks (see blanks). */
const WILL = '(?:shall|will)~(?:hereby~)?';
const FORCE = '(?:force~(?:or|and)~)?effect';
/** Provisions by their number: "Section 6", "Schedules 2 and 3". */
const NUMBERED = 'Section|Clause|Article|Paragraph|Schedule|Exhibit|Annex|Appendix|Part';
/** Gone: "revoked", "lapse", "null and void", "of no further force or effect", "have no further effect". */
const GONE = String.raw`(?:revoked|rescinded|cancell?ed|withdrawn|omitted|disapplied|lapsed?|terminated?|(?:null~and~)?void|(?:of|have)~no~(?:further~)?${FORCE})`;
/**
 * "Clause 9 (AGI) of the Original Agreement shall cease to have effect", "The AGI Clause no longer applies", "… is
 * terminated and shall be of no further force or effect": a provision (by its number or its title) removed in other
 * words than "is deleted".
 */
const CEASES_RE = blanks('i')`^(?:with~effect~from[^,]{1,60},~)?(?:the~(?:[\w-]{1,30}~){0,4})?(?:(?:${NUMBERED})(?:s|es)?~[\dA-Z(]|(?:definition|provision)s?~(?:of|in)\b|(?:clause|provision)s?\b)[^;]{0,200}?\b(?:(?:${WILL}cease|ceases|no~longer|(?:shall|will)~not)~(?:to~)?(?:(?:have|be~of)~(?:any~)?${FORCE}|appl(?:y|ies)|(?:be~)?(?:in~(?:force|effect)|effective|binding))|(?:${WILL}(?:be~)?|(?:is|are)~(?:hereby~)?)${GONE}(?:~and~(?:${WILL}be~)?${GONE})?)\b`;
/** ... with nothing after it but when: "in its entirety", "with effect from the Amendment Date", "as between the parties" (a condition keeps the clause). */
const WHEN_RE = blanks()`^(?:[\s,]{0,3}(?:in~(?:its|their)~entirety|(?:as~between|to)~the~parties|with~(?:immediate~)?effect|(?:with~effect~)?(?:from|as~of|on(?:~and~from)?)~(?:the~)?(?:date~(?:hereof|of~this~[A-Z][a-z]{2,12})|(?:[A-Z][a-z]{1,20}~){1,3}Date|Completion|Closing|[A-Z][a-z]{2,8}~\d{1,2},~\d{4}|\d{1,2}~[A-Z][a-z]{2,8}~\d{4}))){0,3}[\s.;]{0,4}$`;
/** "Nothing in this Agreement limits …", "No provision of this Agreement shall affect …". */
const V = 'affect|limit|restrict|impair|reduc|diminish|prejudic|modif|alter|terminat|suspend';
const NOTHING_RE = blanks('i')`^(?:for~the~avoidance~of~doubt,?~)?(?:(?:nothing~(?:contained~)?in|no~(?:provision|term|clause)~(?:of|in)|none~of~the~(?:provisions|terms)~of)~this~(?:Agreement|Amendment|Contract)~|no~\w[^.;]{0,160}?\b(?:shall|will)~)(?:(?:shall|will)~)?(?:${V})`;
/** "… which deleted the provisions of the Original Agreement under which …": an amendment recited as deleting a provision. */
const DELETES_RE = blanks('i')`\b(?:delet|remov|repeal)(?:ed|es)~(?:the~)?(?:${NUMBERED}|provision|definition)`;
const OBJ = '\\b(?:rights?|licen[cs]es?|obligations?|access|entitlements?|this~Agreement)\\b';
const NOT = '\\b(?:shall|will|does|do)~not~(?:in~any~way~)?';
/** "… rights shall not be limited or terminated", "… shall not affect any rights", "… shall have no effect on this Agreement". */
const NO_EFFECT_RE = blanks('i')`${OBJ}[^.;]{0,80}?${NOT}be~(?:${V})\w{0,3}\b(?!~to\b)|${NOT}(?:${V})\w{0,3}\b[^.;]{0,60}?${OBJ}|\b(?:shall|will)~have~no~(?:effect|impact|consequence)~(?:on|upon)\b[^.;]{0,40}?${OBJ}`;
/** ... unless something still changes: "may terminate", "shall be limited", "the right to terminate", "except that …". */
const STILL_CHANGES_RE = blanks('i')`\b(?:(?:may|shall|will|can)~(?:immediately~)?(?:be~)?(?:terminat|suspend|revok|ceas|end|expir|laps|limit|restrict|reduc|exclud|revert)\w{0,3}|(?:terminat|expir|ceas|laps|revert|end)s|right~to~(?:terminate|suspend|revoke)|except|save|other~than|provided~that|but|however|unless)\b`;
/** Types that are about what happens when something occurs (AGI is reached, control changes): saying nothing happens is none. */
const TRIGGERS = new Set(['agi', 'change-of-control']);

/**
 * Whether a clause of a forbidden type removes it rather than states it: "Clause 9 (AGI) of the Original Agreement shall
 * cease to have effect" (one sentence, no condition), or, for a trigger type, "no provision of this Agreement limits
 * Stratosphere's rights if Lumen achieves AGI" (one sentence, nothing that still changes).
 */
const removes = (clause: string, type: string): boolean => {
  // one sentence only (after the clause's number and a heading of its own)
  const s = clause.replace(LABEL_RE, '').replace(HEADING_RE, '');
  if (s.length > 600 || /[.;!?]["”)]?\s{1,8}[A-Z(]/.test(s)) return false;
  const c = CEASES_RE.exec(s);
  if (c && WHEN_RE.test(s.slice(c[0].length))) return true;
  // "… which deleted the provisions under which an expert panel could declare AGI", nothing replacing them
  const d = DELETES_RE.exec(s);
  if (d && !REPLACED_RE.test(s) && !STILL_CHANGES_RE.test(s.slice(d.index))) return true;
  if (!TRIGGERS.has(type)) return false;
  // what "nothing" limits is not a change ("Nothing in this Agreement shall restrict"): the rest of the sentence is read
  const n = NOTHING_RE.exec(s);
  return (n !== null || NO_EFFECT_RE.test(s)) && !STILL_CHANGES_RE.test(n ? s.slice(n[0].length) : s);
};

/** Where the head of a subject ends: before "of …", "to the Models", a number, "(AGI)", a quote, "VI", "B". */
const HEAD_END_RE = /\s(?:of|in|under|to|for|on|by|with|from|which|that|[A-Z]|[IVX]+)\b|[\d(,"“[]/;
/** ... a provision: "Section", "the AGI Clause", "the words", "The definition", "the following provisions". */
const PROVISION_RE = blanks('i')`\b(?:${NUMBERED}|provision|definition|word|sentence|reference)(?:e?s)?\W*$`;

/**
 * Whether each sentence that deletes deletes a provision ("Section 7 (AGI) is deleted in its entirety", "The AGI Clause
 * is removed"), not a right ("Stratosphere's access to the Models is removed upon the declaration of AGI": an AGI clause).
 * The subject is read from the sentence's start, or after a lead-in ("With effect from the Amendment Date, ").
 */
const deletesProvision = (clause: string): boolean => clause.replace(LABEL_RE, '').split(/[.;:][^\w\s]{0,3}\s/).every((s) => {
  const at = s.search(DELETED_RE);
  const subject = s.slice(0, at);
  return at < 0 || [subject, subject.replace(/^[^,]{0,80},\s*/, '')].some((x) => PROVISION_RE.test(x.split(HEAD_END_RE)[0]));
});
