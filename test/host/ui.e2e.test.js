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

/** Left borders drawn by decorations (overlay layer, behind the text): [{ color, top }]. */
function bars() {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]')) {
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
  page.on('console', (m) => { if (m.type() === 'error' && /clause/i.test(m.text())) console.log(`# console error: ${m.text()}`); });
  page.on('console', (m) => { if (m.text().includes('[deco]')) console.log(m.text()); });
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

test('no contribution errors are reported for the extension', { timeout: 30000 }, async () => {
  const toasts = await page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
  assert.deepStrictEqual(toasts.filter((t) => /clause-annotator/.test(t)), []);
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

test('hovering a clause shows its types, cues, linked term and conflict (rendered)', { timeout: 60000 }, async () => {
  const box = await page.evaluate(() => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf('Northwind\u00a0the');
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i); r.setEnd(n, i + 9);
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
      }
    }
    return null;
  });
  assert.ok(box, 'clause 2.1 is rendered');
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover').filter({ hasText: 'model-access' });
  await hover.first().waitFor({ state: 'visible', timeout: 20000 });
  const text = await hover.first().innerText();
  assert.match(text, /Exclusivity \(\d+%\)/);
  assert.match(text, /because of/);
  assert.match(text, /exclusive: false/);
  const shot = SCREENSHOT.replace(/\.png$/, '-hover.png');
  await page.screenshot({ path: shot });
  console.log(`# screenshot ${shot}`);
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
});

test('Toggle Clause Highlights hides and shows the borders', { timeout: 90000 }, async () => {
  await runCommand('Clause Annotator: Toggle Clause Highlights');
  await waitFor(bars, (b) => b.length === 0, 'no borders after toggling off');
  await runCommand('Clause Annotator: Toggle Clause Highlights');
  await waitFor(bars, (b) => b.length > 0, 'borders back after toggling on');
});
