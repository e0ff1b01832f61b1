import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, fileUri, hasCode, hoverText, open, positionOf, waitForDiagnostics } from './helpers';

describe('hovers (real extension host)', () => {
  let doc: vscode.TextDocument;
  const draft = fileUri('deal.contract.md');

  before(async () => {
    await api();
    ({ doc } = await open('deal.contract.md'));
    await waitForDiagnostics(draft, hasCode('exclusivity-conflict'), 'draft analysed');
  });
  after(closeAll);

  it('on a clause: its types with cues, the linked term with its values and a link that opens it, and its findings', async () => {
    const text = await hoverText(draft, positionOf(doc, 'application programming interfaces', 5));
    assert.match(text, /Section 2\.1/);
    assert.match(text, /Exclusivity \(\d+%\)/);
    assert.match(text, /because of “[^”]*exclusive[^”]*”/i, 'cues explain the type');
    assert.match(text, /Term \[`model-access`\]\(command:clauseAnnotator\.goToTerm\?/, 'command link to the term');
    assert.match(text, /exclusive: false/, 'the term\'s values');
    assert.match(text, /grants exclusivity.*`exclusivity-conflict`/, 'the clause\'s finding');
  });

  it('on a date: the ISO date with its weekday', async () => {
    const text = await hoverText(draft, positionOf(doc, 'March 3, 2026', 2));
    assert.match(text, /`2026-03-03` \(Tuesday\)/);
  });

  it('on a relative date: resolved against the Effective Date', async () => {
    const text = await hoverText(draft, positionOf(doc, 'three (3) years after', 1));
    assert.match(text, /3 years after the Effective Date = `2029-03-03` \(Saturday\)/);
  });

  it('on words and a figure that disagree: both readings', async () => {
    const text = await hoverText(draft, positionOf(doc, 'twenty percent (25%)', 3));
    assert.match(text, /20.*25.*disagree/s);
  });

  it('on a defined term: its definition', async () => {
    const text = await hoverText(draft, positionOf(doc, 'on the Platform', 8));
    assert.match(text, /“Platform”.*defined term/);
    assert.match(text, /cloud computing platform operated by Northwind/);
  });

  it('in the term model, on a term: every clause that expresses it across drafts, with their findings', async () => {
    const { doc: yaml } = await open('deal.terms.yaml');
    const text = await hoverText(yaml.uri, positionOf(yaml, 'model-access:', 3));
    assert.match(text, /Term `model-access`/);
    assert.match(text, /Section 2\.1 — \[deal\.contract\.md:\d+\]/);
    assert.match(text, /`exclusivity-conflict`/);
    const none = await hoverText(yaml.uri, positionOf(yaml, 'agreement:', 2));
    assert.doesNotMatch(none, /Term `/, 'no term hover outside terms');
  });
});
