import type { ClauseTypeId, Cue, CustomClauseType, TypeAssignment } from '../types';
import { RULES, type Pattern, type TypeRules } from './rules';
import { PrefixTable } from './gate';
import { buildPhraseMatcher, type PhraseMatcher } from './phrases';
import { requiredPrefixes, wordRequirements } from './requirements';

export interface Classifier {
  /** Types of one clause's text; cue offsets are shifted by `offset`. */
  classify(text: string, offset?: number): TypeAssignment[];
}

/** Confidence given to a custom (term-model) type whose cue phrase occurs in the clause. */
export const CUSTOM_CONFIDENCE = 0.9;
/** Clause text beyond this length is not classified (a clause is never that long in a real contract). */
export const MAX_CLASSIFY_LENGTH = 20_000;
const MAX_CUES_PER_TYPE = 8;

/** Confidence of an assigned type from its score (exported for the engine test's reference evaluation). */
export const confidenceOf = (score: number, threshold: number): number => {
  // score == threshold → 0.6; grows towards 0.99.
  const x = score / threshold;
  const c = 1 - 0.4 * Math.exp(-(x - 1) * 1.2);
  return Math.round(Math.min(0.99, Math.max(0.5, c)) * 100) / 100;
};

/*
 * How a type is evaluated on one clause (the semantics; the code below computes exactly this, faster):
 *  1. Every positive pattern that is not deferred (see below), in rule order, whose group (if any) has no hit yet:
 *     its first match is a hit and adds its weight to the score.
 *  2. No hit, or score <= 0: the type is not assigned. Otherwise deferred patterns (ungated and not starting with a
 *     literal character) run the same way.
 *  3. Every negative pattern that matches subtracts its weight.
 *  4. Score below the threshold: not assigned. Otherwise the hits (sorted, deduplicated, at most 8) are the cues.
 *
 * Speed: one pass over the clause records where words with a gate prefix start (gate.ts). A gated pattern runs only
 * as a sticky regex at those positions, earliest first, stopping at its first match; it does not run at all when a
 * word its matches must contain (requirements.ts) is absent from the clause. The scan also sets, per type, a bit for
 * each pattern whose first gate word occurs: only these patterns are tested further. A type runs no regex when none of
 * its patterns can match, or when the weights of those that can cannot reach the threshold, and stops as soon as the
 * patterns left cannot lift it to the threshold. Cue objects are built only for assigned types.
 */

/** A rule pattern prepared for evaluation (plain objects built in one place each: one shape). */
interface GatedPattern {
  readonly re: RegExp;
  /** Sticky copy of `re`, tried only where a gate word occurs. */
  readonly sticky: RegExp | null;
  readonly w: number;
  /** Most this pattern can add to the score. */
  readonly up: number;
  readonly group: number;
  readonly groupBit: number;
  /** Features (word prefixes) one of which must start the match, or null = scan the whole text. */
  readonly gate: Int32Array | null;
  /** Ungated and not starting with a literal character: only run once the type already has a cue. */
  readonly deferred: boolean;
  /**
   * Open test (`canMatch`): [first gate or -1, count of the other gates, other gates..., first-char index or -1,
   * count of branches, per branch: [count, gates...]]. The gates must all be open (the pattern's gate and the words
   * its match must contain, requirements.ts), and with several branches of required words, all of one branch.
   */
  readonly open: Int32Array;
  /**
   * The required words with their windows relative to a match start (see `windowOk`), or null when no branch has
   * a requirement beyond the gate word itself: [branches, per branch: [requirements, per requirement: [lo, hi,
   * features, ...features]]].
   */
  readonly win: Int32Array | null;
}

interface CompiledType {
  readonly id: TypeRules['id'];
  /** All positive patterns, in rule order. */
  readonly pos: readonly GatedPattern[];
  /** Positive patterns that are not deferred, in rule order. */
  readonly nd: readonly GatedPattern[];
  /** Deferred positive patterns, in rule order. */
  readonly def: readonly GatedPattern[];
  readonly neg: readonly GatedPattern[];
  readonly threshold: number;
  /** Most the deferred and negative patterns can add to the score. */
  readonly extraUp: number;
  /** Margin covering floating-point rounding in the bounds (Infinity = never skip on a bound). */
  readonly slack: number;
  /** Every negative weight is a finite number >= 0 (negatives can only lower the score). */
  readonly negsLower: boolean;
  /**
   * The non-deferred positive patterns that may be open, 32 per word: the words of PREFIXES.bits from `slot` on
   * (bit i & 31 of word i >> 5: the first gate of pattern i's open test is open) OR-ed with `always` (no first gate).
   */
  readonly slot: number;
  readonly always: Int32Array;
  /** Per non-deferred pattern: most it adds to the score. */
  readonly up: Float64Array;
}

const PREFIXES = new PrefixTable();
/** At most this many gate-word occurrences are tried per pattern and clause (keeps huge clauses linear). */
const MAX_TRIES = 64;
const FIRST_CHARS: string[] = [];

/** Does the pattern source start with a literal character? (Ungated patterns that do not are deferred.) */
export const startsWithLiteral = (src: string): boolean => {
  const c = src[0];
  if (c === undefined) return false;
  if (c === '\\') return /^\\[$()[\]{}.*+?|^/\\-]/.test(src);
  return !'([.^'.includes(c);
};

/** The non-letter literal an ungated pattern starts with (run only when the text contains it), or null. */
export const literalChar = (src: string): string | null => {
  const c = src[0] === '\\' ? src[1] : src[0];
  // Letters could match in either case under the `i` flag: no shortcut for them.
  return c && !/[A-Za-z]/.test(c) ? c : null;
};

const gated = (p: Pattern): GatedPattern => {
  const req = requiredPrefixes(p.re.source);
  const flags = p.re.flags.replace(/[gy]/g, '');
  const gate = req ? req.map((x) => PREFIXES.feature(x)) : null;
  const fc = req === null && startsWithLiteral(p.re.source) ? literalChar(p.re.source) : null;
  let fi = -1;
  if (fc !== null) {
    fi = FIRST_CHARS.indexOf(fc);
    if (fi < 0) fi = FIRST_CHARS.push(fc) - 1;
  }
  const group = p.group ?? 0;
  const branches = wordRequirements(p.re.source, flags);
  let win: number[] | null = gate && branches ? [branches.length] : null;
  for (const b of win ? branches! : []) {
    // The gate word at the match start (window [0, 0]) holds wherever the sticky regex is tried; an unbounded window
    // tells nothing. A branch left without requirements: every occurrence must be tried.
    const rs = b.filter((r) => (r.lo || r.hi) && r.hi < 1e9);
    if (!rs.length) {
      win = null;
      break;
    }
    win!.push(rs.length);
    for (const r of rs) win!.push(r.lo, r.hi, r.prefixes.length, ...r.prefixes.map((x) => PREFIXES.feature(x)));
  }
  // The open test (`GatedPattern.open`): the pattern's gate, or the literal character it starts with, and the words
  // its match must contain (as gates, the pattern's own gate aside), all of them, or with several branches those of
  // one branch (unless a branch requires no other word).
  const gateId = gate ? PREFIXES.gate(gate) : -1;
  let alts = (branches ?? []).map((b) =>
    b.map((r) => PREFIXES.gate(r.prefixes.map((x) => PREFIXES.feature(x)))).filter((g) => g !== gateId),
  );
  if (alts.some((b) => b.length === 0)) alts = [];
  const all = gateId >= 0 ? [gateId] : [];
  if (alts.length === 1) all.push(...alts.pop()!);
  const open = [all[0] ?? -1, Math.max(0, all.length - 1), ...all.slice(1), fi, alts.length];
  for (const b of alts) open.push(b.length, ...b);
  return {
    re: new RegExp(p.re.source, flags),
    sticky: req ? new RegExp(p.re.source, flags + 'y') : null,
    w: p.w,
    up: p.w > 0 ? p.w : 0,
    group,
    groupBit: 1 << group,
    gate: gate ? Int32Array.from(gate) : null,
    deferred: req === null && !startsWithLiteral(p.re.source),
    open: Int32Array.from(open),
    win: win && Int32Array.from(win),
  };
};

const compileType = (rules: TypeRules): CompiledType => {
  const pos = rules.pos.map(gated);
  const neg = rules.neg.map(gated);
  const threshold = rules.threshold ?? 1;
  const nd = pos.filter((p) => !p.deferred);
  const def = pos.filter((p) => p.deferred);
  let extraUp = 0;
  for (const p of def) extraUp += p.up;
  for (const n of neg) extraUp += n.w < 0 ? -n.w : 0;
  let sumAbs = Math.abs(threshold);
  let finite = Number.isFinite(threshold);
  for (const p of [...pos, ...neg]) {
    if (!Number.isFinite(p.w)) finite = false;
    else sumAbs += Math.abs(p.w);
  }
  // Bounds are sums of up to a few hundred weights: their rounding error is far below 1e-9 of the total.
  const slack = finite && Number.isFinite(sumAbs) ? 1e-9 * (sumAbs + 1) : Infinity;
  const slot = nextSlot;
  const always = new Int32Array((nd.length + 31) >> 5);
  nextSlot += always.length;
  nd.forEach((p, i) => {
    if (p.open[0] >= 0) PREFIXES.watch(p.open[0], slot + (i >> 5), 1 << (i & 31));
    else always[i >> 5] |= 1 << (i & 31);
  });
  return {
    id: rules.id,
    pos,
    nd,
    def,
    neg,
    threshold,
    extraUp,
    slack,
    negsLower: neg.every((n) => Number.isFinite(n.w) && n.w >= 0),
    slot,
    always,
    up: Float64Array.from(nd.map((p) => p.up)),
  };
};

/** The first word of PREFIXES.bits the next compiled type uses. */
let nextSlot = 0;
const COMPILED: readonly CompiledType[] = RULES.map(compileType);

/**
 * Patterns whose regex cannot be gated by a word (they scan the whole clause); for tests and diagnostics (a function,
 * so that bundles that do not call it do not carry it).
 */
export const ungatedPatterns = (): string[] => {
  return COMPILED.flatMap((t) => [...t.pos, ...t.neg].filter((p) => p.gate === null).map((p) => `${t.id}: /${p.re.source}/`));
};

// ---- Per-clause scratch state (classification is synchronous and not re-entrant) ----

let MAX_POS = 1;
for (const t of COMPILED) MAX_POS = Math.max(MAX_POS, t.nd.length + t.def.length);
/** Indices of the open non-deferred patterns of the type being evaluated. */
const OPEN = new Int32Array(MAX_POS);
/** Hits (start, end) of the type being evaluated. */
const HIT_START = new Int32Array(MAX_POS);
const HIT_END = new Int32Array(MAX_POS);
/** End of the match found by the last successful `firstAt`/`firstUngated`. */
let matchEnd = 0;
/** Per first character: stamp of the clause its presence was computed for, and the answer. */
const charStamp = new Uint32Array(FIRST_CHARS.length + 1);
const charHas = new Uint8Array(FIRST_CHARS.length + 1);
/** Scratch for the rare path (a gate word occurring more than MAX_TRIES times). */
let rareBuf = new Int32Array(256);

const hasChar = (i: number, text: string): boolean => {
  if (charStamp[i] !== PREFIXES.stamp) {
    charStamp[i] = PREFIXES.stamp;
    charHas[i] = text.includes(FIRST_CHARS[i]) ? 1 : 0;
  }
  return charHas[i] === 1;
};

/** Whether the pattern whose open test (`GatedPattern.open`) starts at `q` in `code` can match in the last scanned text. */
const canMatch = (code: Int32Array, q: number, text: string): boolean => {
  const gateStamp = PREFIXES.gateStamp;
  const stamp = PREFIXES.stamp;
  if (code[q] >= 0 && gateStamp[code[q]] !== stamp) return false;
  for (let e = q + 2 + code[q + 1], k = q + 2; k < e; k++) if (gateStamp[code[k]] !== stamp) return false;
  q += 2 + code[q + 1];
  if (code[q] >= 0 && !hasChar(code[q], text)) return false;
  let nb = code[q + 1];
  if (nb === 0) return true;
  branches: for (q += 2; nb > 0; nb--, q += code[q] + 1) {
    for (let k = q + 1, e = q + 1 + code[q]; k < e; k++) if (gateStamp[code[k]] !== stamp) continue branches;
    return true;
  }
  return false;
};

/** Start of the first match of `re` (end in `matchEnd`), or -1. */
const firstUngated = (re: RegExp, text: string): number => {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return -1;
  matchEnd = m.index + m[0].length;
  return m.index;
};

/**
 * Whether, for a match starting at `at`, some branch of the pattern has each of its required words starting within
 * its window (requirements.ts): where this fails the regex cannot match, so it is not run there.
 */
const windowOk = (w: Int32Array, at: number): boolean => {
  const T = PREFIXES;
  const fstamp = T.fstamp;
  const stamp = T.stamp;
  const pos = T.pos;
  const next = T.next;
  for (let b = 0, q = 1; b < w[0]; b++) {
    let ok = true;
    for (let r = w[q++]; r > 0; r--) {
      const e = q + 3 + w[q + 2];
      const lo = at + w[q];
      let j = q + 3;
      for (; ok && j < e; j++) {
        // The first occurrence of this word at or after the window's start, if any, must not be past its end.
        let k = fstamp[w[j]] === stamp ? T.ffirst[w[j]] : -1;
        while (k >= 0 && pos[k] < lo) k = next[k];
        if (k >= 0 && pos[k] <= at + w[q + 1]) break;
      }
      if (j === e) ok = false;
      q = e;
    }
    if (ok) return true;
  }
  return false;
};

/**
 * Earliest match of a gated pattern, starting at an occurrence of one of its gate words (end in `matchEnd`), or -1.
 * Same result as trying every occurrence; when the gate words occur more than MAX_TRIES times, the original
 * bounded search (`firstAtBounded`) decides, so the bound and its result stay exactly as they were.
 */
const firstAt = (p: GatedPattern, text: string): number => {
  const gate = p.gate as Int32Array;
  const T = PREFIXES;
  const stamp = T.stamp;
  const fstamp = T.fstamp;
  const re = p.sticky as RegExp;
  const pos = T.pos;
  const next = T.next;
  const win = p.win;
  if (gate.length === 1) {
    const f = gate[0];
    if (fstamp[f] !== stamp) return -1;
    if (T.fcount[f] > MAX_TRIES) return firstAtBounded(p, text);
    for (let k = T.ffirst[f]; k >= 0; k = next[k]) {
      const at = pos[k];
      if (win !== null && !windowOk(win, at)) continue;
      re.lastIndex = at;
      if (re.test(text)) {
        matchEnd = re.lastIndex;
        return at;
      }
    }
    return -1;
  }
  if (T.used > MAX_TRIES) {
    let total = 0;
    for (let j = 0; j < gate.length; j++) if (fstamp[gate[j]] === stamp) total += T.fcount[gate[j]];
    if (total > MAX_TRIES) return firstAtBounded(p, text);
  }
  let best = -1;
  let bestEnd = 0;
  for (let j = 0; j < gate.length; j++) {
    const f = gate[j];
    if (fstamp[f] !== stamp) continue;
    for (let k = T.ffirst[f]; k >= 0; k = next[k]) {
      const at = pos[k];
      if (best >= 0 && at >= best) break;
      if (win !== null && !windowOk(win, at)) continue;
      re.lastIndex = at;
      if (re.test(text)) {
        best = at;
        bestEnd = re.lastIndex;
        break;
      }
    }
  }
  matchEnd = bestEnd;
  return best;
};

/**
 * The original bounded search: features in gate order, each one's occurrences from the last to the first, at most
 * MAX_TRIES regex runs (occurrences at or after the best match so far are not tried).
 */
const firstAtBounded = (p: GatedPattern, text: string): number => {
  const gate = p.gate as Int32Array;
  const T = PREFIXES;
  const re = p.sticky as RegExp;
  let best = -1;
  let bestEnd = -1;
  let tries = 0;
  for (let j = 0; j < gate.length; j++) {
    const f = gate[j];
    if (T.fstamp[f] !== T.stamp) continue;
    const n = T.fcount[f];
    if (rareBuf.length < n) rareBuf = new Int32Array(n * 2);
    let c = 0;
    for (let k = T.ffirst[f]; k >= 0; k = T.next[k]) rareBuf[c++] = T.pos[k];
    for (let q = c - 1; q >= 0 && tries < MAX_TRIES; q--) {
      const at = rareBuf[q];
      if (best >= 0 && at >= best) continue;
      tries++;
      re.lastIndex = at;
      if (re.test(text)) {
        best = at;
        bestEnd = re.lastIndex;
      }
    }
  }
  matchEnd = bestEnd;
  return best;
};

/** Whether a negative pattern matches (same answer as the original search). */
const negMatches = (n: GatedPattern, text: string): boolean => {
  return n.gate === null ? firstUngated(n.re, text) >= 0 : firstAt(n, text) >= 0;
};

/** Evaluate one built-in type's rules on the (already scanned) text; returns the assignment or null. */
const evaluate = (t: CompiledType, text: string, offset: number): TypeAssignment | null => {
  const nd = t.nd;
  let nOpen = 0;
  let bound = 0;
  const up = t.up;
  const bits = PREFIXES.bits;
  const always = t.always;
  for (let w = 0; w < always.length; w++) {
    // The patterns whose first gate is open, in rule order (lowest bit first).
    for (let m = bits[t.slot + w] | always[w]; m !== 0; m &= m - 1) {
      const i = (w << 5) + 31 - Math.clz32(m & -m);
      if (!canMatch(nd[i].open, 0, text)) continue;
      OPEN[nOpen++] = i;
      bound += up[i];
    }
  }
  if (nOpen === 0) return null;
  const threshold = t.threshold;
  const slack = t.slack;
  let rest = bound + t.extraUp;
  if (rest + slack < threshold) return null;
  let score = 0;
  let groups = 0;
  let nh = 0;
  for (let j = 0; j < nOpen; j++) {
    const p = nd[OPEN[j]];
    rest -= p.up;
    if (p.group !== 0 && (groups & p.groupBit) !== 0) continue;
    const s = p.gate !== null ? firstAt(p, text) : firstUngated(p.re, text);
    if (s >= 0) {
      if (p.group !== 0) groups |= p.groupBit;
      score += p.w;
      HIT_START[nh] = s;
      HIT_END[nh] = matchEnd;
      nh++;
    } else if (score + rest + slack < threshold) {
      return null;
    }
  }
  if (score <= 0 || nh === 0) return null;
  const def = t.def;
  for (let j = 0; j < def.length; j++) {
    const p = def[j];
    if (p.group !== 0 && (groups & p.groupBit) !== 0) continue;
    if (!canMatch(p.open, 0, text)) continue;
    const s = firstUngated(p.re, text);
    if (s >= 0) {
      if (p.group !== 0) groups |= p.groupBit;
      score += p.w;
      HIT_START[nh] = s;
      HIT_END[nh] = matchEnd;
      nh++;
    }
  }
  const neg = t.neg;
  if (t.negsLower) {
    // Negative patterns only lower the score: stop as soon as it is below the threshold.
    if (score < threshold) return null;
    for (let j = 0; j < neg.length; j++) {
      const n = neg[j];
      if (canMatch(n.open, 0, text) && negMatches(n, text)) {
        score -= n.w;
        if (score < threshold) return null;
      }
    }
  } else {
    for (let j = 0; j < neg.length; j++) {
      const n = neg[j];
      if (canMatch(n.open, 0, text) && negMatches(n, text)) score -= n.w;
    }
    if (score < threshold) return null;
  }
  // Assigned: sort the hits by (start, end) (a handful: insertion sort), drop duplicates, build the cues.
  for (let i = 1; i < nh; i++) {
    const s = HIT_START[i];
    const e = HIT_END[i];
    let k = i - 1;
    while (k >= 0 && (HIT_START[k] > s || (HIT_START[k] === s && HIT_END[k] > e))) {
      HIT_START[k + 1] = HIT_START[k];
      HIT_END[k + 1] = HIT_END[k];
      k--;
    }
    HIT_START[k + 1] = s;
    HIT_END[k + 1] = e;
  }
  const id = t.id;
  const cues: Cue[] = [];
  let ps = 0;
  let pe = 0;
  for (let i = 0; i < nh && cues.length < MAX_CUES_PER_TYPE; i++) {
    const s = HIT_START[i];
    const e = HIT_END[i];
    // Compared after shifting, as cues are (offsets so large that shifting merges positions stay merged).
    if (cues.length > 0 && ps === s + offset && pe === e + offset) continue;
    ps = s + offset;
    pe = e + offset;
    cues.push({ type: id, start: ps, end: pe, text: text.slice(s, e) });
  }
  return { type: id, confidence: confidenceOf(score, threshold), cues };
};

/** Raw rule scores of the built-in types, relative to their thresholds (1 = just assigned). Diagnostics. */
export const scoreBuiltinTypes = (text: string): Record<string, number> => {
  const out: Record<string, number> = {};
  if (typeof text !== 'string') return out;
  for (const t of COMPILED) {
    let score = 0;
    let groups = 0;
    for (const p of t.pos) {
      if (p.group !== 0 && (groups & p.groupBit) !== 0) continue;
      if (firstUngated(p.re, text) >= 0) {
        if (p.group !== 0) groups |= p.groupBit;
        score += p.w;
      }
    }
    if (score > 0) for (const n of t.neg) if (firstUngated(n.re, text) >= 0) score -= n.w;
    out[t.id] = score / t.threshold;
  }
  return out;
};

interface CompiledCustom {
  readonly ids: readonly ClauseTypeId[];
  /** phrase index → custom type index */
  readonly owner: readonly number[];
  readonly matcher: PhraseMatcher;
}

const compileCustom = (custom: readonly CustomClauseType[]): CompiledCustom | null => {
  const ids: ClauseTypeId[] = [];
  const owner: number[] = [];
  const phrases: string[] = [];
  for (const t of custom) {
    if (!t || typeof t.id !== 'string' || !Array.isArray(t.cues)) continue;
    let k = ids.indexOf(t.id);
    if (k < 0) {
      k = ids.length;
      ids.push(t.id);
    }
    for (const c of t.cues) {
      if (typeof c !== 'string' || c.trim() === '') continue;
      phrases.push(c);
      owner.push(k);
    }
  }
  if (phrases.length === 0) return null;
  return { ids, owner, matcher: buildPhraseMatcher(phrases) };
};

export const createClassifier = (custom: readonly CustomClauseType[] = []): Classifier => {
  const compiled = compileCustom(Array.isArray(custom) ? custom : []);

  const classify = (input: string, offset = 0): TypeAssignment[] => {
    if (typeof input !== 'string' || input.length === 0) return [];
    const off = Number.isFinite(offset) ? offset : 0;
    const text = input.length > MAX_CLASSIFY_LENGTH ? input.slice(0, MAX_CLASSIFY_LENGTH) : input;
    const out: TypeAssignment[] = [];
    PREFIXES.scan(text);
    for (let i = 0; i < COMPILED.length; i++) {
      const a = evaluate(COMPILED[i], text, off);
      if (a) out.push(a);
    }
    if (compiled) {
      const matches = compiled.matcher.find(text, 1000);
      const cuesByType = new Map<number, Cue[]>();
      for (const m of matches) {
        const k = compiled.owner[m.phrase];
        const id = compiled.ids[k];
        let list = cuesByType.get(k);
        if (!list) {
          list = [];
          cuesByType.set(k, list);
        }
        if (list.length < MAX_CUES_PER_TYPE) {
          list.push({ type: id, start: m.start + off, end: m.end + off, text: text.slice(m.start, m.end) });
        }
      }
      for (const [k, cues] of cuesByType) {
        const id = compiled.ids[k];
        cues.sort((a, b) => a.start - b.start || a.end - b.end);
        const existing = out.findIndex((a) => a.type === id);
        if (existing >= 0) {
          const a = out[existing];
          out[existing] = {
            type: id,
            confidence: Math.max(a.confidence, CUSTOM_CONFIDENCE),
            cues: [...a.cues, ...cues].sort((x, y) => x.start - y.start || x.end - y.end),
          };
        } else {
          out.push({ type: id, confidence: CUSTOM_CONFIDENCE, cues });
        }
      }
    }
    return out;
  };

  return { classify };
};

/** The shape the CLI prints for one input line: every assigned type and every cue. */
export const toClassifyRecord = (
  id: unknown,
  assignments: readonly TypeAssignment[],
): { id: unknown; types: ClauseTypeId[]; cues: { type: ClauseTypeId; start: number; end: number; text: string }[] } => {
  return {
    id,
    types: assignments.map((a) => a.type),
    cues: assignments.flatMap((a) => a.cues.map((c) => ({ type: c.type, start: c.start, end: c.end, text: c.text }))),
  };
};
