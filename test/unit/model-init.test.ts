import * as assert from 'assert';
import { createTermModelYaml } from '../../src/core/model/init';
import { parseTermModel } from '../../src/core/model/parse';
import type { Clause, TypeAssignment, Value } from '../../src/core/types';

const TEXT = [
  'This Agreement is effective as of October 28, 2025.', //                     clause 0
  'Microsoft shall have a non-exclusive right to access the Models until December 31, 2032.', // 1
  'Microsoft shall pay OpenAI twenty percent (20%) of revenue.', //              2
  'Each party\'s liability is capped at $10,000,000.', //                        3
  'This Agreement renews for successive periods of five (5) years.', //          4
  'Microsoft holds 27% of the equity.', //                                       5
  'Microsoft shall be the exclusive cloud provider.', //                          6
].join('\n\n');

function at(needle: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

function clause(index: number, type: string, values: Value[], label = `Section ${index + 1}`): Clause {
  const paragraphs = TEXT.split('\n\n');
  let start = 0;
  for (let i = 0; i < index; i++) start += paragraphs[i].length + 2;
  const types: TypeAssignment[] = [{ type, confidence: 0.9, cues: [] }];
  return { start, end: start + paragraphs[index].length, kind: 'paragraph', number: null, section: -1, label, index, types, values };
}

const clauses: Clause[] = [
  clause(0, 'effective-date', [{ kind: 'date', ...at('October 28, 2025'), iso: '2025-10-28', year: 2025, month: 10, day: 28, valid: true }]),
  clause(1, 'exclusivity', [
    { kind: 'exclusive', ...at('non-exclusive'), value: false },
    { kind: 'date', ...at('December 31, 2032'), iso: '2032-12-31', year: 2032, month: 12, day: 31, valid: true },
  ]),
  clause(2, 'revenue-share', [{ kind: 'percent', ...at('20%'), value: 20 }]),
  clause(3, 'liability-cap', [{ kind: 'money', ...at('$10,000,000'), amount: 10_000_000, currency: 'USD' }]),
  clause(4, 'renewal-term', [{ kind: 'duration', ...at('five (5) years'), amount: 5, unit: 'year' }]),
  clause(5, 'equity', [{ kind: 'percent', ...at('27%'), value: 27 }]),
  clause(6, 'cloud-provider', [{ kind: 'exclusive', ...at('exclusive cloud'), value: true }]),
];

describe('createTermModelYaml (init)', () => {
  it('writes one term per clause type with the values the draft states, round-tripping with zero problems', () => {
    const yaml = createTermModelYaml({
      agreement: 'Microsoft–OpenAI "Partnership" Agreement',
      parties: [{ id: 'microsoft', name: 'Microsoft Corporation' }, { id: 'OpenAI Group', name: 'OpenAI Group PBC' }],
      clauses,
      text: TEXT,
    });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    const m = r.model!;
    assert.strictEqual(m.agreement, 'Microsoft–OpenAI "Partnership" Agreement');
    assert.strictEqual(m.effective, '2025-10-28');
    assert.deepStrictEqual(Object.keys(m.parties), ['microsoft', 'openai-group']);
    assert.strictEqual(m.parties['openai-group'].name, 'OpenAI Group PBC');
    assert.deepStrictEqual(Object.keys(m.terms), ['effective-date', 'exclusivity', 'revenue-share', 'liability-cap', 'renewal-term', 'equity', 'cloud-provider']);
    assert.strictEqual(m.terms['effective-date'].date, '2025-10-28');
    assert.strictEqual(m.terms.exclusivity.exclusive, false);
    assert.strictEqual(m.terms.exclusivity.ends, '2032-12-31');
    assert.strictEqual(m.terms['revenue-share'].rate, 20);
    assert.deepStrictEqual(m.terms['liability-cap'].amount, { amount: 10_000_000, currency: 'USD' });
    assert.deepStrictEqual(m.terms['renewal-term'].duration, { amount: 5, unit: 'year' });
    assert.strictEqual(m.terms.equity.percent, 27);
    assert.strictEqual(m.terms['cloud-provider'].exclusive, true);
    assert.match(yaml, /# Section 2: Microsoft shall have a non-exclusive right/);
  });

  it('round-trips with no parties, no clauses and no agreement title', () => {
    const yaml = createTermModelYaml({ clauses: [], text: '' });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.model!.terms, {});
  });

  it('keeps hostile draft text out of the YAML structure (newlines, #, quotes, control characters)', () => {
    const text = 'Exclusive: "yes" # not a comment\n---\n\u0000\u2028 key: [ {';
    const c: Clause = { start: 0, end: text.length, kind: 'paragraph', number: null, section: -1, label: 'Weird\nlabel: x', index: 0, types: [{ type: 'exclusivity', confidence: 1, cues: [] }], values: [{ kind: 'exclusive', start: 0, end: 9, text: 'Exclusive', value: true }] };
    const yaml = createTermModelYaml({ agreement: 'A\nB: "c"\u0000', parties: [{ id: '', name: '' }, { id: '!!!', name: 'x\ny' }], clauses: [c], text });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    assert.strictEqual(r.model!.terms.exclusivity.exclusive, true);
    assert.strictEqual(Object.keys(r.model!.parties).length, 2);
  });

  it('comments out an expiration date that is before the effective date, so the model still parses cleanly', () => {
    const t = 'x';
    const d = (iso: string): Value => ({ kind: 'date', start: 0, end: 1, text: t, iso, year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8), valid: true });
    const mk = (type: string, iso: string): Clause => ({ start: 0, end: 1, kind: 'paragraph', number: null, section: -1, label: 'S', index: 0, types: [{ type, confidence: 1, cues: [] }], values: [d(iso)] });
    const yaml = createTermModelYaml({ clauses: [mk('effective-date', '2030-01-01'), mk('expiration-date', '2029-01-01')], text: t });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.model!.expires, undefined);
    assert.match(yaml, /# expires: 2029-01-01/);
  });

  it('skips invalid dates, unknown currencies and custom types', () => {
    const c: Clause = {
      start: 0, end: 1, kind: 'paragraph', number: null, section: -1, label: 'S', index: 0,
      types: [{ type: 'license-grant', confidence: 1, cues: [] }, { type: 'my-type', confidence: 1, cues: [] }],
      values: [
        { kind: 'date', start: 0, end: 1, text: 'x', iso: '2030-02-30', year: 2030, month: 2, day: 30, valid: false },
        { kind: 'money', start: 0, end: 1, text: 'x', amount: 5, currency: '$' },
      ],
    };
    const yaml = createTermModelYaml({ clauses: [c], text: 'x' });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(Object.keys(r.model!.terms), ['license-grant']);
    assert.strictEqual(r.model!.terms['license-grant'].ends, undefined);
    assert.match(yaml, /custom types \(my-type\)/);
  });
});
