import type { Finding, Reference, Section, Span } from '../../types';
import type { CheckContext, Rule } from '../context';
import { memoized } from '../../memo';
import { clauseAt, endsWithMatch, finding, labelOf, sectionChain } from './util';
import { upperFirst } from '../model/util';
import { isAsciiLower, isAsciiUpper, textAfter, textBefore } from '../../text/chars';

/**
 * References to sections, clauses, articles, exhibits or schedules that the draft does not contain, and
 * "this Section 5" written outside Section 5.
 *
 * - Section/clause/article references are checked only when the draft looks like a whole numbered document: its
 *   numbered sections start at 1 and have at least three distinct top-level numbers (an excerpt is not checked).
 * - "Section 2.3(a)" resolves when 2.3(a) exists, or else when 2.3 exists (sub-clauses are often not headings).
 *   "Section 12" resolves when 12 exists or any 12.x exists. Numbers compare without leading zeros (4.02 = 4.2).
 * - Exhibit/schedule/annex/appendix references are checked only when the draft contains at least one attachment of
 *   that kind.
 * - References to another document ("Section 365(n) of the Bankruptcy Code", "Section 4.2 of the Purchase
 *   Agreement", "11 U.S.C. Section 101") are never checked.
 */
export const brokenReference: Rule = {
  codes: ['broken-reference'],
  check(ctx: CheckContext): Finding[] {
    if (ctx.references.length === 0) return [];
    const cached = ctx.memo?.structure.get('broken-reference') as Numbering | undefined;
    const numbering = cached ?? numberingOf(ctx);
    if (!cached) ctx.memo?.structure.set('broken-reference', numbering);

    const out: Finding[] = [];
    const other = ctx.local?.otherDocument;
    // "[Clauses 13 to 21 intentionally omitted]": numbers left out on purpose, whose references are no errors (of
    // any kind: a schedule and a clause with the same number, one of them omitted, are too rare to tell apart)
    const omitted: string[] = [];
    for (const r of ctx.references) {
      const m = OMITTED.exec(ctx.text.slice(r.end, r.end + 60));
      if (!m) continue;
      omitted.push(norm(r.target));
      if (m[1]) for (let n = +r.target + 1; n <= +m[1]; n++) omitted.push(`${n}`);
    }
    for (let i = 0; i < ctx.references.length; i++) {
      const r = ctx.references[i];
      if (typeof r.target !== 'string' || !r.target) continue;
      if (other && other.length === ctx.references.length ? other[i] : aboutOtherDocument(ctx.text, r)) continue;
      // (the target as "5.2.a." read only when something was omitted)
      if (omitted.length > 0 && omitted.some((o) => `${norm(r.target).replace('(', '.')}.`.startsWith(`${o}.`))) continue;
      const ci = clauseAt(ctx.clauses, r.start);
      // The verdict depends on the reference's words and the draft's numbering (and, for "this Section", on the
      // clause it is in): decided once per draft structure.
      // (an attachment's reference with the paragraph it names, if any: "paragraph 4 of Schedule 2")
      const para = isAttachment(r) ? paragraphOf(ctx.text, r, ctx.clauses[ci]) : null;
      const key = r.self ? `${r.kind}\u0000${r.target}\u0000${r.text}\u0000${ci}\u0000${ci >= 0 ? labelOf(ctx.clauses[ci]) : ''}` : `${r.kind}\u0000${r.target}\u0000${para?.n ?? ''}`;
      let message = numbering.verdicts.get(key);
      if (message === undefined) {
        message = verdict(ctx, r, ci, numbering, para?.n);
        numbering.verdicts.set(key, message);
      }
      if (message !== null) out.push(finding({ code: 'broken-reference', severity: 'error', span: para ?? r, clause: ci, message }));
    }
    return out;
  },
};

const ATTACHMENT_KINDS = new Set(['exhibit', 'schedule', 'annex', 'appendix']);
/** A reference to an attachment: its verdict also reads the words around it in its clause ("paragraph 4 of"). */
export const isAttachment = (r: Reference): boolean => ATTACHMENT_KINDS.has(r.kind);

/** Why the reference is broken, or null when it is not. */
const verdict = (ctx: CheckContext, r: Reference, ci: number, numbering: Numbering, n: string | undefined): string | null => {
  const { numbers, prefixes, articles, attachments, whole } = numbering;
  if (r.kind === 'section' || r.kind === 'clause' || r.kind === 'article') {
    if (!whole) return null;
    const target = r.kind === 'article' ? articleNumber(r.target) : norm(r.target);
    if (target === null) return null;
    if (r.self) return checkSelf(ctx, r, target, ci);
    if (resolves(target, numbers, prefixes)) return null;
    if (r.kind === 'article' && articles.has(target)) return null;
    return `There is no ${upperFirst(r.kind)} ${r.target} in this draft.`;
  }
  const set = attachments[r.kind];
  if (!set || set.size === 0) return null;
  if (set.has(normAttachment(r.target))) {
    // "paragraph 4 of Schedule 2", "Schedule 2, paragraph 4": a paragraph the attachment numbers (when it numbers any)
    const p = n ? numbering.paragraphs.get(`${r.kind}\u0000${normAttachment(r.target)}`) : undefined;
    if (!n || !p || resolves(norm(n), p.numbers, p.prefixes)) return null;
    const tops = [...p.numbers].filter((x) => /^\d+$/.test(x)).map(Number).sort((a, b) => a - b);
    const has = tops.length > 2 && tops[tops.length - 1] === tops.length ? `paragraphs 1 to ${tops.length}`
      : tops.length === 1 ? `paragraph ${tops[0]}` : `paragraphs ${tops.slice(0, -1).join(', ')} and ${tops[tops.length - 1]}`;
    return `There is no paragraph ${n} in ${upperFirst(r.kind)} ${r.target} (it has ${has}).`;
  }
  return `${upperFirst(r.kind)} ${r.target} is not attached to this draft (it has ${[...set].map((x) => `${upperFirst(r.kind)} ${x}`).join(', ')}).`;
};

/** What the draft numbers: sections, clauses, articles and attachments (depends only on its structure). */
interface Numbering {
  readonly numbers: ReadonlySet<string>;
  readonly prefixes: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly attachments: Readonly<Record<string, Set<string>>>;
  /** The numbered paragraphs of each attachment ("schedule\u00002" → 1, 2, 2.1), by `attachmentKey`. */
  readonly paragraphs: ReadonlyMap<string, { numbers: Set<string>; prefixes: Set<string> }>;
  readonly whole: boolean;
  /** Verdicts by reference (see `check`), while the numbering holds. */
  readonly verdicts: Map<string, string | null>;
}

const numberingOf = (ctx: CheckContext): Numbering => {
  const sections = ctx.segmentation.sections;
  const numbers = new Set<string>();
  const prefixes = new Set<string>();
  const tops = new Set<string>();
  const articles = new Set<string>();
  const attachments: Record<string, Set<string>> = {};
  const paragraphs = new Map<string, { numbers: Set<string>; prefixes: Set<string> }>();
  // the attachment a section is in (its key), by section index
  const within: (string | null)[] = [];
  /** A numbered paragraph or heading inside an attachment, under that attachment's key. */
  const paragraph = (section: number, n: string): void => {
    const key = section >= 0 ? within[section] : null;
    if (!key) return;
    let p = paragraphs.get(key);
    if (!p) paragraphs.set(key, (p = { numbers: new Set(), prefixes: new Set() }));
    addNumber(norm(n), p.numbers, p.prefixes);
  };
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    within[i] = s.parent >= 0 && s.parent < i ? within[s.parent] : null;
    if (typeof s.number !== 'string' || !s.number) continue;
    if (s.kind === 'exhibit' || s.kind === 'schedule') {
      const word = attachmentWord(ctx.text, s);
      (attachments[word] ??= new Set()).add(normAttachment(s.number));
      within[i] = `${word}\u0000${normAttachment(s.number)}`;
      continue;
    }
    paragraph(s.parent, s.number);
    if (s.kind === 'article') {
      const a = articleNumber(s.number);
      if (a !== null) articles.add(a);
      continue;
    }
    const n = norm(s.number);
    addNumber(n, numbers, prefixes);
    // (a regex split or search is several times slower)
    let e = 0;
    while (e < n.length && n[e] !== '.' && n[e] !== '(') e++;
    tops.add(n.slice(0, e));
  }
  for (const c of ctx.clauses) {
    if (typeof c.number !== 'string' || !c.number) continue;
    if (!c.number.startsWith('(')) paragraph(c.section, c.number);
    let n = norm(c.number);
    if (n.startsWith('(')) {
      const sec = c.section >= 0 ? sections[c.section] : undefined;
      if (!sec || typeof sec.number !== 'string' || sec.kind === 'exhibit' || sec.kind === 'schedule') continue;
      n = norm(sec.number) + n;
    }
    addNumber(n, numbers, prefixes);
  }
  const whole = (tops.has('1') && tops.size >= 3) || (articles.has('1') && articles.size >= 3);

  return { numbers, prefixes, articles, attachments, paragraphs, whole, verdicts: new Map() };
};

/** "exhibit", "annex", "appendix", "schedule" (attachments count as exhibits) from the heading's first word. */
const attachmentWord = (text: string, s: Section): string => {
  const h = s.heading && s.heading.end > s.heading.start ? textAfter(text, s.heading.start, 40, s.heading.end) : s.title ?? '';
  const m = /(exhibit|annex|appendix|schedule|attachment)/i.exec(h);
  const w = m ? m[1].toLowerCase() : s.kind;
  return w === 'attachment' ? 'exhibit' : w;
};

const normAttachment = (n: string): string => n.trim().replace(/\.$/, '').toUpperCase();

/** "paragraph 4 of " right before an attachment's reference, or ", paragraph 4" right after it. */
const PARAGRAPH_BEFORE = /\bparagraph\s{1,4}(\d{1,3}(?:\.\d{1,3}){0,3})(?:[ \t\xa0]?\([a-z0-9]{1,4}\)){0,2}\s{1,4}of\s{1,4}$/i;
const PARAGRAPH_AFTER = /^,?\s{1,4}paragraph\s{1,4}(\d{1,3}(?:\.\d{1,3}){0,3})\b/i;
/** The paragraph of the attachment a reference names, if any, and the span of both. */
const paragraphOf = (text: string, r: Reference, clause: Span | undefined): { n: string; start: number; end: number } | null => {
  const before = textBefore(text, r.start, 40, clause?.start ?? 0);
  const m = PARAGRAPH_BEFORE.exec(before);
  if (m) return { n: m[1], start: r.start - before.length + m.index, end: r.end };
  const a = PARAGRAPH_AFTER.exec(textAfter(text, r.end, 30, clause?.end ?? text.length));
  return a ? { n: a[1], start: r.start, end: r.end + a[0].length } : null;
};

const addNumber = (n: string, numbers: Set<string>, prefixes: Set<string>): void => {
  // added before, with its prefixes (a numbered paragraph's clause carries its section's number)
  if (numbers.has(n)) return;
  numbers.add(n);
  for (let i = n.indexOf('.'); i > 0; i = n.indexOf('.', i + 1)) prefixes.add(n.slice(0, i));
};

const normUncached = (n: string): string => {
  if (/^[1-9]\d{0,3}(?:\.[1-9]\d{0,3}){0,6}$/.test(n)) return n;
  return n.trim().replace(/\s+/g, '').replace(/\.$/, '').toLowerCase().replace(/(^|\.)0+(\d)/g, '$1$2');
};

/** "4.02." → "4.2"; "2.3 (a)" → "2.3(a)"; lowercase letters in parentheses. */
export const norm = memoized(normUncached, 20_000);

const resolves = (target: string, numbers: ReadonlySet<string>, prefixes: ReadonlySet<string>): boolean => {
  let t = target;
  for (let guard = 0; guard < 8; guard++) {
    if (numbers.has(t) || prefixes.has(t)) return true;
    const p = t.lastIndexOf('(');
    if (p <= 0) break;
    t = t.slice(0, p);
  }
  return false;
};

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

const articleNumber = (target: string): string | null => {
  const t = target.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d+(?:\.\d+)*$/.test(t)) return norm(t);
  if (!/^[ivxlc]{1,8}$/.test(t)) return null;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]];
    const next = i + 1 < t.length ? ROMAN[t[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return String(total);
};

const OTHER_DOC_AFTER = /^\s*(?:\([^()]{0,40}\)\s*){0,3}(?:of|in|under|to|pursuant\s+to)\s+(?:the|that|such|any|each|said|an?)\s+(?!Agreement\b)(?:[A-Z]|U\.S\.)/;
const OTHER_DOC_AFTER2 = /^\s*(?:\([^()]{0,40}\)\s*){0,3}(?:of|in|under)\s+(?!this\b|the\s+Agreement\b)(?:[A-Z][A-Za-z.]{0,20}\s+){0,4}(?:Act|Code|Agreement|Regulations?|Rules?|Plan|Lease|Indenture|Exhibit|Schedule|Annex|Appendix|Form)\b/;
const OTHER_DOC_BEFORE = /(?:U\.\s?S\.\s?C\.?|C\.\s?F\.\s?R\.?|§|Code|Act|Regulation\s+[A-Z]{1,3}|Rule)\s{0,3}/g;

/** After a reference: "(intentionally) omitted", "deleted", "[Reserved]", "(Not used)"; perhaps after a range's end (group 1: "to 21"). */
const OMITTED = /^\s?(?:(?:to|through|-|–)\s?(\d{1,3}))?[^a-z\n]{0,6}(?:(?:is|are) )?(?:intentionally )?(?:omitted|deleted|[[(](?:reserved|not used))/i;

/** How far around a reference `aboutOtherDocument` reads. */
export const REFERENCE_CONTEXT = { before: 30, after: 120 };

/** Is the reference about another document ("Section 4.2 of the Purchase Agreement", "11 U.S.C. Section 101")? */
export const aboutOtherDocument = (text: string, r: Reference): boolean => {
  // "Section 409A", "Section 280G": a letter glued to the number is a statute's numbering (the Code), not this draft's
  const next = r.end + 1 < text.length ? text.charCodeAt(r.end + 1) : 0;
  if (isAsciiUpper(r.end < text.length ? text.charCodeAt(r.end) : 0) && !isAsciiUpper(next) && !isAsciiLower(next)) return true;
  const after = textAfter(text, r.end, 120, text.length);
  if (OMITTED.test(after)) return true;
  if (/^\s*(?:\([^()]{0,12}\)\s*){0,3}(?:of|in|under)\s+(?:this|these)\b/.test(after)) return false;
  if (OTHER_DOC_AFTER.test(after) || OTHER_DOC_AFTER2.test(after)) return true;
  const before = textBefore(text, r.start, 30);
  return endsWithMatch(OTHER_DOC_BEFORE, before.trimEnd()) || endsWithMatch(OTHER_DOC_BEFORE, before);
};

const checkSelf = (ctx: CheckContext, r: Reference, target: string, ci: number): string | null => {
  if (ci < 0) return null;
  const clause = ctx.clauses[ci];
  if (clause.section < 0) return null;
  const chain: Section[] = sectionChain(ctx.segmentation.sections, clause.section);
  const own: string[] = [];
  for (const s of chain) if (typeof s.number === 'string' && s.number && s.kind !== 'exhibit' && s.kind !== 'schedule') own.push(s.kind === 'article' ? articleNumber(s.number) ?? norm(s.number) : norm(s.number));
  if (typeof clause.number === 'string' && clause.number && !clause.number.startsWith('(')) own.push(norm(clause.number));
  if (own.length === 0) return null;
  const base = target.split('(')[0];
  // "this Section 5" inside 5, 5.2 or 5.2(a); "this Section 5.2(a)" inside 5.2
  if (own.some((o) => o === target || o === base || o.startsWith(`${target}.`) || o.startsWith(`${target}(`) || o.startsWith(`${base}.`))) return null;
  const innermost = chain.find((s) => typeof s.number === 'string' && s.number);
  return `"${/^this\b/i.test(r.text.trim()) ? '' : 'this '}${r.text.trim()}" is written inside ${innermost ? labelSection(innermost) : labelOf(clause)}, not in ${upperFirst(r.kind)} ${r.target}.`;
};

const labelSection = (s: Section): string => `${s.kind === 'article' ? 'Article' : 'Section'} ${s.number}`;
