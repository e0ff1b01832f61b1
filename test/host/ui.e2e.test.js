// What the extension API cannot read: the clause decorations and the status bar item, checked in the DOM of the
// real workbench (code-server 4.100.3 in Debian's Chromium), plus a screenshot.
//   node --test test/host/ui.e2e.test.js          (after bash test/host/install-code-server.sh and node esbuild.js)
//   SCREENSHOT=path.png to choose where the screenshot goes (default .host/screenshot-ui.png)
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { startCodeServer, launchChromium, remoteUri, makeRunDir } = require('./lib/codeserver');
const { PROJECT, copyWorkspace } = require('./lib/prepare');

const SCREENSHOT = process.env.SCREENSHOT || path.join(PROJECT, '.host', 'screenshot-ui.png');
let server; let ctx; let page; let runDir;

/** Left borders drawn by decorations in the editor's text layer: [{ color, top }]. */
function bars() {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.editor-instance .monaco-editor .view-lines span[class*="ced-"]')) {
      const s = getComputedStyle(el);
      if (s.borderLeftStyle === 'solid' && parseFloat(s.borderLeftWidth) >= 3) out.push({ color: s.borderLeftColor, top: el.getBoundingClientRect().top });
    }
    return out;
  });
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

async function waitFor(fn, ok, what, timeoutMs = 30000) {
  const t0 = Date.now();
  let v;
  for (;;) {
    v = await fn();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await page.waitForTimeout(200); // polling the DOM (no event to wait on from outside the page)
  }
}

before(async () => {
  runDir = makeRunDir('ui-');
  const folder = copyWorkspace(runDir);
  server = await startCodeServer({ runDir, folder });
  ctx = await launchChromium(path.join(runDir, 'chromium-profile'));
  page = ctx.pages()[0] || await ctx.newPage();
  const payload = JSON.stringify([['extensionDevelopmentPath', remoteUri(new URL(server.url).host, PROJECT)]]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
  await page.getByRole('treeitem', { name: 'deal.contract.md' }).waitFor({ timeout: 90000 });
  await page.getByRole('treeitem', { name: 'deal.contract.md' }).click();
  await page.locator('.editor-instance .monaco-editor .view-lines').filter({ hasText: 'Model Access' }).waitFor({ timeout: 30000 });
}, { timeout: 150000 });

after(async () => {
  try { if (ctx) await ctx.close(); } finally { if (server) await server.stop(); }
  fs.rmSync(path.join(runDir, 'chromium-profile'), { recursive: true, force: true });
});

test('clauses are marked with a coloured left border per type', { timeout: 60000 }, async () => {
  const found = await waitFor(bars, (b) => b.length > 0, 'clause decorations');
  const colors = new Set(found.map((b) => b.color));
  assert.ok(colors.size >= 2, `several clause types, several colours: ${[...colors].join(', ')}`);
});

test('the status bar shows the draft\'s finding counts', { timeout: 60000 }, async () => {
  const item = page.locator('.statusbar-item').filter({ has: page.locator('.codicon-law') });
  await item.first().waitFor({ timeout: 30000 });
  const text = await item.first().innerText();
  // "<classified> <errors> <warnings> <infos>" (the icons render as glyphs, not text)
  const numbers = text.match(/\d+/g) || [];
  assert.strictEqual(numbers.length, 4, text);
  assert.ok(Number(numbers[1]) >= 1, `at least one error (the exclusivity conflict): ${text}`);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`# screenshot ${SCREENSHOT}`);
});

test('Toggle Clause Highlights hides and shows the borders', { timeout: 90000 }, async () => {
  await runCommand('Clause Annotator: Toggle Clause Highlights');
  await waitFor(bars, (b) => b.length === 0, 'no borders after toggling off');
  await runCommand('Clause Annotator: Toggle Clause Highlights');
  await waitFor(bars, (b) => b.length > 0, 'borders back after toggling on');
});
