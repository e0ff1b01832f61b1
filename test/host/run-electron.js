#!/usr/bin/env node
// Runs the same integration suite in desktop VS Code through @vscode/test-electron (downloads VS Code into
// .vscode-test/, so it needs the internet and, on Linux without a display, xvfb-run).
//
// usage: node test/host/run-electron.js [--version 1.100.0|stable|insiders] [--grep PATTERN] [--no-build]
//   e.g. xvfb-run -a node test/host/run-electron.js --version 1.100.0   (the minimum engines.vscode)
//        xvfb-run -a node test/host/run-electron.js --version stable
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PROJECT, SUITE_OUT, build, copyWorkspace } = require('./lib/prepare');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

(async () => {
  const { runTests } = require(path.join(PROJECT, 'node_modules', '@vscode', 'test-electron'));
  const testsOut = process.argv.includes('--no-build') ? SUITE_OUT : await build();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clause-electron-'));
  const folder = copyWorkspace(runDir);
  const resultsFile = path.join(runDir, 'results.json');
  let code = 1;
  try {
    code = await runTests({
      version: arg('version', 'stable'),
      extensionDevelopmentPath: PROJECT,
      extensionTestsPath: path.join(testsOut, 'index.js'),
      extensionTestsEnv: { CLAUSE_TEST_RESULTS: resultsFile, ...(arg('grep') ? { CLAUSE_TEST_GREP: arg('grep') } : {}) },
      launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(runDir, 'user-data')],
    });
  } catch (e) {
    console.error(e);
    code = 1;
  }
  const r = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null;
  console.log(r ? `${r.passed} passed, ${r.failed} failed` : '0 passed, 1 failed');
  fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(code === 0 && r && r.failed === 0 && r.passed > 0 ? 0 : 1);
})();
