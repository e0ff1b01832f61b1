import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, fileUri, hasCode, open, positionOf, readText, waitForDiagnostics, writeText } from './helpers';

describe('commands (real extension host)', () => {
  const draft = fileUri('deal.contract.md');
  const model = fileUri('deal.terms.yaml');

  before(async () => {
    await api();
    await open('deal.contract.md');
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'draft analysed');
  });
  afterEach(closeAll);

  it('Open Term Model opens the draft\'s model', async () => {
    await open('deal.contract.md');
    await vscode.commands.executeCommand('clauseAnnotator.openTermModel');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), model.toString());
  });

  it('Go to Term (with arguments, as hover links call it) reveals the term in the YAML', async () => {
    await vscode.commands.executeCommand('clauseAnnotator.goToTerm', { model: model.toString(), term: 'revenue' });
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), model.toString());
    assert.strictEqual(editor.selection.active.line, positionOf(editor.document, '  revenue:').line);
  });

  it('Link Clause to Term inserts a marker as one undoable edit', async () => {
    const { doc, editor } = await open('deal.contract.md');
    const before = doc.getText();
    const pos = positionOf(doc, 'net revenue');
    editor.selection = new vscode.Selection(pos, pos);
    assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.linkClauseToTerm', 'revenue'), true);
    const line = doc.lineAt(pos.line).text;
    assert.strictEqual(line, '<!-- term: revenue -->');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'undo restores the text byte for byte');
    assert.strictEqual(doc.isDirty, false);
  });

  it('Export Clause Report opens JSON, CSV and Markdown in untitled editors', async () => {
    const checks = {
      json: (t: string) => {
        const r = JSON.parse(t) as { document: string; clauses: { clause: string; types: string }[] };
        assert.strictEqual(r.document, 'deal.contract.md');
        assert.ok(r.clauses.some((c) => c.clause === 'Section 2.1' && /Exclusivity/.test(c.types)));
      },
      csv: (t: string) => assert.match(t.split('\r\n')[0], /^clause,line,types,term,values,findings$/),
      markdown: (t: string) => assert.match(t, /^# Clause report: deal\.contract\.md/),
    };
    const docs: vscode.TextDocument[] = [];
    for (const [format, check] of Object.entries(checks)) {
      await open('deal.contract.md');
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('clauseAnnotator.exportReport', format);
      assert.ok(doc.isUntitled, `${format} report is untitled`);
      assert.ok(doc.languageId === format || (format === 'csv' && doc.languageId === 'plaintext'), `${format} report language: ${doc.languageId}`);
      check(doc.getText());
      docs.push(doc);
    }
    for (const doc of docs) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Create Term Model never overwrites: opens the existing model unchanged', async () => {
    const before = await readText(model);
    await open('deal.contract.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clauseAnnotator.createTermModel');
    assert.strictEqual(uri.toString(), model.toString());
    assert.strictEqual(await readText(model), before);
  });

  it('Create Term Model from a new draft opens an unsaved YAML beside it (nothing written to disk)', async () => {
    const fresh = fileUri('fresh', 'fresh.contract.md');
    await writeText(fresh, '---\nterms: fresh.terms.yaml\n---\n\n# Fresh\n\n## 1. Exclusivity\n\n1.1 Contoso grants to Northwind the exclusive right to resell the Contoso Models.\n');
    await open('fresh', 'fresh.contract.md');
    const missing = await waitForDiagnostics(fresh, hasCode('model-reference'), 'missing model named in front matter');
    assert.match(missing[0].message, /Term model not found: fresh\.terms\.yaml/);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clauseAnnotator.createTermModel');
    assert.ok(uri.path.endsWith('/fresh/fresh.terms.yaml'), uri.path);
    assert.strictEqual(uri.scheme, 'untitled');
    const yaml = vscode.window.activeTextEditor!.document;
    assert.strictEqual(yaml.uri.toString(), uri.toString());
    assert.ok(yaml.isDirty, 'the new model is unsaved');
    assert.match(yaml.getText(), /^version: 1$/m);
    assert.match(yaml.getText(), /type: exclusivity/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileUri('fresh', 'fresh.terms.yaml'))), 'the file was never written');
    await vscode.workspace.fs.delete(fileUri('fresh'), { recursive: true });
  });

  it('Toggle Clause Highlights flips the highlights for the session', async () => {
    await open('deal.contract.md');
    assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.toggleHighlights'), false);
    assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.toggleHighlights'), true);
  });

  it('Analyze Workspace: cancellable, and publishes drafts that are not open', async () => {
    const cts = new vscode.CancellationTokenSource();
    cts.cancel();
    const cancelled = await vscode.commands.executeCommand<{ cancelled: boolean; analysed: number }>('clauseAnnotator.analyzeWorkspace', cts.token);
    assert.deepStrictEqual([cancelled.cancelled, cancelled.analysed], [true, 0]);
    const side = fileUri('fm', 'side-letter.contract.md');
    const r = await vscode.commands.executeCommand<{ cancelled: boolean; analysed: number; total: number }>('clauseAnnotator.analyzeWorkspace');
    assert.strictEqual(r.cancelled, false);
    assert.ok(r.analysed >= 2 && r.analysed === r.total, JSON.stringify(r));
    await waitForDiagnostics(side, hasCode('exclusivity-conflict'), 'side letter diagnostics from Analyze Workspace');
  });

  it('Show Problems runs', async () => {
    await open('deal.contract.md');
    await vscode.commands.executeCommand('clauseAnnotator.showProblems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
