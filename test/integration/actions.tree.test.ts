/** The Clauses view in the real extension host: contents, conflict marks, clicking, following the editor and the analysis. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClausesSnapshot } from '../../src/features/clauseTree';
import { api, closeAll, codeOf, fileUri, hasCode, open, positionOf, waitForDiagnostics } from './helpers';

const SNAPSHOT = 'clauseAnnotator._clausesViewSnapshot';
const snapshot = (): Thenable<ClausesSnapshot> => vscode.commands.executeCommand<ClausesSnapshot>(SNAPSHOT);

describe('actions: the Clauses view (real extension host)', () => {
  const draft = fileUri('actions', 'fixes.contract.md');

  before(async () => {
    await api();
    await open('actions', 'fixes.contract.md');
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'fixture analysed');
  });
  after(closeAll);

  it('lists the clause types with counts, their clauses, and marks clauses that carry findings', async () => {
    const s = await snapshot();
    assert.strictEqual(s.uri, draft.toString());
    const analysis = (await (await api()).analysis(draft))!;
    // Every classified clause appears under each of its types, in document order; the counts match.
    const expected = new Map<string, number[]>();
    for (const c of analysis.clauses) for (const t of c.types) expected.set(t.type, [...(expected.get(t.type) ?? []), c.index]);
    assert.deepStrictEqual(s.types.map((t) => t.type), [...expected.keys()]);
    for (const t of s.types) {
      assert.deepStrictEqual(t.clauses.map((c) => c.index), expected.get(t.type), t.type);
      assert.match(t.description, new RegExp(`^${expected.get(t.type)!.length}\\b`), `count in "${t.description}"`);
    }
    const byLabel = (type: string, label: string) => s.types.find((t) => t.type === type)?.clauses.find((c) => c.label === label);
    assert.strictEqual(s.types.find((t) => t.type === 'exclusivity')?.label, 'Exclusivity');
    const appointment = byLabel('exclusivity', 'Section 1.1');
    assert.ok(appointment?.conflict, 'Section 1.1 is marked (exclusivity-conflict)');
    assert.strictEqual(appointment.icon, 'error');
    const law = byLabel('governing-law', 'Section 4.1');
    assert.ok(law && !law.conflict, 'Section 4.1 has no findings and no mark');
    assert.strictEqual(law.icon, 'circle-small');
    assert.match(byLabel('revenue-share', 'Section 3.1')!.description, /^→ fees {2}3\.1 Tailspin shall pay/, 'term link and text');
    // Conflict marks agree with the findings on each clause.
    const withFindings = new Set(analysis.findings.filter((f) => f.where === 'draft' && f.clause !== undefined).map((f) => f.clause));
    for (const t of s.types) for (const c of t.clauses) assert.strictEqual(c.conflict, withFindings.has(c.index), `${c.label} mark`);
  });

  it('clicking a clause reveals it', async () => {
    const { doc } = await open('actions', 'fixes.contract.md');
    const s = await snapshot();
    const law = s.types.find((t) => t.type === 'governing-law')!.clauses[0];
    assert.ok(law.command, 'the item has a command');
    await vscode.commands.executeCommand(law.command.command, ...(law.command.arguments ?? []));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), draft.toString());
    assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, positionOf(doc, '4.1 This Agreement').line);
    assert.strictEqual(law.line, positionOf(doc, '4.1 This Agreement').line);
  });

  it('follows the active editor: another draft, the term model (keeps the draft), and back', async () => {
    await open('deal.contract.md');
    const other = await snapshot();
    assert.strictEqual(other.uri, fileUri('deal.contract.md').toString());
    assert.ok(other.types.some((t) => t.type === 'revenue-share'));
    await open('deal.terms.yaml');
    assert.strictEqual((await snapshot()).uri, fileUri('deal.contract.md').toString(), 'a term model keeps the last draft');
    await open('actions', 'fixes.contract.md');
    assert.strictEqual((await snapshot()).uri, draft.toString());
  });

  it('follows the analysis: fixing the date conflict removes the mark; undo brings it back', async () => {
    const { doc, editor } = await open('actions', 'fixes.contract.md');
    const mark = async (): Promise<boolean | undefined> => (await snapshot()).types.find((t) => t.type === 'license-grant')?.clauses.find((c) => c.label === 'Section 2.1')?.conflict;
    assert.strictEqual(await mark(), true);
    const at = positionOf(doc, 'December 31, 2029');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, 17)), 'December 31, 2030')));
    await waitForDiagnostics(draft, (d) => !d.some((x) => codeOf(x) === 'date-conflict'), 'date-conflict gone');
    assert.strictEqual(await mark(), false);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(draft, hasCode('date-conflict'), 'date-conflict back');
    assert.strictEqual(await mark(), true);
    assert.strictEqual(doc.isDirty, false);
  });

  it('shows a message and no items when no draft is open', async () => {
    await closeAll();
    const s = await snapshot();
    assert.strictEqual(s.uri, null);
    assert.deepStrictEqual(s.types, []);
    assert.match(s.message ?? '', /Open a contract draft/);
  });
});
