import type { ClauseTypeId, Cue, CustomClauseType, TypeAssignment } from '../types';
import { RULES, type Pattern, type TypeRules } from './rules';
import { PrefixTable, requiredPrefixes } from './gate';
import { buildPhraseMatcher, type PhraseMatcher } from './phrases';

export interface Classifier {
  /** Types of one clause's text; cue offsets are shifted by `offset`. */
  classify(text: string, offset?: number): TypeAssignment[];
}

/** Confidence given to a custom (term-model) type whose cue phrase occurs in the clause. */
export const CUSTOM_CONFIDENCE = 0.9;
/** Clause text beyond this length is not classified (a clause is never that long in a real contract). */
export const MAX_CLASSIFY_LENGTH = 20_000;
const MAX_CUES_PER_TYPE = 8;

function confidenceOf(score: number, threshold: number): number {
  // score == threshold → 0.6; grows towards 0.99.
  const x = score / threshold;
  const c = 1 - 0.4 * Math.exp(-(x - 1) * 1.2);
  return Math.round(Math.min(0.99, Math.max(0.5, c)) * 100) / 100;
}

interface GatedPattern {
  readonly re: RegExp;
  /** Sticky copy of `re`, tried only where a gate word starts. */
  readonly sticky: RegExp | null;
  readonly w: number;
  readonly group: number;
  /** Features (word prefixes) one of which must start the match, or null = scan the whole text. */
  readonly gate: readonly number[] | null;
  /** Id of `gate` in the prefix table (O(1) open test), or -1. */
  readonly gateId: number;
  /** Ungated and not starting with a literal character: only run once the type already has a cue. */
  readonly deferred: boolean;
  /** Ungated but starting with this literal character: run only when the text contains it. */
  readonly firstChar: string | null;
}

interface CompiledType {
  readonly rules: TypeRules;
  readonly pos: readonly GatedPattern[];
  readonly neg: readonly GatedPattern[];
  readonly threshold: number;
}

const PREFIXES = new PrefixTable();
/** At most this many gate-word occurrences are tried per pattern and clause (keeps huge clauses linear). */
const MAX_TRIES = 64;

function startsWithLiteral(src: string): boolean {
  const c = src[0];
  if (c === undefined) return false;
  if (c === '\\') return /^\\[$()[\]{}.*+?|^/\\-]/.test(src);
  return !'([.^'.includes(c);
}

function literalChar(src: string): string | null {
  const c = src[0] === '\\' ? src[1] : src[0];
  // Letters could match in either case under the `i` flag: no shortcut for them.
  return c && !/[A-Za-z]/.test(c) ? c : null;
}

function gated(p: Pattern): GatedPattern {
  const req = requiredPrefixes(p.re.source);
  const flags = p.re.flags.replace(/[gy]/g, '');
  const gate = req ? req.map((x) => PREFIXES.feature(x)) : null;
  return {
    re: new RegExp(p.re.source, flags),
    sticky: req ? new RegExp(p.re.source, flags + 'y') : null,
    w: p.w,
    group: p.group ?? 0,
    gate,
    gateId: gate ? PREFIXES.gate(gate) : -1,
    deferred: req === null && !startsWithLiteral(p.re.source),
    firstChar: req === null && startsWithLiteral(p.re.source) ? literalChar(p.re.source) : null,
  };
}

const COMPILED: readonly CompiledType[] = RULES.map((rules) => ({
  rules,
  pos: rules.pos.map(gated),
  neg: rules.neg.map(gated),
  threshold: rules.threshold ?? 1,
}));

/** Patterns whose regex cannot be gated by a word (they scan the whole clause); for tests and diagnostics. */
export const UNGATED_PATTERNS: readonly string[] = COMPILED.flatMap((t) =>
  [...t.pos, ...t.neg].filter((p) => p.gate === null).map((p) => `${t.rules.id}: /${p.re.source}/`),
);

interface Hit {
  start: number;
  end: number;
}

function firstHit(re: RegExp, text: string): Hit | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return null;
  return { start: m.index, end: m.index + m[0].length };
}

/** First hit of a pattern in the last scanned text, using its gate. */
function gatedHit(p: GatedPattern, text: string): Hit | null {
  if (p.gate === null || p.sticky === null) return firstHit(p.re, text);
  return PREFIXES.firstMatchAt(p.sticky, text, p.gate, MAX_TRIES);
}

function gateOpen(p: GatedPattern, text: string): boolean {
  if (p.gate === null) return p.firstChar === null || text.includes(p.firstChar);
  return PREFIXES.open(p.gateId);
}

/** Evaluate one built-in type's rules on the (already scanned) text; returns the assignment or null. */
function evaluate(t: CompiledType, text: string, offset: number): TypeAssignment | null {
  let score = 0;
  let hits: Hit[] | null = null;
  let groups = 0;
  let deferred = false;
  for (const p of t.pos) {
    if (p.deferred) {
      deferred = true;
      continue;
    }
    if (p.group !== 0 && (groups & (1 << p.group)) !== 0) continue;
    if (!gateOpen(p, text)) continue;
    const h = gatedHit(p, text);
    if (h) {
      if (p.group !== 0) groups |= 1 << p.group;
      score += p.w;
      (hits ??= []).push(h);
    }
  }
  if (score <= 0 || hits === null) return null;
  if (deferred) {
    for (const p of t.pos) {
      if (!p.deferred || (p.group !== 0 && (groups & (1 << p.group)) !== 0)) continue;
      const h = firstHit(p.re, text);
      if (h) {
        if (p.group !== 0) groups |= 1 << p.group;
        score += p.w;
        hits.push(h);
      }
    }
  }
  for (const n of t.neg) {
    if (gateOpen(n, text) && gatedHit(n, text)) score -= n.w;
  }
  if (score < t.threshold) return null;
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const id = t.rules.id;
  const cues: Cue[] = [];
  for (const h of hits) {
    if (cues.length >= MAX_CUES_PER_TYPE) break;
    const prev = cues[cues.length - 1];
    if (prev && prev.start === h.start + offset && prev.end === h.end + offset) continue;
    cues.push({ type: id, start: h.start + offset, end: h.end + offset, text: text.slice(h.start, h.end) });
  }
  return { type: id, confidence: confidenceOf(score, t.threshold), cues };
}

/** Raw rule scores of the built-in types, relative to their thresholds (1 = just assigned). Diagnostics. */
export function scoreBuiltinTypes(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof text !== 'string') return out;
  for (const t of COMPILED) {
    let score = 0;
    let groups = 0;
    for (const p of t.pos) {
      if (p.group !== 0 && (groups & (1 << p.group)) !== 0) continue;
      if (firstHit(p.re, text)) {
        if (p.group !== 0) groups |= 1 << p.group;
        score += p.w;
      }
    }
    if (score > 0) for (const n of t.neg) if (firstHit(n.re, text)) score -= n.w;
    out[t.rules.id] = score / t.threshold;
  }
  return out;
}

interface CompiledCustom {
  readonly ids: readonly ClauseTypeId[];
  /** phrase index → custom type index */
  readonly owner: readonly number[];
  readonly matcher: PhraseMatcher;
}

function compileCustom(custom: readonly CustomClauseType[]): CompiledCustom | null {
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
}

export function createClassifier(custom: readonly CustomClauseType[] = []): Classifier {
  const compiled = compileCustom(Array.isArray(custom) ? custom : []);

  function classify(input: string, offset = 0): TypeAssignment[] {
    if (typeof input !== 'string' || input.length === 0) return [];
    const off = Number.isFinite(offset) ? offset : 0;
    const text = input.length > MAX_CLASSIFY_LENGTH ? input.slice(0, MAX_CLASSIFY_LENGTH) : input;
    const out: TypeAssignment[] = [];
    PREFIXES.scan(text);
    for (const t of COMPILED) {
      const a = evaluate(t, text, off);
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
  }

  return { classify };
}

/** The shape the CLI prints for one input line: every assigned type and every cue. */
export function toClassifyRecord(
  id: unknown,
  assignments: readonly TypeAssignment[],
): { id: unknown; types: ClauseTypeId[]; cues: { type: ClauseTypeId; start: number; end: number; text: string }[] } {
  return {
    id,
    types: assignments.map((a) => a.type),
    cues: assignments.flatMap((a) => a.cues.map((c) => ({ type: c.type, start: c.start, end: c.end, text: c.text }))),
  };
}
