import type { Finding, NumberWordsValue } from '../../types';
import type { CheckContext, Rule } from '../context';
import { finding, fix, formatNumber } from './util';
import { asFraction, rewriteFigure, rewriteWords } from './words';

/** Words and figure that disagree: "seven (5) years", "twenty percent (25%)". */
export const numberWordsMismatch: Rule = {
  codes: ['number-words-mismatch'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const clause of ctx.clauses) {
      for (const v of clause.values) {
        if (v.kind !== 'number-words') continue;
        const f = check(v, clause.index);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** n/d with no exact decimal figure (thirds, sixths: d ≤ 16 divides 10^4 exactly when its factors are 2 and 5). */
const repeating = (x: number): [number, number] | null => {
  const f = asFraction(x);
  return f && 1e4 % f[1] ? f : null;
};

/** "66 2/3", not the rounded 66.666667. */
const show = (x: number, f = repeating(x)): string => f ? `${Math.floor(x) || ''} ${f[0] % f[1]}/${f[1]}`.trim() : formatNumber(x);

const check = (v: NumberWordsValue, clause: number): Finding | null => {
  const w = v.wordsValue;
  if (w === null || !Number.isFinite(w) || !Number.isFinite(v.figureValue)) return null;
  if (same(w, v.figureValue)) return null;
  // "two-thirds (66.67%)": a repeating fraction correctly rounded to the figure's two or more decimals agrees
  const dec = /\.\d{2,}/.exec(v.figure.text);
  if (repeating(w) && dec && Math.abs(w - v.figureValue) < 5 / 10 ** dec[0].length) return null;
  const ordinal = v.unit === 'ordinal';
  // "twenty-" at the end of a line, "five" on the next: quoted and rewritten as "twenty-five"
  const words = v.words.text.replace(/-\s*\n\s*/g, '-');
  const figure = v.figure.text;
  const fixes = [];
  // titles follow the draft's order: "Use seven (7)" or "Use $10,000,001 (ten million one dollars)"
  const title = (w2: string, f2: string) => (v.figure.start < v.words.start ? `Use ${f2} (${w2})` : `Use ${w2} (${f2})`);
  // "sixty percent (66⅔%)" → "60%", not "60⅔%"
  const newFigure = rewriteFigure(figure.replace(/[ -]\d+\/\d+|[½⅓⅔¼¾]/, ''), w, ordinal);
  if (newFigure !== null && newFigure !== figure) {
    fixes.push(fix(v.figure, title(words, newFigure), newFigure));
  }
  let newWords = rewriteWords(words, v.figureValue, ordinal);
  // "three-quarters (70%)" → "seventy percent (70%)", not "seventy (70%)"; "five (6) per cent." keeps its one "per cent."
  if (newWords !== null && figure.includes('%') && !/per\s?cent/i.test(newWords)) newWords += ' percent';
  if (newWords !== null && newWords !== words) {
    fixes.push(fix(v.words, title(newWords, figure), newWords));
  }
  return finding({
    code: 'number-words-mismatch',
    severity: 'error',
    span: v,
    clause,
    message: `The words and the figure disagree: "${words}" is ${show(w)} but "${figure}" is ${show(v.figureValue)}.`,
    fixes,
  });
};
