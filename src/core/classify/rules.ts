import type { BuiltinClauseTypeId } from '../types';

/**
 * Cue rules of the built-in clause types, as data.
 *
 * Each type has:
 * - `pos`: weighted cue patterns; each pattern counts once, and its first match becomes a cue;
 * - `neg`: weighted negative patterns that subtract from the score (e.g. "non-exclusive",
 *   "sole and exclusive remedy");
 * - `threshold`: the score needed to assign the type (default 1).
 *
 * Every regex is precompiled here, case-insensitive, and safe against catastrophic backtracking:
 * no nested unbounded quantifiers; gaps between words are bounded (`[^;]{0,80}`).
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

const p = (re: RegExp, w: number, group?: number): Pattern => (group === undefined ? { re, w } : { re, w, group });

export const RULES: readonly TypeRules[] = [
  {
    id: 'exclusivity',
    pos: [
      // "exclusive" that is not "non-exclusive" and not an exclusive remedy / jurisdiction / owner.
      p(/(?<!\bnon-?\s?)\bexclusiv(?:e|ely|ity)\b(?!\s{1,10}(?:remed|liabilit|jurisdiction|venue|forum|courts?\b|property\s{1,10}of|owner|of\b|and\s{1,10}(?:sole\s{1,10})?remed))/i, 1),
      p(/(?<!\bnon-?\s?)\bexclusive\s{1,10}(?:right|distributor|dealer|agent|reseller|supplier|provider|partner|manufacturer|source|basis|relationship|arrangement|representative|licen[cs]e|marketing|sales|distribution|sponsor)/i, 0.5),
      p(/(?<=\b(?:become|converted\s{1,10}to|shall\s{1,10}be|are|is)\s{1,10}(?:a\s{1,10})?)\bnon-?\s?exclusive\b/i, 1),
      p(/\bsole(?:ly)?\s{1,10}(?:right|source|supplier|provider|distributor|from|through|responsibility)\b/i, 1),
      p(/\bonly\s{1,10}(?:distributor|supplier|provider|reseller|source|sponsor|licensee|vendor)\b/i, 1),
      p(/\b(?:all|one\s{1,10}hundred\s{1,10}percent)\s{1,10}(?:\(100%\)\s{1,10})?of\s{1,10}(?:its|their|the|[a-z]{1,40}['’]s)\s{1,10}(?:[a-z-]{1,40}\s{1,10}){0,3}requirements\b/i, 1.2),
      p(/(?<=\b(?:shall|will|may|must|agrees?)\s{1,3})\bnot\b[^;]{0,160}\b(?:any\s{1,10}other|anyone\s{1,10}other|other\s{1,10}than|third[\s-]part(?:y|ies)|another|additional|any\s{1,10}provider|any\s{1,10}(?:media\s{1,10})?vendor|same\s{1,10}or\s{1,10}similar|any\s{1,10}(?:other\s{1,10})?(?:company|person|entity|party)\b)/i, 0.6, 1),
      // The same covenant after an enumerator: "agrees (A) not to enter into ... with any other vendor".
      p(/\bnot\s{1,10}to\s{1,10}(?:[^\s;]{1,40}\s{1,10}){0,14}(?:any\s{1,10}other|anyone\s{1,10}other|other\s{1,10}than|third[\s-]part(?:y|ies)|another|others|any\s{1,10}(?:media\s{1,10})?(?:vendor|provider|supplier|distributor|competitor|company|person|entity|party)\b)/i, 0.6, 1),
      p(/(?<=\b(?:shall|will|may|must|agrees?|agreement)\s{1,3})\bnot\b[^;]{0,60}\b(?:sell|distribute|market|promote|license|grant|appoint|enter\s{1,10}into|engage|collaborate|endorse|purchase|procure|order|buy|represent|accept|place|establish|provide|enable|operate|appear|drive|bear|use|seek)\b/i, 0.5),
      // "will not ... grant others the right to operate in the area".
      p(/\bgrant\s{1,10}(?:to\s{1,10})?(?:any\s{1,10})?others\b/i, 0.6, 1),
      // Non-circumvention: "will not circumvent the other party by dealing directly with third parties".
      p(/\bcircumvent\w{0,5}\b/i, 0.5),
      p(/\bnot\s{1,10}to\s{1,10}(?:appoint|grant|license|sell|enter|engage|provide|collaborate|seek|operate)\b/i, 0.5),
      // Exclusive dealing: "shall not enter into any agreement ... with any provider of such services".
      p(/\benter\s{1,10}into\s{1,10}(?:an?|any)\s{1,10}(?:[\w-]{1,40}\s{1,10}){0,2}(?:agreements?|arrangements?|contracts?|relationships?)\s{1,10}(?:[^\s;]{1,40}\s{1,10}){0,28}with\s{1,10}(?:a|any|another)\s{1,10}(?:other\s{1,10})?(?:party|provider|competitor|third|person|entity|company|supplier|vendor|distributor)/i, 0.6, 1),
      // Covenants phrased with "neither ... nor ... shall": "neither party shall, directly or indirectly, sell ...".
      p(/\b(?:neither|nor)\s{1,10}(?:[^\s;]{1,40}\s{1,10}){0,14}(?:shall|will|may|must),?\s{1,10}(?:directly\s{1,10}or\s{1,10}indirectly,?\s{1,10}|[\w-]{1,20}\s{1,10})?(?:sell|distribute|market|promote|license|grant|appoint|purchase|procure|buy|enter\s{1,10}into|engage|endorse|seek|accept)\b/i, 0.6),
      p(/\bneither\b[^;]{0,80}\b(?:shall|will|may)\b/i, 0.4),
    ],
    neg: [
      p(/\b(?:hire|employ\w{0,30}|sue|challenge|contest|disclose|liable|liability|indemnif\w{0,30})\b/i, 0.5),
      p(/\bexclusive\s{1,10}(?:remed|liabilit)|\bexclusive\s{1,10}jurisdiction\b/i, 0.3),
    ],
  },
  {
    id: 'agi',
    pos: [
      p(/\bartificial\s{1,10}general\s{1,10}intelligence\b/i, 1.5),
      p(/\bAGI\b/, 1),
      p(/\bhighly\s{1,10}autonomous\s{1,10}systems?\b[^;]{0,60}\boutperform/i, 1.5),
      p(/\boutperform\s{1,10}humans\s{1,10}at\s{1,10}most\s{1,10}economically\s{1,10}valuable\s{1,10}work\b/i, 1.5),
    ],
    neg: [
      p(/\badjusted\s{1,10}gross\s{1,10}income\b/i, 3),
      p(/\b(?:tax|taxable|taxes|income\s{1,10}tax|IRS|internal\s{1,10}revenue|form\s{1,10}(?:W-2|1040))\b/i, 0.6),
    ],
  },
  {
    id: 'revenue-share',
    pos: [
      p(/\broyalt(?:y|ies)\b(?!\s?-?\s?free)/i, 1),
      p(/%[^;]{0,60}\bof\s{1,10}(?:all\s{1,10}|the\s{1,10}|such\s{1,10}|its\s{1,10}|any\s{1,10}|each\s{1,10})?(?:[\w'’-]{1,40}\s{1,10}){0,4}(?:net\s{1,10}|gross\s{1,10})?(?:revenues?|sales?|profits?|receipts|proceeds|income|margin|billings|price|amounts?|fees?|value|purchase\s{1,10}price|collections|subscription)\b/i, 1.2, 1),
      p(/\b(?:percent|per\s{1,10}cent|one[\s-](?:third|half|quarter)|half)\b[^;]{0,60}\bof\s{1,10}(?:all\s{1,10}|the\s{1,10}|such\s{1,10}|its\s{1,10}|any\s{1,10}|each\s{1,10})?(?:[\w'’-]{1,40}\s{1,10}){0,4}(?:net\s{1,10}|gross\s{1,10})?(?:revenues?|sales?|profits?|receipts|proceeds|income|margin|billings|price|amounts?|fees?|value|purchase\s{1,10}price|collections|subscription)\b/i, 1.2, 1),
      p(/\b(?:revenue|profit|fee|income)s?\s{1,10}(?:shar|split|participation)|\bsharing\s{1,10}percentage\b|\bpercentage\s{1,10}share\b|\b(?:advertising|transactional|contractual|revenue|profit)\s{1,10}share\b/i, 1.2),
      p(/\bshare\s{1,10}(?:of|in)\s{1,10}(?:the\s{1,10})?(?:net\s{1,10}|gross\s{1,10})?(?:revenues?|profits?|proceeds|receipts|income)|\b(?:share|split|divided)\b[^;]{0,40}(?:\d\s?%|\*\s?%|percent)|\bshare\s{1,10}(?:equally\s{1,10})?(?:all\s{1,10}|certain\s{1,10}|the\s{1,10})?(?:revenues?|profits?|proceeds|fees)\b/i, 1.2),
      p(/\bcommissions?\b/i, 0.8),
      p(/\b(?:net|gross|actual)\s{1,10}(?:sales|revenues?|receipts|profits?|proceeds|income)\b|\b(?:transaction|advertising|subscription)\s{1,10}revenues?\b/i, 0.5),
      p(/\b(?:profits?|loss(?:es)?|economic\s{1,10}rights)\b[^;]{0,40}\b(?:shared|distributed|divided|split|allocated)\b/i, 1),
      p(/\b(?:shares|options|warrants)\s{1,10}(?:of|to\s{1,10}purchase)\b[^;]{0,40}\b(?:stock|shares)\b|\b(?:common|preferred)\s{1,10}stock\b|\bcompensation\s{1,10}options\b|\b(?:cash\s{1,10}and|and\/or)\s{1,10}equity\b/i, 0.8),
      p(/\b(?:pay|paid|payable|remit|receive|retain|entitled|earn|fee)\w{0,30}\b[^;]{0,80}(?:\bpercent\b|%)/i, 0.6),
      p(/\$\s?\d[\d,.]{0,20}\s{1,10}(?:\([^)]{0,40}\)\s{1,10})?per\s{1,10}(?:unit|subscriber|(?:net\s{1,10})?(?:tonne|ton)|transaction|sale|lead|click|copy|user|item|product|order|impression|download|member)\b/i, 0.8),
      p(/\b(?:pay|paid|payable|remit|retain)\w{0,30}\b[^;]{0,60}\bfees?\b|\bfees?\b[^;]{0,40}\b(?:shall|will)\s{1,10}be\s{1,10}(?:calculated|paid|payable)/i, 0.5),
      p(/\b(?:based\s{1,10}on|depends\s{1,10}on|calculated\s{1,10}(?:on|by|as))\b[^;]{0,40}\b(?:sales|revenues?|number|volume)\b/i, 0.5),
    ],
    neg: [
      p(/\binterest\s{1,10}(?:at|rate)\b|\blate\s{1,10}(?:payment|charge)|\bper\s{1,10}annum\b/i, 0.5),
      p(/\b(?:audit\w{0,30}|books\s{1,10}and\s{1,10}records|records)\b/i, 0.5),
      p(/\b(?:licen[cs]e|right)\s{1,10}(?:to|under)\b/i, 0.3),
    ],
    threshold: 0.5,
  },
  {
    id: 'effective-date',
    pos: [
      p(/\beffective\s{1,10}date["“”]?\s{1,10}(?:shall\s{1,10})?(?:means?|is|be|will\s{1,10}be)\b/i, 1.2),
      p(/\((?:the\s{1,10}|hereinafter\s{1,10}(?:referred\s{1,10}to\s{1,10}as\s{1,10})?(?:the\s{1,10})?|herein\s{1,10}called\s{1,10}the\s{1,10})?["“”]effective\s{1,10}date["“”]/i, 1.2),
      p(/\bshall\s{1,10}be\s{1,10}(?:the\s{1,10})?["“”]effective\s{1,10}date["“”]/i, 1.2),
      p(/\beffective\s{1,10}(?:as\s{1,10}(?:of|from)|on|upon|from|immediately|date)\b/i, 0.8),
      p(/\b(?:take|takes|come|comes)\s{1,10}(?:into\s{1,10})?(?:effect|force)\b/i, 1),
      p(/\b(?:made|entered\s{1,10}into|dated)\b[^;]{0,40}\b(?:as\s{1,10}of|on|this)\b/i, 0.8),
      p(/\b(?:commence|begin|start)s?\s{1,10}(?:on|as\s{1,10}of|upon|from)\b/i, 0.9),
      p(/\bcommencement\s{1,10}date\b|\b(?:enter|entered|enters)\s{1,10}into\s{1,10}(?:effect|force)\b/i, 1),
      p(/\beffective\s{1,10}(?:time|date)\b/i, 0.5),
      p(/\b(?:beginning|commencing|commence|begin|effective|executed|dated)\s{1,10}(?:on\s{1,10}|as\s{1,10}of\s{1,10}|from\s{1,10})?(?:the\s{1,10})?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{1,2}(?:st|nd|rd|th)?\s{1,10}(?:day\s{1,10}of\s{1,10})?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b|\bcommencing\s{1,10}on\s{1,10}the\s{1,10}date\b|\bexecuted\b[^;]{0,40}\bday\s{1,10}of\b/i, 0.8),
      p(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i, 0.2, 2),
      p(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, 0.2, 2),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'expiration-date',
    pos: [
      p(/\binitial\s{1,10}(?:term|period)\b/i, 0.6),
      p(/(?<=\b(?:continue|remain|be|stay)\s{1,10}in\s{1,10}(?:full\s{1,10})?)\b(?:force|effect)\b/i, 0.5),
      // (not "without giving effect to conflict of laws principles": to give effect to is to apply)
      p(/\b(?:continue|extend|expire|terminate|end|run|endure|conclude|effective|valid|force)\s{1,10}(?:for|until|through|till|to|unless|from|beginning|commencing)\b|(?<!\bgiv(?:e|es|ing|en)\s{1,10})\beffect\s{1,10}(?:for|until|through|till|to|unless|from|beginning|commencing)\b/i, 0.6),
      p(/\bfrom\b[^;]{0,50}\b(?:through|to|until)\b[^;]{0,30}\b\d{4}\b/i, 0.6),
      p(/\b(?:expir\w{0,30}|end|ending|ends|terminat\w{0,30}|conclude)\s{1,10}(?:on|at|upon|as\s{1,10}of|at\s{1,10}the\s{1,10}end\s{1,10}of|automatically|immediately\s{1,10}and\s{1,10}automatically|\w{1,30}\s{0,3}\(\d{1,4}\)\s{1,10}(?:years?|months?))\b/i, 0.6),
      p(/(?<=\b(?:this|the)\s{1,10}(?:agreement|contract|term|appointment|engagement|licen[cs]e|promotion|joint\s{1,10}venture)\b[^;]{0,80}\b(?:shall|will)\s{1,3}(?:automatically\s{1,10}|immediately\s{1,10})?)\b(?:terminate|expire|end|conclude|endure|lapse|cease)\b/i, 0.7),
      p(/\b(?:commence|begin|start)s?\b[^;]{0,120}\b(?:end|ending|expire|expiring|terminate|conclude|continue|until|through)\b/i, 0.6),
      p(/\b(?:term|period|duration|engagement)\b[^;]{0,60}\b(?:of|for|be|is)\s{1,10}(?:a\s{1,10}period\s{1,10}of\s{1,10})?(?:an?\s{1,10}|one\s{1,10}|two\s{1,10}|three\s{1,10}|four\s{1,10}|five\s{1,10}|six\s{1,10}|seven\s{1,10}|eight\s{1,10}|nine\s{1,10}|ten\s{1,10}|twenty\s{1,10}|thirty\s{1,10})?(?:[\w()-]{1,40}\s{1,10}){0,3}(?:calendar\s{1,10}|contract\s{1,10}|consecutive\s{1,10})?(?:years?|months?)\b|(?<=\b(?:one|two|three|four|five|ten|\d{1,3})[\s-])\byears?\s{1,10}(?:term|engagement)\b/i, 0.7),
      p(/(?<=\bfor\s{1,3}(?:a|an\s{1,10}initial)\s{1,3})\b(?:period|term)\s{1,10}of\b|\bterm\s{1,10}of\s{1,10}(?:this|the)\s{1,10}(?:agreement|contract)\b/i, 0.6),
      p(/\banniversary\b/i, 0.4),
      p(/\b(?:indefinitely|unlimited\s{1,10}period|perpetuity|perpetual|perpetually)\b/i, 0.6),
      p(/\buntil\b[^;]{0,60}\b(?:terminated|\d{4}|expir\w{0,30}|anniversary|earlier|date|notice)\b/i, 0.5),
      p(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,10}\d{1,2},?\s{0,3}\d{4}\b[^;]{0,40}\b(?:through|to|until)\b|(?<=\b(?:through|until|to|ending|on|and)\s)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i, 0.5),
      p(/\bterm\b/i, 0.2),
    ],
    neg: [
      p(/\b(?:surviv\w{0,30}|after\s{1,10}(?:the\s{1,10})?(?:expiration|termination)|upon\s{1,10}(?:the\s{1,10})?(?:expiration|termination))\b|\b(?:expiration|termination)\s{1,10}or\s{1,10}(?:expiration|termination)\s{1,10}of\s{1,10}this\s{1,10}agreement\s{1,10}shall\b/i, 0.5),
      p(/\b(?:confidential\w{0,30}|non-?\s?compet\w{0,30}|exclusiv\w{0,30}|licen[cs]e\s{1,10}to|option\s{1,10}to|royalt\w{0,30})\b/i, 0.4),
      p(/\b(?:notice|breach|default|insolven\w{0,30}|bankrupt\w{0,30}|change\s{1,10}of\s{1,10}control)\b/i, 0.2),
      p(/\b(?:during|throughout)\s{1,10}(?:the|its)\s{1,10}term\b|\bduring\s{1,10}or\s{1,10}after\b|(?<=\bor\s)\bthereafter\b/i, 0.5),
    ],
    threshold: 0.6,
  },
  {
    id: 'renewal-term',
    pos: [
      p(/\b(?:automatically|auto|thereafter)\s{1,10}(?:be\s{1,10})?(?:renew|extend|continu)\w{0,30}/i, 1),
      p(/\brenew(?:al|als|ed|s|able)?\b/i, 0.8),
      p(/\bsuccessive\b|\b(?:year\s{1,10}to\s{1,10}year|month\s{1,10}to\s{1,10}month)\b/i, 0.7),
      p(/\b(?:extend\w{0,30}|extension)\b/i, 0.3),
      p(/\b(?:extend\w{0,30}|extension)\b[^;]{0,60}\b(?:term|agreement|contract|period|years?|months?)\b/i, 0.5),
      p(/\b(?:option|right|elect)\s{1,10}to\s{1,10}(?:renew|extend|continue)\b/i, 0.6),
      p(/\b(?:additional|further|subsequent|extension|renewal)\s{1,10}(?:(?:[\w()-]{1,40}\s{1,10}){0,3})(?:terms?|periods?|years?)\b/i, 0.5),
    ],
    neg: [
      p(/\brenew\w{0,30}\b[^;]{0,40}\b(?:patent|registration|insurance|polic|permit|licen[cs]e\s{1,10}fee|maintenance|subscription)/i, 0.5),
      p(/\bextend\w{0,30}\b[^;]{0,30}\b(?:credit|payment|deadline|time\s{1,10}for|warranty|period\s{1,10}for\s{1,10}(?:payment|cure))/i, 0.4),
    ],
    threshold: 0.5,
  },
  {
    id: 'notice-period',
    pos: [
      p(/\bnotice\b[^;]{0,100}\b(?:not\s{1,10}to\s{1,10}(?:renew|extend)|non-?\s?renewal|will\s{1,10}not\s{1,10}be\s{1,10}(?:renewed|extended)|elect\w{0,30}\s{1,10}not\s{1,10}to\s{1,10}(?:renew|extend)|intent\w{0,30}\s{1,10}not\s{1,10}to)/i, 1.2),
      p(/\b(?:renew|extend|continu)\w{0,30}\b[^;]{0,220}\b(?:unless|until|provided)\b[^;]{0,140}\b(?:notice|notif\w{0,30}|terminat\w{0,30})\b/i, 1.1),
      p(/\b(?:notice|notif\w{0,30})\b[^;]{0,140}\b(?:prior\s{1,10}to|before|in\s{1,10}advance\s{1,10}of|preceding)\s{1,10}(?:the\s{1,10})?(?:end|expir\w{0,30}|conclusion|last\s{1,10}day)\s{1,10}of\b/i, 0.8),
      p(/\b(?:renew|extend|extension|successive|month\s{1,10}to\s{1,10}month|year\s{1,10}to\s{1,10}year)\w{0,30}/i, 0.5),
      p(/\b(?:notice|notify|notif\w{0,30}|terminat\w{0,30}|not\s{1,10}to\s{1,10}(?:renew|extend)|prior\s{1,10}to\s{1,10}the\s{1,10}(?:end|expir\w{0,30}))\b/i, 0.5),
    ],
    neg: [],
    threshold: 0.9,
  },
  {
    id: 'license-grant',
    pos: [
      p(/\b(?:grant\w{0,30}|licen[cs]es?)\b[^;]{0,200}\b(?:licen[cs]e|sub-?licen[cs]e)\b/i, 1.2, 1),
      // A grant of licences in the plural: "grants only the licenses expressly stated", "grants all licenses".
      p(/\bgrants?\s{1,10}(?:[^\s;.]{1,40}\s{1,10}){0,4}(?:sub-?)?licen[cs]es\b/i, 1.2, 1),
      // Passive grant: "the Software is licensed to Customer".
      p(/\blicen[cs]ed\s{1,10}to\b/i, 0.5),
      // The performative of a grant: "Licensor hereby grants to Licensee ...".
      p(/\bhereby\s{1,10}grants?\b/i, 0.5),
      p(/\bgrant\w{0,30}\b[^;]{0,200}\brights?\b/i, 0.8),
      p(/\b(?:licen[cs]e|rights?)\s{1,10}(?:and\s{1,10}licen[cs]e\s{1,10})?(?:to|under|in)\b/i, 0.4),
      // "a ... license, under the Patents" / "license of such rights" / "under a worldwide license".
      p(/\blicen[cs]e,?\s{1,10}(?:of|for|under|during|within|throughout)\b|\bunder\s{1,10}(?:a|an|the)\s{1,10}(?:[\w-]{1,40},?\s{1,10}){0,4}licen[cs]e\b/i, 0.4),
      // An option to take a licence: "option to obtain a license", "option ... to negotiate for a license".
      p(/\b(?:option|right)\s{1,10}to\s{1,10}(?:obtain|acquire|purchase|receive|take)\s{1,10}(?:a|an)\s{1,10}(?:[\w-]{1,40},?\s{1,10}){0,3}licen[cs]e\b|\bnegotiate\s{1,10}(?:with\s{1,10}[\w-]{1,40}\s{1,10})?(?:for\s{1,10}|in\s{1,10}good\s{1,10}faith\s{1,10})?(?:a|an)\s{1,10}(?:[\w-]{1,40},?\s{1,10}){0,4}licen[cs]e\b/i, 0.5),
      p(/\b(?:right|authori[sz]\w{0,30}|permi\w{0,30}|licen[cs]ed)\s{1,10}to\s{1,10}(?:use|make|sell|resell|reproduce|distribute|practice|display|copy|market|promote|frame|access|develop|detail|exploit|publish|perform|manufacture|import|commerciali[sz]e|create|link|install|modify|broadcast|telecast|exhibit|print|record|revise|transmit|incorporate|advertise|licen[cs]e|sub-?licen[cs]e)\b/i, 0.6),
      p(/\bappoint\w{0,30}\b[^;]{0,120}\b(?:distributor|reseller|agent|dealer|representative|licensee)\b/i, 0.8),
      p(/\b(?:use|using)\s{1,10}(?:of\s{1,10})?(?:the|its|such|any|their)\s{1,10}(?:[\w'’-]{1,40}\s{1,10}){0,3}(?:marks?|trademarks?|names?|logos?|software|intellectual\s{1,10}property|content|technology|identification|materials|brand)\b/i, 0.5),
      p(/\b(?:sub-?licens\w{0,30}|licensee|licensor|licensed)\b/i, 0.3),
      // The field or territory limits of a licence: "outside of the Field", "outside the Licensed Territory".
      p(/\boutside\s{1,10}(?:of\s{1,10})?(?:the\s{1,10})?(?:[\w-]{1,40}\s{1,10}){0,2}(?:field|territory)\b/i, 0.3),
      p(/\b(?:may|authori[sz]es?|allows?|permits?|agrees?\s{1,10}to\s{1,10}allow)\s{1,10}(?:[\w'’-]{1,40}\s{1,10}){0,3}(?:to\s{1,10})?(?:use|co-brand|display|reproduce|exploit|create|distribute)\b/i, 0.5),
      p(/\b(?:shall|will|may)\s{1,10}have\s{1,10}(?:a|an|the)\s{1,10}(?:[\w-]{1,40}\s{1,10}){0,3}(?:right\s{1,10}and\s{1,10}licen[cs]e|licen[cs]e)\s{1,10}to\b/i, 0.4),
      p(/\b(?:licen[cs]es?|rights?|intellectual\s{1,10}property)\s{1,10}granted\b|\buse\s{1,10}right\b|\brights?\s{1,10}of\s{1,10}utili[sz]ation\b/i, 0.6),
    ],
    neg: [
      p(/\b(?:consideration|exchange)\s{1,10}(?:for|of)\s{1,10}(?:the\s{1,10})?(?:[\w-]{1,40}\s{1,10}){0,3}(?:licen[cs]es?|rights?)\s{1,10}granted\b/i, 0.6),
      // A restriction on the licensee passing rights on, not a grant: "may not permit any third party to use".
      p(/\b(?:may|shall|will)\s{1,10}not\s{1,10}(?:grant|permit|allow|authori[sz]e)\s{1,10}(?:any|a|to\s{1,10}any)\s{1,10}(?:third\s{1,10}part|sub-?licen|other|person|entity)/i, 0.6),
      // The scope of a licence granted elsewhere: "the rights granted ... do not include / shall not extend to".
      p(/\b(?:licen[cs]es?|rights?)\s{1,10}granted\s{1,10}(?:[^\s.;]{1,40}\s{1,10}){0,14}(?:do|does|shall|will)\s{1,10}not\s{1,10}(?:include|extend|apply)\b/i, 1.5),
    ],
    threshold: 0.5,
  },
  {
    id: 'perpetual-license',
    pos: [
      p(/\b(?:perpetual|perpetually|perpetuity|irrevocable)\b/i, 1),
      p(/\b(?:licen[cs]e|right)\b/i, 0.2),
    ],
    neg: [],
    threshold: 0.6,
  },
  {
    id: 'termination-for-convenience',
    pos: [
      p(/\b(?:terminat|cancel|revoke|withdraw|discontinu)\w{0,30}\b[^;]{0,180}\b(?:notice|notif\w{0,30})\b/i, 0.7),
      p(/\b(?:notice|notif\w{0,30})\b[^;]{0,140}\b(?:terminat|cancel)\w{0,30}/i, 0.5),
      p(/(?<=\bwithout\s{1,3}(?:the\s{1,10}payment\s{1,10}of\s{1,10})?(?:any\s{1,10})?)\b(?:cause|penalty)\b|(?<=\bfor\s{1,3}(?:any|no|any\s{1,10}or\s{1,10}no)\s{1,3})\breason\b|(?<=\bfor\s{1,3})\bconvenience\b|(?<=\b(?:sole|absolute)\s{1,3})\bdiscretion\b|\bunilaterally\b|(?<=\bwith\s{1,10}no\s{1,3})\b(?:penalty|further\s{1,10}obligation)\b|(?<=\bat\s{1,3}any\s{1,3})\btime\b/i, 0.5),
      p(/\b(?:days|months?|weeks|years?)['’]?\s{0,3}\)?\s{1,10}(?:prior\s{1,10}|advance\s{1,10}|written\s{1,10}|prior\s{1,10}written\s{1,10}|advance\s{1,10}written\s{1,10})?(?:notice|notification)\b/i, 0.4),
      p(/\bnotice\s{1,10}(?:period|in\s{1,10}writing)\b/i, 0.2),
      p(/\b(?:may|can|right\s{1,10}to|entitled\s{1,10}to|option\s{1,10}to|desires\s{1,10}to|wishing\s{1,10}to|decides\s{1,10}to)\s{1,10}(?:unilaterally\s{1,10})?(?:be\s{1,10})?(?:terminate|cancel)\w{0,30}/i, 0.3),
    ],
    neg: [
      p(/\b(?:breach|default|insolven\w{0,30}|bankrupt\w{0,30}|fails?\s{1,10}to|failure\s{1,10}to|material(?:ly)?\s{1,10}(?:breach|default)|for\s{1,10}cause|cure\s{1,10}period|change\s{1,10}of\s{1,10}control|force\s{1,10}majeure)\b/i, 0.6),
      p(/\b(?:not\s{1,10}to\s{1,10}renew|non-?\s?renewal|automatically\s{1,10}(?:be\s{1,10})?(?:renew|extend)\w{0,30})\b/i, 0.4),
      p(/\bupon\s{1,10}(?:termination|expiration)\b/i, 0.4),
      p(/\b(?:merger|consolidation|acquisition|insurance|coverage|inspect\w{0,30}|audit\w{0,30}|books\s{1,10}of\s{1,10}account)\b/i, 0.6),
    ],
    threshold: 0.55,
  },
  {
    id: 'change-of-control',
    pos: [
      p(/\bchange\s{1,10}(?:of|in)\s{1,10}(?:the\s{1,10})?(?:control|ownership|management)\b|\b(?:control|ownership)\s{1,10}change\b/i, 1.2),
      p(/\bchange\s{1,10}in\s{1,10}(?:the\s{1,10})?(?:organization|ownership|management|control)\b|\bcontrolling\s{1,10}interest\b/i, 1),
      // "any change, transfer or conveyance in the ownership of Developer", "change in the management, ownership or control of".
      p(/\bchange\w{0,2},?\s{1,10}(?:[^\s;.]{1,40}\s{1,10}){0,12}(?:ownership|control)\s{1,10}of\b/i, 0.8),
      // The owners' stake in a party (franchise and distribution drafting): "their interest in you / in Franchisee".
      p(/\b(?:interests?|shares|stock|equity)\s{1,10}in\s{1,10}(?:you|franchisee|developer|licensee|distributor|the\s{1,10}company|such\s{1,10}party)\b/i, 0.5),
      // Control passing to someone else: "controlled by any other person", "the Party whose control has changed".
      p(/\bcontrolled\s{1,10}by\s{1,10}(?:any\s{1,10})?(?:other|another|a\s{1,10}third|any\s{1,10}third|a\s{1,10}competitor)\b|\bcontrol\s{1,10}(?:has\s{1,10}|have\s{1,10})?(?:changed|changes)\b/i, 0.6),
      // Exit transactions that are changes of control by another name.
      p(/\b(?:liquidity\s{1,10}event|divest\w{0,30})\b/i, 0.3),
      // A sale of a party's business: "in connection with any sale or transfer of a Parent business".
      p(/\b(?:sale|transfer|disposition|divestiture)\s{1,10}of\s{1,10}(?:a|the|its|such|all\s{1,10}or\s{1,10}(?:part|substantially\s{1,10}all)\s{1,10}of\s{1,10}(?:its|the))\s{1,10}(?:[\w-]{1,40}\s{1,10}){0,2}business\b/i, 0.5),
      p(/\b(?:merger|merges?|merged|consolidat\w{0,30}|reorgani[sz]\w{0,30}|amalgamat\w{0,30})\b/i, 0.7),
      p(/\b(?:sale|transfer|acquisition|disposition)\s{1,10}of\s{1,10}(?:all\s{1,10}or\s{1,10})?(?:substantially\s{1,10}all|a\s{1,10}majority|the\s{1,10}majority|more\s{1,10}than\s{1,10}(?:fifty|50))\b|\bsubstantially\s{1,10}all\s{1,10}of\s{1,10}(?:its|the)\b/i, 0.8),
      p(/\boperation\s{1,10}of\s{1,10}law\b/i, 0.3),
      p(/\b(?:acqui(?:red|sition|res?|rer)|successor|divest\w{0,30}|liquidity\s{1,10}event)\b/i, 0.4),
      p(/\b(?:acquired\s{1,10}by|acquirer|acquisition\s{1,10}of\s{1,10}(?:[\w'’-]{1,40}\s{1,10}){0,3}(?:shares|stock|assets|control|business|company))\b/i, 0.5),
      p(/\b(?:ownership\s{1,10}interest|owners|shareholders?|stockholders?|voting\s{1,10}(?:stock|securities|power|trust)|interests?\s{1,10}in\s{1,10}(?:you|franchisee|the\s{1,10}company))\b/i, 0.3),
      p(/\bcontroll?(?:ed|ing)?\b|\bcontrol\s{1,10}has\s{1,10}changed\b/i, 0.3),
      p(/\b(?:assign|transfer)\w{0,30}\b[^;]{0,120}\b(?:consent|approval)\b/i, 0.2, 1),
      // A consent requirement however far from the verb ("may not assign, transfer, pledge ... without the prior written consent").
      p(/\bwithout\s{1,10}(?:the\s{1,10})?(?:[\w'’-]{1,40}\s{1,10}){0,4}(?:consent|approval)\b/i, 0.2, 1),
    ],
    neg: [
      // Definitions of "Affiliate" / "control" are not change-of-control provisions.
      p(/\baffiliates?["”]?\s{1,10}(?:means?|shall\s{1,10}mean)\b|\bunder\s{1,10}common\s{1,10}control\s{1,10}with\b/i, 0.5),
      // An anti-assignment clause whose only merger content is the usual carve-out ("... without the prior written
      // consent of the other party; provided that either party may assign to a successor by merger") is an
      // anti-assignment clause, not a right triggered by a change of control.
      p(/\bwithout\s{1,10}(?:the\s{1,10})?(?:[\w-]{1,40}\s{1,10}){0,4}consent\b[^.]{0,300}\b(?:may|permitted\s{1,10}to|right\s{1,10}to)\s{1,10}(?:[\w-]{1,40}\s{1,10}){0,3}(?:assign|transfer)\w{0,5}\b[^.;]{0,220}\b(?:successor|surviving|purchaser|acquir\w{0,5}|merge\w{0,3}|merger)/i, 2.5),
    ],
    threshold: 0.5,
  },
  {
    id: 'governing-law',
    pos: [
      p(/\bgoverned\b[^;]{0,60}\b(?:by|in\s{1,10}accordance\s{1,10}with|according\s{1,10}to|under|pursuant\s{1,10}to)\b/i, 1.2),
      p(/\b(?:construed|interpreted|enforced|governed|construction|validity|interpretation)\b[^;]{0,80}\b(?:in\s{1,10}accordance\s{1,10}with|under|according\s{1,10}to|by)\s{1,10}the\s{1,10}(?:substantive\s{1,10}|internal\s{1,10}|applicable\s{1,10})?(?:laws?|legislation|regulations)\b/i, 1),
      p(/\bgoverning\s{1,10}law\b|\bconflicts?\s{1,10}of\s{1,10}laws?\b|\bchoice\s{1,10}of\s{1,10}law\b/i, 1),
      p(/\b(?:laws?|legislation|regulations)\s{1,10}of\s{1,10}(?:the\s{1,10})?(?:state|commonwealth|province|republic|people['’]s\s{1,10}republic|[A-Z][a-z]{1,40})\b/i, 0.5),
      p(/\b(?:law|legislation)\b[^;]{0,60}\bshall\s{1,10}(?:apply|govern|control)\b/i, 0.8),
      p(/\barbitrat\w{0,30}\b[^;]{0,120}\b(?:rules|association|chamber|in\s{1,10}[A-Z])/i, 0.5),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'first-refusal',
    pos: [
      p(/\brights?\s{1,10}of\s{1,10}(?:first\s{1,10})?(?:refusal|offer|negotiation)\b|\bfirst\s{1,10}(?:right|option)\s{1,10}(?:of|to)\b|\bfirst\s{1,10}opportunity\b|\bROF[ORN]\b|\bfirst\s{1,10}(?:make\s{1,10}an\s{1,10})?offer(?:s|ed|ing)?\b/i, 1.5),
      p(/\b(?:right|option)\s{1,10}to\s{1,10}match\b|\bmatch\s{1,10}(?:such|the|any)\s{1,10}(?:offer|terms|proposal)/i, 1.2),
      p(/\b(?:bona\s{1,10}fide|third[\s-]part(?:y|ies)['’]?s?|competing|superior|matching)\s{1,10}(?:\w{1,40}\s{1,10})?(?:offer|proposal|bid)s?\b/i, 0.8),
      p(/\b(?:option|right)s?\b[^;]{0,80}\bto\s{1,10}(?:purchase|acquire|buy|obtain|negotiate|license|repurchase)\b/i, 0.7),
      p(/\b(?:put|call)\s{1,10}(?:option|right|notice|shares|price|closing)\b|\boption\s{1,10}(?:exercise|period|price|shares|notice|expiration)\b/i, 0.8),
      // Offer mechanics: "notify us of any changes in the terms of an offer".
      p(/\bterms\s{1,10}of\s{1,10}(?:an|the|such|any)\s{1,10}(?:[\w-]{1,40}\s{1,10})?offer\b/i, 0.5),
      p(/\bnegotiat\w{0,30}\b[^;]{0,80}\b(?:exclusively|in\s{1,10}good\s{1,10}faith)\b|\bexclusive(?:ly)?\s{1,10}negotiat|\bnegotiation\s{1,10}period\b|\brights?\s{1,10}of\s{1,10}negotiation\b/i, 0.35),
      // Exclusive negotiation (a right of first negotiation): "negotiate exclusively with", "exclusive negotiation period".
      p(/\bnegotiat\w{0,30}\s{1,10}exclusively\b|\bexclusive(?:ly)?\s{1,10}negotiat/i, 0.2),
      // An option granted to a party: "an exclusive option", "hereby grants ... an option".
      p(/\b(?:exclusive|irrevocable)\s{1,10}option\b|\bgrants?\s{1,10}(?:[^\s;.]{1,40}\s{1,10}){0,12}option\b/i, 0.6),
      // A first look before the owner deals with others: "prior to commencing any negotiations with a third party".
      p(/\b(?:prior\s{1,10}to|before)\s{1,10}(?:commencing|entering\s{1,10}into|initiating|engaging\s{1,10}in|starting|conducting)\s{1,10}(?:any\s{1,10})?(?:negotiations?|discussions?)\b/i, 0.6),
      // The holder's decision window: "to determine whether it wishes to ...".
      p(/\b(?:determine|decide)\s{1,10}(?:whether|if)\s{1,10}(?:or\s{1,10}not\s{1,10})?[\w-]{1,40}\s{1,10}(?:wish|desire|want|elect|intend)(?:s|es)?\s{1,10}to\b/i, 0.5),
      // The negotiation lapses: "fail to reach an agreement within such period".
      p(/\b(?:unable\s{1,10}to|fail(?:s|ed|ure)?\s{1,10}to|cannot|can\s{1,10}not|does\s{1,10}not|did\s{1,10}not)\s{1,10}(?:reach|enter\s{1,10}into|agree|negotiate|conclude|execute)\s{1,10}(?:[^\s.;]{1,40}\s{1,10}){0,18}(?:within|period)\b/i, 0.4),
      // A step-in option: "shall have the right, but not the obligation, to purchase / to assume prosecution".
      p(/\b(?:right|option),?\s{1,10}but\s{1,10}not\s{1,10}the\s{1,10}(?:obligation|duty)\b/i, 0.3),
      p(/\b(?:exercis\w{0,30}|declines?\s{1,10}to\s{1,10}exercise|elects?\s{1,10}not\s{1,10}to\s{1,10}exercise)\b[^;]{0,60}\b(?:option|right|ROF[ORN])/i, 0.7),
      p(/\b(?:offer|notice|notify)\b[^;]{0,120}\b(?:before|prior\s{1,10}to)\b[^;]{0,80}\bthird\s{1,10}part/i, 0.7),
      p(/\bsame\s{1,10}(?:economic\s{1,10})?(?:terms|price)\b|(?<=\bon\s)\bterms\s{1,10}no\s{1,10}less\s{1,10}favou?rable\b/i, 0.6),
      p(/(?<=\b(?:shall|will)\s{1,3}(?:then\s{1,10})?be\s{1,3})\bfree\s{1,10}to\b|(?<=\bmay\s{1,3})\bthereafter\b/i, 0.6),
      p(/\b(?:proposes?|intends?|desires?|determines?)\s{1,10}to\s{1,10}(?:sell|transfer|dispose|issue|seek|solicit)\b/i, 0.6),
      p(/\b(?:elects?|agrees?)\s{1,10}to\s{1,10}(?:purchase|acquire|participate)\b|\bacceptance\s{1,10}notice\b/i, 0.5),
      p(/\bthird\s{1,10}part(?:y|ies)\b/i, 0.2),
      p(/\b(?:notice\s{1,10}of\s{1,10}interest|offering\s{1,10}notice|offer\s{1,10}notice|sale\s{1,10}notice|transfer\s{1,10}notice|option\s{1,10}exercise\s{1,10}notice|exercise\s{1,10}notice|acceptance\s{1,10}notice|rights\s{1,10}notice|proposal\s{1,10}notice)\b/i, 0.6),
      p(/\b(?:declines?|rejects?|fails?\s{1,10}to\s{1,10}(?:timely\s{1,10})?(?:respond|exercise|deliver|accept|notify|provide)|waived?\s{1,10}its\s{1,10}rights?|decides?\s{1,10}(?:not\s{1,10}to|to\s{1,10}abandon)|elects?\s{1,10}(?:not\s{1,10}to|to\s{1,10}abandon))\b/i, 0.3),
      // An opportunity offered to the holder first: "an opportunity to take over", "present such opportunity to".
      p(/\bopportunity\s{1,10}to\s{1,10}(?:take\s{1,10}over|assume|purchase|acquire|negotiate|match|bid|make\s{1,10}an\s{1,10}offer)\b|\b(?:present|offer|refer)\w{0,3}\s{1,10}(?:such|the|any|each|this)\s{1,10}(?:[\w-]{1,40}\s{1,10})?opportunit(?:y|ies)\s{1,10}to\b/i, 0.5),
      p(/\b(?:proposed\s{1,10}(?:transfer|sale|transferee|purchaser|joint\s{1,10}venture|issuance|transaction)|proposing\s{1,10}to\s{1,10}(?:sell|transfer))\b/i, 0.5),
      p(/\b(?:options?|exercis\w{0,30})\b/i, 0.25),
      p(/\bfirst\s{1,10}(?:right|option|consideration|opportunity|contact)\b|\bfree\s{1,10}to\s{1,10}(?:sell|offer|develop|negotiate|enter|approach|obtain|present|dispose|exploit|license)\b/i, 0.4),
      p(/\b(?:election|disposition|expansion|offer|offering|sale|transfer|negotiation|evaluation)\s{1,10}(?:notice|deadline|period)\b|\bfinancing\s{1,10}election\b/i, 0.4),
      p(/\b(?:enter\s{1,10}into\s{1,10}negotiations|negotiate\s{1,10}with|offers?\s{1,10}from|approach\s{1,10}other\s{1,10}parties)\b/i, 0.3),
    ],
    neg: [
      p(/\b(?:licen[cs]e\s{1,10}to\s{1,10}use|royalty-free|confidential\w{0,30})\b/i, 0.4),
      // Licence boilerplate, not the exercise of an option: "to exercise its rights and perform its obligations".
      p(/\bexercise\s{1,10}(?:its|their|such\s{1,10}party['’]s)\s{1,10}rights\s{1,10}(?:and|or)\s{1,10}(?:to\s{1,10})?perform\b/i, 0.7),
      // A failed negotiation that goes to a dispute-resolution mechanism is not a first-refusal right.
      p(/\b(?:arbitrat\w{0,10}|mediat(?:e|ion|or)s?|disputes?)\b/i, 0.3),
    ],
    threshold: 0.4,
  },
  {
    id: 'most-favored-nation',
    pos: [
      p(/\bmost\s{1,10}favou?red\b/i, 1.5),
      p(/(?<=\b(?:no|not)\s{1,3})\bless\s{1,10}favou?rable\s{1,10}than\b/i, 1.2),
      p(/(?<=\b(?:more|better)\s{1,3})\bfavou?rable\s{1,10}(?:terms|prices?|pricing|rates?|conditions)\b/i, 0.8),
      p(/\b(?:any\s{1,10}other\s{1,10}(?:customer|licensee|distributor|purchaser)|third\s{1,10}part(?:y|ies)|similarly\s{1,10}situated)\b/i, 0.3),
      p(/\b(?:least\s{1,10}as\s{1,10}favou?rable|more\s{1,10}favou?rable)\b[^;]{0,80}\b(?:any\s{1,10}other|third\s{1,10}part|other\s{1,10}customers?|other\s{1,10}licensees?)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'non-compete',
    pos: [
      p(/\bnon-?\s?compet/i, 1.2),
      p(/(?<=\b(?:shall|will|agrees?)\s{1,3}not\b[^;]{0,100})\bcompet(?:e|es|ing|itive|ition)\b/i, 1.2),
      p(/\bengage\s{1,10}in\b[^;]{0,60}\bcompet\w{0,30}/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'anti-assignment',
    pos: [
      p(/\bassign\w{0,6}\b[^;]{0,140}\b(?:without\s{1,10}(?:the\s{1,10})?(?:prior\s{1,10})?(?:express\s{1,10})?(?:written\s{1,10})?consent|prior\s{1,10}(?:express\s{1,10})?written\s{1,10}consent)/i, 1.2),
      p(/\bassign(?:ed|ment)?\b[^;]{0,100}\b(?:without\s{1,10}the\s{1,10}(?:prior\s{1,10})?(?:written\s{1,10})?consent|with\s{1,10}the\s{1,10}prior\s{1,10}written\s{1,10}consent)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'ip-ownership',
    pos: [
      p(/\bright,?\s{1,10}title\s{1,10}and\s{1,10}interest\b/i, 0.8),
      p(/\b(?:shall|will)\s{1,10}(?:be\s{1,10}the\s{1,10}(?:sole\s{1,10}and\s{1,10}exclusive\s{1,10}|exclusive\s{1,10}|sole\s{1,10})?(?:property|owner)|own|vest)\b/i, 0.7),
      p(/\bhereby\s{1,10}(?:irrevocably\s{1,10})?assigns?\b/i, 0.8),
      p(/\b(?:intellectual\s{1,10}property|inventions?|work\s{1,10}product|improvements?|deliverables|patents?|copyrights?)\b/i, 0.4),
      p(/\bwork\s{1,10}(?:made\s{1,10})?for\s{1,10}hire\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'minimum-commitment',
    pos: [
      p(/\bminimum\s{1,10}(?:annual\s{1,10}|quarterly\s{1,10}|monthly\s{1,10})?(?:purchase|order|volume|quantit|commitment|spend|revenue|sales|royalt|payment|fee)/i, 1.2),
      p(/\b(?:purchase|order|buy|spend)\b[^;]{0,40}\b(?:at\s{1,10}least|not\s{1,10}less\s{1,10}than|a\s{1,10}minimum\s{1,10}of)\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'liability-cap',
    pos: [
      p(/\bliabilit(?:y|ies)\b[^;]{0,160}\b(?:shall\s{1,10}not\s{1,10}exceed|not\s{1,10}to\s{1,10}exceed|exceed|limited\s{1,10}to|in\s{1,10}excess\s{1,10}of|capped)/i, 1.2),
      p(/\b(?:cap|maximum|aggregate)\s{1,10}(?:on\s{1,10})?(?:total\s{1,10})?liabilit(?:y|ies)\b/i, 1),
      p(/(?<=\bin\s{1,10}no\s)\bevent\b[^;]{0,100}\bliab\w{0,30}/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'cloud-provider',
    pos: [
      p(/\bcloud\s{1,10}(?:provider|services?|computing|infrastructure|platform|capacity)\b/i, 1.2),
      p(/\b(?:hosting|compute|computing)\s{1,10}(?:provider|services?|capacity|infrastructure)\b/i, 1),
      p(/\b(?:azure|amazon\s{1,10}web\s{1,10}services|aws|google\s{1,10}cloud)\b/i, 0.6),
      p(/\bdata\s{1,10}cent(?:er|re)s?\b/i, 0.5),
    ],
    neg: [],
  },
  {
    id: 'equity',
    pos: [
      p(/\bequity\s{1,10}(?:stake|interest|ownership|securities|investment)\b/i, 1.2),
      p(/\b(?:shares|units)\s{1,10}of\s{1,10}(?:the\s{1,10})?(?:[\w-]{1,40}\s{1,10}){0,3}(?:common|preferred|capital)?\s{0,3}(?:stock|shares|units)\b/i, 1),
      p(/\b(?:common|preferred|capital|restricted)\s{1,10}stock\b/i, 1),
      p(/\b(?:ownership|equity)\s{1,10}(?:interest|stake)\b|\bstake\s{1,10}in\b/i, 1),
      p(/\bwarrants?\s{1,10}to\s{1,10}(?:purchase|acquire)\b/i, 1),
    ],
    neg: [],
  },
];
