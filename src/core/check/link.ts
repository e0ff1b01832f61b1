import type { Clause, Finding, Fix, ModelTerm, RelatedLocation, Segmentation, TermMarker, TermModel, TypeAssignment } from '../types';
import { PARTY_FIELDS } from '../types';
import { finding, memo, mentionsParty, ownParty, termRelated } from './model/util';
import { isDigit, wordSet } from '../text/chars';
import { blanks } from './draft/util';
import { editDistance as modelDistance } from '../model/schema';

export interface ClauseLink {
  readonly term: string;
  readonly link: 'marker' | 'type' | 'subject';
}

export interface LinkResult {
  /** Per clause index: its link, or undefined. */
  readonly links: readonly (ClauseLink | undefined)[];
  readonly termLinks: Readonly<Record<string, readonly number[]>>;
  /** `model-reference` findings in the draft for markers naming unknown terms. */
  readonly findings: readonly Finding[];
}

/** "the licence granted in Section 2.1", "the License under Clause 3": group 1 is the section number. */
const LICENCE_OF_RE = blanks('g')`\b[Tt]he~(?:[Ll]icen[cs]es?|rights?)~(?:granted~)?(?:in|under|pursuant~to|by)~(?:[Ss]ection|[Cc]lause)~(\d{1,3}(?:\.\d{1,3}){0,3})\b`;

/** Words of a term's `subject` that say nothing about it. */
const STOP_WORDS = wordSet(
  'a|an|and|any|all|as|at|be|by|for|from|in|into|its|of|on|or|our',
  'such|that|the|their|this|to|under|with|other|party|parties|agreement|shall|may',
);

const WORD_RE = /[A-Za-z][A-Za-z0-9]{0,60}/g;
const EXCEPT_RE = /\b(?:other than|excluding|except)\b[^,;.]{0,60}/gi;

/** Crude stem so that "models"/"model", "licensed"/"license", "distribution"/"distributor" meet. */
export const stemWord = (w: string): string => {
  let s = w.toLowerCase();
  if (s.length > 3 && s.endsWith('s')) s = s.slice(0, -1);
  return s.length > 6 ? s.slice(0, 6) : s;
};

export const subjectStems = (subject: string | undefined): string[] => {
  if (typeof subject !== 'string' || subject.length === 0) return [];
  const out = new Set<string>();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = WORD_RE.exec(subject.slice(0, 2000))) !== null && n++ < 200) {
    const w = m[0].toLowerCase();
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.add(stemWord(w));
  }
  return [...out];
};

/**
 * The stems of the words of a range: `WORD_RE`'s matches, found by hand, in the range lower-cased at once (a regex
 * match and a lower-casing per word cost about twice as much; lower-casing changes words only with "İ" or "\u212a").
 */
export const clauseStems = (text: string, start: number, end: number): Set<string> => {
  const out = new Set<string>();
  const body = text.slice(start, end);
  const lower = body.toLowerCase();
  const same = lower.length === body.length && !body.includes('\u212a');
  for (let i = 0, e = 0; i < body.length; i = e) {
    e = i + 1;
    if (!isLetter(body.charCodeAt(i))) continue;
    e = wordEnd(body, i, body.length);
    // (stemWord of a lower-case word)
    out.add(same ? lower.slice(i, i + stemLength(lower, i, e)) : stemWord(body.slice(i, e)));
  }
  return out;
};

/**
 * Whether `stem` is the stem of one of the words of a range: `clauseStems(text, start, end).has(stem)` without
 * building the set (a cheap test before it). The words are ASCII: their stems are in ASCII lower case.
 */
export const hasStem = (text: string, start: number, end: number, stem: string): boolean => {
  const to = Math.min(end, text.length);
  for (let i = Math.max(0, start), e = i; i < to; i = e) {
    e = i + 1;
    if (!isLetter(text.charCodeAt(i))) continue;
    e = wordEnd(text, i, to);
    if (stemLength(text, i, e) === stem.length && sameAsLower(text, i, stem)) return true;
  }
  return false;
};

/** Where the word that starts with the letter at `i` ends (before `to`): `WORD_RE`'s match, at most 61 characters. */
const wordEnd = (text: string, i: number, to: number): number => {
  let e = i + 1;
  while (e < to && e - i < 61 && (isLetter(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)))) e++;
  return e;
};

/** The length of `stemWord` of the word from `i` to `e`: an "s" dropped after three letters, at most 6. */
const stemLength = (text: string, i: number, e: number): number =>
  e - i > 6 ? 6 : e - i > 3 && (text.charCodeAt(e - 1) | 32) === 115 ? e - i - 1 : e - i;

/** Whether the letters and digits at `at` are `lower` (ASCII lower case) in any case. */
const sameAsLower = (text: string, at: number, lower: string): boolean => {
  for (let k = 0; k < lower.length; k++) if ((text.charCodeAt(at + k) | 32) !== lower.charCodeAt(k)) return false;
  return true;
};

/** An ASCII letter. */
const isLetter = (c: number): boolean => (c | 32) > 96 && (c | 32) < 123;

/** How well a clause matches a term beyond its type: subject words present, plus parties of the term named. */
export const subjectScore = (term: ModelTerm, stems: ReadonlySet<string>, text: string, clause: Clause, model: TermModel, stemsOfTerm?: Map<ModelTerm, string[]>): number => {
  let score = 0;
  let subject = stemsOfTerm?.get(term);
  if (!subject) {
    subject = subjectStems(term.subject);
    stemsOfTerm?.set(term, subject);
  }
  for (const s of subject) if (stems.has(s)) score++;
  const seen = new Set<string>();
  for (const f of PARTY_FIELDS) {
    const pid = term[f];
    if (typeof pid !== 'string' || seen.has(pid)) continue;
    seen.add(pid);
    const p = ownParty(model, pid);
    if (p && mentionsParty(text, clause.start, clause.end, p)) score++;
  }
  return score;
};

/**
 * Case-insensitive Levenshtein distance, or Infinity when above `max` (bounded work): the term model's edit distance
 * without its swaps of two neighbours.
 */
export const editDistance = (a: string, b: string, max: number): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d = x.length > 120 || y.length > 120 ? (x === y ? 0 : Infinity) : modelDistance(x, y, max, false);
  return d <= max ? d : Infinity;
};

/** Known ids closest to `id` (within a third of its length, at least 2 edits), best first; ties all returned. */
export const closestIds = (id: string, known: readonly string[]): string[] => {
  const max = Math.max(2, Math.floor(id.length / 3));
  let best = Infinity;
  let out: string[] = [];
  for (const k of known) {
    const d = editDistance(id, k, max);
    if (d < best) { best = d; out = [k]; } else if (d === best && d !== Infinity) out.push(k);
  }
  return best === Infinity ? [] : out;
};

const listIds = (ids: readonly string[]): string => {
  const shown = ids.slice(0, 10).map((i) => `\`${i}\``).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
};

const unknownMarkerFinding = (m: TermMarker, model: TermModel, clauses: readonly Clause[]): Finding => {
  const ids = Object.keys(model.terms);
  const shownId = m.termId.length > 80 ? `${m.termId.slice(0, 80)}…` : m.termId;
  const close = closestIds(m.termId, ids);
  let tail: string; // after "Unknown term `ID` in the marker; "
  const fixes: Fix[] = [];
  const related: RelatedLocation[] = [];
  if (ids.length === 0) {
    tail = 'the term model defines no terms';
  } else if (close.length === 1) {
    tail = `did you mean \`${close[0]}\`?`;
    fixes.push({ where: 'draft', start: m.idSpan.start, end: m.idSpan.end, newText: close[0], title: `Change to \`${close[0]}\``, preferred: true });
    related.push(termRelated(model.terms[close[0]], null, `Term \`${close[0]}\` is defined here`));
  } else if (close.length > 1) {
    tail = `closest: ${listIds(close)}`;
  } else {
    tail = `the term model defines ${listIds(ids)}`;
  }
  return finding('model-reference', 'error', m.idSpan, `Unknown term \`${shownId}\` in the marker; ${tail}`,
    m.clause >= 0 && m.clause < clauses.length ? m.clause : undefined, undefined, related, fixes);
};

/**
 * Link clauses to model terms: an explicit `<!-- term: ID -->` marker first; otherwise each of the clause's
 * types (most confident first) names the terms of that type: one term → 'type'; several → the one whose subject
 * words and parties the clause mentions most ('subject'); a tie → no link. The clause's link is the marker's or its
 * most confident type's; `termLinks` lists every term a clause expresses (also through its other types).
 */
const HOLDER_TYPES = new Set(['equity', 'liability-cap']);

/**
 * An exclusivity read only from the name of a scope ("in the Exclusive Field in the Exclusive Territory", `"Exclusive
 * Territory" means …`): its every cue and every "exclusive" of the clause (but "non-exclusive") is such a name. It
 * states no exclusive right, and links to no exclusivity term.
 */
export const scopeNamesOnly = (text: string, c: Clause, ta: TypeAssignment): boolean => {
  if (ta.type !== 'exclusivity') return false;
  const body = text.slice(c.start, c.end);
  const rest = body.replace(/\bExclusive (?:Territor|Field|Area|Region|Market|Zone)/g, '');
  return rest !== body && ta.cues.every((q) => /^exclusiv/i.test(q.text)) && !/(?<!non-?\s?)\bexclusiv/i.test(rest);
};

export const linkClauses = (text: string, clauses: readonly Clause[], segmentation: Segmentation, model: TermModel | null): LinkResult => {
  const links: (ClauseLink | undefined)[] = clauses.map(() => undefined);
  const termLinks: Record<string, number[]> = {};
  const findings: Finding[] = [];
  const add = (id: string, idx: number): void => {
    const list = Object.hasOwn(termLinks, id) ? termLinks[id] : (termLinks[id] = []);
    if (list.length === 0 || list[list.length - 1] !== idx) list.push(idx); // deduplicated in finish()
  };
  const finish = (): LinkResult => {
    for (const id of Object.keys(termLinks)) {
      const sorted = termLinks[id].sort((a, b) => a - b);
      termLinks[id] = sorted.filter((x, i) => i === 0 || sorted[i - 1] !== x);
    }
    return { links, termLinks, findings };
  };
  if (!model || !model.terms) return finish();
  const isTerm = (id: string): boolean => Object.hasOwn(model.terms, id);

  const marked = new Uint8Array(clauses.length);
  for (const m of segmentation.termMarkers ?? []) {
    if (!isTerm(m.termId)) {
      findings.push(unknownMarkerFinding(m, model, clauses));
      continue;
    }
    if (m.clause < 0 || m.clause >= clauses.length) continue;
    if (!links[m.clause]) links[m.clause] = { term: m.termId, link: 'marker' };
    marked[m.clause] = 1;
    add(m.termId, m.clause);
  }

  const byType = new Map<string, ModelTerm[]>();
  for (const id of Object.keys(model.terms)) {
    const t = model.terms[id];
    if (t && typeof t.type === 'string') memo(byType, t.type, (): ModelTerm[] => []).push(t);
  }
  if (byType.size === 0) return finish();

  const stemsOfTerm = new Map<ModelTerm, string[]>();
  const typeLinks = new Map<ModelTerm, ClauseLink>();
  // the stems of the clause being linked (read once, when needed)
  let stems: Set<string> | null = null;
  // the link of a clause through one of its types, or undefined (no term of that type, or a tie)
  const viaType = (c: Clause, cands: readonly ModelTerm[]): ClauseLink | undefined => {
    if (cands.length === 1) {
      // one link object per term, shared by its clauses (links are read-only data)
      let shared = typeLinks.get(cands[0]);
      if (!shared) typeLinks.set(cands[0], (shared = { term: cands[0].id, link: 'type' }));
      return shared;
    }
    if (!stems) {
      // what it excepts ("other than royalties on Net Sales", up to a comma or a full stop) is not what it is about
      const body = text.slice(c.start, c.end).replace(EXCEPT_RE, ' ');
      stems = clauseStems(body, 0, body.length);
    }
    let best = 0;
    let winners: ModelTerm[] = [];
    for (const t of cands) {
      const s = subjectScore(t, stems, text, c, model, stemsOfTerm);
      if (s > best) { best = s; winners = [t]; } else if (s === best && s > 0) winners.push(t);
    }
    if (winners.length === 1) return { term: winners[0].id, link: 'subject' };
    // "Halvorsen shall hold 60% and Crestline 40%": each stake (or cap) of a named holder is its term's (the value
    // check reads whose each figure is); no primary link
    if (HOLDER_TYPES.has(winners[0]?.type) && winners.every((t) => t.holder) && new Set(winners.map((t) => t.holder)).size === winners.length) for (const t of winners) add(t.id, c.index);
    return undefined;
  };
  for (let i = 0; i < clauses.length; i++) {
    if (marked[i] === 1) continue;
    const c = clauses[i];
    const all = c.types;
    if (!all || all.length === 0) continue;
    stems = null;
    // most confident first (the sort is stable); the types no term has are skipped
    for (const ta of all.length === 1 ? all : [...all].sort((a, b) => b.confidence - a.confidence)) {
      const cands = byType.get(ta.type);
      if (!cands || scopeNamesOnly(text, c, ta)) continue;
      const chosen = viaType(c, cands);
      if (!chosen) continue;
      if (!links[i]) links[i] = chosen;
      add(chosen.term, i);
    }
  }
  // "The licence granted in Section 2.1 ends on …": an unlinked clause about the licence of a clause linked to a licence term
  const grants = byType.get('license-grant');
  if (grants) {
    LICENCE_OF_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let k = 0;
    let byLabel: Map<string, number[]> | undefined; // built at the first match: clauses by label, in order
    while ((m = LICENCE_OF_RE.exec(text)) !== null) {
      while (k < clauses.length && clauses[k].end <= m.index) k++;
      if (k >= clauses.length) break;
      if (clauses[k].start > m.index || links[k] || marked[k] === 1) continue;
      const label = `Section ${m[1]}`;
      if (!byLabel) {
        byLabel = new Map();
        clauses.forEach((c, x) => memo(byLabel!, c.label.replace(/^Clause /, 'Section '), (): number[] => []).push(x));
      }
      const j = byLabel.get(label)?.find((x) => x !== k && links[x] !== undefined) ?? -1;
      const t = j >= 0 ? model.terms[links[j]!.term] : undefined;
      if (t && t.type === 'license-grant') {
        links[k] = { term: t.id, link: 'subject' };
        add(t.id, k);
      }
    }
  }
  return finish();
};
