/** Pure text formatting for hovers, lenses and reports (no vscode import). */
import type { DurationUnit, Finding, ModelTerm, TermModel, Value } from '../core';
import { ISO_DATE, WEEKDAYS, isoOf } from '../core/extract/dates';
import { TERM_FIELDS as FIELD_KINDS } from '../core/model/schema';
import { PRODUCT } from '../core/codes';
import { typeTitle as checksTypeTitle } from '../core/check/model/util';

export const parseIso = (iso: string): Date | undefined => {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, day] = [+m[1], +m[2] - 1, +m[3]];
  const d = new Date(Date.UTC(y, mo, day));
  return d.getUTCFullYear() === y && d.getUTCMonth() === mo && d.getUTCDate() === day ? d : undefined;
};

export const weekdayOf = (iso: string): string | undefined => {
  const d = parseIso(iso);
  return d ? WEEKDAYS[d.getUTCDay()] : undefined;
};

/** `iso` moved by amount × unit (business days skip weekends; months clamp to the month's last day). */
export const addDuration = (iso: string, amount: number, unit: DurationUnit, direction: 'after' | 'before' = 'after'): string | undefined => {
  const d = parseIso(iso);
  if (!d || !Number.isFinite(amount) || Math.abs(amount) > 10_000) return undefined;
  const sign = direction === 'before' ? -1 : 1;
  const n = Math.round(amount) * sign;
  switch (unit) {
    case 'day':
    case 'week': d.setUTCDate(d.getUTCDate() + (unit === 'week' ? 7 * n : n)); break;
    case 'business-day': {
      let left = Math.abs(n);
      const step = Math.sign(n);
      while (left > 0) {
        d.setUTCDate(d.getUTCDate() + step);
        const wd = d.getUTCDay();
        if (wd !== 0 && wd !== 6) left--;
      }
      break;
    }
    default: {
      const months = unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n;
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + months);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
    }
  }
  return isoOf(d);
};

/** "1 clause", "2 clauses". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const unitText = (amount: number, unit: DurationUnit): string =>
  plural(amount, unit === 'business-day' ? 'business day' : unit);

export const formatNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

export const formatMoney = (amount: number, currency: string): string =>
  `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`;

/** One line describing a value's normalised reading (Markdown). `effective` resolves relative dates to the Effective Date. */
export const describeValue = (v: Value, effective?: string): string => {
  switch (v.kind) {
    case 'date': {
      if (!v.valid) return `**Date** \`${v.iso}\` — not a real calendar date`;
      const wd = v.weekday ?? weekdayOf(v.iso);
      let s = `**Date** \`${v.iso}\`${wd ? ` (${wd})` : ''}`;
      if (v.writtenWeekday && wd && v.writtenWeekday.name.toLowerCase() !== wd.toLowerCase()) s += ` — the text says ${v.writtenWeekday.name}`;
      return s;
    }
    case 'relative-date': {
      let s = `**Relative date** ${unitText(v.amount, v.unit)} ${v.direction} the ${v.anchor}`;
      if (effective && /effective\s+date/i.test(v.anchor)) {
        const iso = addDuration(effective, v.amount, v.unit, v.direction);
        if (iso) s += ` = \`${iso}\` (${weekdayOf(iso)}), with the Effective Date \`${effective}\``;
      }
      return s;
    }
    case 'duration': return `**Duration** ${unitText(v.amount, v.unit)}`;
    case 'percent': return `**Percentage** ${formatNumber(v.value)}%`;
    case 'money': return `**Amount** ${formatMoney(v.amount, v.currency)}`;
    case 'exclusive': return `**Exclusivity** ${v.value ? 'exclusive' : 'non-exclusive'}`;
    case 'number-words': {
      const w = v.wordsValue === null ? 'unreadable' : formatNumber(v.wordsValue);
      const agree = v.wordsValue !== null && v.wordsValue === v.figureValue;
      return `**Number** words “${v.words.text}” = ${w}; figure “${v.figure.text}” = ${formatNumber(v.figureValue)}${agree ? ' (they agree)' : ' — **they disagree**'}`;
    }
  }
};

/** The term model's fields in their order, but `notes` (free text for people, not shown). */
const TERM_FIELDS = Object.keys(FIELD_KINDS).filter((f) => f !== 'notes') as readonly (keyof ModelTerm)[];

/** `field: value` lines of a model term, parties by name. */
export const termFields = (term: ModelTerm, model: TermModel): string[] => {
  const out: string[] = [];
  for (const f of TERM_FIELDS) {
    const v: unknown = term[f];
    if (v === undefined) continue;
    let s: string;
    if (f === 'amount' && term.amount) s = formatMoney(term.amount.amount, term.amount.currency);
    else if (f === 'duration' && term.duration) s = unitText(term.duration.amount, term.duration.unit);
    else if ((f === 'rate' || f === 'percent') && typeof v === 'number') s = `${formatNumber(v)}%`;
    else if (typeof v === 'string' && model.parties[v]) s = `${model.parties[v].name} (${v})`;
    else s = String(v);
    out.push(`${f}: ${s}`);
  }
  return out;
};

/** A clause type's title: built in, else from the model's `clauseTypes`, else its id (the checks' typeTitle, the model optional). */
export const typeTitle = checksTypeTitle as (id: string, model?: TermModel | null) => string;

export const severityIcon = (f: Pick<Finding, 'severity'>): string =>
  f.severity === 'error' ? '$(error)' : f.severity === 'warning' ? '$(warning)' : '$(info)';

/** "3 clauses · 1 conflict" */
export const usageSummary = (clauses: number, conflicts: number): string =>
  `${plural(clauses, 'clause')} · ${plural(conflicts, 'conflict')}`;

/** Escape text for Markdown in hovers. */
export const md = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** What the user is told when a document could not be analysed (a notification, a diagnostic). */
export const analysisFailed = (error: string | undefined): string =>
  `${PRODUCT} could not analyse this document: ${error ?? 'unknown error'}. Details in Output › ${PRODUCT}.`;
