/** Pure builder for "Export Clause Report" (no vscode import). */
import type { Clause, DocumentAnalysis, Value } from '../core';
import { typeTitle } from './format';
import { LineIndex } from '../core';

export type ReportFormat = 'markdown' | 'csv' | 'json';

interface Row {
  readonly clause: string;
  readonly line: number;
  readonly types: string;
  readonly term: string;
  readonly values: string;
  readonly findings: string;
}

const valueText = (v: Value): string => {
  switch (v.kind) {
    case 'date': return v.iso;
    case 'relative-date': return `${v.amount} ${v.unit} ${v.direction} ${v.anchor}`;
    case 'duration': return `${v.amount} ${v.unit}`;
    case 'percent': return `${v.value}%`;
    case 'money': return `${v.currency} ${v.amount}`;
    case 'exclusive': return v.value ? 'exclusive' : 'non-exclusive';
    case 'number-words': return `${v.words.text} (${v.figure.text})`;
  }
};

const rows = (text: string, analysis: DocumentAnalysis): Row[] => {
  const lines = new LineIndex(text);
  return analysis.clauses.filter((c) => c.types.length > 0 || c.term).map((c: Clause) => ({
    clause: c.label,
    line: lines.positionAt(c.start).line + 1,
    types: c.types.map((t) => typeTitle(t.type)).join('; '),
    term: c.term ?? '',
    values: c.values.map(valueText).join('; '),
    findings: analysis.findings.filter((f) => f.where === 'draft' && f.clause === c.index).map((f) => `${f.code}: ${f.message}`).join('; '),
  }));
};

const csvCell = (s: string | number): string => {
  const t = String(s);
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
  const safe = /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const mdCell = (s: string | number): string =>
  String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The clause report of one draft, as Markdown, CSV or JSON. */
export const buildReport = (name: string, text: string, analysis: DocumentAnalysis, format: ReportFormat): string => {
  const rs = rows(text, analysis);
  if (format === 'json') {
    return `${JSON.stringify({ document: name, clauses: rs, findings: analysis.findings.map((f) => ({ code: f.code, severity: f.severity, where: f.where, message: f.message })) }, null, 2)}\n`;
  }
  const header: (keyof Row)[] = ['clause', 'line', 'types', 'term', 'values', 'findings'];
  if (format === 'csv') return `${[header.join(','), ...rs.map((r) => header.map((h) => csvCell(r[h])).join(','))].join('\r\n')}\r\n`;
  const out = [`# Clause report: ${mdCell(name)}`, '', `${rs.length} classified clauses, ${analysis.findings.length} findings.`, ''];
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  for (const r of rs) out.push(`| ${header.map((h) => mdCell(r[h])).join(' | ')} |`);
  return `${out.join('\n')}\n`;
};
