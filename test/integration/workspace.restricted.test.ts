import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, codes, fileUri, hasCode, open, readText, waitForDiagnostics } from './helpers';

/** Runs only in the Restricted Mode pass: node test/host/run-exthost-tests.js --untrusted */
describe('Restricted Mode (untrusted workspace, real extension host)', () => {
  after(closeAll);

  it('the workspace is untrusted and the extension is active (limited support)', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    await open('deal.contract.md');
    await api();
    assert.ok(vscode.extensions.getExtension('clause-annotator.clause-annotator')?.isActive);
  });

  it('ignores the workspace values of restricted settings (termModel, maxFileSize)', async () => {
    const settings = JSON.parse(await readText(fileUri('.vscode', 'settings.json'))) as Record<string, unknown>;
    assert.strictEqual(settings['clauseAnnotator.termModel'], 'models/side.terms.yaml', 'the driver wrote it to the workspace settings');
    const cfg = vscode.workspace.getConfiguration('clauseAnnotator');
    assert.strictEqual(cfg.get('termModel'), '', 'but Restricted Mode ignores it');
    assert.strictEqual(cfg.get('maxFileSize'), 5_000_000);
  });

  it('still highlights and checks drafts (the model beside the draft is data, not code)', async () => {
    const draft = fileUri('deal.contract.md');
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'diagnostics in Restricted Mode');
    assert.ok(!codes(draft).includes('analysis-limit'), 'maxFileSize from the workspace is ignored');
  });

  it('an untitled draft gets no model from the ignored termModel setting', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'contract', content: '# Letter\n\n1.1 Contoso grants to Northwind the exclusive right to resell the Contoso Models in Canada. The fee is twenty percent (25%).\n' });
    await vscode.window.showTextDocument(doc);
    const diags = await waitForDiagnostics(doc.uri, hasCode('number-words-mismatch'), 'untitled draft analysed');
    assert.ok(!diags.some((d) => String((d.code as { value: string }).value) === 'exclusivity-conflict'), 'no model conflict: the setting was ignored');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
