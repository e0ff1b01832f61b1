// Helpers for the integration-test driver: start/stop code-server (own process group) and launch Debian's
// Chromium through playwright-core (no `playwright install`). Adapted from ../shared/tools/vscode-host/lib.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const http = require('http');
const net = require('net');

const PROJECT = path.resolve(__dirname, '..', '..', '..');
const CS_BIN = process.env.CODE_SERVER_BIN || path.join(PROJECT, '.host', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => { req.destroy(); resolve(false); });
  });
}

/**
 * Environment that keeps code-server's own state inside runDir: without the XDG_*
 * variables it writes ~/.config/code-server/config.yaml (when --config is absent),
 * ~/.local/share/code-server/{coder-logs,heartbeat} and ~/.cache/Microsoft/DeveloperTools.
 */
function isolatedEnv(runDir) {
  return {
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    // No extension gallery at all (default would be open-vsx.org, unreachable offline).
    EXTENSIONS_GALLERY: '{}',
  };
}

/**
 * Start code-server bound to 127.0.0.1, auth none, throwaway dirs.
 * Returns { url, port, pid, stop(), logFile }.
 */
async function startCodeServer({ runDir, folder, port, env = {}, extraArgs = [], startTimeoutMs = 60000, trust = false, userSettings = {} }) {
  port = port || await freePort();
  fs.mkdirSync(runDir, { recursive: true });
  const logFile = path.join(runDir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', path.join(runDir, 'config.yaml'),
    '--user-data-dir', path.join(runDir, 'data'),
    '--extensions-dir', path.join(runDir, 'ext'),
    ...extraArgs,
  ];
  if (folder) args.push(folder);
  // Quiet, offline-friendly user settings in the throwaway user-data-dir.
  const userDir = path.join(runDir, 'data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': trust,
      'git.enabled': false,
      ...userSettings,
    }, null, 2));
  }
  const t0 = Date.now();
  // detached => new process group; we kill the whole group (by its pgid = child pid) at the end.
  const child = spawn(CS_BIN, args, { detached: true, stdio: ['ignore', out, out], env: {
    ...process.env,
    ...isolatedEnv(runDir),
    ...env,
  } });
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (await httpOk(`${url}/healthz`)) break;
    if (exited) throw new Error(`code-server exited early; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    if (Date.now() - t0 > startTimeoutMs) { stopGroup(child.pid); throw new Error('code-server did not start in time'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startupMs = Date.now() - t0;
  return { url, port, pid: child.pid, logFile, startupMs, stop: () => stopGroup(child.pid) };
}

async function stopGroup(pgid) {
  const alive = () => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
}

async function launchChromium(userDataDir) {
  const { chromium } = require('playwright-core');
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  // launchPersistentContext = our own --user-data-dir (a fresh one each run).
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // keep Chromium's "Crash Reports" and caches out of ~/.config and ~/.cache
    env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A fresh run directory under $VSC_HOST_RUNS (default <project>/.host/runs, gitignored). */
function makeRunDir(prefix) {
  const base = process.env.VSC_HOST_RUNS || path.join(PROJECT, '.host', 'runs');
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, prefix));
}

/** vscode-remote URI for a path on the code-server machine, as the workbench expects. */
function remoteUri(authority, fsPath) {
  return `vscode-remote://${authority}${path.resolve(fsPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}

module.exports = { PROJECT, startCodeServer, isolatedEnv, makeRunDir, stopGroup, launchChromium, remoteUri, freePort, CS_BIN, CHROMIUM };
