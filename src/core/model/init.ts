/**
 * `clause-annotator init`: a commented starting `*.terms.yaml` from what a draft states. One term per built-in clause
 * type found; a field gets a value only when every clause of that type that states one states the same (dates by
 * their role: the start of an effective-date term, the end of an expiration-date term, `starts`/`ends` elsewhere;
 * party fields by who pays, grants, holds or provides, as the party check reads it);
 * otherwise the field is a comment listing what the draft says. `startTermModel` (start.ts) then checks the draft
 * against the result and comments out any field it still contradicts. The output always parses with
 * `parseTermModel` without problems. Pure, never throws.
 */
import { BUILTIN_TYPE_IDS, PARTY_FIELDS, type PartyField, type Clause, type ClauseTypeId, type DateValue, type DurationUnit, type ModelTerm, type Section, type TermModel, type TypeAssignment, type Value } from '../types';
import { EFFECTIVE_ANCHOR_RE, MEANS_TAIL, agreementPeriod, dateRole, otherDocument, otherPeriod, survivalDate } from '../check/model/date';
import { afterEnd } from '../check/model/exclusivity';
import { clauseRoles, otherGrant, represented } from '../check/model/party';
import { memo, oldText, sentenceSpan } from '../check/model/util';
import { NOTICE_AFTER_RE, QUALIFIED_RE, THRESHOLD_RE, carveOut, notRevenue, otherPercent, unitWords } from '../check/model/value';
import { textAfter, textBefore, wordSet } from '../text/chars';
import { attachmentOf, blanks } from '../check/draft/util';
import { governHitsIn } from '../check/draft/facts';
import { DURATION_UNITS, ID_MAX_LENGTH, ID_PATTERN, idWords } from './schema';
import { flat } from './parties';
import { PRODUCT } from '../codes';

export interface TermModelInitInput {
  readonly agreement?: string;
  readonly parties?: readonly { readonly id: string; readonly name: string; readonly aliases?: readonly string[] }[];
  readonly clauses: readonly Clause[];
  /** The draft's sections: the dates of a clause in an exhibit or schedule (a statement of work's) are not the agreement's. */
  readonly sections?: readonly Section[];
  /** The draft text the clauses' offsets refer to (for the comments quoting each clause). */
  readonly text: string;
  /**
   * Fields to write as comments, with the reason: `<term id>.<field>` (term ids are the clause type ids), or
   * `effective` / `expires` for the agreement's dates.
   */
  readonly omit?: ReadonlyMap<string, string>;
}

const BUILTIN: ReadonlySet<string> = new Set(BUILTIN_TYPE_IDS);
/** The types whose date is the agreement's (`effective` / `expires`). */
const AGREEMENT_DATES = /^e(?:ff|xp)/;
/** Types whose `exclusive` says something (an effective date's or a minimum commitment's does not). */
const EXCLUSIVE_TYPES: ReadonlySet<string> = wordSet('exclusivity|license-grant|perpetual-license|cloud-provider');
const CURRENCY = /^[A-Z]{3}$/;
const UNITS: ReadonlySet<DurationUnit> = new Set(DURATION_UNITS);
/** Types whose amount is a bound: "shall not exceed $500,000" (a cap), "not less than $30 billion" (a committed spend). */
const BOUNDED: ReadonlySet<string> = wordSet('liability-cap|minimum-commitment|cloud-provider');
/** Before "three (3) years after Completion": a restriction's or a right's length, counted from an event. */
const FOR_PERIOD_RE = blanks('i')`\b(?:for|during)~(?:a~(?:further~)?period~of~)?$`;
/** Before a percentage: "not exceeding", "less than", "up to": a threshold or a cap ("hold less than fifty percent (50%) of the voting power"), not a stake or a share. */
const BOUND_RE = /(?:than|exceed(?:s|ing)?|up\sto|at\s(?:least|most))\s{1,3}$/i;
/** Around a period: one counted back from an event ("the fees paid in the twelve (12) months before the claim"), not a term's length. */
const LOOK_BACK_RE = blanks('i')`\bthe~$`;
const BACK_AFTER_RE = blanks('i')`^~(?:immediately~)?(?:before|preceding|prior~to)\b`;
/**
 * Before a period: a duty's or a payment's deadline ("shall notify the Investor within ten (10) days", "rent not paid
 * within five (5) days", "payable within"), not a term's length (a right's window is: "may, within"); nor is the
 * agreement's initial term ("an initial term of three (3) years") a renewal's or another term's length.
 */
const DEADLINE_DUTY_RE = blanks('i')`\b(?:shall|must|paid|payable|due)~(?!have\b)(?:[\w'’-]{1,20}~){0,5}within~$|\binitial~(?:term|period)~of~$`;
/**
 * A sentence about the time after the end ("On termination the Licensee may sell its stock … for six (6) months"): a
 * sell-off or wind-down, not a term's length (but a renewal's, a restriction's, an option's or a termination's: "On
 * expiry … shall continue for successive periods of two (2) years", "Upon the termination … we will have the option,
 * exercisable for thirty (30) days", "Following expiry of the initial period … giving not less than six months notice").
 */
const AFTER_END_RE = blanks('i')`^[\W\d]{0,12}(?:on|upon|after|following)~(?:the~)?(?:expiry|expiration|termination)\b`;
/**
 * Types whose terms have no length or amount of their own: a period in such a clause ("for twelve (12) months from the
 * Effective Date") or a sum ("a licence fee of €400,000 within ten (10) Business Days after the Commencement Date") is
 * another term's (an agreement's dates have no amount either).
 */
const NO_DURATION: ReadonlySet<string> = wordSet('effective-date|governing-law|anti-assignment|ip-ownership|agi');

/**
 * The party fields of a type's terms, tested on `<field> <type>`: licensor and licensee of a licence; payer and payee
 * of a revenue share or minimum commitment; provider of a cloud provider or minimum commitment (who sells); holder of
 * an exclusivity, equity, IP ownership, first refusal, renewal or termination for convenience. (A liability cap's
 * holder limits which caps the value check compares: not guessed.)
 */
const ROLE_RE = /^(?:licens\w+ \S*licen|pay\w+ (?:rev|min)|provider (?:cl|mi)|holder (?:exc|eq|ip|fi|ren|te|non))/;

/** One value the draft states, with how it is written in the model and where. */
interface Seen {
  /** The value as the model writes it (equal values, equal text). */
  readonly yaml: string;
  /** For people, in a comment: "25%", "USD 5,000,000", "2032-12-31". */
  readonly shown: string;
  /** Where: a percent's offset, a party role's action's (to pair stakes with holders). */
  readonly at: number;
  /** The clause that states it. */
  readonly clause: Clause;
}

type Field = PartyField | `${PartyField}~` | 'law' | 'exclusive' | 'date' | 'starts' | 'ends' | 'rate' | 'percent' | 'amount' | 'duration';

interface Collected {
  readonly type: ClauseTypeId;
  readonly label: string;
  readonly excerpt: string;
  readonly fields: Map<Field, Seen[]>;
  clauses: number;
  subject?: string;
}

/** A YAML double-quoted string (JSON's escaping is valid YAML), on one line. */
const quote = (s: string): string => JSON.stringify(s.replace(/[\u0080-\u009F\u2028\u2029\uFFFE\uFFFF]/g, ' '));

/** Text safe inside a `#` comment: one line, no control characters, single spaces, clipped. */
const commentText = (s: string, max = 80): string => {
  const flat = s.slice(0, max * 4).replace(/[\0- \x7f-\x9f\u2028\u2029\ufffe\uffff]+/g, ' ').replace(/^ | $/g, '');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
};

const partyId = (raw: string, taken: Set<string>): string => {
  let base = idWords(raw).slice(0, ID_MAX_LENGTH - 4);
  if (!ID_PATTERN.test(base)) base = 'party';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
};

/** A finite number as written in the model (every caller has checked it is finite). */
const formatNumber: (n: number) => string = String;

const add = (c: Collected, field: Field, yaml: string, shown: string, clause: Clause, at = 0): void => {
  memo(c.fields, field, (): Seen[] => []).push({ yaml, shown, clause, at });
};

/** A clause's first 400 characters, for a comment. */
const excerptOf = (text: string, clause: Clause): string => {
  const start = Math.max(0, Math.min(clause.start, text.length));
  return commentText(text.slice(start, Math.max(start, Math.min(clause.end, text.length, start + 400))));
};

/** A clause's label for people ("Section 3.3"). */
const labelOf = (clause: Clause): string => clause.label || 'a clause';
/** Where the model's value is from, in a comment. */
const from = (x: Seen): string => `# from ${commentText(labelOf(x.clause), 40)}`;

/** What a grant is of, in the words after it: "an exclusive licence under the Licensed Patents" (a defined name). */
const LICENSED_OF_RE = /\blicen[cs]e\s+(?:under|of|to\s+use|in)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})/;

/**
 * A licence whose clauses name several licensors or licensees: the parties of one of its grants ("the Licensor grants
 * to the Licensee an exclusive licence under the Licensed Patents") when every role that disagrees is another grant,
 * as the party check reads it (`otherGrant`): a sub-licence its licensee grants, or a licence back whose sentence does
 * not name what that grant is of (then written as the term's `subject`, which the check needs to tell them apart).
 * Parties all clauses agree on stay as they are.
 */
const mainLicence = (c: Collected, text: string, model: TermModel): void => {
  const ls = c.fields.get('licensor') ?? [];
  const es = c.fields.get('licensee') ?? [];
  const fits = new Map<string, [Seen[], Seen[], string?]>();
  for (const l of ls) {
    const e = es.find((x) => x.at === l.at && x.yaml !== l.yaml);
    for (const subject of e ? [undefined, LICENSED_OF_RE.exec(text.slice(l.at, l.at + 99))?.[1]] : []) {
      const keep = (x: Seen): boolean => !otherGrant(text, x.clause, model, { licensor: l.yaml, licensee: e!.yaml, subject } as ModelTerm, x.at + 1);
      const own: [Seen[], Seen[], string?] = [ls.filter(keep), es.filter(keep), subject];
      if (agreed(own[0])?.yaml === l.yaml && agreed(own[1])?.yaml === e!.yaml) {
        memo(fits, `${l.yaml} ${e!.yaml}`, () => own);
        break;
      }
    }
  }
  // (two grants that fit, or none: neither is written)
  const [own] = fits.size === 1 ? fits.values() : [];
  if (own) {
    c.fields.set('licensor', own[0]).set('licensee', own[1]);
    c.subject = own[2];
  }
};

/**
 * Stakes of several holders ("Halvorsen shall hold 60% and Crestline shall hold 40%"): one term per holder, each with the
 * percent stated after its holder's action; null unless every percent has one holder and every holder one percent.
 */
const stakes = (c: Collected): [string, Collected][] | null => {
  const hs = c.fields.get('holder') ?? [];
  const by = new Map<string, Seen[]>();
  for (const p of c.type === 'equity' && !agreed(hs) ? c.fields.get('percent') ?? [] : []) {
    const h = hs.filter((x) => x.at <= p.at && p.at - x.at < 150).pop();
    if (!h || (by.get(h.yaml)?.[1] ?? p).yaml !== p.yaml) return null;
    by.set(h.yaml, [h, p]);
  }
  return by.size > 1 && by.size === new Set(hs.map((h) => h.yaml)).size
    ? [...by].map(([id, [h, p]]) => [`equity-${id}`, { ...c, fields: new Map([...c.fields, ['holder', [h]], ['percent', [p]]]) }])
    : null;
};

/** The kind of payment a share's rate is: the last such word before it in its sentence ("a continuing royalty equal to"). */
const PAYMENT_KIND_RE = /\b(royalt|commission|contribut|fee)/gi;
const PAYMENT_KINDS: Record<string, string> = { royalt: 'royalty', commission: 'commission', contribut: 'contribution', fee: 'fee' };
/**
 * Shares of several kinds at different rates ("a continuing royalty equal to six percent (6%)", "Franchisee shall
 * contribute two percent (2%) of Gross Sales"): one term per kind, its subject the kind; null unless every rate has a
 * kind and every kind one rate.
 */
const shares = (c: Collected, text: string): [string, Collected][] | null => {
  const rates = c.type === 'revenue-share' ? c.fields.get('rate') ?? [] : [];
  if (!rates.length || agreed(rates)) return null;
  const by = new Map<string, Seen[]>();
  for (const r of rates) {
    const s = sentenceSpan(text, r.clause, r.at, r.at);
    let kind: string | undefined;
    for (const m of text.slice(s.start, r.at).matchAll(PAYMENT_KIND_RE)) kind = PAYMENT_KINDS[m[1].toLowerCase()];
    const same = kind ? by.get(kind) : undefined;
    if (!kind || (same && same[0].yaml !== r.yaml)) return null;
    by.set(kind, [...(same ?? []), r]);
  }
  return by.size > 1 && new Set(rates.map((r) => r.yaml)).size === by.size
    ? [...by].map(([kind, list]) => {
      const { clause } = list[0];
      return [kind, { ...c, label: labelOf(clause), excerpt: excerptOf(text, clause), clauses: new Set(list.map((r) => r.clause)).size, subject: kind, fields: new Map([...c.fields, ['rate', list]]) }];
    })
    : null;
};

/** "at least", "not less than", "a minimum of" (`~`: 1-3 blanks). */
const AT_LEAST = '(?:at~least|(?:not|no)~(?:less|fewer)~than|a~minimum~of)~';
/**
 * Before a duration: "notice of not less than", "a notice period of", "notice period is", "notice of termination to X
 * of at least", "notice of its election to renew not less than".
 */
const NOTICE_BEFORE_RE = blanks('i')`\bnoti(?:ce|fication)(?:(?:~period)?~(?:(?:of|is|shall~be)~)?(?:${AT_LEAST})?|(?:~[\w-]{1,20}){1,6}~(?:of~)?${AT_LEAST})$`;
/** After it, a deadline: "at least 60 days before / prior to / in advance of the end". */
const DEADLINE_RE = blanks('i')`^[\s,]{0,3}(?:before|prior~to|in~advance)\b`;
/** A sentence about notice, or about the choice not to renew that the notice announces. */
const NOTICE_SENTENCE_RE = blanks('i')`\bnoti(?:ce|f)|\bnot~to~(?:renew|extend)|\bnon-?\s?renewal`;

/**
 * Whether a duration (or a relative date "60 days before the end") is the length of the notice its sentence speaks
 * of: "upon sixty (60) days' prior written notice", "notice of not less than 30 days", "written notice of
 * non-renewal at least 180 days before the end" — not "renews for successive twelve (12) month periods unless either
 * party gives notice" (that is the renewal's length).
 */
const noticeLength = (text: string, clause: Clause, v: Value): boolean => {
  const before = textBefore(text, v.start, 50, clause.start);
  if (v.kind === 'duration' && (NOTICE_AFTER_RE.test(textAfter(text, v.end, 40, clause.end)) || NOTICE_BEFORE_RE.test(before))) return true;
  // "not less than nine (9) months nor more than twelve (12) months before expiration": when the notice may first be
  // given, not its length
  if (/more\s{1,3}than\s{1,3}$/i.test(before) || (v.kind === 'relative-date' ? v.direction !== 'before' : !DEADLINE_RE.test(textAfter(text, v.end, 20, clause.end)))) return false;
  const { start, end } = sentenceSpan(text, clause, v.start, v.end, 300);
  return NOTICE_SENTENCE_RE.test(text.slice(start, end));
};

/** After a percentage: what it is a share of ("of Net Sales", "of the "gross proceeds"", "percent of the gross sale"). */
const REVENUE_OF_RE = blanks('i')`^\)?(?:~per\s?cent\.?)?~(?:of|on|from)~(?:[\w'’"“”&-]{1,25}~){0,6}?(?:["“]?(?:revenues?|sales?|receipts|profits?|income|proceeds|turnover|billings|collections|royalt(?:y|ies)|commissions|purchases|selling~prices?)\b|(?:fees|amounts|sums|monies)~(?:actually~)?(?:received|collected))`;
/** Or what it is: "a 5% commission", "a seven percent (7%) royalty". */
const REVENUE_NAME_RE = blanks('i')`^\)?~(?:royalt|commission|(?:revenue|profit)~share)`;
/** Earlier in its sentence, the share itself: "royalties … at the rate of", "the revenue share … shall be", "net revenues … shall be shared". */
const SHARING_RE = /\b(?:royalt(?:y|ies)|commissions?|(?:revenue|profit)s?|(?:referral|finder['’]?s?|lead[- ]finder)\s{1,3}fees?|split|shared?|sharing)\b/i;
/** … but not when that sentence raises, adjusts or discounts it, or charges interest. */
const NOT_SHARE_RE = /\b(?:interest|increas|escalat|adjust|discount|rebate|exceed)/i;
const REDUCTION_RE = /\b(?:rebate|discount|interest)\b[^.;]{0,40}$/i;

/**
 * Whether a percentage is a share of revenue, sales or profits (a revenue share's `rate`): not a fee increase cap
 * ("shall not increase by more than 5% per year"), an option over "1.5% of the fully diluted capitalization", interest.
 */
const revenueRate = (text: string, clause: Clause, v: Value): boolean => {
  // a rebate, a discount or interest ("a volume rebate of 1.5% of the purchase price"), or a share of something that
  // is not revenue: not a share rate, as the checks read it
  if (REDUCTION_RE.test(textBefore(text, v.start, 50, clause.start)) || notRevenue(text, clause, v)) return false;
  const after = textAfter(text, v.end, 120, clause.end);
  if (REVENUE_OF_RE.test(after) || REVENUE_NAME_RE.test(after)) return true;
  const before = text.slice(sentenceSpan(text, clause, v.start, v.end, 250).start, v.start);
  return SHARING_RE.test(before) && !NOT_SHARE_RE.test(before) && !/^\)?\s{1,3}(?:per|a|each)\s{1,3}(?:annum|year|month|quarter)/i.test(after);
};

/** "Exclusive" as a word of a name: "this Exclusive Distribution Agreement", "Exclusive Territory" (the checks read so too). */
const inName = (text: string, at: number, end: number): boolean => {
  return /^[A-Z]/.test(text.slice(at, at + 1)) && /^[A-Za-z-]* [A-Z]/.test(text.slice(at, end + 30));
};

/** "perpetual", "in perpetuity", "irrevocable"; after "shall not be", "non-", "no longer": said not to be so. */
const PERPETUAL_RE = /\b(?:perpetu|irrevocab)/gi;
const NEGATED_RE = blanks('i')`(?:\bnon[ -]?|\b(?:not|never|neither)~(?:be~)?(?:perpetual,?~n?or~)?|\bno~(?:longer~)?)$`;

/**
 * Whether a clause states its type at all: a perpetual-license clause whose every "perpetual" or "irrevocable" is
 * negated ("shall not be perpetual"), or an exclusivity clause whose every cue and exclusivity is a word of a name
 * ("This Exclusive Distribution Agreement"), makes no term.
 */
const stated = (text: string, clause: Clause, t: TypeAssignment): boolean => {
  if (t.type === 'exclusivity') {
    return !t.cues?.length || t.cues.some((c) => !inName(text, c.start, c.end)) || (clause.values ?? []).some((v) => v.kind === 'exclusive' && !inName(text, v.start, v.end));
  }
  if (t.type !== 'perpetual-license') return true;
  const body = text.slice(clause.start, clause.end);
  const said = [...body.matchAll(PERPETUAL_RE)];
  return !said.length || said.some((m) => !NEGATED_RE.test(textBefore(body, m.index!, 40)));
};


/**
 * `"Termination Date" means 12 January 2031`, `**Expiry Date**: 12 January 2030`: a defined name of the agreement's
 * start or end with its date (as the checks read a defined date; not a qualified name such as "Service Commencement
 * Date"). Returns the term type the date is the date of, or null.
 */
const DEFINED_DATE_RE = blanks('i')`["“*_]\s{0,2}(?:(effective|commencement|start)|expiration|expiry|termination|end|(?:final~)?maturity)~date\s{0,2}${MEANS_TAIL}`;
const definedDate = (text: string, clause: Clause, v: Value): 'effective-date' | 'expiration-date' | null => {
  const m = DEFINED_DATE_RE.exec(textBefore(text, v.start, 60, clause.start));
  return m ? (m[1] ? 'effective-date' : 'expiration-date') : null;
};

/**
 * @param own whether `c` is the clause's own term for its exclusivity (its most confident type of EXCLUSIVE_TYPES): a
 *   clause's exclusivity is compared with its own term when that term says `exclusive`, so it is that term's value only
 */
const take = (c: Collected, v: Value, clause: Clause, text: string, own: boolean): void => {
  const before = (n: number): string => textBefore(text, v.start, n, clause.start);
  // what an amendment removes or a restatement recites ("Provider was Lab's exclusive provider until …") is not the deal
  if (oldText(text, clause, v)) return;
  switch (v.kind) {
    case 'exclusive':
      // the end of an exclusive period ("non-exclusive thereafter", "exclusivity shall terminate on") is its `ends`
      if (own && !inName(text, v.start, v.end) && (v.value || !afterEnd(text, clause, v))) add(c, 'exclusive', String(v.value), v.value ? 'exclusive' : 'non-exclusive', clause);
      break;
    case 'date': {
      if (!v.valid || !/^\d{4}-\d{2}-\d{2}$/.test(v.iso) || survivalDate(text, clause, v) || otherDocument(text, clause, v)) break;
      const role = dateRole(text, clause, v);
      let field: Field | null;
      if (c.type === 'effective-date') field = role === 'ends' ? null : 'date';
      else if (c.type === 'expiration-date') field = role === 'starts' ? null : 'date';
      // a notice period's dates are another term's ("continue until May 31, 2029, unless terminated earlier" is the expiry)
      // a renewal clause's date of its initial term ("an initial term of three (3) years, until August 31, 2029 (the
      // "Initial Term")") is the expiry, not the renewal's end
      else field = c.type === 'notice-period' || c.type === 'renewal-term' && /\binitial\s(?:term|period)\b/i.test(before(80)) ? null : role;
      // the end of a period with a name of its own ("Exclusivity Period" means … until June 30, 2029): the agreement's
      // only when no other date says otherwise (at -1)
      if (field) add(c, field, v.iso, v.iso, clause, AGREEMENT_DATES.test(c.type) && otherPeriod(text, clause, v) ? -1 : 0);
      break;
    }
    case 'percent':
      if (v.value >= 0 && v.value <= 100 && !BOUND_RE.test(before(30)) && !otherPercent(text, c.type, clause, v)) {
        const n = formatNumber(v.value);
        const yaml = /e/i.test(n) ? n : `${n}%`;
        // a share's rate, a stake's percent; a percentage in a clause of another type is not that term's
        if (c.type === 'equity') add(c, 'percent', yaml, yaml, clause, v.start);
        else if (c.type === 'revenue-share' ? revenueRate(text, clause, v) : c.type === 'most-favored-nation' && !notRevenue(text, clause, v)) add(c, 'rate', yaml, yaml, clause, v.start);
      }
      break;
    case 'money':
      // "once annual purchases exceed $1,000,000": a threshold, except a cap's, a minimum's or a committed spend's own amount;
      // nor is a cap's basket ("until the aggregate Losses exceed $120,000") or an exception's own cap ("except for breach of
      // Section 6.2, for which … shall not exceed $500,000,000") the cap, as the value check reads them
      if (CURRENCY.test(v.currency) && v.amount >= 0 && v.amount < Infinity && !NO_DURATION.has(c.type) && !AGREEMENT_DATES.test(c.type)
        && (BOUNDED.has(c.type) || !QUALIFIED_RE.test(before(30))) && !carveOut(text, clause, v)
        && !(c.type === 'liability-cap' && THRESHOLD_RE.test(before(120)))) {
        add(c, 'amount', `{ amount: ${formatNumber(v.amount)}, currency: ${v.currency} }`, `${v.currency} ${v.amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`, clause);
      }
      break;
    // "notice … at least 180 days before the end": the notice period's length; "shall continue for five (5) years from
    // the Effective Date": the agreement's period
    case 'relative-date':
    case 'duration':
      if (UNITS.has(v.unit) && v.amount > 0 && v.amount < Infinity && !NO_DURATION.has(c.type) && (c.type === 'notice-period' ? noticeLength(text, clause, v)
        : c.type === 'expiration-date' ? (v.kind === 'duration' || v.direction !== 'before' && EFFECTIVE_ANCHOR_RE.test(v.anchor.trim())) && agreementPeriod(text, clause, v)
        : (v.kind === 'duration' || v.direction === 'after' && FOR_PERIOD_RE.test(before(30)))
          && !DEADLINE_DUTY_RE.test(before(80)) && !(LOOK_BACK_RE.test(before(5)) && BACK_AFTER_RE.test(textAfter(text, v.end, 30, clause.end)))
          && (/^(?:ren|non-c|fi|te)/.test(c.type) || !AFTER_END_RE.test(text.slice(sentenceSpan(text, clause, v.start, v.end, 300).start, v.start)))
          // a notice's length is a notice term's, or the termination's it announces; not a minimum's or a renewal's
          && (c.type === 'termination-for-convenience' || !noticeLength(text, clause, v)))) {
        add(c, 'duration', `{ amount: ${formatNumber(v.amount)}, unit: ${v.unit} }`, `${formatNumber(v.amount)} ${unitWords(v.unit, v.amount)}`, clause);
      }
      break;
    default:
      break;
  }
};

/** The value every clause agrees on, or null; undefined when no clause states one. */
const agreed = (list: readonly Seen[] | undefined): Seen | null | undefined => {
  if (list?.length) return list.every((x) => x.yaml === list[0].yaml) ? list[0] : null;
};

/** "25% (Section 3.3), 0.5% (Section 3.4)": the distinct values and where the draft states each first. */
const differing = (list: readonly Seen[]): string => {
  const firsts: Seen[] = [];
  for (const x of list) if (!firsts.some((f) => f.yaml === x.yaml)) firsts.push(x);
  const shown = firsts.slice(0, 3).map((x) => `${x.shown} (${commentText(labelOf(x.clause), 30)})`);
  return `${shown.join(', ')}${firsts.length > 3 ? `, and ${firsts.length - 3} more` : ''}`;
};

const FIELD_ORDER: readonly Field[] = [...PARTY_FIELDS, 'law', 'exclusive', 'date', 'starts', 'ends', 'rate', 'percent', 'amount', 'duration'];

/**
 * A field's values; for a party field with none, those of the roles over another asset ("a licence to use the Trade
 * Marks", "the Customer Data"): the term's own where its clauses state no other.
 */
const partyList = (c: Collected, f: Field): Seen[] | undefined => c.fields.get(f) ?? c.fields.get(`${f}~` as Field);

/** The lines of one term's fields: a value, or a comment saying why there is none. */
const fieldLines = (c: Collected, omit: ReadonlyMap<string, string> | undefined): string[] => {
  const out: string[] = [];
  for (const field of FIELD_ORDER) {
    const list = partyList(c, field);
    const one = agreed(list);
    if (one === undefined) continue;
    // one party on both sides of a payment or a licence (the payee of a service credit "Customer will receive" is the
    // fees' payer): neither side is written
    const j = PARTY_FIELDS.indexOf(field as PartyField);
    const twin = j % 5 > 0 ? PARTY_FIELDS[j % 2 ? j + 1 : j - 1] : '';
    const why = omit?.get(`${c.type}.${field}`) ?? (twin && one && agreed(partyList(c, twin))?.yaml === one.yaml ? `the draft also names it the ${twin}` : undefined);
    if (one && !why) out.push(`    ${field}: ${one.yaml}`);
    else if (one) out.push(`    # ${field}: ${one.yaml}   # ${commentText(why!, 100)}`);
    else out.push(`    # ${field}:   # the draft states several: ${differing(list!)}; write the agreed one`);
  }
  return out;
};

/** A commented starting term model for a draft. */
export const createTermModelYaml = (input: TermModelInitInput): string => {
  const text = typeof input.text === 'string' ? input.text : '';
  const omit = input.omit;
  const byType = new Map<string, Collected>();
  const custom = new Set<string>();
  const ownedExclusivity: { clause: Clause; own: string; types: readonly TypeAssignment[] }[] = [];
  // the parties as the model writes them (ids, names on one line): a role's party is one of these
  const taken = new Set<string>();
  const parties = (input.parties ?? []).map((p) => {
    const id = ID_PATTERN.test(p.id) && p.id.length <= ID_MAX_LENGTH && !taken.has(p.id) ? (taken.add(p.id), p.id) : partyId(p.id || p.name || 'party', taken);
    // one line each: a hard-wrapped draft's "Cloudlark,\r\nInc." is "Cloudlark, Inc."
    const name = flat(p.name ?? '') || id;
    return { id, name, aliases: (p.aliases ?? []).map(flat).filter((a) => a && a !== name) };
  });
  /** The dates of defined start and end dates ("Commencement Date" means 1 February 2027), by type. */
  const defined = new Map<string, string[]>();
  const collect = (type: string, clause: Clause): Collected => {
    let c = byType.get(type);
    if (!c) {
      c = { type, label: labelOf(clause), excerpt: excerptOf(text, clause), fields: new Map(), clauses: 0 };
      byType.set(type, c);
    }
    c.clauses++;
    return c;
  };
  for (const clause of input.clauses ?? []) {
    const types = (clause.types ?? []).filter((t) => !BUILTIN.has(t.type) || stated(text, clause, t));
    // the clause's own term for its exclusivity: its most confident type that says `exclusive`; of a clause also read as
    // an exclusivity, a licence only when the words qualify one ("an exclusive, royalty-free licence"; not "Franchisee's
    // rights in the Protected Territory are exclusive")
    const licensed = !types.some((t) => t.type === 'exclusivity') || clause.values?.some((v) => v.kind === 'exclusive' && /^[\w\s,-]{0,30}licen[cs]e/i.test(textAfter(text, v.end, 40, clause.end)));
    const own = types.filter((t) => EXCLUSIVE_TYPES.has(t.type) && (licensed || !/licen/.test(t.type))).sort((a, b) => b.confidence - a.confidence)[0]?.type;
    const attached = !!input.sections && attachmentOf(input.sections, clause.section) >= 0;
    // "Seller owns the Transferred IP" under a Representations and Warranties heading: title before the deal, not who
    // owns the IP under it
    const sections = input.sections;
    let roles: ReturnType<typeof clauseRoles> | undefined;
    for (const t of types) {
      if (!BUILTIN.has(t.type)) {
        custom.add(t.type);
        continue;
      }
      if (attached && AGREEMENT_DATES.test(t.type)) continue;
      const c = collect(t.type, clause);
      for (const v of clause.values ?? []) take(c, v, clause, text, t.type === own);
      // the law a governing-law clause chooses ("the laws of the State of New York", "English law")
      if (t.type === 'governing-law') {
        const law = governHitsIn(text, clause.start, clause.end).find((h) => h.law && h.law.start < clause.end)?.law;
        const name = law && (/^\s{1,3}law\b/.test(text.slice(law.start + law.name.length, law.start + law.name.length + 6)) ? `${law.full} law` : law.full);
        if (name) add(c, 'law', quote(name), name, clause);
      }
      // who pays, grants, holds or provides: the roles the party check reads
      // (a non-compete's holder is the party its restriction binds, and only a non-compete's)
      for (const [f, id, other, at, bound] of (roles ??= clauseRoles(text, clause, parties))) if (ROLE_RE.test(`${f} ${t.type}`) && bound === (t.type === 'non-compete') && !(sections && t.type === 'ip-ownership' && represented(text, sections, clause, at))) add(c, other ? `${f}~` : f, id, id, clause, at);
    }
    // `"Termination Date" means 12 January 2031` in a definition of no date type: the agreement's end all the same
    for (const v of clause.values ?? []) {
      const type = v.kind === 'date' && !attached ? definedDate(text, clause, v) : null;
      if (type) memo(defined, type, (): string[] => []).push((v as DateValue).iso);
      if (type && !types.some((t) => t.type === type)) take(collect(type, clause), v, clause, text, false);
    }
    if (own !== undefined && clause.values?.some((v) => v.kind === 'exclusive')) ownedExclusivity.push({ clause, own, types });
  }
  const model = { parties: Object.fromEntries(parties.map((p) => [p.id, p])) } as unknown as TermModel;
  // (only a licence's terms have licensors)
  for (const c of byType.values()) mainLicence(c, text, model);
  // A clause whose own term gets no single `exclusive` is compared with its other terms that say one: its exclusivity
  // counts for them too (the check then decides; startTermModel removes what it still finds contradicted).
  const undecided = new Set<string>();
  for (const { own } of ownedExclusivity) if (!agreed(byType.get(own)?.fields.get('exclusive'))) undecided.add(own);
  for (const { clause, own, types } of ownedExclusivity) {
    if (!undecided.has(own)) continue;
    for (const t of types) {
      const c = t.type === own || !EXCLUSIVE_TYPES.has(t.type) ? undefined : byType.get(t.type);
      if (c) for (const v of clause.values ?? []) if (v.kind === 'exclusive') take(c, v, clause, text, true);
    }
  }

  const out: string[] = [
    `# Term model for ${PRODUCT} (format version 1), started from the draft.`,
    '# Check every value against the agreed term sheet: the draft may be the thing that is wrong.',
    `# Reference: the "Term model" section of the ${PRODUCT} README.`,
    'version: 1',
    input.agreement?.trim() ? `agreement: ${quote(input.agreement.trim())}` : '# agreement: "Title of the agreement"',
  ];

  // dates that differ ("dated 14 January 2027"; "Commencement Date" means 1 February 2027): the defined one, when one,
  // for the agreement's date and its term's
  for (const [type, d] of [...defined, ...['effective-date', 'expiration-date'].map((t) => [t, null] as const)]) {
    const c = byType.get(type);
    const list = c?.fields.get('date');
    const one = list && agreed(list) === null ? list.filter((x) => d ? d.includes(x.yaml) : x.at >= 0) : [];
    if (agreed(one)) c!.fields.set('date', one);
  }
  // (the term's date may be contradicted where the agreement's is not: each is left out on its own conflict)
  const eff = agreed(byType.get('effective-date')?.fields.get('date'));
  const exp = agreed(byType.get('expiration-date')?.fields.get('date'));
  const effective = eff && !omit?.has('effective') ? eff.yaml : undefined;
  const expires = exp && !omit?.has('expires') ? exp.yaml : undefined;
  out.push(effective ? `effective: ${effective}                ${from(eff!)}` : '# effective: YYYY-MM-DD');
  if (expires && (!effective || expires >= effective)) {
    out.push(`expires: ${expires}                  ${from(exp!)}`);
  } else if (expires) {
    out.push(`# expires: ${expires}                # the draft's expiration date is before its effective date: check it`);
  } else out.push('# expires: YYYY-MM-DD');

  out.push('', '# Parties: id -> full name and the words that name the party in the draft.');
  if (parties.length === 0) {
    out.push('parties: {}', '#  acme: { name: "Acme Corp.", aliases: [Acme] }');
  } else {
    out.push('parties:');
    for (const p of parties) out.push(`  ${p.id}: { name: ${quote(p.name)}, aliases: [${p.aliases.map(quote).join(', ')}] }`);
  }

  out.push(
    '',
    '# Terms: one per clause type found in the draft, with the values its clauses agree on.',
    '# Party fields (holder, licensee, licensor, payer, payee, provider) take a party id from above.',
  );
  if (byType.size === 0) {
    out.push('terms: {}', '#  distribution: { type: exclusivity, holder: acme, exclusive: false }');
  } else {
    out.push('terms:');
    for (const [id, c] of [...byType.values()].flatMap((x) => stakes(x) ?? shares(x, text) ?? [[x.type, x] as const])) {
      out.push(
        `  # ${commentText(c.label, 40)}${c.clauses > 1 ? ` and ${c.clauses - 1} more clause(s)` : ''}: ${c.excerpt}`,
        `  ${id}:`,
        `    type: ${c.type}`,
        ...(c.subject ? [`    subject: ${quote(flat(c.subject))}`] : []),
        ...fieldLines(c, omit),
        c.type === 'agi'
          ? '    # allowed: false   # uncomment if the deal must contain no AGI clause'
          : '    # required: true   # uncomment if the draft must always express this term',
      );
    }
  }
  if (custom.size > 0) {
    out.push('', `# The draft also has clauses of custom types (${commentText([...custom].join(', '), 120)}); define them under clauseTypes to use them here.`);
  }
  out.push(
    '',
    '# clauseTypes:   # your own clause types: literal cue phrases, never regular expressions',
    '#   data-residency: { title: Data residency, cues: [data residency, stored in the EU], color: "#3b82f6" }',
  );
  return out.join('\n') + '\n';
};
