import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as crypto from 'crypto';
import { checkSync } from 'recheck';
import { expandRule } from '../../src/core/classify/rules';
import { sp } from '../../src/core/check/model/util';

/**
 * Every regular expression in the core, the CLI, the extension and the grammar is checked with `recheck` for
 * catastrophic backtracking (ReDoS). A new unsafe pattern fails CI here.
 */
const ROOT = path.join(__dirname, '..', '..');
const RULES_FILE = path.join('src', 'core', 'classify', 'rules.ts');

interface Found { file: string; line: number; source: string; flags: string }

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Regex literals and `new RegExp('literal', 'flags')` calls in TypeScript sources, found with the TS parser. */
export function collectSourceRegexes(dirs: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const dir of dirs) {
    for (const file of walk(path.join(ROOT, dir))) {
      const text = fs.readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
      const rel = path.relative(ROOT, file);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const lit = node.getText(sf);
          const last = lit.lastIndexOf('/');
          // the clause rules' patterns as they run: a space there stands for \s{1,10}; in a pattern written `sp(/…/)`
          // (the draft-vs-model checks), for \s{1,3}
          const spaced = ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'sp';
          const body = lit.slice(1, last);
          const source = rel === RULES_FILE ? expandRule(body) : spaced ? sp(new RegExp(body)).source : body;
          // a rule written `p(/…/, w)` is compiled case-insensitive (`p` adds the flag; `pc` keeps the case)
          const rule = rel === RULES_FILE && ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'p';
          found.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source, flags: lit.slice(last + 1) + (rule ? 'i' : '') });
        } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
          const [src, flags] = node.arguments;
          if (ts.isStringLiteralLike(src)) {
            found.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: src.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return found;
}

/** `match`, `begin`, `end`, `while` patterns of the TextMate grammars (Oniguruma syntax, mostly JS-compatible). */
function collectGrammarRegexes(): Found[] {
  const dir = path.join(ROOT, 'syntaxes');
  if (!fs.existsSync(dir)) return [];
  const found: Found[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const grammar = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) { node.forEach(visit); return; }
      if (!node || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') {
          // Oniguruma inline flags such as (?i) become JS flags; \G and \A anchors are not JS: read as ^.
          let src = v;
          let flags = '';
          if (src.startsWith('(?i)')) { src = src.slice(4); flags = 'i'; }
          src = src.replace(/\\[GA]/g, '^').replace(/\\h/g, '[0-9A-Fa-f]').replace(/\\z/g, '$');
          found.push({ file: `syntaxes/${f}`, line: 0, source: src, flags });
        } else visit(v);
      }
    };
    visit(grammar);
  }
  return found;
}

interface Attack { pumps: { prefix: string; pump: string }[]; suffix: string }

/** Milliseconds to scan an attack string of about `size` characters built from recheck's pumps, as the code scans. */
function attackTime(r: Found, attack: Attack, size: number): number {
  const unit = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const reps = Math.max(1, Math.floor(size / unit));
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(reps)).join('') + attack.suffix;
  const re = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  const t = process.hrtime.bigint();
  let guard = 0;
  while (re.exec(text) && guard++ < 1e6) if (re.lastIndex === 0) break;
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * recheck's verdict, confirmed on the real engine. Exponential: always unsafe. Polynomial: recheck treats bounded
 * gaps such as `[^;]{0,80}` as quadratic; we accept the pattern only when its own worst-case input of 100,000
 * characters scans in under 250 ms, and, where that takes over 20 ms, four times the input costs at most 8× the
 * time (linear: 4×, quadratic: 16×). (Clause text reaches the classifier in pieces of at most 20,000 characters.)
 */
function verdict(r: Found): string | null {
  const res = checkSync(r.source, r.flags.replace(/[^dgimsuy]/g, ''), { timeout: 10000 });
  if (res.status !== 'vulnerable') return null;
  if (res.complexity.type === 'exponential') return `exponential (attack ${JSON.stringify(res.attack.pattern)})`;
  const attack = res.attack as unknown as Attack;
  const small = Math.max(0.05, attackTime(r, attack, 25000));
  if (small > 100) return `${res.complexity.summary}: ${small.toFixed(1)} ms already on 25,000 chars`;
  const big = attackTime(r, attack, 100000);
  if (big > 250 || (big > 20 && big / small > 8)) return `${res.complexity.summary}: ${big.toFixed(1)} ms on 100,000 chars, ×${(big / small).toFixed(1)} for 4× input`;
  return null;
}

/**
 * Patterns already verified (safe, or bounded and confirmed linear above) are recorded by hash in
 * redos-verified.json so that CI re-checks only new or changed patterns; `REDOS_FULL=1` re-checks every pattern and
 * `UPDATE_REDOS=1` rewrites the record. A pattern is recorded only after passing, so a new unsafe one always fails.
 */
const CACHE_FILE = path.join(__dirname, 'redos-verified.json');
const RECHECK_VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')).version;
function loadCache(): Set<string> {
  if (process.env.REDOS_FULL || !fs.existsSync(CACHE_FILE)) return new Set();
  const c = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as { recheck: string; verified: string[] };
  return c.recheck === RECHECK_VERSION ? new Set(c.verified) : new Set();
}
const keyOf = (r: Found): string => crypto.createHash('sha256').update(`${r.flags}/${r.source}`).digest('hex').slice(0, 24);
const cache = loadCache();
const verifiedNow = new Set<string>();
let built = 0;

function check(r: Found): string | null {
  const key = keyOf(r);
  if (cache.has(key)) { verifiedNow.add(key); return null; }
  const v = verdict(r);
  if (!v) verifiedNow.add(key);
  return v;
}

describe('ReDoS: every regular expression is safe against catastrophic backtracking (recheck)', function () {
  this.timeout(600000);
  const source = collectSourceRegexes(['src']);
  const grammar = collectGrammarRegexes();

  it(`finds the regexes to check (${source.length} in src, ${grammar.length} in syntaxes)`, () => {
    assert.ok(source.length >= 20, `expected many regexes in src, found ${source.length}`);
  });

  it('no regex in src/ is vulnerable', () => {
    const bad: string[] = [];
    for (const r of source) {
      const v = check(r);
      if (v) bad.push(`${r.file}:${r.line} /${r.source}/${r.flags} — ${v}`);
    }
    assert.deepStrictEqual(bad, []);
  });

  it('no pattern the core builds at load (`blanks`, `sp`, `new RegExp(...)`) is vulnerable', () => {
    // every RegExp constructed while the core's modules load, read in a fresh module cache: the patterns as they run
    const seen: RegExp[] = [];
    const Orig = globalThis.RegExp;
    globalThis.RegExp = new Proxy(Orig, { construct: (t, args) => { const r = Reflect.construct(t, args) as RegExp; seen.push(r); return r; } });
    const core = path.join(ROOT, 'src', 'core') + path.sep;
    try {
      for (const k of Object.keys(require.cache)) if (k.startsWith(core)) delete require.cache[k];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      for (const f of walk(path.join(ROOT, 'src', 'core'))) require(f);
    } finally {
      globalThis.RegExp = Orig;
    }
    assert.ok(seen.length >= 20, `${seen.length} patterns built`);
    const bad: string[] = [];
    for (const re of seen) {
      built++;
      const v = check({ file: 'built', line: 0, source: re.source, flags: re.flags });
      if (v) bad.push(`/${re.source}/${re.flags} — ${v}`);
    }
    assert.deepStrictEqual(bad, []);
  });

  it('no grammar pattern is vulnerable', () => {
    const bad: string[] = [];
    let unknown = 0;
    for (const r of grammar) {
      try {
        new RegExp(r.source, r.flags);
      } catch {
        unknown++; // Oniguruma-only syntax
        continue;
      }
      const v = check(r);
      if (v) bad.push(`${r.file} /${r.source}/${r.flags} — ${v}`);
    }
    assert.deepStrictEqual(bad, []);
    // Patterns recheck cannot read (Oniguruma-only syntax) are covered by the 20,000-character tokenization tests.
    assert.ok(unknown <= grammar.length, `${unknown} grammar patterns could not be checked`);
  });

  after(() => {
    if (process.env.UPDATE_REDOS) {
      fs.writeFileSync(CACHE_FILE, `${JSON.stringify({ recheck: RECHECK_VERSION, verified: [...verifiedNow].sort() }, null, 1)}\n`);
    }
    console.log(`    ReDoS: ${source.length + built + grammar.length} patterns, ${verifiedNow.size} verified (${[...verifiedNow].filter((k) => cache.has(k)).length} from the record)`);
  });
});
