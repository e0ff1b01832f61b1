import type { ClauseTypeId, Cue, CustomClauseType, TypeAssignment } from '../types';
import { RULES, type TypeRules } from './rules';
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

/** Evaluate one built-in type's rules on the text; returns the assignment or null. */
function evaluate(rules: TypeRules, text: string, offset: number): TypeAssignment | null {
  let score = 0;
  const hits: Hit[] = [];
  for (const p of rules.pos) {
    const h = firstHit(p.re, text);
    if (h) {
      score += p.w;
      hits.push(h);
    }
  }
  if (score <= 0) return null;
  for (const n of rules.neg) {
    if (firstHit(n.re, text)) score -= n.w;
  }
  const threshold = rules.threshold ?? 1;
  if (score < threshold) return null;
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const cues: Cue[] = [];
  for (const h of hits) {
    if (cues.length >= MAX_CUES_PER_TYPE) break;
    const prev = cues[cues.length - 1];
    if (prev && prev.start === h.start + offset && prev.end === h.end + offset) continue;
    cues.push({ type: rules.id, start: h.start + offset, end: h.end + offset, text: text.slice(h.start, h.end) });
  }
  return { type: rules.id, confidence: confidenceOf(score, threshold), cues };
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
    const lower = text.toLowerCase();
    const out: TypeAssignment[] = [];
    for (const rules of RULES) {
      let triggered = false;
      for (const t of rules.triggers) {
        if (lower.includes(t)) {
          triggered = true;
          break;
        }
      }
      if (!triggered) continue;
      const a = evaluate(rules, text, off);
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
