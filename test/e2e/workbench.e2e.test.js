// Browser end-to-end tests of the real workbench: code-server 4.100.3 (= VS Code 1.100.3) in Debian's Chromium,
// driven by playwright-core, with the extension loaded as a development extension (URL payload
// `extensionDevelopmentPath`) or, with E2E_VSIX=1, packaged with `vsce` into a temp dir and installed from the .vsix.
// It opens the example deal (examples/microsoft-openai, copied to a throwaway workspace: nothing is ever saved and
// the example on disk is checked unchanged at the end) and checks what a person sees.
//
//   node test/e2e/run.js                    (after `bash test/host/install-code-server.sh`; builds with esbuild)
//   node --test test/e2e/workbench.e2e.test.js   (the same without the closing count line and the safety net)
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
const { quantizePng } = require('./png');

const PROJECT = path.resolve(__dirname, '..', '..');
const EXAMPLE = path.join(PROJECT, 'examples', 'microsoft-openai');
const DRAFT = 'partnership.contract.md';
const USE_VSIX = !!process.env.E2E_VSIX;
const SCREENSHOTS_DIR = process.env.SCREENSHOTS_DIR ? path.resolve(PROJECT, process.env.SCREENSHOTS_DIR) : undefined;
/** The kinds of finding the example is written to show (issue 10); the full list comes from the CLI's report. */
const PLANTED = ['exclusivity-conflict', 'date-conflict', 'forbidden-clause', 'number-words-mismatch'];
/** The draft's findings as the CLI reports them (`clause-annotator check --format json`): what the panel must show. */
let cliFindings = [];

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
    await page.waitForTimeout(150); // polling interval of a bounded wait (the state is read from outside the page)
  }
}

/** Resolves after two animation frames of the page (a render has happened). */
function nextFrames() {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/** Saves a screenshot to the run dir and, with SCREENSHOTS_DIR, a 256-colour copy (a fraction of the size) there. */
async function screenshot(name) {
  const file = path.join(shotsDir, name);
  await page.screenshot({ path: file });
  shots.push(file);
  if (SCREENSHOTS_DIR) {
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    fs.writeFileSync(path.join(SCREENSHOTS_DIR, name), quantizePng(fs.readFileSync(file)));
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
    await nextFrames(); // the list re-renders on the next animation frame
  }
  await page.mouse.wheel(0, -100000);
  await parkMouse(); // no row tooltip left open
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

/** Scrolls the editor (mouse wheel) until the rendered line containing `text` is the first one on screen. */
async function scrollLineToTop(text) {
  const offset = () => page.evaluate(({ sel, text }) => {
    const guard = document.querySelector(`${sel} .overflow-guard`);
    if (!guard) return null;
    const top = guard.getBoundingClientRect().top;
    for (const l of guard.querySelectorAll('.view-lines .view-line')) {
      if (l.textContent.replace(/\u00a0/g, ' ').includes(text)) return l.getBoundingClientRect().top - top;
    }
    return null;
  }, { sel: editorSel, text });
  const guard = await page.locator(`${editorSel} .overflow-guard`).first().boundingBox();
  await page.mouse.move(guard.x + guard.width / 2, guard.y + guard.height / 2);
  let d = await offset();
  for (let i = 0; i < 8 && (d === null || Math.abs(d) > 2); i++) {
    await page.mouse.wheel(0, d === null ? -300 : d);
    const before = d;
    d = await poll(offset, (v) => v !== before, `the editor to scroll to "${text}"`, 5000).catch(() => offset());
  }
  assert.ok(d !== null && Math.abs(d) <= 2, `"${text}" at the top of the editor (offset ${d})`);
}

/** Waits until the hover containing `text` is fully drawn (its fade-in is over: opacity 1 all the way up). */
async function hoverShown(text) {
  await page.locator('.monaco-hover').filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 30000 });
  await poll(() => page.evaluate((t) => {
    const h = [...document.querySelectorAll('.monaco-hover')].find((e) => e.innerText.includes(t));
    let o = h ? 1 : 0;
    for (let e = h; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  }, text), (o) => o >= 0.999, 'the hover fully drawn', 10000);
}

/** Park the mouse where it opens no hover or tooltip (the empty part of the activity bar). */
async function parkMouse() {
  await page.mouse.move(24, 700);
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
  const report = JSON.parse(execFileSync(process.execPath, [path.join(PROJECT, 'dist', 'cli.js'), 'check', EXAMPLE, '--format', 'json', '--fail-on', 'none'], { cwd: PROJECT, encoding: 'utf8' }));
  cliFindings = report.files.filter((f) => path.basename(f.path) === DRAFT).flatMap((f) => f.findings);
  assert.ok(PLANTED.every((c) => cliFindings.some((f) => f.code === c)), `the example produces ${PLANTED.join(', ')}`);
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
      'editor.hover.above': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
      'workbench.editor.enablePreview': false,
      'editor.stickyScroll.enabled': false,
      // The web workbench defaults to afterDelay; a fix must stay an unsaved edit that undo can take back.
      'files.autoSave': 'off',
    },
  });
  timings.serverStartMs = server.startupMs;
  // For test/e2e/run.js: the process group to stop if this process is killed before `after` runs.
  fs.writeFileSync(path.join(runDir, 'pgids.json'), JSON.stringify({ codeServer: server.pid }));
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
  await hoverShown('model-access');
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
  const expected = [...new Set(cliFindings.map((f) => f.code))].sort();
  const codes = await poll(problemCodes, (c) => expected.every((x) => c.has(x)), `the codes ${expected.join(', ')} in the Problems panel`, 60000)
    .catch(async (e) => { console.log(`# problem rows: ${JSON.stringify(await problemRows())}`); throw e; });
  assert.deepStrictEqual([...codes].sort(), expected, 'the same codes as the CLI report');
  for (const c of PLANTED) assert.ok(codes.has(c), c);
  const rows = await problemRows();
  // The draft's row carries the count, and the panel's badge too: one problem per CLI finding.
  const fileRow = rows.find((r) => r.startsWith(DRAFT));
  assert.ok(fileRow, 'grouped under the draft');
  assert.strictEqual(Number(/(\d+)$/.exec(fileRow)?.[1]), cliFindings.length, `the draft's row counts ${cliFindings.length}: ${fileRow}`);
  const badge = await page.locator('.part.panel .composite.title .badge-content, .part.panel .badge-content').first().innerText();
  assert.strictEqual(Number(badge), cliFindings.length, `the Problems badge: ${badge}`);
  const date = cliFindings.find((f) => f.code === 'date-conflict');
  assert.ok(rows.some((r) => r.includes(date.message)), `the date conflict message: ${date.message}`);
  await page.locator(`${editorSel} .view-lines`).first().click({ position: { x: 5, y: 5 } });
  await goToLineOf('the exclusive right');
  await scrollLineToTop('2.1 Subject to the terms');
  await parkMouse();
  await screenshot('draft-problems.png');
  // README screenshot: decorated draft, the hover on the exclusivity clause, the Problems panel below.
  await hoverWord('grants to Microsoft the exclusive right', 'exclusive');
  await hoverShown('model-access');
  await screenshot('screenshot.png');
  await page.keyboard.press('Escape');
  await parkMouse();
});

test('4. a quick fix applies, its finding goes; undo restores the text and the finding; nothing is saved', { timeout: 120000 }, async () => {
  await goToLineOf('the exclusive right');
  const box = await poll(() => wordBox('grants to Microsoft the exclusive right', 'exclusive'), Boolean, 'Section 3.1 on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  // The fix the core proposes for this finding (as the CLI reports it): its title in the menu, its text in the editor.
  const want = cliFindings.find((f) => f.code === 'exclusivity-conflict').fixes.find((x) => x.preferred && x.newText === 'non-exclusive');
  assert.ok(want, 'the core proposes "non-exclusive" for the exclusivity conflict');
  const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: want.title });
  await fix.first().waitFor({ state: 'visible', timeout: 30000 });
  const titles = await page.locator('.action-widget .monaco-list-row').allInnerTexts();
  assert.ok(titles.some((x) => /Ignore `?exclusivity-conflict`? here/.test(x)), `the ignore action is offered too: ${titles.join(' | ')}`);
  await parkMouse();
  await screenshot('quick-fix.png');
  // Choose it with the keyboard (the widget's pointer shield swallows synthetic clicks): move to it, press Enter.
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  for (let i = 0; i < titles.length && !(await focused.innerText().catch(() => '')).includes(want.title); i++) await page.keyboard.press('ArrowDown');
  assert.ok((await focused.innerText()).includes(want.title), `"${want.title}" chosen`);
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
  await parkMouse();
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
