/**
 * Benchmark corpora. The ~1 MB contract is built from real clause text (the CUAD development set in
 * ../shared/data/cuad) when it is present, else from the example drafts shipped in examples/ (said in the output).
 */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');
export const CUAD_DIR = path.join(ROOT, '..', 'shared', 'data', 'cuad');

export interface Corpus {
  readonly text: string;
  readonly source: string;
  readonly clauses: readonly string[];
}

export function cuadTexts(): { file: string; rows: { id: string; text: string; label: boolean }[] }[] {
  if (!fs.existsSync(CUAD_DIR)) return [];
  return fs.readdirSync(CUAD_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((file) => ({
    file,
    rows: fs.readFileSync(path.join(CUAD_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)),
  }));
}

function exampleClauses(): string[] {
  const dir = path.join(ROOT, 'examples', 'microsoft-openai');
  const text = fs.readFileSync(path.join(dir, 'clean', 'partnership.contract.md'), 'utf8');
  return text.split(/\n\s*\n/).map((p) => p.replace(/^\d+(\.\d+)*\s+/, '').trim()).filter((p) => p.length > 40 && !p.startsWith('#'));
}

/** A contract of about `size` UTF-16 units: numbered sections of numbered clauses, Markdown headings. */
export function buildContract(size = 1_000_000, seedClauses?: readonly string[]): Corpus {
  let clauses: string[];
  let source: string;
  if (seedClauses) {
    clauses = [...seedClauses];
    source = 'given clauses';
  } else {
    const cuad = cuadTexts();
    if (cuad.length > 0) {
      const seen = new Set<string>();
      clauses = [];
      for (const f of cuad) for (const r of f.rows) if (!seen.has(r.text)) { seen.add(r.text); clauses.push(r.text); }
      source = `CUAD development set (${CUAD_DIR}, ${clauses.length} distinct excerpts)`;
    } else {
      clauses = exampleClauses();
      source = `examples/microsoft-openai (../shared/data/cuad is absent: ${CUAD_DIR})`;
    }
  }
  return { text: assembleContract(size, clauses), source, clauses };
}

/** A numbered contract of about `size` characters from the given clauses, starting at clause `offset`. */
export function assembleContract(size: number, clauses: readonly string[], offset = 0): string {
  const parts: string[] = ['# Credit Agreement\n\nThis Credit Agreement (this "Agreement") is entered into as of January 15, 2026 (the "Effective Date").\n\n'];
  let len = parts[0].length;
  let section = 0;
  let i = offset;
  while (len < size) {
    section++;
    const head = `## ${section}. Section ${section}\n\n`;
    parts.push(head);
    len += head.length;
    for (let k = 1; k <= 8 && len < size; k++) {
      const clause = `${section}.${k} ${clauses[i % clauses.length].replace(/\s+/g, ' ')}\n\n`;
      i++;
      parts.push(clause);
      len += clause.length;
    }
  }
  return parts.join('');
}

/** Deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Milliseconds of one call, repeated `runs` times after `warmup` calls. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}
