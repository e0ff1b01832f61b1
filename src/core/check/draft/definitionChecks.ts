import type { Definition, Finding, Section } from '../../types';
import type { CheckContext, Rule } from '../context';
import { memoized } from '../../memo';
import { attachmentOf, blanks, finding, labelOf, LINE_GAP, placeOf, related, squash } from './util';
import { textBefore } from '../../text/chars';

/** Right after the term's closing quote: `" has the meaning given in ...`, `" is defined in ...`. */
const BY_REFERENCE = blanks('i', LINE_GAP)`^[*_"”]{0,5}[ \t\xa0]{0,3}(?:shall~|will~)?(?:has|have|bears?|is|are)~(?:the~meaning|(?:as~)?defined~(?:in|under|above|below)|given~the~meaning)`;

const normDefUncached = (s: string): string =>
  squash(s).toLowerCase().replace(/[.;,: ]{1,20}$/, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

const normDef = memoized(normDefUncached, 20_000);

/** Index of the exhibit/schedule section a definition sits in, or -1 for the body. */
const attachmentOfDefinition = (ctx: CheckContext, d: Definition): number => {
  const c = d.clause >= 0 ? ctx.clauses[d.clause] : undefined;
  return c && c.section >= 0 ? attachmentOf(ctx.segmentation.sections, c.section) : -1;
};

/** Valid definitions in document order. */
const defsOf = (ctx: CheckContext): Definition[] =>
  ctx.definitions
    .filter((d) => typeof d.term === 'string' && d.term.trim().length > 0 && d.end > d.start)
    .sort((a, b) => a.start - b.start);

/** A term defined twice: warning when both definitions say the same, error when they differ. */
export const duplicateDefinition: Rule = {
  codes: ['duplicate-definition'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const first = new Map<string, Definition>();
    for (const d of defsOf(ctx)) {
      // "X" has the meaning given in Section 9.1 (in a definitions section, or after the preamble's definition): a
      // pointer to the definition elsewhere, before or after it, not a definition of its own
      if (BY_REFERENCE.test(ctx.text.slice(d.end, d.end + 80))) continue;
      const key = squash(d.term);
      const p = first.get(key);
      if (!p) {
        first.set(key, d);
        continue;
      }
      if (p.start === d.start) continue;
      // an exhibit or schedule (e.g. a form of another agreement) may define its own terms
      if (attachmentOfDefinition(ctx, p) !== attachmentOfDefinition(ctx, d)) continue;
      // alternatives in one sentence ("... (the "Effective Date"); or ... (the "Effective Date")") are deliberate
      if (d.start - p.end < 1000 && !/[.!?](?:\s|$)/.test(ctx.text.slice(p.end, d.start))) continue;
      // Beta Ltd (the "Supplier") ... "Supplier" means Beta Ltd and its permitted successors: the party restated
      if (restated(ctx.text, p, d)) continue;
      // "Investor Director" means the director appointed under clause 3.2 … 3.2 … (the "Investor Director"): an index
      // entry pointing to the clause that defines the term
      if (pointsTo(ctx, p, d) || pointsTo(ctx, d, p)) continue;
      const differ = normDef(p.definitionText ?? '') !== normDef(d.definitionText ?? '');
      const there = p.clause >= 0 ? labelOf(ctx.clauses[p.clause]) : placeOf(ctx, p.start);
      out.push(finding({
        code: 'duplicate-definition',
        severity: differ ? 'error' : 'warning',
        span: d,
        clause: d.clause,
        message: differ
          ? `"${key}" is defined again here, differently from its definition in ${there}.`
          : `"${key}" is defined again here; it is already defined in ${there}.`,
        related: [related(p, `First definition of "${key}" (${there}).`)],
      }));
    }
    return out;
  },
};

/** A clause number a definition refers to ("under clause 3.2", "in Section 4"). */
const NUMBERED = String.raw`\b(?:clause|section|article|paragraph)\s{1,3}(\d{1,3}(?:\.\d{1,3}){0,3})\b`;
const REFERENCE_RE = new RegExp(NUMBERED, 'gi');
/** The number a clause's label starts with ("Clause 3.2, paragraph 2" → "3.2"). */
const LABEL_NUMBER_RE = new RegExp(`^${NUMBERED}`, 'i');

/**
 * Whether definition `index` (a "means" definition) refers to the clause (or a part of it) in which `other` is defined
 * in passing (`(the "Investor Director")`).
 */
const pointsTo = (ctx: CheckContext, index: Definition, other: Definition): boolean => {
  if (parenthetical(ctx.text, index) || !parenthetical(ctx.text, other)) return false;
  const c = other.clause >= 0 ? ctx.clauses[other.clause] : undefined;
  const n = c ? LABEL_NUMBER_RE.exec(labelOf(c))?.[1] : undefined;
  if (!n) return false;
  for (const m of (index.definitionText ?? '').matchAll(REFERENCE_RE)) if (n === m[1] || n.startsWith(`${m[1]}.`)) return true;
  return false;
};

/**
 * Whether `later` restates a party named before the parenthetical `first` (`Beta Ltd, a company … (the "Supplier")`):
 * its definition starts with the name (capitalised words) that `first`'s text before the parenthetical contains.
 */
const restated = (text: string, first: Definition, later: Definition): boolean => {
  // the first a parenthetical, the later one not (a "means" definition)
  if (!parenthetical(text, first) || parenthetical(text, later)) return false;
  const name = /^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,5}/.exec(later.definitionText ?? '');
  const n = name ? name[0].replace(/[.’']$/, '') : '';
  // "BETA LTD" in the preamble, "Beta Limited" in the definitions: the same name
  const norm = (x: string): string => x.toLowerCase().replace(/\blimited\b/g, 'ltd');
  return n.length > 2 && norm(first.definitionText ?? '').includes(norm(n));
};

const parenthetical = (text: string, d: Definition): boolean =>
  /\(\s{0,3}(?:the\s{1,3}|hereinafter\s{1,3})?["“]$/i.test(textBefore(text, d.start, 16));

/** A term defined but never used. Only for drafts that look whole (see `looksWhole`). */
export const unusedDefinition: Rule = {
  codes: ['unused-definition'],
  check(ctx: CheckContext): Finding[] {
    if (!looksWhole(ctx)) return [];
    const used = new Set<string>();
    for (const t of ctx.memo?.termUseCounts?.keys() ?? new Set(ctx.termUses.map((u) => u.term))) if (typeof t === 'string') used.add(squash(t));
    // the first definition of each term never used
    const unused = new Map<string, Definition>();
    for (const d of defsOf(ctx)) {
      const key = squash(d.term);
      // (one word in lower case is a rule of interpretation: `The words "including" and "include" mean …`)
      if (used.has(key) || ONE_LOWER_WORD.test(key)) continue;
      used.add(key);
      unused.set(key, d);
    }
    // used only inside an ALL-CAPS passage ("IN NO EVENT SHALL ... NET SALES"), which term-use search skips
    const caps = inCaps(ctx, [...unused.keys()].map(upper));
    return [...unused].filter(([key]) => !caps.get(upper(key))).map(([key, d]) => finding({
      code: 'unused-definition', severity: 'information', span: d, clause: d.clause,
      message: `"${key}" is defined but never used.`,
    }));
  },
};

const ONE_LOWER_WORD = /^[a-z]+$/;

const upper = (key: string): string => key.toUpperCase().replace(/[-'’&]/g, ' ').replace(/ {2,}/g, ' ');

/**
 * Which of the needles are in the upper-case runs (true; remembered while the runs' texts stay the same: the
 * analyzer's caches). The runs hold only A-Z, 0-9 and single spaces (joined by newlines here), so only needles made
 * of these are looked for: a plain substring search each (the runs are short; no regex to compile per draft).
 */
const inCaps = (ctx: CheckContext, needles: string[]): Map<string, boolean> => {
  const hits = ctx.memo?.caps ?? new Map<string, boolean>();
  let text: string | undefined;
  for (const n of needles) {
    if (!hits.has(n) && !/[^A-Z0-9 ]/.test(n)) hits.set(n, (text ??= (ctx.local?.capsRuns ?? capsRunsIn(ctx.text, 0, ctx.text.length)).map((r) => r.text).join('\n')).includes(n));
  }
  return hits;
};

/** A run of at least four upper-case words on one line ("IN NO EVENT SHALL ... NET SALES"). */
export interface CapsRun {
  readonly start: number;
  /** The words joined by single spaces. */
  readonly text: string;
}

/**
 * The runs of upper-case words starting in [from, to) (`from` a line start, `to` a line start or the end: a run never
 * spans lines): disclaimers and limitations of liability, not "LLC" or headings.
 */
export const capsRunsIn = (text: string, from: number, to: number): CapsRun[] => {
  const out: CapsRun[] = [];
  // Scan only [from, to) (runs never span lines).
  const chunk = from === 0 && to >= text.length ? text : text.slice(from, to);
  CAPS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPS_RUN.exec(chunk)) !== null) out.push({ start: m.index + from, text: m[0].replace(/[ \t\xa0'’&-]+/g, ' ') });
  return out;
};

/** Upper-case words, four or more, each after one to three blanks, apostrophes, ampersands or hyphens. */
const CAPS_RUN = /\b[A-Z][A-Z0-9]{0,40}\b(?:[ \t\xa0'’&-]{1,3}[A-Z][A-Z0-9]{0,40}\b){3,}/g;

/**
 * Whole-document checks (unused or undefined terms) only make sense on a whole draft, not on an excerpt: at least
 * two definitions and at least three numbered sections (no CUAD excerpt qualifies; every contract draft does).
 */
export const looksWhole = (ctx: CheckContext): boolean => ctx.definitions.length >= 2 && threeNumbered(ctx.segmentation.sections);

/** What `looksWhole` reads of the draft's structure: at least three numbered sections. */
export const threeNumbered = (sections: readonly Section[]): boolean => {
  let numbered = 0;
  for (const s of sections) if (typeof s.number === 'string' && s.number && ++numbered >= 3) return true;
  return false;
};
