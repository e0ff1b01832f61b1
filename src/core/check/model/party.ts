import type { Clause, Finding, ModelTerm, PartyField, Section, Span, TermModel } from '../../types';
import { PARTY_FIELDS } from '../../types';
import type { CheckContext, Rule } from '../context';
import type { PartyMention } from './util';
import { clauseLabel, findPartyMentions, makeFinding, memo, ownParty, partyDisplay, partyNeedles, partyPresence, sentenceSpan, termRelated, termsByClause } from './util';
import { textAfter, textBefore } from '../../text/chars';
import { blanks, sectionChain } from '../draft/util';
import { firstAtOrAfter } from '../../extract/definitions';
import { OWNS_IP } from '../../classify/rules';
import { sentenceBefore } from '../draft/facts';
import { clauseStems, subjectStems } from '../link';

/**
 * Verb phrases that say who does what. Group 1 pay; 2 paid/payable by; 3 grant; 4 licensed to; 5 licenses (to);
 * 6 shall have/hold/retain; 7 shall be ... provider / shall provide; 8 shall receive (... from); 9 holds/owns (a stake,
 * or IP); 10 shall purchase/procure/obtain (... from the provider); 11 assigns (... to the new owner); 12 shall be owned
 * by / vest in / belong to / be the property of; 13 shall not / agrees not to / neither (none of) … shall (... compete,
 * carry on a business, solicit or entice away).
 */
const ACTION_RE = blanks('g')`\b((?:shall|will|must|agrees? to|shall continue to)~pay|pays)\b|\b((?:paid|payable)~by)\b|\b((?:hereby~)?grants|(?:hereby|shall|will|to)~grant)\b|\b(licen[cs]ed~to)\b|\b(licen[cs]es)\b|\b((?:shall|will)~(?:have|hold|retain|own|enjoy))\b|\b((?:shall|will)~(?:be|serve as|act as|remain)~(?:the|its|an?)(?!(?:~\w{1,9}){0,3}~property\b)|(?:shall|will)~provide)\b|\b((?:shall|will|(?:is|shall~be)~entitled~to)~receive)\b|\b(holds|owns)\b|\b((?:shall|will|must)~(?:purchase|procure|obtain|buy))\b|\b((?:hereby~)?assigns|(?:hereby|shall|will|agrees?~to)~assign)\b|\b((?:(?:shall|will)~(?:be|remain)|is|are|remains?)(?:~and~remain)?~(?:owned~by|the(?:~\w{1,9}){0,3}~property~of)|(?:vest|belong)s?(?<!\bnot~\w{4,7})~(?:in|to))\b|\b((?:shall|will|must)~not|(?:agrees?|undertakes?|covenants?)~not~to|(?:[Nn]either|[Nn]one~of|[Nn]o~member~of)~[^.;]{1,80}?(?=~(?:shall|will)\b))(?=[^.;]{0,120}?\b(?:[Cc]ompet(?:e|es|ing|itive|ition)|carry~on|be~engaged~in|engage~in|operate|solicit|entice)\b)`;
/** The action group of a restriction ("The Seller shall not … carry on any Restricted Business"): its subject is bound. */
const RESTRICTION = 13;
/**
 * A restriction's subject, each party named in it written \uE000: one party, after other words (not another party),
 * alone or with its own ("Each Founder Shareholder", "Neither the Seller nor any of its Affiliates", "The Seller and
 * its Affiliates", "During the Restricted Period Executive", "No member of the Seller's Group").
 */
const BOUND_RE = /^[^\uE000]{0,80}\uE000(?:['’]s\s[A-Z][\w-]{1,20}|\s(?:nor|and|or)\s[\w ]{0,30}?\b(?:its|his|her|their)\s[\w ]{1,30})?\s?$/i;
/**
 * "The Seller undertakes to the Buyer that it": the party the sentence starts with is the one "it" stands for (another
 * party only right before "that"; not in "The Buyer acknowledges that the Seller has agreed that it").
 */
const IT_RE = /^[^\uE000]{0,16}\uE000[^\uE000]{0,60}(?:\uE000\W{0,3})?\bthat\s(?:it|s?he|they)\s?$/i;

/**
 * The party a restriction binds: the one its subject names (BOUND_RE: after the sentence's last comma or "that"), or
 * the one "it shall not" stands for (IT_RE). None for a subject that names no party, or two.
 */
const boundBy = (text: string, mentions: readonly PartyMention[], start: number, end: number, clause: Clause): PartyMention | undefined => {
  // ("Neither the Seller nor … " is the action's own text)
  const to = /n/i.test(text[start]) ? end : start;
  const from = to - sentenceBefore(text, clause, to).length;
  const ms = mentions.filter((m) => m.start >= from && m.end <= to);
  let s = '';
  let i = from;
  for (const m of ms) {
    s += text.slice(i, m.start) + '\uE000';
    i = m.end;
  }
  s += text.slice(i, to);
  const subject = s.split(/,\s|\bthat\s/).pop()!;
  // the first party in the subject (BOUND_RE allows one)
  const own = ms[ms.length + 1 - subject.split('\uE000').length];
  return own ? (BOUND_RE.test(subject) ? own : undefined) : IT_RE.test(s) ? ms[0] : undefined;
};

/** After "holds"/"owns": a stake ("holds approximately 27% of", "owns 1,000 shares of"), not an asset. */
const STAKE_AFTER_RE = /^[^.;]{0,40}?(?:%|\bper\s?cent|\b(?:shares|stock|stake|equity)\b)/i;
/** "owns" of intellectual property or data ("Customer owns all Customer Data"): the ip-ownership rule's own pattern. */
const OWNS_IP_AT = new RegExp(OWNS_IP.re.source, 'iy');
/** After "shall be the": a provider within a few words ("shall be the primary cloud provider"). */
const PROVIDER_AFTER_RE = /^(?:\s{1,3}[A-Za-z'’,-]{1,30}){0,4}?\s{1,3}provider\b/;

const RELATIVE_BEFORE_RE = /\b(?:that|which|revenues?|amounts?|fees|sums|income|proceeds|royalties|payments?)\s{1,3}(?:the\s{1,3})?$/i;

interface Role { readonly field: PartyField; readonly mention: PartyMention }

/**
 * A payment the other way inside a revenue-share clause: a refund of an overpayment, the costs of an audit, a
 * reimbursement. Such a sentence says nothing of who pays the share, unless it names the share itself.
 */
const REVERSE_PAYMENT_RE = /\b(?:overpa\w{0,6}|refund\w{0,4}|reimburs\w{0,6}|audit\w{0,4}|(?:costs?|expenses?)\s{1,3}of|indemnif\w{0,8}|damages)\b/i;
const SHARE_WORDS_RE = /\b(?:royalt\w{0,4}|revenues?|shares?|percent)\b|%/i;

const sentenceAround = (text: string, clause: Clause, start: number, end: number): string => {
  const head = text.slice(clause.start, start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '));
  const tail = text.slice(end, clause.end);
  const stop = tail.search(/[.;]\s/);
  return text.slice(cut >= 0 ? clause.start + cut + 2 : clause.start, stop >= 0 ? end + stop : clause.end);
};

/** The end of a sentence or of a part of one, between a role's words and a party. */
const SENTENCE_END_RE = /[.;:]\s/;
/** How far a party may be from a role's words. */
const GAP = 80;

/** The party named just before `pos` (same sentence, no negation in between). */
const subjectBefore = (text: string, mentions: readonly PartyMention[], pos: number, clause: Clause): PartyMention | undefined => {
  for (let i = firstAtOrAfter(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > pos) continue;
    if (pos - m.end > GAP) return undefined;
    const between = text.slice(m.end, pos);
    if (SENTENCE_END_RE.test(between) || /\b(?:nor|not|neither|no|and|or)\b/i.test(between)) return undefined;
    if (m.start < clause.start) return undefined;
    // "Neither OpenAI nor ..." / "OpenAI and Microsoft shall ..." / "OpenAI, and Microsoft shall"; not a new clause
    // after other words ("… pro rata to their interests, and Crestline shall receive", "60% and Crestline shall hold")
    const lead = textBefore(text, m.start, 12, clause.start);
    if (/\bneither\s+$/i.test(lead) || (/\b(?:nor|and|or)\s+$/i.test(lead) && i > 0 && m.start - mentions[i - 1].end < 9)) return undefined;
    return m;
  }
  return undefined;
};

/** The party named right after `pos`: directly ("pay Microsoft") or after "to" ("grants ... to Microsoft"). */
const objectAfter = (text: string, mentions: readonly PartyMention[], pos: number, limit: number, strict = false): PartyMention | undefined => {
  // (only the first party after it can be the object)
  const m = mentions[firstAtOrAfter(mentions, pos)];
  if (!m || m.start - pos > GAP || m.start > limit) return undefined;
  const between = text.slice(pos, m.start);
  return !SENTENCE_END_RE.test(between) && (/^\s*(?:the\s+)?$/i.test(between) || (!strict && TO_RE.test(between))) ? m : undefined;
};

/** "to (the)", "from (the)" right before a party. */
const TO_RE = /\b(?:to|unto)\s+(?:the\s+)?$/i;
const FROM_RE = /\bfrom\s+(?:the\s+)?$/i;

/** The first party named after `end` in the same sentence (within GAP) with `lead` right before it. */
const namedAfter = (text: string, mentions: readonly PartyMention[], end: number, clause: Clause, lead: RegExp): PartyMention | undefined => {
  for (let i = firstAtOrAfter(mentions, end); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start - end > GAP || m.start > clause.end) break;
    const between = text.slice(end, m.start);
    if (SENTENCE_END_RE.test(between)) break;
    if (lead.test(between)) return m;
  }
  return undefined;
};

/** Roles stated by one action phrase at [start, end). */
const rolesAt = (text: string, mentions: readonly PartyMention[], { group, start, end }: ActionMatch, clause: Clause): Role[] => {
  const roles: Role[] = [];
  const before = subjectBefore(text, mentions, start, clause);
  const afterDirect = (): PartyMention | undefined => objectAfter(text, mentions, end, clause.end, true);
  // "grants to Microsoft" / "grants Microsoft" / "pays to OpenAI" / "shall pay a fee to OpenAI"
  const afterAny = (): PartyMention | undefined => objectAfter(text, mentions, end, clause.end) ?? namedAfter(text, mentions, end, clause, TO_RE);
  const add = (field: PartyField, mention: PartyMention | undefined): void => {
    if (mention) roles.push({ field, mention });
  };
  switch (group) {
    case 1:
      add('payer', before);
      add('payee', afterAny());
      break;
    case 2:
      add('payer', afterDirect());
      break;
    case 3: {
      add('licensor', before);
      const a = afterAny();
      add('licensee', a);
      add('holder', a);
      break;
    }
    case 4:
      add('licensee', afterDirect());
      break;
    case 5:
      add('licensor', before);
      add('licensee', afterAny());
      break;
    case 6:
      // "the Company shall have no right to them" denies the role
      if (before && !/^\s*no(t|ne|thing)?\b/i.test(textAfter(text, end, 12, clause.end))) add(/\blicen[cs]e/i.test(textAfter(text, end, 40, clause.end)) ? 'licensee' : 'holder', before);
      break;
    case 8: {
      // "the net revenue that Microsoft shall receive from customers" measures the share; it does not say who is paid
      if (before && RELATIVE_BEFORE_RE.test(textBefore(text, before.start, 30, clause.start))) break;
      add('payee', before);
      add('payer', namedAfter(text, mentions, end, clause, FROM_RE));
      break;
    }
    case 9:
      OWNS_IP_AT.lastIndex = start;
      if (before && (STAKE_AFTER_RE.test(textAfter(text, end, 60, clause.end)) || OWNS_IP_AT.test(text))) add('holder', before);
      break;
    case 10:
      // "shall purchase all of its requirements for cloud services from Microsoft": Microsoft provides
      add('provider', namedAfter(text, mentions, end, clause, FROM_RE));
      break;
    case 11:
      // "The Company hereby assigns to Executive all right, title and interest": Executive owns it
      add('holder', afterAny());
      break;
    case 12:
      // "All Inventions shall be owned by / vest in / be the property of the Company"
      add('holder', afterDirect());
      break;
    case 7:
      if (/provide$/.test(text.slice(start, end)) || PROVIDER_AFTER_RE.test(textAfter(text, end, 140, clause.end))) add('provider', before);
      break;
    case RESTRICTION:
      // the party a non-compete binds is its holder (as term models write it)
      add('holder', boundBy(text, mentions, start, end, clause));
  }
  return roles;
};

/**
 * The first asset a role is over (inventions, IP, works), with its kind when it is kept out of the ownership a term
 * speaks of ("Excluded Inventions", "Background IP").
 */
const ASSET_RE = /\b(?:(excluded|retained|background|pre-?existing|prior)\s+(?:[A-Za-z-]{1,20}\s+)?)?(?:inventions?|intellectual\s+property|IPRs?|IP|works|materials|technology|know-how)\b/i;

/**
 * Whether a role is over another asset than the term's: a holder's over excluded or background IP (ASSET_RE), a
 * licensor's or licensee's over data, feedback or marks (LICENSED_RE). The first such asset of its sentence after the
 * action ("assigns to the Employee … any Excluded Inventions"), or before "shall be owned by", is of such a kind
 * (unless the term's `subject` is that kind).
 */
const otherAsset = (text: string, clause: Clause, { group, start, end }: ActionMatch, field: PartyField, subject = ''): boolean => {
  const re = field === 'holder' ? ASSET_RE : /^lic/.test(field) ? LICENSED_RE : null;
  if (!re) return false;
  const s = sentenceSpan(text, clause, start, end);
  const kind = re.exec(group === 12 ? text.slice(s.start, start) : text.slice(end, s.end))?.[1];
  return !!kind && !RegExp(kind, 'i').test(subject);
};

/**
 * What a licence back is of ("Customer grants Provider a limited license to host … Customer Data", "a licence to use
 * any Feedback", "to use the Customer's trade marks"): another licence than the term's, unless its `subject` says so.
 */
const LICENSED_RE = /\b(data|feedback|suggestions|content|trade\s?marks?|logos?)\b/i;

interface ActionMatch { readonly group: number; readonly start: number; readonly end: number }

/** The action phrases of a clause (at most 200, as the scan stops there) and its party mentions, found once per clause. */
interface ClauseScan {
  actions?: ActionMatch[];
  mentions?: PartyMention[];
  /** The roles each action states (they do not depend on the term): read once for all the clause's terms. */
  roles?: Role[][];
}

const actionsOf = (text: string, clause: Clause, scan: ClauseScan): ActionMatch[] => {
  if (scan.actions) return scan.actions;
  const found: ActionMatch[] = [];
  const body = text.slice(clause.start, clause.end);
  ACTION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = ACTION_RE.exec(body)) !== null && n++ < 200) {
    let group = 0;
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) { group = g; break; }
    const start = clause.start + m.index;
    found.push({ group, start, end: start + m[0].length });
  }
  return (scan.actions = found);
};

/**
 * Roles not to trust: a payment the other way in a payment's sentence (unless it names the share), or one party on
 * both sides ("OpenAI shall pay OpenAI").
 */
const untrusted = (text: string, clause: Clause, { group, start, end }: ActionMatch, roles: readonly Role[]): boolean => {
  const s = roles.length > 0 && (group === 1 || group === 2 || group === 8) ? sentenceAround(text, clause, start, end) : '';
  return REVERSE_PAYMENT_RE.test(s) && !SHARE_WORDS_RE.test(s) || new Set(roles.map((r) => r.mention.party)).size < new Set(roles.map((r) => r.mention.start)).size;
};

/**
 * The roles a clause states, as the check reads them (`init` fills a term's party fields from them): [field, party id,
 * whether it is over another asset (excluded IP, customer data: `otherAsset` with no `subject`), where its action starts]
 * per trusted role.
 */
export const clauseRoles = (text: string, clause: Clause, parties: readonly { id: string; name: string; aliases?: readonly string[] }[]): [PartyField, string, boolean, number, boolean][] => {
  const mentions = findPartyMentions(text, clause.start, clause.end, partyNeedles({ parties: Object.fromEntries(parties.map((p) => [p.id, p])) } as unknown as TermModel));
  return actionsOf(text, clause, {}).flatMap((a) => {
    const roles = rolesAt(text, mentions, a, clause);
    return untrusted(text, clause, a, roles) ? [] : roles.map((r): [PartyField, string, boolean, number, boolean] => [r.field, r.mention.party, otherAsset(text, clause, a, r.field), a.start, a.group === RESTRICTION]);
  });
};

/**
 * The words (stems) of a term's subject, not those of the parties' names ("Licensee" and "Licensed Patents" share one);
 * once per term (a term belongs to one model).
 */
const OWN_WORDS = new WeakMap<ModelTerm, string[]>();
const ownWords = (model: TermModel, term: ModelTerm): string[] => memo(OWN_WORDS, term, () => {
  const names = new Set(subjectStems(partyNeedles(model).map((n) => n.text).join(' ')));
  return subjectStems(term.subject).filter((w) => !names.has(w));
});

/** Whether a span names a term's subject: half its words at least, one at least (none for a term with no subject). */
export const namesSubject = (text: string, { start, end }: Span, model: TermModel, term: ModelTerm): boolean => {
  const words = ownWords(model, term);
  const seen = clauseStems(text, start, end);
  const n = words.filter((w) => seen.has(w)).length;
  return n > 0 && n * 2 >= words.length;
};

/**
 * Whether the last grant before `at` in its sentence is another grant than the term's licence: one by its licensee to
 * no party (a sub-licence), or to a party in a sentence that does not name the term's subject (a licence back of
 * improvements). The term's licence with its parties reversed is compared, as is any grant when the term has no subject.
 */
export const otherGrant = (text: string, clause: Clause, model: TermModel, term: ModelTerm, at: number, scan: ClauseScan = {}): boolean => {
  if (!term.licensee) return false;
  const s = sentenceSpan(text, clause, at, at);
  let roles: Role[] = [];
  for (const a of actionsOf(text, clause, scan)) {
    const r = a.start >= s.start && a.start < at ? rolesAt(text, (scan.mentions ??= findPartyMentions(text, clause.start, clause.end, partyNeedles(model))), a, clause) : [];
    if (r.some((x) => x.field === 'licensor')) roles = r;
  }
  const by = roles.find((r) => r.field === 'licensor')?.mention.party;
  return !!by && by === term.licensee && by !== term.licensor && (!roles.some((r) => r.field === 'licensee') || (!!term.subject && !namesSubject(text, s, model, term)));
};

/** A clause under "Representations and Warranties": "Seller owns the Transferred IP" states title before the deal. */
export const inRepresentations = (sections: readonly Section[], clause: Clause): boolean =>
  sectionChain(sections, clause.section).some((s) => /\brepresentations?\b|\bwarrant(?:y|ies)\b/i.test(s.title));

/** "Seller represents and warrants to Buyer that it owns": the same, stated in the sentence (under any heading). */
const REPRESENTS_RE = /\b(?:represents|warrants)\b[^.;]{0,120}\bthat\s[^.;]{0,80}$/i;
/** Whether the action at `at` is what a party represents or warrants (under such a heading or in its sentence). */
export const represented = (text: string, sections: readonly Section[], clause: Clause, at: number): boolean =>
  inRepresentations(sections, clause) || REPRESENTS_RE.test(sentenceBefore(text, clause, at));

const checkClause = (ctx: CheckContext, model: TermModel, clause: Clause, term: ModelTerm, needles: ReturnType<typeof partyNeedles>, out: Finding[], scan: ClauseScan): void => {
  const fields = partyFields(model, term);
  if (!fields.length) return;
  const text = ctx.text;
  const actions = actionsOf(text, clause, scan);
  if (!actions.length) return;
  const mentions = (scan.mentions ??= findPartyMentions(text, clause.start, clause.end, needles));
  if (!mentions.length) return;
  const said = (scan.roles ??= actions.map((a) => rolesAt(text, mentions, a, clause)));
  let own: Set<PartyField> | undefined;
  // a non-compete's holder is the party it binds, read from its restriction only; no other term reads a restriction
  const restricted = term.type === 'non-compete';
  const fits = (k: number): boolean => (actions[k].group === RESTRICTION) === restricted;
  for (let k = 0; k < actions.length; k++) {
    if (!fits(k)) continue;
    const { start, end } = actions[k];
    const roles = said[k].filter((r) => fields.includes(r.field));
    if (untrusted(text, clause, actions[k], roles)) continue;
    // another party's role is no conflict where the clause gives the term's party the same role too ("Halvorsen shall
    // hold 60% and Crestline shall hold 40%", "Crestline shall receive 60%, and Halvorsen shall receive 40%")
    own ??= new Set(said.flatMap((rs, i) => (fits(i) ? rs : [])).filter((r) => r.mention.party === term[r.field]).map((r) => r.field));
    const wrong = roles.filter((r) => r.mention.party !== term[r.field] && !own!.has(r.field)
      && !otherAsset(text, clause, actions[k], r.field, term.subject)
      // (what a party "owns" in its representations is title before the deal, not what the deal gives)
      && !(actions[k].group === 9 && represented(text, ctx.segmentation.sections, clause, start))
      // an ownership term is about what its subject names ("Improvements"), not any IP ("The Licensor owns the Patents")
      && !(r.field === 'holder' && term.type === 'ip-ownership' && term.subject && !namesSubject(text, sentenceSpan(text, clause, start, end), model, term)));
    // (a sub-licence or a licence back is not the term's licence)
    if (!wrong.length || otherGrant(text, clause, model, term, end, scan)) continue;
    const from = Math.min(start, ...roles.map((r) => r.mention.start));
    const to = Math.max(end, ...roles.map((r) => r.mention.end));
    const phrase = text.slice(from, to).replace(/\s+/g, ' ');
    const shown = phrase.length > 80 ? `${phrase.slice(0, 77)}…` : phrase;
    const fieldsSaid = PARTY_FIELDS.filter((f) => wrong.some((r) => r.field === f));
    const says = fieldsSaid.map((f) => `the ${f} is ${partyDisplay(model, term[f] as string)}`).join(' and ');
    out.push(makeFinding({
      code: 'party-conflict',
      severity: 'warning',
      span: { start: from, end: to },
      message: `${clauseLabel(clause)} says "${shown}"; term \`${term.id}\` says ${says}`,
      clause: clause.index,
      term: term.id,
      related: fieldsSaid.map((f) => termRelated(term, f, `Term \`${term.id}\` says ${f}: ${term[f]}`)).slice(0, 2),
    }));
  }
};

/** The party fields of a term that name one of the model's parties. */
const partyFields = (model: TermModel, term: ModelTerm): PartyField[] =>
  PARTY_FIELDS.filter((f) => typeof term[f] === 'string' && ownParty(model, term[f]));

export const partyRule: Rule = {
  codes: ['party-conflict'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    const model = ctx.model;
    if (!model || !Object.keys(model.parties).length) return [];
    const needles = partyNeedles(model);
    if (!needles.length) return [];
    const out: Finding[] = [];
    let present: ((start: number, end: number) => boolean) | null = null;
    for (const [idx, terms] of termsByClause(ctx)) {
      const clause = ctx.clauses[idx];
      // (no primary link: the stakes or caps of several holders, each its term's by the value check's reading)
      if (!clause?.term || !terms.some((t) => partyFields(model, t).length > 0)) continue;
      // no party named in the clause: no role can be read (the findings need a mention)
      present ??= partyPresence(ctx.text, needles);
      if (!present(clause.start, clause.end)) continue;
      const scan: ClauseScan = {};
      for (const term of terms) checkClause(ctx, model, clause, term, needles, out, scan);
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
