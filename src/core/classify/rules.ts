import type { BuiltinClauseTypeId } from '../types';

/**
 * Cue rules of the built-in clause types, as data.
 *
 * Each type has:
 * - `triggers`: lower-case substrings; the type's regexes only run when one occurs in the clause
 *   (a cheap prefilter: most clauses trigger two or three types);
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
}

export interface TypeRules {
  readonly id: BuiltinClauseTypeId;
  readonly triggers: readonly string[];
  readonly pos: readonly Pattern[];
  readonly neg: readonly Pattern[];
  readonly threshold?: number;
}

const p = (re: RegExp, w: number): Pattern => ({ re, w });

export const RULES: readonly TypeRules[] = [
  {
    id: 'exclusivity',
    triggers: ['exclusiv', 'sole', 'only', 'other than', 'any other', 'third part', 'requirements', 'not '],
    pos: [
      p(/\bexclusiv(?:e|ely|ity)\b/i, 1),
      p(/\bexclusive\s+(?:right|distributor|dealer|agent|reseller|supplier|provider|partner|manufacturer|source|basis|relationship|arrangement|representative|licen[cs]e|marketing|sales|distribution|sponsor)/i, 0.5),
      p(/\bsole(?:ly)?\s+(?:right|source|supplier|provider|distributor|from|through)\b/i, 1),
      p(/\b(?:the\s+)?only\s+(?:distributor|supplier|provider|reseller|reservation|source|company|sponsor)\b/i, 1),
      p(/\b(?:all|one\s+hundred\s+percent|100%)\s+(?:\(100%\)\s+)?of\s+(?:its|their|the|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,3}requirements\b/i, 1.2),
      p(/\b(?:shall|will|may|must|agrees?)\s+not\b[^;]{0,140}\b(?:any\s+other|any\s+third|anyone\s+other|other\s+than|any\s+(?:person|entity|party|company|provider|competitor|source)\b[^;]{0,40}other\s+than|competitive\s+with|compete)/i, 1),
      p(/\bnot\s+to\s+(?:appoint|grant|license|sell|enter|engage|provide|collaborate)\b[^;]{0,120}\b(?:any\s+other|anyone\s+other|other\s+than|additional\s+distributors|third\s+part)/i, 1),
      p(/\bneither\b[^;]{0,80}\bshall\b[^;]{0,140}\b(?:other\s+than|any\s+other|third\s+part)/i, 1),
    ],
    neg: [
      p(/\bnon-?\s?exclusive\b/i, 1),
      p(/\bexclusive\s+(?:remed|liabilit|jurisdiction|venue|forum|courts?\b|property|owner|of\b)/i, 1),
      p(/\bexclusively\s+(?:owned|by|in\s+(?:the\s+)?courts)/i, 0.5),
    ],
  },
  {
    id: 'agi',
    triggers: ['agi', 'general intelligence', 'autonomous system', 'economically valuable'],
    pos: [
      p(/\bartificial\s+general\s+intelligence\b/i, 1.5),
      p(/(?<![\w-])AGI(?![\w-])/, 1),
      p(/\bhighly\s+autonomous\s+systems?\b[^;]{0,60}\boutperform/i, 1.5),
      p(/\boutperform\s+humans\s+at\s+most\s+economically\s+valuable\s+work\b/i, 1.5),
    ],
    neg: [
      p(/\badjusted\s+gross\s+income\b/i, 3),
      p(/\b(?:tax(?:able)?|income\s+tax|IRS|internal\s+revenue|W-2|1040)\b/i, 0.6),
    ],
  },
  {
    id: 'revenue-share',
    triggers: ['royalt', 'percent', '%', 'revenue', 'profit', 'commission', 'share', 'proceeds', 'receipts', 'net sales'],
    pos: [
      p(/\broyalt(?:y|ies)\b/i, 1),
      p(/\b(?:percent|per\s+cent|%)[^;]{0,40}\bof\s+(?:all\s+|the\s+|such\s+|its\s+|any\s+)?(?:[\w'’-]+\s+){0,3}(?:net\s+|gross\s+)?(?:revenues?|sales|profits?|receipts|proceeds|income|margin|billings|amounts?\s+(?:received|collected|paid))/i, 1.2),
      p(/\b(?:revenue|profit)s?\s+(?:shar|split)/i, 1.2),
      p(/\bshare\s+(?:of|in)\s+(?:the\s+)?(?:net\s+|gross\s+)?(?:revenues?|profits?|proceeds|receipts|income)/i, 1.2),
      p(/\bcommissions?\b/i, 0.8),
      p(/\b(?:net|gross)\s+(?:sales|revenues?|receipts|profits?|proceeds)\b/i, 0.5),
      p(/\b(?:profits?|losses)\b[^;]{0,40}\b(?:shared|distributed|divided|split|allocated)\b/i, 1),
    ],
    neg: [
      p(/\binterest\s+(?:at|rate)\b/i, 0.5),
    ],
  },
  {
    id: 'effective-date',
    triggers: ['effective', 'commence', 'dated', 'as of', 'entered into', 'made'],
    pos: [
      p(/["“”]?effective\s+date["“”]?\s+(?:shall\s+)?means?\b/i, 1.2),
      p(/\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?["“”]effective\s+date["“”]/i, 1.2),
      p(/\b(?:shall\s+be|is|becomes?|become|will\s+be)\s+effective\s+(?:as\s+of|on|upon|from|immediately)\b/i, 1),
      p(/\b(?:shall\s+)?(?:take|takes|come\s+into)\s+(?:effect|force)\b/i, 1),
      p(/\b(?:made|entered\s+into|dated)\b[^;]{0,30}\bas\s+of\b/i, 0.8),
      p(/\b(?:shall\s+)?(?:commence|begin|start)s?\s+(?:on|as\s+of|upon)\b/i, 0.8),
    ],
    neg: [],
  },
  {
    id: 'expiration-date',
    triggers: ['term', 'expir', 'continue', 'until', 'through', 'anniversary', 'year', 'period', 'indefinite'],
    pos: [
      p(/\binitial\s+term\b/i, 0.8),
      p(/\b(?:shall|will)\s+(?:continue|remain)\s+in\s+(?:full\s+)?(?:force|effect)\b/i, 0.7),
      p(/\b(?:continue|remain\s+in\s+(?:full\s+)?(?:force\s+and\s+)?effect|extend|expire|terminate|end)\s+(?:for|until|through|on)\b/i, 0.7),
      p(/\b(?:term|period)\s+of\s+(?:[\w()-]+\s+){0,3}(?:years?|months?|days)\b/i, 0.8),
      p(/\b(?:expire|expiration|end|ending|terminate)s?\b[^;]{0,60}\banniversary\b/i, 0.7),
      p(/\bcontinue\s+indefinitely\b/i, 1),
      p(/\b(?:expire|expiry|expiration)\b/i, 0.3),
    ],
    neg: [],
  },
  {
    id: 'renewal-term',
    triggers: ['renew', 'extend', 'extension', 'successive'],
    pos: [
      p(/\b(?:automatically|auto)\s+(?:be\s+)?(?:renew|extend)/i, 1.2),
      p(/\brenew(?:al|ed|s)?\b/i, 0.8),
      p(/\bsuccessive\b/i, 0.5),
      p(/\b(?:extend|extension\s+of)\s+(?:the\s+)?(?:term|agreement)/i, 0.7),
      p(/\boption\s+to\s+(?:renew|extend)\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'notice-period',
    triggers: ['renew', 'extend', 'notice'],
    pos: [
      p(/\bnotice\b[^;]{0,100}\b(?:not\s+to\s+(?:renew|extend)|non-?\s?renewal|will\s+not\s+be\s+renewed|elected\s+not\s+to\s+(?:renew|extend))/i, 1.2),
      p(/\b(?:renew|extend)\w*\b[^;]{0,140}\bunless\b[^;]{0,100}\bnotice\b/i, 1.2),
      p(/\bnotice\b[^;]{0,140}\bprior\s+to\s+the\s+(?:end|expiration|expiry)\s+of\s+the\s+(?:then[\s-]+current|initial|renewal)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'license-grant',
    triggers: ['licen', 'right to use'],
    pos: [
      p(/\b(?:hereby\s+)?grants?\b[^;]{0,200}\b(?:licen[cs]e|sub-?licen[cs]e)\b/i, 1.2),
      p(/\b(?:licen[cs]e|right)\s+to\s+(?:use|make|sell|reproduce|distribute|practice|display|copy)/i, 0.6),
      p(/\blicen[cs]ed?\s+(?:to|under)\b/i, 0.4),
    ],
    neg: [],
  },
  {
    id: 'perpetual-license',
    triggers: ['perpetu', 'irrevocab'],
    pos: [
      p(/\b(?:perpetual|irrevocable)\b/i, 1),
      p(/\b(?:licen[cs]e|right)\b/i, 0.2),
    ],
    neg: [],
    threshold: 1.2,
  },
  {
    id: 'termination-for-convenience',
    triggers: ['terminat', 'cancel'],
    pos: [
      p(/\b(?:terminate|cancel)\b[^;]{0,80}\b(?:without\s+cause|for\s+(?:any|no)\s+reason|for\s+convenience|at\s+any\s+time|at\s+will)\b/i, 1.2),
      p(/\b(?:without\s+cause|for\s+(?:any|no)\s+reason|for\s+convenience|at\s+any\s+time)\b[^;]{0,80}\b(?:terminate|cancel)/i, 1.2),
      p(/\b(?:terminate|cancel)\w*\b[^;]{0,80}\b(?:upon|by\s+giving|with|on)\s+(?:at\s+least\s+|not\s+less\s+than\s+)?(?:[\w()-]+\s+){0,3}(?:days|months|weeks)['’]?\s+(?:prior\s+|advance\s+)?(?:written\s+)?notice\b/i, 0.9),
    ],
    neg: [],
  },
  {
    id: 'change-of-control',
    triggers: ['control', 'merger', 'acqui', 'substantially all', 'operation of law', 'ownership', 'consolidat'],
    pos: [
      p(/\bchange\s+(?:of|in)\s+(?:control|ownership)\b/i, 1.2),
      p(/\bmerger\b|\bmerges?\b|\bconsolidat/i, 0.7),
      p(/\b(?:sale|transfer|acquisition)\s+of\s+(?:all\s+or\s+)?substantially\s+all\b/i, 0.7),
      p(/\boperation\s+of\s+law\b/i, 0.5),
      p(/\bacqui(?:red|sition)\b/i, 0.4),
    ],
    neg: [],
  },
  {
    id: 'governing-law',
    triggers: ['law', 'govern', 'jurisdiction'],
    pos: [
      p(/\bgoverned\s+(?:by|in\s+accordance\s+with)\b/i, 1.2),
      p(/\b(?:construed|interpreted|enforced)\b[^;]{0,60}\b(?:in\s+accordance\s+with|under)\s+the\s+laws?\b/i, 1),
      p(/\bgoverning\s+law\b/i, 1),
      p(/\blaws?\s+of\s+the\s+(?:state|commonwealth|province|republic|people['’]s\s+republic)\s+of\b/i, 0.5),
    ],
    neg: [],
  },
  {
    id: 'first-refusal',
    triggers: ['first', 'refusal', 'match', 'offer', 'negotiat'],
    pos: [
      p(/\bright\s+of\s+first\s+(?:refusal|offer|negotiation)\b/i, 1.5),
      p(/\bfirst\s+(?:right|option)\s+(?:of|to)\s+(?:refusal|negotiat|offer|purchase|acquire)/i, 1.5),
      p(/\b(?:right|option)\s+to\s+match\b/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'most-favored-nation',
    triggers: ['favo', 'no less', 'not less', 'no worse', 'better', 'lower'],
    pos: [
      p(/\bmost\s+favou?red\b/i, 1.5),
      p(/\b(?:terms|prices?|pricing|rates?|conditions)\b[^;]{0,80}\b(?:no|not)\s+less\s+favou?rable\s+than\b/i, 1.2),
      p(/\b(?:at\s+least\s+as\s+favou?rable|more\s+favou?rable)\b[^;]{0,80}\b(?:any\s+other|third\s+part|other\s+customers?|other\s+licensees?)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'non-compete',
    triggers: ['compet', 'non-compet', 'noncompet'],
    pos: [
      p(/\bnon-?\s?compet/i, 1.2),
      p(/\b(?:shall|will|agrees?)\s+not\b[^;]{0,100}\bcompet(?:e|ing|itive)\b/i, 1.2),
      p(/\bengage\s+in\b[^;]{0,60}\bcompet/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'anti-assignment',
    triggers: ['assign', 'transfer'],
    pos: [
      p(/\b(?:not|no)\b[^;]{0,60}\bassign(?:ed|ment)?\b[^;]{0,140}\b(?:without|prior|consent)/i, 1.2),
      p(/\bassign(?:ed|ment)?\b[^;]{0,100}\b(?:without\s+the\s+(?:prior\s+)?(?:written\s+)?consent|with\s+the\s+prior\s+written\s+consent)/i, 1.2),
    ],
    neg: [],
  },
  {
    id: 'ip-ownership',
    triggers: ['own', 'title', 'assign', 'property'],
    pos: [
      p(/\b(?:all\s+)?right,?\s+title\s+and\s+interest\b/i, 0.8),
      p(/\b(?:shall|will)\s+(?:be\s+the\s+(?:sole\s+and\s+exclusive\s+|exclusive\s+|sole\s+)?(?:property|owner)|own|vest)\b/i, 0.7),
      p(/\bhereby\s+(?:irrevocably\s+)?assigns?\b/i, 0.8),
      p(/\b(?:intellectual\s+property|inventions?|work\s+product|improvements?|deliverables|patents?|copyrights?)\b/i, 0.4),
      p(/\bwork\s+(?:made\s+)?for\s+hire\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'minimum-commitment',
    triggers: ['minimum', 'at least', 'not less than'],
    pos: [
      p(/\bminimum\s+(?:annual\s+|quarterly\s+|monthly\s+)?(?:purchase|order|volume|quantit|commitment|spend|revenue|sales|royalt|payment|fee)/i, 1.2),
      p(/\b(?:purchase|order|buy|spend)\b[^;]{0,40}\b(?:at\s+least|not\s+less\s+than|a\s+minimum\s+of)\b/i, 1),
    ],
    neg: [],
  },
  {
    id: 'liability-cap',
    triggers: ['liab', 'exceed', 'aggregate'],
    pos: [
      p(/\bliabilit(?:y|ies)\b[^;]{0,160}\b(?:shall\s+not\s+exceed|not\s+to\s+exceed|exceed|limited\s+to|in\s+excess\s+of|capped)/i, 1.2),
      p(/\b(?:cap|maximum|aggregate)\s+(?:on\s+)?(?:total\s+)?liabilit/i, 1),
      p(/\bin\s+no\s+event\b[^;]{0,100}\bliab/i, 0.6),
    ],
    neg: [],
  },
  {
    id: 'cloud-provider',
    triggers: ['cloud', 'hosting', 'compute', 'data center', 'azure', 'aws'],
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
    triggers: ['equity', 'share', 'stock', 'stake', 'ownership interest', 'warrant', 'units'],
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
