import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import type { CheckContext, Rule } from '../../src/core/check/context';
import { brokenReference } from '../../src/core/check/draft/brokenReference';
import { dateOrder } from '../../src/core/check/draft/dateOrder';
import { duplicateDefinition, unusedDefinition } from '../../src/core/check/draft/definitionChecks';
import { inconsistentValues } from '../../src/core/check/draft/inconsistentValues';
import { invalidDate } from '../../src/core/check/draft/invalidDate';
import { numberWordsMismatch } from '../../src/core/check/draft/numberWordsMismatch';
import { undefinedTerm } from '../../src/core/check/draft/undefinedTerm';
import { DRAFT_RULES } from '../../src/core/check/draft';
import { build, wholeSections } from './check-draft.support';

const RAW: Rule[] = [numberWordsMismatch, invalidDate, dateOrder, inconsistentValues, undefinedTerm, duplicateDefinition, unusedDefinition, brokenReference];

function contextOf(text: string): CheckContext {
  const a = analyzeDocument(text);
  return {
    text,
    segmentation: { frontMatter: a.frontMatter, sections: [...a.sections, ...wholeSections(text)], clauses: a.clauses, ignored: [], termMarkers: a.termMarkers, ignoreMarkers: [] },
    clauses: a.clauses, definitions: a.definitions, termUses: a.termUses, references: a.references, model: null, termLinks: a.termLinks,
  };
}

describe('draft checks: robustness', () => {
  it('exports a rule for every drafting code (date-order: two, each a step of the analysis)', () => {
    assert.deepStrictEqual(DRAFT_RULES.flatMap((r) => r.codes).sort(), [
      'broken-reference', 'date-order', 'date-order', 'duplicate-definition', 'inconsistent-values', 'invalid-date', 'number-words-mismatch', 'undefined-term', 'unused-definition',
    ]);
  });
  const nasty: [string, string][] = [
    ['empty', ''],
    ['binary junk', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['a 200,000-character line', `the Licensed ${'Technology '.repeat(18_000)}shall expire on December 31, 2030 ${'x'.repeat(2_000)}`],
    ['many spaces and quotes', `"${' '.repeat(50_000)}" means ${'"A" '.repeat(5_000)} governed by the laws of ${' '.repeat(10_000)}`],
    ['capitals', `${'The Aaaa Bbbb Cccc Dddd Eeee Ffff '.repeat(5_000)}`],
  ];
  for (const [name, text] of nasty) {
    it(`never throws: ${name}`, () => {
      const ctx = contextOf(text);
      for (const rule of RAW) {
        const out = rule.check(ctx);
        assert.ok(Array.isArray(out), rule.codes[0]);
        for (const f of out) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, rule.codes[0]);
      }
    });
  }
  it('never throws on malformed facts', () => {
    const text = 'This Agreement shall expire on December 31, 2030. See Section 9.';
    const ctx = build(text, {
      sections: wholeSections(text),
      values: () => [
        { kind: 'date', start: 5, end: 2, text: '', iso: 'garbage', year: 2030, month: 13, day: 0, valid: false },
        { kind: 'number-words', start: 0, end: 3, text: 'Thi', wordsValue: Number.NaN, figureValue: Infinity, unit: 'number', words: { start: 0, end: 1, text: '' }, figure: { start: 1, end: 2, text: '' } },
        { kind: 'percent', start: 0, end: 1, text: 'T', value: Number.NaN },
      ],
      definitions: () => [{ term: '', start: 0, end: 0, clause: 99, definitionText: '' }, { term: 'X', start: 3, end: 4, clause: -1, definitionText: '' }, { term: 'X', start: 9, end: 10, clause: -1, definitionText: '' }],
      references: () => [{ kind: 'section', target: '', start: 0, end: 0, text: '', self: true }, { kind: 'article', target: 'ZZZZZZZZZZ', start: 1, end: 2, text: 'A', self: false }],
    });
    for (const rule of RAW) assert.ok(Array.isArray(rule.check(ctx)), rule.codes[0]);
  });
});

describe('draft checks: inconsistent-values names what a share is of as written', () => {
  it('"net sales", not "net sale"; "net revenues" and "net revenue" are the same base', () => {
    const text = '# A\n\n## 1. X\n\n1.1 Distributor shall pay a royalty of five percent (5%) of Net Sales.\n\n## 2. Y\n\n2.1 Distributor shall pay a royalty of seven percent (7%) of Net Sales.\n\n## 3. Z\n\n3.1 Licensee shall pay ten percent (10%) of its net revenues.\n\n3.2 Licensee shall pay twelve percent (12%) of its net revenue.\n';
    assert.deepStrictEqual(analyzeDocument(text).findings.map((f) => f.message), [
      'The share of net sales here (7%) differs from the one in Section 1.1 (5%).',
      'The share of net revenue here (12%) differs from the one in Section 3.1 (10%).',
    ]);
  });
});
