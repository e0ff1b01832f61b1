/** Export Clause Report: the active draft's clauses, values, links and findings as Markdown, CSV or JSON. */
import { vsLanguages, vsWindow, vsWorkspace } from '../../adapters/vscode';
import { buildReport, type ReportFormat } from '../report';
import { activeDraft, baseName, show, type ActionHandler } from './common';

const REPORT_LANGUAGES: Record<ReportFormat, string> = { markdown: 'markdown', csv: 'csv', json: 'json' };

const isFormat = (x: unknown): x is ReportFormat => typeof x === 'string' && Object.hasOwn(REPORT_LANGUAGES, x);

/**
 * Opens the report in a new untitled editor (saving it, and where, is the user's choice: nothing is written and
 * no file is overwritten). Argument: the format (`markdown`, `csv`, `json`); without it a quick pick asks.
 */
export const exportReport: ActionHandler = async (s, arg) => {
  const d = await activeDraft(s);
  if (!d) return undefined;
  let format: ReportFormat | undefined = isFormat(arg) ? arg : undefined;
  if (!format) {
    const picked = await vsWindow.showQuickPick(
      [
        { label: 'Markdown', description: 'a table to read or paste into a memo', f: 'markdown' as const },
        { label: 'CSV', description: 'for a spreadsheet', f: 'csv' as const },
        { label: 'JSON', description: 'for other tools', f: 'json' as const },
      ],
      { placeHolder: 'Clause report format' },
    );
    format = picked?.f;
  }
  if (!format) return undefined;
  const content = buildReport(baseName(d.editor.document.uri), d.editor.document.getText(), d.entry.analysis, format);
  const languages = await vsLanguages.getLanguages();
  const language = languages.includes(REPORT_LANGUAGES[format]) ? REPORT_LANGUAGES[format] : 'plaintext';
  const doc = await vsWorkspace.openTextDocument({ content, language });
  await show(doc);
  return doc;
};
