import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_IDS } from '../../src/features/commandIds';
import { SETTING_KEYS } from '../../src/adapters/configKeys';
import { BUILTIN_TYPE_IDS } from '../../src/core/types';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const pkg: any = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('package.json manifest', () => {
  it('every contributed command has a handler and every handler is contributed', () => {
    const contributed: string[] = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, [...COMMAND_IDS].sort());
    for (const c of contributes.commands) assert.strictEqual(c.category, 'Clause Annotator', c.command);
  });

  it('every command palette entry names a contributed command', () => {
    const ids = new Set(COMMAND_IDS as readonly string[]);
    for (const m of contributes.menus?.commandPalette ?? []) assert.ok(ids.has(m.command), m.command);
  });

  it('every contributed setting is read by the config reader, and the reverse', () => {
    const props = Object.keys(contributes.configuration.properties ?? {}).map((k) => k.replace(/^clauseAnnotator\./, '')).sort();
    assert.deepStrictEqual(props, [...SETTING_KEYS].sort());
    const reader = fs.readFileSync(path.join(root, 'src/adapters/config.ts'), 'utf8');
    for (const key of SETTING_KEYS) assert.ok(reader.includes(`'${key}'`), `config.ts reads ${key}`);
    for (const [key, value] of Object.entries(contributes.configuration.properties)) {
      assert.ok((value as { scope?: string }).scope, `${key} declares a scope`);
      assert.ok((value as { description?: string; markdownDescription?: string }).description || (value as { markdownDescription?: string }).markdownDescription, `${key} is described`);
    }
  });

  it('every path named in contributes exists', () => {
    const paths: string[] = [];
    for (const l of contributes.languages ?? []) if (l.configuration) paths.push(l.configuration);
    for (const g of contributes.grammars ?? []) paths.push(g.path);
    for (const s of contributes.snippets ?? []) paths.push(s.path);
    for (const y of contributes.yamlValidation ?? []) paths.push(y.url);
    assert.ok(paths.length >= 4, 'language configuration, grammar, snippets and schema are contributed');
    for (const p of paths) assert.ok(fs.existsSync(path.join(root, p)), `${p} exists`);
    for (const entry of [pkg.main, pkg.browser, pkg.bin['clause-annotator']]) assert.match(entry, /^\.\/dist\//);
  });

  it('contributes the contract language with its file patterns', () => {
    const lang = contributes.languages.find((l: { id: string }) => l.id === 'contract');
    assert.ok(lang);
    assert.ok(lang.aliases.includes('Contract'));
    for (const p of ['*.contract.md', '*.contract.txt']) assert.ok(lang.filenamePatterns.includes(p), p);
    assert.ok(lang.extensions.includes('.contract'));
    const matched = contributes.yamlValidation.map((y: { fileMatch: string }) => y.fileMatch).flat();
    assert.ok(matched.includes('*.terms.yaml'), 'the schema is contributed for *.terms.yaml');
  });

  it('contributes one themeable colour per built-in clause type', () => {
    const ids = new Set((contributes.colors ?? []).map((c: { id: string }) => c.id));
    // VS Code colour ids allow no '-': revenue-share → clauseAnnotator.clause.revenueShare.
    for (const t of BUILTIN_TYPE_IDS) {
      const id = `clauseAnnotator.clause.${t.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}`;
      assert.ok(ids.has(id), id);
    }
  });

  it('never activates on "*", and pins engines.vscode to ^1.100.0', () => {
    assert.ok(!(pkg.activationEvents ?? []).includes('*'));
    assert.strictEqual(pkg.engines.vscode, '^1.100.0');
    assert.ok(pkg.capabilities.untrustedWorkspaces.supported === 'limited');
    assert.ok(Array.isArray(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations));
    assert.ok(pkg.capabilities.virtualWorkspaces === true || typeof pkg.capabilities.virtualWorkspaces === 'object');
  });

  it('the top version in CHANGELOG.md equals package.json', () => {
    const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const m = /^## \[?(\d+\.\d+\.\d+[^\]\s]*)\]?/m.exec(changelog);
    assert.ok(m, 'CHANGELOG has a version heading');
    assert.strictEqual(m[1], pkg.version);
  });
});
