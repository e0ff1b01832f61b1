/**
 * Compares two versions of our grammar character by character: every character's scope stack (with the structural
 * `meta.prose.contract` removed) must be the same. Not a test (mocha does not pick it up); run it after changing the
 * grammar's structure:
 *
 *   git show HEAD:syntaxes/contract.tmLanguage.json > /tmp/before.json
 *   npx tsx test/grammar/compare-scopes.ts /tmp/before.json [syntaxes/contract.tmLanguage.json]
 *
 * Texts: the 1 MB benchmark contract, every .md/.txt/.contract/.jsonl text under test/ and examples/, README.md, every
 * row of ../shared/data/cuad/*.jsonl when present, and a few hand-made edge lines. Exit code 1 when a line differs.
 */
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, type IGrammar, type StateStack } from 'vscode-textmate';
import { buildContractText } from '../../bench/grammar';
import { CONTRACT_GRAMMAR_PATH, CONTRACT_SCOPE, ROOT, loadGrammar } from './engine';

const STRUCTURAL = new Set(['meta.prose.contract']);

function charScopes(grammar: IGrammar, text: string): string[][] {
  let stack: StateStack = INITIAL;
  const out: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const perChar: string[] = new Array<string>(line.length);
    for (const t of r.tokens) {
      const s = t.scopes.filter((x) => !STRUCTURAL.has(x)).join(' ');
      for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) perChar[i] = s;
    }
    out.push(perChar);
  }
  return out;
}

function files(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') files(p, out);
    } else if (/\.(md|txt|contract|jsonl)$/.test(e.name)) out.push(p);
  }
  return out;
}

function texts(): [string, string][] {
  const out: [string, string][] = [['bench contract (1 MB)', buildContractText().text]];
  const all = [...files(path.join(ROOT, 'test')), ...files(path.join(ROOT, 'examples')), path.join(ROOT, 'README.md'), ...files(path.join(ROOT, '..', 'shared', 'data', 'cuad'))];
  for (const f of all) {
    const t = fs.readFileSync(f, 'utf8');
    if (!f.endsWith('.jsonl')) {
      out.push([path.relative(ROOT, f), t]);
      continue;
    }
    t.split('\n').forEach((row, i) => {
      try {
        const o = JSON.parse(row) as { text?: unknown };
        if (typeof o.text === 'string') out.push([`${path.relative(ROOT, f)}:${i + 1}`, o.text]);
      } catch {
        /* not a JSON row */
      }
    });
  }
  out.push([
    'edge lines',
    [
      '**exclusive** and _royalty_ & "Profit & Loss" <b>exclusive</b> `x` exclusive *equity*',
      '- 1.1 Grant of License. exclusive',
      '   5.2 Term. renewal',
      '## 5. Term and *Exclusive* Termination',
      'text',
      '===',
      'text',
      '---',
      '| a | exclusive 27% |',
      '|---|---|',
      '    1.1 indented exclusive',
      'x_exclusive_ y exclusive_x [exclusive](http://x) ![royalty](y) <https://x.example/exclusive>',
      '"Licensee"exclusive 27%royalty (US$5 million) USD 5,000 EUR 7 &amp; \\*exclusive\\*',
    ].join('\n'),
  ]);
  return out;
}

async function main(): Promise<void> {
  const [before, after = CONTRACT_GRAMMAR_PATH] = process.argv.slice(2);
  if (!before) throw new Error('usage: compare-scopes.ts BEFORE.json [AFTER.json]');
  const a = await loadGrammar(CONTRACT_SCOPE, path.resolve(before));
  const b = await loadGrammar(CONTRACT_SCOPE, path.resolve(after));
  let lines = 0;
  let chars = 0;
  let differing = 0;
  const examples: string[] = [];
  const all = texts();
  for (const [name, text] of all) {
    const x = charScopes(a, text);
    const y = charScopes(b, text);
    const src = text.split(/\r?\n/);
    for (let i = 0; i < x.length; i++) {
      lines++;
      chars += x[i].length;
      const c = x[i].findIndex((s, k) => s !== y[i][k]);
      if (c < 0) continue;
      differing++;
      if (examples.length < 10) examples.push(`${name} line ${i + 1} col ${c + 1}: ${JSON.stringify(src[i].slice(Math.max(0, c - 30), c + 30))}\n  before: ${x[i][c]}\n  after:  ${y[i][c]}`);
    }
  }
  console.log(`${all.length} texts, ${lines} lines, ${chars} characters; lines whose scopes differ: ${differing}`);
  if (examples.length) console.log(examples.join('\n'));
  if (differing > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
