import * as assert from 'assert';
import * as path from 'path';
import { execFileSync } from 'child_process';

/** What `npm run package` puts in the .vsix: only what ships (the allowlist .vscodeignore), no sources, tests or maps. */
describe('.vsix contents (vsce ls)', function () {
  this.timeout(120000);
  it('lists only the bundles, manifest, docs, grammar, snippets, schema and language configuration', () => {
    const root = path.join(__dirname, '..', '..');
    const out = execFileSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    const files = out.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(files.includes('package.json') && files.includes('dist/extension.js') && files.includes('dist/web/extension.js'));
    for (const f of files) {
      assert.doesNotMatch(f, /\.(ts|map)$|^src\/|^test\/|^bench\/|^node_modules\/|^examples\//, `${f} must not ship`);
      assert.match(f, /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|language-configuration\.json|dist\/(web\/)?[\w.]+\.js|syntaxes\/[\w.-]+\.json|snippets\/[\w.-]+\.json|schemas\/[\w.-]+\.json|images\/[\w.-]+\.png)$/, f);
    }
  });
});
