/**
 * The issue-7 commands in the real extension host, driven through `executeCommand` (and their quick picks through
 * the workbench's own accept command). Fixture: workspace/actions/fixes.contract.md + fixes.terms.yaml.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseTermModel } from '../../src/core';
import { expandDefaults, parseSnippets } from '../../src/features/actions/snippetBodies';
import { api, closeAll, codeOf, fileUri, hasCode, open, ours, positionOf, readText, waitForDiagnostics, writeText } from './helpers';

/** The clause snippets the extension ships (its snippets/contract.json, as Insert Clause reads it). */
async function shipped(): Promise<ReturnType<typeof parseSnippets>> {
  const ext = vscode.extensions.getExtension('clause-annotator.clause-annotator');
  assert.ok(ext, 'the extension is installed');
  return parseSnippets(JSON.parse(await readText(vscode.Uri.joinPath(ext.extensionUri, 'snippets', 'contract.json'))));
}

const DRAFT = ['actions', 'fixes.contract.md'];

/**
 * Runs a command that shows a quick pick and accepts the item the pick makes active (the first one, or the one
 * marked picked first). The accept is re-sent until the command settles: the pick opens after the handler's first
 * await, and an accept that arrives before it is a no-op.
 */
async function acceptFirst<T>(command: string, ...args: unknown[]): Promise<T> {
  const running = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));
  let settled = false;
  void running.then(() => { settled = true; }, () => { settled = true; });
  for (let i = 0; i < 100 && !settled; i++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([running, new Promise((r) => setTimeout(r, 50))]);
  }
  return running;
}

/** Snippet prefix → the clause type the core must see in the inserted text. */
const SNIPPET_TYPES: Record<string, string> = {
  'clause-exclusivity': 'exclusivity',
  'clause-non-exclusivity': 'exclusivity',
  'clause-license-grant': 'license-grant',
  'clause-revenue-share': 'revenue-share',
  'clause-term-renewal': 'renewal-term',
  'clause-termination-for-convenience': 'termination-for-convenience',
  'clause-governing-law': 'governing-law',
  'clause-agi': 'agi',
};

describe('actions: commands (real extension host)', () => {
  const draft = fileUri(...DRAFT);
  const model = fileUri('actions', 'fixes.terms.yaml');
  let onDisk: string;

  before(async () => {
    await api();
    onDisk = await readText(draft);
    await open(...DRAFT);
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'fixture analysed');
  });
  afterEach(closeAll);
  after(async () => assert.strictEqual(await readText(draft), onDisk, 'the draft on disk was never written'));

  it('Show Clauses by Type: the quick pick lists clauses under their types and reveals the one accepted', async () => {
    const { doc, editor } = await open(...DRAFT);
    editor.selection = new vscode.Selection(doc.lineCount - 1, 0, doc.lineCount - 1, 0);
    const revealed = await acceptFirst<vscode.TextEditor>('clauseAnnotator.showClausesByType');
    assert.ok(revealed, 'a clause was revealed');
    const analysis = (await (await api()).analysis(draft))!;
    const first = analysis.clauses.find((c) => c.types.length > 0)!;
    assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, doc.positionAt(first.start).line, 'the first listed clause is revealed');
    // With { index } it reveals that clause directly (the Clauses view and other callers).
    const law = analysis.clauses.find((c) => c.types.some((t) => t.type === 'governing-law'))!;
    await vscode.commands.executeCommand('clauseAnnotator.showClausesByType', { index: law.index });
    assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, positionOf(doc, '4.1 This Agreement').line);
  });

  it('Go to Term: the picker offers the clause\'s own term first and reveals its key in the YAML', async () => {
    const { doc, editor } = await open(...DRAFT);
    const p = positionOf(doc, 'continues through December');
    editor.selection = new vscode.Selection(p, p);
    await acceptFirst('clauseAnnotator.goToTerm');
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), model.toString());
    assert.strictEqual(active.selection.active.line, positionOf(active.document, '  marks:').line, 'term `marks` (Section 2.1\'s) revealed');
  });

  it('Link Clause to Term: picks the term in the quick pick, inserts the marker, undoes in one step', async () => {
    const { doc, editor } = await open(...DRAFT);
    const before = doc.getText();
    const p = positionOf(doc, 'fifteen percent');
    editor.selection = new vscode.Selection(p, p);
    assert.strictEqual(await acceptFirst<boolean>('clauseAnnotator.linkClauseToTerm'), true);
    assert.strictEqual(doc.lineAt(p.line).text, '<!-- term: fees -->', 'the clause\'s current term is offered first');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before);
    assert.strictEqual(doc.isDirty, false);
  });

  it('Open Term Model opens the draft\'s model; Create Term Model opens it instead of overwriting it', async () => {
    await open(...DRAFT);
    await vscode.commands.executeCommand('clauseAnnotator.openTermModel');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), model.toString());
    const yaml = await readText(model);
    await open(...DRAFT);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clauseAnnotator.createTermModel');
    assert.strictEqual(uri.toString(), model.toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), model.toString());
    assert.strictEqual(await readText(model), yaml, 'not overwritten');
  });

  it('Create Term Model from Draft: an unsaved YAML at the path the front matter names, parsing without problems', async () => {
    const dir = fileUri('actions', 'newdeal');
    const fresh = fileUri('actions', 'newdeal', 'new.contract.md');
    await writeText(fresh, `---\nterms: new-model.terms.yaml\n---\n${onDisk}`);
    try {
      await open('actions', 'newdeal', 'new.contract.md');
      const missing = (await waitForDiagnostics(fresh, (d) => d.some((x) => codeOf(x) === 'model-reference'), 'missing model reported')).find((x) => codeOf(x) === 'model-reference')!;
      // The warning's quick fix runs this command.
      const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', fresh, missing.range, vscode.CodeActionKind.QuickFix.value);
      const create = fixes.find((a) => a.command?.command === 'clauseAnnotator.createTermModel');
      assert.ok(create, JSON.stringify(fixes.map((a) => a.title)));
      assert.strictEqual(create.title, 'Create new-model.terms.yaml from this draft');
      const uri = await vscode.commands.executeCommand<vscode.Uri>(create.command!.command);
      assert.strictEqual(uri.scheme, 'untitled');
      assert.ok(uri.path.endsWith('/actions/newdeal/new-model.terms.yaml'), uri.path);
      const doc = vscode.window.activeTextEditor!.document;
      assert.strictEqual(doc.uri.toString(), uri.toString());
      const parsed = parseTermModel(doc.getText());
      assert.deepStrictEqual(parsed.problems.map((p) => p.message), [], 'the generated model parses cleanly');
      const m = parsed.model!;
      assert.strictEqual(m.agreement, 'Reseller Agreement');
      assert.strictEqual(m.effective, '2026-03-03');
      assert.deepStrictEqual(Object.keys(m.parties).sort(), ['fabrikam', 'tailspin']);
      assert.strictEqual(m.parties.fabrikam.name, 'Fabrikam Inc.');
      assert.strictEqual(m.terms.exclusivity?.exclusive, true, 'the draft\'s exclusive appointment');
      assert.strictEqual(m.terms['revenue-share']?.rate, 18, 'the figure the draft states');
      assert.ok(m.terms['governing-law'], 'governing law');
      // Running it again shows the same unsaved model rather than replacing it.
      await open('actions', 'newdeal', 'new.contract.md');
      assert.strictEqual((await vscode.commands.executeCommand<vscode.Uri>('clauseAnnotator.createTermModel')).toString(), uri.toString());
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(fileUri('actions', 'newdeal', 'new-model.terms.yaml'))), 'nothing written');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });

  it('Export Clause Report: Markdown (picked), CSV and JSON in untitled editors, one row per classified clause', async () => {
    await open(...DRAFT);
    const analysis = (await (await api()).analysis(draft))!;
    const classified = analysis.clauses.filter((c) => c.types.length > 0 || c.term);
    const md = await acceptFirst<vscode.TextDocument>('clauseAnnotator.exportReport');
    assert.ok(md.isUntitled);
    assert.strictEqual(md.languageId, 'markdown');
    assert.match(md.getText(), /^# Clause report: fixes\.contract\.md/);
    assert.strictEqual(md.getText().split('\n').filter((l) => l.startsWith('| Section') || l.startsWith('| Preamble')).length, classified.length);
    await open(...DRAFT);
    const csv = await vscode.commands.executeCommand<vscode.TextDocument>('clauseAnnotator.exportReport', 'csv');
    const rows = csv.getText().split('\r\n').filter(Boolean);
    assert.strictEqual(rows.length, classified.length + 1, 'header + one row per clause');
    assert.ok(rows.some((r) => r.startsWith('Section 1.1,') && /exclusivity-conflict/.test(r)), 'the conflict is in the row');
    await open(...DRAFT);
    const json = await vscode.commands.executeCommand<vscode.TextDocument>('clauseAnnotator.exportReport', 'json');
    const r = JSON.parse(json.getText()) as { document: string; clauses: unknown[]; findings: { code: string }[] };
    assert.strictEqual(r.document, 'fixes.contract.md');
    assert.strictEqual(r.clauses.length, classified.length);
    assert.deepStrictEqual(r.findings.map((f) => f.code), analysis.findings.map((f) => f.code));
    for (const doc of [md, csv, json]) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Toggle Clause Highlights returns the new state and flips back', async () => {
    await open(...DRAFT);
    assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.toggleHighlights'), false);
    assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.toggleHighlights'), true);
  });

  it('Insert Clause: every snippet inserts its default text (classified as its type) and undoes in one step', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'contract', content: '' });
    await vscode.window.showTextDocument(doc);
    const snippets = (await shipped()).filter((s) => SNIPPET_TYPES[s.prefix[0]]);
    assert.strictEqual(snippets.length, Object.keys(SNIPPET_TYPES).length, 'every clause snippet is bundled');
    for (const s of snippets) {
      assert.strictEqual(await vscode.commands.executeCommand('clauseAnnotator.insertClause', s.prefix[0]), true, s.name);
      assert.strictEqual(doc.getText(), expandDefaults(s.body), `${s.name}: placeholders filled with their defaults`);
      const analysis = await (await api()).analysis(doc.uri);
      assert.ok(analysis?.clauses.some((c) => c.types.some((t) => t.type === SNIPPET_TYPES[s.prefix[0]])), `${s.name} is classified as ${SNIPPET_TYPES[s.prefix[0]]}`);
      await vscode.commands.executeCommand('leaveSnippet');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), '', `${s.name}: one undo removes it`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Insert Clause from the picker, on a line with text: a new paragraph after it; undo restores every byte', async () => {
    const { doc, editor } = await open(...DRAFT);
    const before = doc.getText();
    const p = positionOf(doc, 'State of New York');
    editor.selection = new vscode.Selection(p, p);
    assert.strictEqual(await acceptFirst<boolean>('clauseAnnotator.insertClause'), true);
    const first = (await shipped())[0];
    const lineEnd = doc.offsetAt(doc.lineAt(p.line).range.end);
    assert.strictEqual(doc.getText(), before.slice(0, lineEnd) + '\n\n' + expandDefaults(first.body) + before.slice(lineEnd));
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before);
    assert.strictEqual(doc.isDirty, false);
  });

  it('Analyze Workspace: cancelled after the first draft it stops; a full run publishes drafts that are not open to Problems', async () => {
    const closedDraft = fileUri('actions', 'closed', 'closed.contract.md');
    await writeText(closedDraft, `---\nterms: ../fixes.terms.yaml\n---\n${onDisk}`);
    try {
      const pre = new vscode.CancellationTokenSource();
      pre.cancel();
      const none = await vscode.commands.executeCommand<{ cancelled: boolean; analysed: number }>('clauseAnnotator.analyzeWorkspace', pre.token);
      assert.deepStrictEqual([none.cancelled, none.analysed], [true, 0]);
      assert.deepStrictEqual(ours(closedDraft), [], 'nothing published for the draft yet');
      const cts = new vscode.CancellationTokenSource();
      const seen: string[] = [];
      const part = await vscode.commands.executeCommand<{ cancelled: boolean; analysed: number; total: number }>('clauseAnnotator.analyzeWorkspace', {
        token: cts.token,
        onDraft: (uri: vscode.Uri, done: number) => { seen.push(uri.path); if (done === 1) cts.cancel(); },
      });
      assert.deepStrictEqual([part.cancelled, part.analysed, seen.length], [true, 1, 1], JSON.stringify(part));
      assert.ok(part.total >= 4, `the workspace has at least 4 drafts (${part.total})`);
      const full = await vscode.commands.executeCommand<{ cancelled: boolean; analysed: number; total: number; findings: number }>('clauseAnnotator.analyzeWorkspace');
      assert.strictEqual(full.cancelled, false);
      assert.strictEqual(full.analysed, full.total);
      assert.strictEqual(full.total, part.total);
      assert.ok(full.findings > 0);
      const diags = await waitForDiagnostics(closedDraft, hasCode('exclusivity-conflict'), 'the draft that was never opened, in Problems');
      assert.ok(diags.every((d) => d.source === 'Clause Annotator'));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closedDraft.toString()), 'analysed without opening it');
      await vscode.commands.executeCommand('workbench.action.closePanel');
    } finally {
      await vscode.workspace.fs.delete(fileUri('actions', 'closed'), { recursive: true });
    }
  });
});
