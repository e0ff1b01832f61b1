import * as assert from 'assert';
import { extractReferences } from '../../src/core/extract/references';
import type { Reference } from '../../src/core/types';

function refs(text: string, offset = 0): [Reference['kind'], string, string, boolean][] {
  return extractReferences(text, offset).map((r) => {
    assert.strictEqual(r.text, text.slice(r.start - offset, r.end - offset));
    return [r.kind, r.target, r.text, r.self];
  });
}

describe('extract: references', () => {
  const single: [string, Reference['kind'], string, string][] = [
    ['as set out in Section 12.4.', 'section', '12.4', 'Section 12.4'],
    ['under Section 2.3(a) hereof', 'section', '2.3(a)', 'Section 2.3(a)'],
    ['under Section 2.3 (a)(ii) hereof', 'section', '2.3(a)(ii)', 'Section 2.3 (a)(ii)'],
    ['see Clause 5 below', 'clause', '5', 'Clause 5'],
    ['pursuant to Article IV,', 'article', 'IV', 'Article IV'],
    ['ARTICLE XII applies', 'article', 'XII', 'ARTICLE XII'],
    ['attached as Exhibit B.', 'exhibit', 'B', 'Exhibit B'],
    ['listed in Schedule 1', 'schedule', '1', 'Schedule 1'],
    ['in Annex A', 'annex', 'A', 'Annex A'],
    ['see Appendix 2', 'appendix', '2', 'Appendix 2'],
    ['see § 7', 'section', '7', '§ 7'],
    ['under section 9.1', 'section', '9.1', 'section 9.1'],
    ['in Exhibit A-1', 'exhibit', 'A-1', 'Exhibit A-1'],
  ];
  for (const [text, kind, target, written] of single) {
    it(JSON.stringify(written), () => assert.deepStrictEqual(refs(text), [[kind, target, written, false]]));
  }
  it('lists: "Sections 3.1 and 3.2", commas, "through"', () => {
    assert.deepStrictEqual(refs('Sections 3.1 and 3.2 apply'), [['section', '3.1', 'Sections 3.1', false], ['section', '3.2', '3.2', false]]);
    assert.deepStrictEqual(refs('Sections 3.1, 3.2 and 3.4').map((r) => r[1]), ['3.1', '3.2', '3.4']);
    assert.deepStrictEqual(refs('Sections 4.1 through 4.5').map((r) => r[1]), ['4.1', '4.5']);
    assert.deepStrictEqual(refs('Exhibits A and B').map((r) => r[1]), ['A', 'B']);
  });
  it('self references', () => {
    assert.deepStrictEqual(refs('as provided in this Section 5, the'), [['section', '5', 'Section 5', true]]);
    assert.deepStrictEqual(refs('for purposes of this Article, the'), [['article', '', 'Article', true]]);
  });
  it('a longer number is not cut to three digits: a statute\'s "section 1124" is no "section 112"', () => {
    assert.deepStrictEqual(refs('within the meaning of section 1124 of the Corporation Tax Act 2010'), []);
    assert.deepStrictEqual(refs('Sections 4.1 and 2025 apply').map((r) => r[1]), ['4.1']);
    assert.deepStrictEqual(refs('section 112 of the Act').map((r) => r[1]), ['112']);
  });
  it('a section, article or clause number hard-wrapped to the next line; not an exhibit\'s letter, not over a blank line', () => {
    assert.deepStrictEqual(refs('The provisions of Article\nVI shall survive'), [['article', 'VI', 'Article\nVI', false]]);
    assert.deepStrictEqual(refs('as set out in Section\r\n  4.02(a) below'), [['section', '4.02(a)', 'Section\r\n  4.02(a)', false]]);
    assert.deepStrictEqual(refs('the form in Schedule\nA Party may'), []);
    assert.deepStrictEqual(refs('as provided in this Section\n\n5 Payment'), [['section', '', 'Section', true]]);
  });
  it('exact offsets with a shift', () => {
    const [r] = extractReferences('see Section 12.4.', 100);
    assert.deepStrictEqual([r.start, r.end], [104, 116]);
  });
  it('is not a reference', () => {
    for (const t of ['Section 5 (Payment) and', 'Section 5, 30 days later']) assert.strictEqual(refs(t).length, 1, t);
    for (const t of ['schedule a meeting', 'an article of clothing', 'Exhibitor B', 'Subsection 5', 'Sections', 'the Schedule hereto']) {
      assert.deepStrictEqual(refs(t), [], t);
    }
  });
});

describe('extract: references in real contract text (CUAD forms)', () => {
  it('deep sub-labels and lettered schedules', () => {
    assert.deepStrictEqual(refs('licensed under this Section 12.3(c)(ii)(A)(2) do not'), [['section', '12.3(c)(ii)(A)(2)', 'Section 12.3(c)(ii)(A)(2)', true]]);
    assert.deepStrictEqual(refs('set out in Schedule A1 and Exhibit A-2').map((r) => r[1]), ['A1', 'A-2']);
  });
});
