import type { BuiltinClauseTypeId } from '../types';

/**
 * Cue rules of the built-in clause types, as data.
 *
 * Each type has (written `rules(id, pos, neg, threshold?)`):
 * - `pos`: weighted cue patterns; each pattern counts once, and its first match becomes a cue;
 * - `neg`: weighted negative patterns that subtract from the score (e.g. "non-exclusive",
 *   "sole and exclusive remedy");
 * - `threshold`: the score needed to assign the type (default 1).
 *
 * Every regex is precompiled here, case-insensitive (`p` adds the `i` flag; `pc` keeps the case written), and safe
 * against catastrophic backtracking:
 * no nested unbounded quantifiers; gaps between words are bounded (`…80`).
 *
 * In the patterns below a space stands for one to ten whitespace characters (`\s{1,10}`, line breaks included), so
 * that "shall not exceed" reads as written, `~` for the rest of a word (`\w{0,30}`: "terminat~"), `…80` for a gap of
 * up to 80 characters between two words within the sentence part (`\b[^;]{0,80}\b`), and a bare `(` opens a
 * non-capturing group; a pattern (or a top-level alternative) that starts with a letter or a bare `(` starts at a word
 * boundary (a `\b` is implied: cues are words). `@` and a capital letter stands for a piece that several patterns
 * share (`RULE_PARTS`: `@M` a month's name, `@L` "licen[cs]e"...). `p` expands them. Other gaps are written out
 * (`\s{1,3}`, `\s?`, `[^;]{0,40}`).
 */
export interface Pattern {
  readonly re: RegExp;
  readonly w: number;
  /** Patterns of one type with the same group number count once (alternative spellings of one cue). */
  readonly group?: number;
}

export interface TypeRules {
  readonly id: BuiltinClauseTypeId;
  readonly pos: readonly Pattern[];
  readonly neg: readonly Pattern[];
  readonly threshold?: number;
}

/**
 * Pieces that several rules share, written `@M`, `@E`... in a pattern (`expandRule` puts them in first; a piece is
 * written in the same shorthand as the patterns).
 */
const RULE_PARTS: Record<string, string> = {
  // a month's name
  M: /(January|February|March|April|May|June|July|August|September|October|November|December)/.source,
  // "…60 of the net revenues": a share of an amount
  R: /[^;]{0,60}\bof (all |the |such |its |any |each )?([\w'’-]{1,40} ){0,4}(net |gross )?(revenues?|sales?|profits?|receipts|proceeds|income|margin|billings|price|amounts?|fees?|value|purchase price|collections|subscription)\b/.source,
  // an event a right of termination depends on: "undergoes a change of control", "breaches", "becomes insolvent"
  E: /(undergo~|challeng~|contest~|change (of|in) (control|ownership)|comes? under|falls? under|breach~|default~|insolven~|bankrupt~|force majeure|fails?|failure|ceases?|acquired|merge~|acquisition|commits?|unable|incapacit~|dies)/.source,
  // a condition: "if", "in the event of"
  I: /(if|in the event (of|that)|where|should|following|on the occurrence of|upon the occurrence of)/.source,
  // a negative covenant before the cue: "shall not", "undertakes not to", "neither party shall"
  // ("No member of the Seller's Group shall", "none of the Sellers shall"; not "no later than …, the Buyer shall")
  N: /\b((shall|will|may|must)\s{1,3}not|(agrees?|undertakes?|covenants?)\s{1,3}not\s{1,3}to|neither…60(shall|will|may)|(no|none\s{1,3}of)\s{1,3}(?!(later|more|less|fewer|earlier|sooner|event|case|circumstances?)\b)…60(shall|will|may))\b/.source,
  // what intellectual property is: "inventions", "work product", "patents"
  K: /inventions?|work product|improvements?|developments|deliverables|patents?|copyrights?/.source,
  // a licence: "license", "licence"
  L: /licen[cs]e/.source,
  // a day of the month: "31", "1st"
  D: /\d{1,2}(st|nd|rd|th)?/.source,
  // a word (repeated: `@W{0,3}`)
  W: /([\w-]{1,40} )/.source,
  // a word, possessives too
  V: /([\w'’-]{1,40} )/.source,
  // "third party", "third-parties"
  P: /third[\s-]part(y|ies)/.source,
  // a mention of the renewal term that a renewal clause defines, ending at "renewal": "for any Renewal Term", "during the
  // Renewal Term" (not with its length, start or end: "the Renewal Term shall be two (2) years", "each Renewal Term
  // shall expire on", "effective on the last day of the Initial Term or any Renewal Term")
  Q: /(?<!\b(end|expir~|last day|terminat~|cancel~)…80)\b(the|any|each|every|such|that|this|(then[\s-])?current) renewal(?= (terms?|periods?)\b(?!…30(years?|months?)\b| (shall|will) (commence|begin|start|expire|end|terminate|run|last|continue)\b))/.source,
  // how long: " for", " until", " from"
  T: / (for|until|through|till|to|unless|from|beginning|commencing)\b/.source,
  // an option or warrant over a number of shares, or over a class of stock: "an option to purchase 50,000 shares",
  // "options to subscribe for 5,000 Ordinary Shares", "a warrant to acquire up to 100,000 shares of Series A Preferred
  // Stock", "an option to purchase shares of common stock of the Company", "options (the "Options"), to purchase shares of
  // the common stock"
  S: /(options?|warrants?)( \([^)]{1,40}\),?)? to (purchase|acquire|subscribe for|buy) (up to |an aggregate of |a total of )?([\d,]{1,15} (\([\d,]{1,15}\) )?([\w-]{1,20} ){0,3}(shares|stock|units)\b|shares of ([\w'’-]{1,40} ){0,3}(common|preferred|capital|ordinary) (stock|shares)\b)/.source,
};

/** A space in a rule's pattern: one to ten whitespace characters, line breaks included (see `p`). */
export const RULE_SPACE = '\\s{1,10}';
/** A `~` in a rule's pattern: the rest of a word, up to 30 word characters ("terminat~": terminate, termination...). */
export const RULE_WORD_REST = '\\w{0,30}';

/**
 * Expands the shorthands of a rule's pattern: the implied `\b` before a top-level alternative that starts with a
 * letter or a bare `(`, a space, `~`, `…N`, and a bare `(`, which opens a non-capturing group (no rule needs a capture). A
 * space or `~` is never written in a character class, where it would be expanded too.
 */
export const expandRule = (source: string): string => {
  source = source.replace(/@([A-Z])/g, (_, k: string) => RULE_PARTS[k]);
  let out = '';
  let inClass = false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (depth === 0 && !inClass && (i === 0 || source[i - 1] === '|') && /[A-Za-z]|\((?!\?)/y.test(source.slice(i, i + 2))) out += '\\b';
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(') {
      depth++;
      out += source[i + 1] === '?' ? c : '(?:';
    } else if (c === ')') {
      depth--;
      out += c;
    } else if (c === '…') {
      // a gap between two words within the sentence part: "…80" is up to 80 characters other than ";"
      const n = /^\d+/.exec(source.slice(i + 1))![0];
      out += `\\b[^;]{0,${n}}\\b`;
      i += n.length;
    } else if (c === ' ') out += RULE_SPACE;
    else if (c === '~') out += RULE_WORD_REST;
    else out += c;
  }
  return out;
};

/** A pattern that keeps the case written ("AGI", a capitalised law name); `p` makes it case-insensitive. */
const pc = (written: RegExp, w: number, group?: number, flags = ''): Pattern => ({
  re: new RegExp(expandRule(written.source), written.flags + flags),
  w,
  group,
});

const p = (written: RegExp, w: number, group?: number): Pattern => pc(written, w, group, 'i');
/** A recurring period defined ("\"Quarter\" means each period of three (3) months"): a negative cue of two types. */
const EVERY_PERIOD = p(/means? (each|every|any) …40(period|quarter|year|month|week)/, 1.5);

/**
 * Ownership stated in the present tense, of intellectual property or data: "The Customer owns all Deliverables",
 * "Licensor owns and shall retain all right, title and interest in the Software", "As between the parties, Customer
 * owns all Customer Data", "retains ownership of the Platform". Not of shares, goods or buildings ("owns 27% of the
 * issued shares", "owns the Building"), not in a relative clause ("the Patents that it owns"), not a warranty of
 * title ("owns or has the right to use").
 * (The party check reads who owns with it too.)
 */
export const OWNS_IP = p(/(?<!\b(that|which|who) )\b(owns(?! or\b)( and (shall|will) (retain|continue to own))?|retains? (sole |exclusive |full )?ownership of|retains? all right,? title,? and interest) (all )?(right,? title,? and interest (in|to) (and to )?)?@V{0,4}(intellectual property|IP(Rs?)?|@K|trade ?marks|marks|know-how|trade secrets|software|source code|data(?! cent)|content|technology)\b/, 1);

/** A type's rules: positive patterns, negative patterns and (when not 1) its threshold (undefined: 1). */
const rules = (id: BuiltinClauseTypeId, pos: Pattern[], neg: Pattern[], threshold?: number): TypeRules => ({ id, pos, neg, threshold });

export const RULES: readonly TypeRules[] = [
  rules(
    'exclusivity',
    [
      // "exclusive" that is not "non-exclusive" and not an exclusive remedy / jurisdiction / owner.
      p(/(?<!\bnon-?\s?)\bexclusiv(e|ely|ity)\b(?! (remed|liabilit|jurisdiction|venue|forum|courts?\b|property of|owner|of\b|and (sole )?remed|in @W{0,5}courts?\b))/, 1),
      p(/(?<!\bnon-?\s?)\bexclusive (right|distribut(or|ion)|dealer|agent|reseller|supplier|provider|partner|manufacturer|source|basis|relationship|arrangement|representative|@L|marketing|sales|sponsor)/, 0.5),
      p(/(?<=\b(become|converted to|shall be|are|is) (a )?)\bnon-?\s?exclusive\b/, 1),
      p(/sole(ly)? (right|source|supplier|provider|distributor|from|through|responsibility)\b/, 1),
      p(/only (distributor|supplier|provider|reseller|source|sponsor|licensee|vendor)\b/, 1),
      p(/(all|one hundred percent) (\(100%\) )?of (its|their|the|[a-z]{1,40}['’]s) ([a-z-]{1,40} ){0,3}requirements\b/, 1.2),
      p(/(?<=\b(shall|will|may|must|agrees?)\s{1,3})\bnot…160(any other|anyone other|other than|@P|another|additional|any provider|any (media )?vendor|same or similar|any (other )?(company|person|entity|party)\b)/, 0.6, 1),
      // The same covenant after an enumerator: "agrees (A) not to enter into ... with any other vendor".
      p(/not to ([^\s;]{1,40} ){0,14}(any other|anyone other|other than|@P|another|others|any (media )?(vendor|provider|supplier|distributor|competitor|company|person|entity|party)\b)/, 0.6, 1),
      p(/(?<=\b(shall|will|may|must|agrees?|agreement)\s{1,3})\bnot…60(sell|distribute|market|promote|license|grant|appoint|enter into|engage|collaborate|endorse|purchase|procure|order|buy|represent|accept|place|establish|provide|enable|operate|appear|drive|bear|use|seek)\b/, 0.5),
      // "will not ... grant others the right to operate in the area".
      p(/grant (to )?(any )?others\b/, 0.6, 1),
      // Non-circumvention: "will not circumvent the other party by dealing directly with third parties".
      p(/circumvent\w{0,5}\b/, 0.5),
      p(/not to (appoint|grant|license|sell|enter|engage|provide|collaborate|seek|operate)\b/, 0.5),
      // Exclusive dealing: "shall not enter into any agreement ... with any provider of such services".
      p(/enter into (an?|any) @W{0,2}(agreements?|arrangements?|contracts?|relationships?) ([^\s;]{1,40} ){0,28}with (a|any|another) (other )?(party|provider|competitor|third|person|entity|company|supplier|vendor|distributor)/, 0.6, 1),
      // Covenants phrased with "neither ... nor ... shall": "neither party shall, directly or indirectly, sell ...".
      p(/(neither|nor) ([^\s;]{1,40} ){0,14}(shall|will|may|must),? (directly or indirectly,? |[\w-]{1,20} )?(sell|distribute|market|promote|license|grant|appoint|purchase|procure|buy|enter into|engage|endorse|seek|accept)\b/, 0.6),
      p(/neither…80(shall|will|may)\b/, 0.4),
    ],
    // negative patterns
    [
      // (and a restraint on a party's own business, a non-compete: "shall not operate a coffee business within ten miles")
      p(/(hire|employ~|sue|challenge|contest|disclose|liab(le|ility)|indemnif~)\b|(operat|engag)~…50(an?|any) @W{0,3}business/, 0.5),
      p(/exclusive (remed|liabilit|jurisdiction\b)/, 0.3),
      // An employee's full time is no exclusive dealing: "shall devote full business time and attention".
      p(/devot~…60(time|attention)/, 1.2),
      // nor a licensee's ban on sub-licensing: "The Artist may not sub-license the rights under this clause 5.5, other than"
      p(/not sub-?@L/, 0.6),
    ],
  ),
  rules(
    'agi',
    [
      p(/artificial general intelligence\b/, 1.5),
      pc(/AGI\b/, 1),
      p(/highly autonomous systems?…60outperform/, 1.5),
      p(/outperform humans at most economically valuable work\b/, 1.5),
      // paraphrases: "human-level general intelligence", "artificial superintelligence", "matches or exceeds human
      // performance across most economically valuable work"
      p(/human[\s-]level (artificial |general |machine ){0,2}intelligence\b/, 1.5),
      p(/super-?intelligen(ce|t)\b/, 1.5),
      p(/(match|exceed|outperform|surpass)(es|s|ed|ing)?…40humans?…40(most|all|many) economically valuable (work|tasks|activities)\b/, 1.5),
    ],
    // negative patterns
    [
      p(/adjusted gross income\b/, 3),
      p(/(tax|taxable|taxes|income tax|IRS|internal revenue|form (W-2|1040))\b/, 0.6),
    ],
  ),
  rules(
    'revenue-share',
    [
      p(/royalt(y|ies)\b(?!\s?-?\s?free)/, 1),
      p(/%@R/, 1.2, 1),
      p(/(percent|per cent|one[\s-](third|half|quarter)|half)\b@R/, 1.2, 1),
      p(/(revenue|profit|fee|income)(?<!\b(lower|higher|better|reduced) \w{3,7})s? (shar|split|participation)|sharing percentage\b|percentage share\b|(advertising|transactional|contractual) share\b/, 1.2),
      p(/share (of|in) (the )?(net |gross )?(revenues?|profits?|proceeds|receipts|income)|(share|split|divided)\b[^;]{0,40}([\d*]\s?%|percent)|share (equally )?(all |certain |the )?(revenues?|profits?|proceeds|fees)\b/, 1.2),
      p(/commissions?\b/, 0.8),
      p(/(net|gross|actual) (sales|revenues?|receipts|profits?|proceeds|income)\b|(transaction|advertising|subscription) revenues?\b/, 0.5),
      p(/(profits?|loss(es)?|economic rights)…40(shared|distributed|divided|split|allocated)\b/, 1),
      p(/(shares|options|warrants) (of|to purchase)…40(stock|shares)\b|(common|preferred) stock\b|compensation options\b|(cash and|and\/or) equity\b/, 0.8),
      p(/(pay|paid|remit|receive|retain|entitled|earn|fee)~\b[^;]{0,80}(\bpercent\b|%)/, 0.6),
      p(/\$\s?\d[\d,.]{0,20} (\([^)]{0,40}\) )?per (unit|subscriber|(net )?(tonne|ton)|transaction|sale|lead|click|copy|user|item|product|order|impression|download|member)\b/, 0.8),
      // A fee that varies with the business ("a fee for each Candidate", "$1.00 per tonne", "a fee calculated", "based on",
      // "accrued daily", "a fee of: (i) ... of the Collected Revenue"), not a fixed sum or the Fees as such ("pay the Fees in
      // accordance with Exhibit A", "an arrangement fee of £187,500", "a technology fee of $350 per month"). (A fee of a
      // percentage is the cue above.)
      p(/(pay|paid|remit|retain)~…60fees?\b(?=([^;.]|\.\d){0,60}\b(for each|per (?!month|annum|year)|calculat|based|accru|of:))|fees?…40(shall|will) be (calculated|based|determined)/, 0.5),
      p(/(based on|depends on|calculated (on|by|as))…40(sales|revenues?|number|volume)\b/, 0.5),
    ],
    // negative patterns
    [
      p(/interest (at|rate)\b|late (payment|charge)|per annum\b/, 0.5),
      // (and pay: "a garden leave payment equal to fifty percent (50%) of the Executive's Base Salary")
      p(/(audit~|records|salar(y|ies)|wages|severance|tax~)\b/, 0.5),
      p(/(@L|right) (to|under)\b/, 0.3),
      // An option grant is equity compensation, not a share of revenue: "grant Executive an option to purchase 150,000
      // shares of the Company's common stock ... vesting over four (4) years", "stock options".
      p(/(stock|share) options?\b|options? to (purchase|acquire|subscribe for) ([\w,()-]{1,20} ){0,4}(shares|stock|units)\b|vest(ing\b| (over|monthly|quarterly|annually|in equal)\b)/, 0.5),
      // A tenant's share of the building's costs: "\"Tenant's Share\" means 4.8%", "Tenant's Share of Operating Expenses".
      p(/(tenant|lessee)['’]s (proportionate |pro rata )?share\b|operating (expenses|costs)\b|common areas?\b|(real estate|property) taxes\b/, 0.8),
      // A cap on a price rise: "may increase the Fees ... provided that no increase shall exceed five percent (5%) of the
      // Fees for the preceding year".
      p(/(increase|raise|adjust)~ (the |its |any )?(fees|prices?|charges|rates|rent)\b|increases? (shall|will|may) (not )?exceed\b/, 0.8),
      // A service credit is a remedy for missed service levels, not a share of revenue: "Service credits: 10% of the
      // monthly Fees if availability falls below 99.9%" (not credits deducted from revenue: "Net Revenue means the amounts
      // received less refunds, service credits and taxes"); nor is "shall credit Lab ten percent (10%) of the fees".
      p(/(service|SLA|level) credits?\b(?<!\b(less|net of|minus|excluding|deduct~)[^.;]{0,60})|(shall|will) credit…40(fees|charges)\b/, 1.5),
      // Shares defined or counted are not paid: "\"Equity Securities\" means shares of the Company's preferred stock",
      // "Outstanding: 8,000,000 shares of common stock" (stock given as pay is a revenue-share cue, as in CUAD).
      p(/(means|outstanding:|capitali[sz]ation)[^;]{0,60}(shares|stock)\b/, 0.5),
      // A shortfall against a minimum commitment is paid for a missed minimum, not shared: "a shortfall payment equal to
      // twenty per cent. (20%) of the difference".
      p(/shortfall~/, 0.5),
      // A part of a party's own pay is no share of revenue: "a termination fee equal to fifty percent (50%) of the Base
      // Compensation", "earns fifty percent (50%) of the bonus".
      p(/(?<=(%\)?|per\s?cent\.?) )of @W{0,4}(compensation|bonus(es)?)\b/, 0.8),
    ],
    0.5,
  ),
  rules(
    'effective-date',
    [
      p(/effective date["“”]? (shall )?(means?|is|be|will be)\b/, 1.2),
      p(/\((the |hereinafter (referred to as )?(the )?|herein called the )?["“”]effective date["“”]/, 1.2),
      p(/shall be (the )?["“”]effective date["“”]/, 1.2),
      p(/effective (as (of|from)|on|upon|from|immediately|date)\b/, 0.8),
      // (not of a change, an amendment or a price: "the change shall take effect only when both parties have agreed it")
      p(/(takes?|comes?)(?<!\b(change|variation|modification|increase|decrease|adjustment|price|fee|rate)s?( (to|in|of) (the |any |such )?[\w-]{1,30})? ((shall|will|may|to|only|not|then) ){0,2}\w{4,5}) (into )?(effect|force)\b/, 1),
      p(/(made|entered into|dated)…40(as of|on|this)\b/, 0.8),
      p(/(commence|begin|start)s? (on|as of|upon|from)\b/, 0.9),
      p(/commencement date\b|(enter|entered|enters) into (effect|force)\b/, 1),
      p(/effective (time|date)\b/, 0.5),
      p(/(beginning|commencing|commence|begin|effective|executed|dated) (on |as of |from )?(the )?(@M|@D (day of )?@M)\b|commencing on the date\b|executed…40day of\b/, 0.8),
      p(/@M\b/, 0.2, 2),
      pc(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, 0.2, 2),
    ],
    [
      // a recurring period defined, not the agreement's start: "\"Contract Year\" means each successive period of twelve
      // (12) months starting on the Commencement Date"
      EVERY_PERIOD,
      // when a notice takes effect: "shall be effective upon receipt", "deemed effective on the date of delivery"
      p(/effective (up)?on (the date of )?(its )?(receipt|delivery|dispatch|transmission|sending)\b/, 1),
    ],
    0.5,
  ),
  rules(
    'expiration-date',
    [
      p(/initial (term|period)\b/, 0.6),
      p(/(?<=\b(continue|remain|be|stay) in (full )?)\b(force|effect)\b/, 0.5),
      // (not "without giving effect to conflict of laws principles": to give effect to is to apply; not "shall buy, with
      // effect from Completion, the Sale Shares": a start)
      p(/(continue|extend|expire|terminate|end|run|endure|conclude|effective|valid|force)@T|(?<!\b(giv(e|es|ing|en)|with) )\beffect@T/, 0.6),
      p(/from…50(through|to|until)…30\d{4}\b/, 0.6),
      p(/(expir~|end(ing|s)?|terminat~|conclude) (on|at|upon|as of|automatically|immediately and automatically|\w{1,30}\s{0,3}\(\d{1,4}\) (years?|months?))\b/, 0.6),
      p(/(?<=\b(this|the) (agreement|contract|term|appointment|engagement|@L|promotion|joint venture)…80(shall|will)\s{1,3}(automatically |immediately )?)\b(terminate|expire|end|conclude|endure|lapse|cease)\b/, 0.7),
      p(/(commence|begin|start)s?…120(end(ing)?|expir(e|ing)|terminate|conclude|continue|until|through)\b/, 0.6),
      p(/(term|period|duration|engagement)…60(of|for|be|is) (a period of )?(an? |one |two |three |four |five |six |seven |eight |nine |ten |twenty |thirty )?([\w()-]{1,40} ){0,3}(calendar |contract |consecutive )?(years?|months?)\b|(?<=\b(one|two|three|four|five|ten|\d{1,3})[\s-])\byears? (term|engagement)\b/, 0.7),
      p(/(?<=\bfor\s{1,3}(a|an initial)\s{1,3})\b(period|term) of\b|term of (this|the) (agreement|contract)\b/, 0.6),
      p(/anniversary\b/, 0.4),
      p(/(indefinitely|unlimited period|perpetu(ity|ally|al))\b/, 0.6),
      p(/until…60(terminated|\d{4}|expir~|anniversary|earlier|date|notice)\b/, 0.5),
      p(/@M \d{1,2},?\s{0,3}\d{4}…40(through|to|until)\b|@M\b(?<=\b(through|until|to|ending|on|and)\s(@D\s(day of\s)?)?@M)/, 0.5),
      // An end on a stated date: "expires on 31 March 2029", "shall terminate on December 31, 2030", "the Expiry Date is
      // 30 June 2031" (a date says when, whatever else the sentence says about notice). The date is the cue; the verb
      // before it is looked for only where a date is.
      p(/@M( @D)?,? \d{4}\b(?<=\b(expir~|end(s|ing)?|terminat~|conclude~|lapse~)( on| at| upon| as of| date (is|shall be|will be|means|of))?( the)?( close of business on| end of)? (@D (day of )?)?@M( @D)?,? \d{4})/, 0.6),
      p(/term\b/, 0.2),
    ],
    // negative patterns
    [
      p(/(surviv~|after (the )?(expiration|termination)|upon (the )?(expiration|termination))\b|(expiration|termination) or (expiration|termination) of this agreement shall\b/, 0.5),
      // (a restrictive covenant's period is not the agreement's term: "shall not compete ... for a period of 12 months")
      p(/(confidential~|non-?\s?compet~|compet(e|es|ing|ition)|solicit~|exclusiv~|@L to|option to|royalt~)\b/, 0.4),
      // (English style: "shall not, for a period of three (3) years after Completion, carry on or be engaged in any
      // Restricted Business")
      p(/(carry on|engaged?|concerned|interested) in (any|a) @W{0,3}business\b|restricted (business|period)\b/, 0.4),
      // (a promise not to do something for a while: "shall not, for a period of three (3) years after Completion, ...")
      p(/(shall|will|must|may) not,? (directly or indirectly,? )?(for|during) (a|the) period of\b/, 0.5),
      p(/(notice|breach|default|insolven~|bankrupt~|change of control)\b/, 0.2),
      // (a period after the term is not the term: "during the Term and for a period of twelve (12) months thereafter")
      // (a recurring period defined: "\"Quarter\" means each period of three (3) months ending on 31 March, …")
      EVERY_PERIOD,
      p(/(during|throughout) (the|its) term\b|during or after\b|(?<=\bor\s)\bthereafter\b|thereafter\b(?<=\b(and|or)\s{1,3}for\b[^;]{0,71})/, 0.5),
      // a scope, not a term: "The rights granted under this Section do not extend to any Affiliate of Licensee"
      p(/extend to (any|an?|the)\b(?<=\bnot\s{1,10}extend\s{1,10}to\s{1,10}(any|an?|the))/, 0.6),
    ],
    0.6,
  ),
  rules(
    'renewal-term',
    [
      p(/(automatically|auto|thereafter) (be )?(renew|extend|continu)~/, 1),
      // (not a mention of the renewal term (`@Q`): "the Base Rent for each year of the Renewal Term shall be increased by
      // three percent (3%)", "may increase the Fees for any Renewal Term" are about the rent, the fees)
      p(/renew(al|als|ed|s|able)?\b(?<!@Q)/, 0.8),
      // (not a defined recurring period: "\"Contract Year\" means each successive period of twelve (12) months")
      p(/successive\b(?<!\bmeans? (each|every|any) successive)|(year to year|month to month)\b/, 0.7),
      p(/(extend~|extension)\b/, 0.3),
      p(/(extend~|extension)…60(term|agreement|contract|period|years?|months?)\b/, 0.5),
      p(/(option|right|elect) to (renew|extend|continue)\b/, 0.6),
      p(/(additional|further|subsequent|extension|renewal(?<!@Q)) (([\w()-]{1,40} ){0,3})(terms?|periods?|years?)\b/, 0.5),
    ],
    // negative patterns
    [
      p(/renew~…40(patent|registration|insurance|polic|permit|@L fee|maintenance|subscription)/, 0.5),
      p(/extend~…30(credit|payment|deadline|time for|warranty|period for (payment|cure))/, 0.4),
      // a renewal as a point in time ("shall not apply to an existing Subscription before its next renewal"), or a
      // delay for a further period ("shall delay the publication for an additional period of not more than sixty days")
      p(/(?<=\b(before|until|at|from) (its|the|each) )\b(next|following) renewal\b|(delay|postpone|defer)~…40(additional|further) period/, 0.5),
      // a reference to the renewal clause: "shall then expire on … unless renewed under clause 3.2"
      p(/unless (it is |earlier )?(renewed|extended) (under|in accordance with|pursuant to|as provided in) (clause|section|article)\b/, 0.5),      // a renewal still to be agreed: "shall negotiate exclusively with Company for a renewal", "If the Parties do not sign
      // a renewal during the Negotiation Period"
      p(/(negotiat~|sign|execut~|enter~ into|agree~ (on|to|upon))…60\b(a|any) (renewal|extension)\b/, 1),
    ],
    0.5,
  ),
  rules(
    'notice-period',
    [
      p(/notice…100(not to (renew|extend)|non-?\s?renewal|will not be (renewed|extended)|elect~ not to (renew|extend)|intent~ not to)/, 1.2),
      // (a notice: not "shall continue until May 31, 2029, unless terminated earlier", the initial term)
      p(/(renew|extend|continu)~…220(unless|until|provided)…140(notice|notif~)\b/, 1.1),
      p(/(notice|notif~)…140(prior to|before|in advance of|preceding) (the )?(end|expir~|conclusion|last day) of\b/, 0.8),
      p(/(renew|extend|extension|successive|month to month|year to year)~/, 0.5),
      p(/(notice|notif~|terminat~|not to (renew|extend)|prior to the (end|expir~))\b/, 0.5),
    ],
    // negative patterns
    [
      // an end date's proviso: "means August 31, 2036, unless sooner terminated or extended"
      p(/(terminat|renew|extend)ed or …8(terminat|renew|extend)ed/, 0.5),
      // a notice of a change: "may update the End User Licence on not less than thirty (30) days' written notice"
      p(/(may|shall) (update|vary|amend|modify|change|increase)\b/, 0.5),
    ],
    0.9,
  ),
  rules(
    'license-grant',
    [
      p(/(grant~|@Ls?)…200(@L|sub-?@L)\b/, 1.2, 1),
      // A grant of licences in the plural: "grants only the licenses expressly stated", "grants all licenses".
      p(/grants? ([^\s;.]{1,40} ){0,4}(sub-?)?@Ls\b/, 1.2, 1),
      // Passive grant: "the Software is licensed to Customer".
      p(/@Ld to\b/, 0.5),
      // The performative of a grant: "Licensor hereby grants to Licensee ..." (not enough alone: "hereby grants the
      // Executive an option to purchase 50,000 shares", "hereby grants the Lender a security interest").
      p(/hereby grants?\b/, 0.3),
      p(/grant~…200rights?\b/, 0.8),
      p(/(@L|rights?) (and @L )?(to|under|in)\b/, 0.4),
      // "a ... license, under the Patents" / "license of such rights" / "under a worldwide license".
      p(/@L,? (of|for|under|during|within|throughout)\b|under (a|an|the) ([\w-]{1,40},? ){0,4}@L\b/, 0.4),
      // An option to take a licence: "option to obtain a license", "option ... to negotiate for a license".
      p(/(option|right) to (obtain|acquire|purchase|receive|take) (a|an) ([\w-]{1,40},? ){0,3}@L\b|negotiate (with [\w-]{1,40} )?(for |in good faith )?(a|an) ([\w-]{1,40},? ){0,4}@L\b/, 0.5),
      p(/(right|authori[sz]~|permi~|@Ld) to (use|make|sell|resell|reproduce|distribute|practice|display|copy|market|promote|frame|access|develop|detail|exploit|publish|perform|manufacture|import|commerciali[sz]e|create|link|install|modify|broadcast|telecast|exhibit|print|record|revise|transmit|incorporate|advertise|@L|sub-?@L)\b/, 0.6),
      // (an agent to hold or act, not to sell: "may appoint an escrow agent to hold the Source Code"; in its sentence:
      // "appoint an independent accountant to audit … Net Receipts. The Reseller shall bear the cost" appoints no reseller)
      p(/appoint~([^;.]|\.(?! (The|This|Each|If)\b)){0,120}\b(distributor|reseller|agent(?<!\b(escrow|paying|process|security|facility|collateral|transfer|settlement) agent)|dealer|representative|licensee)\b/, 0.8),
      p(/(use|using) (of )?(the|its|such|any|their) @V{0,3}(marks?|trademarks?|names?|logos?|software|intellectual property|content|technology|identification|materials|brand)\b/, 0.5),
      p(/(sub-?licens~|licensee|licensor|licensed)\b/, 0.3),
      // The field or territory limits of a licence: "outside of the Field", "outside the Licensed Territory".
      p(/outside (of )?(the )?@W{0,2}(field|territory)\b/, 0.3),
      p(/(may|authori[sz]es?|allows?|permits?|agrees? to allow) @V{0,3}(to )?(use|co-brand|display|reproduce|exploit|create|distribute)\b/, 0.5),
      p(/(shall|will|may) have (a|an|the) @W{0,3}(right and @L|@L) to\b/, 0.4),
      p(/(@Ls?|rights?|intellectual property) granted\b|use right\b|rights? of utili[sz]ation\b/, 0.6),
    ],
    // negative patterns
    [
      p(/(consideration|exchange) (for|of) (the )?@W{0,3}(@Ls?|rights?) granted\b/, 0.6),
      // A restriction on the licensee passing rights on, not a grant: "may not permit any third party to use".
      p(/(may|shall|will) not (grant|permit|allow|authori[sz]e) (any|a|to any) (third part|sub-?licen|other|person|entity)/, 0.6),
      // The scope of a licence granted elsewhere: "the rights granted ... do not include / shall not extend to".
      p(/(@Ls?|rights?) granted ([^\s.;]{1,40} ){0,14}(do|does|shall|will) not (include|extend|apply)\b/, 1.5),
      // A right or option to buy shares is no licence: "hereby grants Investor the right to purchase its pro rata share of
      // any New Securities", "an option to purchase 50,000 shares of Common Stock".
      p(/(options?|warrants?|rights?) to (purchase|acquire|subscribe for|buy)…40(shares|stock|securities|units)\b|(stock|share) options?\b/, 1.2),
      // An agent to act in law, not to sell: "irrevocably appoints the Agent as its attorney", "appoints ... as its agent
      // for service of process", "the Security Agent".
      p(/attorneys?(-in-fact)?\b|(escrow|paying|process|security|facility|collateral) agent\b|agent for (the )?(service|receipt) of\b/, 0.5),
      // The use of marks mentioned, not permitted: "all goodwill arising from the Distributor's use of the Trade Marks shall
      // accrue to the Supplier", "Upon termination, Franchisee shall immediately cease using the Marks".
      p(/goodwill…80(inure|enure|accrue)~|(cease|discontinue|stop)~ (all )?(use|using|to use)\b/, 0.4),
      // A right to use that ends, not one granted: "On termination or expiration, Customer's right to access the Service
      // ends" (not "the right to use the Software until this Agreement terminates").
      p(/(right|@L)s? to (use|access) ((?!(until|unless|if|when|upon|on|after|before|following)\b)[^\s;.]{1,40} ){0,5}(ends|terminates|ceases|expires|(shall|will) (automatically |immediately |forthwith )?(terminate|cease|end|expire))\b/, 0.8),
      // A denial of any licence is no grant: "Nothing in this Agreement grants the Receiving Party any license or other
      // right under any patent ..., except the limited right to use Confidential Information for the Purpose", "This
      // Agreement does not confer any right". (Not after or before a grant: "Licensor hereby grants ... Nothing in this
      // Agreement grants any right in the source code".)
      // Who may use, defined, not a grant: `"Authorized User" means an employee of Customer whom Customer permits to access
      // and use the Service`.
      p(/(means|shall mean)…100(whom|who|which|that) @W{0,3}(permits?|authori[sz]es?|allows?)\b/, 1.2),
      p(/(nothing|agreement|herein)(?<!\bgrant~[^]{0,400})( (contained )?(in|herein)| (does|shall|will) not) @W{0,6}(grant|confer|convey)~…80(@L|rights?)\b(?![^]{0,400}\bhereby grant)/, 3),
    ],
    0.5,
  ),
  rules(
    'perpetual-license',
    [
      // (not "an irrevocable letter of credit", guarantee, undertaking...)
      p(/(perpetu(al(ly)?|ity)|irrevocable)\b(?! (letter|guarant|undertak|instruct|proxy|power))/, 0.6),
      // of a licence or a right: alone, "irrevocable" is an irrevocable option, offer, commitment or appointment
      p(/(@L[sd]?|rights?)\b/, 0.6),
    ],
    [], // no negative patterns
    0.65,
  ),
  rules(
    'termination-for-convenience',
    [
      p(/(terminat|cancel|revoke|withdraw|discontinu)~…180(notice|notif~)\b/, 0.7),
      p(/(notice|notif~)…140(terminat|cancel)~/, 0.5),
      p(/(?<=\bwithout\s{1,3}(the payment of )?(any )?)\b(cause|penalty)\b|(?<=\bfor\s{1,3}(any|no|any or no)\s{1,3})\breason\b|(?<=\bfor\s{1,3})\bconvenience\b|(?<=\b(sole|absolute)\s{1,3})\bdiscretion\b|unilaterally\b|(?<=\bwith no\s{1,3})\b(penalty|further obligation)\b|(?<=\bat\s{1,3}any\s{1,3})\btime\b/, 0.5),
      p(/(days|months?|weeks|years?)['’]?\s{0,3}\)? (prior |advance )?(written )?(notice|notification)\b/, 0.4),
      p(/notice (period|in writing)\b/, 0.2),
      p(/(may|can|right to|entitled to|option to|desires to|wishing to|decides to) (unilaterally )?(be )?(terminate|cancel)~/, 0.3),
    ],
    // negative patterns
    [
      p(/(breach~|default|insolven~|bankrupt~|liquidat~|receivers?|winding[- ]up|challeng~|contest~|fail(s|ure)? to|for cause|cure period|change (of|in) control|comes? under|falls? under|force majeure)\b/, 0.6),
      // the events listed after it, in sub-clauses of their own: "may terminate this agreement with immediate effect by
      // written notice if:" (a limb that lists none stays convenience: "(i) upon thirty (30) days prior written notice, or
      // (ii) immediately … if: (a) …")
      p(/(notice|terminat~)…40if\s?:\s?$/, 0.6),
      // A condition that is not met by a long stop date: "If the Conditions have not been satisfied (or waived) on or
      // before the Long Stop Date, the Buyer may terminate this agreement by notice"
      p(/not (been |be )?(satisfied|fulfilled)\b|long[\s-]?stop date\b/, 0.8),
      // (and an evergreen term: "shall continue for successive periods of two (2) years unless either party gives six (6)
      // months' written notice to terminate it at the end of the Initial Period")
      p(/(not to renew|non-?\s?renewal|automatically (be )?(renew|extend)~|for successive)\b/, 0.4),
      p(/upon (termination|expiration)\b/, 0.4),
      p(/(merger|consolidation|acquisition|insurance|coverage|inspect~|audit~|books of account)\b/, 0.6),
      // A right conditioned on an event, not convenience: "may terminate ... by giving thirty (30) days' notice if the
      // Supplier undergoes a change of control", "may terminate this Agreement in the event of a material breach" (a
      // limb after "or" / "(ii)" is another right: "upon notice, or immediately if ... insolvent" stays convenience).
      // The event is the anchor; what comes before it is looked for only there.
      p(/@E\b(?<=\b(notice|notif~|terminat~|cancel~)\b( (?!or\b|and\b)[^\s;:()]{1,40}){0,6} @I( (?!or\b|and\b)[^\s;:()]{1,40}){0,5} @E)/, 0.6),
      // The condition before the right: "If the Supplier undergoes a Change of Control, the Customer may terminate".
      p(/(?<=\b@I( [^\s;:()]{1,40}){0,5} )\b@E…80(may|shall be entitled to|shall have the right to|is entitled to|has the right to) ([\w-]{1,20} ){0,2}(terminat|cancel)~/, 0.6),      // A defined event as the condition: "Upon a Morals Event, Company may ... terminate", "following a Trigger Event".
      p(/(upon|following|after) (an?|any|the|such) @W{1,3}events?\b/, 1),
    ],
    0.55,
  ),
  rules(
    'change-of-control',
    [
      p(/change (of|in) (the )?(control|ownership|management)\b|(control|ownership) change\b/, 1.2),
      p(/change in (the )?(organization|ownership|management|control)\b|controlling interest\b/, 1),
      // "any change, transfer or conveyance in the ownership of Developer", "change in the management, ownership or control of".
      p(/change\w{0,2},? ([^\s;.]{1,40} ){0,12}(ownership|control) of\b/, 0.8),
      // The owners' stake in a party (franchise and distribution drafting): "their interest in you / in Franchisee".
      p(/(interests?|shares|stock|equity) in (you|franchisee|developer|licensee|distributor|the company|such party)\b/, 0.5),
      // Control passing to someone else: "controlled by any other person", "the Party whose control has changed".
      p(/controlled by (any )?(other|another|a third|any third|a competitor)\b|control (has |have )?(changed|changes)\b|(come|came|fall|fell)~ under (the )?@W?control of\b/, 0.6),
      // Exit transactions that are changes of control by another name.
      p(/(liquidity event|divest~)\b/, 0.3),
      // A sale of a party's business: "in connection with any sale or transfer of a Parent business".
      p(/(sale|transfer|disposition|divestiture) of (a|the|its|such|all or (part|substantially all) of (its|the)) @W{0,2}business\b/, 0.5),
      p(/(merge[rsd]?|consolidat~|reorgani[sz]~|amalgamat~)\b/, 0.7),
      p(/(sale|transfer|acquisition|disposition) of (all or )?(substantially all|a majority|the majority|more than (fifty|50))\b/, 0.8),
      // (not enough alone: "Buyer wishes to purchase from Seller substantially all of the assets used in the Business",
      // an asset purchase's own subject; but "if all or substantially all of the assets of a party are transferred")
      p(/substantially all of (its|the)\b/, 0.4),
      p(/substantially all of (its|the)…60(are|is|be|been) (transferred|sold|acquired|liquidated|disposed)\b/, 0.4),
      p(/operation of law\b/, 0.3),
      p(/(acqui(red|sition|res?|rer)|successor|divest~|liquidity event)\b/, 0.4),
      p(/(acquired by|acquirer|acquisition of @V{0,3}(shares|stock|assets|control|business|company))\b/, 0.5),
      // (not "the prior written consent of both Founder Shareholders": their approval is no change of owners)
      p(/(?<!consent of @W{0,3})\b(ownership interest|owners|shareholders?|stockholders?|voting (stock|securities|power|trust)|interests? in (you|franchisee|the company))\b/, 0.3),
      p(/controll?(ed|ing)?\b/, 0.3),
      // "persons acting in concert gain control of the Borrower" (not of a defence, a claim, data, "any Customer systems",
      // premises: things, not a party; "acquires" is above)
      p(/(gain|obtain)~,?( (in)?direct(ly)?,?| or| effective){0,3} control of(?! @V{0,3}(defen|claim|data|system|premis|equipm|network|site|facilit))|acting in concert\b/, 0.8),
      p(/(assign|transfer)~…120(consent|approval)\b/, 0.2, 1),
      // A consent requirement however far from the verb ("may not assign, transfer, pledge ... without the prior written consent").
      p(/without (the )?@V{0,4}(consent|approval)\b/, 0.2, 1),
    ],
    // negative patterns
    [
      // Definitions of "Affiliate" / "control" are not change-of-control provisions.
      p(/affiliates?["”]? (means?|shall mean)\b|under common control with\b/, 0.5),
      // An anti-assignment clause whose only merger content is the usual carve-out ("... without the prior written
      // consent of the other party; provided that either party may assign to a successor by merger") is an
      // anti-assignment clause, not a right triggered by a change of control. So is one that excepts it: "Neither party may
      // assign this Agreement without the other party's prior written consent, except to an Affiliate or in a change of
      // control" (not "except for an assignment to a successor organization that is solely the result of a name change").
      p(/without (the )?@W{0,4}consent\b[^.]{0,300}\b(may|permitted to|right to) @W{0,3}(assign|transfer)\w{0,5}\b[^.;]{0,220}\b(successor|surviving|purchaser|acquir\w{0,5}|merge\w{0,3}|merger)/, 2.5),
      p(/without (the )?@V{0,4}consent\b[^.]{0,300}\bexcept\b[^.;]{0,120}\b(change (of|in) (the )?control|merger|acquir~)/, 2.5),
    ],
    0.5,
  ),
  rules(
    'governing-law',
    [
      p(/governed…60(by|in accordance with|according to|under|pursuant to)\b/, 1.2),
      p(/(construed|interpreted|enforced|governed|construction|validity|interpretation)…80(in accordance with|under|according to|by) the (substantive |internal |applicable )?(laws?|legislation|regulations)\b/, 1),
      p(/governing law\b|conflicts? of laws?\b|choice of law\b/, 1),
      // "is subject to New York law", "determined under English law" (a named law: not "subject to applicable law")
      pc(/(subject|governed|construed|interpreted|determined|enforced)…80(to|under|by|with) ([A-Z][a-z]{1,30} ){1,3}law\b/, 1.2),
      p(/(laws?|legislation|regulations) of (the )?(state|commonwealth|province|republic|people['’]s republic|[A-Z][a-z]{1,40})\b/, 0.5),
      p(/(law|legislation)…60shall (apply|govern|control)\b/, 0.8),
      p(/arbitrat~…120(rules|association|chamber|in [A-Z])/, 0.5),
    ],
    // negative patterns
    [
      // A party's corporate status, not a choice of law: "duly organized, validly existing and in good standing under the
      // laws of the State of Delaware".
      p(/(organi[sz]ed|incorporated|existing|standing|registered)…60under the laws\b/, 0.5),
    ],
    0.5,
  ),
  rules(
    'first-refusal',
    [
      p(/rights? of (first )?(refusal|offer|negotiation)\b|first (right|option) (of|to)\b|first opportunity\b|ROF[ORN]\b|first(?<!\b(were|was|been|when) first) (make an )?offer(s|ed|ing)?\b/, 1.5),
      p(/(right|option) to match\b|match (such|the|any) (offer|terms|proposal)/, 1.2),
      p(/(bona fide|@P['’]?s?|competing|superior|matching) (\w{1,40} )?(offer|proposal|bid)s?\b/, 0.8),
      p(/(option|right)s?…80to (purchase|acquire|buy|obtain|negotiate|license|repurchase)\b/, 0.7),
      p(/(put|call) (option|right|notice|shares|price|closing)\b|option (exercise|period|price|shares|notice|expiration)\b/, 0.8),
      // Offer mechanics: "notify us of any changes in the terms of an offer".
      p(/terms of (an|the|such|any) @W?offer\b/, 0.5),
      p(/negotiat~…80(exclusively|in good faith)\b|exclusive(ly)? negotiat|negotiation period\b|rights? of negotiation\b/, 0.35),
      // Exclusive negotiation (a right of first negotiation): "negotiate exclusively with", "exclusive negotiation period".
      p(/negotiat~ exclusively\b|exclusive(ly)? negotiat/, 0.2),
      // An option granted to a party: "an exclusive option", "hereby grants ... an option".
      p(/(exclusive|irrevocable) option\b|grants? ([^\s;.]{1,40} ){0,12}option\b/, 0.6),
      // Offers from others barred for a while, a first negotiation: "will not propose, solicit or negotiate offers from
      // entities other than Sponsor for any sponsorships ... until ninety days prior to the expiration of the term".
      // (the negation is looked for last, only where the rest matches)
      p(/(solicit|negotiat|entertain|invit|accept)~…40(offers?|proposals?|bids?) from…40(other than|except)\b(?<=@N[^;]{0,200})/, 0.5),
      // A first look before the owner deals with others: "prior to commencing any negotiations with a third party".
      p(/(prior to|before) (commencing|entering into|initiating|engaging in|starting|conducting) (any )?(negotiations?|discussions?)\b/, 0.6),
      // The holder's decision window: "to determine whether it wishes to ...".
      p(/(determine|decide) (whether|if) (or not )?[\w-]{1,40} (wish|desire|want|elect|intend)(s|es)? to\b/, 0.5),
      // The negotiation lapses: "fail to reach an agreement within such period".
      p(/(unable to|fail(s|ed|ure)? to|cannot|can not|does not|did not) (reach|enter into|agree|negotiate|conclude|execute) ([^\s.;]{1,40} ){0,18}(within|period)\b/, 0.4),
      // A step-in option: "shall have the right, but not the obligation, to purchase / to assume prosecution".
      p(/(right|option),? but not the (obligation|duty)\b/, 0.3),
      p(/(exercis~|declines? to exercise|elects? not to exercise)…60(option|right|ROF[ORN])/, 0.7),
      p(/(offer|notice|notify)…120(before|prior to)…80third part/, 0.7),
      p(/same (economic )?(terms|price)\b|(?<=\bon\s)\bterms no less favou?rable\b/, 0.6),
      p(/(?<=\b(shall|will)\s{1,3}(then )?be\s{1,3})\bfree to\b|(?<=\bmay\s{1,3})\bthereafter\b/, 0.6),
      p(/(proposes?|intends?|desires?|determines?) to (sell|transfer|dispose|issue|seek|solicit)\b/, 0.6),
      p(/(elects?|agrees?) to (purchase|acquire|participate)\b|acceptance notice\b/, 0.5),
      p(/third part(y|ies)\b/, 0.2),
      p(/(notice of interest|offer(ing)? notice|sale notice|transfer notice|option exercise notice|exercise notice|acceptance notice|rights notice|proposal notice)\b/, 0.6),
      p(/(declines?|rejects?|fails? to (timely )?(respond|exercise|deliver|accept|notify|provide)|waived? its rights?|decides? (not to|to abandon)|elects? (not to|to abandon))\b/, 0.3),
      // An opportunity offered to the holder first: "an opportunity to take over", "present such opportunity to".
      p(/opportunity to (take over|assume|purchase|acquire|negotiate|match|bid|make an offer)\b|(present|offer|refer)\w{0,3} (such|the|any|each|this) @W?opportunit(y|ies) to\b/, 0.5),
      p(/(proposed (transfer|sale|transferee|purchaser|joint venture|issuance|transaction)|proposing to (sell|transfer))\b/, 0.5),
      p(/(options?|exercis~)\b/, 0.25),
      p(/first (right|option|consideration|opportunity|contact)\b|free to (sell|offer|develop|negotiate|enter|approach|obtain|present|dispose|exploit|license)\b/, 0.4),
      p(/(election|disposition|expansion|offer|offering|sale|transfer|negotiation|evaluation) (notice|deadline|period)\b|financing election\b/, 0.4),
      p(/(enter into negotiations|negotiate with|offers? from|approach other parties)\b/, 0.3),
    ],
    // negative patterns
    [
      p(/(@L to use|royalty-free|confidential~)\b/, 0.4),
      // Who acts first against infringers or on the patents: "the first right to bring proceedings against an infringer",
      // "the first right, but not the obligation, to prosecute and maintain the Licensed Patents".
      p(/first right,?( but not the obligation,)? to (bring|commence|institute|enforce|prosecute|defend|control|sue|take (legal )?action)\b/, 1.6),
      // Licence boilerplate, not the exercise of an option: "to exercise its rights and perform its obligations".
      // An option to extend or renew the term is a renewal: "grants Tenant one (1) option to extend the Term", "exercise the
      // renewal option".
      p(/exercise (its|their|such party['’]s) rights (and|or) (to )?perform\b|(renew|exten)~ option|option to (extend|renew)/, 0.7),
      // An option over shares granted as pay or as an investment is equity, not a first refusal: "grants the Executive an
      // option to purchase 50,000 shares ... at an exercise price of $2.00 per share, vesting in four equal annual
      // installments", "a stock option under the 2020 Stock Option Plan", "a warrant to purchase". (A first refusal over
      // offered shares names no number of them, no exercise price and no vesting.)
      p(/@S/, 1.2),
      p(/(stock|share|equity) options?\b|(option|incentive) plan\b|warrants? (to (purchase|acquire|subscribe)|exercisable)\b/, 0.7),
      p(/(exercise|strike) price\b|(vest(s|ed|ing)?|unvested)\b(?! in\b)|grant date\b|date of grant\b/, 0.7),
      p(/grant~ (to )?(the )?(executive|employee|consultant|director|officer|optionee|participant)s? (an? |the )?options?\b/, 0.7),
      // A failed negotiation that goes to a dispute-resolution mechanism is not a first-refusal right.
      p(/(arbitrat\w{0,10}|mediat(e|ion|or)s?|disputes?)\b/, 0.3),
      // A definition is no right ("\"Seller\" means a Shareholder proposing to transfer Shares"); nor is a tag-along, where the
      // buyer must offer to buy the others' shares too ("... unless the buyer offers to buy all of the other Shareholders'
      // Shares at the same price").
      p(/means?\b(?<=["”]( shall)? means?)/, 0.5),
      p(/(tag|drag)(-| )along\b|offers? to (buy|purchase|acquire) all (of )?(the )?(other )?(shareholders|stockholders|members|holders)\b/, 1),
      // Terms compared with those of every other customer are a most-favoured clause, not a first refusal: "on terms no
      // less favourable than those granted to any other licensee".
      // A representation that no such right exists: "no person has any right of first refusal, preemptive right or similar
      // right", "not subject to any right of first refusal". A most-favoured clause ("If Provider offers ... the same
      // terms") is none either.
      p(/rights? of first(?<=\b(no @W{1,2}(has|have|holds?)|not subject to|free (and clear )?of) (any )?rights? of first)|most favou?red\b/, 1.5),
      p(/favou?rab~…80(any|all) (other|existing) (licensee|customer|distributor|reseller|purchaser|buyer|client|user|supplier)s?\b|(any|all) (other|existing) (licensee|customer|distributor|reseller|purchaser|buyer|client|user)s?…80favou?rab~/, 0.6),
      // An option to buy at a price the agreement sets is a plain (call) option, not a right to match or be offered first:
      // "Tenant shall have an irrevocable option to purchase the Property at the Purchase Price during the Option Period",
      // "an option to buy the Equipment for $1.00". (Not at fair market value or a reasonable price, as in CUAD's options,
      // nor where an offer, a proposed sale or a third party is near: "at the purchase price stated in the Offer Notice".)
      p(/(?<!\b(offer|third part|propos|bona fide|first refusal|same)[^;]{0,200})\boptions? ([^\s;.]{1,40} ){0,8}to (purchase|buy|acquire) ([^\s;.]{1,40} ){0,10}(at|for) (the (option |agreed |fixed )?(purchase|option|exercise|strike) price\b|(a )?(purchase )?price of (US)?[$£€]|(US)?[$£€]\s?\d)(?![^;]{0,200}\b(offer|third part|propos|bona fide|first refusal|same (terms|price)))/, 2.5),
    ],
    0.4,
  ),
  rules(
    'most-favored-nation',
    [
      p(/most favou?red\b/, 1.5),
      p(/(?<=\b(no|not)\s{1,3})\bless favou?rable than\b/, 1.2),
      p(/(?<=\b(more|better)\s{1,3})\bfavou?rable (terms|prices?|pricing|rates?|conditions)\b/, 0.8),
      p(/(any other (customer|licensee|distributor|purchaser)|third part(y|ies)|similarly situated)\b/, 0.3),
      p(/(least as favou?rable|more favou?rable)…80(any other|third part|other customers?|other licensees?)/, 1.2),
      // The comparison first: "shall not offer ... to any other distributor on terms more favourable than those offered
      // to Distributor", "grants any other licensee a lower royalty rate", "supplies similar products to any other customer
      // at a price lower than the Price".
      p(/(terms|prices?|pricing|rates?|conditions|royalt(y|ies)) (and conditions )?(that are )?(more|better) favou?rable than\b|(lower|better|reduced|prices?|pricing|rates?|royalt(y|ies)|fees?) ((?<=(lower|better|reduced)\s{1,10})(terms|prices?|pricing|rates?|royalt(y|ies)|fees?)|(lower|less) than)\b(?<=\b(any other|other|@P['’]?s?) (licensees?|customers?|distributors?|resellers?|purchasers?)\b[^;]{0,100})/, 0.8),
    ],
    [], // no negative patterns
  ),
  rules(
    'non-compete',
    [
      p(/non-?\s?compet/, 1.2),
      // "shall not, during the Term and for a period of twenty-four (24) months thereafter, manufacture, distribute or
      // sell any product that competes with the Products", "neither party shall ... compete", "undertakes not to compete".
      // (the negation is looked for last, only where the rest matches: "comp" starts many words)
      p(/compet(e|es|ing|itive|ition)\b(?<=@N[^;]{0,172})/, 1.2),
      p(/engage in…60compet~/, 0.6),
      // A restraint on carrying on a business without the word "compete": "shall not ... own, manage, operate or be
      // employed by any business", "neither party shall ... develop any offshore wind project", "shall not be engaged,
      // concerned or interested in any Restricted Business", "engage in, own, manage or provide services to any business".
      // (the negation is looked for last, only where the rest matches)
      p(/(engag~|participat~|carry on|concerned|interested|employed|owns?|operat~|manag~|develop~|conduct~|invest~|provid~ services)( in| by| to)? (any|the|a|an) ([\w-]{1,30} ){0,4}(business|projects?|enterprise|venture)\b(?<=@N[^;]{0,300})/, 0.6),
      // "shall not, directly or indirectly," / "neither party shall, directly or indirectly,"
      p(/(?<=\b(not|neither…40(shall|will|may)),?\s{1,3}(either\s{1,3})?)\bdirectly or indirectly\b/, 0.4),
      // A restraint that outlasts the relationship: "for a period of two years after the Closing", "during the twelve
      // months following termination".
      p(/(after|following) (the )?(closing|completion|termination|expiry|expiration|cessation|end|date of termination)\b(?<=\b(for a period of|during|within)\b[^;]{0,80})/, 0.4),
      // The restricted business, area or period, and the joint-venture channel: "in any Restricted Business within the
      // Restricted Area", "any business similar to that of the Company", "other than through the JV Company", a radius
      // ("within ten (10) miles of the Premises"), "any business other than the Café".
      p(/restricted (business|area|territory|activit(y|ies))\b|(same|similar|competing|rival) business\b|business (that is |which is )?(similar|identical|other) (to|than)\b|within…30(mile|kilomet)|(other than|except) (through|via) (the )?([\w-]{1,30} ){0,2}(JV|joint venture|venture|partnership)\b/, 0.6),
    ],
    [], // no negative patterns
  ),
  rules(
    'anti-assignment',
    [
      p(/assign\w{0,6}…140(without (the )?(prior )?(express )?(written )?consent|prior (express )?written consent)/, 1.2),
      p(/assign(ed|ment)?…100(without the (prior )?(written )?consent|with the prior written consent)/, 1.2),
      // a ban without a consent: "The Artist may not assign this agreement or any of her rights under it"
      p(/not assign (this|the) (agreement|contract)\b/, 1.2),
    ],
    [], // no negative patterns
  ),
  rules(
    'ip-ownership',
    [
      p(/right,? title and interest\b/, 0.8),
      // (needs an IP-like object below: not "premises shall be owned by")
      // "shall (be and remain) the sole and exclusive property", "vest", "belongs to", "are owned by" (present tense too;
      // not in a relative clause: "the IPR that are owned by the Licensor" is what some other clause speaks of)
      p(/(shall|will) own\b|(?<!\b(that|which) )\b(vest|belong)s?\b|(?<=(?<!\b(that|which) )\b(is|are|be|becomes?|remains?)( and remain)? (~ly )?)\b(the (~ ){0,3}(property|owner)|owned by)\b/, 0.7),
      p(/hereby (irrevocably )?assigns?\b/, 0.8),
      OWNS_IP,
      p(/(intellectual property|@K|IPRs?|know-how)\b/, 0.4),
      p(/work (made )?for hire\b/, 1),
    ],
    [], // no negative patterns
  ),
  rules(
    'minimum-commitment',
    [
      p(/minimum (annual |quarterly |monthly |yearly |aggregate |total |net ){0,2}(purchase|order|volume|quantit|commitment|spend|revenue|sales|royalt|payment|fee|subscription|licen[cs]e fee|usage)/, 1.2),
      // Take or pay: "which is payable whether or not Customer uses the Service", "on a take-or-pay basis".
      p(/payable whether or not\b|take[\s-]or[\s-]pay\b/, 1),
      // "a minimum aggregate value of", "minimum annual amount" (not a bare "minimum amount": of insurance, of notice)
      p(/minimum (annual |quarterly |monthly |yearly )?(aggregate|total|annual|quarterly|monthly|yearly) ([\w-]{1,20} )?(value|amount)\b/, 1.2),
      // A quantity however far from the verb: "shall purchase from Supplier Products having an aggregate net invoice
      // value of not less than EUR 3,000,000"; not a price ("purchase price of not less than"), not "all (but not less
      // than all) of the shares", not a time ("order not less than sixty (60) days before delivery").
      p(/(purchases?|orders?|buy|spend|procure)\b(?! price)[^;]{0,120} (?<=\b(at|not?|a) )(least|less than|minimum of)\b(?! all\b| ([\w()-]{1,20} ){0,3}(business |calendar )?(days?|weeks?|months?|hours?)\b)/, 1),
    ],
    // negative patterns
    [
      // Insurance a party must buy: "shall purchase and maintain insurance of not less than USD 2,000,000".
      p(/(insurance|insured|insurer)\b/, 0.6),
    ],
  ),
  rules(
    'liability-cap',
    [
      p(/liabilit(y|ies)…160(shall not exceed|not to exceed|exceed|limited to|in excess of|capped)/, 1.2),
      p(/(cap|maximum|aggregate) (on )?(total )?liabilit(y|ies)\b/, 1),
      p(/(?<=\bin no\s)\bevent…100liab~/, 0.6),
      // "shall not be liable for more than $1", "in no event ... liable for any amount in excess of" (negated only)
      p(/liable\b(?<=\b(not|no event…60|neither…60) (be )?liable)…60(more than|in excess of|exceed~)\b/, 1.2),
      // "is limited up to a maximum of £2,000,000", "liable up to an aggregate maximum of the Fees" (a sum of money: not
      // "a maximum of 100 users")
      p(/liab~…80to (an? |the )?(\w{1,9} )?(maximum|total|aggregate) (\w{1,9} )?of ([£$€]|(USD|GBP|EUR)\b|([\w()-]{1,20} ){0,3}(fees|charges|price|pounds|dollars|euros)\b)/, 1.2),
    ],
    [], // no negative patterns
  ),
  rules(
    'cloud-provider',
    [
      p(/cloud (provider|services?|computing|infrastructure|platform|capacity)\b/, 1.2),
      p(/(hosting|compute|computing) (provider|services?|capacity|infrastructure)\b/, 1),
      p(/(azure|amazon web services|aws|google cloud)\b/, 0.6),
      p(/data cent(er|re)s?\b/, 0.5),
    ],
    [], // no negative patterns
  ),
  rules(
    'equity',
    [
      p(/equity (stake|interest|ownership|securities|investment)\b/, 1.2),
      p(/(shares|units) of (the )?@V{0,3}(common|preferred|capital)?\s{0,3}(stock|shares|units)\b/, 1),
      // The stake in an LLC or a partnership: "shall hold fifty percent (50%) ... of the membership interests", "Class A
      // Units" (half a cue: "distributed pro rata to their membership interests", "may not transfer its membership
      // interests" are about something else). "partnership" is looked for only where "interests" / "units" is ("part"
      // starts many words).
      p(/(membership|LLC|member|class [a-z]|limited (liability company|partnership)) (interests?|units)\b|(interests?|units)\b(?<=\bpartnership (interests?|units))/, 0.5),
      p(/(common|preferred|capital|restricted) stock\b/, 1),
      p(/(ownership|equity) (interest|stake)\b|stake in\b/, 1),
      p(/warrants? to (purchase|acquire)\b/, 1),
      // An option over shares granted as pay or investment: "an option to purchase 50,000 shares", "stock options".
      p(/@S|(stock|share) options?\b/, 1),
      // A stake as a share of the capital: "the Sale Shares, representing seventy-five per cent. (75%) of the issued share
      // capital of the Company", "the Shares will represent 19.9% of the Fully Diluted Shares" (not "more than 50% of the
      // outstanding voting securities")
      p(/represent~…40(%|cent\.?)\)? of …30(issued|outstanding|fully diluted)…20(capital|shares|stock)/, 1),
      // "holds approximately 27% of the outstanding shares", "owns 27 percent of", "shall hold fifty percent (50%)", "held
      // as to 60 per cent. by", "60% of the Shares shall be held by" (in words as in figures, not "hold less than fifty
      // percent": a threshold)
      p(/(holds?|owns?|held|owned|holding|owning) ((approximately|about|not less than|no less than|at least|an aggregate of|an?|as to) )?(\d{1,3}(\.\d{1,4})?\s?(%|percent\b|per cent\b)|(?!(less|more|fewer|greater) )([a-z]{1,20}[\s-]){1,3}(percent|per cent)\b)|(held|owned) by\b(?<=(%|cent)\)? of @W{0,3}(shares|stock|units) ((shall|will) be|is|are) \w~ by)/, 1),
    ],
    [], // no negative patterns
  ),
];
