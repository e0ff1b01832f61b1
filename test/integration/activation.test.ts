import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMAND_IDS, INTERNAL_COMMAND_IDS } from '../../src/features/commandIds';
import { SETTING_KEYS } from '../../src/adapters/configKeys';
import { api, closeAll, EXTENSION_ID, open, recordFigure } from './helpers';

describe('activation and manifest (real extension host)', () => {
  after(closeAll);

  it('runs in a Node extension host with the vscode API', () => {
    assert.ok(vscode.version.startsWith('1.'), vscode.version);
    console.log(`[suite] vscode ${vscode.version}, node ${process.version}, remoteName=${vscode.env.remoteName}, uiKind=${vscode.env.uiKind}`);
  });

  it('maps *.contract.md to the contract language and activates on it', async () => {
    const { doc } = await open('deal.contract.md');
    assert.strictEqual(doc.languageId, 'contract');
    const t0 = performance.now();
    await api();
    recordFigure('activateAwaitMs', performance.now() - t0);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'extension is active');
  });

  it('registers a handler for every contributed command, and contributes every command id in the table', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of [...COMMAND_IDS, ...INTERNAL_COMMAND_IDS]) assert.ok(all.has(id), `command ${id} is registered`);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    assert.deepStrictEqual(pkg.contributes.commands.map((c) => c.command).sort(), [...COMMAND_IDS].sort());
  });

  it('contributes every setting the typed reader reads, each with a scope', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { configuration: { properties: Record<string, { scope?: string }> } } };
    const props = pkg.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(props).sort(), SETTING_KEYS.map((k) => `clauseAnnotator.${k}`).sort());
    for (const [k, v] of Object.entries(props)) assert.ok(v.scope, `${k} declares a scope`);
    const cfg = vscode.workspace.getConfiguration('clauseAnnotator');
    for (const k of SETTING_KEYS) assert.notStrictEqual(cfg.inspect(k)?.defaultValue, undefined, `default of ${k}`);
  });
});
