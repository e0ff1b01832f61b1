/**
 * Shared by the golden suites: fixture folders, findings as line/character JSON, and the compare-or-rewrite step
 * (`UPDATE_GOLDEN=1` rewrites expected.json on purpose; review the diff).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { Finding } from '../../src/core/types';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

export interface GoldenFinding {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** The draft findings of the given codes, with 0-based line/character ranges. */
export function toGolden(findings: readonly Finding[], draft: string, codes: ReadonlySet<string>): GoldenFinding[] {
  const idx = new LineIndex(draft);
  return findings
    .filter((f) => f.where === 'draft' && codes.has(f.code))
    .map((f) => ({ code: f.code, severity: f.severity, message: f.message, range: { start: idx.positionAt(f.start), end: idx.positionAt(f.end) } }));
}

/** Fixture folder names under root, sorted. */
export function goldenCases(root: string): string[] {
  return fs.existsSync(root) ? fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()).sort() : [];
}

/** Compares with `dir/expected.json`, or writes it (UPDATE_GOLDEN=1, or missing: then the test fails once). */
export function assertGolden(dir: string, name: string, actual: GoldenFinding[]): void {
  const file = path.join(dir, 'expected.json');
  if (UPDATE || !fs.existsSync(file)) {
    fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    if (!UPDATE) assert.fail(`${name}: expected.json was missing and has been written; review it and re-run`);
    return;
  }
  const expected = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldenFinding[];
  assert.deepStrictEqual(actual, expected);
}
