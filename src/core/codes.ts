import type { FindingCode, Severity } from './types';

export interface CodeInfo {
  readonly code: FindingCode;
  /** One line, for SARIF rules, hovers and the README. */
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly group: 'model' | 'drafting' | 'term-model' | 'analysis';
}

/** Documentation of every finding code. The README has a heading (anchor) per code. */
export const CODE_INFO: Readonly<Record<FindingCode, CodeInfo>> = {
  'exclusivity-conflict': { code: 'exclusivity-conflict', group: 'model', defaultSeverity: 'error', title: 'The draft grants (or denies) exclusivity against the term model.' },
  'date-conflict': { code: 'date-conflict', group: 'model', defaultSeverity: 'error', title: "A date in the draft differs from the linked term's or the agreement's date." },
  'value-conflict': { code: 'value-conflict', group: 'model', defaultSeverity: 'error', title: 'A percentage, amount or duration differs from the term model.' },
  'party-conflict': { code: 'party-conflict', group: 'model', defaultSeverity: 'warning', title: 'The wrong party holds, pays or provides.' },
  'forbidden-clause': { code: 'forbidden-clause', group: 'model', defaultSeverity: 'error', title: 'A clause of a type the term model marks `allowed: false`.' },
  'missing-clause': { code: 'missing-clause', group: 'model', defaultSeverity: 'warning', title: 'A `required` term that no clause expresses.' },
  'number-words-mismatch': { code: 'number-words-mismatch', group: 'drafting', defaultSeverity: 'error', title: 'The words and the figure disagree ("seven (5) years").' },
  'inconsistent-values': { code: 'inconsistent-values', group: 'drafting', defaultSeverity: 'warning', title: 'Two clauses state different values for the same thing.' },
  'date-order': { code: 'date-order', group: 'drafting', defaultSeverity: 'error', title: 'Dates in the wrong order (an expiry before the effective date).' },
  'invalid-date': { code: 'invalid-date', group: 'drafting', defaultSeverity: 'error', title: 'An impossible date or a weekday that does not match the date.' },
  'undefined-term': { code: 'undefined-term', group: 'drafting', defaultSeverity: 'warning', title: 'A capitalised term used as a defined term but never defined.' },
  'duplicate-definition': { code: 'duplicate-definition', group: 'drafting', defaultSeverity: 'warning', title: 'A term defined twice.' },
  'unused-definition': { code: 'unused-definition', group: 'drafting', defaultSeverity: 'information', title: 'A term defined and never used.' },
  'broken-reference': { code: 'broken-reference', group: 'drafting', defaultSeverity: 'error', title: 'A reference to a section, clause or exhibit that does not exist.' },
  'model-syntax': { code: 'model-syntax', group: 'term-model', defaultSeverity: 'error', title: 'The term model is not valid YAML.' },
  'model-schema': { code: 'model-schema', group: 'term-model', defaultSeverity: 'error', title: 'Unknown key, wrong type, bad date, percentage, amount or duration in the term model.' },
  'model-reference': { code: 'model-reference', group: 'term-model', defaultSeverity: 'error', title: 'An unknown party, clause type or term id.' },
  'model-date-order': { code: 'model-date-order', group: 'term-model', defaultSeverity: 'error', title: 'An end before a start in the term model.' },
  'analysis-limit': { code: 'analysis-limit', group: 'analysis', defaultSeverity: 'information', title: 'The draft was only partly analysed (size limit, binary content or very long lines).' },
};

/** The product's name, as the user sees it (in messages, the output channel, the diagnostics' source). */
export const PRODUCT = 'Clause Annotator';

/** Base of the documentation links (`Diagnostic.code.target`, SARIF `helpUri`). */
export const DOCS_URL = 'https://github.com/clause-annotator/clause-annotator/blob/main/README.md';

export const codeDocsUrl = (code: string): string => {
  return `${DOCS_URL}#${code}`;
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

export const severityAtLeast = (s: Severity, level: Severity): boolean => {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[level];
};
