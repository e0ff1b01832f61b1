import type {
  Clause, Finding, FindingCode, Fix, ModelParty, ModelTerm, RelatedLocation, Severity, Span, TermModel,
} from '../../types';
import type { CheckContext } from '../context';
import { getTypeInfo } from '../../classify/catalog';
import { isWordCode, textAfter, textBefore, wordSet } from '../../text/chars';
import { attachmentOf, labelOf } from '../draft/util';
import { own } from '../../model/schema';

/**
 * The regex with each space of its pattern standing for 1-3 blanks (`\s{1,3}`): `sp(/shall be/i)` is
 * `/shall\s{1,3}be/i`. The ReDoS test (test/reliability/regex.test.ts) checks the pattern so expanded. A space that
 * must stay one is written `\x20`.
 */
export const sp = (re: RegExp): RegExp => new RegExp(re.source.replace(/ /g, '\\s{1,3}'), re.flags);

// ---- Amendments: text that states the old deal ----

/** "Section 6 (AGI) of the Original Agreement is deleted in its entirety". */
export const DELETED_RE = sp(/\b(?:is|are|shall be|was|were|ha(?:s|ve) been) (?:hereby )?(?:deleted|struck|removed|repealed)\b/i);
/** ... unless something replaces it (then the clause states the new text too). */
export const REPLACED_RE = /\b(?:replac|substitut|insert)|\bto\s{1,3}read\b/i;
/** `the words "August 31, 2026" are deleted`: the quoted value is removed. */
const QUOTED_OLD_RE = sp(/^["”]\s{0,3}(?:is|are|shall be) (?:hereby )?(?:deleted|replaced|struck)\b/i);
/** `by deleting "X"`, `replacing the figure "X"`. */
const DELETING_RE = sp(/\b(?:delet|replac|strik)ing (?:the (?:words?|figure|date|number|amount) )?["“]$/i);
/**
 * "which was to expire on", "which granted", "originally scheduled", "(rather than …)", "The Term was (due) to (have)
 * expired on", any other past tense ("Provider was Lab's exclusive provider until", "became its exclusive provider"), "would otherwise have ended on" (or "would, but for this Amendment, have expired on"), an amendment's "The
 * Term, currently due to expire on", "from its original expiry date of": the old state, in the same part of the sentence.
 */
const PAST_RE = sp(/\b(?:was|were|became|had been)\b|\b(?:which|that) (?:would otherwise have|granted|required|provided)\b|(?:\bwould (?:otherwise )?have (?:(?:scheduled|due) )?(?:to )?(?:have )?|^ have )(?:expir|end\b|ended|terminat)|\b(?:previous|original|former|current)(?:ly)? (?:scheduled|set|agreed|due|stated|provided|expiring|ending|(?:expiry|expiration|end) date (?:of )?$)|\b(?:rather than|instead of|and not (?:on|as of|from))\b/i);

/**
 * A sentence that tells what the old agreement provided, in the past tense: "Under the Original Agreement, Northwind
 * held exclusive rights …, Lumen paid Northwind a revenue share of twenty percent (20%)" (an amendment's recital).
 */
const UNDER_OLD_RE = sp(/\b(?:under|pursuant to) (?:the terms of )?the (?:original|existing|prior|previous|former) (?:[A-Z][\w-]{1,20} ){0,3}(?:agreement|licen[cs]e|contract)\b,?([^.;]{0,300})$/i);
const PAST_VERB_RE = /\b(?:held|had|paid|granted|received|was|were|owned|enjoyed|provided|required)\b/;
/**
 * The subject of a sentence that ends it: "the revenue share of twenty percent (20%) payable by Lumen under the Original
 * Agreement shall cease to accrue" (the value before the sentence's first verb).
 */
const ENDS_AFTER_RE = sp(/^[^.;]{0,160}?\b(?:shall|will|is|are) (?:hereby )?(?:cease|terminate|end|expire|be (?:terminated|discontinued)|no longer (?:accrue|apply|be payable))\b/i);
const VERB_BEFORE_RE = /\b(?:shall|will|must|may|is|are|agrees?)\b/i;
/** Right after a value: its subject "is (hereby) extended" or otherwise changed, so the value is the state before. */
const CHANGED_RE = sp(/^\s{0,3}(?:\([^)]{0,40}\))?,? (?:is|are|shall be) (?:hereby )?(?:further )?(?:(extended)|postponed|amended|varied|changed)\b/i);
/** Right before a value: a start ("which commenced on"), which an extension does not change. */
const STARTED_RE = sp(/\b(?:commenc|beg[au]n|start|effect)\w{0,3} (?:on )?$/i);

/** A clause (or sentence) that only deletes a provision (of another agreement): what it states is the old deal. */
export const deletionClause = (text: string, clause: Span): boolean =>
  // asked for each value of a clause: remembered per clause object (not keeping it alive)
  memo(DELETED, clause, () => onlyDeletes(text, clause));

/** Whether the text of a span deletes a provision and replaces nothing. */
const onlyDeletes = (text: string, { start, end }: Span): boolean => {
  const s = text.slice(start, end);
  return DELETED_RE.test(s) && !REPLACED_RE.test(s);
};

/** What `map` holds for `key`, made by `make` (and kept) when it holds nothing (undefined) for it. */
export const memo = <K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V => {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
};
const DELETED = new WeakMap<Span, boolean>();

/**
 * Whether a value states what an amendment removes: it is in a clause that only deletes, in quotes that are deleted or
 * replaced, or after "which was to", "which granted", "originally scheduled" in its part of the sentence. Such a value is not
 * compared with the term model (the model states the deal after the amendment).
 */
export const oldText = (text: string, clause: Span, v: Span): boolean => {
  const before = beforeIn(text, clause, v, 120);
  // inside a quoted phrase that is deleted or replaced: `the words "shall expire on August 31, 2026" are deleted`
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open >= 0 && !before.slice(open + 1).includes('”')) {
    const rest = afterIn(text, clause, v, 120);
    const close = rest.search(/["”]/);
    if (close >= 0 && QUOTED_OLD_RE.test(rest.slice(close))) return true;
  }
  if (DELETING_RE.test(before)) return true;
  const part = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('('), before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
  // "The Term, which expires on X, is hereby extended": what the amendment changes
  // (not "The Term, which commenced on X, is extended": the start stays)
  const m = CHANGED_RE.exec(afterIn(text, clause, v, 80));
  if (PAST_RE.test(part) || (!!m && !(m[1] && STARTED_RE.test(part)))) return true;
  // a sentence that only deletes ("Section 3.2 of the Original Agreement (Exclusivity) is deleted in its entirety"; not
  // the clause's other sentences: "Northwind's right to offer Lumen's models is non-exclusive.")
  const s = sentenceOf(text, clause, v);
  if (onlyDeletes(text, s)) return true;
  const head = text.slice(Math.max(s.start, v.start - 400), v.start);
  const told = UNDER_OLD_RE.exec(head);
  if (told && PAST_VERB_RE.test(told[1])) return true;
  return !VERB_BEFORE_RE.test(head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1)) && ENDS_AFTER_RE.test(text.slice(v.end, s.end));
};

// ---- Exhibits and schedules that are the form of another document ----

/** "Form of Escrow Agreement", "Exhibit A: Escrow Agreement", "Schedule 4 – Deed of Adherence", "Form of Notice". */
const INSTRUMENT_RE = sp(/\b(?:agreement|deed|guarantee|promissory note|certificate|letter|instrument|warrant|undertaking|power of attorney|end.user licen[cs]e|eula)\b/i);
const forms = new WeakMap<object, Map<number, boolean>>();
const SMALL_WORDS = wordSet('of|to|and|the|for|in|on|a|an|by|with|under|or');
/** "to this Agreement", "to the Master Services Agreement": the attachment's own agreement, the deal. */
const DEAL_ITSELF_RE = sp(/\b(?:to|of|under|in) (?:this|the) (?:[\w-]{1,20} ){0,5}?agreement\b/gi);

/**
 * Whether a clause is in an exhibit or schedule that is the form of another document (its heading or the line after
 * it says "Form of …" or names an agreement, deed, guarantee, certificate, letter…): what it says is that
 * document's, not the deal's ("the Escrow Agent's aggregate liability … shall not exceed $250,000"). An attachment
 * that is part of the deal ("Exhibit B – Fees", "Schedule 1 – Services") is not.
 */
export const inFormOfOther = (ctx: CheckContext, clause: Clause): boolean => {
  const sections = ctx.segmentation.sections;
  const a = attachmentOf(sections, clause.section); // (-1 for a clause in no section too)
  if (a < 0) return false;
  return memo(memo(forms, sections, () => new Map<number, boolean>()), a, () => {
    const sec = sections[a];
    // the heading line, and the first non-empty line after it when that is a title ("Form of Escrow Agreement": short,
    // every word capitalised but small ones); not the deal itself ("Schedule 1 to the Master Services Agreement")
    const lines = ctx.text.slice(sec.heading.start, Math.min(sec.end, sec.heading.end + 160)).split(/\r?\n/).filter((l) => l.trim());
    const next = lines[1] ?? '';
    const title = next.length <= 80 && next.split(/\s+/).every((w) => !/^[a-z]/.test(w) || SMALL_WORDS.has(w)) ? next : '';
    const head = `${lines[0] ?? ''} ${title}`;
    return /\bform\s{1,3}of\b/i.test(head) || INSTRUMENT_RE.test(head.replace(DEAL_ITSELF_RE, ''));
  });
};

/** The exhibit or schedule the clause is in (its section's index), else -1. */
export const attachment = (ctx: CheckContext, clause: Clause): number => attachmentOf(ctx.segmentation.sections, clause.section);

/**
 * The sentence around [start, end) within a clause: from after the last "." or ";" before `start` to the next one at or
 * after `end`, at most `max` characters on each side. Any full stop counts, also the one in "Section 2.1" (party.ts
 * cuts only at ". " and "; ").
 */
export const sentenceSpan = (text: string, clause: Span, start: number, end: number, max = Infinity): Span => {
  let a = start;
  while (a > clause.start && a > start - max && !stop(text, a - 1)) a--;
  let b = end;
  while (b < clause.end && b < end + max && !stop(text, b)) b++;
  return { start: a, end: b };
};
/** The text before a value within its clause (at most `max` characters). */
export const beforeIn = (text: string, clause: Span, v: Span, max: number): string => textBefore(text, v.start, max, clause.start);
/** The text after a value within its clause (at most `max` characters). */
export const afterIn = (text: string, clause: Span, v: Span, max: number): string => textAfter(text, v.end, max, clause.end);

/** `sentenceSpan` around a value. */
export const sentenceOf = (text: string, clause: Span, v: Span, max?: number): Span => sentenceSpan(text, clause, v.start, v.end, max);

/** A sentence ends at ";" or at "." followed by a space or the end (not the "." of "Section 2.1", "$1.5" or "per cent."). */
const stop = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 59 || (c === 46 && !(text.charCodeAt(i + 1) > 32) && text.slice(i - 4, i) !== 'cent');
};

/** The label used in messages: "Section 2.1" (falls back to "Clause N" when segmentation gave none). */
export const clauseLabel: (c: Clause) => string = labelOf;

/** Title of a clause type for messages: built-in catalog, then the model's `clauseTypes`, then the id. */
export const typeTitle = (id: string, model: TermModel | null): string => {
  const builtin = getTypeInfo(id);
  if (builtin) return builtin.title;
  const custom = model ? own(model.clauseTypes, id) : undefined;
  return custom?.title || id;
};

export const ownTerm = (model: TermModel, id: string): ModelTerm | undefined =>
  own(model.terms, id);

export const ownParty = (model: TermModel, id: string | undefined): ModelParty | undefined =>
  (id !== undefined ? own(model.parties, id) : undefined);

const byClauseCache = new WeakMap<object, Map<number, ModelTerm[]>>();
const typeCountCache = new WeakMap<object, Map<string, number>>();

/**
 * clause index -> terms linked to it (from `termLinks`), the clause's primary link (`clause.term`) first.
 * Computed once per analysis (cached on the `termLinks` object) and shared by the rules; do not mutate.
 */
export const termsByClause = (ctx: CheckContext): Map<number, ModelTerm[]> => {
  const cached = byClauseCache.get(ctx.termLinks);
  if (cached) return cached;
  const out = new Map<number, ModelTerm[]>();
  const model = ctx.model;
  if (!model) return out;
  const clauses = ctx.clauses;
  // a clause with one term (nearly all) gets the term's shared one-element list; a second term makes it its own list
  const single = new Map<ModelTerm, ModelTerm[]>();
  const own = new Set<ModelTerm[]>();
  for (const id of Object.keys(ctx.termLinks)) {
    const term = ownTerm(model, id);
    if (!term) continue;
    const alone = memo(single, term, () => [term]);
    const links = ctx.termLinks[id];
    for (let k = 0; k < links.length; k++) {
      const idx = links[k];
      const c = clauses[idx];
      if (!c) continue;
      let list = out.get(idx);
      if (!list) {
        out.set(idx, alone);
        continue;
      }
      if (list.includes(term)) continue;
      if (!own.has(list)) {
        list = list.slice();
        own.add(list);
        out.set(idx, list);
      }
      if (c.term === id) list.unshift(term);
      else list.push(term);
    }
  }
  byClauseCache.set(ctx.termLinks, out);
  return out;
};

/** Positions in `ctx.clauses` by value kind and by type (ascending), built once per clause list and shared by the rules. */
export interface ClauseIndex {
  /** value kind -> positions of the clauses with at least one value of that kind */
  readonly byKind: ReadonlyMap<string, readonly number[]>;
  /** clause type -> positions of the clauses with that type among their types */
  readonly byType: ReadonlyMap<string, readonly number[]>;
  /** positions of the clauses linked by a marker */
  readonly marked: readonly number[];
}

const indexCache = new WeakMap<object, ClauseIndex>();
/** An empty list, shared (never changed). */
export const NONE: readonly never[] = [];

export const clauseIndex = (clauses: readonly Clause[]): ClauseIndex => {
  const cached = indexCache.get(clauses);
  if (cached) return cached;
  const byKind = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const marked: number[] = [];
  let lastKind: string | null = null;
  let lastKindList: number[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i];
    if (!c) continue;
    const values = c.values ?? NONE;
    for (let k = 0; k < values.length; k++) {
      const kind = values[k].kind;
      let list: number[] | undefined = kind === lastKind ? lastKindList : byKind.get(kind);
      if (!list) byKind.set(kind, (list = [i]));
      else if (list[list.length - 1] !== i) list.push(i);
      lastKind = kind;
      lastKindList = list;
    }
    const types = c.types ?? NONE;
    for (let k = 0; k < types.length; k++) {
      const type = types[k].type;
      const list = byType.get(type);
      if (!list) byType.set(type, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
    if (c.link === 'marker') marked.push(i);
  }
  const out: ClauseIndex = { byKind, byType, marked };
  indexCache.set(clauses, out);
  return out;
};

export const positionsOfKind = (index: ClauseIndex, kind: string): readonly number[] => index.byKind.get(kind) ?? NONE;

/** Ascending union of sorted position lists (no duplicates). */
export const mergePositions = (lists: readonly (readonly number[])[]): number[] => {
  const all: number[] = [];
  for (const l of lists) for (let k = 0; k < l.length; k++) all.push(l[k]);
  all.sort((a, b) => a - b);
  return all.filter((x, k) => k === 0 || x !== all[k - 1]);
};

export type LinkKind = 'marker' | 'type' | 'subject';

const termsOfType = (model: TermModel, type: string): number => memo(typeCountCache, model, () => {
  const counts = new Map<string, number>();
  for (const { type: t } of Object.values(model.terms)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}).get(type) ?? 0;

/**
 * How sure the link between a clause and a term is: the clause's own `link` for its primary term; for a further
 * term (a second type of the clause), 'type' when it is the only term of a type the clause has, else 'subject'.
 */
export const linkKind = (ctx: CheckContext, clause: Clause, term: ModelTerm): LinkKind => {
  if (clause.term === term.id && clause.link) return clause.link;
  if (!ctx.model) return 'subject';
  if (!hasType(clause, term.type)) return 'subject';
  return termsOfType(ctx.model, term.type) === 1 ? 'type' : 'subject';
};

export const isCertainLink = (kind: LinkKind): boolean => kind === 'marker' || kind === 'type';

/** Related location in the model: the field's value span, else the term's key. */
export const termRelated = (term: ModelTerm, field: string | null, message: string): RelatedLocation => {
  const s: Span = (field ? own(term.valueSpans, field) : undefined) ?? term.keySpan;
  return { where: 'model', start: s.start, end: s.end, message };
};

export const makeFinding = (args: {
  code: FindingCode; severity: Severity; span: Span; message: string; clause?: number; term?: string;
  related?: RelatedLocation[]; fixes?: Fix[];
}): Finding => finding(args.code, args.severity, args.span, args.message, args.clause, args.term, args.related, args.fixes);

/** A finding in the draft (`clause`, then `term`, each only when given). */
export const finding = (code: FindingCode, severity: Severity, span: Span, message: string, clause?: number, term?: string, related?: readonly RelatedLocation[], fixes?: readonly Fix[]): Finding => {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = { code, severity, message, where: 'draft', start: span.start, end: span.end, related: related ?? [], fixes: fixes ?? [] };
  // the same fields in the same order as before (`clause`, then `term`, each only when given)
  if (clause !== undefined) f.clause = clause;
  if (term !== undefined) f.term = term;
  return f;
};

/** A conflict of the draft with the model on a clause: an error when `certain`, else a warning. */
export const conflict = (code: FindingCode, certain: boolean, span: Span, message: string, clause: Clause, term: string | undefined, related: RelatedLocation[], fixes?: Fix[]): Finding =>
  finding(code, certain ? 'error' : 'warning', span, message, clause.index, term, related, fixes);

/** Whether the clause has the type among its types. */
export const hasType = (clause: Clause, type: string): boolean => clause.types.some((t) => t.type === type);

/**
 * Whether one of the words of `s` (as `re`, a global regex, cuts them) is in `words` (lower case); `hint` (a substring
 * of every one of them) is looked for first.
 */
export const hasWord = (s: string, hint: RegExp, words: ReadonlySet<string>, re: RegExp): boolean => {
  if (!hint.test(s)) return false;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) if (words.has(m[0].toLowerCase())) return true;
  return false;
};

/** A fix in the draft: `{ where, start, end, newText, preferred?, title }` (field order as before). */
export const draftFix = (start: number, end: number, newText: string, preferred: boolean, title: string): Fix =>
  ({ where: 'draft', start, end, newText, ...preferred && { preferred: true }, title });

/** A draft fix to `newText`, titled `Change to "NEW" (as WHO says)`. */
export const changeTo = (start: number, end: number, newText: string, preferred: boolean, who: string): Fix =>
  draftFix(start, end, newText, preferred, `Change to "${newText}" (as ${who} says)`);

/** A fix in the model: `{ where, start, end, newText, title }`. */
export const modelFix = (s: Span, newText: string, title: string): Fix => ({ where: 'model', start: s.start, end: s.end, newText, title });

/** The fix of a term's `field` in the model to `newText`, as the clause labelled `label` says (none without its span). */
export const termFix = (term: ModelTerm, field: string, newText: string, label: string): Fix[] => {
  const s = term.valueSpans?.[field];
  return s ? [modelFix(s, newText, `Change term \`${term.id}\` to ${field}: ${newText} (as ${label} says)`)] : [];
};

/** Units of a duration in the next smaller one a duration is counted in (months for years, days for weeks). */
export const perUnit = (unit: string): number => unit === 'year' ? 12 : unit === 'quarter' ? 3 : unit === 'week' ? 7 : 1;

/** The string with its first character in upper case: "The ...". */
export const upperFirst = (s: string): string => s[0].toUpperCase() + s.slice(1);

export const formatPercent = (n: number): string => `${formatNumber(n)}%`;

export const formatNumber = (n: number): string => String(Number.isFinite(n) && !Number.isInteger(n) ? Math.round(n * 1e6) / 1e6 : n);

// ---------------------------------------------------------------------------------------------
// Party mentions (literal, case-sensitive, word-bounded; no regex built from model text)
// ---------------------------------------------------------------------------------------------

export interface PartyMention extends Span {
  readonly party: string;
  readonly text: string;
}

const isWordChar = (code: number): boolean => isWordCode(code) || code > 127;

/** Needles (name and aliases) of every party, longest first. */
export const partyNeedles = (model: TermModel): { text: string; party: string }[] => {
  const out: { text: string; party: string }[] = [];
  for (const id of Object.keys(model.parties)) {
    for (const n of namesOf(model.parties[id])) {
      if (typeof n !== 'string') continue;
      const t = n.trim();
      if (t.length < 2 || t.length > 200) continue;
      if (!out.some((o) => o.text === t && o.party === id)) out.push({ text: t, party: id });
    }
  }
  out.sort((a, b) => b.text.length - a.text.length);
  return out;
};

const CAP_WORD_BEFORE_RE = /(?:^|[^A-Za-z])([A-Z][A-Za-z]{0,30}) $/;
const CAP_WORD_AFTER_RE = /^ [A-Z][a-z]/;

/**
 * "the Operating Company", "Company Products": a capitalised name glued to another capitalised word names
 * something else. "The Company" at a sentence start is fine.
 */
const partOfLongerName = (text: string, s: number, e: number, lo: number, hi: number): boolean => {
  if (!/^[A-Z]/.test(text[s] ?? '')) return false;
  const before = textBefore(text, s, 32, lo);
  const m = CAP_WORD_BEFORE_RE.exec(before);
  if (m && !/^(?:The|This|That|Each|Either|Neither|And|Or|If|When|Then|Upon|By|To|From|For|With|Of|In|On|At|As|Both|Such|Said)$/.test(m[1])) return true;
  const after = textAfter(text, e, 3, hi);
  return CAP_WORD_AFTER_RE.test(after);
};

/** Mentions of model parties in text[start, end), sorted, non-overlapping (at one position the longest wins). */
export const findPartyMentions = (text: string, start: number, end: number, needles: readonly { text: string; party: string }[]): PartyMention[] => {
  const cands: PartyMention[] = [];
  const lo = Math.max(0, start);
  const body = text.slice(lo, Math.min(end, text.length)); // search inside the clause only
  for (const n of needles) {
    let j = body.indexOf(n.text);
    while (j !== -1 && cands.length < 100_000) {
      const i = lo + j;
      const e = i + n.text.length;
      // (before the text's start or after its end, charCodeAt gives NaN: no word character)
      const boundedL = !isWordChar(n.text.charCodeAt(0)) || !isWordChar(text.charCodeAt(i - 1));
      const boundedR = !isWordChar(n.text.charCodeAt(n.text.length - 1)) || !isWordChar(text.charCodeAt(e));
      if (boundedL && boundedR && !partOfLongerName(text, i, e, start, end)) cands.push({ start: i, end: e, party: n.party, text: n.text });
      j = body.indexOf(n.text, j + 1);
    }
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: PartyMention[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd) continue;
    found.push(c);
    lastEnd = c.end;
  }
  return found;
};

/** Whether any of the party's names occurs (word-bounded, case-sensitive) in text[start, end). */
export const mentionsParty = (text: string, start: number, end: number, party: ModelParty): boolean => {
  for (const n of namesOf(party)) {
    if (typeof n === 'string' && n.trim().length >= 2 && findPartyMentions(text, start, end, [{ text: n.trim(), party: party.id }]).length > 0) return true;
  }
  return false;
};

/** A party's name and aliases, as the model gives them (not all strings, maybe). */
export const namesOf = (p: ModelParty | undefined): unknown[] => [p?.name, ...(Array.isArray(p?.aliases) ? p.aliases : [])];

export const partyDisplay = (model: TermModel, id: string): string => {
  const p = ownParty(model, id);
  return p && p.name && p.name !== id ? `\`${id}\` (${p.name})` : `\`${id}\``;
};

/**
 * A quick test for "the text between start and end may mention a party": one of the needles that contain no other
 * needle is in it. When it says no, `findPartyMentions` finds nothing there. Looked up in that text only: after an
 * edit the party check runs on the clauses the edit reached, and locating every needle in the whole text first (as
 * this did before) cost one pass over a 1 MB draft per needle on every keystroke.
 */
export const partyPresence = (text: string, needles: readonly { text: string }[]): (start: number, end: number) => boolean => {
  const texts = [...new Set(needles.map((n) => n.text))];
  const minimal = texts.filter((t) => !texts.some((o) => o !== t && t.includes(o)));
  return (start: number, end: number): boolean => {
    const part = text.slice(Math.max(0, start), Math.min(end, text.length));
    for (const m of minimal) if (part.includes(m)) return true;
    return false;
  };
};
