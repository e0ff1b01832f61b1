import type { Finding, Fix, RelatedLocation, Severity, Span } from '../core/types';
import { CODE_INFO, codeDocsUrl, severityAtLeast } from '../core/codes';
import { LineIndex, type Position } from '../core/text/lineIndex';

/** One analysed file's findings, with everything needed to print them in any format. */
export interface FileReport {
  readonly path: string;
  /** Path of the term model applied to this draft (null for none, or for a model file's own entry). */
  readonly model: string | null;
  readonly text: string;
  readonly modelText?: string;
  readonly findings: readonly Finding[];
}

interface JsonRange { start: Position; end: Position }

function rangeOf(index: LineIndex, span: Span): JsonRange {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

class Locator {
  private readonly cache = new Map<string, LineIndex>();
  range(text: string, span: Span): JsonRange {
    let idx = this.cache.get(text);
    if (!idx) {
      idx = new LineIndex(text);
      this.cache.set(text, idx);
    }
    return rangeOf(idx, span);
  }
}

function pathOf(report: FileReport, where: 'draft' | 'model'): string {
  return where === 'model' && report.model ? report.model : report.path;
}

function textOf(report: FileReport, where: 'draft' | 'model'): string {
  return where === 'model' && report.modelText !== undefined ? report.modelText : report.text;
}

export function toJson(reports: readonly FileReport[]): string {
  const loc = new Locator();
  const files = reports.map((r) => ({
    path: r.path,
    model: r.model,
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: loc.range(textOf(r, f.where), f),
      related: f.related.map((rel: RelatedLocation) => ({ path: pathOf(r, rel.where), range: loc.range(textOf(r, rel.where), rel), message: rel.message })),
      fixes: f.fixes.map((fx: Fix) => ({ title: fx.title, path: pathOf(r, fx.where), range: loc.range(textOf(r, fx.where), fx), newText: fx.newText, preferred: fx.preferred === true })),
    })),
  }));
  return JSON.stringify({ version: 1, files }, null, 2);
}

/** `path:line:col severity code message`, 1-based like compilers, then a summary line counting the `drafts` checked. */
export function toText(reports: readonly FileReport[], drafts: number): string {
  const loc = new Locator();
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      const { start } = loc.range(textOf(r, f.where), f);
      counts[f.severity]++;
      lines.push(`${pathOf(r, f.where)}:${start.line + 1}:${start.character + 1} ${f.severity} ${f.code} ${f.message}`);
      for (const rel of f.related) {
        const p = loc.range(textOf(r, rel.where), rel).start;
        lines.push(`  ${pathOf(r, rel.where)}:${p.line + 1}:${p.character + 1} related: ${rel.message}`);
      }
    }
  }
  // (the drafts checked, with findings or none; a term model's own entry is not one)
  lines.push(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.information} information, ${counts.hint} hint(s) in ${drafts} file(s)`);
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function artifact(p: string): { uri: string; uriBaseId?: string } {
  const norm = p.replace(/\\/g, '/');
  return norm.startsWith('/') ? { uri: `file://${encodeURI(norm)}` } : { uri: encodeURI(norm), uriBaseId: '%SRCROOT%' };
}

function region(r: JsonRange): Record<string, number> {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function toSarif(reports: readonly FileReport[], toolVersion: string): string {
  const loc = new Locator();
  const results = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const range = loc.range(textOf(r, f.where), f);
      results.push({
        ruleId: f.code,
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(pathOf(r, f.where)), region: region(range) } }],
        ...(f.related.length > 0 ? {
          relatedLocations: f.related.map((rel, id) => ({
            id,
            message: { text: rel.message },
            physicalLocation: { artifactLocation: artifact(pathOf(r, rel.where)), region: region(loc.range(textOf(r, rel.where), rel)) },
          })),
        } : {}),
        ...(f.fixes.length > 0 ? {
          fixes: f.fixes.map((fx) => ({
            description: { text: fx.title },
            artifactChanges: [{
              artifactLocation: artifact(pathOf(r, fx.where)),
              replacements: [{ deletedRegion: region(loc.range(textOf(r, fx.where), fx)), insertedContent: { text: fx.newText } }],
            }],
          })),
        } : {}),
      });
    }
  }
  const rules = Object.values(CODE_INFO).map((info) => ({
    id: info.code,
    name: info.code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: info.title },
    helpUri: codeDocsUrl(info.code),
    defaultConfiguration: { level: SARIF_LEVEL[info.defaultSeverity] },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Clause Annotator', version: toolVersion, semanticVersion: toolVersion, informationUri: codeDocsUrl('').replace(/#$/, ''), rules } },
      // Relative URIs (uriBaseId %SRCROOT%) resolve against the folder the CLI ran in, as GitHub expects.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(sarif, null, 2);
}

export function reaches(reports: readonly FileReport[], level: Severity | 'none'): boolean {
  if (level === 'none') return false;
  return reports.some((r) => r.findings.some((f) => severityAtLeast(f.severity, level)));
}
