/**
 * Grammar tokenization benchmark: ~1 MB of contract text tokenized line by line (as VS Code does: tokenizeLine2,
 * state carried from line to line, 500 ms budget per line) with our `text.contract` grammar and with VS Code's
 * Markdown grammar alone (npm package `tm-grammars`, grammars/markdown.json), in the same run.
 *
 * Text: real CUAD clauses from ../shared/data/cuad/*.jsonl when present (CC BY 4.0, The Atticus Project), arranged
 * as a Markdown contract (headings, numbered sections, list items, definitions); otherwise a built-in generator.
 * Prints figures, never asserts. Run: `npx tsx bench/grammar.ts` (`--json` prints one JSON object;
 * `--compare other.tmLanguage.json` also measures another version of our grammar, e.g. the committed one extracted with
 * `git show HEAD:syntaxes/contract.tmLanguage.json > /tmp/before.json`, interleaved in the same run).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CONTRACT_SCOPE, MARKDOWN_SCOPE, ROOT, countTokens, loadGrammar, timeDocument, type DocumentTiming } from '../test/grammar/engine';

export interface GrammarBenchResult {
  /** Where the text came from: `cuad` (../shared/data/cuad) or `generated` (shared data absent). */
  source: 'cuad' | 'generated';
  markdownGrammar: string;
  bytes: number;
  lines: number;
  /** Best-of-N wall-clock tokenization time, ms. */
  contractMs: number;
  markdownMs: number;
  /** Best-of-N CPU time of the process, ms (the ratio uses these: wall time is noisy on a shared machine). */
  contractCpuMs: number;
  markdownCpuMs: number;
  /** contractCpuMs / markdownCpuMs (target ≤ 1.5). */
  ratio: number;
  /** Slowest single line with our grammar, ms (target ≤ 32), and its length. */
  slowestLineMs: number;
  slowestLineLength: number;
  markdownSlowestLineMs: number;
  stoppedEarlyLines: number;
  /** Tokens `tokenizeLine` returns for the whole text (each highlighted span costs the engine one more step). */
  contractTokens: number;
  markdownTokens: number;
  /** With `compareWith`: the same figures for another version of our grammar, measured interleaved in this run. */
  compare?: { path: string; cpuMs: number; ratio: number; slowestLineMs: number; tokens: number };
}

const TARGET_BYTES = 1_000_000;
const CUAD_DIR = path.join(ROOT, '..', 'shared', 'data', 'cuad');

function readCuadTexts(dir: string): string[] | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const t = String((JSON.parse(line) as { text?: unknown }).text ?? '').replace(/\s*\n\s*/g, ' ');
        if (t && !seen.has(t)) {
          seen.add(t);
          texts.push(t);
        }
      } catch {
        /* skip malformed rows */
      }
    }
  }
  return texts.length > 0 ? texts : undefined;
}

/** A small deterministic generator of contract-like sentences, used when ../shared is absent. */
function generatedTexts(): string[] {
  const parties = ['Licensor', 'Licensee', 'Distributor', 'Company', 'Supplier', 'Customer'];
  const templates = [
    (p: string, q: string, i: number) => `${p} hereby grants to ${q} a non-exclusive, non-transferable license to use the Software in the Territory during the Term of ${i % 9 + 1} (${i % 9 + 1}) years.`,
    (p: string, q: string, i: number) => `${p} shall have the exclusive right to distribute the Products and shall pay ${q} a royalty of ${i % 40 + 5}% of Net Sales, with a minimum annual payment of $${(i % 90) + 10},000.`,
    (p: string, q: string, i: number) => `This Agreement between ${p} and ${q} shall commence on the Effective Date and expire on December ${i % 28 + 1}, 20${30 + (i % 9)}, unless renewed for successive ${i % 3 + 1}-year renewal terms.`,
    (p: string, q: string) => `Either party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the other party; ${p} and ${q} agree the notice period may not be shortened.`,
    (p: string) => `This Agreement shall be governed by and construed in accordance with the laws of the State of New York, and ${p} may not assign this Agreement without consent, including upon a change of control.`,
    (p: string, q: string, i: number) => `In no event shall the aggregate liability of ${p} exceed $${i % 20 + 1} million; ${q} retains all intellectual property rights and a right of first refusal (the "Offer Period").`,
    (p: string, q: string, i: number) => `${q} shall receive from ${p} ${i % 30 + 1} percent of the equity and warrants to purchase shares of common stock, and AGI as defined in Section ${i % 12 + 1}.${i % 7 + 1} is excluded.`,
  ];
  const out: string[] = [];
  for (let i = 0; i < 700; i++) {
    const t = templates[i % templates.length];
    out.push(t(parties[i % parties.length], parties[(i + 3) % parties.length], i));
  }
  return out;
}

/** Arranges clause texts as a ~1 MB Markdown contract. */
/** `cuadDir` defaults to ../shared/data/cuad; a missing folder selects the built-in generator. */
export function buildContractText(targetBytes = TARGET_BYTES, cuadDir = CUAD_DIR): { text: string; source: 'cuad' | 'generated' } {
  const cuad = readCuadTexts(cuadDir);
  const texts = cuad ?? generatedTexts();
  const parts: string[] = ['# Master Services Agreement', '', 'This Agreement (the "Agreement") is entered into as of January 1, 2025 (the “Effective Date”).', ''];
  let size = parts.join('\n').length;
  let article = 0;
  let k = 0;
  while (size < targetBytes) {
    if (k % 12 === 0) {
      article++;
      parts.push(`## ${article}. Article ${article}`, '');
    }
    const t = texts[k % texts.length];
    const shape = k % 5;
    let block: string;
    if (shape === 0 || shape === 1) block = `${article}.${(k % 12) + 1} ${t}`;
    else if (shape === 2) block = `- ${t}`;
    else if (shape === 3) block = `${(k % 9) + 1}. ${t}`;
    else block = t;
    parts.push(block, '');
    if (k % 97 === 96) parts.push(`<!-- term: term-${k} -->`, '');
    size += block.length + 2;
    k++;
  }
  return { text: parts.join('\n'), source: cuad ? 'cuad' : 'generated' };
}

export async function runGrammarBench(opts: { runs?: number; targetBytes?: number; cuadDir?: string; compareWith?: string } = {}): Promise<GrammarBenchResult> {
  const runs = opts.runs ?? 5;
  const { text, source } = buildContractText(opts.targetBytes, opts.cuadDir);
  const lines = text.split('\n');
  const contract = await loadGrammar(CONTRACT_SCOPE);
  const markdown = await loadGrammar(MARKDOWN_SCOPE);
  const other = opts.compareWith ? await loadGrammar(CONTRACT_SCOPE, path.resolve(opts.compareWith)) : undefined;
  // Warm up (rule compilation, JIT).
  timeDocument(contract, lines.slice(0, 2000));
  timeDocument(markdown, lines.slice(0, 2000));
  if (other) timeDocument(other, lines.slice(0, 2000));
  // Interleave the runs so the grammars see the same machine load; keep the best of each.
  const c: DocumentTiming[] = [];
  const m: DocumentTiming[] = [];
  const o: DocumentTiming[] = [];
  for (let i = 0; i < runs; i++) {
    m.push(timeDocument(markdown, lines));
    c.push(timeDocument(contract, lines));
    if (other) o.push(timeDocument(other, lines));
  }
  const min = (xs: DocumentTiming[], f: (x: DocumentTiming) => number) => Math.min(...xs.map(f));
  // Slowest line: for each line the best of its times over the runs (so a GC pause or being descheduled on a shared
  // machine in one run does not count), then the worst line.
  const slowest = (xs: DocumentTiming[]) => {
    let ms = 0;
    let index = 0;
    for (let i = 0; i < lines.length; i++) {
      const best = Math.min(...xs.map((x) => x.lineMs[i]));
      if (best > ms) {
        ms = best;
        index = i;
      }
    }
    return { ms, index };
  };
  const worst = slowest(c);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'tm-grammars', 'package.json'), 'utf8')) as { version: string };
  const contractCpu = min(c, (x) => x.cpuMs);
  const markdownCpu = min(m, (x) => x.cpuMs);
  const compare =
    other && opts.compareWith
      ? { path: opts.compareWith, cpuMs: round(min(o, (x) => x.cpuMs)), ratio: round(min(o, (x) => x.cpuMs) / markdownCpu, 2), slowestLineMs: round(slowest(o).ms, 2), tokens: countTokens(other, lines) }
      : undefined;
  return {
    source,
    markdownGrammar: `tm-grammars@${pkg.version} grammars/markdown.json (text.html.markdown)`,
    bytes: Buffer.byteLength(text, 'utf8'),
    lines: lines.length,
    contractMs: round(min(c, (x) => x.totalMs)),
    markdownMs: round(min(m, (x) => x.totalMs)),
    contractCpuMs: round(contractCpu),
    markdownCpuMs: round(markdownCpu),
    ratio: round(contractCpu / markdownCpu, 2),
    slowestLineMs: round(worst.ms, 2),
    slowestLineLength: lines[worst.index]?.length ?? 0,
    markdownSlowestLineMs: round(slowest(m).ms, 2),
    stoppedEarlyLines: Math.max(...c.map((x) => x.stoppedEarlyLines)),
    contractTokens: countTokens(contract, lines),
    markdownTokens: countTokens(markdown, lines),
    ...(compare ? { compare } : {}),
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (require.main === module) {
  const json = process.argv.includes('--json');
  const at = process.argv.indexOf('--compare');
  const compareWith = at > 0 ? process.argv[at + 1] : undefined;
  runGrammarBench({ compareWith }).then(
    (r) => {
      if (json) {
        console.log(JSON.stringify(r));
        return;
      }
      if (r.source === 'generated') console.log('note: ../shared/data/cuad is absent; using the built-in text generator');
      console.log(`grammar tokenization, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.lines} lines (${r.source} text)`);
      console.log(`  Markdown alone (${r.markdownGrammar}): ${r.markdownMs} ms wall, ${r.markdownCpuMs} ms CPU`);
      console.log(`  text.contract:                ${r.contractMs} ms wall, ${r.contractCpuMs} ms CPU`);
      console.log(`  ratio (CPU):                  ${r.ratio} (target ≤ 1.5)`);
      console.log(`  slowest line (contract):      ${r.slowestLineMs} ms, ${r.slowestLineLength} chars (target ≤ 32 ms); Markdown alone: ${r.markdownSlowestLineMs} ms`);
      console.log(`  lines stopped early:          ${r.stoppedEarlyLines}`);
      console.log(`  tokens:                       ${r.contractTokens} (Markdown alone: ${r.markdownTokens})`);
      if (r.compare) {
        console.log(`  compared grammar ${r.compare.path}:`);
        console.log(`    ${r.compare.cpuMs} ms CPU, ratio ${r.compare.ratio}, slowest line ${r.compare.slowestLineMs} ms, ${r.compare.tokens} tokens`);
      }
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
