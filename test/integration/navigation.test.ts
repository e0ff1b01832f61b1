import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, fileUri, hasCode, locationsOf, open, positionOf, waitForDiagnostics } from './helpers';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('navigation (real extension host)', () => {
  let doc: vscode.TextDocument;
  let yaml: vscode.TextDocument;
  const draft = fileUri('deal.contract.md');
  const model = fileUri('deal.terms.yaml');

  before(async () => {
    await api();
    ({ doc } = await open('deal.contract.md'));
    yaml = await vscode.workspace.openTextDocument(model);
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'draft analysed');
  });
  after(closeAll);

  const lineOf = (d: vscode.TextDocument, needle: string): number => positionOf(d, needle).line;

  it('Go to Definition from a <!-- term: ID --> marker goes to the term in the YAML', async () => {
    const locs = locationsOf(await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draft, positionOf(doc, 'term: model-access', 8)));
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(locs[0].uri.toString(), model.toString());
    assert.strictEqual(locs[0].range.start.line, lineOf(yaml, '  model-access:'));
  });

  it('Go to Definition from a clause goes to its linked term', async () => {
    const locs = locationsOf(await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draft, positionOf(doc, 'net revenue', 2)));
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(locs[0].uri.toString(), model.toString());
    assert.strictEqual(locs[0].range.start.line, lineOf(yaml, '  revenue:'));
  });

  it('Go to Definition from a defined term goes to its definition in the draft', async () => {
    const locs = locationsOf(await vscode.commands.executeCommand('vscode.executeDefinitionProvider', draft, positionOf(doc, 'on the Platform', 8)));
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(locs[0].uri.toString(), draft.toString());
    assert.strictEqual(doc.getText(locs[0].range), 'Platform');
    assert.strictEqual(locs[0].range.start.line, lineOf(doc, '1.2 "Platform"'));
  });

  it('Find References from a term in the YAML lists its clauses (open drafts and drafts not open)', async () => {
    const refs = locationsOf(await vscode.commands.executeCommand('vscode.executeReferenceProvider', model, positionOf(yaml, 'model-license:', 2)));
    const inDraft = refs.filter((r) => r.uri.toString() === draft.toString());
    assert.strictEqual(inDraft.length, 1, JSON.stringify(refs));
    assert.match(doc.getText(inDraft[0].range), /^3\.1 Contoso grants to Northwind a non-exclusive/);
    // The side letter is never opened by this test: found through the workspace.
    const side = await vscode.workspace.openTextDocument(fileUri('models', 'side.terms.yaml'));
    const sideRefs = locationsOf(await vscode.commands.executeCommand('vscode.executeReferenceProvider', side.uri, positionOf(side, 'resale:', 1)));
    assert.ok(sideRefs.some((r) => r.uri.path.endsWith('/fm/side-letter.contract.md')), JSON.stringify(sideRefs.map((r) => r.uri.path)));
  });

  it('document links on markers open the term in the YAML', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', draft);
    const ours = links.filter((l) => l.target?.path === model.path);
    assert.strictEqual(ours.length, 1, JSON.stringify(links.map((l) => l.target?.toString())));
    assert.strictEqual(doc.getText(ours[0].range), 'model-access');
    assert.strictEqual(ours[0].target!.fragment, `L${lineOf(yaml, '  model-access:') + 1},3`);
  });

  it('document symbols: sections nested with their clauses (Outline, breadcrumbs)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', draft);
    const all = flatten(symbols);
    const names = all.map((s) => s.name);
    for (const n of ['Cloud Services and License Agreement', '1. Definitions', '2. Model Access', '6. Governing Law']) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
    const top = symbols.find((s) => s.name === 'Cloud Services and License Agreement')!;
    const model2 = top.children.find((s) => s.name === '2. Model Access');
    assert.ok(model2, 'section 2 nested under the title');
    const clause = flatten(model2.children).find((s) => /2\.1/.test(s.name));
    assert.ok(clause, 'clause 2.1 under section 2');
    assert.match(clause.detail, /Exclusivity/);
    for (const s of all) assert.ok(s.range.contains(s.selectionRange), `${s.name}: selection inside range`);
  });

  it('code lens over each YAML term: "N clauses · N conflicts"', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', model, 100);
    const analysis = (await (await api()).analysis(draft))!;
    const terms = ['model-access', 'model-license', 'revenue', 'law'];
    for (const id of terms) {
      const line = lineOf(yaml, `  ${id}:`);
      const lens = lenses.find((l) => l.range.start.line === line);
      assert.ok(lens?.command, `lens on ${id}`);
      const n = analysis.termLinks[id]?.length ?? 0;
      const c = analysis.findings.filter((f) => f.term === id).length;
      assert.strictEqual(lens.command.title, `${n} clause${n === 1 ? '' : 's'} · ${c} conflict${c === 1 ? '' : 's'}`);
    }
    const access = lenses.find((l) => l.range.start.line === lineOf(yaml, '  model-access:'))!;
    assert.match(access.command!.title, /^1 clause · [1-9]\d* conflicts?$/);
    assert.strictEqual(access.command!.command, 'editor.action.showReferences');
  });
});
