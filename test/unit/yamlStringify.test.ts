/**
 * esbuild.js bundles the `yaml` package without its stringify modules (Clause Annotator reads YAML with it and never
 * writes YAML with it), nor the modules that make nodes from JavaScript values or JavaScript values from nodes, the CST
 * visitor and the JSON schema (esbuild.js UNREACHED), nor YAML 1.1's schema and tags (esbuild.js YAML11: parse.ts reads
 * every model as YAML 1.2 and resolves no 1.1 tag, so they are never reached). This test checks that the change only removes code and does not
 * change behaviour. It builds the core library in memory twice, as `npm run build` does: with the plugin that leaves
 * these modules out, and without it. Then it reads every model fixture, the example model, a set of YAML edge cases and generated
 * YAML-like text with both bundles: the results must be identical.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import fc from 'fast-check';
import type { parseTermModel } from '../../src/core';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { configs } = require(path.join(ROOT, 'esbuild.js')) as { configs: (production: boolean) => (esbuild.BuildOptions & { outfile: string })[] };

/** YAML that exercises the library's less common paths: complex keys, aliases, merges, tags, directives, errors. */
const EDGE_CASES = [
  '',
  'terms:\n  excl:\n    type: exclusivity\n    exclusive: false\n',
  '? [a, b]\n: c\n',
  '{ [a]: 1, {b: 2}: 3 }\n',
  'terms:\n  ? { x: 1 }\n  : type: exclusivity\n',
  'base: &b\n  type: revenue-share\n  rate: 20%\nterms:\n  rs:\n    <<: *b\n    ended: true\n',
  '%YAML 1.1\n---\nterms:\n  t:\n    type: expiration-date\n    date: 2032-12-31\n    data: !!binary aGVsbG8=\n    s: !!set { a, b }\n    o: !!omap [ a: 1 ]\n    on: yes\n',
  'terms:\n  t: !!timestamp 2001-12-14t21:59:43.10-05:00\n  u: !custom x\n  v: *missing\n',
  'terms:\n  a: 1\n  a: 2\n',
  'terms:\n\tbad: tab\n',
  'terms: [1, 2\n',
  'terms:\n  t:\n    type: >-\n      folded\n      text\n    note: |\n      literal\n',
  '---\nterms: {}\n---\nterms: {}\n',
  'a: &x [*x]\n',
  'terms:\n  t:\n    type: exclusivity\n    exclusive: "yes"\n    0x1F: 0o17\n    .inf: -.Inf\n    ~: null\n',
  '\u0000\u0001\uFFFE binary: junk\n',
  '"unclosed\n',
  'terms:\n  t:\n    type: license-grant\n    ends: 2032-12-31\n    holder: microsoft\nparties:\n  microsoft: { name: Microsoft }\n',
  // anchors and aliases of every kind of node, read by the model (Alias#resolve), as keys and values, and merges
  'parties: &p\n  ms: &n { name: &s Microsoft }\nterms:\n  t:\n    type: &ty license-grant\n    holder: *s\n    x: *n\n    y: *p\n  *ty : 1\nagreement: *s\n',
  '%YAML 1.1\n---\nbase: &b { type: exclusivity, exclusive: yes }\nterms:\n  t:\n    <<: *b\n  u: { <<: [*b, *b] }\n  v: !!pairs [ a: 1, a: 2 ]\n  w: !!omap [ a: 1, a: 2 ]\n  s: !!set { a: 1 }\n',
  '%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\nterms: !!map\n  t: !!map { type: !!str exclusivity, exclusive: !!bool true, n: !!int 0x1F, f: !!float 1e3, z: !!null }\n  l: !!seq [ !e!x a, !<tag:yaml.org,2002:str> b ]\n',
  '%YAML 1.3\n---\nterms: {}\n',
  'version: 1\nagreement: [a, {b: c}]\nparties: { a: [1, 2] }\nterms: { t: { type: [x], date: { y: 2032 } } }\n',
  '? - a\n  - b\n: c\n? &k { x: 1 }\n: *k\n',
];

const FRAGMENTS = ['terms:', 'parties:', 'version: 1', '!!omap ', '!!pairs ', '!!map ', '!!str ', '%YAML 1.2\n', '&y ', '*y', '<<: *x', '\n', '  ', 'a', ':', ' ', '- ', '[', ']', '{', '}', ',', '? ', '&x ', '*x', '<<', '!!set ', '!!binary ', '%YAML 1.1\n', '---\n', '"', "'", '#', '|', '>', '2032-12-31', '20%', 'exclusive', 'type'];

describe('yaml without its stringify modules: the bundled core reads models exactly as with them', function () {
  this.timeout(120_000);
  const bundle = async (readOnly: boolean): Promise<{ code: string; parse: typeof parseTermModel }> => {
    const options = configs(true).find((c) => c.outfile === 'dist/core.js');
    assert.ok(options, 'esbuild.js builds dist/core.js');
    assert.ok(options.plugins?.some((p) => p.name === 'yaml-read-only'), 'the core build uses the yaml-read-only plugin');
    const plugins = options.plugins!.filter((p) => p.name !== 'problem-matcher' && (readOnly || p.name !== 'yaml-read-only'));
    const r = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, plugins, logLevel: 'silent' });
    const code = r.outputFiles![0]!.text;
    const mod = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', code)(mod, mod.exports, require);
    assert.strictEqual(typeof mod.exports.parseTermModel, 'function');
    return { code, parse: mod.exports.parseTermModel as typeof parseTermModel };
  };
  let readOnly: Awaited<ReturnType<typeof bundle>>;
  let full: Awaited<ReturnType<typeof bundle>>;

  before(async () => {
    [readOnly, full] = await Promise.all([bundle(true), bundle(false)]);
  });

  it('the stringify modules and the unreached ones are replaced in the bundle (more than 15 KB less)', () => {
    assert.match(readOnly.code, /bundles the yaml package without its stringify modules/);
    assert.doesNotMatch(full.code, /bundles the yaml package without its stringify modules/);
    assert.ok(full.code.length - readOnly.code.length > 15_000, `${full.code.length} - ${readOnly.code.length}`);
  });

  const same = (text: string): void => {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(readOnly.parse(text))), JSON.parse(JSON.stringify(full.parse(text))), JSON.stringify(text));
  };

  it('every model fixture and the example model', () => {
    const dir = path.join(ROOT, 'test', 'fixtures', 'models');
    const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.join(ROOT, 'examples', 'microsoft-openai', 'partnership.terms.yaml')];
    assert.ok(files.length >= 5);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      assert.ok(readOnly.parse(text).model, `${f} is a model`);
      same(text);
    }
  });

  it('YAML edge cases: complex keys, aliases, merges, YAML 1.1 tags, directives, errors', () => {
    for (const text of EDGE_CASES) same(text);
    // Nothing reached the stub: no input fails as a whole.
    for (const text of EDGE_CASES) assert.ok(readOnly.parse(text).problems.every((p) => !/could not be read/.test(p.message)), JSON.stringify(text));
    // nor with the unbundled library, on these inputs
    for (const text of EDGE_CASES) assert.ok(full.parse(text).problems.every((p) => !/could not be read/.test(p.message)), JSON.stringify(text));
  });

  it('generated YAML-like text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => same(parts.join(''))), { numRuns: 2000 });
  });
});
