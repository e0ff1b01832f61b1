/**
 * Inputs for the performance-equivalence snapshot (perf-equivalence.test.ts) and the incremental property tests.
 * Everything comes from files in the repository (examples, golden fixtures, vendored CUAD / drafting / AGI
 * texts), so the tests run without ../shared. Not a spec file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseTermModel } from '../../src/core/model/parse';
import { assembleContract, rng } from '../../bench/corpus';
import type { AnalyzeOptions, TermModel } from '../../src/core/types';

export const REPO = path.join(__dirname, '..', '..');

export interface PerfCase {
  readonly name: string;
  readonly text: string;
  readonly model: TermModel | null;
  readonly options?: AnalyzeOptions;
}

function read(p: string): string {
  return fs.readFileSync(p, 'utf8');
}

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function model(p: string): TermModel | null {
  return fs.existsSync(p) ? parseTermModel(read(p)).model : null;
}

export function jsonlTexts(file: string): { id: string; text: string }[] {
  return read(file).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string });
}

/** Clause texts from the vendored CUAD sample, the AGI set and the drafting fixtures. */
export function seedClauses(): string[] {
  const files = [
    path.join(REPO, 'test/fixtures/cuad/sample.jsonl'),
    path.join(REPO, 'test/fixtures/agi/agi.jsonl'),
    ...walk(path.join(REPO, 'test/fixtures/drafting')).filter((f) => f.endsWith('.jsonl')),
  ];
  const out: string[] = [];
  for (const f of files) for (const r of jsonlTexts(f)) out.push(r.text);
  return out;
}

/** A numbered contract of about `size` characters from the given clauses (the benchmark's shape). */
export const buildDraft = assembleContract;
export { rng };

export function perfCases(): PerfCase[] {
  const cases: PerfCase[] = [];
  const exampleModel = model(path.join(REPO, 'examples/microsoft-openai/partnership.terms.yaml'));

  for (const f of walk(path.join(REPO, 'examples')).filter((p) => /\.(md|txt)$/.test(p))) {
    const rel = path.relative(REPO, f);
    const text = read(f);
    cases.push({ name: `${rel} (no model)`, text, model: null });
    cases.push({ name: `${rel} (model)`, text, model: exampleModel });
  }

  for (const dir of walk(path.join(REPO, 'test/golden')).filter((p) => p.endsWith('draft.contract.md')).map((p) => path.dirname(p))) {
    const rel = path.relative(REPO, dir);
    const text = read(path.join(dir, 'draft.contract.md'));
    const m = model(path.join(dir, 'model.terms.yaml'));
    cases.push({ name: `${rel}`, text, model: m });
    if (m) cases.push({ name: `${rel} (no model)`, text, model: null });
  }

  const fixtureModels = walk(path.join(REPO, 'test/fixtures/models')).filter((p) => p.endsWith('.yaml'));
  const jsonl = [
    path.join(REPO, 'test/fixtures/cuad/sample.jsonl'),
    path.join(REPO, 'test/fixtures/agi/agi.jsonl'),
    ...walk(path.join(REPO, 'test/fixtures/drafting')).filter((f) => f.endsWith('.jsonl')),
  ];
  for (const f of jsonl) {
    const rel = path.relative(REPO, f);
    jsonlTexts(f).forEach((r, i) => {
      cases.push({ name: `${rel}#${r.id ?? i}`, text: r.text, model: i % 3 === 0 ? exampleModel : null });
    });
  }

  const seeds = seedClauses();
  cases.push({ name: 'synthetic contract 60k', text: buildDraft(60_000, seeds), model: null });
  for (const m of fixtureModels) {
    cases.push({ name: `synthetic contract 20k + ${path.basename(m)}`, text: buildDraft(20_000, seeds, 37), model: model(m) });
  }
  cases.push({
    name: 'synthetic contract 20k with options',
    text: buildDraft(20_000, seeds, 91),
    model: exampleModel,
    options: {
      severity: { 'undefined-term': 'off', 'unused-definition': 'hint', 'date-order': 'error' },
      customTypes: [{ id: 'audit', title: 'Audit', cues: ['audit', 'books and records'] }],
      maxLength: 15_000,
    },
  });

  // Hostile inputs.
  const r = rng(7);
  let junk = '';
  for (let i = 0; i < 20_000; i++) junk += String.fromCharCode(Math.floor(r() * 0x3000));
  cases.push({ name: 'empty', text: '', model: null });
  cases.push({ name: 'binary junk', text: junk, model: exampleModel });
  cases.push({ name: 'long line', text: `1. ${'The Licensee shall pay "Fees" of $1,000 (one thousand dollars) per Section 3.2 '.repeat(800)}`, model: null });
  cases.push({ name: 'crlf + bom', text: `\ufeff${read(path.join(REPO, 'examples/microsoft-openai/partnership.contract.md')).replace(/\n/g, '\r\n')}`, model: exampleModel });
  return cases;
}
