/**
 * Drafting-check accuracy: findings per code over the real CUAD excerpts (real contract text is mostly correct, so
 * most of these are false positives to read), and precision/recall per code over the labelled sets in
 * test/fixtures/drafting/. `runDraftingBench()` returns the figures (the lead's bench/accuracy.ts reuses it).
 *
 *   npx tsx bench/drafting.ts            figures
 *   npx tsx bench/drafting.ts --show C   also print the CUAD excerpts that code C flags, and labelled-set misses
 *   npx tsx bench/drafting.ts --perf     also time the drafting rules on ~1 MB of contract text
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../src/core/analyze';
import { DRAFT_RULES } from '../src/core/check/draft';
import type { CheckContext } from '../src/core/check/context';
import type { DocumentAnalysis, Finding } from '../src/core/types';

export const DRAFTING_CODES = DRAFT_RULES.flatMap((r) => r.codes) as string[];

export interface CodeScore {
  readonly rows: number;
  readonly positives: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** null when nothing was flagged. */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly misses: readonly { id: string; label: boolean; found: string[] }[];
}

export interface FlaggedExcerpt {
  readonly id: string;
  readonly code: string;
  readonly message: string;
  readonly excerpt: string;
}

export interface DraftingBenchResult {
  readonly cuad: {
    readonly present: boolean;
    readonly dir: string;
    readonly excerpts: number;
    readonly findingsByCode: Record<string, number>;
    readonly flagged: readonly FlaggedExcerpt[];
  };
  readonly labelled: Record<string, CodeScore>;
}

interface Row { id: string; text: string; label: boolean }

function readJsonl(file: string): Row[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

function draftFindings(a: DocumentAnalysis): Finding[] {
  return a.findings.filter((f) => f.where === 'draft' && DRAFTING_CODES.includes(f.code));
}

export function runDraftingBench(opts: { root?: string; cuadDir?: string } = {}): DraftingBenchResult {
  const root = opts.root ?? path.join(__dirname, '..');
  const cuadDir = opts.cuadDir ?? path.join(root, '..', 'shared', 'data', 'cuad');
  const findingsByCode: Record<string, number> = Object.fromEntries(DRAFTING_CODES.map((c) => [c, 0]));
  const flagged: FlaggedExcerpt[] = [];
  let excerpts = 0;
  const present = fs.existsSync(cuadDir);
  if (present) {
    const seen = new Set<string>();
    for (const file of fs.readdirSync(cuadDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const row of readJsonl(path.join(cuadDir, file))) {
        if (seen.has(row.text)) continue; // the same excerpt appears in several files
        seen.add(row.text);
        excerpts++;
        for (const f of draftFindings(analyzeDocument(row.text))) {
          findingsByCode[f.code]++;
          flagged.push({ id: row.id, code: f.code, message: f.message, excerpt: row.text.slice(Math.max(0, f.start - 80), f.end + 80) });
        }
      }
    }
  }

  const labelled: Record<string, CodeScore> = {};
  const dir = path.join(root, 'test', 'fixtures', 'drafting');
  for (const code of DRAFTING_CODES) {
    const file = path.join(dir, `${code}.jsonl`);
    if (!fs.existsSync(file)) continue;
    let tp = 0, fp = 0, fn = 0, tn = 0;
    const misses: CodeScore['misses'][number][] = [];
    const rows = readJsonl(file);
    for (const row of rows) {
      const found = draftFindings(analyzeDocument(row.text));
      const hit = found.some((f) => f.code === code);
      if (hit && row.label) tp++;
      else if (hit) fp++;
      else if (row.label) fn++;
      else tn++;
      if (hit !== row.label) misses.push({ id: row.id, label: row.label, found: found.map((f) => `${f.code}: ${f.message}`) });
    }
    labelled[code] = {
      rows: rows.length, positives: rows.filter((r) => r.label).length, tp, fp, fn, tn,
      precision: tp + fp > 0 ? tp / (tp + fp) : null,
      recall: tp + fn > 0 ? tp / (tp + fn) : null,
      misses,
    };
  }
  return { cuad: { present, dir: cuadDir, excerpts, findingsByCode, flagged }, labelled };
}

/** Time each drafting rule on a context built by analyzeDocument over ~1 MB of contract text. */
export function timeRules(root = path.join(__dirname, '..')): { chars: number; msByCode: Record<string, number>; analyzeMs: number } {
  const goldDir = path.join(root, 'test', 'golden', 'drafting');
  const parts = fs.existsSync(goldDir)
    ? fs.readdirSync(goldDir).map((d) => path.join(goldDir, d, 'draft.contract.md')).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, ''))
    : ['This Agreement shall expire on December 31, 2030.\n\n'];
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += parts[i % parts.length].replace(/## (\d+)\./g, (_m, n) => `## ${Number(n) + 3 * i}.`) + '\n\n';
  const t0 = performance.now();
  const a = analyzeDocument(text);
  const analyzeMs = performance.now() - t0;
  const ctx: CheckContext = {
    text, segmentation: { frontMatter: a.frontMatter, sections: a.sections, clauses: a.clauses, ignored: [], termMarkers: a.termMarkers, ignoreMarkers: [] },
    clauses: a.clauses, definitions: a.definitions, termUses: a.termUses, references: a.references, model: null, termLinks: a.termLinks,
  };
  const msByCode: Record<string, number> = {};
  for (const rule of DRAFT_RULES) {
    const t = performance.now();
    for (let k = 0; k < 3; k++) rule.check(ctx);
    msByCode[rule.codes.join('+')] = (performance.now() - t) / 3;
  }
  return { chars: text.length, msByCode, analyzeMs };
}

function pct(x: number | null): string {
  return x === null ? '  n/a' : x.toFixed(3);
}

function main(argv: string[]): void {
  const show = argv.includes('--show') ? argv[argv.indexOf('--show') + 1] : undefined;
  const r = runDraftingBench();
  console.log('Drafting checks');
  if (!r.cuad.present) console.log(`  CUAD excerpts: ABSENT (${r.cuad.dir} not found); corpus counts skipped`);
  else {
    console.log(`  CUAD excerpts analysed: ${r.cuad.excerpts} (distinct texts from ${r.cuad.dir})`);
    console.log('  findings per code on CUAD (real text: mostly false positives):');
    for (const c of DRAFTING_CODES) console.log(`    ${c.padEnd(24)} ${String(r.cuad.findingsByCode[c]).padStart(5)}`);
  }
  console.log('  labelled sets (test/fixtures/drafting):');
  console.log(`    ${'code'.padEnd(24)} rows  true    tp   fp   fn  precision recall`);
  for (const [c, s] of Object.entries(r.labelled)) {
    console.log(`    ${c.padEnd(24)} ${String(s.rows).padStart(4)} ${String(s.positives).padStart(5)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(8)} ${pct(s.recall).padStart(6)}`);
  }
  if (show) {
    console.log(`\nCUAD excerpts flagged with ${show}:`);
    for (const f of r.cuad.flagged.filter((x) => x.code === show)) console.log(`  [${f.id}] ${f.message}\n      …${f.excerpt.replace(/\s+/g, ' ')}…`);
    const s = r.labelled[show];
    if (s) for (const m of s.misses) console.log(`  labelled ${m.label ? 'MISSED' : 'FALSE+'} ${m.id}: ${m.found.join(' | ') || '(no drafting findings)'}`);
  }
  if (argv.includes('--perf')) {
    const t = timeRules();
    console.log(`\nRule timing on ${t.chars.toLocaleString('en-US')} chars (analyzeDocument total ${t.analyzeMs.toFixed(1)} ms):`);
    for (const [c, ms] of Object.entries(t.msByCode)) console.log(`    ${c.padEnd(24)} ${ms.toFixed(2)} ms`);
  }
}

if (require.main === module) main(process.argv.slice(2));
