#!/usr/bin/env node
// Runs the browser end-to-end tests (node --test test/e2e/workbench.e2e.test.js) and ends with one line
// "e2e: N passed, N failed, N skipped" (the time on the line before). Exit code: the test runner's (0 only when all pass).
//   node test/e2e/run.js [--screenshots DIR] [--no-build] [--vsix] [--timeout S]
// --screenshots DIR  also write the README screenshots (256-colour PNGs) to DIR, e.g. images
// --no-build         skip `node esbuild.js` (E2E_NO_BUILD=1)
// --vsix             package with vsce into the run dir and install the .vsix instead of a development extension
// --timeout S        stop everything after S seconds (default 600)
// The tests stop their code-server process group and Chromium themselves; if the runner has to kill them (timeout,
// Ctrl+C), it also stops the code-server group recorded in the run dir.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

// `node --test` (no file arguments) treats every .js under test/ as a test file: do not start a run from there.
if (process.env.NODE_TEST_CONTEXT) process.exit(0);

const PROJECT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const env = { ...process.env };
if (opt('--screenshots')) env.SCREENSHOTS_DIR = path.resolve(process.cwd(), opt('--screenshots'));
if (args.includes('--no-build')) env.E2E_NO_BUILD = '1';
if (args.includes('--vsix')) env.E2E_VSIX = '1';
const timeoutS = Number(opt('--timeout') || 600);
const runs = env.VSC_HOST_RUNS || path.join(PROJECT, '.host', 'runs');

// Keep the 5 newest earlier e2e run dirs (each ~2 MB: workspace copy, code-server data, screenshots, logs).
if (fs.existsSync(runs)) {
  const old = fs.readdirSync(runs).filter((d) => d.startsWith('e2e-')).map((d) => path.join(runs, d))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs).slice(5);
  for (const d of old) fs.rmSync(d, { recursive: true, force: true });
}

const t0 = Date.now();
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', path.join(__dirname, 'workbench.e2e.test.js')], {
  cwd: PROJECT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
});
let out = '';
child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });

function killAll(signal) {
  try { process.kill(-child.pid, signal); } catch { /* gone */ }
  // The code-server group of this run (written by the test's `before`), if it outlived the test process.
  const m = /# run dir (\S+)/.exec(out);
  const dirs = m ? [m[1]] : fs.existsSync(runs) ? fs.readdirSync(runs).filter((d) => d.startsWith('e2e-')).map((d) => path.join(runs, d))
    .filter((d) => fs.statSync(d).mtimeMs >= t0) : [];
  for (const d of dirs) {
    try {
      const { codeServer } = JSON.parse(fs.readFileSync(path.join(d, 'pgids.json'), 'utf8'));
      process.kill(-codeServer, signal);
    } catch { /* not started or already stopped */ }
  }
}

const timer = setTimeout(() => { console.error(`e2e: timed out after ${timeoutS} s, stopping`); killAll('SIGKILL'); }, timeoutS * 1000);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killAll('SIGTERM'); process.exit(130); });

child.on('close', (code, signal) => {
  clearTimeout(timer);
  if (signal) killAll('SIGKILL');
  const summary = /ℹ tests \d+/.test(out);
  // From the runner's summary; if it was stopped before printing one, from the tests reported so far.
  const n = (k) => { const m = new RegExp(`ℹ ${k} (\\d+)`).exec(out); return m ? Number(m[1]) : 0; };
  const lines = (mark) => out.split('\n').filter((l) => l.startsWith(`${mark} `)).length;
  const passed = summary ? n('pass') : lines('✔');
  const failed = summary ? n('fail') + n('cancelled') : lines('✖');
  const status = code === 0 && !signal && summary && failed === 0 && passed > 0 ? 0 : 1;
  const note = summary ? '' : `, stopped before the end (${signal || `exit ${code}`})`;
  console.log(`e2e: ${((Date.now() - t0) / 1000).toFixed(0)} s${note}`);
  // The closing line alone, in the plain form CI reads: "e2e: N passed, N failed, N skipped".
  console.log(`e2e: ${passed} passed, ${failed} failed, ${summary ? n('skipped') : 0} skipped`);
  process.exit(status);
});
