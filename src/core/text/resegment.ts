/**
 * Incremental re-segmentation. `segmentWithState(text)` segments a draft and keeps checkpoints: the segmenter's
 * state at line starts where it is simple (no open paragraph, fence, table, pending marker or title), about every
 * `CHECKPOINT_SPACING` characters. `resegment` resumes the segmenter from the last checkpoint before the edited
 * line's predecessor (the segmenter looks one line ahead), runs it over the new text until its state equals the old
 * run's state at an old checkpoint after the edit (offsets after the edit shifted by the edit's delta, section
 * indexes by the number of sections the re-run added or removed), and splices: everything before the checkpoint is
 * reused, everything after the re-synchronisation point is the old result shifted. Labels that depend on paragraph
 * counts ("Section 4, paragraph 2") of sections enclosing the edit, and the ends of those sections, are updated.
 *
 * The result is always deep-equal to `segmentDocument(newText)`: whatever is not provably local (front matter, the
 * first line, a changed document-title rule, an inconsistent edit) falls back to a full segmentation. See
 * .notes/seg.md for the contract of `head` / `oldTail` / `newTail` / `sectionPivot` / `sectionDelta`.
 */
import type { ClauseSegment, IgnoreMarker, Section, Segmentation, Span, TermMarker } from '../types';
import { bomLength } from './chars';
import { detach } from './detach';
import { scanFrontMatterExtent } from './markers';
import {
  CK, CK_END, clauseLabel, CK_IGN, CK_IGNM, CK_POS, CK_REC, CK_SEC, CK_TERM, type Checkpoint, type CheckpointRest, type MSection, Segmenter, freeze, frozenSegmentation, segmentDocument, sortSpans, titleSectionOf, toSection,
} from './segment';

/** Old text [start, oldEnd) was replaced by new text [start, newEnd). */
export interface SegmentEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Opaque: what `resegment` needs to resume (checkpoints and per-section / per-clause bookkeeping). */
export interface SegmenterState {
  readonly __segmenterState: never;
}

export interface Resegmentation {
  /** Deep-equal to `segmentDocument(newText)`. */
  readonly segmentation: Segmentation;
  /** For the next call. */
  readonly state: SegmenterState;
  /**
   * `clauses[0, head)` are the very same objects as `prev.segmentation.clauses[0, head)`, and each ends at or before
   * `edit.start` (its text is unchanged).
   */
  readonly head: number;
  /**
   * `clauses[newTail, n)` equal `prev.segmentation.clauses[oldTail, m)` (n - newTail === m - oldTail) with `start`
   * and `end` + `delta` and `section` mapped (old index < sectionPivot: unchanged, else + sectionDelta); same kind,
   * number and label. Each starts at or after `edit.newEnd` (its text is unchanged).
   * head <= newTail, head <= oldTail. The clauses in [head, newTail) are new or changed.
   */
  readonly oldTail: number;
  readonly newTail: number;
  /** edit.newEnd - edit.oldEnd. */
  readonly delta: number;
  /** Old section indexes below this are unchanged; the others moved by `sectionDelta`. */
  readonly sectionPivot: number;
  readonly sectionDelta: number;
  /** True when the whole text was segmented again (the edit was not local). */
  readonly full: boolean;
  /** Characters the segmenter went over again (the whole text when `full`). */
  readonly rescanned: number;
}

/** Minimum distance between two checkpoints (UTF-16 units). */
export const CHECKPOINT_SPACING = 1024;

/** Numeric fields per section: start, end, heading start, heading end, parent, level, Markdown level, rank × 2. */
const SF = 8;
/** Numeric fields per clause: start, end, section, paragraph ordinal (role 'para', else 0), sentence number. */
const CF = 5;

/**
 * Everything `resegment` needs, as structure-of-arrays so that shifting the part after an edit reads contiguous
 * memory instead of thousands of scattered objects.
 */
interface State {
  /** Edits must start after this offset to leave the front matter (and the first line) as it was. */
  readonly fmDep: number;
  readonly length: number;
  /**
   * Checkpoints, sorted by position; the first is at the start of the body. Their numbers, `CK` each, in `ckNum`
   * (Float64: a shifted offset may be NaN, which then never matches); their rests (shared between states) in `ckRest`.
   */
  readonly ckNum: Float64Array;
  readonly ckRest: readonly CheckpointRest[];
  readonly sNum: Int32Array;
  /** Section word ("Section", "Clause", "Article"...): not in the output objects. */
  readonly sWord: readonly string[];
  /** Paragraph totals by section index + 1 (0 = before the first section). */
  readonly paraTotal: Int32Array;
  readonly cNum: Int32Array;
  /** Number of level-1 Markdown headings, and the document-title section (0) or -2. */
  readonly h1: number;
  readonly titleSection: number;
}

/** A state that makes the next `resegment` segment in full. */
const noState = (length: number): State => ({
  fmDep: Infinity, length, ckNum: new Float64Array(0), ckRest: [], sNum: new Int32Array(0), sWord: [],
  paraTotal: new Int32Array(1), cNum: new Int32Array(0), h1: 0, titleSection: -2,
});

const asPublic = (s: State): SegmenterState => s as unknown as SegmenterState;

const ckAt = (st: State, k: number): Checkpoint => ({ num: st.ckNum.subarray(k * CK, k * CK + CK), rest: st.ckRest[k] });

const putSection = (num: Int32Array, i: number, s: Section, md: number, rank: number): void => {
  const b = i * SF;
  num[b] = s.start;
  num[b + 1] = s.end;
  num[b + 2] = s.heading.start;
  num[b + 3] = s.heading.end;
  num[b + 4] = s.parent;
  num[b + 5] = s.level;
  num[b + 6] = md;
  num[b + 7] = Math.round(rank * 2);
};

const putClause = (num: Int32Array, i: number, c: ClauseSegment, para: number, sent: number): void => {
  const b = i * CF;
  num[b] = c.start;
  num[b + 1] = c.end;
  num[b + 2] = c.section;
  num[b + 3] = para;
  num[b + 4] = sent;
};

/** `segmentDocument(text)` plus the state `resegment` resumes from. Never throws. */
export const segmentWithState = (text: string): { segmentation: Segmentation; state: SegmenterState } => {
  const steps = segmentWithStateSteps(text, Infinity);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
};

/**
 * `segmentWithState` as steps: the scan pauses (yields) at the first line start where the segmenter could be resumed
 * after every `part` characters, and goes on from there (same result; a step of a large draft then stays short even
 * before the engine has optimised the segmenter).
 */
export function* segmentWithStateSteps(text: string, part: number): Generator<void, { segmentation: Segmentation; state: SegmenterState }, void> {
  try {
    if (typeof text !== 'string') return { segmentation: segmentDocument(text), state: asPublic(noState(0)) };
    const cks: Checkpoint[] = [];
    let last = -Infinity;
    let pauseAt = part;
    let resumedAt = -1;
    const seg = new Segmenter(text, (sg, pos) => {
      if (pos - last >= CHECKPOINT_SPACING) {
        cks.push(sg.snapshot(pos));
        last = pos;
      }
      return pos >= pauseAt && pos !== resumedAt;
    });
    seg.scan();
    while (seg.stoppedAt >= 0) {
      resumedAt = seg.stoppedAt;
      pauseAt = resumedAt + part;
      seg.stoppedAt = -1;
      yield;
      seg.scan(resumedAt);
    }
    if (cks.length === 0) cks.push(seg.snapshot(seg.bodyStart)); // empty body: the initial state
    const segmentation = text.length === 0 ? segmentDocument(text) : seg.finishRun();
    const ckNum = new Float64Array(cks.length * CK);
    for (let k = 0; k < cks.length; k++) ckNum.set(cks[k].num, k * CK);
    const secs = seg.sections;
    const ns = secs.length;
    const sNum = new Int32Array(ns * SF);
    const paraTotal = new Int32Array(ns + 1);
    paraTotal[0] = seg.paraOf(-1);
    let h1 = 0;
    for (let i = 0; i < ns; i++) {
      const s = secs[i];
      putSection(sNum, i, segmentation.sections[i], s.md, s.rank);
      paraTotal[i + 1] = seg.paraOf(i);
      if (s.md === 1) h1++;
    }
    const nr = seg.recs.length;
    const cNum = new Int32Array(nr * CF);
    for (let i = 0; i < nr; i++) {
      const r = seg.recs[i];
      putClause(cNum, i, segmentation.clauses[i], r.role === 'para' ? r.ordinal : 0, r.sentence);
    }
    const bodyFrom = bomLength(text);
    const state: State = {
      fmDep: scanFrontMatterExtent(text, bodyFrom).dependsUpTo, length: text.length, ckNum, ckRest: cks.map((c) => c.rest),
      sNum, sWord: secs.map((x) => x.word), paraTotal, cNum, h1, titleSection: seg.titleSection,
    };
    return { segmentation, state: asPublic(state) };
  } catch {
    return { segmentation: segmentDocument(text), state: asPublic(noState(typeof text === 'string' ? text.length : 0)) };
  }
}

/**
 * Segmentation of `newText`, obtained from the previous one (of `prevText`) and the edit between them. The result's
 * `segmentation` is always deep-equal to `segmentDocument(newText)`. Never throws.
 */
export const resegment = (
  prevText: string, prev: { segmentation: Segmentation; state: SegmenterState }, newText: string, edit: SegmentEdit,
): Resegmentation => {
  try {
    const r = local(prevText, prev.segmentation, prev.state as unknown as State, newText, edit);
    if (r) return r;
  } catch {
    // fall through to a full segmentation
  }
  try {
    return full(prev.segmentation, newText, edit);
  } catch {
    // `prev` is not a previous result: nothing can be reused.
    const { segmentation, state } = segmentWithState(newText);
    return resultOf(segmentation, state, 0, 0, segmentation.clauses.length, 0, 0, 0, typeof newText === 'string' ? newText.length : 0);
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Full fallback
// ---------------------------------------------------------------------------------------------------------------

const full = (old: Segmentation, newText: string, edit: SegmentEdit): Resegmentation => {
  const { segmentation, state } = segmentWithState(newText);
  const ok = isEdit(edit);
  const delta = ok ? edit.newEnd - edit.oldEnd : 0;
  const oldC = old.clauses;
  const newC = segmentation.clauses;
  if (!ok) {
    return resultOf(segmentation, state, 0, oldC.length, newC.length, delta, 0, 0, newText.length);
  }
  // Reuse the old objects of an unchanged prefix.
  let head = 0;
  const lim = Math.min(oldC.length, newC.length);
  while (head < lim && oldC[head].end <= edit.start && sameClause(oldC[head], newC[head])) head++;
  let seg = segmentation;
  if (head > 0) {
    const clauses = newC.slice();
    for (let i = 0; i < head; i++) clauses[i] = oldC[i];
    seg = freeze({ ...segmentation, clauses: freeze(clauses) });
  }
  let pivot = 0;
  while (pivot < old.sections.length && old.sections[pivot].start < edit.start) pivot++;
  const secDelta = segmentation.sections.length - old.sections.length;
  const t = tailOf(oldC, seg.clauses, head, oldC.length, seg.clauses.length, delta, edit.oldEnd, pivot, secDelta);
  return resultOf(seg, state, head, t.oldTail, t.newTail, delta, pivot, secDelta, typeof newText === 'string' ? newText.length : 0);
};

/** Is `edit` an edit (integer offsets)? */
const isEdit = (edit: SegmentEdit): boolean =>
  !!edit && Number.isInteger(edit.start) && Number.isInteger(edit.oldEnd) && Number.isInteger(edit.newEnd);

/** A result (by default of a full segmentation), fields in the order of `Resegmentation`. */
const resultOf = (
  segmentation: Segmentation, state: SegmenterState, head: number, oldTail: number, newTail: number, delta: number,
  sectionPivot: number, sectionDelta: number, rescanned: number, full = true,
): Resegmentation =>
  ({ segmentation, state, head, oldTail, newTail, delta, sectionPivot, sectionDelta, full, rescanned });

const sameClause = (a: ClauseSegment, b: ClauseSegment): boolean =>
  a.start === b.start && a.end === b.end && a.kind === b.kind && a.number === b.number && a.section === b.section &&
    a.label === b.label;

/** Extend a tail backwards: new clauses equal to old ones shifted (positions by delta, sections by the mapping). */
const tailOf = (
  oldC: readonly ClauseSegment[], newC: readonly ClauseSegment[], head: number, oldTail: number, newTail: number,
  delta: number, oldEnd: number, pivot: number, secDelta: number,
): { oldTail: number; newTail: number } => {
  while (oldTail > head && newTail > head) {
    const o = oldC[oldTail - 1];
    const c = newC[newTail - 1];
    if (o.start < oldEnd) break;
    if (c.start !== o.start + delta || c.end !== o.end + delta || c.kind !== o.kind || c.number !== o.number || c.label !== o.label) break;
    if (c.section !== (o.section < pivot ? o.section : o.section + secDelta)) break;
    oldTail--;
    newTail--;
  }
  return { oldTail, newTail };
};

// ---------------------------------------------------------------------------------------------------------------
// Local re-segmentation
// ---------------------------------------------------------------------------------------------------------------

const local = (prevText: string, old: Segmentation, st: State, newText: string, edit: SegmentEdit): Resegmentation | null => {
  if (typeof prevText !== 'string' || typeof newText !== 'string' || !isEdit(edit)) return null;
  const { start, oldEnd, newEnd } = edit;
  if (start < 0 || oldEnd < start || newEnd < start || oldEnd > prevText.length || newEnd > newText.length) return null;
  if (prevText.length !== st.length || newText.length - newEnd !== prevText.length - oldEnd) return null;
  const { ckNum, ckRest, sNum, cNum, sWord, paraTotal: oldTotal } = st;
  const nCk = ckRest.length;
  if (nCk === 0) return null;
  let fmDep = st.fmDep;
  if (!(start > fmDep)) {
    // Within the front-matter scan's reach: still local when there is no front matter before and none after (the first
    // line is not `---`) and the BOM is untouched.
    if (old.frontMatter !== null || start === 0 || fmDep === Infinity) return null;
    const bodyFrom = bomLength(newText);
    if (bodyFrom !== bomLength(prevText) || newText.startsWith('---', bodyFrom)) return null;
    const fe = scanFrontMatterExtent(newText, bodyFrom);
    if (fe.scan !== null) return null;
    fmDep = fe.dependsUpTo;
  }
  if (old.sections.length * SF !== sNum.length || old.clauses.length * CF !== cNum.length) return null;
  const delta = newEnd - oldEnd;

  // Resume point: the last checkpoint at or before the line preceding the edited line (that line looks one ahead).
  const ls = start > 0 ? prevText.lastIndexOf('\n', start - 1) + 1 : 0;
  const pls = ls > 1 ? prevText.lastIndexOf('\n', ls - 2) + 1 : 0;
  if (ckNum[0] > ls) return null;
  const limit = Math.max(pls, ckNum[0]);
  let lo = 0;
  let hi = nCk - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ckNum[mid * CK] <= limit) lo = mid;
    else hi = mid - 1;
  }
  const ci = lo;
  const ck = ckAt(st, ci);
  const ckStack = ck.rest.stack;
  const K = ck.num[CK_SEC];
  const R = ck.num[CK_REC];
  const oldSecs = old.sections;
  const oldC = old.clauses;
  const mSec = oldSecs.length;
  const m = oldC.length;

  /** Old offset → new offset (NaN inside the replaced range). */
  const T = (p: number): number => (p >= oldEnd ? p + delta : p <= start ? p : NaN);

  // Rebuild the sections open at the checkpoint.
  const openSecs = new Map<number, MSection>();
  for (const i of ckStack) {
    const o = oldSecs[i];
    // (a section's fields in their order, then the segmenter's; its heading is copied: the run may change its end)
    openSecs.set(i, { ...o, heading: { ...o.heading }, rank: sNum[i * SF + 7] / 2, md: sNum[i * SF + 6], word: sWord[i], label: '' });
  }

  const newCks: Checkpoint[] = [];
  const from = ck.num[CK_POS];
  let last = from;
  let oi = ci + 1;
  let sync: Checkpoint | null = null;
  let syncIdx = -1;
  const seg = new Segmenter(newText, (sg, pos) => {
    if (pos >= newEnd) {
      const op = pos - delta;
      while (oi < nCk && ckNum[oi * CK] < op) oi++;
      if (oi < nCk && ckNum[oi * CK] === op) {
        const c = ckAt(st, oi);
        if (sameState(sg, c, K, T, st, oldSecs)) {
          sync = c;
          syncIdx = oi;
          return true;
        }
      }
    }
    if (pos - last >= CHECKPOINT_SPACING) {
      newCks.push(sg.snapshot(pos));
      last = pos;
    }
    return false;
  }, { ck, openSections: openSecs });
  seg.scan(from);
  const o = sync as Checkpoint | null;
  if (o === null) seg.close();

  const oSecP = o ? o.num[CK_SEC] : mSec;
  const oRecP = o ? o.num[CK_REC] : m;
  const regionSecs = seg.sections;
  const regionRecs = seg.recs;
  const nrs = regionSecs.length;
  const nrc = regionRecs.length;
  // (new indexes) the re-run's sections and clauses end here: the old ones after the re-synchronisation point follow
  const secEnd = seg.secCount;
  const recEnd = seg.recCount;
  const secDelta = secEnd - oSecP;
  const recDelta = recEnd - oRecP;
  const nSecNew = secEnd + (mSec - oSecP);
  const nNew = recEnd + (m - oRecP);

  // Document-title rule (global): when it changes, labels change everywhere — segment in full.
  let h1 = st.h1;
  for (let i = K; i < oSecP; i++) if (sNum[i * SF + 6] === 1) h1--;
  for (const x of regionSecs) if (x.md === 1) h1++;
  let first: { kind: Section['kind']; md: number; start: number } | null = null;
  if (K > 0) first = { kind: oldSecs[0].kind, md: sNum[6], start: sNum[0] };
  else if (nrs > 0) first = regionSecs[0];
  else if (oSecP < mSec) first = { kind: oldSecs[oSecP].kind, md: sNum[oSecP * SF + 6], start: sNum[oSecP * SF] + delta };
  const firstClause = R > 0 ? cNum[0] : nrc > 0 ? regionRecs[0].start : oRecP < m ? cNum[oRecP * CF] + delta : -1;
  const titleSection = titleSectionOf(first, firstClause, h1, nSecNew);
  if (titleSection !== st.titleSection) return null;
  seg.titleSection = titleSection;

  // Paragraph totals of the sections still open at the re-synchronisation point are the old totals.
  if (o) {
    const oStack = o.rest.stack;
    if (oStack.length === 0) seg.setPara(-1, oldTotal[0]);
    for (let j = 0; j < oStack.length; j++) seg.setPara(seg.stack[j], oldTotal[oStack[j] + 1]);
  }
  const stillOpen = (i: number): boolean => o !== null && seg.stack.indexOf(i) >= 0;

  // ---- Sections (output objects and numeric state)
  const sections: Section[] = oldSecs.slice(0, K);
  const sNum2 = new Int32Array(nSecNew * SF);
  sNum2.set(sNum.subarray(0, K * SF), 0);
  for (const i of ckStack) {
    const os = oldSecs[i];
    const end = stillOpen(i) ? T(os.end) : (openSecs.get(i) as MSection).end;
    if (Number.isNaN(end)) return null;
    if (end !== os.end) {
      sections[i] = { ...os, end };
      sNum2[i * SF + 1] = end;
    }
  }
  for (let k = 0; k < nrs; k++) {
    const ms = regionSecs[k];
    const i = K + k;
    if (stillOpen(i)) {
      ms.end = T(sNum[(i - secDelta) * SF + 1]);
      if (Number.isNaN(ms.end)) return null;
    }
    // kept across later edits: detached from this version of the text (see detach)
    if (ms.number !== null) ms.number = detach(ms.number);
    ms.title = detach(ms.title);
    ms.word = detach(ms.word);
    const out = toSection(ms);
    sections.push(out);
    putSection(sNum2, i, out, ms.md, ms.rank);
  }
  // the old ones after the re-synchronisation point, copied and then shifted in place
  sNum2.set(sNum.subarray(oSecP * SF), secEnd * SF);
  for (let j = oSecP, b = secEnd * SF; j < mSec; j++, b += SF) {
    const p = sNum2[b + 4];
    const parent = p < K ? p : p + secDelta;
    const s0 = (sNum2[b] += delta);
    const s1 = (sNum2[b + 1] += delta);
    const h0 = (sNum2[b + 2] += delta);
    const h1e = (sNum2[b + 3] += delta);
    sNum2[b + 4] = parent;
    const os = oldSecs[j];
    sections.push(delta === 0 && parent === p ? os : {
      start: s0, end: s1, number: os.number, title: os.title, kind: os.kind, level: sNum2[b + 5],
      heading: { start: h0, end: h1e }, parent,
    });
  }

  // ---- Clauses
  const clauses: ClauseSegment[] = oldC.slice(0, R);
  const cNum2 = new Int32Array(nNew * CF);
  cNum2.set(cNum.subarray(0, R * CF), 0);
  // Paragraph labels before the checkpoint change when their section's paragraph count crosses 1.
  let firstChanged = R;
  const affected: number[] = [];
  const candidates = K === 0 ? [-1] : ckStack;
  for (const x of candidates) {
    if ((oldTotal[x + 1] <= 1) !== (seg.paraOf(x) <= 1)) affected.push(x);
  }
  if (affected.length > 0) {
    let minStart = Infinity;
    for (const x of affected) minStart = Math.min(minStart, x < 0 ? 0 : sNum[x * SF]);
    for (let i = R - 1; i >= 0 && cNum[i * CF] >= minStart; i--) {
      const sec = cNum[i * CF + 2];
      const para = cNum[i * CF + 3];
      if (para === 0 || affected.indexOf(sec) < 0) continue;
      const label = clauseLabel(seg.baseLabel(sec), seg.paraOf(sec), para, cNum[i * CF + 4]);
      const c = oldC[i];
      if (label !== c.label) {
        clauses[i] = { ...c, label: detach(label) };
        firstChanged = i;
      }
    }
  }
  let head = firstChanged;
  for (let k = 0; k < nrc; k++) {
    const i = R + k;
    const r = regionRecs[k];
    const c = seg.toClause(r);
    const same = i < m && sameClause(oldC[i], c);
    if (same && head === i && c.end <= start) head = i + 1;
    clauses.push(same ? oldC[i] : freeze({ ...c, number: c.number === null ? null : detach(c.number), label: detach(c.label) }));
    putClause(cNum2, i, c, r.role === 'para' ? r.ordinal : 0, r.sentence);
  }
  cNum2.set(cNum.subarray(oRecP * CF), recEnd * CF);
  for (let j = oRecP, b = recEnd * CF; j < m; j++, b += CF) {
    const sec = cNum2[b + 2];
    const section = sec < K ? sec : sec + secDelta;
    const c0 = (cNum2[b] += delta);
    const c1 = (cNum2[b + 1] += delta);
    cNum2[b + 2] = section;
    const oc = oldC[j];
    clauses.push(delta === 0 && section === sec ? oc : { start: c0, end: c1, kind: oc.kind, number: oc.number, section, label: oc.label });
  }

  // ---- Ignored spans and markers
  const ignored: Span[] = old.ignored.slice(0, ck.num[CK_IGN]);
  for (const g of sortSpans(seg.ignored)) ignored.push(g);
  const termMarkers: TermMarker[] = old.termMarkers.slice(0, ck.num[CK_TERM]);
  const ignoreMarkers: IgnoreMarker[] = old.ignoreMarkers.slice(0, ck.num[CK_IGNM]);
  seg.outputMarkers(termMarkers, ignoreMarkers);
  if (o) {
    for (let j = o.num[CK_IGN]; j < old.ignored.length; j++) {
      const g = old.ignored[j];
      ignored.push(delta === 0 ? g : { start: g.start + delta, end: g.end + delta });
    }
    for (let j = o.num[CK_TERM]; j < old.termMarkers.length; j++) {
      const t = old.termMarkers[j];
      const clause = t.clause < 0 ? t.clause : t.clause + recDelta;
      termMarkers.push(delta === 0 && clause === t.clause ? t : {
        start: t.start + delta, end: t.end + delta, termId: t.termId, idSpan: { start: t.idSpan.start + delta, end: t.idSpan.end + delta },
        clause,
      });
    }
    for (let j = o.num[CK_IGNM]; j < old.ignoreMarkers.length; j++) {
      const g = old.ignoreMarkers[j];
      ignoreMarkers.push(delta === 0 ? g : {
        start: g.start + delta, end: g.end + delta, codes: g.codes, target: { start: g.target.start + delta, end: g.target.end + delta },
      });
    }
  }

  const segmentation = frozenSegmentation(old.frontMatter, sections, clauses, ignored, termMarkers, ignoreMarkers);

  // ---- State for the next call
  const tailCks = o ? nCk - syncIdx : 0;
  const nCk2 = ci + 1 + newCks.length + tailCks;
  const ckNum2 = new Float64Array(nCk2 * CK);
  ckNum2.set(ckNum.subarray(0, (ci + 1) * CK), 0);
  const ckRest2 = ckRest.slice(0, ci + 1);
  for (let k = 0; k < newCks.length; k++) {
    ckNum2.set(newCks[k].num, (ci + 1 + k) * CK);
    ckRest2.push(newCks[k].rest);
  }
  if (o) {
    // the counts' shifts (sections, clauses, ignored spans, term markers, ignore markers)
    const now = seg.numbers(0);
    const on = o.num;
    const mapSec = (i: number): number => (i < K ? i : i + secDelta);
    // the old checkpoints from the re-synchronisation point on, copied and then shifted in place
    ckNum2.set(ckNum.subarray(syncIdx * CK, nCk * CK), (ci + 1 + newCks.length) * CK);
    for (let j = syncIdx, b = (ci + 1 + newCks.length) * CK; j < nCk; j++, b += CK) {
      ckNum2[b + CK_POS] += delta;
      for (let k = CK_SEC; k < CK_END; k++) ckNum2[b + k] += now[k] - on[k];
      ckNum2[b + CK_END] = T(ckNum2[b + CK_END]);
      const rest = ckRest[j];
      const stack = rest.stack;
      ckRest2.push(secDelta !== 0 && stack.length > 0 && stack[stack.length - 1] >= K ? { ...rest, stack: stack.map(mapSec) } : rest);
    }
  }
  const paraTotal = new Int32Array(nSecNew + 1);
  paraTotal.set(oldTotal.subarray(0, K + 1), 0);
  if (K === 0) paraTotal[0] = seg.paraOf(-1);
  for (const i of ckStack) paraTotal[i + 1] = seg.paraOf(i);
  for (let k = 0; k < nrs; k++) paraTotal[K + k + 1] = seg.paraOf(K + k);
  paraTotal.set(oldTotal.subarray(oSecP + 1), K + nrs + 1);
  const state: State = {
    fmDep, length: newText.length, ckNum: ckNum2, ckRest: ckRest2, sNum: sNum2,
    sWord: splice(sWord, K, regionSecs.map((x) => x.word), oSecP), paraTotal, cNum: cNum2, h1, titleSection,
  };

  const t = tailOf(oldC, clauses, head, oRecP, recEnd, delta, oldEnd, K, secDelta);
  return resultOf(segmentation, asPublic(state), head, t.oldTail, t.newTail, delta, K, secDelta, (seg.stoppedAt >= 0 ? seg.stoppedAt : newText.length) - from, false);
};

/** a[0, k) + mid + a[from, end). */
const splice = <T>(a: readonly T[], k: number, mid: readonly T[], from: number): T[] => {
  const out = a.slice(0, k);
  for (const x of mid) out.push(x);
  for (let j = from; j < a.length; j++) out.push(a[j]);
  return out;
};

/** Is the re-run's state at a line start the old run's state at checkpoint `c`, up to the shift? */
const sameState = (
  sg: Segmenter, c: Checkpoint, K: number, T: (p: number) => number, st: State, oldSecs: readonly Section[],
): boolean => {
  const o = c.rest;
  if (sg.stack.length !== o.stack.length || sg.numbers(0)[CK_END] !== T(c.num[CK_END])) return false;
  const carried = sg.carried();
  for (let j = 0; j < carried.length; j++) if (carried[j] !== o.carried[j]) return false;
  if (sg.sub.length !== o.sub.length) return false;
  for (let j = 0; j < o.sub.length; j++) {
    const a = sg.sub[j];
    const b = o.sub[j];
    if (a.style !== b.style || a.val !== b.val || a.text !== b.text) return false;
  }
  if (o.stack.length === 0 && sg.paraOf(-1) !== o.para0) return false;
  const secDelta = sg.secCount - c.num[CK_SEC];
  const n = st.sNum;
  for (let j = 0; j < o.stack.length; j++) {
    const oi = o.stack[j];
    const ni = sg.stack[j];
    if (ni !== (oi < K ? oi : oi + secDelta)) return false;
    if (sg.paraOf(ni) !== o.paraStack[j]) return false;
    if (oi >= K) {
      const a = sg.sec(ni);
      const b = oi * SF;
      if (a.start !== T(n[b]) || a.heading.start !== T(n[b + 2]) || a.heading.end !== T(n[b + 3])) return false;
      const os = oldSecs[oi];
      if (a.number !== os.number || a.title !== os.title || a.kind !== os.kind || a.level !== n[b + 5]) return false;
      const p = n[b + 4];
      if (a.parent !== (p < K ? p : p + secDelta)) return false;
      if (Math.round(a.rank * 2) !== n[b + 7] || a.md !== n[b + 6] || a.word !== st.sWord[oi]) return false;
    }
  }
  return true;
};
