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
      p(/(?<!\bnon-?\s?)\bexclusiv(?:e|ely|ity)\b(?!\s+(?:remed|liabilit|jurisdiction|venue|forum|courts?\b|property\s+of|owner|of\b|and\s+(?:sole\s+)?remed))/i, 1),
      p(/(?<!\bnon-?\s?)\bexclusive\s+(?:right|distributor|dealer|agent|reseller|supplier|provider|partner|manufacturer|source|basis|relationship|arrangement|representative|licen[cs]e|marketing|sales|distribution|sponsor)/i, 0.5),
      p(/(?<=\b(?:become|converted\s+to|shall\s+be|are|is)\s+(?:a\s+)?)\bnon-?\s?exclusive\b/i, 1),
      p(/\bsole(?:ly)?\s+(?:right|source|supplier|provider|distributor|from|through|responsibility)\b/i, 1),
      p(/\bonly\s+(?:distributor|supplier|provider|reseller|reservation|source|company|sponsor|service)\b|\bonly\s+(?:to|of|from)\s+(?:the\s+)?[\w-]+\s+(?:hotels|products|stores)/i, 1),
      p(/\b(?:all|one\s+hundred\s+percent)\s+(?:\(100%\)\s+)?of\s+(?:its|their|the|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,3}requirements\b/i, 1.2),
      p(/(?<=\b(?:shall|will|may|must|agrees?)\s{1,3})\bnot\b[^;]{0,160}\b(?:any\s+other|anyone\s+other|other\s+than|third[\s-]part(?:y|ies)|another|additional|any\s+provider|any\s+(?:media\s+)?vendor|same\s+or\s+similar|any\s+(?:other\s+)?(?:company|person|entity|party)\b)/i, 0.6),
      p(/(?<=\b(?:shall|will|may|must|agrees?|agreement)\s{1,3})\bnot\b[^;]{0,60}\b(?:sell|distribute|market|promote|license|grant|appoint|enter\s+into|engage|collaborate|endorse|purchase|procure|order|buy|represent|accept|place|establish|provide|enable|operate|appear|drive|bear|use|seek)\b/i, 0.5),
      p(/\bnot\s+to\s+(?:appoint|grant|license|sell|enter|engage|provide|collaborate|seek|operate)\b/i, 0.5),
      p(/\bneither\b[^;]{0,80}\b(?:shall|will|may)\b/i, 0.4),
    ],
    neg: [
      p(/\b(?:solicit\w*|hire|employ\w*|sue|challenge|contest|disclose|liable|liability|indemnif\w*|confidential\w*|warrant\w*)\b/i, 0.5),
      p(/\bexclusive\s+(?:remed|liabilit)|\bexclusive\s+jurisdiction\b/i, 0.3),
    ],
  },
  {
    id: 'agi',
    pos: [
      p(/\bartificial\s+general\s+intelligence\b/i, 1.5),
      p(/\bAGI\b/, 1),
      p(/\bhighly\s+autonomous\s+systems?\b[^;]{0,60}\boutperform/i, 1.5),
      p(/\boutperform\s+humans\s+at\s+most\s+economically\s+valuable\s+work\b/i, 1.5),
    ],
    neg: [
      p(/\badjusted\s+gross\s+income\b/i, 3),
      p(/\b(?:tax|taxable|taxes|income\s+tax|IRS|internal\s+revenue|form\s+(?:W-2|1040))\b/i, 0.6),
    ],
  },
  {
    id: 'revenue-share',
    pos: [
      p(/\broyalt(?:y|ies)\b(?!\s?-?\s?free)/i, 1),
      p(/%[^;]{0,60}\bof\s+(?:all\s+|the\s+|such\s+|its\s+|any\s+|each\s+)?(?:[\w'’-]+\s+){0,4}(?:net\s+|gross\s+)?(?:revenues?|sales?|profits?|receipts|proceeds|income|margin|billings|price|amounts?|fees?|value|purchase\s+price|collections|subscription)\b/i, 1.2, 1),
      p(/\b(?:percent|per\s+cent|one[\s-](?:third|half|quarter)|half)\b[^;]{0,60}\bof\s+(?:all\s+|the\s+|such\s+|its\s+|any\s+|each\s+)?(?:[\w'’-]+\s+){0,4}(?:net\s+|gross\s+)?(?:revenues?|sales?|profits?|receipts|proceeds|income|margin|billings|price|amounts?|fees?|value|purchase\s+price|collections|subscription)\b/i, 1.2, 1),
      p(/\b(?:revenue|profit|fee|income)s?\s+(?:shar|split|participation)|\bsharing\s+percentage\b|\bpercentage\s+share\b|\b(?:advertising|transactional|contractual|revenue|profit)\s+share\b/i, 1.2),
      p(/\bshare\s+(?:of|in)\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:revenues?|profits?|proceeds|receipts|income)|\b(?:share|split|divided)\b[^;]{0,40}(?:\d\s?%|\*\s?%|percent)|\bshare\s+(?:equally\s+)?(?:all\s+|certain\s+|the\s+)?(?:revenues?|profits?|proceeds|fees)\b/i, 1.2),
      p(/\bcommissions?\b/i, 0.8),
      p(/\b(?:net|gross|actual)\s+(?:sales|revenues?|receipts|profits?|proceeds|income)\b|\b(?:transaction|advertising|subscription)\s+revenues?\b/i, 0.5),
      p(/\b(?:profits?|loss(?:es)?|economic\s+rights)\b[^;]{0,40}\b(?:shared|distributed|divided|split|allocated)\b/i, 1),
      p(/\b(?:shares|options|warrants)\s+(?:of|to\s+purchase)\b[^;]{0,40}\b(?:stock|shares)\b|\b(?:common|preferred)\s+stock\b|\bcompensation\s+options\b|\b(?:cash\s+and|and\/or)\s+equity\b/i, 0.8),
      p(/\b(?:pay|paid|payable|remit|receive|retain|entitled|earn|fee)\w*\b[^;]{0,80}(?:\bpercent\b|%)/i, 0.6),
      p(/\$\s?\d[\d,.]*\s+(?:\([^)]{0,40}\)\s+)?per\s+(?:unit|email|subscriber|net\s+tonne|tonne|ton|placement|transaction|sale|candidate|lead|click|copy|user|item|product|order)\b/i, 0.8),
      p(/\b(?:pay|paid|payable|remit|retain)\w*\b[^;]{0,60}\bfees?\b|\bfees?\b[^;]{0,40}\b(?:shall|will)\s+be\s+(?:calculated|paid|payable)/i, 0.5),
      p(/\b(?:based\s+on|depends\s+on|calculated\s+(?:on|by|as))\b[^;]{0,40}\b(?:sales|revenues?|number|volume)\b/i, 0.5),
    ],
    neg: [
      p(/\binterest\s+(?:at|rate)\b|\blate\s+(?:payment|charge)|\bper\s+annum\b/i, 0.5),
      p(/\b(?:audit\w*|books\s+and\s+records|records)\b/i, 0.5),
      p(/\b(?:licen[cs]e|right)\s+(?:to|under)\b/i, 0.3),
    ],
    threshold: 0.5,
  },
  {
    id: 'effective-date',
    pos: [
      p(/\beffective\s+date["“”]?\s+(?:shall\s+)?(?:means?|is|be|will\s+be)\b/i, 1.2),
      p(/\((?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?|herein\s+called\s+the\s+)?["“”]effective\s+date["“”]/i, 1.2),
      p(/\bshall\s+be\s+(?:the\s+)?["“”]effective\s+date["“”]/i, 1.2),
      p(/\beffective\s+(?:as\s+(?:of|from)|on|upon|from|immediately|date)\b/i, 0.8),
      p(/\b(?:take|takes|come|comes)\s+(?:into\s+)?(?:effect|force)\b/i, 1),
      p(/\b(?:made|entered\s+into|dated)\b[^;]{0,40}\b(?:as\s+of|on|this)\b/i, 0.8),
      p(/\b(?:commence|begin|start)s?\s+(?:on|as\s+of|upon|from)\b/i, 0.9),
      p(/\bcommencement\s+date\b|\b(?:enter|entered|enters)\s+into\s+(?:effect|force)\b/i, 1),
      p(/\beffective\s+(?:time|date)\b/i, 0.5),
      p(/\b(?:beginning|commencing|commence|begin|effective|executed|dated)\s+(?:on\s+|as\s+of\s+|from\s+)?(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b|\bcommencing\s+on\s+the\s+date\b|\bexecuted\b[^;]{0,40}\bday\s+of\b/i, 0.8),
      p(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i, 0.2, 2),
      p(/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/, 0.2, 2),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'expiration-date',
    pos: [
      p(/\binitial\s+(?:term|period)\b/i, 0.6),
      p(/(?<=\b(?:continue|remain|be|stay)\s+in\s+(?:full\s+)?)\b(?:force|effect)\b/i, 0.5),
      p(/\b(?:continue|extend|expire|terminate|end|run|endure|conclude|effective|valid|force|effect)\s+(?:for|until|through|till|to|unless|from|beginning|commencing)\b/i, 0.6),
      p(/\bfrom\b[^;]{0,50}\b(?:through|to|until)\b[^;]{0,30}\b\d{4}\b/i, 0.6),
      p(/\b(?:expir\w*|end|ending|ends|terminat\w*|conclude)\s+(?:on|at|upon|as\s+of|at\s+the\s+end\s+of|automatically|immediately\s+and\s+automatically|\w+\s*\(\d+\)\s+(?:years?|months?))\b/i, 0.6),
      p(/(?<=\b(?:this|the)\s+(?:agreement|contract|term|appointment|engagement|licen[cs]e|promotion|joint\s+venture)\b[^;]{0,80}\b(?:shall|will)\s{1,3}(?:automatically\s+|immediately\s+)?)\b(?:terminate|expire|end|conclude|endure|lapse|cease)\b/i, 0.7),
      p(/\b(?:commence|begin|start)s?\b[^;]{0,120}\b(?:end|ending|expire|expiring|terminate|conclude|continue|until|through)\b/i, 0.6),
      p(/\b(?:term|period|duration|engagement)\b[^;]{0,60}\b(?:of|for|be|is)\s+(?:a\s+period\s+of\s+)?(?:an?\s+|one\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|twenty\s+|thirty\s+)?(?:[\w()-]+\s+){0,3}(?:calendar\s+|contract\s+|consecutive\s+)?(?:years?|months?)\b|(?<=\b(?:one|two|three|four|five|ten|\d{1,3})[\s-])\byears?\s+(?:term|engagement)\b/i, 0.7),
      p(/(?<=\bfor\s{1,3}(?:a|an\s+initial)\s{1,3})\b(?:period|term)\s+of\b|\bterm\s+of\s+(?:this|the)\s+(?:agreement|contract)\b/i, 0.6),
      p(/\banniversary\b/i, 0.4),
      p(/\b(?:indefinitely|unlimited\s+period|perpetuity|perpetual|perpetually)\b/i, 0.6),
      p(/\buntil\b[^;]{0,60}\b(?:terminated|\d{4}|expir\w*|anniversary|earlier|date|notice)\b/i, 0.5),
      p(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s*\d{4}\b[^;]{0,40}\b(?:through|to|until)\b|(?<=\b(?:through|until|to|ending|on|and)\s)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i, 0.5),
      p(/\bterm\b/i, 0.2),
    ],
    neg: [
      p(/\b(?:surviv\w*|after\s+(?:the\s+)?(?:expiration|termination)|upon\s+(?:the\s+)?(?:expiration|termination))\b|\b(?:expiration|termination)\s+or\s+(?:expiration|termination)\s+of\s+this\s+agreement\s+shall\b/i, 0.5),
      p(/\b(?:confidential\w*|non-?\s?compet\w*|exclusiv\w*|licen[cs]e\s+to|option\s+to|royalt\w*)\b/i, 0.4),
      p(/\b(?:notice|breach|default|insolven\w*|bankrupt\w*|change\s+of\s+control)\b/i, 0.2),
      p(/\b(?:during|throughout)\s+(?:the|its)\s+term\b|\bduring\s+or\s+after\b|(?<=\bor\s)\bthereafter\b/i, 0.5),
    ],
    threshold: 0.6,
  },
  {
    id: 'renewal-term',
    pos: [
      p(/\b(?:automatically|auto|thereafter)\s+(?:be\s+)?(?:renew|extend|continu)\w*/i, 1),
      p(/\brenew(?:al|als|ed|s|able)?\b/i, 0.8),
      p(/\bsuccessive\b|\b(?:year\s+to\s+year|month\s+to\s+month)\b/i, 0.7),
      p(/\b(?:extend\w*|extension)\b/i, 0.3),
      p(/\b(?:extend\w*|extension)\b[^;]{0,60}\b(?:term|agreement|contract|period|years?|months?)\b/i, 0.5),
      p(/\b(?:option|right|elect)\s+to\s+(?:renew|extend|continue)\b/i, 0.6),
      p(/\b(?:additional|further|subsequent|extension|renewal)\s+(?:(?:[\w()-]+\s+){0,3})(?:terms?|periods?|years?)\b/i, 0.5),
    ],
    neg: [
      p(/\brenew\w*\b[^;]{0,40}\b(?:patent|registration|insurance|polic|permit|licen[cs]e\s+fee|maintenance|subscription)/i, 0.5),
      p(/\bextend\w*\b[^;]{0,30}\b(?:credit|payment|deadline|time\s+for|warranty|period\s+for\s+(?:payment|cure))/i, 0.4),
    ],
    threshold: 0.5,
  },
  {
    id: 'notice-period',
    pos: [
      p(/\bnotice\b[^;]{0,100}\b(?:not\s+to\s+(?:renew|extend)|non-?\s?renewal|will\s+not\s+be\s+(?:renewed|extended)|elect\w*\s+not\s+to\s+(?:renew|extend)|intent\w*\s+not\s+to)/i, 1.2),
      p(/\b(?:renew|extend|continu)\w*\b[^;]{0,220}\b(?:unless|until|provided)\b[^;]{0,140}\b(?:notice|notif\w*|terminat\w*)\b/i, 1.1),
      p(/\b(?:notice|notif\w*)\b[^;]{0,140}\b(?:prior\s+to|before|in\s+advance\s+of|preceding)\s+(?:the\s+)?(?:end|expir\w*|conclusion|last\s+day)\s+of\b/i, 0.8),
      p(/\b(?:renew|extend|extension|successive|month\s+to\s+month|year\s+to\s+year)\w*/i, 0.5),
      p(/\b(?:notice|notify|notif\w*|terminat\w*|not\s+to\s+(?:renew|extend)|prior\s+to\s+the\s+(?:end|expir\w*))\b/i, 0.5),
    ],
    neg: [],
    threshold: 0.9,
  },
  {
    id: 'license-grant',
    pos: [
      p(/\b(?:grant\w*|licen[cs]es?)\b[^;]{0,200}\b(?:licen[cs]e|sub-?licen[cs]e)\b/i, 1.2),
      p(/\bgrant\w*\b[^;]{0,200}\brights?\b/i, 0.8),
      p(/\b(?:licen[cs]e|rights?)\s+(?:and\s+licen[cs]e\s+)?(?:to|under|in)\b/i, 0.4),
      p(/\b(?:right|authori[sz]\w*|permi\w*|licen[cs]ed)\s+to\s+(?:use|make|sell|resell|reproduce|distribute|practice|display|copy|market|promote|frame|access|develop|detail|exploit|publish|perform|manufacture|import|commerciali[sz]e)\b/i, 0.6),
      p(/\bappoint\w*\b[^;]{0,120}\b(?:distributor|reseller|agent|dealer|representative|licensee)\b/i, 0.8),
      p(/\b(?:use|using)\s+(?:of\s+)?(?:the|its|such|any|their)\s+(?:[\w'’-]+\s+){0,3}(?:marks|trademarks?|names?|logos?|software|intellectual\s+property|content|technology|identification|materials|brand)\b/i, 0.5),
      p(/\b(?:sub-?licens\w*|licensee|licensor|licensed)\b/i, 0.3),
      p(/\b(?:may|authori[sz]es?|allows?|permits?|agrees?\s+to\s+allow)\s+(?:[\w'’-]+\s+){0,3}(?:to\s+)?(?:use|co-brand|display|reproduce|exploit|create|distribute)\b/i, 0.5),
      p(/\b(?:licen[cs]es?|rights?|intellectual\s+property)\s+granted\b|\buse\s+right\b|\brights?\s+of\s+utili[sz]ation\b/i, 0.6),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'perpetual-license',
    pos: [
      p(/\b(?:perpetual|irrevocable)\b/i, 1),
      p(/\b(?:licen[cs]e|right)\b/i, 0.2),
    ],
    neg: [],
    threshold: 0.6,
  },
  {
    id: 'termination-for-convenience',
    pos: [
      p(/\b(?:terminat|cancel|revoke|withdraw|discontinu)\w*\b[^;]{0,180}\b(?:notice|notif\w*)\b/i, 0.7),
      p(/\b(?:notice|notif\w*)\b[^;]{0,140}\b(?:terminat|cancel)\w*/i, 0.5),
      p(/(?<=\bwithout\s{1,3}(?:the\s+payment\s+of\s+)?(?:any\s+)?)\b(?:cause|penalty)\b|(?<=\bfor\s{1,3}(?:any|no|any\s+or\s+no)\s{1,3})\breason\b|(?<=\bfor\s{1,3})\bconvenience\b|(?<=\b(?:sole|absolute)\s{1,3})\bdiscretion\b|\bunilaterally\b|(?<=\bwith\s+no\s{1,3})\b(?:penalty|further\s+obligation)\b|(?<=\bat\s{1,3}any\s{1,3})\btime\b|(?<=\bat\s{1,3})\bwill\b/i, 0.5),
      p(/\b(?:days|months?|weeks|years?)['’]?\s*\)?\s+(?:prior\s+|advance\s+|written\s+|prior\s+written\s+|advance\s+written\s+)?(?:notice|notification)\b/i, 0.4),
      p(/\bnotice\s+(?:period|in\s+writing)\b/i, 0.2),
      p(/\b(?:may|can|right\s+to|entitled\s+to|option\s+to|desires\s+to|wishing\s+to|decides\s+to)\s+(?:unilaterally\s+)?(?:be\s+)?(?:terminate|cancel)\w*/i, 0.3),
    ],
    neg: [
      p(/\b(?:breach|default|insolven\w*|bankrupt\w*|fails?\s+to|failure\s+to|material(?:ly)?\s+(?:breach|default)|for\s+cause|cure\s+period|change\s+of\s+control|force\s+majeure)\b/i, 0.6),
      p(/\b(?:not\s+to\s+renew|non-?\s?renewal|automatically\s+(?:be\s+)?(?:renew|extend)\w*)\b/i, 0.4),
      p(/\bupon\s+(?:termination|expiration)\b/i, 0.4),
      p(/\b(?:merger|consolidation|acquisition|insurance|coverage|inspect\w*|audit\w*|books\s+of\s+account)\b/i, 0.6),
    ],
    threshold: 0.55,
  },
  {
    id: 'change-of-control',
    pos: [
      p(/\bchange\s+(?:of|in)\s+(?:the\s+)?(?:control|ownership|management)\b|\b(?:control|ownership)\s+change\b/i, 1.2),
      p(/\bchange\s+in\s+(?:the\s+)?(?:organization|ownership|management|control)\b|\bcontrolling\s+interest\b/i, 1),
      p(/\b(?:merger|merges?|merged|consolidat\w*|reorgani[sz]\w*|amalgamat\w*)\b/i, 0.7),
      p(/\b(?:sale|transfer|acquisition|disposition)\s+of\s+(?:all\s+or\s+)?(?:substantially\s+all|a\s+majority|the\s+majority|more\s+than\s+(?:fifty|50))\b|\bsubstantially\s+all\s+of\s+(?:its|the)\b/i, 0.8),
      p(/\boperation\s+of\s+law\b/i, 0.3),
      p(/\b(?:acqui(?:red|sition|res?|rer)|successor|divest\w*|liquidity\s+event)\b/i, 0.4),
      p(/\b(?:acquired\s+by|acquirer|acquisition\s+of\s+(?:[\w'’-]+\s+){0,3}(?:shares|stock|assets|control|business|company))\b/i, 0.5),
      p(/\b(?:ownership\s+interest|owners|shareholders?|stockholders?|voting\s+(?:stock|securities|power|trust)|interests?\s+in\s+(?:you|franchisee|the\s+company))\b/i, 0.3),
      p(/\bcontroll?(?:ed|ing)?\b|\bcontrol\s+has\s+changed\b/i, 0.3),
      p(/\b(?:assign|transfer)\w*\b[^;]{0,120}\b(?:consent|approval)\b/i, 0.2),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'governing-law',
    pos: [
      p(/\bgoverned\b[^;]{0,60}\b(?:by|in\s+accordance\s+with|according\s+to|under|pursuant\s+to)\b/i, 1.2),
      p(/\b(?:construed|interpreted|enforced|governed|construction|validity|interpretation)\b[^;]{0,80}\b(?:in\s+accordance\s+with|under|according\s+to|by)\s+the\s+(?:substantive\s+|internal\s+|applicable\s+)?(?:laws?|legislation|regulations)\b/i, 1),
      p(/\bgoverning\s+law\b|\bconflicts?\s+of\s+laws?\b|\bchoice\s+of\s+law\b/i, 1),
      p(/\b(?:laws?|legislation|regulations)\s+of\s+(?:the\s+)?(?:state|commonwealth|province|republic|people['’]s\s+republic|[A-Z][a-z]+)\b/i, 0.5),
      p(/\b(?:law|legislation)\b[^;]{0,60}\bshall\s+(?:apply|govern|control)\b/i, 0.8),
      p(/\barbitrat\w*\b[^;]{0,120}\b(?:rules|association|chamber|in\s+[A-Z])/i, 0.5),
    ],
    neg: [],
    threshold: 0.5,
  },
  {
    id: 'first-refusal',
    pos: [
      p(/\bright\s+of\s+first\s+(?:refusal|offer|negotiation)\b|\bfirst\s+(?:right|option)\s+(?:of|to)\b|\bfirst\s+opportunity\b|\bROF[ORN]\b|\bfirst\s+(?:make\s+an\s+)?offer\b/i, 1.5),
      p(/\b(?:right|option)\s+to\s+match\b|\bmatch\s+(?:such|the|any)\s+(?:offer|terms|proposal)/i, 1.2),
      p(/\b(?:bona\s+fide|third[\s-]part(?:y|ies)['’]?s?)\s+(?:\w+\s+)?(?:offer|proposal)s?\b/i, 0.8),
      p(/\b(?:option|right)s?\b[^;]{0,80}\bto\s+(?:purchase|acquire|buy|obtain|negotiate|license|repurchase)\b/i, 0.7),
      p(/\b(?:put|call)\s+option\b|\boption\s+(?:exercise|period|price|shares|notice|expiration)\b/i, 0.8),
      p(/\bnegotiat\w*\b[^;]{0,80}\b(?:exclusively|in\s+good\s+faith)\b|\bexclusive(?:ly)?\s+negotiat|\bnegotiation\s+period\b|\brights?\s+of\s+negotiation\b/i, 0.45),
      p(/\b(?:exercis\w*|declines?\s+to\s+exercise|elects?\s+not\s+to\s+exercise)\b[^;]{0,60}\b(?:option|right|ROF[ORN])/i, 0.7),
      p(/\b(?:offer|notice|notify)\b[^;]{0,120}\b(?:before|prior\s+to)\b[^;]{0,80}\bthird\s+part/i, 0.7),
      p(/\bsame\s+(?:economic\s+)?(?:terms|price)\b|(?<=\bon\s)\bterms\s+no\s+less\s+favou?rable\b/i, 0.6),
      p(/(?<=\b(?:shall|will)\s{1,3}(?:then\s+)?be\s{1,3})\bfree\s+to\b|(?<=\bmay\s{1,3})\bthereafter\b/i, 0.6),
      p(/\b(?:proposes?|intends?|desires?|determines?)\s+to\s+(?:sell|transfer|dispose|issue|seek|solicit)\b/i, 0.6),
      p(/\b(?:elects?|agrees?)\s+to\s+(?:purchase|acquire|participate)\b|\bacceptance\s+notice\b/i, 0.5),
      p(/\bthird\s+part(?:y|ies)\b/i, 0.2),
      p(/\b(?:notice\s+of\s+interest|offering\s+notice|offer\s+notice|sale\s+notice|transfer\s+notice|(?:option\s+)?exercise\s+notice|acceptance\s+notice|rights\s+notice|proposal\s+notice)\b/i, 0.6),
      p(/\b(?:declines?|rejects?|fails?\s+to\s+(?:respond|exercise|deliver|accept|notify|provide)|waived?\s+its\s+rights?)\b/i, 0.3),
      p(/\b(?:proposed\s+(?:transfer|sale|transferee|purchaser|joint\s+venture|issuance|transaction)|proposing\s+to\s+(?:sell|transfer))\b/i, 0.5),
      p(/\b(?:options?|exercis\w*)\b/i, 0.25),
    ],
    neg: [
      p(/\b(?:licen[cs]e\s+to\s+use|royalty-free|confidential\w*)\b/i, 0.4),
    ],
    threshold: 0.4,
  },
  {
    id: 'most-favored-nation',
    pos: [
      p(/\bmost\s+favou?red\b/i, 1.5),
      p(/(?<=\b(?:no|not)\s{1,3})\bless\s+favou?rable\s+than\b/i, 1.2),
      p(/(?<=\b(?:more|better)\s{1,3})\bfavou?rable\s+(?:terms|prices?|pricing|rates?|conditions)\b/i, 0.8),
      p(/\b(?:any\s+other\s+(?:customer|licensee|distributor|purchaser)|third\s+part(?:y|ies)|similarly\s+situated)\b/i, 0.3),
      p(/\b(?:least\s+as\s+favou?rable|more\s+favou?rable)\b[^;]{0,80}\b(?:any\s+other|third\s+part|other\s+customers?|other\s+licensees?)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'non-compete',
    pos: [
      p(/\bnon-?\s?compet/i, 1.2),
      p(/(?<=\b(?:shall|will|agrees?)\s{1,3}not\b[^;]{0,100})\bcompet(?:e|es|ing|itive|ition)\b/i, 1.2),
      p(/\bengage\s+in\b[^;]{0,60}\bcompet\w*/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'anti-assignment',
    pos: [
      p(/\bassign\w{0,6}\b[^;]{0,140}\b(?:without\s+(?:the\s+)?(?:prior\s+)?(?:express\s+)?(?:written\s+)?consent|prior\s+(?:express\s+)?written\s+consent)/i, 1.2),
      p(/\bassign(?:ed|ment)?\b[^;]{0,100}\b(?:without\s+the\s+(?:prior\s+)?(?:written\s+)?consent|with\s+the\s+prior\s+written\s+consent)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'ip-ownership',
    pos: [
      p(/\bright,?\s+title\s+and\s+interest\b/i, 0.8),
      p(/\b(?:shall|will)\s+(?:be\s+the\s+(?:sole\s+and\s+exclusive\s+|exclusive\s+|sole\s+)?(?:property|owner)|own|vest)\b/i, 0.7),
      p(/\bhereby\s+(?:irrevocably\s+)?assigns?\b/i, 0.8),
      p(/\b(?:intellectual\s+property|inventions?|work\s+product|improvements?|deliverables|patents?|copyrights?)\b/i, 0.4),
      p(/\bwork\s+(?:made\s+)?for\s+hire\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'minimum-commitment',
    pos: [
      p(/\bminimum\s+(?:annual\s+|quarterly\s+|monthly\s+)?(?:purchase|order|volume|quantit|commitment|spend|revenue|sales|royalt|payment|fee)/i, 1.2),
      p(/\b(?:purchase|order|buy|spend)\b[^;]{0,40}\b(?:at\s+least|not\s+less\s+than|a\s+minimum\s+of)\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'liability-cap',
    pos: [
      p(/\bliabilit(?:y|ies)\b[^;]{0,160}\b(?:shall\s+not\s+exceed|not\s+to\s+exceed|exceed|limited\s+to|in\s+excess\s+of|capped)/i, 1.2),
      p(/\b(?:cap|maximum|aggregate)\s+(?:on\s+)?(?:total\s+)?liabilit(?:y|ies)\b/i, 1),
      p(/(?<=\bin\s+no\s)\bevent\b[^;]{0,100}\bliab\w*/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'cloud-provider',
    pos: [
      p(/\bcloud\s+(?:provider|services?|computing|infrastructure|platform|capacity)\b/i, 1.2),
      p(/\b(?:hosting|compute|computing)\s+(?:provider|services?|capacity|infrastructure)\b/i, 1),
      p(/\b(?:azure|amazon\s+web\s+services|aws|google\s+cloud)\b/i, 0.6),
      p(/\bdata\s+cent(?:er|re)s?\b/i, 0.5),
    ],
    neg: [],
  },
  {
    id: 'equity',
    pos: [
      p(/\bequity\s+(?:stake|interest|ownership|securities|investment)\b/i, 1.2),
      p(/\b(?:shares|units)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:common|preferred|capital)?\s*(?:stock|shares|units)\b/i, 1),
      p(/\b(?:common|preferred|capital|restricted)\s+stock\b/i, 1),
      p(/\b(?:ownership|equity)\s+(?:interest|stake)\b|\bstake\s+in\b/i, 1),
      p(/\bwarrants?\s+to\s+(?:purchase|acquire)\b/i, 1),
    ],
    neg: [],
  },
];
