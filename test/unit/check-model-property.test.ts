import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analyze';
import { parseTermModel } from '../../src/core/model/parse';
import type { Finding } from '../../src/core/types';

const CODES = new Set(['exclusivity-conflict', 'date-conflict', 'value-conflict', 'party-conflict', 'forbidden-clause', 'missing-clause', 'model-reference']);

const YAML = `effective: 2025-10-28
expires: 2035-10-27
parties:
  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }
  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }
terms:
  model-access: { type: exclusivity, holder: microsoft, exclusive: false, subject: access to models }
  ip-license: { type: license-grant, licensee: microsoft, ends: 2032-12-31 }
  research: { type: license-grant, licensee: openai, subject: research methods, ends: 2030-06-30 }
  revenue-share: { type: revenue-share, payer: microsoft, payee: openai, rate: 0% }
  agi: { type: agi, allowed: false }
  notice: { type: notice-period, duration: 90 days }
  cap: { type: liability-cap, amount: "USD 10,000,000" }
  law: { type: governing-law, required: true }
`;

/** Contract-like fragments, glued at random with junk, so the rules meet values, parties and markers in odd places. */
const FRAGMENTS = [
  '## 2. Access\n\n', '2.1 ', '(a) ', '<!-- term: ip-license -->\n', '<!-- term: ip-licence -->\n', '<!-- term: -->\n',
  '<!-- clause-annotator-ignore date-conflict -->\n', 'OpenAI grants Microsoft exclusive access to the models. ',
  'Microsoft shall be the non-exclusive cloud provider. ', 'Microsoft shall pay OpenAI twenty percent (20%) of revenue. ',
  'OpenAI shall pay Microsoft ', 'until December 31, 2030. ', 'commencing on 2025-11-01 ', 'Monday, March 3, 2026 ',
  'the 1st day of November, 2025 ', 'at least sixty (60) days\' notice ', 'shall not exceed $12,000,000 (twelve million dollars). ',
  'If the Board declares AGI, access ends. ', 'governed by the laws of New York; exclusive jurisdiction. ',
  'This Agreement expires on October 27, 2034. ', 'co- exclusive ', 'non\u2011exclusive ', 'Exclusive Territory ', '\n\n', '\r\n', '---\n',
];

const draftArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));

function checkFinding(f: Finding, draft: string, yaml: string): void {
  const len = (w: string) => (w === 'model' ? yaml.length : draft.length);
  assert.ok(f.start >= 0 && f.start <= f.end && f.end <= len(f.where), `${f.code} range`);
  assert.ok(f.message.length > 0 && f.message.length < 2000);
  for (const r of f.related) assert.ok(r.start >= 0 && r.start <= r.end && r.end <= len(r.where), `${f.code} related`);
  for (const x of f.fixes) {
    assert.ok(x.start >= 0 && x.start <= x.end && x.end <= len(x.where), `${f.code} fix range`);
    const before = (x.where === 'model' ? yaml : draft).slice(x.start, x.end);
    assert.notStrictEqual(x.newText, before, `${f.code} fix changes something`);
  }
}

describe('check-model: properties', () => {
  const parsed = parseTermModel(YAML);

  it('the property model is valid', () => {
    assert.deepStrictEqual(parsed.problems.map((p) => p.message), []);
  });

  it('never throws; ranges, related locations and fixes stay inside their texts', () => {
    fc.assert(fc.property(draftArb, (draft) => {
      const a = analyzeDocument(draft, parsed.model);
      for (const f of a.findings) if (CODES.has(f.code)) checkFinding(f, draft, YAML);
      for (const [id, idx] of Object.entries(a.termLinks)) {
        assert.ok(parsed.model!.terms[id], `termLinks names a model term: ${id}`);
        for (const i of idx) assert.ok(i >= 0 && i < a.clauses.length);
      }
      for (const c of a.clauses) if (c.term) assert.ok(a.termLinks[c.term]?.includes(c.index), 'clause → term is also term → clause');
    }), { numRuns: 150 });
  });

  it('without a model: no draft-vs-model finding and no link', () => {
    fc.assert(fc.property(draftArb, (draft) => {
      const a = analyzeDocument(draft, null);
      assert.deepStrictEqual(a.findings.filter((f) => CODES.has(f.code)), []);
      assert.deepStrictEqual(a.termLinks, {});
    }), { numRuns: 50 });
  });
});
