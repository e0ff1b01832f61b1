import type { ClauseSegment, Definition, Span, TermUse } from '../types';
import { isWordCode as isAsciiWordCode, wordSet, textBefore } from '../text/chars';
import { trieSource } from './trie';
import { blanks, lastAtOrBefore } from '../check/draft/util';

/** Up to 12 blanks, a line break among them (`~` in the patterns below). */
const W12 = String.raw`\s{1,12}`;

/*
 * Defined terms: `"X" means ...`, `"X" shall mean`, `(the "X")`, `(hereinafter "X")`, `(each, a "X")`, `("X")`,
 * curly quotes, bold Markdown `**"X"**` / `"**X**"`. One scan for quoted strings; the context around each is
 * checked with short sticky or end-anchored regexes on bounded slices.
 */

/**
 * A quoted candidate term: straight or curly double quotes, one line, ≤ 80 chars inside; or (group 2) the last quote
 * on a line, its term perhaps hard-wrapped on to the next line (see `findDefinitionsIn`).
 */
const QUOTED = /["“](?:([^"“”\n\r]{1,80})["”]|([^"“”\n\r]{1,79})\r?\n)/g;
/** The rest of a hard-wrapped term: the next line's indentation, then its text up to the closing quote. */
const WRAPPED_REST = /[ \t\xa0]{0,40}([^"“”\n\r]{1,79})["”]/y;
/** After the closing quote (and optional `**`): "means", "shall mean", "has the meaning"... (over a line break too). */
const MEANS_AFTER = blanks('y', W12)`(?:\*\*|__)?\s{0,12}(?::\s{0,12})?(?:(?:shall|will|does|is~deemed~to)~)?(?:means?|mean~and~includes?|includes?|refers?~to|(?:shall~have|has|have)~the~meanings?|is~defined)\b[ \t\xa0,:]{0,4}`;
/** A blank line (in a match of MEANS_AFTER, which may run over one line break of a hard-wrapped sentence). */
const BLANK_LINE = /\n[ \t\xa0\r]{0,12}\n/;
/** Words allowed between an opening paren and the quote: `(the `, `(hereinafter `, `(each, a `, `(collectively, the `... */
const LEAD_WORDS = wordSet(
  'the|a|an|each|collectively|individually|together|jointly|hereinafter|herein|hereafter',
  'also|referred|to|as|called|known|such|and|or|with|any|all|its|their',
  'respectively|**|__',
);
const QUOTED_IN_LEAD = /"[^"“”]{0,60}"|“[^"“”]{0,60}”/g;
const LEAD_SPLIT = /[\s,;:]+/;

/** A description that starts like a lead ("each such period,"; never "including, without limitation,"). */
const DESCRIBED = /^\s*(?:each|such|together|collectively|the|all|any)\b(?![^()"“”;.:]{0,80}?\b(?:includ|exclud|other\s+than|except|defin|see\b|under\b|pursuant))[^()"“”;.:]{0,80},/i;

/** `before` ends with `(` + only lead words and other quoted terms: `(each a "Party" and together the `. */
const parenLead = (before: string): boolean => {
  const open = before.lastIndexOf('(');
  if (open < 0) return false;
  let lead = before.slice(open + 1);
  if (lead.indexOf(')') >= 0) return false;
  lead = lead.replace(QUOTED_IN_LEAD, ' ');
  // and a description up to a comma: `(each such period, a "Renewal Term")`, `(together with the Initial Term, the "Term")`
  const d = DESCRIBED.exec(lead);
  const words = (d ? lead.slice(d[0].length) : lead).split(LEAD_SPLIT);
  let n = 0;
  for (const w of words) {
    if (w.length === 0) continue;
    if (++n > 10 || !LEAD_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
};

/** Without a paren: `hereinafter referred to as "X"`, `(referred to herein as "X")`. */
const REFERRED_LEAD = blanks('i', W12)`\b(?:hereinafter|hereafter|referred~to(?:~herein)?~as|to~be~known~as|called)[\s,]{1,12}(?:the~|a~|an~)?(?:\*\*|__)?$`;
/** After the quote in a parenthetical: another term, or the closing paren. */
const PAREN_TAIL = /(?:\*\*|__)?[ \t\xa0\r]{0,3}(?:\n[ \t\xa0]{0,12})?(?:[),;]|or\b|and\b)/y;
const SENTENCE_END = /[.;](?=[ \t\xa0\n\r]|$)|\n[ \t\xa0]*\n/g;

const clauseIndexAt = (clauses: readonly ClauseSegment[], pos: number): number => {
  // Clauses may nest or leave gaps: walk back a little to find one that contains pos.
  for (let i = lastAtOrBefore(clauses, pos), n = 0; i >= 0 && n < 8; i--, n++) {
    if (clauses[i].start <= pos && pos < clauses[i].end) return i;
  }
  return -1;
};

/** Whitespace that collapsing changes: two in a row, or one other than a space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

const trimDefinition = (s: string): string => {
  const t = (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
  if (t.length <= 200) return t;
  const cut = t.lastIndexOf(' ', 199);
  return `${t.slice(0, cut > 100 ? cut : 199)}…`;
};

/** Text from `from` to the end of the sentence (bounded). */
const sentenceAfter = (text: string, from: number): string => {
  const limit = Math.min(text.length, from + 400);
  const slice = text.slice(from, limit);
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(slice);
  return m ? slice.slice(0, m.index + (m[0] === '.' || m[0] === ';' ? 1 : 0)) : slice;
};

const ABBREVIATION = /\b(?:Inc|Ltd|Co|Corp|No|Nos|L\.L\.C|LLC|L\.P|N\.A|S\.A|B\.V|N\.V|U\.S|Mr|Ms|Mrs|Dr|St|Jr|Sr|et al|i\.e|e\.g|viz|cf)$/;
const PARENTHETICAL = /\([^()]{0,160}\)/g;

/** The sentence part before `to` (bounded), for parenthetical definitions: "Acme Inc. ("Acme")" → "Acme Inc.". */
const sentenceBefore = (text: string, to: number): string => {
  const from = Math.max(0, to - 300);
  const slice = text.slice(from, to);
  let cut = -1;
  for (let i = slice.length - 2; i >= 0; i--) {
    const c = slice.charCodeAt(i);
    if (c === 10 || c === 13) {
      // a hard-wrapped sentence goes on over a line break (CRLF: its CR next)
      if (c === 13 ? slice.charCodeAt(i + 1) === 10 : wrapBreak(slice, i)) continue;
      cut = i;
      break;
    }
    if (c === 46 /* . */ || c === 59 /* ; */) {
      const next = slice.charCodeAt(i + 1);
      if (next !== 32 && next !== 9 && next !== 10 && next !== 13) continue;
      const after = slice.slice(i + 1).trimStart();
      if (c === 46 && (after.length === 0 || !/^[A-Z"“]/.test(after) || ABBREVIATION.test(textBefore(slice, i, 8)))) continue;
      cut = i;
      break;
    }
  }
  const s = slice.slice(cut + 1).replace(PARENTHETICAL, ' ').trim();
  return s.length > 0 ? s : slice.slice(Math.max(0, slice.length - 80)).trim();
};

/** A list item, numbered line, heading, table row or quote: "- ", "* ", "+ ", "2.", "2.1", "(a)", "iv)", "#", "|", ">". */
const BLOCK_START = /[ \t\xa0]{0,12}(?:[-*+][ \t]|\d{1,3}[.)]|\([A-Za-z0-9]{1,5}\)|[ivxIVX]{1,5}[.)][ \t]|[A-Za-z][.)][ \t]|[#|>])/y;

/** The text before a line break ends with a blank line, or with a heading or a table row (then no sentence goes on). */
const PARAGRAPH_END = /(?:^|\n)(?:[ \t\r]*|[ \t]*[#|][^\n]*)$/;

/** Is the line break at `i` in `s` inside a hard-wrapped sentence (see BLOCK_START and PARAGRAPH_END)? */
const wrapBreak = (s: string, i: number): boolean => {
  BLOCK_START.lastIndex = i + 1;
  return !BLOCK_START.test(s) && !PARAGRAPH_END.test(s.slice(0, i));
};

const validTerm = (term: string): boolean => {
  if (term.length === 0 || term.length > 80) return false;
  if (term.trim() !== term) return false;
  return /[A-Za-z0-9]/.test(term) && term.split(' ').length <= 10;
};

/** `"X" means ...`, `(the "X")`. Sorted by start. */
export const extractDefinitions = (text: string, clauses: readonly ClauseSegment[]): Definition[] => {
  if (typeof text !== 'string' || text.length === 0) return [];
  return attachClauses(findDefinitionsIn(text, 0, text.length), clauses);
};

/**
 * How far around a definition's term the extractor reads (the sentence before and after it): a definition starting
 * more than this before or after an edit is not changed by it. The incremental analyzer relies on it.
 */
export const DEFINITION_CONTEXT = 700;

/**
 * The definitions whose opening quote lies in [from, to) (`from` must be a line start: a quoted term spans at most
 * one line break, and whether a quote opens one is decided on its own line), with `clause: -1`; `attachClauses`
 * fills in the clause. Sorted by start.
 */
export const findDefinitionsIn = (text: string, from: number, to: number): Definition[] => {
  const out: Definition[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    // Scan only [from, to) (a regex run on the whole text would search past `to` for its next match); the context
    // of each quote is read from the whole text.
    const chunk = from === 0 && to >= text.length ? text : text.slice(from, to);
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(chunk); m; m = QUOTED.exec(chunk)) {
      const q0 = m.index + from;
      let q1 = q0 + m[0].length; // after the closing quote
      let term = m[1];
      // the last quote on its line: a term hard-wrapped over two lines (`(the "Effective⏎Date")`) when the quote opens
      // (not after a letter or a digit) and the first quote on the next line closes it; read with one space. (The
      // scan goes on at the next line either way, as it would have: no quote follows on this one.)
      const wrapped = term === undefined;
      if (wrapped) {
        if (wordAt(text, q0 - 1)) continue;
        WRAPPED_REST.lastIndex = q1;
        const rest = WRAPPED_REST.exec(text);
        if (rest === null) continue;
        q1 = WRAPPED_REST.lastIndex;
        term = `${m[2].trimEnd()} ${rest[1]}`;
      }
      let termStart = q0 + 1;
      let termEnd = q1 - 1;
      // "**X**" inside the quotes
      if (term.length > 4 && (term.startsWith('**') && term.endsWith('**') || term.startsWith('__') && term.endsWith('__'))) {
        termStart += 2; termEnd -= 2; term = term.slice(2, -2);
      }
      if (!validTerm(term)) {
        if (!wrapped) QUOTED.lastIndex = q1 - 1 - from;
        continue;
      }
      const definitionText = quotedDefinition(text, q0, q1);
      if (definitionText === null) {
        if (wrapped) continue;
        // the closing quote may open the next quoted string: `"A" and "B"`
        let next = q1 - 1 > q0 ? q1 - 1 : q1;
        if (next <= q0) next = q0 + 1;
        QUOTED.lastIndex = next - from;
        continue;
      }
      out.push({ start: termStart, end: termEnd, term, clause: -1, definitionText: trimDefinition(definitionText) });
    }
    if (chunk.indexOf('**') >= 0 || chunk.indexOf('__') >= 0) boldDefinitions(text, chunk, from, out);
  } catch {
    // never throw
  }
  return out;
};

/** The definition text when the context of the quoted term [q0, q1) (quotes included) defines it, else null. */
const quotedDefinition = (text: string, q0: number, q1: number): string | null => {
  MEANS_AFTER.lastIndex = q1;
  const means = MEANS_AFTER.exec(text);
  if (means && !BLANK_LINE.test(means[0])) return sentenceAfter(text, q1 + means[0].length);
  const before = textBefore(text, q0, 120);
  const paren = parenLead(before);
  PAREN_TAIL.lastIndex = q1;
  // (from the opening paren when there is one)
  if ((paren && PAREN_TAIL.test(text)) || REFERRED_LEAD.test(before)) return sentenceBefore(text, paren ? q0 - before.length + before.lastIndexOf('(') : q0);
  return null;
};

/** A bold term without quotes (English drafting): `**X**`, `__X__`, starting with a capital or a digit. */
const BOLD = /(\*\*|__)([A-Z0-9][^*_"“”\n\r]{0,79})\1/g;
/** After it: a colon and a lower-case definition (`**Licence Fee**: the fee ...`), not a run-in heading's sentence. */
const COLON_DEFINITION = /[ \t\xa0]{0,2}:[ \t\xa0]{1,3}(?=[a-z0-9])/y;

/**
 * `**Licence Fee**: the fee set out in Schedule 1`, `**Licence Fee** means ...`, `Quantum Ledger Ltd (the
 * **Licensor**)`: bold defined terms without quotes, merged into `out` in order.
 */
const boldDefinitions = (text: string, chunk: string, from: number, out: Definition[]): void => {
  const found: Definition[] = [];
  BOLD.lastIndex = 0;
  for (let m = BOLD.exec(chunk); m; m = BOLD.exec(chunk)) {
    const b0 = m.index + from;
    const b1 = b0 + m[0].length;
    const term = m[2];
    if (!validTerm(term)) continue;
    let definitionText: string | null = null;
    COLON_DEFINITION.lastIndex = b1;
    MEANS_AFTER.lastIndex = b1;
    const means = MEANS_AFTER.exec(text);
    if (means && !BLANK_LINE.test(means[0])) definitionText = sentenceAfter(text, b1 + means[0].length);
    // (not an emphasis in capitals: "**IMPORTANT**: this Agreement ...")
    else if (/[a-z]/.test(term) && COLON_DEFINITION.test(text)) definitionText = sentenceAfter(text, COLON_DEFINITION.lastIndex);
    else {
      const before = textBefore(text, b0, 80);
      PAREN_TAIL.lastIndex = b1;
      if (parenLead(before) && PAREN_TAIL.test(text)) definitionText = sentenceBefore(text, b0 - (before.length - before.lastIndexOf('(')));
    }
    if (definitionText !== null) found.push({ start: b0 + 2, end: b1 - 2, term, clause: -1, definitionText: trimDefinition(definitionText) });
  }
  if (found.length === 0) return;
  const all = [...out, ...found].sort((a, b) => a.start - b.start);
  out.length = 0;
  for (const d of all) out.push(d);
};

/** The definitions with the index of the clause each term sits in (-1 outside every clause). */
export const attachClauses = (defs: readonly Definition[], clauses: readonly ClauseSegment[]): Definition[] => {
  const sorted = byStart(clauses);
  const indexOf = sorted === clauses ? null : new Map(sorted.map((c) => [c, clauses.indexOf(c)]));
  const out = new Array<Definition>(defs.length);
  for (let i = 0; i < defs.length; i++) {
    const d = defs[i];
    const ci = clauseIndexAt(sorted, d.start);
    const clause = ci < 0 ? -1 : indexOf ? (indexOf.get(sorted[ci]) ?? -1) : ci;
    out[i] = clause === d.clause ? d : { start: d.start, end: d.end, term: d.term, clause, definitionText: d.definitionText };
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// Term uses
// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly term: string;
  /** The form the scan looks for: the term, or the singular of a plural term. */
  readonly text: string;
  /** Length of the first word (the scan's key) when the term has a space (a use may be hard-wrapped at one), else -1. */
  readonly wrap: number;
}

/** A term that does not start with a capital or a digit, and its longest word (where the scan looks for it). */
interface OtherEntry extends Entry {
  readonly anchor: string;
  readonly offset: number;
}

/** The defined terms prepared for scanning (independent of where they are defined: reusable while the terms stay). */
export interface TermIndex {
  /** The distinct terms, sorted, joined by newlines: equal keys mean equal indexes. */
  readonly key: string;
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly other: readonly OtherEntry[];
  readonly anchors: ReadonlySet<string>;
  /** Scans for the anchors of `other` and the first words of `byFirst` (null when there are neither). */
  readonly scan: RegExp | null;
}

/** An ASCII word character or a letter beyond ASCII. */
const isWordCode = (c: number): boolean => isAsciiWordCode(c) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));

/**
 * First "word" of a term, as the scanner sees it: a capital or a digit, then ASCII letters and digits. Terms that
 * start otherwise ("we", "the effective date", "§ 2 Shares") are rare and go through a native `indexOf` loop each,
 * so that common lowercase words ("the") do not flood the scan.
 */
const FIRST_CAP_WORD = /^[A-Z0-9][A-Za-z0-9]{0,40}/;

/** A word (or phrase) and its singulars when it ends like a plural: "Warranties" → Warranty, Warrantie; "Taxes" → Tax, Taxe. */
export const singulars = (w: string): string[] => {
  const out = [w];
  if (!w.endsWith('s')) return out;
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (/(?:s|x|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (!w.endsWith('ss')) out.push(w.slice(0, -1));
  return out;
};

/** Length of a match of `term` at `p` with an optional plural ("s", "es", "y" → "ies"), or -1. */
const matchAt = (text: string, p: number, term: string): number => {
  // both forms hold the term's last-but-one character: one comparison turns down most candidates (the terms that share
  // a first word), before comparing the whole term
  if (term.length > 1 && text.charCodeAt(p + term.length - 2) !== term.charCodeAt(term.length - 2)) return -1;
  if (!text.startsWith(term, p)) {
    // "Party" → "Parties"
    if (term.endsWith('y') && text.startsWith(term.slice(0, -1), p) && text.startsWith('ies', p + term.length - 1)) {
      const e = p + term.length + 2;
      return wordAt(text, e) ? -1 : e - p;
    }
    return -1;
  }
  const e = useEnd(text, p + term.length);
  return e < 0 ? -1 : e - p;
};

/** Is there a word character at `i` (false past either end of the text: charCodeAt gives NaN)? */
const wordAt = (text: string, i: number): boolean => isWordCode(text.charCodeAt(i));

/** Where a use of a term ending at `e` ends: there, or after a plural "s" / "es" ending the word; -1 when the word goes on. */
const useEnd = (text: string, e: number): number => {
  if (!wordAt(text, e)) return e;
  if (text.charCodeAt(e) === 115 /* s */ && !wordAt(text, e + 1)) return e + 1;
  if (text.startsWith('es', e) && !wordAt(text, e + 2)) return e + 2;
  return -1;
};

/**
 * `matchAt` for a use hard-wrapped over lines ("Net Model⏎Revenue"): each space of the term matches blanks holding at
 * most one line break (never a blank line), and one of them holds one. -1 when it does not match so. The text is
 * compared from `k0` on (the characters before are known to match).
 */
const matchWrapped = (text: string, p: number, term: string, k0: number): number => {
  let i = p + k0;
  let broken = false;
  for (let k = k0; k < term.length; k++) {
    const c = term.charCodeAt(k);
    if (c === 32) {
      const s = i;
      let nl = false;
      for (let d = text.charCodeAt(i); d === 32 || d === 9 || d === 13 || d === 0xa0 || d === 10; d = text.charCodeAt(++i)) {
        if (d === 10) {
          if (nl) return -1;
          nl = broken = true;
        }
        if (i - s > 40) return -1;
      }
      if (i === s) return -1;
    } else if (text.charCodeAt(i) === c) i++;
    else if (broken && k === term.length - 1 && c === 121 && text.startsWith('ies', i)) {
      // "Receiving Party" → "Receiving⏎Parties"
      return wordAt(text, i + 3) ? -1 : i + 3 - p;
    } else return -1;
  }
  if (!broken) return -1;
  const e = useEnd(text, i);
  return e < 0 ? -1 : e - p;
};

const isBlank = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/** The distinct terms of `definitions`, sorted and joined: the key of their `TermIndex`. */
export const termsKey = (definitions: readonly Definition[]): string => {
  const terms = new Set<string>();
  for (const d of definitions) if (d.term) terms.add(d.term);
  return [...terms].sort().join('\n');
};

/** Prepares the terms of `definitions` for `findTermUsesIn`. */
export const indexTermsForUses = (definitions: readonly Definition[]): TermIndex => {
  // Group terms by their scan key (see FIRST_CAP_WORD); the rest go through an indexOf loop.
  const byFirst = new Map<string, Entry[]>();
  const other: OtherEntry[] = [];
  const all = new Set<string>();
  for (const d of definitions) if (d.term) all.add(d.term);
  for (const term of all) {
    if (!FIRST_CAP_WORD.test(term)) {
      other.push({ term, text: term, wrap: -1, ...anchorOf(term) });
      continue;
    }
    // the term, and the singular of a plural one not defined itself ("a Reserved Matter", "each Warranty")
    for (const text of singulars(term)) {
      if (text !== term && all.has(text)) continue;
      const key = (FIRST_CAP_WORD.exec(text) as RegExpExecArray)[0];
      const e: Entry = { term, text, wrap: text.indexOf(' ') > 0 ? key.length : -1 };
      // and a one-word term's plurals: "Parties", "Products", "Taxes" (the others never match: a plural ends a word)
      for (const k of key === text ? [key, `${key}s`, `${key}es`, `${key.slice(0, -1)}ies`] : [key]) (byFirst.get(k) ?? byFirst.set(k, []).get(k) as Entry[]).push(e);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  const anchors = new Set(other.map((o) => o.anchor));
  return {
    // (read only when a draft is edited)
    get key() { return [...all].sort().join('\n'); },
    byFirst, other, anchors, scan: scannerFor(all, [...byFirst.keys()], [...anchors]),
  };
};

/** Uses of defined terms outside their definitions, skipping ignored regions. Sorted by start. */
export const findTermUses = (text: string, definitions: readonly Definition[], ignored: readonly Span[] = []): TermUse[] => {
  if (typeof text !== 'string' || text.length === 0 || definitions.length === 0) return [];
  const sorted = byStart(definitions);
  return findTermUsesIn(text, indexTermsForUses(definitions), sorted, ignored, 0, text.length);
};

/**
 * The uses starting in [from, to) (`from` a line start, `to` a line start or the end), given the prepared terms and
 * the definitions (a use is never the defined term itself). Sorted by start. A use hard-wrapped over a line break
 * ("Net Model⏎Revenue") hides the uses that start in its part on the next line: `from` reads the line before it for
 * such a use. Every other use is decided by the words of its own line (and a wrapped one by the next line's too).
 */
export const findTermUsesIn = (
  text: string, index: TermIndex, definitions: readonly Definition[], ignored: readonly Span[], from: number, to: number,
  /** (internal) Gets the uses found wrapped (defining ones too), instead of reading the line before `from`. */
  wrappedOut?: TermUse[],
): TermUse[] => {
  let out: TermUse[] = [];
  if (typeof text !== 'string' || text.length === 0 || definitions.length === 0) return out;
  try {
    // Starts of definitions in range: a term is not a use of itself where it is defined.
    const defStarts = new Set<number>();
    for (let i = firstAtOrAfter(definitions, from); i < definitions.length && definitions[i].start < to; i++) {
      if (definitions[i].term) defStarts.add(definitions[i].start);
    }
    const isDef = (p: number, term: string): boolean => {
      if (!defStarts.has(p)) return false;
      for (let i = firstAtOrAfter(definitions, p); i < definitions.length && definitions[i].start === p; i++) if (definitions[i].term === term) return true;
      return false;
    };

    const ign = byStart(ignored);
    const inIgnored = makeIgnoredCursor(ign, from);

    // One regex scan for the first words of all terms (a flat literal alternation, which V8 scans natively), then
    // map look-ups. Alternatives measured on 1 MB: visiting every capitalised word was slower, a hand-written
    // character loop slower still, and one alternation of all full terms with their plurals 10x slower.
    // Terms that do not start with a capital or a digit ("we", "§ 2 Shares", "Église") are found by their longest
    // word (an anchor) in the same scan, then checked whole around it: `extra`, sorted below. Every occurrence of an
    // anchor is seen, even inside a use of another term; a first word only after the last use found.
    const scan = index.scan;
    const extra: TermUse[] = [];
    // Scan only [from, to) (uses start there; a wrapped one ends on the next line); matches are checked in the whole text.
    const chunk = from === 0 && to >= text.length ? text : text.slice(from, to);
    let skip = 0;
    /** Uses hard-wrapped over a line break (by start). */
    let wrapped: TermUse[] | null = wrappedOut ?? null;
    if (scan) {
      scan.lastIndex = 0;
      for (let m = scan.exec(chunk); m; m = scan.exec(chunk)) {
        const q = m.index;
        let first = m[0];
        if (index.anchors.has(first)) {
          scan.lastIndex = q + 1; // go on from the next character: anchors may overlap
          for (const o of index.other) {
            if (!chunk.startsWith(o.anchor, q) || q < o.offset || !chunk.startsWith(o.term, q - o.offset)) continue;
            const p = q - o.offset + from;
            if (wordAt(text, p - 1)) continue;
            const len = matchAt(text, p, o.term);
            if (len >= 0 && !isDef(p, o.term) && !inIgnoredAt(ign, p)) extra.push({ start: p, end: p + len, term: o.term });
          }
          // a first word may start here too (the alternation gave the anchor)
          WORD_AT.lastIndex = q;
          first = (WORD_AT.exec(chunk) as RegExpExecArray)[0];
        }
        const list = q < skip ? undefined : index.byFirst.get(first);
        if (!list) continue;
        const p = q + from;
        for (const e of list) {
          const w = e.text;
          let len = matchAt(text, p, w);
          let end = q + len;
          if (len < 0) {
            // wrapped? (the first word matched; a quick look at the next two characters before the whole test)
            const k = e.wrap;
            if (k < 0) continue;
            const c = text.charCodeAt(p + k);
            if ((c === 32 || !isBlank(c)) && (c !== w.charCodeAt(k) || !(text.charCodeAt(p + k + 1) === w.charCodeAt(k + 1) || isBlank(text.charCodeAt(p + k + 1))))) continue;
            if ((len = matchWrapped(text, p, w, k)) < 0) continue;
            end = text.indexOf('\n', p) - from; // (what starts on the next line is decided there; see below)
            (wrapped ??= []).push({ start: p, end: p + len, term: e.term });
          }
          if (!isDef(p, e.term) && !inIgnored(p)) out.push({ start: p, end: p + len, term: e.term });
          skip = Math.max(skip, end);
          break;
        }
      }
    }
    // no use starts inside the part of a wrapped use on its next line: those of this range, and one from the line
    // before `from` (read again here)
    let cover: TermUse[] = [];
    if (wrappedOut === undefined && from > 0 && text.charCodeAt(from - 1) === 10) {
      findTermUsesIn(text, index, definitions, ignored, text.lastIndexOf('\n', from - 2) + 1, from, cover);
      cover = cover.filter((u) => u.end > from);
    }
    if (wrapped !== null && wrapped !== wrappedOut) cover = cover.concat(wrapped);
    if (cover.length > 0) out = outsideWrapped(out, cover);
    if (extra.length > 0) {
      // (a use of a term starting with a capital wins over one that overlaps it)
      const kept = extra.filter((u) => !overlapsAny(out, u.start, u.end) && !overlapsAny(cover, u.start, u.end));
      // `out` is sorted by construction; merge the (few) extra uses in linear time
      kept.sort((a, b) => a.start - b.start || b.end - a.end);
      const merged: TermUse[] = [];
      let i = 0;
      let j = 0;
      while (i < out.length || j < kept.length) {
        if (j >= kept.length || (i < out.length && out[i].start <= kept[j].start)) merged.push(out[i++]);
        else merged.push(kept[j++]);
      }
      return merged;
    }
  } catch {
    // never throw
  }
  return out;
};

/** The uses (sorted) that do not start inside one of the wrapped uses (sorted; the wrapped uses themselves stay). */
const outsideWrapped = (uses: TermUse[], wrapped: readonly TermUse[]): TermUse[] => {
  const kept: TermUse[] = [];
  let j = 0;
  let end = -1;
  for (const u of uses) {
    while (j < wrapped.length && wrapped[j].start < u.start) end = Math.max(end, wrapped[j++].end);
    if (u.start >= end) kept.push(u);
  }
  return kept;
};

/** The longest space-separated word of a term (the last of equal length) and its offset in the term. */
const anchorOf = (term: string): { anchor: string; offset: number } => {
  let best = term;
  let offset = 0;
  let bestLength = -1;
  let i = 0;
  for (const w of term.split(' ')) {
    if (w.length >= bestLength && w.length > 0) {
      best = w;
      offset = i;
      bestLength = w.length;
    }
    i += w.length + 1;
  }
  return bestLength > 0 ? { anchor: best, offset } : { anchor: term, offset: 0 };
};

/** Index of the first item starting at or after `pos` in a list sorted by start. */
export const firstAtOrAfter = (items: readonly { readonly start: number }[], pos: number): number => {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The items sorted by start: the list itself when it is. */
const byStart = <T extends { readonly start: number }>(spans: readonly T[]): readonly T[] => {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
};

/**
 * The scan regex for a set of first words and anchors, memoised: while a draft is edited the set of defined terms
 * rarely changes, and compiling a 1,000-word alternation costs a few milliseconds. The words are compiled as a trie
 * (`Li(?:censee|mited)`) rather than a flat alternation: V8 then tries one branch per character instead of every
 * word at every position, twice as fast on the 1 MB contract with the same matches (a key must end at a word end,
 * so at most one key matches at a position, whatever the order of the alternatives). One scan for both: a second
 * one for the anchors alone (lower-case words, which V8 cannot skip ahead to) cost as much as the first.
 */
let lastTerms: ReadonlySet<string> = new Set();
let lastScan: RegExp | null = null;
/** The scan for `terms` (their first words `keys` and `anchors`). */
const scannerFor = (terms: ReadonlySet<string>, keys: string[], anchors: string[]): RegExp | null => {
  if (lastScan === null || terms.size !== lastTerms.size || [...terms].some((t) => !lastTerms.has(t))) {
    // An anchor is never preceded by a letter or digit (its term starts at a word start, or a space precedes it), so
    // one that starts with one is sought at a word boundary; anchors come first (see findTermUsesIn).
    const inWord = anchors.filter((a) => /^\w/.test(a));
    const bounded = inWord.length > 0 ? [trieSource(inWord)] : [];
    if (keys.length > 0) bounded.push(`${trieSource(keys)}(?![A-Za-z0-9])`);
    const alts = bounded.length > 0 ? [`\\b(?:${bounded.join('|')})`] : [];
    if (inWord.length < anchors.length) alts.push(trieSource(anchors.filter((a) => !/^\w/.test(a))));
    if (alts.length === 0) return null;
    lastScan = new RegExp(alts.join('|'), 'g');
    lastTerms = terms;
  }
  lastScan.lastIndex = 0;
  return lastScan;
};

/** The letters and digits at a position (sticky): the first word a key would be. */
const WORD_AT = /[A-Za-z0-9]*/y;

const overlapsAny = (uses: readonly TermUse[], start: number, end: number): boolean => {
  // the last use starting before `end` (offsets are integers)
  const found = lastAtOrBefore(uses, end - 1);
  return found >= 0 && uses[found].end > start;
};

/** Is `pos` inside one of the (sorted) ignored spans? */
const inIgnoredAt = (ign: readonly Span[], pos: number): boolean => {
  let lo = 0;
  let hi = ign.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ign[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  // the cursor's rule: the first span ending after pos, if it starts at or before pos
  return lo < ign.length && ign[lo].start <= pos;
};

/** Monotonic membership test: positions (≥ `from`) must be queried in increasing order. */
const makeIgnoredCursor = (ign: readonly Span[], from = 0): (pos: number) => boolean => {
  let i = 0;
  while (i < ign.length && ign[i].end <= from) i++;
  return (pos: number): boolean => {
    while (i < ign.length && ign[i].end <= pos) i++;
    return i < ign.length && ign[i].start <= pos && pos < ign[i].end;
  };
};

