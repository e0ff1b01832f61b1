// Browser end-to-end tests of the real workbench: code-server 4.100.3 (= VS Code 1.100.3) in Debian's Chromium,
// driven by playwright-core, with the extension loaded as a development extension (URL payload
// `extensionDevelopmentPath`) or, with E2E_VSIX=1, packaged with `vsce` into a temp dir and installed from the .vsix.
// It opens the example deal (examples/microsoft-openai, copied to a throwaway workspace: nothing is ever saved and
// the example on disk is checked unchanged at the end) and checks what a person sees.
//
//   node --test test/e2e/                   (after `bash test/host/install-code-server.sh`; builds with esbuild)
//   E2E_NO_BUILD=1        skip `node esbuild.js`
//   E2E_VSIX=1            install from a .vsix (vsce package --no-dependencies into the run dir) instead
//   SCREENSHOTS_DIR=dir   also copy the README screenshots there (scripts/screenshots.js sets it to images/)
// Screenshots always go to the run dir (.host/runs/e2e-XXXX/screenshots), printed at the end.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { startCodeServer, launchChromium, remoteUri, makeRunDir, isolatedEnv, CS_BIN, CHROMIUM } = require('../host/lib/codeserver');

const PROJECT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(PROJECT, 'examples', 'microsoft-openai');
const DRAFT = 'partnership.contract.md';
const USE_VSIX = !!process.env.E2E_VSIX;
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR ? path.resolve(PROJECT, process.env.SCREENSHOTS_DIR) : undefined;
/** Finding codes the example draft is written to produce (see examples/microsoft-openai/README or the CLI report). */
const EXPECTED_CODES = ['exclusivity-conflict', 'date-conflict', 'forbidden-clause', 'number-words-mismatch', 'value-conflict', 'invalid-date', 'broken-reference'];

let server; let ctx; let page; let runDir; let shotsDir; let exampleHashBefore;
const timings = {};
const shots = [];

/** sha256 over every file of a folder (relative path + bytes), to prove nothing was written to the example. */
function hashTree(dir) {
  const h = crypto.createHash('sha256');
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else h.update(path.relative(dir, p)).update('\0').update(fs.readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** Bounded polling of a value read from the page (for DOM state that has no event to wait on from outside). */
async function poll(fn, ok, what, timeoutMs = 30000) {
  const t0 = Date.now();
  let v;
  for (;;) {
    v = await fn();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) {
      const shot = path.join(runDir, `timeout-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(v instanceof Set ? [...v] : v)} (screenshot ${shot})`);
    }
    await page.waitForTimeout(150);
  }
}

async function screenshot(name) {
  const file = path.join(shotsDir, name);
  await page.screenshot({ path: file });
  shots.push(file);
  if (SCREENSHOTS_DIR) {
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(SCREENSHOTS_DIR, name));
  }
  return file;
}

const editorSel = '.editor-instance .monaco-editor';

/** The left borders the clause decorations draw (Monaco gives each decoration type a `ced-…` class). */
function clauseBars() {
  return page.evaluate((sel) => {
    const out = [];
    for (const el of document.querySelectorAll(`${sel} .view-overlays [class*="ced-"]`)) {
      const s = getComputedStyle(el);
      if (s.borderLeftStyle === 'solid' && parseFloat(s.borderLeftWidth) >= 3) {
        out.push({ cls: [...el.classList].find((c) => c.startsWith('ced-')), color: s.borderLeftColor, top: Math.round(el.getBoundingClientRect().top) });
      }
    }
    return out;
  }, editorSel);
}

/** Screen box of `word` inside the first rendered editor line whose text contains `phrase` (null when not rendered). */
function wordBox(phrase, word) {
  return page.evaluate(({ sel, phrase, word }) => {
    for (const line of document.querySelectorAll(`${sel} .view-lines .view-line`)) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(phrase);
      if (at < 0) continue;
      let target = at + phrase.indexOf(word);
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (target < len) {
          const r = document.createRange();
          r.setStart(n, target);
          r.setEnd(n, Math.min(len, target + word.length));
          const b = r.getBoundingClientRect();
          return { x: b.x, y: b.y, width: b.width, height: b.height };
        }
        target -= len;
      }
    }
    return null;
  }, { sel: editorSel, phrase, word });
}

/** Text of the rendered editor lines (only what is on screen; spaces normalised). */
function visibleEditorText() {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} .view-lines .view-line`)]
    .map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n'), editorSel);
}

/** The rows of the Problems panel, as rendered (text of each row). */
function problemRows() {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
}

/**
 * The codes shown in the Problems panel: a finding row reads "… Clause Annotator(code) [Ln, Col]". The list is
 * virtualised, so it is scrolled with the mouse wheel (as a person would) and the rows seen on the way are collected.
 */
async function problemCodes() {
  const codes = new Set();
  const collect = async () => {
    for (const r of await problemRows()) {
      const m = /Clause Annotator\s*\(?([a-z][a-z-]*)\)?\s*\[Ln/.exec(r);
      if (m) codes.add(m[1]);
    }
  };
  const list = page.locator('.markers-panel .monaco-list').first();
  const box = await list.boundingBox();
  if (!box) return codes;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let last = '';
  for (let i = 0; i < 20; i++) {
    await collect();
    const rows = (await problemRows()).join('\n');
    if (rows === last) break;
    last = rows;
    await page.mouse.wheel(0, box.height * 0.8);
    await page.waitForTimeout(50); // the list re-renders on the next frame
  }
  await page.mouse.wheel(0, -100000);
  return codes;
}

/** Put the cursor on the first line of the draft containing `text` (Go to Line, which also scrolls it into view). */
async function goToLineOf(text) {
  const line = fs.readFileSync(path.join(EXAMPLE, DRAFT), 'utf8').split(/\r?\n/).findIndex((l) => l.includes(text)) + 1;
  assert.ok(line > 0, `"${text}" is in the draft`);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('#status\\.editor\\.selection').filter({ hasText: `Ln ${line},` }).waitFor({ timeout: 15000 });
  return line;
}

function activeTabClass() {
  return page.evaluate(() => [...document.querySelectorAll('.tabs-container .tab')].filter((t) => t.getAttribute('aria-selected') === 'true' || t.classList.contains('active')).map((t) => `${t.className} ${t.getAttribute('aria-label') || ''}`).join(' | '));
}

function quickInputText() {
  return page.evaluate(() => {
    const w = document.querySelector('.quick-input-widget');
    return w && w.offsetParent !== null ? w.innerText.replace(/\s+/g, ' ') : '';
  });
}

/** Park the mouse where it opens no hover or tooltip (the empty part of the Explorer). */
async function parkMouse() {
  await page.mouse.move(150, 500);
}

async function hoverWord(phrase, word) {
  const box = await poll(() => wordBox(phrase, word), Boolean, `"${phrase}" rendered in the editor`);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  return box;
}

async function runFromPalette(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

before(async () => {
  const t0 = Date.now();
  for (const p of [CS_BIN, CHROMIUM]) {
    if (!fs.existsSync(p)) throw new Error(`${p} is missing: run \`bash test/host/install-code-server.sh\` first`);
  }
  exampleHashBefore = hashTree(EXAMPLE);
  runDir = makeRunDir('e2e-');
  shotsDir = path.join(runDir, 'screenshots');
  fs.mkdirSync(shotsDir, { recursive: true });
  let t = Date.now();
  if (!process.env.E2E_NO_BUILD && !USE_VSIX) execFileSync(process.execPath, ['esbuild.js'], { cwd: PROJECT, stdio: 'inherit' });
  if (USE_VSIX) {
    // `vsce package` runs vscode:prepublish (the production build); the .vsix is written to the run dir only.
    const vsix = path.join(runDir, 'clause-annotator.vsix');
    execFileSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository',
      '--baseContentUrl', 'https://example.invalid/clause-annotator', '--baseImagesUrl', 'https://example.invalid/clause-annotator',
      '-o', vsix], { cwd: PROJECT, stdio: ['ignore', 'inherit', 'inherit'] });
    execFileSync(CS_BIN, ['--config', path.join(runDir, 'config.yaml'), '--user-data-dir', path.join(runDir, 'data'),
      '--extensions-dir', path.join(runDir, 'ext'), '--install-extension', vsix],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...isolatedEnv(runDir) } });
  }
  timings.buildMs = Date.now() - t;
  // The workspace is a copy of the example: quick fixes edit it in memory only; nothing under examples/ is touched.
  const folder = path.join(runDir, 'workspace');
  fs.cpSync(EXAMPLE, folder, { recursive: true });
  server = await startCodeServer({
    runDir,
    folder,
    userSettings: {
      // What a reader of a long-line Markdown draft would set; makes the screenshot show whole clauses.
      'editor.wordWrap': 'on',
      'editor.minimap.enabled': false,
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
      'workbench.editor.enablePreview': false,
      'editor.stickyScroll.enabled': false,
      // The web workbench defaults to afterDelay; a fix must stay an unsaved edit that undo can take back.
      'files.autoSave': 'off',
    },
  });
  timings.serverStartMs = server.startupMs;
  ctx = await launchChromium(path.join(runDir, 'chromium-profile'));
  page = ctx.pages()[0] || await ctx.newPage();
  page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
  t = Date.now();
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (!USE_VSIX) {
    const payload = JSON.stringify([['extensionDevelopmentPath', remoteUri(new URL(server.url).host, PROJECT)], ['skipWelcome', 'true']]);
    url += `&payload=${encodeURIComponent(payload)}`;
  }
  await page.goto(url);
  await page.getByRole('treeitem', { name: DRAFT }).waitFor({ timeout: 120000 });
  timings.workbenchReadyMs = Date.now() - t;
  timings.beforeMs = Date.now() - t0;
}, { timeout: 300000 });

after(async () => {
  try { if (ctx) await ctx.close(); } finally { if (server) await server.stop(); }
  if (runDir) fs.rmSync(path.join(runDir, 'chromium-profile'), { recursive: true, force: true });
  console.log(`# e2e timings ${JSON.stringify(timings)}`);
  console.log(`# run dir ${runDir}`);
  for (const s of shots) console.log(`# screenshot ${s}${SCREENSHOTS_DIR ? ` (copied to ${path.relative(PROJECT, SCREENSHOTS_DIR)}/)` : ''}`);
});

test('1. opening the example draft draws the clause decorations', { timeout: 120000 }, async () => {
  const t = Date.now();
  await page.getByRole('treeitem', { name: DRAFT }).click();
  await page.locator(`${editorSel} .view-lines`).filter({ hasText: 'Restated Partnership Agreement' }).waitFor({ timeout: 60000 });
  await page.locator('#status\\.editor\\.mode').filter({ hasText: 'Contract' }).waitFor({ timeout: 60000 });
  const bars = await poll(clauseBars, (b) => new Set(b.map((x) => x.color)).size >= 3, 'clause decorations in several colours', 60000);
  timings.openToDecorationsMs = Date.now() - t;
  const colors = new Set(bars.map((b) => b.color));
  assert.ok(bars.length >= 5, `a left border on each classified clause on screen: ${bars.length}`);
  assert.ok(colors.size >= 3, `one colour per clause type: ${[...colors].join(', ')}`);
  // The overview ruler (right edge) carries the same marks; it is a canvas, so check it is there and sized.
  const ruler = await page.locator(`${editorSel} canvas.decorationsOverviewRuler`).first().boundingBox();
  assert.ok(ruler && ruler.height > 100, `overview ruler drawn: ${JSON.stringify(ruler)}`);
  // The squiggles of the findings are drawn too.
  await page.locator(`${editorSel} .squiggly-error`).first().waitFor({ timeout: 30000 });
});

test('2. hovering "exclusive" in Section 3.1 shows the linked term and the conflict', { timeout: 90000 }, async () => {
  await hoverWord('grants to Microsoft the exclusive right', 'exclusive');
  const hover = page.locator('.monaco-hover').filter({ hasText: 'model-access' }).filter({ hasText: 'exclusivity-conflict' });
  await hover.first().waitFor({ state: 'visible', timeout: 30000 });
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Exclusivity/, 'the clause type');
  assert.match(text, /model-access/, 'the linked term');
  assert.match(text, /exclusive: false/, 'the term\'s value');
  assert.match(text, /Section 3\.1 grants exclusivity/, 'the conflict message');
  assert.match(text, /exclusivity-conflict/, 'the finding code');
  await page.keyboard.press('Escape');
  await parkMouse();
});

test('3. the Problems panel lists the findings, and the hover over them makes the README screenshot', { timeout: 120000 }, async () => {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 30000 });
  // Let the panel take the room it needs so no row is virtualised away (two thirds of the window at most).
  const codes = await poll(problemCodes, (c) => EXPECTED_CODES.every((x) => c.has(x)), `the codes ${EXPECTED_CODES.join(', ')} in the Problems panel`, 60000)
    .catch(async (e) => { console.log(`# problem rows: ${JSON.stringify(await problemRows())}`); throw e; });
  for (const c of EXPECTED_CODES) assert.ok(codes.has(c), c);
  const rows = await problemRows();
  assert.ok(rows.some((r) => r.includes(DRAFT)), 'grouped under the draft');
  assert.ok(rows.some((r) => /Section 2\.1 says December 31, 2030/.test(r)), 'the date conflict message');
  // The Problems badge counts them.
  const badge = await page.locator('.part.panel .badge-content, .panel .composite.title .badge-content').first().innerText().catch(() => '');
  console.log(`# problems badge ${JSON.stringify(badge)}; rows ${rows.length}`);
  await page.locator(`${editorSel} .view-lines`).first().click({ position: { x: 5, y: 5 } });
  await goToLineOf('the exclusive right');
  await parkMouse();
  await screenshot('screenshot-problems.png');
  // README screenshot: decorated draft, the hover on the exclusivity clause, the Problems panel below.
  await hoverWord('grants to Microsoft the exclusive right', 'exclusive');
  await page.locator('.monaco-hover').filter({ hasText: 'model-access' }).first().waitFor({ state: 'visible', timeout: 30000 });
  await screenshot('screenshot.png');
  await page.keyboard.press('Escape');
  await parkMouse();
});

test('4. a quick fix applies, its finding goes; undo restores the text and the finding; nothing is saved', { timeout: 120000 }, async () => {
  await goToLineOf('the exclusive right');
  const box = await poll(() => wordBox('grants to Microsoft the exclusive right', 'exclusive'), Boolean, 'Section 3.1 on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Make non-exclusive' });
  await fix.first().waitFor({ state: 'visible', timeout: 30000 });
  const titles = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
  assert.ok(titles.some((x) => /Ignore `?exclusivity-conflict`? here/.test(x)), `the ignore action is offered too: ${titles.join(' | ')}`);
  await screenshot('quick-fix.png');
  // Choose it with the keyboard (the widget's pointer shield swallows synthetic clicks): move to it, press Enter.
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < titles.length && !/Make non-exclusive/.test(await focused.innerText().catch(() => '')); i++) await page.keyboard.press('ArrowDown');
  assert.match(await focused.innerText(), /Make non-exclusive/);
  const t = Date.now();
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 15000 });
  await poll(visibleEditorText, (x) => x.includes('the non-exclusive right to access'), 'the fixed text');
  assert.ok(!(await visibleEditorText()).includes('the exclusive right'));
  await poll(activeTabClass, (c) => /\bdirty\b/.test(c), 'the tab marked as modified', 15000);
  assert.ok(fs.readFileSync(path.join(runDir, 'workspace', DRAFT), 'utf8').includes('the exclusive right'), 'the fix is not saved');
  await poll(problemCodes, (c) => !c.has('exclusivity-conflict') && c.has('date-conflict'), 'exclusivity-conflict gone from the Problems panel, the rest still there', 30000);
  timings.fixToProblemsMs = Date.now() - t;
  await page.keyboard.press('Control+Z');
  await poll(visibleEditorText, (x) => x.includes('grants to Microsoft the exclusive right to access'), 'the original text after undo');
  await poll(problemCodes, (c) => c.has('exclusivity-conflict'), 'exclusivity-conflict back after undo', 30000);
  // Back at the saved version: the tab is clean, and the file in the workspace copy was never written.
  await poll(activeTabClass, (c) => !/\bdirty\b/.test(c), 'a clean tab after undo', 15000);
  assert.strictEqual(fs.readFileSync(path.join(runDir, 'workspace', DRAFT), 'utf8'), fs.readFileSync(path.join(EXAMPLE, DRAFT), 'utf8'));
});

test('5. "Clause Annotator: Show Clauses by Type" from the palette lists the clauses by type and reveals the one picked', { timeout: 120000 }, async () => {
  await runFromPalette('Clause Annotator: Show Clauses by Type');
  const input = page.locator('.quick-input-widget input');
  await poll(quickInputText, (x) => /Clauses by type|Results/.test(x) && /[A-Z][\w /-]{2,40} \(\d+\)/.test(x), 'the clauses grouped by type in the quick pick');
  const list = (await page.locator('.quick-input-widget .quick-input-list').innerText()).replace(/\s+/g, ' ');
  const groups = list.match(/[A-Z][\w /-]{2,40} \(\d+\)/g) || [];
  assert.ok(groups.length >= 3, `a group per clause type (the list is virtualised; these are on screen): ${groups.join(', ')}`);
  assert.match(list, /model-access/, 'the linked term');
  assert.match(list, /\d+ findings?/, 'the clause\'s findings');
  await screenshot('clauses-by-type.png');
  // Pick the governing-law clause; the editor moves to it.
  await input.fill('governed by the laws');
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'governed by the laws' }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  const want = fs.readFileSync(path.join(EXAMPLE, DRAFT), 'utf8').split(/\r?\n/).findIndex((l) => l.includes('governed by the laws')) + 1;
  assert.ok(want > 0);
  const pos = page.locator('#status\\.editor\\.selection');
  await pos.filter({ hasText: `Ln ${want},` }).waitFor({ timeout: 30000 });
  assert.match(await pos.innerText(), new RegExp(`Ln ${want}, Col 1`));
});

test('6. the example on disk is unchanged', { timeout: 30000 }, async () => {
  assert.strictEqual(hashTree(EXAMPLE), exampleHashBefore);
});
