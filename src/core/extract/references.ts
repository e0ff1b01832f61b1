import type { Reference } from '../types';
import { caseVariants, trieSource } from './trie';
import { isDigit, textBefore } from '../text/chars';

/*
 * "Section 12.4", "Sections 3.1 and 3.2", "Section 2.3(a)", "Clause 5", "Article IV", "Exhibit B", "Schedule 1",
 * "Annex A", "Appendix 2", "this Section 5", "this Article". One global regex finds the keyword and its
 * first label; a sticky regex then walks a bounded list of further labels ("and 3.2", ", 3.3 or 3.4").
 */

type Kind = Reference['kind'];

/** Numbers such as 12, 12.4, 2.3(a)(ii), 5.1.2; roman numerals; letters with an optional number (A, B-1). */
const SUB = String.raw`(?:[ \t\xa0]?\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,3}|[A-Z]{1,2})\)){0,4}`;
// (not a prefix of a longer number: "section 1124 of the Corporation Tax Act 2010" is no "section 112")
const NUM_LABEL = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}(?!\d)\.?${SUB}`;
const ROMAN_LABEL = String.raw`[IVXLCivxlc]{1,7}\b(?:\.\d{1,3}){0,3}${SUB}`;
const LETTER_LABEL = String.raw`[A-Z]{1,2}\d{0,2}(?:-[A-Z]{0,2}\d{1,3})?\b`;
const SEC_LABEL = `(?:${NUM_LABEL}|${ROMAN_LABEL})`;
const ANNEX_LABEL = `(?:${NUM_LABEL}|${LETTER_LABEL}|[IVXLC]{1,7}\\b)`;

/** Each keyword Capitalised and in CAPITALS; "section(s)" and "clause(s)" also in lower case (32 words). */
const KEYWORDS = [
  ...caseVariants(['section', 'sections', 'clause', 'clauses']),
  ...caseVariants(['Article', 'Articles', 'Exhibit', 'Exhibits', 'Schedule', 'Schedules', 'Annex', 'Annexes', 'Appendix', 'Appendices']),
];
/**
 * The keyword alone, as a prefix-factored literal alternation (fast to scan); "this" before it and the label
 * after it are read with short sticky / end-anchored regexes.
 */
const REF = new RegExp(`\\b${trieSource(KEYWORDS)}\\b|§§?`, 'g');
const LABEL = new RegExp(`[ \\t\\xa0]{1,3}(${SEC_LABEL}|${ANNEX_LABEL})`, 'y');
/** A section's, article's or clause's number hard-wrapped to the next line ("The provisions of Article⏎VI shall survive"). */
const WRAPPED = new RegExp(`[ \\t\\xa0]{0,3}\\r?\\n[ \\t\\xa0]{0,8}(${SEC_LABEL})`, 'y');
const THIS_BEFORE = /\b(?:this|This|THIS)[ \t\xa0]{1,3}$/;
const MORE = new RegExp(String.raw`(?:[ \t\xa0]{0,2},[ \t\xa0]{0,2}(?:and|or)?|[ \t\xa0]{1,3}(?:and|or|through|to|and/or)|[ \t\xa0]{0,2}(?:-|–|&)[ \t\xa0]{0,2})[ \t\xa0]{0,3}(${SEC_LABEL}|${ANNEX_LABEL})`, 'y');

/** "§7" and "§ 7". */
const LABEL0 = new RegExp(`[ \\t\\xa0]{0,3}(${SEC_LABEL})`, 'y');
const STICKY_LABEL0 = (text: string, pos: number): RegExpExecArray | null => {
  LABEL0.lastIndex = pos;
  return LABEL0.exec(text);
};

const UNIT_AFTER = /[ \t\xa0]{0,2}(?:%|(?:calendar |business )?(?:days?|weeks?|months?|years?|percent)\b)/iy;

/** The kind of one of the KEYWORDS (or "§"), told by its first two letters: no lowercase copy. */
const kindOf = (keyword: string): Kind => {
  const a = keyword.charCodeAt(0) | 32;
  const b = keyword.charCodeAt(1) | 32;
  if (a === 99) return 'clause';
  if (a === 101) return 'exhibit';
  if (a === 97) return b === 114 ? 'article' : b === 110 ? 'annex' : 'appendix';
  return a === 115 && b === 99 ? 'schedule' : 'section';
};

/** Without its final ".", if any. */
const noDot = (s: string): string => s.endsWith('.') ? s.slice(0, -1) : s;

const startsWithDigit = (s: string): boolean => isDigit(s.charCodeAt(0));

const normalise = (label: string, kind: Kind): string => {
  let t = label.replace(/[ \t\xa0]+/g, '').replace(/\.(?=\(|$)/, '');
  if (kind === 'article' || kind === 'section') {
    // roman numerals in capitals
    const m = startsWithDigit(t) ? null : /^([ivxlc]{1,7})(?=$|[.(])/i.exec(t);
    if (m) t = m[1].toUpperCase() + t.slice(m[1].length);
  }
  return t;
};

const validLabel = (label: string, kind: Kind): boolean => {
  // Letters are only labels of exhibits, schedules, annexes and appendices; roman numerals also of articles/sections.
  if (startsWithDigit(label)) return true;
  if (/^[IVXLCivxlc]{1,7}(?=$|[.( ])/.test(label)) {
    // lowercase roman only as "Section iv"? reject lowercase for exhibits (those use capitals)
    return kind === 'article' || kind === 'section' || kind === 'clause' || /^[IVXLC]/.test(label);
  }
  return kind === 'exhibit' || kind === 'schedule' || kind === 'annex' || kind === 'appendix';
};

/** "Section 12.4", "Exhibit B", "this Section 5". Sorted by start; offsets shifted by `offset`. */
export const extractReferences = (text: string, offset = 0): Reference[] => {
  const out: Reference[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    REF.lastIndex = 0;
    for (let m = REF.exec(text); m; m = REF.exec(text)) {
      const keyword = m[0];
      const kind = kindOf(keyword);
      // "Sections", "Appendices" ("Annex" and "Appendix" do not end in s)
      const endsInS = (keyword.charCodeAt(keyword.length - 1) | 32) === 115;
      const kwStart = m.index;
      const self = THIS_BEFORE.test(textBefore(text, kwStart, 8));
      LABEL.lastIndex = kwStart + keyword.length;
      let lm = keyword.startsWith('§') ? STICKY_LABEL0(text, kwStart + keyword.length) : LABEL.exec(text);
      if (!lm && (kind === 'section' || kind === 'article' || kind === 'clause')) {
        WRAPPED.lastIndex = kwStart + keyword.length;
        lm = WRAPPED.exec(text);
      }
      const label = lm ? lm[1] : undefined;
      if (label === undefined) {
        // "this Article", "this Section": the enclosing one
        if (self && !endsInS) {
          out.push({ kind, target: '', start: kwStart + offset, end: kwStart + keyword.length + offset, text: keyword, self: true });
        }
        continue;
      }
      const matchEnd = (lm as RegExpExecArray).index + (lm as RegExpExecArray)[0].length;
      const trimmedLabel = noDot(label);
      if (!validLabel(trimmedLabel, kind)) continue;
      const end = matchEnd - (label.length - trimmedLabel.length);
      out.push({ kind, target: normalise(trimmedLabel, kind), start: kwStart + offset, end: end + offset, text: text.slice(kwStart, end), self });
      // Further labels: "Sections 3.1 and 3.2", "Sections 3.1, 3.2 and 3.4", "Sections 3.1 through 3.5".
      let pos = matchEnd;
      const plural = endsInS || keyword === '§§';
      for (let n = 0; plural && n < 20; n++) {
        MORE.lastIndex = pos;
        const mm = MORE.exec(text);
        if (!mm) break;
        const lab = noDot(mm[1]);
        if (!validLabel(lab, kind)) break;
        // a different kind of label than the first (e.g. "Section 5 and A") ends the list
        if (startsWithDigit(lab) !== startsWithDigit(trimmedLabel)) break;
        UNIT_AFTER.lastIndex = pos + mm[0].length;
        if (UNIT_AFTER.test(text)) break;
        const ls = pos + mm[0].length - mm[1].length;
        const le = ls + lab.length;
        out.push({ kind, target: normalise(lab, kind), start: ls + offset, end: le + offset, text: text.slice(ls, le), self: false });
        pos = pos + mm[0].length;
      }
      REF.lastIndex = Math.max(REF.lastIndex, pos);
    }
  } catch {
    // never throw
  }
  return out;
};
