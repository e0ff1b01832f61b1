import type { ClauseSegment, Definition, Span, TermUse } from '../types';

/*
 * Defined terms: `"X" means ...`, `"X" shall mean`, `(the "X")`, `(hereinafter "X")`, `(each, a "X")`, `("X")`,
 * curly quotes, bold Markdown `**"X"**` / `"**X**"`. One scan for quoted strings; the context around each is
 * checked with short sticky or end-anchored regexes on bounded slices.
 */

/** A quoted candidate term: straight or curly double quotes, one line, ≤ 80 chars inside. */
const QUOTED = /["“]([^"“”\n\r]{1,80})["”]/g;
/** After the closing quote (and optional `**`): "means", "shall mean", "has the meaning"... */
const MEANS_AFTER = /(?:\*\*|__)?[ \t\u00a0]{0,3}(?::[ \t\u00a0]{0,3})?(?:(?:shall|will|does|is[ \t\u00a0]{1,3}deemed[ \t\u00a0]{1,3}to)[ \t\u00a0]{1,3})?(?:means?|mean[ \t\u00a0]{1,3}and[ \t\u00a0]{1,3}includes?|includes?|refers?[ \t\u00a0]{1,3}to|(?:shall[ \t\u00a0]{1,3}have|has|have)[ \t\u00a0]{1,3}the[ \t\u00a0]{1,3}meanings?|is[ \t\u00a0]{1,3}defined)\b[ \t\u00a0,:]{0,4}/y;
/** Words allowed between an opening paren and the quote: `(the `, `(hereinafter `, `(each, a `, `(collectively, the `... */
const LEAD_WORDS = new Set([
  'the', 'a', 'an', 'each', 'collectively', 'individually', 'together', 'jointly', 'hereinafter', 'herein', 'hereafter',
  'also', 'referred', 'to', 'as', 'called', 'known', 'such', 'and', 'or', 'with', 'any', 'all', 'its', 'their',
  'respectively', '**', '__',
]);
const QUOTED_IN_LEAD = /"[^"“”\n]{0,60}"|“[^"“”\n]{0,60}”/g;
const LEAD_SPLIT = /[\s,;:]+/;

/** `before` ends with `(` + only lead words and other quoted terms: `(each a "Party" and together the `. */
function parenLead(before: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0) return false;
  const lead = before.slice(open + 1);
  if (lead.indexOf(')') >= 0) return false;
  const words = lead.replace(QUOTED_IN_LEAD, ' ').split(LEAD_SPLIT);
  let n = 0;
  for (const w of words) {
    if (w.length === 0) continue;
    if (++n > 10 || !LEAD_WORDS.has(w.toLowerCase())) return false;
  }
  return true;
}

/** Without a paren: `hereinafter referred to as "X"`, `(referred to herein as "X")`. */
const REFERRED_LEAD = /\b(?:hereinafter|hereafter|referred[ \t\u00a0]{1,3}to(?:[ \t\u00a0]{1,3}herein)?[ \t\u00a0]{1,3}as|to[ \t\u00a0]{1,3}be[ \t\u00a0]{1,3}known[ \t\u00a0]{1,3}as|called)[ \t\u00a0,]{1,4}(?:the[ \t\u00a0]{1,3}|a[ \t\u00a0]{1,3}|an[ \t\u00a0]{1,3})?(?:\*\*|__)?$/i;
/** After the quote in a parenthetical: another term, or the closing paren. */
const PAREN_TAIL = /(?:\*\*|__)?[ \t\u00a0]{0,3}(?:[),;]|or\b|and\b)/y;
const SENTENCE_END = /[.;](?=[ \t\u00a0\n\r]|$)|\n[ \t\u00a0]*\n/g;

function clauseIndexAt(clauses: readonly ClauseSegment[], pos: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (clauses[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Clauses may nest or leave gaps: walk back a little to find one that contains pos.
  for (let i = found, n = 0; i >= 0 && n < 8; i--, n++) {
    if (clauses[i].start <= pos && pos < clauses[i].end) return i;
  }
  return -1;
}

function trimDefinition(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= 200) return t;
  const cut = t.lastIndexOf(' ', 199);
  return `${t.slice(0, cut > 100 ? cut : 199)}…`;
}

/** Text from `from` to the end of the sentence (bounded). */
function sentenceAfter(text: string, from: number): string {
  const limit = Math.min(text.length, from + 400);
  const slice = text.slice(from, limit);
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(slice);
  return m ? slice.slice(0, m.index + (m[0] === '.' || m[0] === ';' ? 1 : 0)) : slice;
}

const ABBREVIATION = /\b(?:Inc|Ltd|Co|Corp|No|Nos|L\.L\.C|LLC|L\.P|N\.A|S\.A|B\.V|N\.V|U\.S|Mr|Ms|Mrs|Dr|St|Jr|Sr|et al|i\.e|e\.g|viz|cf)$/;
const PARENTHETICAL = /\([^()\n]{0,160}\)/g;

/** The sentence part before `to` (bounded), for parenthetical definitions: "Acme Inc. ("Acme")" → "Acme Inc.". */
function sentenceBefore(text: string, to: number): string {
  const from = Math.max(0, to - 300);
  const slice = text.slice(from, to);
  let cut = -1;
  for (let i = slice.length - 2; i >= 0; i--) {
    const c = slice.charCodeAt(i);
    if (c === 10 || c === 13) { cut = i; break; }
    if (c === 46 /* . */ || c === 59 /* ; */) {
      const next = slice.charCodeAt(i + 1);
      if (next !== 32 && next !== 9) continue;
      const after = slice.slice(i + 1).trimStart();
      if (c === 46 && (after.length === 0 || !/^[A-Z"“]/.test(after) || ABBREVIATION.test(slice.slice(Math.max(0, i - 8), i)))) continue;
      cut = i;
      break;
    }
  }
  const s = slice.slice(cut + 1).replace(PARENTHETICAL, ' ').trim();
  return s.length > 0 ? s : slice.slice(Math.max(0, slice.length - 80)).trim();
}

function validTerm(term: string): boolean {
  if (term.length === 0 || term.length > 80) return false;
  if (term.trim() !== term) return false;
  if (!/[A-Za-z0-9]/.test(term)) return false;
  let words = 1;
  for (let i = 0; i < term.length; i++) if (term.charCodeAt(i) === 32) words++;
  return words <= 10;
}

/** `"X" means ...`, `(the "X")`. Sorted by start. */
export function extractDefinitions(text: string, clauses: readonly ClauseSegment[]): Definition[] {
  const out: Definition[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const sorted = isSorted(clauses) ? clauses : [...clauses].sort((a, b) => a.start - b.start);
  const indexOf = sorted === clauses ? null : new Map(sorted.map((c) => [c, clauses.indexOf(c)]));
  try {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
      const q0 = m.index;
      const q1 = q0 + m[0].length; // after the closing quote
      let termStart = q0 + 1;
      let termEnd = q1 - 1;
      let term = m[1];
      // "**X**" inside the quotes
      if (term.length > 4 && (term.startsWith('**') && term.endsWith('**') || term.startsWith('__') && term.endsWith('__'))) {
        termStart += 2; termEnd -= 2; term = term.slice(2, -2);
      }
      if (!validTerm(term)) { QUOTED.lastIndex = q1 - 1; continue; }
      let definitionText: string | null = null;
      MEANS_AFTER.lastIndex = q1;
      const means = MEANS_AFTER.exec(text);
      const before = text.slice(Math.max(0, q0 - 80), q0);
      if (means) {
        definitionText = sentenceAfter(text, q1 + means[0].length);
      } else if (parenLead(before) || REFERRED_LEAD.test(before)) {
        PAREN_TAIL.lastIndex = q1;
        if (PAREN_TAIL.test(text) || REFERRED_LEAD.test(before)) {
          const open = before.lastIndexOf('(');
          const stop = open >= 0 && parenLead(before) ? q0 - (before.length - open) : q0;
          definitionText = sentenceBefore(text, stop);
        }
      }
      if (definitionText === null) {
        // the closing quote may open the next quoted string: `"A" and "B"`
        QUOTED.lastIndex = q1 - 1 > q0 ? q1 - 1 : q1;
        if (QUOTED.lastIndex <= q0) QUOTED.lastIndex = q0 + 1;
        continue;
      }
      const ci = clauseIndexAt(sorted, termStart);
      const clause = ci < 0 ? -1 : indexOf ? (indexOf.get(sorted[ci]) ?? -1) : ci;
      out.push({ start: termStart, end: termEnd, term, clause, definitionText: trimDefinition(definitionText) });
    }
  } catch {
    // never throw
  }
  return out;
}

function isSorted(clauses: readonly ClauseSegment[]): boolean {
  for (let i = 1; i < clauses.length; i++) if (clauses[i].start < clauses[i - 1].start) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Term uses
// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly term: string;
  /** Starts of this term's own definitions. */
  readonly defStarts: Set<number>;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127 && /\p{L}/u.test(String.fromCharCode(c));
}

/**
 * First "word" of a term, as the scanner sees it: a capital or a digit, then ASCII letters and digits. Terms that
 * start otherwise ("we", "the effective date", "§ 2 Shares") are rare and go through a native `indexOf` loop each,
 * so that common lowercase words ("the") do not flood the scan.
 */
const FIRST_CAP_WORD = /^[A-Z0-9][A-Za-z0-9]{0,40}/;

/** Length of a match of `term` at `p` with an optional plural ("s", "es", "y" → "ies"), or -1. */
function matchAt(text: string, p: number, term: string): number {
  if (!text.startsWith(term, p)) {
    // "Party" → "Parties"
    if (term.endsWith('y') && text.startsWith(term.slice(0, -1), p) && text.startsWith('ies', p + term.length - 1)) {
      const e = p + term.length + 2;
      return e < text.length && isWordCode(text.charCodeAt(e)) ? -1 : e - p;
    }
    return -1;
  }
  let e = p + term.length;
  if (e < text.length && isWordCode(text.charCodeAt(e))) {
    if (text.charCodeAt(e) === 115 /* s */ && !(e + 1 < text.length && isWordCode(text.charCodeAt(e + 1)))) e += 1;
    else if (text.startsWith('es', e) && !(e + 2 < text.length && isWordCode(text.charCodeAt(e + 2)))) e += 2;
    else return -1;
  }
  return e - p;
}

/** Uses of defined terms outside their definitions, skipping ignored regions. Sorted by start. */
export function findTermUses(text: string, definitions: readonly Definition[], ignored: readonly Span[] = []): TermUse[] {
  const out: TermUse[] = [];
  if (typeof text !== 'string' || text.length === 0 || definitions.length === 0) return out;
  try {
    // Group terms by their scan key (see FIRST_CAP_WORD); the rest go through an indexOf loop.
    const byFirst = new Map<string, Entry[]>();
    const other = new Map<string, Entry>();
    const all = new Map<string, Entry>();
    for (const d of definitions) {
      if (!d.term) continue;
      let e = all.get(d.term);
      if (!e) {
        e = { term: d.term, defStarts: new Set() };
        all.set(d.term, e);
        const fw = FIRST_CAP_WORD.exec(d.term);
        if (fw) {
          const key = fw[0];
          const list = byFirst.get(key) ?? [];
          list.push(e);
          byFirst.set(key, list);
          // plural first word of a one-word term: "Parties" / "Products"
          if (key.length === d.term.length) {
            for (const pl of /[a-z]y$/.test(d.term) ? [`${d.term.slice(0, -1)}ies`, `${d.term}s`] : [`${d.term}s`, `${d.term}es`]) {
              const l2 = byFirst.get(pl) ?? [];
              l2.push(e);
              byFirst.set(pl, l2);
            }
          }
        } else {
          other.set(d.term, e);
        }
      }
      e.defStarts.add(d.start);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.term.length - a.term.length);

    const ign = [...ignored].sort((a, b) => a.start - b.start);
    const inIgnored = makeIgnoredCursor(ign);

    // One regex scan for the first words of all terms (a flat literal alternation, which V8 scans natively), then
    // map look-ups. Alternatives measured on 1 MB: visiting every capitalised word was slower, a hand-written
    // character loop slower still, and one alternation of all full terms with their plurals 10x slower.
    if (byFirst.size > 0) {
      const scan = scannerFor([...byFirst.keys()]);
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const p = m.index;
        const list = byFirst.get(m[0]);
        if (!list) continue;
        for (const e of list) {
          const len = matchAt(text, p, e.term);
          if (len < 0) continue;
          if (!e.defStarts.has(p) && !inIgnored(p)) out.push({ start: p, end: p + len, term: e.term });
          if (p + len > scan.lastIndex) scan.lastIndex = p + len;
          break;
        }
      }
    }

    // Terms that do not start with a capital or a digit ("we", "§ 2 Shares", "Église"): native indexOf per term.
    const extra: TermUse[] = [];
    for (const e of other.values()) {
      const cursor = makeIgnoredCursor(ign);
      let from = 0;
      for (let p = text.indexOf(e.term, from); p >= 0; p = text.indexOf(e.term, from)) {
        from = p + 1;
        if (p > 0 && isWordCode(text.charCodeAt(p - 1))) continue;
        const len = matchAt(text, p, e.term);
        if (len < 0) continue;
        if (!e.defStarts.has(p) && !cursor(p) && !overlapsAny(out, p, p + len)) extra.push({ start: p, end: p + len, term: e.term });
      }
    }
    if (extra.length > 0) {
      // `out` is sorted by construction; merge the (few) extra uses in linear time
      extra.sort((a, b) => a.start - b.start || b.end - a.end);
      const merged: TermUse[] = [];
      let i = 0;
      let j = 0;
      while (i < out.length || j < extra.length) {
        if (j >= extra.length || (i < out.length && out[i].start <= extra[j].start)) merged.push(out[i++]);
        else merged.push(extra[j++]);
      }
      return merged;
    }
  } catch {
    // never throw
  }
  return out;
}

/**
 * The scan regex for a set of first words, memoised: while a draft is edited the set of defined terms rarely
 * changes, and compiling a 1,000-word alternation costs a few milliseconds.
 */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
let lastScanKeys = '';
let lastScan: RegExp | null = null;
function scannerFor(keys: string[]): RegExp {
  keys.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const joined = keys.map((k) => k.replace(REGEX_SPECIAL, '\\$&')).join('|');
  if (lastScan === null || joined !== lastScanKeys) {
    lastScan = new RegExp(`\\b(?:${joined})(?![A-Za-z0-9])`, 'g');
    lastScanKeys = joined;
  }
  lastScan.lastIndex = 0;
  return lastScan;
}

function overlapsAny(uses: readonly TermUse[], start: number, end: number): boolean {
  // binary search for the last use starting before `end`
  let lo = 0;
  let hi = uses.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (uses[mid].start < end) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && uses[found].end > start;
}

/** Monotonic membership test: positions must be queried in increasing order. */
function makeIgnoredCursor(ign: readonly Span[]): (pos: number) => boolean {
  let i = 0;
  return (pos: number): boolean => {
    while (i < ign.length && ign[i].end <= pos) i++;
    return i < ign.length && ign[i].start <= pos && pos < ign[i].end;
  };
}
