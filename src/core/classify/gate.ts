/**
 * Cheap prefilter for the cue regexes: one pass over the clause notes which word prefixes occur
 * (the first 3 and 4 ASCII letters of every word, lower-cased); a regex only runs when a word its
 * match must start with is present. The required words are read from the regex source itself
 * (`requiredPrefixes` in requirements.ts: a leading `\b` followed by literal letters, or a leading alternation of
 * such words), so the gate is exact: it never skips a regex that could match, it only skips regexes that cannot.
 */

/**
 * Character class of every UTF-16 code unit (one load per character in the scan): 0 = not a word character (all
 * above ASCII), 1 = digit or `_`, 2 + letter index (a/A → 2).
 */
const WIDE_CLASS = new Uint8Array(65536);
WIDE_CLASS.fill(1, 48, 58);
WIDE_CLASS[95] = 1;
for (let c = 0; c < 26; c++) WIDE_CLASS[65 + c] = WIDE_CLASS[97 + c] = 2 + c;

/** Number of 3-letter codes. */
const CODE3_SPACE = 26 * 26 * 26;
/** Room for the features and the gates of the built-in rules (429 and 422 now): fixed, as the rules are. */
const MAX_IDS = 2048;

/**
 * Maps word prefixes to small feature numbers (built once for all rules) and records, for one text at a time,
 * where words with those prefixes start. One pass over the text with compact lookup tables (a 3-letter table,
 * plus 26-entry blocks only for the 3-letter prefixes some 4-letter feature extends), no allocation beyond
 * reusable typed buffers.
 *
 * Per feature, occurrences are kept in text order (`first`, then `next`), with their number (`count`).
 * Gates are sets of features; `gateStamp[gate] === stamp` tells in O(1) whether one of them occurs in the last
 * scanned text, and a gate can also be `watch`ed: a bit set in `bits` when it opens.
 */
export class PrefixTable {
  /** 3-letter code → feature id, or -1. */
  readonly #t3 = new Int16Array(CODE3_SPACE).fill(-1);
  /** 3-letter code → block of 26 entries in `t4` for the 4th letter, or -1. */
  readonly #b4 = new Int16Array(CODE3_SPACE).fill(-1);
  #t4 = new Int16Array(0);
  #blocks = 0;
  #count = 0;

  /** Per feature (valid when `fstamp[f] === stamp`): first and last occurrence index, number of occurrences. */
  readonly fstamp = new Uint32Array(MAX_IDS);
  readonly ffirst = new Int32Array(MAX_IDS);
  readonly flast = new Int32Array(MAX_IDS);
  readonly fcount = new Int32Array(MAX_IDS);
  /** Occurrences: text position, and the next occurrence of the same feature (-1 at the end). */
  pos = new Int32Array(1024);
  next = new Int32Array(1024);
  /** Number of occurrences recorded for the last scanned text (all features). */
  used = 0;
  stamp = 0;
  readonly #gateKeys = new Map<string, number>();

  /** Per feature: the gates it opens (flattened after `freeze`). */
  readonly #featureGates: number[][] = [];
  /** Per gate: its features. */
  readonly #gateFeatures: number[][] = [];
  #gateOff = new Int32Array(1);
  #gateList = new Int32Array(0);
  /** Per feature: the [slot, bit] pairs it sets in `bits` (see `watch`). */
  readonly #featureBits: number[][] = [];
  /** Per slot: the bits set by the words of the last scanned text (`watch`). */
  bits = new Int32Array(0);
  #frozen = false;
  readonly gateStamp = new Uint32Array(MAX_IDS);
  #gateCount = 0;

  /** Feature id of a word prefix (3 or 4 lower-case ASCII letters), a new one the first time it is asked for. */
  feature(prefix: string): number {
    const c = [...prefix].map((ch) => ch.charCodeAt(0) - 97);
    const k3 = (c[0] * 26 + c[1]) * 26 + c[2];
    let t = this.#t3;
    let at = k3;
    if (c.length > 3) {
      if (this.#b4[k3] < 0) {
        this.#b4[k3] = this.#blocks++;
        const t4 = new Int16Array(this.#blocks * 26).fill(-1);
        t4.set(this.#t4);
        this.#t4 = t4;
      }
      t = this.#t4;
      at = this.#b4[k3] * 26 + c[3];
    }
    if (t[at] < 0) {
      this.#frozen = false;
      t[at] = this.#id(this.#count++);
    }
    return t[at];
  }

  /** Registers a gate: a set of features one of which must occur (the same set gives the same id). */
  gate(features: readonly number[]): number {
    const set = [...new Set(features)].sort((a, b) => a - b);
    const key = set.join(',');
    const known = this.#gateKeys.get(key);
    if (known !== undefined) return known;
    const id = this.#id(this.#gateCount++);
    this.#gateKeys.set(key, id);
    this.#gateFeatures.push(set);
    for (const f of set) (this.#featureGates[f] ??= []).push(id);
    this.#frozen = false;
    return id;
  }

  /** Sets bit `bit` of `bits[slot]` in every text where gate `id` is open. */
  watch(id: number, slot: number, bit: number): void {
    for (const f of this.#gateFeatures[id]) (this.#featureBits[f] ??= []).push(slot, bit);
    if (slot >= this.bits.length) this.bits = new Int32Array(slot + 1);
    this.#frozen = false;
  }

  #freeze(): void {
    const off = new Int32Array(this.#count + 1);
    const list: number[] = [];
    for (let f = 0; f < this.#count; f++) {
      off[f] = list.length;
      for (const g of this.#featureGates[f] ?? []) list.push(g);
      this.#featureBits[f] ??= [];
    }
    off[this.#count] = list.length;
    this.#gateOff = off;
    this.#gateList = Int32Array.from(list);
    this.#frozen = true;
  }

  /** A new feature or gate id, checked against the fixed room of the per-id arrays. */
  #id(n: number): number {
    if (n >= MAX_IDS) throw new RangeError('classifier rules: too many gate words');
    return n;
  }

  #record(f: number, i: number): void {
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
    this.next[k] = -1;
    const stamp = this.stamp;
    if (this.fstamp[f] === stamp) {
      this.next[this.flast[f]] = k;
      this.fcount[f]++;
    } else {
      this.fstamp[f] = stamp;
      this.ffirst[f] = k;
      this.fcount[f] = 1;
      const gs = this.gateStamp;
      const list = this.#gateList;
      for (let j = this.#gateOff[f], end = this.#gateOff[f + 1]; j < end; j++) gs[list[j]] = stamp;
      const wb = this.#featureBits[f];
      for (let j = 0; j < wb.length; j += 2) this.bits[wb[j]] |= wb[j + 1];
    }
    this.flast[f] = k;
  }

  /** Records the features of every word of `text`; replaces what was recorded for the previous text. */
  scan(text: string): void {
    if (!this.#frozen) this.#freeze();
    this.stamp = this.stamp >= 0xfffffff0 ? 1 : this.stamp + 1;
    if (this.stamp === 1) {
      this.fstamp.fill(0);
      this.gateStamp.fill(0);
    }
    this.bits.fill(0);
    this.used = 0;
    const t3 = this.#t3;
    const b4 = this.#b4;
    const t4 = this.#t4;
    const cls = WIDE_CLASS;
    const n = text.length;
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const k = cls[text.charCodeAt(i)];
      if (k === 0) {
        inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      // A word starts at i: its first 3 and 4 letters, lower-cased (letter index = class - 2).
      if (k < 2 || i + 2 >= n) continue;
      const b = cls[text.charCodeAt(i + 1)] - 2;
      if (b < 0) continue;
      const d = cls[text.charCodeAt(i + 2)] - 2;
      if (d < 0) continue;
      const k3 = ((k - 2) * 26 + b) * 26 + d;
      const f3 = t3[k3];
      if (f3 >= 0) this.#record(f3, i);
      const blk = b4[k3];
      if (blk >= 0 && i + 3 < n) {
        const e = cls[text.charCodeAt(i + 3)] - 2;
        if (e >= 0) {
          const f4 = t4[blk * 26 + e];
          if (f4 >= 0) this.#record(f4, i);
          // (A letter of this word too: not read again.)
          i++;
        }
      }
      // The next two characters are letters of this word.
      i += 2;
    }
  }
}
