#!/usr/bin/env node
// `npm start`: the main job on the example deal. Builds, prints the CLI report for examples/microsoft-openai
// (findings grouped by file, with a summary line), and opens VS Code on the example with the extension loaded
// when a `code` command is on the PATH; otherwise says how to install the .vsix.
'use strict';
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const example = path.join(root, 'examples', 'microsoft-openai');

execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { stdio: 'inherit', cwd: root });

let out;
try {
  out = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', example, '--format', 'json', '--fail-on', 'none'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
} catch (e) {
  console.error(e.stderr || e.message);
  process.exit(1);
}
const report = JSON.parse(out);
const counts = { error: 0, warning: 0, information: 0, hint: 0 };
const rel = (p) => path.relative(root, p) || p;
console.log(`\nClause Annotator report for ${rel(example)}\n`);
for (const file of report.files) {
  console.log(`${rel(file.path)}${file.model ? `  (term model: ${rel(file.model)})` : ''}`);
  if (file.findings.length === 0) console.log('  no findings');
  for (const f of file.findings) {
    counts[f.severity]++;
    console.log(`  ${String(f.range.start.line + 1).padStart(4)}:${String(f.range.start.character + 1).padEnd(3)} ${f.severity.padEnd(11)} ${f.code.padEnd(22)} ${f.message}`);
    for (const r of f.related) console.log(`  ${' '.repeat(9)}${' '.repeat(12)}↳ ${rel(r.path)}:${r.range.start.line + 1}: ${r.message}`);
    for (const x of f.fixes) console.log(`  ${' '.repeat(9)}${' '.repeat(12)}fix: ${x.title}`);
  }
  console.log('');
}
console.log(`${counts.error} error(s), ${counts.warning} warning(s), ${counts.information} information, ${counts.hint} hint(s) in ${report.files.length} file(s)`);

const which = (cmd) => (process.env.PATH || '').split(path.delimiter).some((d) => { try { fs.accessSync(path.join(d, cmd), fs.constants.X_OK); return true; } catch { return false; } });
if (process.env.CI || process.env.CLAUSE_ANNOTATOR_NO_EDITOR) {
  // no editor in CI
} else if (which('code')) {
  console.log('\nOpening VS Code on the example with the extension loaded (--extensionDevelopmentPath)…');
  spawn('code', ['--extensionDevelopmentPath', root, example, path.join(example, 'partnership.contract.md')], { stdio: 'ignore', detached: true }).unref();
} else {
  console.log('\nNo `code` command on the PATH. To try the extension in VS Code: `npm run package`, then');
  console.log('`code --install-extension clause-annotator.vsix` (or Extensions: Install from VSIX… in the palette),');
  console.log(`and open ${rel(path.join(example, 'partnership.contract.md'))}.`);
}
