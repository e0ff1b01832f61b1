/**
 * Segmentation: splits a Markdown or plain-text draft into front matter, sections, clauses, ignored regions
 * (front matter, fenced code, HTML comments, tables) and comment markers. One line-by-line pass, O(n); offsets are
 * UTF-16 code units into the original text (BOM and CRLF included). Never throws.
 *
 * Clause spans: trimmed; they start at the first character after indentation and after a Markdown bullet (`-`,
 * `*`, `+`) or blockquote (`>`) marker, and KEEP the contract numbering ("2.1", "(a)", "**2.1 Term.**") inside the
 * span. Inline HTML comments inside a paragraph stay inside its span (they are listed in `ignored`).
 * See .notes/seg.md for the rules in full.
 */
import { detach } from './detach';
import type {
  ClauseKind, ClauseSegment, FrontMatter, IgnoreMarker, Section, SectionKind, Segmentation, Span, TermMarker,
} from '../types';
import { bomLength, codeAt, isAsciiLower, isDash, isLetter, isLower, isSpace, isUpper, skipSpace, trimEnd, wordSet } from './chars';
import { parseCommentMarker, scanFrontMatter } from './markers';
import { cleanTitle, isMonthWord, parseLead, romanValue, sameLetters, splitTitle, startsUpperish, titleLike, validSubToken, wrappedFigure } from './numbering';
import type { Lead } from './numbering';
import { splitSentences } from './sentences';

/** Paragraphs longer than this (UTF-16 units) are split into sentences. */
export const SENTENCE_SPLIT_THRESHOLD = 1500;
const MAX_SUB_DEPTH = 6;
/** Placeholder at the start of a clause label: replaced by the section's label base when the result is built. */
const BASE = '\u0000';
const LABEL_TITLE_MAX = 60;

export interface MSection {
  start: number;
  end: number;
  number: string | null;
  title: string;
  kind: SectionKind;
  level: number;
  heading: { start: number; end: number };
  parent: number;
  /** Lower rank = higher in the hierarchy. Markdown `#`..`######` = 1..6; article/exhibit = 10; "1" = 11, "1.1" = 12. */
  rank: number;
  /** Markdown heading level, 0 for plain-text and bold headings. */
  md: number;
  word: string;
  label: string;
}

export type Role = 'own' | 'para' | 'sub' | 'item';

export interface PendingMarker {
  readonly kind: 'term' | 'ignore';
  readonly start: number;
  readonly end: number;
  readonly termId: string;
  readonly idSpan: Span;
  readonly codes: string[];
  clause: number;
  target: Span | null;
}

interface Block {
  start: number;
  end: number;
  kind: ClauseKind;
  number: string | null;
  role: Role;
  section: number;
  /** Fixed label for sub-clauses and list items. */
  label: string;
  /** A plain paragraph that a following `===`/`---` line may turn into a setext heading. */
  setext: boolean;
  /** Content end before this block started (for closing sections when the block becomes a heading). */
  prevContentEnd: number;
  markers: PendingMarker[] | null;
}

export interface ClauseRec {
  start: number;
  end: number;
  kind: ClauseKind;
  number: string | null;
  section: number;
  role: Role;
  ordinal: number;
  sentence: number;
  label: string;
}

export interface SubLevel {
  style: 'la' | 'lr' | 'ua' | 'ur' | 'd';
  val: number;
  text: string;
}

interface Table {
  start: number;
  end: number;
  pipeless: boolean;
}

interface Fence {
  ch: number;
  len: number;
  start: number;
}

/** `Object.freeze` (written once: the segmenter's output objects are all frozen). */
export const freeze: typeof Object.freeze = Object.freeze;

const NONE: readonly never[] = freeze([]);
const EMPTY: Segmentation = freeze({
  frontMatter: null, sections: NONE, clauses: NONE, ignored: NONE, termMarkers: NONE, ignoreMarkers: NONE,
});

/** A segmentation with its arrays frozen in place. */
export const frozenSegmentation = (
  frontMatter: FrontMatter | null, sections: Section[], clauses: ClauseSegment[], ignored: Span[], termMarkers: TermMarker[], ignoreMarkers: IgnoreMarker[],
): Segmentation =>
  freeze({
    frontMatter,
    sections: freeze(sections),
    clauses: freeze(clauses),
    ignored: freeze(ignored),
    termMarkers: freeze(termMarkers),
    ignoreMarkers: freeze(ignoreMarkers),
  });

/** Split a draft into front matter, sections, clauses, ignored regions and markers. Never throws. */
export const segmentDocument = (text: string): Segmentation => {
  try {
    return segmentDocumentUnguarded(text);
  } catch {
    // Defensive: a bug must not take the whole analysis down. Fall back to "no structure".
    return EMPTY;
  }
};

/** `segmentDocument` without the safety net (tests use it so that an internal error cannot hide behind it). */
export const segmentDocumentUnguarded = (text: string): Segmentation => {
  if (typeof text !== 'string' || text.length === 0) return EMPTY;
  return new Segmenter(text).run();
};

/**
 * State of the segmenter at the start of a line where it is simple (no open paragraph, fence, table, pending
 * marker or pending title): everything the rest of the run depends on besides the text after `pos`. Used by
 * `resegment` (resegment.ts) to resume a run and to detect when a re-run has re-synchronised with the old one.
 * The numbers (`num`, indexed by the `CK_*` constants) are stored apart from the rest, which is shared as it is.
 */
export interface Checkpoint {
  readonly num: ArrayLike<number>;
  readonly rest: CheckpointRest;
}

/** Indexes in `Checkpoint.num`: line start, counts so far (sections, clauses, ignored spans, term markers, ignore markers), end of the last content. */
export const CK_POS = 0;
export const CK_SEC = 1;
export const CK_REC = 2;
export const CK_IGN = 3;
export const CK_TERM = 4;
export const CK_IGNM = 5;
export const CK_END = 6;
/** Numbers per checkpoint. */
export const CK = 7;

/** The non-numeric part of a checkpoint (never mutated). */
export interface CheckpointRest {
  /** Open sections (indexes) and the number of paragraphs each has so far. */
  readonly stack: readonly number[];
  readonly paraStack: readonly number[];
  /** Paragraphs before the first section so far. */
  readonly para0: number;
  /** The segmenter's flags and counters, carried as they are (see `Segmenter.carried`). */
  readonly carried: Carried;
  readonly sub: readonly SubLevel[];
}

/**
 * The flags and counters a checkpoint carries as they are (`sub` is copied), restored and compared in this order:
 * prevStrict, prevLenient, minMd, lastTop, olist, itemCount, titleSeen.
 */
export type Carried = readonly [boolean, boolean, number, number | null, number | null, number, boolean];

/** Called at the start of every line where the state is simple (see `Checkpoint`); returning true stops the run. */
export type LineHook = (seg: Segmenter, pos: number) => boolean;

/** Where a resumed run starts: a checkpoint and the open sections at that point (rebuilt by the caller). */
export interface ResumeFrom {
  readonly ck: Checkpoint;
  readonly openSections: ReadonlyMap<number, MSection>;
}

/** @internal The line-by-line segmenter. Exported for resegment.ts only. */
export class Segmenter {
  readonly n: number;
  /** Sections from index `secBase` on (a resumed run holds only the sections it created). */
  readonly sections: MSection[] = [];
  readonly stack: number[] = [];
  /** Clause records from index `recBase` on. */
  readonly recs: ClauseRec[] = [];
  /** Ignored spans found by this run (in the order found). */
  readonly ignored: Span[] = [];
  readonly #markers: PendingMarker[] = [];
  #pending: PendingMarker[] = [];
  #open: Block | null = null;
  #openedOnLine = false;
  #fence: Fence | null = null;
  #table: Table | null = null;
  #halted = false;
  #contentEnd = 0;
  #prevStrict = true;
  #prevLenient = true;
  #minMd = 7;
  #lastTop: number | null = null;
  #olist: number | null = null;
  sub: SubLevel[] = [];
  #itemCount = 0;
  /** Paragraph counts of sections `paraBase`, `paraBase + 1`, ... (-1 = before the first section). */
  readonly #paraCount: number[] = [0];
  #pendingTitle: { sec: number; blanks: number; md: number } | null = null;
  /** Look-ahead caches for `<!--` and `|` (see `Seek`); a full run searches once to the end, a resumed run in growing windows. */
  readonly #opens: Seek = { needle: '<!--', next: -1, hit: false, win: Infinity };
  readonly #pipes: Seek = { needle: '|', next: -1, hit: false, win: Infinity };
  #frontMatter: FrontMatter | null = null;
  #titleSeen = false;
  titleSection = -2;
  /** End of the current physical line (for one-line look-ahead). */
  #le = 0;
  // Resumed runs (resegment.ts): the first section / clause / marker index this run creates.
  readonly #secBase: number = 0;
  readonly #recBase: number = 0;
  readonly #termBase: number = 0;
  readonly #ignBase: number = 0;
  readonly #ignMBase: number = 0;
  #termCount = 0;
  #paraBase = -1;
  readonly #baseSecs: ReadonlyMap<number, MSection> | null = null;
  readonly #basePara: Map<number, number> | null = null;
  /** Line start where the hook stopped the run, or -1. */
  stoppedAt = -1;
  /** Start of the body (after front matter). */
  bodyStart = 0;
  readonly #text: string;
  readonly #hook: LineHook | null;

  constructor(
    text: string,
    hook: LineHook | null = null,
    resume: ResumeFrom | null = null,
  ) {
    this.#text = text;
    this.#hook = hook;
    this.n = text.length;
    if (resume) {
      this.#opens.win = 4096;
      this.#pipes.win = 4096;
      const n = resume.ck.num;
      const ck = resume.ck.rest;
      this.#secBase = n[CK_SEC];
      this.#recBase = n[CK_REC];
      this.#termBase = n[CK_TERM];
      this.#ignBase = n[CK_IGN];
      this.#ignMBase = n[CK_IGNM];
      this.#paraBase = n[CK_SEC];
      this.#paraCount = [];
      this.#baseSecs = resume.openSections;
      const bp = new Map<number, number>();
      bp.set(-1, ck.para0);
      for (let j = 0; j < ck.stack.length; j++) bp.set(ck.stack[j], ck.paraStack[j]);
      this.#basePara = bp;
      for (const i of ck.stack) this.stack.push(i);
      this.#contentEnd = n[CK_END];
      [this.#prevStrict, this.#prevLenient, this.#minMd, this.#lastTop, this.#olist, this.#itemCount, this.#titleSeen] = ck.carried;
      this.sub = ck.sub.slice();
    }
  }

  /** Section `i` (global index). */
  sec(i: number): MSection {
    return i >= this.#secBase ? this.sections[i - this.#secBase] : (this.#baseSecs as ReadonlyMap<number, MSection>).get(i) as MSection;
  }

  get secCount(): number {
    return this.#secBase + this.sections.length;
  }

  get recCount(): number {
    return this.#recBase + this.recs.length;
  }

  /** Paragraph count of section `i` (-1 = before the first section). */
  paraOf(i: number): number {
    const k = i - this.#paraBase;
    return k >= 0 ? this.#paraCount[k] : ((this.#basePara as Map<number, number>).get(i) ?? 0);
  }

  setPara(i: number, v: number): void {
    const k = i - this.#paraBase;
    if (k >= 0) this.#paraCount[k] = v;
    else (this.#basePara as Map<number, number>).set(i, v);
  }

  #bumpPara(i: number): number {
    const k = i - this.#paraBase;
    if (k >= 0) return ++this.#paraCount[k];
    const bp = this.#basePara as Map<number, number>;
    const v = (bp.get(i) ?? 0) + 1;
    bp.set(i, v);
    return v;
  }

  /** Is the state simple enough for a checkpoint? */
  #simple(): boolean {
    return this.#open === null && this.#fence === null && this.#table === null && this.#pending.length === 0 &&
      this.#pendingTitle === null && !this.#halted;
  }

  /** The current state as a checkpoint at line start `pos` (only meaningful when `simple()`). */
  snapshot(pos: number): Checkpoint {
    const stack = this.stack.slice();
    const paraStack = new Array<number>(stack.length);
    for (let j = 0; j < stack.length; j++) paraStack[j] = this.paraOf(stack[j]);
    return {
      num: this.numbers(pos),
      rest: { stack, paraStack, para0: this.paraOf(-1), carried: this.carried(), sub: this.sub.slice() },
    };
  }

  /** The numbers of a checkpoint at `pos`, in the order of the CK_* indexes (counts so far, end of the last content). */
  numbers(pos: number): number[] {
    return [pos, this.secCount, this.recCount, this.#ignBase + this.ignored.length, this.#termBase + this.#termCount, this.#ignMBase + this.#markers.length - this.#termCount, this.#contentEnd];
  }

  /** The flags and counters of the state (see `Carried`). */
  carried(): Carried {
    return [this.#prevStrict, this.#prevLenient, this.#minMd, this.#lastTop, this.#olist, this.#itemCount, this.#titleSeen];
  }

  /** Full run over the text. */
  run(): Segmentation {
    this.scan();
    return this.finishRun();
  }

  /** The line loop from the start of the body (full run) or from `from` (resumed run); stops early when the hook says so. */
  scan(from = -1): void {
    const text = this.#text;
    let pos: number;
    if (from < 0) {
      pos = bomLength(text);
      const fm = scanFrontMatter(text, pos);
      if (fm) {
        this.#frontMatter = {
          start: fm.start, end: fm.end, ...(fm.terms !== undefined && fm.termsSpan ? { terms: fm.terms, termsSpan: fm.termsSpan } : {}),
        };
        this.#ignore(fm.start, fm.end);
        pos = fm.bodyStart;
      }
      this.bodyStart = pos;
    } else pos = from;
    const first = pos;
    const hook = this.#hook;
    while (pos < this.n && !this.#halted) {
      if (hook !== null && (pos === first || codeAt(text, pos - 1) === 10) && this.#simple() && hook(this, pos)) {
        this.stoppedAt = pos;
        return;
      }
      let le = text.indexOf('\n', pos);
      if (le < 0) le = this.n;
      const next = this.#line(pos, le);
      pos = next > pos ? next : le + 1;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Lines
  // -------------------------------------------------------------------------------------------

  /** Process the line (or rest of a line) [s, le); returns where to continue. */
  #line(s: number, le: number): number {
    const text = this.#text;
    this.#le = le;
    let cs = skipSpace(text, s, le);
    let ce = trimEnd(text, cs, le);

    if (this.#fence) {
      if (cs < ce && this.#isClosingFence(cs, ce)) {
        this.#ignore(this.#fence.start, ce);
        this.#fence = null;
      }
      if (cs < ce) this.#contentEnd = ce;
      return le + 1;
    }
    if (cs >= ce) {
      this.#blank();
      return le + 1;
    }
    if (this.#table) {
      if (codeAt(text, cs) === 124 || (this.#table.pipeless && this.#hasPipe(cs, ce))) {
        this.#table.end = ce;
        this.#contentEnd = ce;
        return le + 1;
      }
      this.#closeTable();
    }

    // Leading HTML comments (markers live here) and blockquote markers, in any order and nesting ("> <!-- x --> text").
    for (;;) {
      if (codeAt(text, cs) === 62) {
        cs = skipSpace(text, cs + 1, ce);
        if (cs >= ce) {
          this.#blank();
          return le + 1;
        }
        continue;
      }
      if (!text.startsWith('<!--', cs)) break;
      const close = text.indexOf('-->', cs + 4);
      if (close < 0) {
        this.#addComment(cs, this.n, -1, this.#pending);
        this.#finalizeOpen();
        this.#halted = true;
        return this.n;
      }
      const cend = close + 3;
      this.#addComment(cs, cend, close, this.#pending);
      if (cend > le) {
        this.#finalizeOpen(); // an HTML block interrupts a paragraph
        return cend; // continue with the rest of the line where the comment closes
      }
      cs = skipSpace(text, cend, le);
      if (cs >= ce) {
        this.#finalizeOpen(); // comment-only line: transparent for markers, ends the paragraph
        return le + 1;
      }
    }

    const c0 = codeAt(text, cs);
    // Fenced code.
    if (c0 === 96 || c0 === 126) {
      const run = runLength(text, cs, ce, c0);
      if (run >= 3 && (c0 === 126 || text.indexOf('`', cs + run) < 0 || text.indexOf('`', cs + run) >= ce)) {
        this.#structural();
        this.#fence = { ch: c0, len: run, start: cs };
        this.#contentEnd = ce;
        return le + 1;
      }
    }
    // Tables.
    if (c0 === 124 || (this.#hasPipe(cs, ce) && nextIsDelimiterRow(text, le))) {
      this.#structural();
      this.#table = { start: cs, end: ce, pipeless: c0 !== 124 };
      this.#contentEnd = ce;
      return le + 1;
    }

    // Inline comments: recorded as ignored; one left open at the end of the line cuts the line there.
    let jump = -1;
    let inlineMarkers: PendingMarker[] | null = null;
    const opens = this.#opens;
    if (opens.next < cs) seek(text, opens, cs);
    for (;;) {
      while (!opens.hit && opens.next < ce) seek(text, opens, opens.next);
      if (!opens.hit || opens.next >= ce) break;
      const o = opens.next;
      const close = text.indexOf('-->', o + 4);
      if (close < 0) {
        this.#addComment(o, this.n, -1, null);
        ce = trimEnd(text, cs, o);
        this.#halted = true;
        opens.next = Infinity;
        opens.hit = false;
        break;
      }
      const cend = close + 3;
      inlineMarkers = this.#addComment(o, cend, close, inlineMarkers);
      seek(text, opens, cend);
      if (cend > le) {
        ce = trimEnd(text, cs, o);
        jump = cend;
        break;
      }
    }

    const pend = this.#pending;
    if (pend.length > 0) this.#pending = [];
    this.#openedOnLine = false;
    if (this.#pendingTitle === null || !this.#takePendingTitle(cs, ce)) this.#classify(cs, ce);
    if (pend.length > 0) {
      if (this.#openedOnLine && this.#open) {
        const list = (this.#open.markers ??= []);
        for (const m of pend) list.push(m);
      } else {
        resolveMarkers(pend, -1, cs, ce);
      }
    }
    if (inlineMarkers !== null) for (const m of inlineMarkers) this.#pending.push(m);

    if (ce > this.#contentEnd) this.#contentEnd = ce;
    this.#setPrev(cs, ce);
    if (this.#halted) return this.n;
    return jump >= 0 ? jump : le + 1;
  }

  #blank(): void {
    this.#finalizeOpen();
    this.#prevStrict = true;
    this.#prevLenient = true;
    if (this.#pendingTitle) {
      this.#pendingTitle.blanks++;
      if (this.#pendingTitle.blanks > 1) this.#pendingTitle = null;
    }
  }

  /** A structural line (fence, table, rule, heading) ends the open paragraph. */
  #structural(): void {
    this.#finalizeOpen();
    this.#pendingTitle = null;
  }

  #setPrev(cs: number, ce: number): void {
    const text = this.#text;
    let c = codeAt(text, ce - 1);
    if ((c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 42) && ce - 2 >= cs) {
      const p = codeAt(text, ce - 2);
      if (p === 46 || p === 58 || p === 59) c = p;
    }
    this.#prevStrict = c === 46 || c === 58 || c === 59 || c === 33 || c === 63;
    this.#prevLenient = this.#prevStrict || c === 44 || endsWithWord(text, cs, ce, 'and') || endsWithWord(text, cs, ce, 'or');
  }

  /** Is there a `|` in [cs, ce)? */
  #hasPipe(cs: number, ce: number): boolean {
    const pipes = this.#pipes;
    if (pipes.next < cs) seek(this.#text, pipes, cs);
    while (!pipes.hit && pipes.next < ce) seek(this.#text, pipes, pipes.next);
    return pipes.hit && pipes.next < ce;
  }

  #isClosingFence(cs: number, ce: number): boolean {
    const text = this.#text;
    const f = this.#fence as Fence;
    if (codeAt(text, cs) !== f.ch) return false;
    const run = runLength(text, cs, ce, f.ch);
    return run >= f.len && cs + run === ce;
  }

  /** Opens the section of `lead` titled by the span `t` of its heading line [cs, ce); an empty title may follow on the next line. */
  #openTitled(lead: Lead, t: { start: number; end: number }, rank: number, cs: number, ce: number): void {
    this.#finalizeOpen();
    const sec = this.#openLead(lead, spanText(this.#text, t), rank, cs, ce);
    if (t.end <= t.start) this.#pendingTitle = { sec, blanks: 0, md: 0 };
  }

  /** Record [start, end) as ignored (front matter, a fence, a table, a comment). */
  #ignore(start: number, end: number): void {
    this.ignored.push({ start, end });
  }

  #closeTable(): void {
    const t = this.#table;
    if (!t) return;
    this.#ignore(t.start, t.end);
    this.#table = null;
  }

  /** Record a comment as ignored; a marker in it is appended to `into` (allocated on demand), which is returned. */
  #addComment(start: number, end: number, close: number, into: PendingMarker[] | null): PendingMarker[] | null {
    this.#ignore(start, end);
    if (close < 0) return into;
    const m = parseCommentMarker(this.#text, start + 4, close);
    if (!m) return into;
    const term = m.kind === 'term';
    const rec: PendingMarker = {
      kind: m.kind, start, end, termId: term ? m.termId : '', idSpan: term ? m.idSpan : { start, end: start }, codes: term ? [] : m.codes,
      clause: -1, target: null,
    };
    this.#markers.push(rec);
    if (term) this.#termCount++;
    const list = into ?? [];
    list.push(rec);
    return list;
  }

  /** The line after "ARTICLE IV" / "EXHIBIT A" that carries its title ("DEFINITIONS", "Form of Notice"). */
  #takePendingTitle(cs: number, ce: number): boolean {
    const p = this.#pendingTitle;
    if (!p) return false;
    this.#pendingTitle = null;
    const text = this.#text;
    // "## EXHIBIT B" then "## WORK LETTER" titles it, as does a lower level right after ("# EXHIBIT B" "## WORK LETTER")
    // or, in capitals, after a blank line ("## EXHIBIT A", "", "### MODELS"; "## Background" there is a part of it)
    const h = runLength(text, cs, ce, 35);
    if (h > 0 && (h < p.md || !p.md || h > 6 || !isSpace(codeAt(text, cs + h)))) return false;
    if (h > 0) cs = skipSpace(text, cs + h, ce);
    const c0 = codeAt(text, cs);
    if (c0 === 35 || c0 === 45 || c0 === 42 || c0 === 43 || c0 === 124 || c0 === 40) return false;
    if (parseLead(text, cs, ce)) return false;
    const t = cleanTitle(text, cs, ce);
    if (!titled(text, t)) return false;
    if (p.blanks > 0 && (!h || h > p.md) && !allCaps(text, t.start, t.end)) return false;
    if (this.#current() !== p.sec) return false;
    const sec = this.sec(p.sec);
    if (!sec) return false;
    sec.title = spanText(text, t);
    sec.heading.end = ce;
    sec.label = ''; // recomputed on demand
    this.#finalizeOpen();
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Classification of a content line [cs, ce)
  // -------------------------------------------------------------------------------------------

  #classify(cs: number, ce: number): void {
    const text = this.#text;
    const c0 = codeAt(text, cs);

    // Setext underline / thematic break.
    if (c0 === 61 || c0 === 45 || c0 === 42 || c0 === 95) {
      const run = runLength(text, cs, ce, c0);
      if (run === ce - cs && this.#open && this.#open.setext && (c0 === 61 || (c0 === 45 && run >= 2)) && setextCandidate(text, this.#open)) {
        this.#setextHeading(c0 === 61 ? 1 : 2, ce);
        return;
      }
      if (isThematicBreak(text, cs, ce, c0)) {
        this.#structural();
        return;
      }
    }
    // ATX heading.
    if (c0 === 35) {
      const hashes = runLength(text, cs, ce, 35);
      if (hashes <= 6 && (cs + hashes >= ce || isSpace(codeAt(text, cs + hashes)))) {
        this.#atxHeading(hashes, cs, ce);
        return;
      }
    }
    // Bullet list item.
    if ((c0 === 45 || c0 === 42 || c0 === 43) && cs + 1 < ce && isSpace(codeAt(text, cs + 1))) {
      this.#startItem(skipSpace(text, cs + 1, ce), ce, null);
      return;
    }
    // Bold line: "**2. Licence**", "**2.1 Term.** This Agreement ...", "**Definitions**".
    if ((c0 === 42 || c0 === 95) && codeAt(text, cs + 1) === c0 && this.#boldLine(cs, ce, c0)) return;
    // Numbering.
    const lead = parseLead(text, cs, ce);
    if (lead && this.#leadLine(lead, cs, ce)) return;
    // A short ALL-CAPS line standing alone ("RECITALS", "GENERAL PROVISIONS") is a heading; the very first one is
    // the document's title (neither a section nor a clause).
    if (!this.#open && this.#capsHeading(cs, ce)) return;
    // Plain text: continue the open block or start a paragraph.
    if (this.#open) {
      this.#open.end = ce;
      return;
    }
    this.#startBlock(cs, ce, 'paragraph', null, 'para', '', true);
  }

  #capsHeading(cs: number, ce: number): boolean {
    const text = this.#text;
    if (ce - cs > 60) return false;
    const last = codeAt(text, ce - 1);
    if (last === 46 || last === 44 || last === 59) return false;
    if (!allCaps(text, cs, ce) || !titleLike(text, cs, ce)) return false;
    const next = lineAfter(text, this.#le);
    if (next && next.cs < next.ce && !parseLead(text, next.cs, next.ce)) return false;
    const t = cleanTitle(text, cs, ce);
    if (!this.#titleSeen && this.secCount === 0 && this.recCount === 0) {
      this.#titleSeen = true; // the document's title
      return true;
    }
    const top = this.#topSection();
    this.#openSection('heading', null, spanText(text, t), 0, top ? Math.max(top.rank + 0.5, 10.5) : 11, '', cs, ce);
    return true;
  }

  /** Is the next line a top-level "N." item (so this "N. Title" line is a list or a table of contents)? */
  #nextIsTopNumber(): boolean {
    const text = this.#text;
    const next = lineAfter(text, this.#le);
    if (!next || next.cs >= next.ce) return false;
    const lead = parseLead(text, next.cs, next.ce);
    return lead !== null && lead.form === 'number' && lead.depth === 1 && lead.dotted;
  }

  #atxHeading(level: number, cs: number, ce: number): void {
    const text = this.#text;
    let ts = skipSpace(text, cs + level, ce);
    let te = ce;
    // Closing sequence: " ##".
    let k = te;
    while (k > ts && codeAt(text, k - 1) === 35) k--;
    if (k < te && (k === ts || isSpace(codeAt(text, k - 1)))) te = trimEnd(text, ts, k);
    const inner = stripEmphasis(text, ts, te);
    ts = inner.start;
    te = inner.end;
    this.#structural();
    this.#headingFromText(level, ts, te, cs, ce);
  }

  #setextHeading(level: number, ce: number): void {
    const b = this.#open as Block;
    this.#open = null;
    const inner = stripEmphasis(this.#text, b.start, b.end);
    this.#headingFromText(level, inner.start, inner.end, b.start, ce, b.prevContentEnd);
    resolveMarkers(b.markers, -1, b.start, ce);
  }

  /** A Markdown heading's text: numbered ("2. Licence", "Section 4.2 Fees", "ARTICLE IV", "Exhibit A") or not. */
  #headingFromText(md: number, ts: number, te: number, hs: number, he: number, closeAt = this.#contentEnd): void {
    const text = this.#text;
    const parsed = parseLead(text, ts, te);
    const lead = parsed && parsed.form !== 'sub' && parsed.form !== 'paren-number' ? parsed : null;
    const title = spanText(text, cleanTitle(text, lead ? lead.end : ts, te));
    const sec = this.#openSection(lead ? formKind(lead) : 'heading', lead?.number ?? null, title, md, md, lead?.word ?? '', hs, he, closeAt);
    if (lead && !title) this.#pendingTitle = { sec, blanks: 0, md };
  }

  #boldLine(cs: number, ce: number, ch: number): boolean {
    const text = this.#text;
    const limit = Math.min(ce - 1, cs + 202);
    let close = -1;
    for (let i = cs + 2; i < limit; i++) {
      if (codeAt(text, i) === ch && codeAt(text, i + 1) === ch) {
        close = i;
        break;
      }
    }
    if (close <= cs + 2) return false;
    const is = skipSpace(text, cs + 2, close);
    const ie = trimEnd(text, is, close);
    if (ie <= is) return false;
    const whole = close + 2 >= ce;
    const lead = parseLead(text, is, ie);
    if (lead && lead.form === 'sub') {
      if (!this.#boundaryLenient()) return false;
      this.#startSub(lead.number, cs, ce);
      return true;
    }
    if (lead && lead.form !== 'paren-number') {
      const rs = skipSpace(text, lead.end, ie);
      const t = cleanTitle(text, rs, ie);
      const rank = plainRank(lead);
      if (whole) {
        if (notTitle(text, t)) {
          // A whole bold numbered paragraph: section with its body as the clause.
          this.#finalizeOpen();
          return this.#leadClause(lead, '', rank, cs, lead.end, ce);
        }
        this.#openTitled(lead, t, rank, cs, ce);
        return true;
      }
      this.#finalizeOpen();
      return this.#leadClause(lead, spanText(text, t), rank, cs, close + 2, ce);
    }
    if (!lead && whole && ie - is <= 80) {
      const t = cleanTitle(text, is, ie);
      if (titled(text, t)) {
        this.#finalizeOpen();
        const top = this.#topSection();
        const rank = top ? top.rank + 0.5 : 11;
        this.#openSection('heading', null, spanText(text, t), 0, rank, '', cs, ce);
        return true;
      }
    }
    return false;
  }

  #boundaryStrict(): boolean {
    return !this.#open || this.#prevStrict;
  }

  #boundaryLenient(): boolean {
    const o = this.#open;
    return !o || this.#prevLenient || o.role !== 'para';
  }

  /** A line starting with numbering. Returns false when the numbering is better read as ordinary text. */
  #leadLine(lead: Lead, cs: number, ce: number): boolean {
    const text = this.#text;
    const rs = skipSpace(text, lead.end, ce);
    switch (lead.form) {
      case 'article':
      case 'exhibit':
      case 'schedule': {
        if (!this.#boundaryStrict()) return false;
        if (rs < ce && !startsUpperish(text, rs, ce) && !isSeparator(codeAt(text, rs))) return false;
        const t = cleanTitle(text, rs, ce);
        // "Annex A End User Licence (summary of principal terms)": a closing aside does not make it a sentence
        const title = spanText(text, t);
        const a = title.lastIndexOf(' (');
        if (notTitle(text, t) && !(a > 0 && title.endsWith(')') && titleLike(text, t.start, t.start + a))) return false;
        this.#openTitled(lead, t, 10, cs, ce);
        return true;
      }
      case 'roman': {
        if (this.#afterRefWord()) return false;
        const t = cleanTitle(text, rs, ce);
        if (this.#boundaryStrict() && !notTitle(text, t)) {
          // (an article: its kind and word)
          this.#openTitled(lead, t, 10, cs, ce);
          return true;
        }
        if (!this.#boundaryLenient()) return false;
        this.#startSub(lead.number, cs, ce);
        return true;
      }
      case 'section': {
        if (!this.#boundaryStrict()) return false;
        if (rs < ce && !startsUpperish(text, rs, ce) && !isSeparator(codeAt(text, rs))) return false;
        return this.#numberedParagraph(lead, cs, ce, rs);
      }
      case 'number': {
        if (this.#afterRefWord()) return false;
        const single = lead.depth === 1;
        if (single && !lead.dotted) {
          // "4 Payment" — only at a clear boundary, with a title, and not a date ("31 December 2032").
          if (!this.#boundaryStrict() || rs >= ce || !isUpper(codeAt(text, rs)) || isMonthWord(text, rs, ce)) return false;
          const t = cleanTitle(text, rs, ce);
          if (!titled(text, t) && !splitTitle(text, rs, ce)) return false;
        } else if (!lead.dotted && rs < ce && isLower(codeAt(text, rs))) {
          return false; // "2.5 million ..." on a wrapped line
        }
        if (!this.#boundaryLenient()) return false;
        if (single && lead.dotted && lead.number.indexOf('(') < 0) {
          const num = parseInt(lead.number, 10);
          const t = cleanTitle(text, rs, ce);
          const headingOnly = rs >= ce || titled(text, t);
          if (this.#isListNumber(num, headingOnly, !headingOnly && splitTitle(text, rs, ce) !== null) || (headingOnly && this.#nextIsTopNumber())) {
            this.#olist = num;
            this.#startItem(cs, ce, lead.number);
            return true;
          }
        }
        return this.#numberedParagraph(lead, cs, ce, rs);
      }
      case 'paren-number':
      case 'sub': {
        // "… upon ninety⏎(90) days' notice" in a hard-wrapped paragraph: the figure of the words, not sub-clause (90)
        if (!this.#boundaryLenient() || (this.#open !== null && !this.#prevLenient && wrappedFigure(text, this.#open.start, this.#open.end, lead, ce))) return false;
        this.#startSub(lead.number, cs, ce);
        return true;
      }
    }
    return false;
  }

  /** Does the next line go on in capitals (not numbered)? */
  #capsGoOn(): boolean {
    const text = this.#text;
    const n = lineAfter(text, this.#le);
    return n !== null && n.cs < n.ce && allCaps(text, n.cs, n.ce) && !parseLead(text, n.cs, n.ce);
  }

  /** Does the open paragraph's line end with a reference's word ("… in Section" ⏎ "3.1.": the number goes with it)? */
  #afterRefWord(): boolean {
    const o = this.#open;
    return o !== null && REF_END.test(this.#text.slice(Math.max(o.start, o.end - 12), o.end));
  }

  /** Is a plain "N." line an ordered-list item rather than a top-level section? */
  #isListNumber(num: number, headingOnly: boolean, captioned: boolean): boolean {
    if (this.#open && this.#open.kind === 'list-item' && this.#open.number === null) return true;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const s = this.sec(this.stack[i]);
      // under an unnumbered sub-heading ("## Terms and Conditions"), "1. Services. Supplier shall …" is Section 1
      // (and in an exhibit or schedule, "1." items are its: "Schedule 1, item 2", not "Clause 2")
      if ((s.md > 0 && (s.number !== null || (s.md > this.#minMd && !captioned))) || /^[es]/.test(s.kind)) return true;
    }
    if (this.#lastTop !== null && headingOnly && num === this.#lastTop + 1) return false;
    if (this.#olist !== null && num === this.#olist + 1) return true;
    if (this.#lastTop !== null && num <= this.#lastTop) return true;
    return false;
  }

  #trackTop(lead: Lead): void {
    if (lead.form === 'number' && lead.depth === 1) this.#lastTop = parseInt(lead.number, 10);
  }

  /** Opens the section of the numbered line `lead`, its heading [cs, he). */
  #openLead(lead: Lead, title: string, rank: number, cs: number, he: number): number {
    const sec = this.#openSection(formKind(lead), lead.number, title, 0, rank, lead.word, cs, he);
    this.#trackTop(lead);
    return sec;
  }

  /** Opens the section of `lead` and starts its own clause, the whole line [cs, ce). */
  #leadClause(lead: Lead, title: string, rank: number, cs: number, he: number, ce: number): true {
    const sec = this.#openLead(lead, title, rank, cs, he);
    this.#startBlock(cs, ce, 'numbered', lead.number, 'own', '', false, sec);
    return true;
  }

  /** "1. Definitions" (heading only), "2.1 Term. This Agreement ..." (section + clause), "1.1 The Licensee ..." */
  #numberedParagraph(lead: Lead, cs: number, ce: number, rs: number): boolean {
    const text = this.#text;
    const rank = plainRank(lead);
    this.#finalizeOpen();
    if (rs >= ce) {
      this.#pendingTitle = { sec: this.#openLead(lead, '', rank, cs, ce), blanks: 0, md: 0 };
      return true;
    }
    const t = cleanTitle(text, rs, ce);
    // (not a long line whose sentence in capitals goes on: "8.2 EXCEPT FOR … EITHER PARTY'S" ⏎ "OBLIGATIONS, IN NO EVENT SHALL …")
    if (titled(text, t) && !(ce - cs > 59 && this.#capsGoOn())) {
      this.#openLead(lead, spanText(text, t), rank, cs, ce);
      return true;
    }
    const split = splitTitle(text, rs, ce);
    const tt = split && cleanTitle(text, rs, split.titleEnd);
    return this.#leadClause(lead, tt ? spanText(text, tt) : '', rank, cs, tt ? tt.end : lead.end, ce);
  }

  // -------------------------------------------------------------------------------------------
  // Sections
  // -------------------------------------------------------------------------------------------

  /** Opens a section, closing those it ends at `closeAt` (by default the end of the content so far). */
  #openSection(
    kind: SectionKind, number: string | null, title: string, md: number, rank: number, word: string,
    hs: number, he: number, closeAt = this.#contentEnd,
  ): number {
    const stack = this.stack;
    while (stack.length > 0 && this.sec(stack[stack.length - 1]).rank >= rank) {
      const s = this.sec(stack.pop() as number);
      s.end = Math.max(s.heading.end, closeAt);
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    const idx = this.secCount;
    const sec: MSection = {
      start: hs, end: he, number, title, kind, level: stack.length + 1, heading: { start: hs, end: he }, parent, rank, md,
      word: word || defaultWord(kind), label: '',
    };
    this.sections.push(sec);
    this.#paraCount.push(0);
    stack.push(idx);
    this.#itemCount = 0;
    this.#olist = null;
    this.#pendingTitle = null;
    this.sub.length = 0;
    if (number !== null && kind === 'numbered') {
      const p = number.indexOf('(');
      if (p >= 0) {
        const re = /\(([A-Za-z0-9]{1,6})\)/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(number)) !== null) this.#pushSub(m[1]);
      }
    }
    if (kind === 'exhibit' || kind === 'schedule') this.#lastTop = null;
    if (md > 0 && md < this.#minMd) this.#minMd = md;
    return idx;
  }

  /** Section label, computed on first use ("Section 2.1", "Article IV", "Definitions"). */
  #labelOf(i: number): string {
    const s = this.sec(i);
    if (s.label === '') s.label = sectionLabel(s);
    return s.label;
  }

  #current(): number {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1] : -1;
  }

  /** The innermost open section, or null. */
  #topSection(): MSection | null {
    const i = this.#current();
    return i >= 0 ? this.sec(i) : null;
  }

  /**
   * Label base for clauses directly in section `i`: its label, or "Preamble" before the first section and in a
   * document-title heading (the only level-1 Markdown heading, first in the draft, unnumbered).
   */
  baseLabel(i: number): string {
    return i < 0 || i === this.titleSection ? 'Preamble' : this.#labelOf(i);
  }

  // -------------------------------------------------------------------------------------------
  // Sub-clauses: (a), (i), (A), (1), a., iv.
  // -------------------------------------------------------------------------------------------

  #startSub(token: string, cs: number, ce: number): void {
    this.#finalizeOpen();
    this.#pushSub(token);
    const path = this.sub.map((l) => `(${l.text})`).join('');
    const i = this.#current();
    let label = `${BASE} ${path}`;
    if (i >= 0) {
      const s = this.sec(i);
      if (s.kind === 'numbered' && s.number !== null) {
        const p = s.number.indexOf('(');
        label = `${s.word} ${p >= 0 ? s.number.slice(0, p) : s.number}${path}`;
      }
    }
    this.#startBlock(cs, ce, 'numbered', `(${token})`, 'sub', label, false);
  }

  #pushSub(token: string): void {
    if (!validSubToken(token)) return;
    const cands = subCandidates(token);
    if (cands.length === 0) return;
    const st = this.sub;
    for (let k = st.length - 1; k >= 0; k--) {
      for (const c of cands) {
        if (st[k].style === c.style && c.val === st[k].val + 1) return putSub(st, k, c);
      }
    }
    // a first item ("(a)", "(i)") restarts the level of its style; else the innermost level of a style it may have
    const first = cands.find((c) => c.val === 1);
    for (let k = st.length - 1; k >= 0; k--) {
      const c = first ? (st[k].style === first.style ? first : undefined) : cands.find((x) => x.style === st[k].style);
      if (c) return putSub(st, k, c);
    }
    putSub(st, Math.min(st.length, MAX_SUB_DEPTH - 1), first ?? cands[0]);
  }

  // -------------------------------------------------------------------------------------------
  // Blocks → clauses
  // -------------------------------------------------------------------------------------------

  #startBlock(
    start: number, end: number, kind: ClauseKind, number: string | null, role: Role, label: string, setext: boolean,
    section = this.#current(),
  ): void {
    if (this.#open) this.#finalizeOpen();
    this.#open = {
      start, end, kind, number, role, section, label, setext, prevContentEnd: this.#contentEnd, markers: null,
    };
    this.#openedOnLine = true;
  }

  /** A list item [start, ce): "item N" of its section. */
  #startItem(start: number, ce: number, number: string | null): void {
    this.#finalizeOpen();
    this.#itemCount++;
    this.#startBlock(start, ce, 'list-item', number, 'item', `${BASE}, item ${this.#itemCount}`, false);
  }

  #finalizeOpen(): void {
    const b = this.#open;
    if (!b) return;
    this.#open = null;
    const first = this.recCount;
    let ordinal = 0;
    if (b.role === 'own' || b.role === 'para') ordinal = this.#bumpPara(b.section);
    const pieces = b.end - b.start > SENTENCE_SPLIT_THRESHOLD ? this.#sentences(b) : null;
    if (pieces && pieces.length > 1) {
      for (let k = 0; k < pieces.length; k++) pushRec(this.recs, b, pieces[k][0], pieces[k][1], 'sentence', k === 0 ? b.number : null, ordinal, k + 1);
    } else pushRec(this.recs, b, b.start, b.end, b.kind, b.number, ordinal, 0);
    resolveMarkers(b.markers, first, b.start, b.end);
  }

  /** Sentences of a long block; never starting inside an inline comment of the block. */
  #sentences(b: Block): Array<[number, number]> {
    const pieces = splitSentences(this.#text, b.start, b.end);
    let k = this.ignored.length;
    while (k > 0 && this.ignored[k - 1].end > b.start) k--;
    if (k === this.ignored.length) return pieces;
    const inside = this.ignored.slice(k);
    const out: Array<[number, number]> = [];
    let g = 0;
    for (const p of pieces) {
      while (g < inside.length && inside[g].end <= p[0]) g++;
      const hidden = g < inside.length && inside[g].start < p[0] && p[0] < inside[g].end;
      if (hidden && out.length > 0) out[out.length - 1][1] = p[1];
      else out.push(p);
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Result
  // -------------------------------------------------------------------------------------------

  /** End of the text: close whatever is still open. */
  close(): void {
    this.#finalizeOpen();
    this.#closeTable();
    if (this.#fence) {
      // Unclosed fence: runs to the end of the text (its last non-blank line).
      this.#ignore(this.#fence.start, Math.max(this.#fence.start, this.#contentEnd));
      this.#fence = null;
    }
    while (this.stack.length > 0) {
      const s = this.sec(this.stack.pop() as number);
      s.end = Math.max(s.heading.end, this.#contentEnd);
    }
    for (const m of this.#pending) resolveMarkers([m], -1, m.end, m.end); // each at its own end
    this.#pending = [];
  }

  finishRun(): Segmentation {
    this.close();
    const secs = this.sections;
    let h1 = 0;
    for (const x of secs) if (x.md === 1) h1++;
    this.titleSection = titleSectionOf(
      secs.length > 0 ? secs[0] : null, this.recs.length > 0 ? this.recs[0].start : -1, h1, secs.length,
    );
    const sections: Section[] = secs.map(toSection);
    const clauses: ClauseSegment[] = this.recs.map((r) => this.toClause(r));
    const ignored = sortSpans(this.ignored);
    const termMarkers: TermMarker[] = [];
    const ignoreMarkers: IgnoreMarker[] = [];
    this.outputMarkers(termMarkers, ignoreMarkers);
    return frozenSegmentation(this.#frontMatter ? freeze(this.#frontMatter) : null, sections, clauses, ignored, termMarkers, ignoreMarkers);
  }

  /** Output objects of this run's markers (clause indexes and targets are resolved by now). */
  outputMarkers(termMarkers: TermMarker[], ignoreMarkers: IgnoreMarker[]): void {
    for (const m of this.#markers) {
      const target = m.target ?? { start: m.end, end: m.end };
      if (m.kind === 'term') {
        // markers outlive the text when the analyzer continues after an edit: their strings are detached from it
        termMarkers.push(freeze({ start: m.start, end: m.end, termId: detach(m.termId), idSpan: freeze(m.idSpan), clause: m.clause }));
      } else {
        ignoreMarkers.push(freeze({ start: m.start, end: m.end, codes: freeze(m.codes.map(detach)), target: freeze(target) }));
      }
    }
  }

  toClause(r: ClauseRec): ClauseSegment {
    return freeze({
      start: r.start, end: r.end, kind: r.kind, number: r.number, section: r.section, label: this.#clauseLabel(r),
    });
  }

  #clauseLabel(r: ClauseRec): string {
    if (r.role === 'sub' || r.role === 'item') {
      return clauseLabel(codeAt(r.label, 0) === 0 ? this.baseLabel(r.section) + r.label.slice(1) : r.label, 0, 0, r.sentence);
    }
    return clauseLabel(this.baseLabel(r.section), r.role === 'own' ? 0 : this.paraOf(r.section), r.ordinal, r.sentence);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * A look-ahead cache for `needle`: no occurrence between where the last search started and `next`; there is one at
 * `next` when `hit` (else `next` is where the search window ended, or Infinity at the end of the text). Searches use
 * growing windows (`win`) so that a resumed run (resegment.ts) never searches the whole rest of the text.
 */
interface Seek {
  readonly needle: string;
  next: number;
  hit: boolean;
  win: number;
}

/** Search `s.needle` in `text` from `from` within the current window (see `Seek`). */
const seek = (text: string, s: Seek, from: number): void => {
  const end = from + s.win;
  if (end >= text.length) {
    const i = text.indexOf(s.needle, from);
    s.next = i < 0 ? Infinity : i;
    s.hit = i >= 0;
    return;
  }
  const i = text.substring(from, end).indexOf(s.needle);
  if (i >= 0) {
    s.next = from + i;
    s.hit = true;
  } else {
    s.next = end + 1 - s.needle.length; // a match may start in the window's last (needle length - 1) characters
    s.hit = false;
    s.win *= 2;
  }
};

/** The trimmed content of the line after the one ending at `le`, or null at the end of the text. */
const lineAfter = (text: string, le: number): { cs: number; ce: number } | null => {
  if (le >= text.length) return null;
  let e = text.indexOf('\n', le + 1);
  if (e < 0) e = text.length;
  const cs = skipSpace(text, le + 1, e);
  return { cs, ce: trimEnd(text, cs, e) };
};

/** GFM delimiter row (`---|:---:`) on the line after `le`. */
const nextIsDelimiterRow = (text: string, le: number): boolean => {
  const next = lineAfter(text, le);
  if (!next || next.ce <= next.cs) return false;
  let dash = false;
  let pipe = false;
  for (let i = next.cs; i < next.ce; i++) {
    const c = codeAt(text, i);
    if (c === 45) dash = true;
    else if (c === 124) pipe = true;
    else if (c !== 58 && !isSpace(c)) return false;
  }
  return dash && pipe;
};

/** Length of the run of `ch` at `cs` (before `ce`). */
const runLength = (text: string, cs: number, ce: number, ch: number): number => {
  let i = cs;
  while (i < ce && codeAt(text, i) === ch) i++;
  return i - cs;
};

/** Setext headings only for a one-line paragraph that does not read as a sentence (contracts use `---` as rules). */
const setextCandidate = (text: string, b: Block): boolean => {
  const nl = text.indexOf('\n', b.start);
  if (nl >= 0 && nl < b.end) return false;
  const last = codeAt(text, b.end - 1);
  return last !== 46 && last !== 44 && last !== 59 && b.end - b.start <= 200;
};

const isThematicBreak = (text: string, cs: number, ce: number, ch: number): boolean => {
  if (ch === 61) return false;
  let count = 0;
  for (let i = cs; i < ce; i++) {
    const c = codeAt(text, i);
    if (c === ch) count++;
    else if (!isSpace(c)) return false;
  }
  return count >= 3;
};

/** The sub-clause levels `st` cut to `k` levels, then `c` as the innermost. */
const putSub = (st: SubLevel[], k: number, c: SubLevel): void => {
  st.length = k;
  st.push(c);
};

/** Records a clause (or a sentence of one) of block `b`. */
const pushRec = (
  recs: ClauseRec[], b: Block, start: number, end: number, kind: ClauseKind, number: string | null, ordinal: number, sentence: number,
): void => {
  recs.push({ start, end, kind, number, section: b.section, role: b.role, ordinal, sentence, label: b.label });
};

/** Resolves pending markers: the clause they apply to (-1 for none) and their target span [start, end). */
const resolveMarkers = (list: readonly PendingMarker[] | null, clause: number, start: number, end: number): void => {
  if (list) {
    for (const m of list) {
      m.clause = clause;
      m.target = { start, end };
    }
  }
};

/**
 * A clause's label from its base: ", paragraph N" when its section has more than one paragraph (`count`), and
 * ", sentence N" for a sentence of a long paragraph.
 */
export const clauseLabel = (base: string, count: number, ordinal: number, sentence: number): string => {
  const label = count <= 1 ? base : `${base}, paragraph ${ordinal}`;
  return sentence > 0 ? `${label}, sentence ${sentence}` : label;
};

/** Output object of a section. */
export const toSection = (s: MSection): Section =>
  freeze({
    start: s.start, end: s.end, number: s.number, title: s.title, kind: s.kind, level: s.level,
    heading: freeze(s.heading), parent: s.parent,
  });

/** Sorted frozen copy of ignored spans (by start, then end). */
export const sortSpans = (spans: readonly Span[]): Span[] =>
  spans.slice().sort((a, b) => a.start - b.start || a.end - b.end).map((x) => freeze(x));

/**
 * Index of the document-title section (0) or -2: a lone level-1 Markdown heading, unnumbered, first in the draft
 * and before any clause, followed by other sections. Its clauses are labelled "Preamble".
 */
export const titleSectionOf = (first: { kind: SectionKind; md: number; start: number } | null, firstClauseStart: number, h1: number, secCount: number): number => {
  if (first === null || first.kind !== 'heading' || first.md !== 1) return -2;
  if (firstClauseStart >= 0 && firstClauseStart <= first.start) return -2;
  return h1 === 1 && secCount > 1 ? 0 : -2;
};

const formKind = (lead: Lead): SectionKind => {
  switch (lead.form) {
    case 'article':
    case 'roman':
      return 'article';
    case 'exhibit':
      return 'exhibit';
    case 'schedule':
      return 'schedule';
    default:
      return 'numbered';
  }
};

const plainRank = (lead: Lead): number => formKind(lead) === 'numbered' ? 10 + Math.max(1, Math.min(lead.depth, 20)) : 10;

const DEFAULT_WORDS: Partial<Record<SectionKind, string>> = { article: 'Article', exhibit: 'Exhibit', schedule: 'Schedule', numbered: 'Section' };

const defaultWord = (kind: SectionKind): string => DEFAULT_WORDS[kind] ?? '';

const headingLabel = (title: string): string => {
  let t = title.replace(/\s+/g, ' ').trim();
  if (t.length === 0) return 'Untitled section';
  if (allCaps(t, 0, t.length)) t = titleCase(t);
  return t.length > LABEL_TITLE_MAX ? `${t.slice(0, LABEL_TITLE_MAX - 1)}…` : t;
};

export const sectionLabel = (s: { kind: SectionKind; number: string | null; title: string; word: string }): string => {
  if (s.kind === 'heading' || s.number === null) return headingLabel(s.title);
  return `${s.word} ${s.number}`;
};

const LOWER_IN_TITLES = wordSet('a|an|and|as|at|by|for|in|of|on|or|the|to|with');

/** Words of a heading in capitals that stay so: initialisms without a vowel ("LLC", "PLC", "LTD") and these. */
const KEEP_CAPS = wordSet('ai|agi|api|ip|nda|sla|sow|eu|uk|usa');

/**
 * "GENERAL PROVISIONS" → "General Provisions", "TERM AND TERMINATION" → "Term and Termination", "QUILLON ANALYTICS
 * LLC" → "Quillon Analytics LLC", "AGI AND IP" → "AGI and IP".
 */
const titleCase = (s: string): string =>
  s.split(' ').map((W, i) => {
    const w = W.toLowerCase();
    const letters = w.replace(/[^a-z]/g, '');
    return i > 0 && LOWER_IN_TITLES.has(w) ? w : KEEP_CAPS.has(letters) || !/[aeiouy]/.test(letters) ? W : W.charAt(0) + w.slice(1);
  }).join(' ');

/** The text of a span. */
const spanText = (text: string, t: Span): string => text.slice(t.start, t.end);

/** Does the (cleaned) title span `t` read as a title? (Never when empty.) */
const REF_END = /(?:\b(?:section|clause|article|paragraph)s?|§)$/i;

const titled = (text: string, t: Span): boolean => titleLike(text, t.start, t.end);

/** Is the (cleaned) title span `t` text that does not read as a title (not empty)? */
const notTitle = (text: string, t: Span): boolean => t.end > t.start && !titled(text, t);

const isSeparator = (c: number): boolean =>
  isDash(c) || c === 58 || c === 46 || c === 40 || c === 42 || c === 95 || c === 34 || c === 0x201c;

const allCaps = (text: string, s: number, e: number): boolean => {
  let letters = 0;
  for (let i = s; i < e; i++) {
    const c = codeAt(text, i);
    if (isLower(c)) return false;
    if (isLetter(c)) letters++;
  }
  return letters >= 2;
};

const endsWithWord = (text: string, cs: number, ce: number, word: string): boolean => {
  const s = ce - word.length;
  if (s < cs || !text.startsWith(word, s)) return false;
  return s === cs || !isLetter(codeAt(text, s - 1));
};

/** Strip `**`/`__`/`*`/`_` wrapping a heading's text. */
const stripEmphasis = (text: string, s: number, e: number): { start: number; end: number } => {
  let a = s;
  let b = e;
  for (let guard = 0; guard < 3 && b - a >= 2; guard++) {
    const c = codeAt(text, a);
    if ((c === 42 || c === 95) && codeAt(text, b - 1) === c) {
      a++;
      b--;
      a = skipSpace(text, a, b);
      b = trimEnd(text, a, b);
    } else break;
  }
  return { start: a, end: b };
};

const subCandidates = (token: string): SubLevel[] => {
  const c = codeAt(token, 0);
  if (c >= 48 && c <= 57) return [{ style: 'd', val: parseInt(token, 10), text: token }];
  const lower = isAsciiLower(c);
  const out: SubLevel[] = [];
  const rv = romanValue(token);
  const roman: SubLevel = { style: lower ? 'lr' : 'ur', val: rv, text: token };
  const alphaVal = sameLetters(token) ? (token.length - 1) * 26 + (token.toLowerCase().charCodeAt(0) - 96) : 0;
  if (token.length > 1 && rv > 0) out.push(roman);
  if (alphaVal > 0) out.push({ style: lower ? 'la' : 'ua', val: alphaVal, text: token });
  if (token.length === 1 && rv > 0) out.push(roman);
  return out;
};
