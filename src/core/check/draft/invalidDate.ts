import type { DateValue, Finding } from '../../types';
import type { CheckContext, Rule } from '../context';
import { finding, fix } from './util';
import { asMeant } from '../model/date';
import { WEEKDAYS, daysInMonth, monthName, weekdayIndex } from '../../extract/dates';

/**
 * Impossible dates (February 30, 2026) and weekdays that do not match the date. Not per clause: "01/06/2026" is read
 * in the draft's order (1 June when its other dates are day first), which the other clauses decide.
 */
export const invalidDate: Rule = {
  codes: ['invalid-date'],
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const clause of ctx.clauses) {
      for (const v of clause.values) {
        if (v.kind !== 'date') continue;
        const f = check(ctx.text, asMeant(ctx, v), clause.index);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

const usable = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

const check = (text: string, v: DateValue, clause: number): Finding | null => {
  const { year, month, day } = v;
  if (!usable(year) || !usable(month) || !usable(day) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const why = month < 1 || month > 12
      ? `there is no month ${month}`
      : day < 1 ? `there is no day ${day}` : `${monthName(month)} ${year} has ${daysInMonth(year, month)} days`;
    return finding({
      code: 'invalid-date', severity: 'error', span: v, clause,
      message: `"${v.text}" is not a real date: ${why}.`,
    });
  }
  const ww = v.writtenWeekday;
  if (!ww || typeof ww.name !== 'string') return null;
  const actual = WEEKDAYS[weekdayIndex(year, month, day)];
  const written = ww.name.trim().toLowerCase();
  if (written.length < 3 || actual.toLowerCase().startsWith(written.replace(/\.$/, ''))) return null;
  if (!WEEKDAYS.some((d) => d.toLowerCase().startsWith(written.replace(/\.$/, '').slice(0, 3)))) return null;
  const src = ww.end > ww.start && ww.end <= text.length ? text.slice(ww.start, ww.end) : ww.name;
  const replacement = styled(actual, src);
  // the date as the draft writes it ("2 March 2026"), without its weekday
  const dateText = ww.start >= v.start && ww.end <= v.end ? v.text.slice(ww.end - v.start).replace(/^[\s,.]+/, '') : v.text;
  return finding({
    code: 'invalid-date', severity: 'error', span: { start: ww.start, end: ww.end }, clause,
    message: `${dateText} is a ${actual}, not a ${WEEKDAYS.find((d) => d.toLowerCase().startsWith(written.slice(0, 3))) ?? ww.name}.`,
    fixes: [fix(ww, `Change "${src}" to "${replacement}"`, replacement, true)],
  });
};

/** The right weekday written like the wrong one: "MON." → "TUE.", "Monday" → "Tuesday". */
const styled = (actual: string, written: string): string => {
  const letters = written.replace(/[^A-Za-z]/g, '');
  const abbrev = letters.length > 0 && letters.length < 6 && !WEEKDAYS.some((d) => d.toLowerCase() === letters.toLowerCase());
  let out = abbrev ? actual.slice(0, Math.min(letters.length, 3)) : actual;
  if (letters.length > 1 && letters === letters.toUpperCase()) out = out.toUpperCase();
  else if (letters.length > 0 && letters === letters.toLowerCase()) out = out.toLowerCase();
  if (abbrev && written.trim().endsWith('.')) out += '.';
  return out;
};
