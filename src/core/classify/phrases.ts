/**
 * Literal, case-insensitive, whole-word phrase matching for user-defined clause types (term model
 * `clauseTypes[*].cues`). Phrases are never compiled into regular expressions: they go into an
 * Aho-Corasick automaton, so matching time is linear in the text (plus the number of matches),
 * whatever the number or the content of the phrases. Runs of whitespace in a phrase match any run
 * of whitespace in the text.
 */

import { isWordCode } from '../text/chars';

export interface PhraseMatch {
  /** Index of the phrase in the list given to `buildPhraseMatcher`. */
  readonly phrase: number;
  readonly start: number;
  readonly end: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Nearest node on the fail chain (excluding this one) that ends a phrase, or -1. */
  dict: number;
  /** Phrases ending exactly at this node. */
  out: number[];
  depth: number;
}

const SPACE = 32;

// (JavaScript's `\s` is exactly Unicode's white space and line terminators)
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

const WORD_RE = /[\p{L}\p{N}_]/u;
const isWordChar = (c: number): boolean => {
  if (c < 128) return isWordCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return WORD_RE.test(String.fromCharCode(c));
};

/** Lower-cases one UTF-16 code unit without changing the length of the text. */
const lowerUnit = (c: number): number => {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
};

/** Normalised code units of a phrase: lower-cased, trimmed, whitespace runs as one space. */
const normalisePhrase = (p: string): number[] => {
  const out: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out.push(SPACE);
    pendingSpace = false;
    out.push(lowerUnit(c));
  }
  return out;
};

export interface PhraseMatcher {
  /** All whole-word matches, in order of their end offset; at most `limit` matches. */
  find(text: string, limit?: number): PhraseMatch[];
  readonly size: number;
}

/** Scratch for `find` (matching is synchronous, so one buffer serves every matcher). */
let startsBuf = new Int32Array(1024);

export const buildPhraseMatcher = (phrases: readonly string[]): PhraseMatcher => {
  const nodes: Node[] = [{ next: new Map(), fail: 0, dict: -1, out: [], depth: 0 }];
  const firstUnit: number[] = [];
  const lastUnit: number[] = [];
  phrases.forEach((p, idx) => {
    const units = typeof p === 'string' ? normalisePhrase(p) : [];
    firstUnit[idx] = units.length ? units[0] : -1;
    lastUnit[idx] = units.length ? units[units.length - 1] : -1;
    if (units.length === 0) return;
    let s = 0;
    for (const u of units) {
      let n = nodes[s].next.get(u);
      if (n === undefined) {
        n = nodes.length;
        nodes.push({ next: new Map(), fail: 0, dict: -1, out: [], depth: nodes[s].depth + 1 });
        nodes[s].next.set(u, n);
      }
      s = n;
    }
    nodes[s].out.push(idx);
  });
  // Breadth-first failure links.
  const queue: number[] = [];
  for (const n of nodes[0].next.values()) queue.push(n);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    for (const [u, t] of nodes[s].next) {
      let f = nodes[s].fail;
      while (f !== 0 && !nodes[f].next.has(u)) f = nodes[f].fail;
      const g = nodes[f].next.get(u);
      nodes[t].fail = g !== undefined && g !== t ? g : 0;
      const ft = nodes[t].fail;
      nodes[t].dict = nodes[ft].out.length ? ft : nodes[ft].dict;
      queue.push(t);
    }
  }

  const find = (text: string, limit = 10_000): PhraseMatch[] => {
    const res: PhraseMatch[] = [];
    if (typeof text !== 'string' || text.length === 0 || nodes.length === 1) return res;
    // starts[k] = original offset of the k-th normalised unit (a buffer reused across calls).
    if (startsBuf.length < text.length + 1) startsBuf = new Int32Array(Math.max(text.length + 1, startsBuf.length * 2));
    const starts = startsBuf;
    let k = 0;
    let s = 0;
    let prevSpace = true;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      let u: number;
      if (isSpace(raw)) {
        if (prevSpace) continue;
        prevSpace = true;
        u = SPACE;
      } else {
        prevSpace = false;
        u = lowerUnit(raw);
      }
      starts[k++] = i;
      let t = nodes[s].next.get(u);
      while (t === undefined && s !== 0) {
        s = nodes[s].fail;
        t = nodes[s].next.get(u);
      }
      s = t ?? 0;
      let o = nodes[s].out.length ? s : nodes[s].dict;
      while (o !== -1) {
        const depth = nodes[o].depth;
        const start = starts[k - depth];
        const end = i + 1;
        for (const p of nodes[o].out) {
          // Whole word: no word character joins the phrase's first/last word to the text around it.
          const before = start > 0 ? text.charCodeAt(start - 1) : SPACE;
          const after = end < text.length ? text.charCodeAt(end) : SPACE;
          if (isWordChar(firstUnit[p]) && isWordChar(before)) continue;
          if (isWordChar(lastUnit[p]) && isWordChar(after)) continue;
          res.push({ phrase: p, start, end });
          if (res.length >= limit) return res;
        }
        o = nodes[o].dict;
      }
    }
    return res;
  };

  return { find, size: phrases.length };
};
