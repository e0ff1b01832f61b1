/**
 * value-conflict on a term's `law` (src/core/check/model/law.ts): the law the draft chooses for itself against the
 * governing law agreed in the term model.
 */
import * as assert from 'assert';
import { parseTermModel } from '../../src/core/model/parse';
import { analyzeDocument } from '../../src/core/analyze';
import { startTermModel } from '../../src/core/model/start';

const run = (law: string, clause: string) => {
  const yaml = `terms:\n  law: { type: governing-law, law: ${law} }\n`;
  const r = parseTermModel(yaml);
  assert.deepStrictEqual(r.problems, []);
  const draft = `# Licence Agreement\n\n## 14. General\n\n14.1 ${clause}\n`;
  const found = analyzeDocument(draft, r.model).findings.filter((f) => f.code === 'value-conflict');
  return { yaml, draft, found };
};

describe('check-model value-conflict: the governing law against the term\'s `law`', () => {
  it('another law is an error, with a fix in the draft (the place) and one in the model', () => {
    const { yaml, draft, found } = run('England and Wales', 'This Agreement is governed by the laws of Scotland.');
    assert.deepStrictEqual(found.map((f) => [f.severity, draft.slice(f.start, f.end), f.message]), [
      ['error', 'Scotland', 'Clause 14.1 chooses the law of Scotland; term `law` says law: England and Wales'],
    ]);
    const [inDraft, inModel] = found[0].fixes;
    assert.strictEqual(draft.slice(0, inDraft.start) + inDraft.newText + draft.slice(inDraft.end), draft.replace('Scotland', 'England and Wales'));
    assert.strictEqual(inDraft.preferred, true);
    assert.strictEqual(inModel.where, 'model');
    assert.strictEqual(yaml.slice(0, inModel.start) + inModel.newText + yaml.slice(inModel.end), yaml.replace('England and Wales', 'Scotland'));
    assert.deepStrictEqual(found[0].related.map((x) => [x.where, yaml.slice(x.start, x.end)]), [['model', 'England and Wales']]);
  });

  it('the same law written another way is no conflict', () => {
    for (const [law, clause] of [
      ['England and Wales', 'This Agreement and any non-contractual obligations arising out of it are governed by English law.'],
      ['England & Wales', 'This Agreement is governed by the laws of England and Wales.'],
      ['England', 'This Agreement is governed by the law of England and Wales.'],
      ['Scotland', 'This Agreement is governed by Scots law.'],
      ['New York', 'This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.'],
      ['State of New York', 'This Agreement is governed by New York law.'],
    ]) assert.deepStrictEqual(run(law, clause).found.map((f) => f.message), [], clause);
  });

  it('"the State of New York" against Delaware: the place is replaced, "Scots law" only in the model', () => {
    const ny = run('Delaware', 'This Agreement shall be governed by the laws of the State of New York.');
    assert.deepStrictEqual(ny.found.map((f) => f.message), ['Section 14.1 chooses the law of the State of New York; term `law` says law: Delaware']);
    const fix = ny.found[0].fixes[0];
    assert.strictEqual(ny.draft.slice(0, fix.start) + fix.newText + ny.draft.slice(fix.end), ny.draft.replace('New York', 'Delaware'));
    const scots = run('England and Wales', 'This Agreement is governed by Scots law.');
    assert.deepStrictEqual(scots.found.map((f) => [f.message, f.fixes.map((x) => x.where)]), [['Clause 14.1 chooses Scots law; term `law` says law: England and Wales', ['model']]]);
  });

  it('a law name hard-wrapped over one line break is read whole, never over a blank line', () => {
    for (const [law, clause] of [
      ['New York', 'This Agreement is governed by the laws of the State of New\nYork, without regard to its conflict of laws rules.'],
      ['New York', 'This Agreement shall be governed by the laws of the State\nof New York.'],
      ['England and Wales', 'This Agreement is governed by the laws of England and\nWales.'],
      ['Hong Kong', 'This Agreement is governed by Hong\nKong law.'],
    ]) assert.deepStrictEqual(run(law, clause).found.map((f) => f.message), [], clause);
    const ny = run('Delaware', 'This Agreement shall be governed by the laws of the State of New\nYork.');
    assert.deepStrictEqual(ny.found.map((f) => f.message), ['Section 14.1 chooses the law of the State of New York; term `law` says law: Delaware']);
    const scots = run('England and Wales', 'This Agreement is governed by Scots\nlaw.');
    assert.deepStrictEqual(scots.found.map((f) => f.message), ['Clause 14.1 chooses Scots law; term `law` says law: England and Wales']);
    // a blank line ends the name: the next paragraph's heading is not part of it
    assert.deepStrictEqual(run('England and Wales', 'This Agreement is governed by the laws of Scotland\n\nSchedule One').found.map((f) => f.message),
      ['Clause 14.1 chooses the law of Scotland; term `law` says law: England and Wales']);
  });

  it('the law of another document or of one thing is not the agreement\'s', () => {
    assert.deepStrictEqual(run('New York', 'The Escrow Agreement is governed by the laws of the State of Delaware.').found, []);
    assert.deepStrictEqual(run('England and Wales', 'The transfer of the US Assets shall be governed by the laws of the State of Delaware.').found, []);
  });
});

describe('init: the governing law the draft chooses', () => {
  it('is written as the governing-law term\'s `law`, and the model it starts agrees with the draft', () => {
    for (const [clause, law] of [
      ['This Agreement shall be governed by the laws of the State of New York.', '"State of New York"'],
      ['This Agreement and any dispute arising out of it are governed by English law.', '"English law"'],
    ]) {
      const text = `# Licence Agreement\n\n## 14. General\n\n14.1 ${clause}\n`;
      const yaml = startTermModel({ text });
      assert.match(yaml, new RegExp(`^ {4}law: ${law}$`, 'm'), yaml);
      const model = parseTermModel(yaml).model;
      assert.deepStrictEqual(analyzeDocument(text, model).findings.filter((f) => f.code === 'value-conflict'), []);
      // and another law in the draft is then reported
      assert.strictEqual(analyzeDocument(text.replace(/New York|English/, (m) => (m === 'English' ? 'Scots' : 'Delaware')), model).findings.filter((f) => f.code === 'value-conflict').length, 1);
    }
  });
});
