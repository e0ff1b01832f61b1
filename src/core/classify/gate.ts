/**
 * Cheap prefilter for the cue regexes: one pass over the clause notes which word prefixes occur
 * (the first 3 and 4 ASCII letters of every word, lower-cased); a regex only runs when a word its
 * match must start with is present. The required words are read from the regex source itself
 * (a leading `\b` followed by literal letters, or a leading alternation of such words), so the gate
 * is exact: it never skips a regex that could match, it only skips regexes that cannot.
 */

/** Code of 3 or 4 lower-case ASCII letters, disjoint ranges for the two lengths. */
function code3(a: number, b: number, c: number): number {
  return ((a - 97) * 26 + (b - 97)) * 26 + (c - 97);
}
const CODE4_BASE = 26 * 26 * 26;
function code4(a: number, b: number, c: number, d: number): number {
  return CODE4_BASE + (((a - 97) * 26 + (b - 97)) * 26 + (c - 97)) * 26 + (d - 97);
}
const CODE_SPACE = CODE4_BASE + 26 * 26 * 26 * 26;

/** ASCII character classes for the word scan: 0 = not a word character, 1 = digit or `_`, 2 + letter index (a/A → 2). */
const CHAR_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = 1;
CHAR_CLASS[95] = 1;
for (let c = 0; c < 26; c++) {
  CHAR_CLASS[65 + c] = 2 + c;
  CHAR_CLASS[97 + c] = 2 + c;
}

/** Split `s` at top-level `|` (outside groups and classes). */
function splitTopLevel(s: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  parts.push(s.slice(start));
  return parts;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeParen(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The word prefixes (3 or 4 lower-case letters) one of which must start the match of the regex
 * source `src`, or null when none can be read (the regex then always runs).
 */
export function requiredPrefixes(src: string): string[] | null {
  const branches = splitTopLevel(src);
  if (!branches) return null;
  const out: string[] = [];
  for (const b0 of branches) {
    let b = b0;
    // Leading lookbehinds do not consume text.
    while (b.startsWith('(?<!') || b.startsWith('(?<=')) {
      const end = closeParen(b, 0);
      if (end < 0) return null;
      b = b.slice(end + 1);
    }
    if (!b.startsWith('\\b')) return null;
    b = b.slice(2);
    if (b.startsWith('(?:')) {
      const end = closeParen(b, 0);
      if (end < 0) return null;
      const quant = b[end + 1];
      if (quant === '?' || quant === '*' || quant === '{') return null;
      const inner = splitTopLevel(b.slice(3, end));
      if (!inner) return null;
      for (const alt of inner) {
        const pre = literalPrefix(alt);
        if (!pre) return null;
        out.push(pre);
      }
    } else {
      const pre = literalPrefix(b);
      if (!pre) return null;
      out.push(pre);
    }
  }
  return [...new Set(out)];
}

/** First 3–4 literal letters of a regex fragment (not followed by a quantifier), or null. */
function literalPrefix(s: string): string | null {
  let letters = '';
  for (let i = 0; i < s.length && letters.length < 4; i++) {
    const ch = s[i];
    if (!/[A-Za-z]/.test(ch)) break;
    const next = s[i + 1];
    if (next === '?' || next === '*' || next === '{') break;
    letters += ch.toLowerCase();
  }
  // A letter followed by `?`/`*`/`{` is optional: the prefix stops before it.
  return letters.length >= 3 ? letters : null;
}

export function prefixCode(prefix: string): number {
  const c = [...prefix].map((ch) => ch.charCodeAt(0));
  return c.length === 3 ? code3(c[0], c[1], c[2]) : code4(c[0], c[1], c[2], c[3]);
}

/**
 * Maps word-prefix codes to small feature numbers (built once for all rules), and records, for one
 * text at a time, where words with those prefixes start. One pass over the text, no allocation
 * beyond a reusable position buffer.
 */
export class PrefixTable {
  private readonly table = new Int16Array(CODE_SPACE).fill(-1);
  private count = 0;
  /** Per feature: stamp of the text its `head` belongs to, and the last recorded occurrence. */
  private headStamp = new Uint32Array(16);
  private head = new Int32Array(16);
  /** Occurrence list: position and link to the previous occurrence of the same feature. */
  private pos = new Int32Array(1024);
  private next = new Int32Array(1024);
  private used = 0;
  private stamp = 0;
  /** Per feature: the gates (sets of features, see `gate`) it opens; per gate: stamp of the text it is open for. */
  private readonly featureGates: number[][] = [];
  private gateStamp = new Uint32Array(16);
  private gateCount = 0;

  feature(prefix: string): number {
    const code = prefixCode(prefix);
    if (this.table[code] < 0) {
      this.table[code] = this.count++;
      if (this.count > this.head.length) {
        const hs = new Uint32Array(this.count * 2);
        hs.set(this.headStamp);
        this.headStamp = hs;
        const h = new Int32Array(this.count * 2);
        h.set(this.head);
        this.head = h;
      }
    }
    return this.table[code];
  }

  /**
   * Registers a gate: a set of features one of which must occur. `open(id)` then answers in O(1) whether one of
   * them occurs in the last scanned text (the scan marks a feature's gates at its first occurrence).
   */
  gate(features: readonly number[]): number {
    const id = this.gateCount++;
    if (this.gateCount > this.gateStamp.length) {
      const gs = new Uint32Array(this.gateCount * 2);
      gs.set(this.gateStamp);
      this.gateStamp = gs;
    }
    for (const f of new Set(features)) (this.featureGates[f] ??= []).push(id);
    return id;
  }

  /** Whether a word with one of the features of gate `id` occurs in the last scanned text. */
  open(id: number): boolean {
    return this.gateStamp[id] === this.stamp;
  }

  get size(): number {
    return this.count;
  }

  private record(f: number, i: number): void {
    if (this.used === this.pos.length) {
      const p = new Int32Array(this.pos.length * 2);
      p.set(this.pos);
      this.pos = p;
      const n = new Int32Array(this.next.length * 2);
      n.set(this.next);
      this.next = n;
    }
    const k = this.used++;
    this.pos[k] = i;
    if (this.headStamp[f] === this.stamp) {
      this.next[k] = this.head[f];
    } else {
      this.next[k] = -1;
      this.headStamp[f] = this.stamp;
      const gates = this.featureGates[f];
      if (gates !== undefined) for (let j = 0; j < gates.length; j++) this.gateStamp[gates[j]] = this.stamp;
    }
    this.head[f] = k;
  }

  /** Records the features of every word of `text`; replaces what was recorded for the previous text. */
  scan(text: string): void {
    this.stamp = this.stamp >= 0xfffffff0 ? 1 : this.stamp + 1;
    if (this.stamp === 1) {
      this.headStamp.fill(0);
      this.gateStamp.fill(0);
    }
    this.used = 0;
    const table = this.table;
    const cls = CHAR_CLASS;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // skip to the next word character ([A-Za-z0-9_])
      let c = text.charCodeAt(i);
      while (c >= 128 || cls[c] === 0) {
        if (++i >= n) return;
        c = text.charCodeAt(i);
      }
      // a word starts at i: its first 3 and 4 letters, lower-cased (letter index = class - 2)
      const a = cls[c] - 2;
      if (a >= 0 && i + 2 < n) {
        const cb = text.charCodeAt(i + 1);
        const b = cb < 128 ? cls[cb] - 2 : -1;
        if (b >= 0) {
          const cd = text.charCodeAt(i + 2);
          const d = cd < 128 ? cls[cd] - 2 : -1;
          if (d >= 0) {
            const k3 = (a * 26 + b) * 26 + d;
            const f3 = table[k3];
            if (f3 >= 0) this.record(f3, i);
            if (i + 3 < n) {
              const ce = text.charCodeAt(i + 3);
              const e = ce < 128 ? cls[ce] - 2 : -1;
              if (e >= 0) {
                const f4 = table[CODE4_BASE + k3 * 26 + e];
                if (f4 >= 0) this.record(f4, i);
              }
            }
          }
        }
      }
      // skip the rest of the word
      i++;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c >= 128 || cls[c] === 0) break;
        i++;
      }
    }
  }

  /** Whether a word with feature `f` occurs in the last scanned text. */
  has(f: number): boolean {
    return this.headStamp[f] === this.stamp;
  }

  /**
   * Earliest match of the sticky regex `re` starting at an occurrence of one of `features`,
   * trying at most `limit` occurrences; null when none matches.
   */
  firstMatchAt(re: RegExp, text: string, features: readonly number[], limit: number): { start: number; end: number } | null {
    let best = -1;
    let bestEnd = -1;
    let tries = 0;
    for (const f of features) {
      if (this.headStamp[f] !== this.stamp) continue;
      for (let k = this.head[f]; k >= 0 && tries < limit; k = this.next[k]) {
        const at = this.pos[k];
        if (best >= 0 && at >= best) continue;
        tries++;
        re.lastIndex = at;
        const m = re.exec(text);
        if (m) {
          best = at;
          bestEnd = at + m[0].length;
        }
      }
    }
    return best >= 0 ? { start: best, end: bestEnd } : null;
  }
}
