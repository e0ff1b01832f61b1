/**
 * The extension bundles stay within 400 KB minified (issue 8's budget): built in memory with the production options
 * of esbuild.js, so a change that crosses the budget fails here and not only in `npm run bench`. Sizes are exact
 * (no timing), so this is a test, not a benchmark.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '..', '..');
const BUDGET = 400 * 1024;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { configs } = require(path.join(ROOT, 'esbuild.js')) as { configs: (production: boolean) => (esbuild.BuildOptions & { outfile: string })[] };

describe('bundle size: the extension bundles are at most 400 KB minified', function () {
  this.timeout(120_000);
  for (const outfile of ['dist/extension.js', 'dist/web/extension.js']) {
    it(outfile, async () => {
      const options = configs(true).find((c) => c.outfile === outfile);
      assert.ok(options, `esbuild.js builds ${outfile}`);
      assert.strictEqual(options.minify, true);
      const r = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, plugins: options.plugins!.filter((p) => p.name !== 'problem-matcher'), logLevel: 'silent' });
      const bytes = r.outputFiles!.find((f) => f.path.endsWith(outfile.replace(/\//g, path.sep)))!.contents.length;
      assert.ok(bytes <= BUDGET, `${outfile}: ${bytes.toLocaleString('en-US')} bytes, over the ${BUDGET.toLocaleString('en-US')}-byte budget by ${(bytes - BUDGET).toLocaleString('en-US')}`);
      console.log(`      ${outfile}: ${bytes.toLocaleString('en-US')} bytes (${(BUDGET - bytes).toLocaleString('en-US')} to spare)`);
    });
  }
});
