/**
 * Quick fixes in the real extension host: every fix the core proposes is offered (preferred where the core says so),
 * applied as one WorkspaceEdit, and undone byte for byte; nothing reaches the disk. Plus "Ignore this finding here"
 * and "Link clause to term…". Fixture: workspace/actions/ (fixes.contract.md + fixes.terms.yaml, typos.terms.yaml).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Finding } from '../../src/core';
import { api, closeAll, codeOf, fileUri, open, ours, readText, waitForDiagnostics, writeText } from './helpers';

const DRAFT = ['actions', 'fixes.contract.md'];
const MODEL = ['actions', 'fixes.terms.yaml'];
const TYPOS = ['actions', 'typos.terms.yaml'];
const DRAFT_CODES = ['invalid-date', 'exclusivity-conflict', 'date-conflict', 'value-conflict', 'number-words-mismatch'];

async function actionsFor(uri: vscode.Uri, diag: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  // The API drops `CodeAction.diagnostics`: callers pick actions by title (fix titles, `Ignore \`code\``, `Link …`).
  void diag;
  return all ?? [];
}

async function undoIn(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('undo');
}

/** The findings behind our diagnostics, from the extension's own analysis (what the provider must offer). */
async function findingsOf(uri: vscode.Uri): Promise<Finding[]> {
  const a = await (await api()).analysis(uri);
  assert.ok(a, `analysis of ${uri.path}`);
  return a.findings.filter((f) => f.where === 'draft');
}

function findingOf(findings: readonly Finding[], doc: vscode.TextDocument, d: vscode.Diagnostic): Finding {
  const f = findings.find((x) => x.code === codeOf(d) && x.message === d.message && doc.offsetAt(d.range.start) === x.start);
  assert.ok(f, `finding behind ${codeOf(d)} at line ${d.range.start.line + 1}`);
  return f;
}

describe('actions: quick fixes (real extension host)', () => {
  const draft = fileUri(...DRAFT);
  const model = fileUri(...MODEL);
  let doc: vscode.TextDocument;
  let modelOnDisk: string;
  let draftOnDisk: string;

  before(async () => {
    await api();
    modelOnDisk = await readText(model);
    draftOnDisk = await readText(draft);
    ({ doc } = await open(...DRAFT));
    await waitForDiagnostics(draft, (d) => DRAFT_CODES.every((c) => d.some((x) => codeOf(x) === c)), `the fixture's findings (${DRAFT_CODES.join(', ')})`);
  });
  after(async () => {
    await closeAll();
    assert.strictEqual(await readText(draft), draftOnDisk, 'the draft on disk was never written');
    assert.strictEqual(await readText(model), modelOnDisk, 'the model on disk was never written');
  });

  it('offers each core fix on each finding with its title, preferred exactly where the core says so', async () => {
    const findings = await findingsOf(draft);
    let offered = 0;
    for (const d of ours(draft)) {
      const f = findingOf(findings, doc, d);
      const actions = await actionsFor(draft, d);
      for (const fix of f.fixes) {
        const a = actions.find((x) => x.title === fix.title);
        assert.ok(a, `"${fix.title}" offered on ${f.code}; have ${JSON.stringify(actions.map((x) => x.title))}`);
        assert.strictEqual(a.isPreferred === true, fix.preferred === true, `preferred flag of "${fix.title}"`);
        assert.ok(a.edit, 'a fix is a WorkspaceEdit');
        const entries = a.edit.entries();
        assert.strictEqual(entries.length, 1, 'one document edited');
        assert.strictEqual(entries[0][1].length, 1, 'one text edit');
        assert.strictEqual(entries[0][0].toString(), (fix.where === 'model' ? model : draft).toString(), `${fix.where} fix edits the ${fix.where}`);
        assert.strictEqual(entries[0][1][0].newText, fix.newText);
        offered++;
      }
      if (f.code !== 'analysis-limit') assert.ok(actions.some((x) => x.title.startsWith(`Ignore \`${f.code}\` here`)), `Ignore offered on ${f.code}`);
      assert.ok(actions.some((x) => /^Link .* term…$/.test(x.title) && x.command?.command === 'clauseAnnotator.linkClauseToTerm'), `Link clause to term offered on ${f.code}`);
    }
    assert.ok(offered >= 10, `all fixes of the fixture are offered (${offered})`);
  });

  it('applies every draft fix as one edit and undoes it byte for byte; preferred fixes clear their finding', async () => {
    const before = doc.getText();
    const diags = ours(draft).filter((d) => DRAFT_CODES.includes(codeOf(d)));
    let applied = 0;
    for (const d of diags) {
      const findings = await findingsOf(draft);
      const current = ours(draft).find((x) => codeOf(x) === codeOf(d) && x.message === d.message && x.range.isEqual(d.range));
      assert.ok(current, `${codeOf(d)} still published after the previous undo`);
      const f = findingOf(findings, doc, current);
      for (const a of (await actionsFor(draft, current)).filter((x) => f.fixes.some((fix) => fix.title === x.title && fix.where === 'draft'))) {
        const fix = f.fixes.find((x) => x.title === a.title)!;
        assert.ok(await vscode.workspace.applyEdit(a.edit!), `applied "${a.title}"`);
        assert.strictEqual(doc.getText(), before.slice(0, fix.start) + fix.newText + before.slice(fix.end), `"${a.title}" replaced exactly its range`);
        if (fix.preferred) {
          const line = current.range.start.line;
          await waitForDiagnostics(draft, (ds) => !ds.some((x) => codeOf(x) === f.code && x.range.start.line === line), `${f.code} on line ${line + 1} gone after "${a.title}"`);
        }
        await undoIn(doc);
        assert.strictEqual(doc.getText(), before, `undo of "${a.title}" restores every byte`);
        assert.strictEqual(doc.isDirty, false, 'back to the saved state');
        applied++;
      }
      await waitForDiagnostics(draft, (ds) => ds.some((x) => codeOf(x) === codeOf(d) && x.range.isEqual(d.range)), `${codeOf(d)} back after undo`);
    }
    assert.ok(applied >= 7, `draft fixes applied (${applied})`);
  });

  it('applies the model-side fixes to the term model (unsaved) and undoes them byte for byte', async () => {
    const yaml = await vscode.workspace.openTextDocument(model);
    const before = yaml.getText();
    let applied = 0;
    for (const code of ['exclusivity-conflict', 'date-conflict', 'value-conflict']) {
      await vscode.window.showTextDocument(doc);
      const d = (await waitForDiagnostics(draft, (ds) => ds.some((x) => codeOf(x) === code), code)).find((x) => codeOf(x) === code)!;
      const f = findingOf(await findingsOf(draft), doc, d);
      const fix = f.fixes.find((x) => x.where === 'model');
      assert.ok(fix, `${code} proposes a model fix`);
      const a = (await actionsFor(draft, d)).find((x) => x.title === fix.title);
      assert.ok(a?.edit, `"${fix.title}" offered`);
      assert.ok(await vscode.workspace.applyEdit(a.edit));
      assert.strictEqual(yaml.getText(), before.slice(0, fix.start) + fix.newText + before.slice(fix.end), `"${fix.title}" edits the YAML at the value`);
      assert.ok(yaml.isDirty, 'the model is changed in the editor, not saved');
      assert.strictEqual(await readText(model), modelOnDisk, 'nothing written to disk');
      await undoIn(yaml);
      assert.strictEqual(yaml.getText(), before, `undo of "${fix.title}" restores every byte`);
      assert.strictEqual(yaml.isDirty, false);
      applied++;
    }
    assert.strictEqual(applied, 3);
  });

  it('term-model problems in the YAML: each rename/replace fix applied (preferred) and undone byte for byte', async () => {
    const typos = fileUri(...TYPOS);
    const onDisk = await readText(typos);
    const { doc: yaml } = await open(...TYPOS);
    const diags = await waitForDiagnostics(typos, (d) => d.filter((x) => codeOf(x).startsWith('model-')).length >= 5, 'five typo problems');
    const before = yaml.getText();
    const seen: string[] = [];
    for (const d of diags) {
      const actions = (await actionsFor(typos, d)).filter((a) => a.edit);
      assert.ok(actions.length >= 1, `a fix for "${d.message}"`);
      const a = actions[0];
      assert.strictEqual(a.isPreferred, true, `"${a.title}" is preferred (one obvious fix)`);
      const [[uri, [edit]]] = a.edit!.entries();
      assert.strictEqual(uri.toString(), typos.toString());
      assert.ok(await vscode.workspace.applyEdit(a.edit!));
      assert.strictEqual(yaml.getText(), before.slice(0, yaml.offsetAt(edit.range.start)) + edit.newText + before.slice(yaml.offsetAt(edit.range.end)));
      seen.push(edit.newText);
      await waitForDiagnostics(typos, (ds) => !ds.some((x) => x.message === d.message), `"${d.message}" gone after "${a.title}"`);
      await undoIn(yaml);
      assert.strictEqual(yaml.getText(), before, `undo of "${a.title}" restores every byte`);
      assert.strictEqual(yaml.isDirty, false);
    }
    assert.deepStrictEqual(seen.sort(), ['USD', 'exclusive', 'exclusivity', 'fabrikam', 'true']);
    assert.strictEqual(await readText(typos), onDisk, 'nothing written to disk');
  });

  it('"Ignore this finding here" inserts the marker above the clause (its indentation), silences it, undoes byte for byte', async () => {
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const cases: [code: string, clauseStart: string, marker: string][] = [
      ['invalid-date', 'This Reseller Agreement', '<!-- clause-annotator-ignore invalid-date -->'],
      ['exclusivity-conflict', '1.1 Fabrikam appoints', '<!-- clause-annotator-ignore exclusivity-conflict -->'],
      ['number-words-mismatch', '  - Reports are due', '  <!-- clause-annotator-ignore number-words-mismatch -->'],
    ];
    for (const [code, clauseStart, marker] of cases) {
      const line = doc.getText().split('\n').findIndex((l) => l.startsWith(clauseStart));
      const d = ours(draft).find((x) => codeOf(x) === code && x.range.start.line === line);
      assert.ok(d, `${code} on line ${line + 1}`);
      const a = (await actionsFor(draft, d)).find((x) => x.title.startsWith(`Ignore \`${code}\` here`));
      assert.ok(a?.edit, `Ignore offered on ${code}`);
      assert.ok(await vscode.workspace.applyEdit(a.edit));
      assert.strictEqual(doc.lineAt(line).text, marker, 'marker line above the clause');
      assert.strictEqual(doc.lineAt(line + 1).text.startsWith(clauseStart), true, 'the clause follows');
      await waitForDiagnostics(draft, (ds) => !ds.some((x) => codeOf(x) === code && x.range.start.line === line + 1), `${code} silenced`);
      await undoIn(doc);
      assert.strictEqual(doc.getText(), before, `undo of the ${code} marker restores every byte`);
      await waitForDiagnostics(draft, (ds) => ds.some((x) => codeOf(x) === code && x.range.start.line === line), `${code} back after undo`);
    }
  });

  it('a second Ignore on the same clause extends the marker; two undos restore every byte', async () => {
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('3.1 Tailspin shall pay'));
    const first = ours(draft).find((x) => codeOf(x) === 'number-words-mismatch' && x.range.start.line === line)!;
    assert.ok(await vscode.workspace.applyEdit((await actionsFor(draft, first)).find((x) => x.title.startsWith('Ignore `number-words-mismatch`'))!.edit!));
    const [second] = await waitForDiagnostics(draft, (ds) => ds.some((x) => codeOf(x) === 'value-conflict' && x.range.start.line === line + 1) && !ds.some((x) => codeOf(x) === 'number-words-mismatch' && x.range.start.line === line + 1), 'value-conflict moved down one line')
      .then((ds) => ds.filter((x) => codeOf(x) === 'value-conflict' && x.range.start.line === line + 1));
    assert.ok(await vscode.workspace.applyEdit((await actionsFor(draft, second)).find((x) => x.title.startsWith('Ignore `value-conflict`'))!.edit!));
    assert.strictEqual(doc.lineAt(line).text, '<!-- clause-annotator-ignore number-words-mismatch value-conflict -->');
    await waitForDiagnostics(draft, (ds) => !ds.some((x) => x.range.start.line === line + 1), 'both silenced');
    await undoIn(doc);
    await undoIn(doc);
    assert.strictEqual(doc.getText(), before);
    assert.strictEqual(doc.isDirty, false);
  });

  it('"Ignore" keeps the document\'s CRLF line endings', async () => {
    const crlf = fileUri('actions', 'crlf', 'crlf.contract.md');
    await writeText(crlf, `---\nterms: ../fixes.terms.yaml\n---\n${draftOnDisk}`.replace(/\n/g, '\r\n'));
    try {
      const { doc: cdoc } = await open('actions', 'crlf', 'crlf.contract.md');
      assert.strictEqual(cdoc.eol, vscode.EndOfLine.CRLF);
      const diags = await waitForDiagnostics(crlf, (d) => d.some((x) => codeOf(x) === 'exclusivity-conflict'), 'CRLF draft analysed');
      const d = diags.find((x) => codeOf(x) === 'exclusivity-conflict')!;
      const before = cdoc.getText();
      const a = (await actionsFor(crlf, d)).find((x) => x.title.startsWith('Ignore `exclusivity-conflict`'))!;
      assert.ok(await vscode.workspace.applyEdit(a.edit!));
      const inserted = cdoc.getText().slice(cdoc.offsetAt(new vscode.Position(d.range.start.line, 0)), cdoc.offsetAt(new vscode.Position(d.range.start.line + 1, 0)));
      assert.strictEqual(inserted, '<!-- clause-annotator-ignore exclusivity-conflict -->\r\n');
      assert.ok(!/[^\r]\n/.test(cdoc.getText()), 'no bare LF');
      await waitForDiagnostics(crlf, (ds) => !ds.some((x) => codeOf(x) === 'exclusivity-conflict'), 'silenced in the CRLF draft');
      await undoIn(cdoc);
      assert.strictEqual(cdoc.getText(), before);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(fileUri('actions', 'crlf'), { recursive: true });
    }
  });

  it('offers no Ignore for a finding outside any clause (missing-clause on the front matter): a marker could not silence it', async () => {
    const dir = fileUri('actions', 'missing');
    const md = fileUri('actions', 'missing', 'missing.contract.md');
    await writeText(fileUri('actions', 'missing', 'm.terms.yaml'), 'version: 1\nterms:\n  law: { type: governing-law, required: true }\n');
    await writeText(md, '---\nterms: m.terms.yaml\n---\n# Side Letter\n\n1. Tailspin may resell the Fabrikam Products in Canada.\n');
    try {
      const { doc: mdoc } = await open('actions', 'missing', 'missing.contract.md');
      const d = (await waitForDiagnostics(md, (ds) => ds.some((x) => codeOf(x) === 'missing-clause'), 'missing-clause')).find((x) => codeOf(x) === 'missing-clause')!;
      assert.ok(mdoc.offsetAt(d.range.start) < mdoc.getText().indexOf('# Side Letter'), 'the finding sits on the front matter');
      const actions = await actionsFor(md, d);
      assert.ok(!actions.some((a) => a.title.startsWith('Ignore')), JSON.stringify(actions.map((a) => a.title)));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true });
    }
  });

  it('"Link clause to term…" runs Link Clause to Term for that clause; the marker links it; undo restores', async () => {
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('1.1 Fabrikam appoints'));
    const d = ours(draft).find((x) => codeOf(x) === 'exclusivity-conflict' && x.range.start.line === line)!;
    const a = (await actionsFor(draft, d)).find((x) => x.command?.command === 'clauseAnnotator.linkClauseToTerm');
    assert.ok(a?.command?.arguments, 'Link clause to term… offered');
    const [arg] = a.command.arguments as [{ uri: string; offset: number }];
    assert.strictEqual(arg.uri, draft.toString());
    assert.strictEqual(arg.offset, doc.offsetAt(new vscode.Position(line, 0)), 'the clause\'s start');
    // The quick pick's choice given as `term` (the picker itself is exercised in actions.commands.test.ts).
    assert.strictEqual(await vscode.commands.executeCommand(a.command.command, { ...arg, term: 'appointment' }), true);
    assert.strictEqual(doc.lineAt(line).text, '<!-- term: appointment -->');
    const analysis = await (await api()).analysis(draft);
    const clause = analysis!.clauses.find((c) => doc.positionAt(c.start).line === line + 1);
    assert.strictEqual(clause?.term, 'appointment');
    assert.strictEqual(clause?.link, 'marker');
    // Linking again rewrites the marker's id instead of adding a second marker.
    assert.strictEqual(await vscode.commands.executeCommand(a.command.command, { uri: arg.uri, offset: doc.offsetAt(new vscode.Position(line + 1, 0)), term: 'marks' }), true);
    assert.strictEqual(doc.lineAt(line).text, '<!-- term: marks -->');
    await undoIn(doc);
    await undoIn(doc);
    assert.strictEqual(doc.getText(), before, 'two undos restore every byte');
    assert.strictEqual(doc.isDirty, false);
  });
});
