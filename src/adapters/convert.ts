import { vscode } from './vscode';
import type { Finding, Fix, Severity, Span, Where } from '../core';
import { DOCS_URL, LineIndex } from '../core';
import { PRODUCT } from '../core/codes';
import { memo } from '../core/check/model/util';

/** Where each finding code is documented (README heading anchors are the codes themselves); defined once, in the core. */
export const README_URL = DOCS_URL;
export const DIAGNOSTIC_SOURCE = PRODUCT;

/** A text the core reported offsets into, with a way to turn offsets into editor positions. */
export interface TextRef {
  readonly uri: vscode.Uri;
  positionAt(offset: number): vscode.Position;
  offsetAt(position: vscode.Position): number;
}

export const textRefOfDocument = (doc: vscode.TextDocument): TextRef =>
  ({ uri: doc.uri, positionAt: (o) => doc.positionAt(o), offsetAt: (p) => doc.offsetAt(p) });

/** A text that is not (necessarily) open in an editor, e.g. a term model read from disk. */
export const textRefOfText = (uri: vscode.Uri, text: string): TextRef => {
  const index = new LineIndex(text);
  return {
    uri,
    positionAt: (o) => {
      const p = index.positionAt(o);
      return new vscode.Position(p.line, p.character);
    },
    offsetAt: (p) => index.offsetAt(p.line, p.character),
  };
};

export const toRange = (ref: TextRef, span: Span): vscode.Range =>
  new vscode.Range(ref.positionAt(span.start), ref.positionAt(Math.max(span.start, span.end)));

export const toSpan = (ref: TextRef, range: vscode.Range): Span =>
  ({ start: ref.offsetAt(range.start), end: ref.offsetAt(range.end) });

export const toLocation = (ref: TextRef, span: Span): vscode.Location =>
  new vscode.Location(ref.uri, toRange(ref, span));

export const toSeverity = (s: Severity): vscode.DiagnosticSeverity =>
  vscode.DiagnosticSeverity[s === 'error' ? 'Error' : s === 'warning' ? 'Warning' : s === 'information' ? 'Information' : 'Hint'];

const targets = new Map<string, vscode.Uri>();

/** The documentation link of a finding code (parsed once per code: 500 diagnostics share a few dozen). */
export const codeTarget = (code: string): vscode.Uri => memo(targets, code, () => vscode.Uri.parse(`${README_URL}#${code}`));

/** The texts a finding may point into: `draft` and, when there is one, `model`. */
export type TextRefs = Readonly<Partial<Record<Where, TextRef>>>;

/**
 * Finding → Diagnostic. The range is in `refs[finding.where]`; related locations in either text
 * (a location in a missing text is dropped). Returns undefined when the finding's own text is missing.
 */
/** A Clause Annotator diagnostic with its code, linked to the code's documentation unless `linked` is false. */
export const diagnostic = (range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code: string, linked = true): vscode.Diagnostic => {
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = linked ? { value: code, target: codeTarget(code) } : code;
  return d;
};

export const toDiagnostic = (finding: Finding, refs: TextRefs): vscode.Diagnostic | undefined => {
  const ref = refs[finding.where];
  if (!ref) return undefined;
  const d = diagnostic(toRange(ref, finding), finding.message, toSeverity(finding.severity), finding.code);
  const related: vscode.DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const rr = refs[r.where];
    if (rr) related.push(new vscode.DiagnosticRelatedInformation(toLocation(rr, r), r.message));
  }
  if (related.length > 0) d.relatedInformation = related;
  if (finding.code === 'unused-definition') d.tags = [vscode.DiagnosticTag.Unnecessary];
  return d;
};

/** Fix → WorkspaceEdit (one edit, so it undoes in one step). Undefined when the fix's text is missing. */
export const toWorkspaceEdit = (fix: Fix, refs: TextRefs): vscode.WorkspaceEdit | undefined => {
  const ref = refs[fix.where];
  if (!ref) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(ref.uri, toRange(ref, fix), fix.newText);
  return edit;
};

/** The file name of a URI (`deal.terms.yaml`). */
export const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** A draft's file name without its extension and a `.contract` before it: `lease.contract.md` → `lease`. */
export const draftStem = (uri: vscode.Uri): string => baseName(uri).replace(/\.[^.]*$/, '').replace(/\.contract$/i, '');

/** `file:///x.yaml#L12,5` style link to a span (used in hovers and document links). */
export const linkTo = (ref: TextRef, span: Span): vscode.Uri => {
  const p = ref.positionAt(span.start);
  return ref.uri.with({ fragment: `L${p.line + 1},${p.character + 1}` });
};
