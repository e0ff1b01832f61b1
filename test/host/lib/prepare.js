// Shared by both drivers (code-server and desktop VS Code): build the extension and the integration suite,
// and copy the fixture workspace to a throwaway folder (the tests create, change and delete files in it).
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const PROJECT = path.resolve(__dirname, '..', '..', '..');
const SUITE_SRC = path.join(PROJECT, 'test', 'integration');
const SUITE_OUT = path.join(PROJECT, 'out', 'test', 'integration');

/** `node esbuild.js` (dist/extension.js, dist/web/extension.js ...) and the suite bundled to out/test/integration. */
async function build({ skipExtension = false } = {}) {
  if (!skipExtension) execFileSync(process.execPath, ['esbuild.js'], { cwd: PROJECT, stdio: 'inherit' });
  const esbuild = require(path.join(PROJECT, 'node_modules', 'esbuild'));
  const entries = fs.readdirSync(SUITE_SRC).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => path.join(SUITE_SRC, f));
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_OUT;
}

/** Copies test/integration/workspace to `<runDir>/workspace` and returns its path. */
function copyWorkspace(runDir) {
  const dest = path.join(runDir, 'workspace');
  fs.cpSync(path.join(SUITE_SRC, 'workspace'), dest, { recursive: true });
  return dest;
}

module.exports = { PROJECT, SUITE_OUT, build, copyWorkspace };
