/** The analysis core as a library (dist/core.js). Pure: no vscode, no Node built-ins. */
export * from './types';
export { analyzeDocument, DEFAULT_MAX_LENGTH } from './analyze';
export { parseTermModel } from './model/parse';
export { BUILTIN_TYPES, getTypeInfo } from './classify/catalog';
export { createClassifier } from './classify/classifier';
export type { Classifier } from './classify/classifier';
export { LineIndex } from './text/lineIndex';
export type { Position } from './text/lineIndex';
export { CODE_INFO, codeDocsUrl, DOCS_URL, severityAtLeast } from './codes';
export type { CodeInfo } from './codes';
export { createAnalyzer, runInSlices } from './incremental';
export type { Analyzer, AnalyzerStats, SliceOptions } from './incremental';
