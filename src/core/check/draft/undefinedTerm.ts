import type { Finding, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { BoundedMap } from '../../memo';
import { looksWhole } from './definitionChecks';
import { blanks, clauseAt, finding, fix, inSpans, LINE_GAP, sortedSpans, squash } from './util';
import { DEMONYMS } from './facts';
import { wordSet, textAfter, textBefore } from '../../text/chars';
import { MONTH_NAMES, WEEKDAYS } from '../../extract/dates';
import { singulars } from '../../extract/definitions';

/**
 * A capitalised phrase used like a defined term ("the Licensed Technology", "any Net Revenue") that the draft never
 * defines. Precision first: only drafts that look whole and define terms; only phrases after a lowercase
 * determiner (so never at a sentence start); never in headings, heading-like lines, quotes or ignored regions; never
 * names of places, laws, courts or organisations, months, days, party roles or common capitalised legal phrases;
 * never when the draft says undefined capitalised terms take their meaning from another document.
 */
export const undefinedTerm: Rule = {
  codes: ['undefined-term'],
  check(ctx: CheckContext): Finding[] {
    if (!looksWhole(ctx)) return [];
    const { text } = ctx;
    const local = ctx.local?.undefinedTerm ?? undefinedTermLocal(text, 0, text.length);
    if (local.elsewhere.length > 0) return [];
    const memo = ctx.memo?.undefinedTerm ?? newUndefinedTermMemo();

    // The base set of defined keys: definitions, quoted and bold phrases. Rebuilt only when it may have changed.
    // (the incremental analyzer passes a fresh memo whenever that set may have changed)
    if (memo.base === null) {
      const defined = new Set<string>();
      const definedTerms: string[] = [];
      for (const d of ctx.definitions) {
        if (typeof d.term !== 'string') continue;
        const k = key(d.term);
        if (!defined.has(k)) definedTerms.push(squash(d.term));
        defined.add(k);
      }
      // quoted capitalised phrases: definitions in a form the extractor may not know; bold phrases: Markdown drafts
      // often define terms as **Territory** means ... (also in tables)
      for (const q of local.quoted) defined.add(q.key);
      // and each key's singulars (see hasVariant)
      for (const k of [...defined]) forms(defined, k);
      memo.base = defined;
      memo.definedTerms = definedTerms;
      memo.termIndex = null;
      if (memo.previous) memo.previous.changed = changedTerms(memo.previous.terms, definedTerms);
    }
    const base = memo.base;
    /** Keys defined "by reference" further up the draft (Purchase Agreement (as defined in ...)). */
    let added: Set<string> | null = null;

    const ignored = sortedSpans(ctx.segmentation.ignored);
    const headings = sortedSpans(ctx.segmentation.sections.map((s) => s.heading).filter((h) => h && h.end > h.start));
    /** Phrases decided once for the whole draft: reported, excluded names or defined terms. */
    const done = new Set<string>();
    const out: Finding[] = [];
    for (const c of local.candidates) {
      const k = c.key;
      if (done.has(k)) continue;
      const start = c.start;
      if (inSpans(ignored, start) || inSpans(headings, start)) continue;
      if (skipped(memo, c.phrase, k, base) || (added !== null && hasVariant(k, added))) {
        done.add(k);
        continue;
      }
      const f = flagsOf(text, c);
      if (f & BY_REF) {
        forms((added ??= new Set()), k);
        done.add(k);
        continue;
      }
      if (f & (QUOTE_NEXT | CAPITAL_NEXT | HEADING_LIKE) || boldTitle(text, start, start + c.phrase.length)) continue;
      if (f & CONNECTOR_NEXT) {
        // part of a longer name ("the Secretary of the Treasury"), unless a defined term follows ("any Key Employee
        // of the Company"); the whole phrase may itself be defined ("a Sale of the Company")
        AND_THE.lastIndex = start + c.phrase.length;
        const m = AND_THE.exec(text);
        if (!m || !hasVariant(key(m[1]), base)) continue;
        if (base.has(key(text.slice(start, m.index + m[0].length)))) continue;
      }
      // "Claim" after "Claims" or "Claims" after "Claim": one finding, at the first
      if (singulars(k).some((x) => done.has(x))) continue;
      forms(done, k);
      if (namedPlace(text, k)) continue;
      const span: Span = { start, end: start + c.phrase.length };
      let note = memo.notes.get(c.phrase);
      if (note === undefined) {
        const written = squash(c.phrase);
        // the suggestion before the definitions changed holds when no term that came or went is near this phrase
        const prev = memo.previous?.notes.get(c.phrase);
        if (prev !== undefined && !memo.previous!.changed!.some((t) => isNear(written, t))) note = prev;
        else {
          const near = closest(written, (memo.termIndex ??= indexTerms(memo.definedTerms)));
          note = {
            message: `"${written}" is used as a defined term but is not defined in this draft.${near ? ` Did you mean "${near}"?` : ''}`,
            near,
          };
        }
        memo.notes.set(c.phrase, note);
      }
      const near = note.near;
      out.push(finding({
        code: 'undefined-term', severity: 'warning', span, clause: clauseAt(ctx.clauses, start), message: note.message,
        fixes: near ? [fix(span, `Change to "${near}"`, near)] : [],
      }));
    }
    return out;
  },
};

/** A capitalised phrase after a determiner ("the Licensed Technology"): a candidate undefined term. */
export interface TermCandidate {
  readonly start: number;
  readonly phrase: string;
  readonly key: string;
  /** Facts about the text around it (FLAGS_UNKNOWN until first needed; they depend on ≤ 60 characters around). */
  flags: number;
}

/** What `undefined-term` reads from the text, for the lines in a range; see `undefinedTermLocal`. */
export interface UndefinedTermLocal {
  /** Quoted or bold capitalised phrases (as keys), by start. */
  readonly quoted: readonly { readonly start: number; readonly key: string }[];
  readonly candidates: readonly TermCandidate[];
  /** Where the draft says undefined capitalised terms take their meaning from another document. */
  readonly elsewhere: readonly number[];
}

/** How far after an item's start the text it depends on may reach (for the incremental analyzer). */
export const UNDEFINED_TERM_CONTEXT = 260;

/**
 * Quoted and bold phrases, candidates and "defined elsewhere" sentences starting in [from, to): `from` must be a line
 * start and `to` a line start or the end (none of them spans lines but a candidate in hard-wrapped text).
 */
export const undefinedTermLocal = (text: string, from: number, to: number): UndefinedTermLocal => {
  const quoted: { start: number; key: string }[] = [];
  const candidates: TermCandidate[] = [];
  const elsewhere: number[] = [];
  // Scan only [from, to); context is read from the whole text.
  const chunk = from === 0 && to >= text.length ? text : text.slice(from, to);
  let q: RegExpExecArray | null;
  QUOTED.lastIndex = 0;
  while ((q = QUOTED.exec(chunk)) !== null) quoted.push({ start: q.index + from, key: key(q[1]) });
  BOLD.lastIndex = 0;
  const bold: { start: number; key: string }[] = [];
  while ((q = BOLD.exec(chunk)) !== null) bold.push({ start: q.index + from, key: key(q[1]) });
  // a candidate may span a line break: scanned from the line before (a phrase may end there, or its determiner) to
  // past `to`
  const lo = from > 0 ? text.lastIndexOf('\n', from - 2) + 1 : 0;
  const wide = text.slice(lo, to + 200);
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const keys = new Map<string, string>(); // phrases repeat: their keys once
  let end = -9;
  // the last line break before the match and the next one (the matches come in order: followed forward)
  let nl = -1;
  let nextNl = wide.indexOf('\n');
  while ((m = CANDIDATE.exec(wide)) !== null && m.index < to - lo) {
    let phrase = m[0];
    const at = m.index;
    while (nextNl >= 0 && nextNl < at) nextNl = wide.indexOf('\n', (nl = nextNl) + 1);
    // a determiner that ends the previous phrase ("the Aa Bb Cc Dd Any Foo": five words at most) starts no phrase;
    // nor does one that ends a line not hard-wrapped
    if ((at - end < 9 && !/\S/.test(wide.slice(end, at))) || (nl >= 0 && !/\S/.test(wide.slice(nl, at)) && !wrappedFrom(text, lo + nl + 1))) {
      CANDIDATE.lastIndex = at + 1;
      continue;
    }
    // a phrase ends at a line break that ends no hard-wrapped line
    for (let b = phrase.indexOf('\n'); b >= 0; b = phrase.indexOf('\n', b + 1)) {
      if (wrappedFrom(text, lo + at + b + 1)) continue;
      phrase = phrase.slice(0, b).trimEnd().replace(/\sof$/, '').trimEnd();
      CANDIDATE.lastIndex = at + phrase.length;
      break;
    }
    end = at + phrase.length;
    if (lo + at < from) continue;
    let k = keys.get(phrase);
    if (k === undefined) keys.set(phrase, (k = key(phrase)));
    candidates.push({ start: at + lo, phrase, key: k, flags: FLAGS_UNKNOWN });
  }
  // "Capitalized terms ... not defined ..." (one scan for both spellings of the stem)
  CAPITALI.lastIndex = 0;
  while ((m = CAPITALI.exec(chunk)) !== null) {
    const at = m.index + from;
    if (ELSEWHERE.test(text.slice(at + 7, at + 207))) elsewhere.push(at);
  }
  return { quoted: bold.length ? [...quoted, ...bold].sort((x, y) => x.start - y.start) : quoted, candidates, elsewhere };
};

const FLAGS_UNKNOWN = -1;
const BY_REF = 1;
const QUOTE_NEXT = 2;
const CAPITAL_NEXT = 4;
const CONNECTOR_NEXT = 8;
const HEADING_LIKE = 16;
const CONNECTOR = blanks('', LINE_GAP)`^(?:~(?:(?:and|&|of)~(?:the~)?|(?:for|on|in|de|du|des|la|le)~|\([A-Z][^()\n]{0,50}\)~)[A-Z]|,~(?:[A-Z][a-z]{1,20}~(?:and~)?){1,4}Act\b)`;

/** Facts about the text around a candidate (computed once per candidate object). */
export const flagsOf = (text: string, c: TermCandidate): number => {
  if (c.flags !== FLAGS_UNKNOWN) return c.flags;
  const start = c.start;
  let after = text.slice(start + c.phrase.length, start + c.phrase.length + 60);
  // hard-wrapped text: a line break and the next line's indentation read as a space ("the Availability⏎Period"; only
  // where the tests below look: the first 20 characters)
  const nl = after.indexOf('\n');
  if (nl >= 0 && nl < 20) after = unwrapAt(after, nl);
  let f = 0;
  if (BY_REFERENCE.test(after)) f |= BY_REF;
  if (/^["”’']/.test(after) || /["“‘']$/.test(textBefore(text, start, 1))) f |= QUOTE_NEXT;
  // the phrase stops before another capitalised token ("the Azure OpenAI Service") or a number ("a Phase 3 Trial"):
  // part of a longer name; or before a form of company: the place of incorporation ("a Maine corporation", "an
  // Ontario limited partnership")
  if (/^[ \t\xa0]{1,3}(?:[A-Z\d]|corporation|company|limited|(?:general )?partnership|exempted|statutory|non-?profit|professional|banking)/.test(after)) f |= CAPITAL_NEXT;
  // ... or continues with a connector and a capital ("the Health Insurance Portability and Accountability Act")
  // ... or with a bracketed part and a capital ("the Contracts (Rights of Third Parties) Act 1999"), or is the first of
  // a statute's list ("the Copyright, Designs and Patents Act 1988")
  if (CONNECTOR.test(after)) f |= CONNECTOR_NEXT;
  // (and a title in an address: "for the attention of the Head of Business Affairs")
  if (headingLike(text, start) || /\battention of\s{1,3}the\s{1,3}$/i.test(textBefore(text, start, 24))) f |= HEADING_LIKE;
  c.flags = f;
  return f;
};

/** Caches of `undefined-term` kept between analyses of one draft (see CheckContext.memo). */
export interface UndefinedTermMemo {
  /** The defined keys, each also as singulars (see hasVariant). */
  base: Set<string> | null;
  definedTerms: string[];
  termIndex: TermIndex | null;
  /** By phrase: excluded, or a variant of a defined phrase (depends on `base`). */
  readonly skipped: Map<string, boolean>;
  readonly excluded: Map<string, boolean>;
  /** By phrase: the finding's message and the near-miss suggestion (depend on the definitions' terms). */
  readonly notes: Map<string, Note>;
  /**
   * After the definitions' terms changed: the notes for the previous terms, and (once the check has listed the new
   * terms) the terms that came or went. A previous note holds for a phrase none of those is near.
   */
  readonly previous?: { readonly notes: ReadonlyMap<string, Note>; readonly terms: readonly string[]; changed?: readonly string[] };
}

/**
 * A memo for a changed set of defined phrases: what depends on that set is dropped, what depends only on a phrase
 * (exclusions, variant keys) is kept, and the near-miss suggestions too when the definitions' terms are the same.
 */
export const renewUndefinedTermMemo = (old: UndefinedTermMemo, sameTerms: boolean): UndefinedTermMemo => ({
  ...newUndefinedTermMemo(true), excluded: old.excluded,
  // old.definedTerms are the terms of old.notes only once the check has run with that memo (base set)
  ...(sameTerms ? { notes: old.notes } : old.base !== null ? { previous: { notes: old.notes, terms: old.definedTerms } } : {}),
});

interface Note {
  readonly message: string;
  readonly near: string | null;
}

/** The terms in one list and not in the other (as written: a term whose case changed is in both). */
const changedTerms = (before: readonly string[], after: readonly string[]): string[] => {
  const a = new Set(after);
  const b = new Set(before);
  return [...before.filter((t) => !a.has(t)), ...after.filter((t) => !b.has(t))];
};

/** Could `closest(phrase, ...)` suggest this term (within its reach, before the ranking)? */
const isNear = (phrase: string, term: string): boolean => {
  const p = phrase.toLowerCase();
  const max = reachOf(p);
  return nearDistance(p, term.toLowerCase(), max) <= max;
};

/** A memo for a new set of defined phrases; `kept` false: for one analysis only (plain maps). */
export const newUndefinedTermMemo = (kept?: boolean): UndefinedTermMemo =>
  ({ base: null, definedTerms: [], termIndex: null, skipped: phraseMemo(kept), excluded: phraseMemo(kept), notes: phraseMemo(kept) });

/**
 * A memo by phrase, bounded: a long editing session types ever new phrases. A memo that is not kept after the
 * analysis is a plain Map (nothing to bound, nor to detach from the text).
 */
const phraseMemo = <V>(kept = true): Map<string, V> => kept ? new BoundedMap<string, V>(50_000) : new Map<string, V>();

const excluded = (memo: UndefinedTermMemo, phrase: string): boolean => {
  let r = memo.excluded.get(phrase);
  if (r === undefined) {
    r = isExcluded(phrase);
    memo.excluded.set(phrase, r);
  }
  return r;
};

/** Never reported: an excluded name, or a variant of a defined phrase. */
const skipped = (memo: UndefinedTermMemo, phrase: string, k: string, base: ReadonlySet<string>): boolean => {
  let r = memo.skipped.get(phrase);
  if (r === undefined) {
    r = excluded(memo, phrase) || hasVariant(k, base);
    memo.skipped.set(phrase, r);
  }
  return r;
};

/** "Capitalized terms used but not defined herein have the meanings given in the Purchase Agreement." */
const ELSEWHERE = blanks('i')`^[sz]ed~terms\b[^.]{0,120}\b(?:not|otherwise)~(?:otherwise~)?defined\b`;

const CAPITALI = /apitali|APITALI/g;

/** `s` with the line break at `nl` and the blanks around it made one space, unless a blank line follows. */
const unwrapAt = (s: string, nl: number): string => {
  let b = nl + 1;
  while (b < s.length && ' \t'.includes(s[b])) b++;
  if (b >= s.length || '\n\r'.includes(s[b])) return s;
  let a = nl;
  while (a > 0 && ' \r\t'.includes(s[a - 1])) a--;
  return `${s.slice(0, a)} ${s.slice(b)}`;
};
/** A capitalised phrase of up to eight words (group 1), quoted or in bold. */
const PHRASE = String.raw`([A-ZÀ-Þ][A-Za-z0-9À-ɏ'’&-]{0,30}(?:~[A-Za-z0-9À-ɏ'’&-]{1,30}){0,7})`;
const QUOTED = blanks('g', LINE_GAP)`["“]${PHRASE}[”"]`;
/** (a list named by its run-in heading too: "**Part B – Excluded Products.**") */
const BOLD = blanks('g', LINE_GAP)`(?:\*\*|__)(?:Part~[A-Z\d]{1,2}~\W~)?["“]?${PHRASE}\.?["”]?(?:\*\*|__)`;
const BY_REFERENCE = /^[\s,]{0,3}\(?\s*(?:as\s+(?:such\s+term\s+is\s+)?defined|as\s+used|within\s+the\s+meaning|(?:has|(?:shall\s+)?have)\s+the\s+meaning|dated\s+(?:as\s+of\s+)?(?:\d|[a-z]{3,9}\s+\d))/i;

/** A capital and a lower-case letter, Latin-1 and Latin Extended-A/B ones too ("Café", "Société Générale", "Müller"). */
const U = '[A-ZÀ-Þ]';
const L = '[a-zß-ɏ]';
const WORD = `${U}${L}{1,24}(?:-${U}${L}{1,24})?`;
/** Blanks between words, or one line break (hard-wrapped text: `undefinedTermLocal` keeps it only after a long line). */
const GAP = String.raw`(?:[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,12})`;
/**
 * The phrase, found from its first two letters (much rarer than the word starts a leading determiner is tried at),
 * with the determiner looked for behind them. Its first word may be a possessive when two words or more follow ("the
 * Supplier's Standard Conditions"; one word after it is often a role: "the Seller's Solicitors").
 */
const CANDIDATE = new RegExp(
  `${U}${L}(?<=\\b(?:[Tt]he|[Ss]uch|[Aa]ny|[Ee]ach|[Aa]ll|said|its|their|[Ee]very|other|[Ee]ither|[Nn]either|[Nn]o|a|an)${GAP}${U}${L})${L}{0,23}(?:-${U}${L}{1,24})?(?:['’]s?(?=${GAP}${WORD}${GAP}${U}))?(?:${GAP}(?:of${GAP})?${WORD}){0,4}(?![-'’]?[\\wÀ-ɏ])`,
  'g',
);

/** "and the" or "of the" and capitalised words (up to four). */
const AND_THE = blanks('y')`~(?:and|&|of)~the~(${WORD}(?:~${WORD}){0,3})`;

const key = (s: string): string => {
  const k = squash(s).toLowerCase();
  // without a trailing possessive ('s or ’s; tested by hand: most phrases have none)
  const c = k.charCodeAt(k.length - 2);
  return k.endsWith('s') && (c === 39 || c === 0x2019) ? k.slice(0, -2) : k;
};

/** Adds a key and its singulars to a set. */
const forms = (set: Set<string>, k: string): void => {
  for (const x of singulars(k)) set.add(x);
};

/**
 * Does `keys` hold one of the keys whose definition makes a phrase (given by its key) a defined term ("Licensed
 * Product Revenue" when "Licensed Product" is defined): the phrase or a leading/trailing part of it, each with its
 * last word as written or singular (and with an "s" added); the leading parts include the head before "of" ("Board
 * of Directors" when "Board" is defined). `keys` holds each key also as singulars: one lookup finds a
 * part written either way.
 */
const hasVariant = (phraseKey: string, keys: ReadonlySet<string>): boolean => {
  const last = phraseKey.lastIndexOf(' ') + 1;
  for (let w = 0, e = -1; e < phraseKey.length; w = e + 1) {
    e = phraseKey.indexOf(' ', w);
    if (e < 0) e = phraseKey.length;
    // the leading part up to the end of this word; the trailing part from this word (not the first) to the end
    if (hasForm(keys, phraseKey, 0, w, e) || (w > 0 && hasForm(keys, phraseKey, w, last, phraseKey.length))) return true;
  }
  return false;
};

/** Does `keys` hold the part of `k` from `from` to `end`, its last word (from `w`) as written or singular (not "of")? */
const hasForm = (keys: ReadonlySet<string>, k: string, from: number, w: number, end: number): boolean => {
  const word = k.slice(w, end);
  if (word === 'of') return false;
  // (most words: no singular to try, no list to build)
  if (!word.endsWith('s')) return keys.has(k.slice(from, end));
  const head = k.slice(from, w);
  return singulars(word).some((s) => keys.has(head + s));
};

/** `wordSet`, a word written `w(s)` standing for both w and ws. */
const words = (...groups: string[]): ReadonlySet<string> => wordSet(...groups.map((g) => g.replace(/([\w ]{1,30})\(s\)/g, '$1|$1s')));

const STOP_WORDS = words(
  // calendar: the months and weekdays
  ...MONTH_NAMES.slice(0, 12),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  // document parts, common capitalised legal words and obvious party roles (usually introduced by name); names
  // the rules below exclude ("the Business Day", "the Board of Directors", "the United States") are not repeated
  'agreement|amendment|section(s)|article(s)|exhibit(s)|schedule(s)|' +
  'annex|annexes|appendix|appendices|attachment(s)|recital(s)|preamble|' +
  'clause(s)|paragraph|subsection|party|parties|parties hereto|' +
  'company|corporation|partnership|bank|trust|trustee|borrower(s)|lender(s)|seller(s)|' +
  'buyer(s)|purchaser(s)|licensor(s)|licensee(s)|sublicensee(s)|' +
  'distributor|supplier|customer(s)|contractor|consultant|employee|employer|executive|' +
  'landlord|tenant|franchisee|franchisor|manufacturer|vendor|client|provider|investor(s)|' +
  'holder(s)|agent|guarantor|issuer|owner|developer|publisher|reseller|' +
  'sponsor|member(s)|manager|director(s)|officer(s)|shareholder(s)|' +
  'stockholder(s)|grantor|grantee|assignor|assignee|producer|operator|user(s)|' +
  'internet|web|world wide web|government|federal|state(s)|court(s)|board|commission|code|' +
  'netherlands|hague|bahamas|philippines|gambia|euro|dollar(s)|god|act(s)|law(s)|rule(s)|' +
  'confidentiality|term sheet|closing|whereas|witness|name|title|date|signature|address|' +
  'attention|fax|email|telephone|phone|note(s)|table|figure|page(s)|total',
);

/** Seas and coasts: last words of a place, and words before "of" in one ("the Gulf of Maine", "the Firth of Forth"). */
const COASTS = 'gulf|sea(s)|strait(s)|peninsula|coast|isle(s)|firth|channel|basin|bay|ocean';
/** The words of COASTS: before "Area" or "Region" they name a place ("the Bay Area"; "the Licensed Area" is a term). */
const COAST = words(COASTS);

/** Last words that name an organisation, place, law or document rather than a defined term. */
const PROPER_LAST = words(
  'act(s)|code(s)|rule(s)|regulation(s)|corporation|corp|inc|incorporated|' +
  'llc|ltd|limited|company|bank|university|college|department|commission|agency|office|' +
  'association|institute|exchange|street|avenue|road|court(s)|committee|council|authority|commissioner|ombudsman|regulator|' +
  'bureau|service|administration|government|treasury|reserve|nations|union|states|kingdom|' +
  'republic|island(s)|county|city|province|commonwealth|district|circuit|river|' +
  'center|centre|foundation|holdings|fund|convention|treaty|directive|agreement(s)|' +
  'amendment|constitution|charter|' +
  'bylaws|statute(s)|ordinance|protocol|organization|organisation|group|partners|lp|llp|' +
  'system(s)|trust|church|hospital|school|museum|party|parties|mountains|valley|' +
  'lake|park|square|building|tower|plaza|hub|campus|boulevard|drive|lane|way|america|europe|asia|' +
  'africa|day(s)|time|index|borough|town|village|exhibit|schedule|annex|appendix|attachment|section|article|' +
  // and the points of the compass ("the Middle East", "the Pacific Northwest")
  'hebrides|highlands|east|west|north|south|northeast|northwest|southeast|southwest|midwest',
  COASTS,
);

/** Words naming a place or state before "of": "the Gulf of Maine", "the Isle of Man", "the Grand Duchy of Luxembourg". */
const PLACE_OF = words(
  COASTS,
  'bays|cape|island(s)|duchy|principality|emirate|' +
  'sultanate|territory|territories|town|village|municipality|parish|canton|prefecture|republic|kingdom|state|province',
);

/** First words that start a proper name. */
const PROPER_FIRST = wordSet(
  'state|commonwealth|city|county|province|republic|kingdom|university|bank|department|' +
  'board|office|court|secretary|ministry|minister|federal|united|national|international|' +
  'american|european|new|north|south|east|west|northern|southern|eastern|western|' +
  'supreme|district|internal|uniform|general|chief|president|vice|mr|mrs|ms|dr|' +
  'borough|saint|st|mount|lake|port|fort|san|los|las|santa|hong|people|food|securities|' +
  'environmental|occupational|nasdaq|dow|wall|financial|generally|delaware|california|texas|' +
  'danish|norwegian|finnish|belgian|austrian|welsh|korean|brazilian|mexican|luxembourg|polish|portuguese|russian|' +
  'korea|brazil|mexico|switzerland|' +
  'florida|york|massachusetts|illinois|nevada|washington|virginia|georgia|ohio|michigan|' +
  'pennsylvania|jersey|connecticut|colorado|minnesota|arizona|oregon|utah|canada|china|' +
  'japan|germany|france|england|india|israel|singapore|ireland|europe|asia|africa|' +
  'microsoft|google|apple|amazon|oracle|ibm|intel|windows|android|ios|linux',
  // and the nationalities facts.ts reads a law from ("English law"): english, french, german, swiss...
  ...Object.keys(DEMONYMS),
);

const isExcluded = (phrase: string): boolean => {
  // (the words after a possessive: "the Company's Board of Directors")
  const k = squash(phrase).toLowerCase().replace(/^[^ ]{1,40}['’]s? /, '');
  if (STOP_WORDS.has(k)) return true;
  // the words without splitting (k has single spaces)
  const sp = k.indexOf(' ');
  const first = sp < 0 ? k : k.slice(0, sp);
  const of = k.indexOf(' of ');
  if (of > 0 && (STOP_WORDS.has(first) || PROPER_FIRST.has(first) || PLACE_OF.has(k.slice(k.lastIndexOf(' ', of - 1) + 1, of)))) return true;
  const dash = first.indexOf('-');
  if (PROPER_FIRST.has(dash < 0 ? first : first.slice(0, dash))) return true;
  if (sp < 0) return PROPER_LAST.has(k) ? k !== 'system' : k.length < 3;
  const ls = k.lastIndexOf(' ');
  const last = k.slice(ls + 1);
  return (PROPER_LAST.has(last) && last !== 'channel') || ((last === 'area' || last === 'region') && COAST.has(k.slice(k.lastIndexOf(' ', ls - 1) + 1, ls)));
};

/**
 * "the Bristol Channel", "the Hornsea Zone" are places, "any Sales Channel", "the Excluded Zone" terms: the head names
 * both, the words before it tell them apart. A place has a name among them: a word the draft never writes in lower
 * case (alone or with an "s") and that has no suffix of a common English word. (The words are letters and hyphens;
 * the test reads the whole text, so it is not kept in the phrase memos.)
 */
const namedPlace = (text: string, k: string): boolean => {
  const m = / (?:channel|zone)s?$/.exec(k);
  return !!m && k.slice(0, m.index).split(' ').some((w) => !/(?:ed|ing|ion|ment|ive|ity)$/.test(w) && !new RegExp(`\\b${w}s?\\b`).test(text));
};

/**
 * Is the phrase in a clause's bold run-in title ("6.5 **No Implied Licences.** Except …", "**No Admission.**"): an
 * opening `**` before it on its line and a title's closing `.**` or `:**` after it.
 */
const boldTitle = (text: string, start: number, end: number): boolean =>
  /\*\*[^*\n]{0,60}$/.test(textBefore(text, start, 64)) && /^[^*\n.:]{0,60}[.:]\*\*/.test(text.slice(end, end + 64));

const LOWER_WORDS = wordSet('of|and|the|to|for|in|a|an|on|or|by|with|at');
/** In lower case, a verb of obligation or permission: the line is a sentence, however many capitals it has. */
const MODALS = wordSet('shall|will|must|may');

/** Is the line holding `offset` a heading, a signature block or an address (mostly capitalised words)? */
export const headingLike = (text: string, offset: number): boolean => {
  const s = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  const nl = text.indexOf('\n', offset);
  const e = nl < 0 ? text.length : nl;
  if (/^\s*[#|]/.test(textAfter(text, s, 8, e))) return true;
  if (e - s > 400 || wrappedFrom(text, s)) return false;
  // words: a letter (ASCII or Latin: "Société"), then letters, apostrophes and hyphens; at most 16 that are not
  // LOWER_WORDS, 3 in 4 of them capitalised, and no MODALS
  let content = 0;
  let caps = 0;
  for (let i = s; i < e;) {
    const c = text.charCodeAt(i);
    if (!isLatin(c)) {
      i++;
      continue;
    }
    const w = i++;
    for (let d = text.charCodeAt(i); i < e && (isLatin(d) || d === 39 || d === 0x2019 || d === 45); d = text.charCodeAt(++i));
    if (c >= 97 && i - w <= 5) {
      const word = text.slice(w, i);
      if (LOWER_WORDS.has(word)) continue;
      // "Licensor shall meet the Service Levels for the Licensed Software in the Territory": an operative sentence
      if (MODALS.has(word)) return false;
    }
    if (++content > 16) return false;
    if (c <= 90 || (c > 191 && c < 223)) caps++;
  }
  return content > 0 && caps / content >= 0.75;
};

/**
 * Does the line starting at `s` continue a hard-wrapped sentence ("… may assign its rights⏎to an Affiliate.")? The
 * line before is a long one (no line break in its last 40 characters) that ends with a lower-case letter or a comma.
 */
const wrappedFrom = (text: string, s: number): boolean => {
  let i = s - 2;
  while (i >= 0 && s - i < 20 && '\r \t'.includes(text[i])) i--;
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  if (!((c >= 97 && c <= 122) || c === 44) || i < 40) return false;
  for (let k = i - 40; k < i; k++) if (text.charCodeAt(k) === 10) return false;
  return true;
};

/** An ASCII letter, or one of Latin-1 or Latin Extended-A/B (U+00C0 to U+024F). */
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 191 && c < 592);

/**
 * The one defined term that a phrase is probably a misspelling of ("Licenced Technology" → "Licensed Technology"):
 * edit distance ≤ 2 (≤ 1 below 7 characters), case-insensitive, same first letter. Null when none or several.
 */
export const closest = (phrase: string, terms: readonly string[] | TermIndex): string | null => {
  const index = Array.isArray(terms) ? indexTerms(terms) : (terms as TermIndex);
  const p = phrase.toLowerCase();
  const max = reachOf(p);
  let best: string | null = null;
  let bestD = max + 1;
  let ties = 0;
  for (let len = p.length - max; len <= p.length + max; len++) {
    for (const t of index.get(bucket(p, len)) ?? []) {
      const d = nearDistance(p, t.lower, max);
      if (d < bestD) {
        bestD = d;
        best = t.term;
        ties = 1;
      } else if (d === bestD && d <= max) ties++;
    }
  }
  return best !== null && bestD <= max && ties === 1 ? best : null;
};

/** How far a suggestion may be from a (lower-case) phrase: edit distance 1 below 7 characters, else 2. */
const reachOf = (p: string): number => (p.length < 7 ? 1 : 2);

/** Edit distance of two lower-case phrases, or max + 1 when the term cannot be suggested (the same, another first letter, too long or short, too far). */
const nearDistance = (p: string, q: string, max: number): number => {
  if (q === p || q[0] !== p[0] || Math.abs(q.length - p.length) > max) return max + 1;
  return boundedDistance(p, q, max);
};

export type TermIndex = ReadonlyMap<number, readonly { readonly term: string; readonly lower: string }[]>;

/** The index's key for lower-case terms of length `len` starting like `q`. */
const bucket = (q: string, len: number): number => len * 65536 + q.charCodeAt(0);

/** Defined terms (and their lower case) by first letter and length, so a lookup compares only a handful of terms. */
export const indexTerms = (terms: readonly string[]): TermIndex => {
  const m = new Map<number, { term: string; lower: string }[]>();
  for (const term of terms) {
    const lower = term.toLowerCase();
    if (!lower) continue;
    const k = bucket(lower, lower.length);
    const list = m.get(k);
    if (list) list.push({ term, lower });
    else m.set(k, [{ term, lower }]);
  }
  return m;
};

/** Levenshtein distance, or max + 1 once it must exceed max (banded: O(length × max)). */
const boundedDistance = (a: string, b: string, max: number): number => {
  if (a.length > 80 || b.length > 80 || Math.abs(a.length - b.length) > max) return max + 1;
  // two rows reused by every call: a row's band and the cell on either side are written before they are read
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    if (lo > 1) cur[lo - 1] = max + 1;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (hi < b.length) cur[hi + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
};

const ROW_A = new Int32Array(81);
const ROW_B = new Int32Array(81);
