#!/usr/bin/env node
// Regenerates the README screenshots from the browser end-to-end tests (test/e2e): runs them against the real
// workbench (code-server + Chromium) on examples/microsoft-openai and writes 256-colour PNGs to images/.
// The screenshots are only replaced when every test passes; each must stay under 200 KB.
//   node scripts/screenshots.js [--no-build]       (needs `bash test/host/install-code-server.sh` once)
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const images = path.join(root, 'images');
const MAX_BYTES = 200 * 1024;
/** The screenshots the tests take (test/e2e/workbench.e2e.test.js) and what each shows. */
const SHOTS = {
  'screenshot.png': 'the decorated draft, the hover on the exclusivity clause (linked term and conflict), the Problems panel',
  'draft-problems.png': 'the decorated draft and the Problems panel',
  'quick-fix.png': 'the quick fixes offered for the exclusivity conflict',
  'clauses-by-type.png': 'Clause Annotator: Show Clauses by Type',
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-shots-'));
try {
  const r = spawnSync(process.execPath, [path.join(root, 'test', 'e2e', 'run.js'), '--screenshots', tmp, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('screenshots: the end-to-end tests failed; images/ left unchanged');
    process.exit(1);
  }
  let ok = true;
  fs.mkdirSync(images, { recursive: true });
  for (const [name, what] of Object.entries(SHOTS)) {
    const src = path.join(tmp, name);
    if (!fs.existsSync(src)) { console.error(`screenshots: ${name} was not taken`); ok = false; continue; }
    const size = fs.statSync(src).size;
    if (size > MAX_BYTES) { console.error(`screenshots: ${name} is ${size} bytes (> ${MAX_BYTES}); not copied`); ok = false; continue; }
    fs.copyFileSync(src, path.join(images, name));
    console.log(`images/${name}  ${(size / 1024).toFixed(0)} KB  ${what}`);
  }
  process.exit(ok ? 0 : 1);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
