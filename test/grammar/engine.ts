/**
 * Shared loader for the real TextMate engine (vscode-textmate + vscode-oniguruma), used by the grammar tests and by
 * bench/grammar.ts. Node only (reads files). VS Code's Markdown grammar comes from the npm package `tm-grammars`
 * (`grammars/markdown.json`, scopeName `text.html.markdown`); the languages it embeds (HTML, YAML, code fences...) are
 * deliberately left unresolved, as they are irrelevant to our scopes and to the comparison.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CONTRACT_SCOPE = 'text.contract';
export const MARKDOWN_SCOPE = 'text.html.markdown';
export const CONTRACT_GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'contract.tmLanguage.json');
export const MARKDOWN_GRAMMAR_PATH = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');
/** VS Code's per-line tokenization budget. */
export const VSCODE_TIME_LIMIT_MS = 500;

let onigLib: Promise<vsctm.IOnigLib> | undefined;

/** Loads onig.wasm once per process. */
export function loadOnigLib(): Promise<vsctm.IOnigLib> {
  if (!onigLib) {
    const wasmPath = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');
    const wasm = fs.readFileSync(wasmPath);
    const data = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    onigLib = oniguruma.loadWASM(data).then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  }
  return onigLib;
}

const GRAMMAR_FILES: Record<string, string> = {
  [CONTRACT_SCOPE]: CONTRACT_GRAMMAR_PATH,
  [MARKDOWN_SCOPE]: MARKDOWN_GRAMMAR_PATH,
};

/**
 * A fresh registry that knows our grammar and the Markdown grammar (every other scope is unresolved). A fresh
 * registry per grammar keeps compiled-rule caches of one measurement from helping the other.
 */
export async function createRegistry(contractGrammarPath = CONTRACT_GRAMMAR_PATH): Promise<vsctm.Registry> {
  const lib = await loadOnigLib();
  return new vsctm.Registry({
    onigLib: Promise.resolve(lib),
    loadGrammar: async (scopeName: string) => {
      const file = scopeName === CONTRACT_SCOPE ? contractGrammarPath : GRAMMAR_FILES[scopeName];
      if (!file) return null;
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
}

/**
 * Loads `text.contract` (our grammar) or `text.html.markdown` (VS Code's Markdown grammar alone). `contractGrammarPath`
 * loads another version of our grammar file under the same scope name (the benchmark compares two versions in one run).
 */
export async function loadGrammar(scopeName: typeof CONTRACT_SCOPE | typeof MARKDOWN_SCOPE, contractGrammarPath?: string): Promise<vsctm.IGrammar> {
  const registry = await createRegistry(contractGrammarPath);
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  return grammar;
}

export interface Token {
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly line: string;
  readonly tokens: Token[];
}

/** Tokenizes a document line by line, carrying the rule stack, and returns every token with its text. */
export function tokenizeDocument(grammar: vsctm.IGrammar, text: string): TokenizedLine[] {
  const lines = text.split(/\r?\n/);
  let stack: vsctm.StateStack = vsctm.INITIAL;
  const out: TokenizedLine[] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack, VSCODE_TIME_LIMIT_MS);
    const tokens = r.tokens.map((t) => ({
      text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
      startIndex: t.startIndex,
      endIndex: t.endIndex,
      scopes: t.scopes,
    }));
    out.push({ line, tokens });
    stack = r.ruleStack;
  }
  return out;
}

/** Number of tokens `tokenizeLine` produces for the document (state carried from line to line); not timed. */
export function countTokens(grammar: vsctm.IGrammar, lines: readonly string[]): number {
  let stack: vsctm.StateStack = vsctm.INITIAL;
  let n = 0;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack, VSCODE_TIME_LIMIT_MS);
    n += r.tokens.length;
    stack = r.ruleStack;
  }
  return n;
}

export interface LineTiming {
  readonly ms: number;
  readonly stoppedEarly: boolean;
}

/** Tokenizes one line from the initial state with VS Code's time limit (binary tokens, as VS Code does). */
export function timeLine(grammar: vsctm.IGrammar, line: string, timeLimit = VSCODE_TIME_LIMIT_MS): LineTiming {
  const t0 = performance.now();
  const r = grammar.tokenizeLine2(line, vsctm.INITIAL, timeLimit);
  return { ms: performance.now() - t0, stoppedEarly: r.stoppedEarly };
}

export interface DocumentTiming {
  /** Wall-clock time for the whole document. */
  readonly totalMs: number;
  /** CPU time of this process for the whole document (less sensitive to other processes on a shared machine). */
  readonly cpuMs: number;
  readonly slowestLineMs: number;
  readonly slowestLineIndex: number;
  readonly stoppedEarlyLines: number;
  /** Wall-clock time of each line, ms. */
  readonly lineMs: Float64Array;
}

/** Tokenizes pre-split lines as VS Code does (tokenizeLine2, carried state, 500 ms budget) and times each line. */
export function timeDocument(grammar: vsctm.IGrammar, lines: readonly string[]): DocumentTiming {
  let stack: vsctm.StateStack = vsctm.INITIAL;
  let slowest = 0;
  let slowestIndex = -1;
  let stopped = 0;
  const lineMs = new Float64Array(lines.length);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i++) {
    const s = performance.now();
    const r = grammar.tokenizeLine2(lines[i], stack, VSCODE_TIME_LIMIT_MS);
    const d = performance.now() - s;
    lineMs[i] = d;
    if (d > slowest) {
      slowest = d;
      slowestIndex = i;
    }
    if (r.stoppedEarly) stopped++;
    stack = r.ruleStack;
  }
  const totalMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { totalMs, cpuMs: (c.user + c.system) / 1000, slowestLineMs: slowest, slowestLineIndex: slowestIndex, stoppedEarlyLines: stopped, lineMs };
}
