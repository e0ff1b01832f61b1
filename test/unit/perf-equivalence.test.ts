/**
 * Behaviour snapshot of `analyzeDocument`, so that performance work cannot change any result.
 * The results were recorded from the code before optimisation and are stored as JSON under
 * test/fixtures/perf-snapshot/. Regenerate only on purpose (and review the diff):
 *   UPDATE_SNAPSHOT=1 npx mocha test/unit/perf-equivalence.test.ts
 */
import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { perfCases, REPO, type PerfCase } from './perf-cases';

const DIR = path.join(REPO, 'test', 'fixtures', 'perf-snapshot');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1';

interface Entry { readonly name: string; readonly textSha1: string; readonly result: unknown }

function group(name: string): string {
  if (name.startsWith('examples')) return 'examples';
  if (name.startsWith('test/golden')) return 'golden';
  const m = /^test\/fixtures\/([^/]+)\/([^#]+)\.jsonl#/.exec(name);
  if (m) return `${m[1]}-${m[2]}`;
  return 'synthetic';
}

function sha1(s: string): string {
  return crypto.createHash('sha1').update(s, 'utf8').digest('hex');
}

/** JSON form of a result: what the adapters and the CLI see (undefined keys dropped). */
function plain(c: PerfCase): unknown {
  return JSON.parse(JSON.stringify(analyzeDocument(c.text, c.model, c.options)));
}

const cases = perfCases();
const groups = new Map<string, PerfCase[]>();
for (const c of cases) {
  const g = group(c.name);
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g)!.push(c);
}

describe('perf equivalence: analyzeDocument matches the recorded snapshot', function () {
  this.timeout(120_000);

  it('covers the examples, golden drafts, vendored CUAD texts and synthetic contracts', () => {
    assert.ok(cases.length >= 300, `only ${cases.length} cases`);
    for (const g of ['examples', 'golden', 'cuad-sample', 'synthetic']) assert.ok(groups.has(g), `no ${g} cases`);
  });

  if (UPDATE) {
    it('writes the snapshot (UPDATE_SNAPSHOT=1)', () => {
      fs.mkdirSync(DIR, { recursive: true });
      for (const [g, cs] of groups) {
        const entries: Entry[] = cs.map((c) => ({ name: c.name, textSha1: sha1(c.text), result: plain(c) }));
        fs.writeFileSync(path.join(DIR, `${g}.json`), `${JSON.stringify(entries, null, 1)}\n`);
      }
    });
    return;
  }

  for (const [g, cs] of groups) {
    describe(g, () => {
      const file = path.join(DIR, `${g}.json`);
      const recorded = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Entry[]) : [];
      const byName = new Map(recorded.map((e) => [e.name, e]));

      it('has a recorded entry for every input', () => {
        assert.ok(fs.existsSync(file), `missing ${path.relative(REPO, file)}; run with UPDATE_SNAPSHOT=1`);
        assert.deepStrictEqual(cs.map((c) => c.name).filter((n) => !byName.has(n)), []);
      });

      for (const c of cs) {
        it(c.name, () => {
          const e = byName.get(c.name);
          if (!e) return assert.fail(`no recorded entry for ${c.name}`);
          assert.strictEqual(e.textSha1, sha1(c.text), `${c.name}: the input file changed since the snapshot was recorded`);
          assert.deepStrictEqual(plain(c), e.result);
        });
      }
    });
  }
});
