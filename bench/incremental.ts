/**
 * Incremental re-analysis benchmark (issue 8): median and 95th percentile of `createAnalyzer().analyze` after
 * random one-character edits of the ~1 MB contract, each next to one plain regex scan of the same text measured
 * in the same run (interleaved with the edits, so load changes hit both). Also reports the largest synchronous
 * slice (the longest single call) and, to explain the figure, the document-wide stages every edit still pays.
 *
 *   npx tsx bench/incremental.ts [--quick] [--json]
 *
 * `runIncrementalBench(opts)` is what bench/bench.ts calls. Figures are printed, never asserted.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildContract, median, percentile, rng, ROOT } from './corpus';
import type * as Core from '../src/core';
import { segmentDocument } from '../src/core/text/segment';
import { extractDefinitions, findTermUses } from '../src/core/extract/definitions';

export interface IncrementalBenchOptions {
  /** Number of one-character edits (default 1,000; `quick` → 100). */
  readonly edits?: number;
  readonly quick?: boolean;
  /** Seed of the edit positions and characters (default 1). */
  readonly seed?: number;
  /** The core to measure (default: the production bundle dist/core.js when built, else the sources). */
  readonly core?: typeof Core;
  /** The text (default: buildContract(1_000_000)). */
  readonly text?: string;
}

export interface IncrementalBenchResult {
  readonly edits: number;
  readonly textLength: number;
  readonly source: string;
  /** Wall-clock ms of one incremental re-analysis after a one-character edit. */
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Median ms of one plain regex scan (`/\b(?:shall|exclusive)\b/g`) of the same text, same run. */
  readonly scanMs: number;
  readonly medianRatio: number;
  readonly p95Ratio: number;
  /** Target: p95 ≤ 2 × one regex scan. */
  readonly target: string;
  readonly ok: boolean;
  /** Median ms of a full `analyzeDocument` of the same text (3 runs), for comparison. */
  readonly fullMs: number;
  /** Largest synchronous slice: the longest single `analyze` call, first (cold) analysis included. */
  readonly largestSliceMs: number;
  /**
   * Largest single step of `analyzer.steps()` (what `runInSlices` cannot split), over a cold analysis and some
   * edits: the longest the extension host is blocked when the editor drives the analysis in slices.
   */
  readonly largestStepMs: number;
  /**
   * The same in a fresh process, where nothing is optimised yet by the engine: the first analysis of the contract and
   * the first three edits after it (what the editor does right after opening a draft). Null without dist/core.js.
   */
  readonly coldProcessLargestStepMs: number | null;
  /** Steps per analysis, and which step was the largest (0 = segmentation, then clause batches, stages, rules). */
  readonly stepsPerAnalysis: number;
  readonly largestStepIndex: number;
  readonly coldMs: number;
  /** Heap growth from after the first analysis to after all the edits, MB (null without --expose-gc). */
  readonly heapGrowthMb: number | null;
  /** Mean clauses re-classified per edit, and mean reused. */
  readonly meanComputed: number;
  readonly meanReused: number;
  /** Median ms of whole-document stages (same run) that an edit replaces by their incremental versions. */
  readonly stagesMs: { readonly segment: number; readonly definitions: number; readonly termUses: number };
  /**
   * The same edits by kind, to explain the figures: a replaced character moves nothing (every offset after it stays),
   * an inserted or deleted one moves everything after it; and those by how much of the text follows the edit.
   */
  readonly byKind: {
    readonly replaced: EditTimes;
    readonly moving: EditTimes;
    /** Inserts and deletes in the first quarter of the text (three quarters or more of it moves)... */
    readonly movingFirstQuarter: EditTimes;
    /** ...and in the last quarter (a quarter or less moves). */
    readonly movingLastQuarter: EditTimes;
  };
}

export interface EditTimes {
  readonly edits: number;
  readonly medianMs: number;
  readonly p95Ms: number;
}

function editTimes(times: readonly number[]): EditTimes {
  return { edits: times.length, medianMs: times.length ? median([...times]) : NaN, p95Ms: times.length ? percentile([...times], 95) : NaN };
}


/** Largest synchronous step of a first analysis and three edits, in a new Node process (see coldProcessLargestStepMs). */
function coldProcessLargestStep(text: string): number | null {
  const bundle = path.join(ROOT, 'dist', 'core.js');
  if (!fs.existsSync(bundle)) return null;
  const file = path.join(os.tmpdir(), `clause-bench-cold-${process.pid}.txt`);
  fs.writeFileSync(file, text);
  const script = `
    const core = require(${JSON.stringify(bundle)});
    let text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
    const a = core.createAnalyzer();
    let largest = 0;
    const run = () => { const it = a.steps(text); for (;;) { const t = process.hrtime.bigint(); const r = it.next();
      largest = Math.max(largest, Number(process.hrtime.bigint() - t) / 1e6); if (r.done) return; } };
    run();
    for (const at of [0.5, 0.25, 0.75]) { const i = Math.floor(text.length * at); text = (text.slice(0, i) + 'x' + text.slice(i)).split('\\n').join('\\n'); run(); }
    process.stdout.write(String(largest));`;
  try {
    return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  } catch {
    return null;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function loadCore(): typeof Core {
  const bundle = path.join(ROOT, 'dist', 'core.js');
  if (fs.existsSync(bundle)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(bundle) as typeof Core;
    if (typeof built.createAnalyzer === 'function') return built; // else a bundle older than the incremental API
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../src/core') as typeof Core;
}

function ms(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * The edited text as one flat string, as the editor hands it over (`TextDocument.getText()` joins the document's
 * lines into a new string). A `+` concatenation would be a rope that the first reader pays to flatten (≈1 ms for
 * 1 MB), a cost of this harness, not of the analysis. Done outside the timed region.
 */
function flat(s: string): string {
  return s.split('\n').join('\n');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz ,.;"()0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\n';

/** Heap in use after a full garbage collection (null when the process was started without --expose-gc). */
function heapUsed(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function runIncrementalBench(opts: IncrementalBenchOptions = {}): IncrementalBenchResult {
  const core = opts.core ?? loadCore();
  const edits = opts.edits ?? (opts.quick ? 100 : 1000);
  const corpus = opts.text === undefined ? buildContract(1_000_000) : { text: opts.text, source: 'given text' };
  let text = corpus.text;
  const rand = rng(opts.seed ?? 1);

  const scanRe = /\b(?:shall|exclusive)\b/g;
  const scan = (): number => { let n = 0; scanRe.lastIndex = 0; while (scanRe.exec(text)) n++; return n; };
  for (let i = 0; i < 3; i++) scan();

  const fullTimes: number[] = [];
  for (let i = 0; i < 3; i++) fullTimes.push(ms(() => core.analyzeDocument(text)));

  const analyzer = core.createAnalyzer();
  const coldMs = ms(() => analyzer.analyze(text));
  const heapAfterCold = heapUsed();

  const times: number[] = [];
  const scans: number[] = [];
  /** Per edit: replaced (nothing moves), and the share of the text after the edit. */
  const replaced: boolean[] = [];
  const after: number[] = [];
  let computed = 0;
  let reused = 0;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * text.length);
    const ch = LETTERS[Math.floor(rand() * LETTERS.length)];
    const op = rand();
    text = flat(op < 0.4 ? text.slice(0, at) + ch + text.slice(at) // insert
      : op < 0.7 ? text.slice(0, at) + text.slice(at + 1) // delete
        : text.slice(0, at) + ch + text.slice(at + 1)); // replace
    times.push(ms(() => analyzer.analyze(text)));
    replaced.push(op >= 0.7);
    after.push(1 - at / text.length);
    const s = analyzer.stats();
    computed += s.computed;
    reused += s.reused;
    if (i % 5 === 0) scans.push(ms(scan));
  }
  for (let i = 0; i < 5; i++) scans.push(ms(scan));
  // what the edits left behind: the analyzer should hold about one version of the draft, whatever the edit count
  const heapGrowthMb = heapAfterCold === null ? null : ((heapUsed() as number) - heapAfterCold) / 1e6;

  // Step-driven analyses (as the editor runs them with runInSlices): a cold one, then edits.
  let largestStepMs = 0;
  let largestStepIndex = -1;
  let stepsPerAnalysis = 0;
  const stepped = core.createAnalyzer();
  for (let i = 0; i < (opts.quick ? 5 : 20); i++) {
    if (i > 0) {
      const at = Math.floor(rand() * text.length);
      text = flat(text.slice(0, at) + LETTERS[Math.floor(rand() * LETTERS.length)] + text.slice(at));
    }
    const it = stepped.steps(text);
    let k = 0;
    for (;;) {
      const t = process.hrtime.bigint();
      const r = it.next();
      const d = Number(process.hrtime.bigint() - t) / 1e6;
      if (d > largestStepMs) {
        largestStepMs = d;
        largestStepIndex = k;
      }
      k++;
      if (r.done) break;
    }
    stepsPerAnalysis = k;
  }

  const stage = (fn: () => unknown): number => median([ms(fn), ms(fn), ms(fn)]);
  const seg = segmentDocument(text);
  const defs = extractDefinitions(text, seg.clauses);
  const stagesMs = {
    segment: stage(() => segmentDocument(text)),
    definitions: stage(() => extractDefinitions(text, seg.clauses)),
    termUses: stage(() => findTermUses(text, defs, seg.ignored)),
  };

  const scanMs = median(scans);
  const medianMs = median(times);
  const p95Ms = percentile(times, 95);
  const maxMs = Math.max(...times);
  return {
    edits,
    textLength: text.length,
    source: corpus.source,
    medianMs,
    p95Ms,
    maxMs,
    scanMs,
    medianRatio: medianMs / scanMs,
    p95Ratio: p95Ms / scanMs,
    target: 'p95 ≤ 2 × one regex scan',
    ok: p95Ms <= 2 * scanMs,
    fullMs: median(fullTimes),
    largestSliceMs: Math.max(maxMs, coldMs),
    largestStepMs,
    coldProcessLargestStepMs: coldProcessLargestStep(text),
    stepsPerAnalysis,
    largestStepIndex,
    coldMs,
    heapGrowthMb,
    meanComputed: computed / edits,
    meanReused: reused / edits,
    stagesMs,
    byKind: {
      replaced: editTimes(times.filter((_, i) => replaced[i])),
      moving: editTimes(times.filter((_, i) => !replaced[i])),
      movingFirstQuarter: editTimes(times.filter((_, i) => !replaced[i] && after[i] >= 0.75)),
      movingLastQuarter: editTimes(times.filter((_, i) => !replaced[i] && after[i] <= 0.25)),
    },
  };
}

export interface ModelEditsResult {
  readonly edits: number;
  readonly textLength: number;
  readonly findings: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly scanMs: number;
}

/**
 * What the editor's keystroke figure types into: the shipped example draft repeated to ~1 MB, with its term model
 * (thousands of findings, most of them conflicts with the model), random one-character edits.
 */
export function runModelEditsBench(opts: { readonly core?: typeof Core; readonly quick?: boolean } = {}): ModelEditsResult {
  const core = opts.core ?? loadCore();
  const dir = path.join(ROOT, 'examples', 'microsoft-openai');
  const unit = fs.readFileSync(path.join(dir, 'partnership.contract.md'), 'utf8');
  const model = core.parseTermModel(fs.readFileSync(path.join(dir, 'partnership.terms.yaml'), 'utf8')).model;
  let text = '';
  while (text.length < 1_000_000) text += `${unit}\n\n`;
  text = flat(text);
  const scanRe = /\b(?:shall|exclusive)\b/g;
  const scan = (): number => { let n = 0; scanRe.lastIndex = 0; while (scanRe.exec(text)) n++; return n; };
  const analyzer = core.createAnalyzer();
  const findings = analyzer.analyze(text, model).findings.length;
  const rand = rng(7);
  const edits = opts.quick ? 50 : 300;
  const times: number[] = [];
  const scans: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * text.length);
    text = flat(text.slice(0, at) + LETTERS[Math.floor(rand() * LETTERS.length)] + text.slice(at + (rand() < 0.5 ? 1 : 0)));
    times.push(ms(() => analyzer.analyze(text, model)));
    if (i % 5 === 0) scans.push(ms(scan));
  }
  return { edits, textLength: text.length, findings, medianMs: median(times), p95Ms: percentile(times, 95), scanMs: median(scans) };
}

if (require.main === module) {
  const r = runIncrementalBench({ quick: process.argv.includes('--quick') });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    const f = (n: number): string => n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
    console.log(`Incremental re-analysis, ${r.edits} random one-character edits, ${r.textLength.toLocaleString('en-US')} chars (${r.source})`);
    console.log(`  median ${f(r.medianMs)} ms (${f(r.medianRatio)}× scan) · p95 ${f(r.p95Ms)} ms (${f(r.p95Ratio)}× scan) · max ${f(r.maxMs)} ms`);
    console.log(`  baseline: one regex scan ${f(r.scanMs)} ms · full analysis ${f(r.fullMs)} ms (${f(r.fullMs / r.scanMs)}× scan) · cold incremental ${f(r.coldMs)} ms`);
    console.log(`  target ${r.target} → ${r.ok ? 'OK' : 'MISSED'} · largest synchronous call ${f(r.largestSliceMs)} ms`);
    console.log(`  driven in slices (analyzer.steps + runInSlices): largest step ${f(r.largestStepMs)} ms (step ${r.largestStepIndex} of ${r.stepsPerAnalysis}; target ≤ 50 ms → ${r.largestStepMs <= 50 ? 'OK' : 'MISSED'})`);
    if (r.coldProcessLargestStepMs !== null) console.log(`  in a fresh process (first analysis and first edits): largest step ${f(r.coldProcessLargestStepMs)} ms`);
    console.log(`  per edit: ${f(r.meanComputed)} clauses re-classified, ${f(r.meanReused)} reused`);
    const k = r.byKind;
    const e = (t: typeof k.replaced): string => `median ${f(t.medianMs)} ms, p95 ${f(t.p95Ms)} ms (${t.edits})`;
    console.log(`  by kind: replaced characters (nothing moves) ${e(k.replaced)} · inserted or deleted ${e(k.moving)}`);
    console.log(`    inserted or deleted in the first quarter ${e(k.movingFirstQuarter)} · in the last quarter ${e(k.movingLastQuarter)}`);
    console.log(`  for comparison, whole-document stages an edit no longer runs: segmentation ${f(r.stagesMs.segment)} ms, definitions ${f(r.stagesMs.definitions)} ms, term uses ${f(r.stagesMs.termUses)} ms`);
  }
}
