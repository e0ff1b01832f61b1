import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import { parseTermModel } from '../../src/core/model/parse';
import type { DocumentAnalysis } from '../../src/core/types';

/**
 * A draft saved with Windows line endings (CRLF: git's autocrlf, Word exports) and hard-wrapped, as plain-text drafts
 * are, is read exactly as the same draft with LF: values broken across lines ("twenty percent\r\n(25%)", "December\r\n31,
 * 2027", "FIVE MILLION\r\nDOLLARS ($5,000,000)") were missed, and number words split by a CRLF were read in halves
 * ("one-half percent" against "1.5%" in "one and\r\none-half percent (1.5%)").
 */
const LINES = [
  '# Licence Agreement',
  '',
  'This Licence Agreement (this "Agreement") is made between Alpha Limited ("Licensor") and Beta GmbH',
  '("Licensee").',
  '',
  '## 1. Term',
  '',
  '1.1 This Agreement is effective as of January',
  '15, 2026 and expires on 31',
  'December 2025.',
  '',
  '## 2. Fees',
  '',
  '2.1 The Licensee shall pay a royalty of twenty percent',
  '(25%) of Net Sales within thirty (30)',
  'days after the end of each quarter.',
  '',
  '2.2 A late fee of one and',
  'one-half percent (1.5%) applies to overdue amounts.',
  '',
  '2.3 The Licensee shall pay an initial fee of FIVE MILLION',
  'DOLLARS ($5,000,000) on signature.',
  '',
  '## 3. Licence',
  '',
  '3.1 The Licensor grants the Licensee an',
  'exclusive licence to use the Software until December',
  '31, 2027.',
];
const MODEL = [
  'parties:',
  '  alpha: { name: Alpha Limited, aliases: [Licensor] }',
  '  beta: { name: Beta GmbH, aliases: [Licensee] }',
  'terms:',
  '  licence: { type: license-grant, licensee: beta, licensor: alpha, exclusive: false, ends: 2030-12-31 }',
].join('\n');

function summary(a: DocumentAnalysis): { values: string[]; findings: string[] } {
  const lf = (s: string): string => s.replace(/\r\n/g, '\n');
  return {
    values: a.clauses.flatMap((c) => c.values.map((v) => `${v.kind}: ${lf(v.text)}`)),
    findings: a.findings.map((f) => `${f.code}: ${f.message}`),
  };
}

describe('line endings: a CRLF draft is read as the same draft with LF', () => {
  const lf = LINES.join('\n');
  const crlf = LINES.join('\r\n');
  for (const withModel of [false, true]) {
    it(withModel ? 'with a term model' : 'without a term model', () => {
      const model = withModel ? parseTermModel(MODEL).model : null;
      const a = summary(analyzeDocument(lf, model));
      const b = summary(analyzeDocument(crlf, model));
      assert.deepStrictEqual(b, a);
      for (const v of ['percent: twenty percent\n(25%)', 'date: January\n15, 2026', 'date: 31\nDecember 2025', 'money: FIVE MILLION\nDOLLARS ($5,000,000)', 'number-words: one and\none-half percent (1.5%)']) {
        assert.ok(a.values.includes(v), `${v} in ${JSON.stringify(a.values)}`);
      }
      const expected = withModel
        ? ['exclusivity-conflict', 'date-conflict', 'number-words-mismatch', 'date-order']
        : ['number-words-mismatch', 'date-order'];
      for (const code of expected) assert.ok(b.findings.some((f) => f.startsWith(`${code}:`)), `${code} in ${JSON.stringify(b.findings)}`);
    });
  }
  it('messages quoting a value broken across lines are on one line', () => {
    const findings = analyzeDocument(crlf, parseTermModel(MODEL).model).findings;
    assert.ok(findings.length >= 4);
    for (const f of findings) {
      assert.ok(!/[\r\n]/.test(f.message), JSON.stringify(f.message));
      for (const r of f.related) assert.ok(!/[\r\n]/.test(r.message), JSON.stringify(r.message));
    }
    const date = findings.find((f) => f.code === 'date-conflict');
    assert.ok(date);
    assert.match(date.message, /says December 31, 2027 \(2027-12-31\)/);
    // the span is still exactly the draft's text, line break included
    assert.strictEqual(crlf.slice(date.start, date.end), 'December\r\n31, 2027');
  });
});
