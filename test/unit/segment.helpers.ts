/** Helpers for the segmentation tests: expected offsets are computed from the text itself, never hard-coded. */
import * as assert from 'assert';
import type { ClauseSegment, Segmentation, Span } from '../../src/core/types';

/** Span of the `nth` (0-based) occurrence of `needle` in `text`, at or after `from`. Fails the test if absent. */
export function spanOf(text: string, needle: string, nth = 0, from = 0): Span {
  let at = text.indexOf(needle, from);
  for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `test fixture does not contain ${JSON.stringify(needle)}`);
  return { start: at, end: at + needle.length };
}

/** The clause whose text starts with `prefix` (exactly one must). */
export function clauseStarting(seg: Segmentation, text: string, prefix: string): ClauseSegment {
  const found = seg.clauses.filter((c) => text.startsWith(prefix, c.start));
  assert.strictEqual(found.length, 1, `expected one clause starting with ${JSON.stringify(prefix)}, got ${found.length}`);
  return found[0];
}

/** Clause texts, in order. */
export function clauseTexts(seg: Segmentation, text: string): string[] {
  return seg.clauses.map((c) => text.slice(c.start, c.end));
}

export function isWs(ch: string): boolean {
  return /\s/.test(ch) || ch === '\uFEFF';
}

/** Structural invariants every segmentation must satisfy. Throws (assert) with a message on violation. */
export function checkInvariants(text: string, seg: Segmentation): void {
  const n = text.length;
  let prevEnd = 0;
  seg.clauses.forEach((c, i) => {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end), `clause ${i} offsets are integers`);
    assert.ok(c.start >= 0 && c.end <= n && c.start < c.end, `clause ${i} [${c.start}, ${c.end}) within [0, ${n}] and non-empty`);
    assert.ok(c.start >= prevEnd, `clause ${i} starts at ${c.start} before the previous one ended (${prevEnd})`);
    assert.ok(!isWs(text[c.start]) && !isWs(text[c.end - 1]), `clause ${i} is trimmed`);
    assert.ok(c.section >= -1 && c.section < seg.sections.length, `clause ${i} section index`);
    assert.ok(typeof c.label === 'string' && c.label.length > 0, `clause ${i} has a label`);
    prevEnd = c.end;
  });
  seg.sections.forEach((s, i) => {
    assert.ok(s.start >= 0 && s.end <= n && s.start <= s.end, `section ${i} within bounds`);
    assert.ok(s.heading.start === s.start && s.heading.end <= s.end && s.heading.start <= s.heading.end, `section ${i} heading inside it`);
    assert.ok(s.parent >= -1 && s.parent < i, `section ${i} parent precedes it`);
    if (s.parent >= 0) {
      const p = seg.sections[s.parent];
      assert.strictEqual(s.level, p.level + 1, `section ${i} level = parent level + 1`);
      assert.ok(p.start <= s.start && s.end <= p.end, `section ${i} nested in its parent`);
    } else assert.strictEqual(s.level, 1, `section ${i} top level`);
    if (i > 0) assert.ok(seg.sections[i - 1].start <= s.start, `sections sorted (${i})`);
  });
  for (const g of seg.ignored) assert.ok(g.start >= 0 && g.end <= n && g.start <= g.end, 'ignored span within bounds');
  // No clause starts strictly inside an ignored region (both lists are sorted: one merge pass).
  let gi = 0;
  for (const c of seg.clauses) {
    while (gi < seg.ignored.length && seg.ignored[gi].end <= c.start) gi++;
    for (let k = gi; k < seg.ignored.length && seg.ignored[k].start < c.start; k++) {
      const g = seg.ignored[k];
      assert.ok(!(c.start > g.start && c.start < g.end), `clause at ${c.start} starts inside ignored [${g.start}, ${g.end})`);
    }
  }
  for (let i = 1; i < seg.ignored.length; i++) assert.ok(seg.ignored[i - 1].start <= seg.ignored[i].start, 'ignored sorted');
  for (const m of seg.termMarkers) {
    assert.ok(m.clause >= -1 && m.clause < seg.clauses.length, 'term marker clause index');
    assert.ok(m.start <= m.idSpan.start && m.idSpan.end <= m.end, 'term id inside marker');
    assert.strictEqual(text.slice(m.idSpan.start, m.idSpan.end), m.termId);
    if (m.clause >= 0) assert.ok(seg.clauses[m.clause].start >= m.end, 'term marker clause after marker');
  }
  for (const m of seg.ignoreMarkers) assert.ok(m.target.start >= m.end && m.target.end <= n && m.target.start <= m.target.end, 'ignore target after marker');
  if (seg.frontMatter) {
    const fm = seg.frontMatter;
    assert.ok(fm.start >= 0 && fm.end <= n);
    if (fm.termsSpan) assert.strictEqual(text.slice(fm.termsSpan.start, fm.termsSpan.end), fm.terms);
  }
}
