/** The snippet file and the language configuration of `contract`: parse, shape, and no empty or static snippets. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './engine';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'contract.json'), 'utf8')) as Record<string, Snippet>;
const PLACEHOLDER = /\$\{\d+(?::[^}]*|\|[^}]*\|)?\}|\$\d+/;

describe('snippets/contract.json', () => {
  it('parses, and every snippet has a prefix, a description and a non-empty body with placeholders', () => {
    const names = Object.keys(snippets);
    assert.ok(names.length >= 9, `${names.length} snippets`);
    for (const [name, s] of Object.entries(snippets)) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.length > 0), `${name} prefix`);
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      assert.ok(body.trim().length > 0, `${name} body is not empty`);
      assert.match(body, PLACEHOLDER, `${name} uses placeholders`);
      assert.ok(s.description && s.description.length > 0, `${name} is described`);
      // every `$` is a tabstop, placeholder, choice or an escaped dollar
      assert.doesNotMatch(body.replace(/\\\$/g, ''), /\$(?![{\d])/, `${name}: stray $`);
    }
  });

  it('covers the clause snippets of the issue, with clause-* prefixes, and the term marker', () => {
    const prefixes = new Set(Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix])));
    for (const p of [
      'clause-exclusivity',
      'clause-non-exclusivity',
      'clause-license-grant',
      'clause-revenue-share',
      'clause-term-renewal',
      'clause-termination-for-convenience',
      'clause-governing-law',
      'clause-agi',
      'term-marker',
    ]) {
      assert.ok(prefixes.has(p), p);
    }
    const marker = Object.values(snippets).find((s) => [s.prefix].flat().includes('term-marker'));
    assert.strictEqual([marker?.body].flat().join('\n'), '<!-- term: ${1:id} -->$0');
  });

  it('placeholders that repeat an index carry the same default', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const body = [s.body].flat().join('\n');
      const defaults = new Map<string, string>();
      for (const m of body.matchAll(/\$\{(\d+):([^}]*)\}/g)) {
        const prev = defaults.get(m[1]);
        if (prev !== undefined) assert.strictEqual(m[2], prev, `${name}: \${${m[1]}} defaults differ`);
        defaults.set(m[1], m[2]);
      }
    }
  });
});

describe('language-configuration.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));

  it('declares the HTML block comment, brackets and auto-closing quotes including curly quotes', () => {
    assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.ok(config.brackets.some((b: string[]) => b[0] === '(' && b[1] === ')'));
    const pairs = new Map(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
    assert.strictEqual(pairs.get('"'), '"');
    assert.strictEqual(pairs.get('“'), '”');
    assert.strictEqual(pairs.get('‘'), '’');
  });

  it('has a word pattern that keeps hyphenated and possessive words and section numbers whole', () => {
    const re = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    const words = 'A Non-Exclusive Licensee’s right under 12.3 (U.S.)'.match(re);
    assert.deepStrictEqual(words, ['A', 'Non-Exclusive', 'Licensee’s', 'right', 'under', '12.3', 'U.S']);
    // linear on a long adversarial line
    const t0 = performance.now();
    '-a'.repeat(100_000).match(re);
    assert.ok(performance.now() - t0 < 1000);
  });
});
