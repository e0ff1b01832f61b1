#!/usr/bin/env node
// Runs the integration suite (test/integration, mocha, `run()` as @vscode/test-electron expects) INSIDE the real
// Node extension host of code-server 4.100.3 (= VS Code 1.100.3), offline. Adapted from ../shared/tools/vscode-host.
//
// The web workbench is opened in Debian's Chromium (playwright-core) with
//   ?folder=<copy of test/integration/workspace>&payload=[["extensionDevelopmentPath", vscode-remote://...<project>],
//                                                        ["extensionTestsPath", vscode-remote://...out/test/integration]]
// and calls window.codeAutomationExit(code) when the suite's run() settles.
//
// usage: node test/host/run-exthost-tests.js [--timeout 300] [--grep PATTERN] [--no-build] [--keep] [--untrusted] [--figures FILE]
//   --figures FILE: also write the figures the suite measured (activation, keystroke → diagnostics on 1 MB) as JSON;
//                   `--grep figures --figures out.json` runs only the measuring test (for npm run bench).
//   --untrusted: workspace trust enabled and the folder untrusted (Restricted Mode); runs test/integration/*.restricted.test.ts
//                with restricted settings written to the workspace (they must be ignored).
// Install first: bash test/host/install-code-server.sh   (code-server into .host/, Chromium from Debian)
// Exit code 0 only when every test passed; the last line is "N passed, N failed".
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const { startCodeServer, launchChromium, remoteUri, makeRunDir, CS_BIN } = require('./lib/codeserver');
const { PROJECT, build, copyWorkspace } = require('./lib/prepare');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}
const flag = (name) => process.argv.includes(`--${name}`);

/** Keeps the `keep` most recent run folders under .host/runs (logs of older runs are deleted). */
function pruneRuns(keep) {
  const base = process.env.VSC_HOST_RUNS || path.join(PROJECT, '.host', 'runs');
  if (!fs.existsSync(base)) return;
  const dirs = fs.readdirSync(base).filter((d) => d.startsWith('exthost-')).map((d) => path.join(base, d))
    .map((d) => ({ d, t: fs.statSync(d).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { d } of dirs.slice(keep)) fs.rmSync(d, { recursive: true, force: true });
}

(async () => {
  const t0 = Date.now();
  const timeoutS = Number(arg('timeout', '300'));
  if (!fs.existsSync(CS_BIN)) {
    console.error(`[driver] code-server not found at ${CS_BIN}; run: bash test/host/install-code-server.sh`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const testsOut = flag('no-build') ? require('./lib/prepare').SUITE_OUT : await build();
  const tBuild = Date.now();
  pruneRuns(5);
  const runDir = makeRunDir('exthost-');
  const resultsFile = path.join(runDir, 'results.json');
  const folder = copyWorkspace(runDir);
  const untrusted = flag('untrusted');
  const env = { CLAUSE_TEST_RESULTS: resultsFile, ...(untrusted ? { CLAUSE_TEST_UNTRUSTED: '1' } : {}) };
  if (untrusted) {
    // Workspace values of restricted settings: Restricted Mode must ignore them.
    const settingsFile = path.join(folder, '.vscode', 'settings.json');
    const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    Object.assign(settings, { 'clauseAnnotator.termModel': 'models/side.terms.yaml', 'clauseAnnotator.maxFileSize': 100 });
    fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  }
  if (arg('grep')) env.CLAUSE_TEST_GREP = arg('grep');

  let server = null;
  let ctx = null;
  let finished = false;
  async function cleanup(code) {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    try { if (ctx) await ctx.close(); } catch { /* ignore */ }
    if (server) await server.stop();
    if (!flag('keep')) fs.rmSync(path.join(runDir, 'chromium-profile'), { recursive: true, force: true });
    console.log(`[driver] build ${((tBuild - t0) / 1000).toFixed(1)} s, total ${((Date.now() - t0) / 1000).toFixed(1)} s, logs in ${runDir}`);
    process.exit(code);
  }
  const timer = setTimeout(() => {
    console.error(`[driver] TIMEOUT after ${timeoutS}s`);
    console.log('0 passed, 1 failed');
    void cleanup(124);
  }, timeoutS * 1000);

  let exitCode = 1;
  try {
    server = await startCodeServer({
      runDir, folder, env, trust: untrusted,
      userSettings: untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never', 'security.workspace.trust.untrustedFiles': 'open' } : {},
    });
    console.log(`[driver] code-server ${server.url} (pgid ${server.pid}) up in ${server.startupMs} ms`);
    const authority = new URL(server.url).host;
    ctx = await launchChromium(path.join(runDir, 'chromium-profile'));
    const page = ctx.pages()[0] || await ctx.newPage();
    const lines = [];
    let resultLine = null;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...args.map((a) => (typeof a === 'string' || typeof a === 'number' ? a : JSON.stringify(a))));
      lines.push(text);
      const m = /EXTHOST-RESULT (\{.*\})/.exec(text);
      if (m) { try { resultLine = JSON.parse(m[1]); } catch { /* partial line */ } return; }
      if (process.env.DRIVER_VERBOSE || /passing|failing|pending|✔|✓|\d+\) |Error|vscode \d|\[suite\]/.test(text)) console.log(`[exthost:${type}] ${text}`);
    });
    const done = new Promise((resolve) => { void page.exposeFunction('codeAutomationExit', (code) => resolve(code)); });
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remoteUri(authority, PROJECT)],
      ['extensionTestsPath', remoteUri(authority, testsOut)],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    const code = await done;
    fs.writeFileSync(path.join(runDir, 'automation.log'), lines.join('\n'));
    const fileResult = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : null;
    const r = fileResult || resultLine;
    if (r) {
      for (const t of r.tests) console.log(`  ${t.state === 'passed' ? 'ok  ' : t.state === 'failed' ? 'FAIL' : 'skip'} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}${t.error ? `\n         ${t.error.split('\n').join('\n         ')}` : ''}`);
      if (r.figures) console.log(`[driver] figures ${JSON.stringify(r.figures)}`);
      if (arg('figures')) fs.writeFileSync(path.resolve(arg('figures')), `${JSON.stringify({ vscode: '1.100.3 (code-server 4.100.3)', ...r.figures }, null, 2)}\n`);
      exitCode = code === 0 && r.failed === 0 && r.passed > 0 ? 0 : 1;
      console.log(`${r.passed} passed, ${r.failed} failed`);
    } else {
      console.log(`[driver] no results (codeAutomationExit(${code}))`);
      console.log('0 passed, 1 failed');
    }
  } catch (e) {
    console.error(e);
    console.log('0 passed, 1 failed');
  }
  await cleanup(exitCode);
})();
