import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import { brokenReference } from '../../src/core/check/draft/brokenReference';
import type { Section } from '../../src/core/types';
import { build, ref, section } from './check-draft.support';

const TEXT = [
  '1. Definitions',
  '2. License',
  '2.1 Grant. As set out in Section 2.3(a) and Section 2.2, subject to Section 12.4 and Exhibit B.',
  '2.2 Limits. See Section 2.1(b), Section 3, Article II and Section 365(n) of the Bankruptcy Code and Section 4.2 of the Purchase Agreement and 11 U.S.C. Section 101.',
  '3. Term',
  '3.1 Term. Except as provided in this Section 5, this Section 3 applies. See Schedule 1.',
  'Exhibit A',
  'Form of notice.',
].join('\n\n');

function sections(): Section[] {
  const s1 = section(TEXT, '1. Definitions', '1');
  const s2 = section(TEXT, '2. License', '2');
  const s21 = section(TEXT, '2.1 Grant.', '2.1', { level: 2, parent: 1 });
  const s22 = section(TEXT, '2.2 Limits.', '2.2', { level: 2, parent: 1 });
  const s3 = section(TEXT, '3. Term', '3');
  const s31 = section(TEXT, '3.1 Term.', '3.1', { level: 2, parent: 4 });
  const ex = section(TEXT, 'Exhibit A', 'A', { kind: 'exhibit' });
  return [s1, s2, s21, s22, s3, s31, ex];
}

function ctx(secs = sections()) {
  return build(TEXT, {
    sections: secs,
    clauses: [{ section: 0 }, { section: 1 }, { section: 2, label: 'Section 2.1' }, { section: 3 }, { section: 4 }, { section: 5, label: 'Section 3.1' }, { section: 6 }, { section: 6 }],
    references: (t) => [
      ref(t, 'Section 2.3(a)', 'section', '2.3(a)'),
      ref(t, 'Section 2.2', 'section', '2.2'),
      ref(t, 'Section 12.4', 'section', '12.4'),
      ref(t, 'Exhibit B', 'exhibit', 'B'),
      ref(t, 'Section 2.1(b)', 'section', '2.1(b)'),
      ref(t, 'Section 3', 'section', '3', false, t.indexOf('2.2 Limits')),
      ref(t, 'Article II', 'article', 'II'),
      ref(t, 'Section 365(n)', 'section', '365(n)'),
      ref(t, 'Section 4.2', 'section', '4.2'),
      ref(t, 'Section 101', 'section', '101'),
      ref(t, 'this Section 5', 'section', '5', true),
      ref(t, 'this Section 3', 'section', '3', true),
      ref(t, 'Schedule 1', 'schedule', '1'),
    ].sort((a, b) => a.start - b.start),
  });
}

describe('draft checks: broken-reference', () => {
  it('flags missing sections, missing exhibits and "this Section" outside it', () => {
    const f = brokenReference.check(ctx());
    const got = f.map((x) => TEXT.slice(x.start, x.end));
    assert.deepStrictEqual(got, ['Section 2.3(a)', 'Section 12.4', 'Exhibit B', 'this Section 5']);
    assert.ok(f.every((x) => x.code === 'broken-reference' && x.severity === 'error'));
    assert.strictEqual(f[1].message, 'There is no Section 12.4 in this draft.');
    assert.strictEqual(f[2].message, 'Exhibit B is not attached to this draft (it has Exhibit A).');
    assert.strictEqual(f[3].message, '"this Section 5" is written inside Section 3.1, not in Section 5.');
  });
  it('resolves sub-clauses by their section, articles by number, and skips other documents and absent schedules', () => {
    const f = brokenReference.check(ctx());
    const got = f.map((x) => TEXT.slice(x.start, x.end));
    for (const ok of ['Section 2.2', 'Section 2.1(b)', 'Section 3', 'Article II', 'Section 365(n)', 'Section 4.2', 'Section 101', 'this Section 3', 'Schedule 1']) {
      assert.ok(!got.includes(ok), ok);
    }
  });
  it('checks nothing in an excerpt whose numbering does not start at 1 or has few sections', () => {
    const secs = sections().filter((s) => s.number !== '1');
    assert.deepStrictEqual(brokenReference.check(ctx(secs)).filter((x) => x.message.includes('section')), []);
  });
  it('handles ARTICLE I/II/III numbering with Section 1.01 style numbers', () => {
    const text = 'ARTICLE I\n\n1.01 Scope. See Section 2.02 and Article III and Article IV and Section 3.1.\n\nARTICLE II\n\n2.02 Fees.\n\nARTICLE III\n\n3.01 Term.';
    const secs: Section[] = [
      section(text, 'ARTICLE I\n', 'I', { kind: 'article' }),
      section(text, '1.01 Scope.', '1.01', { level: 2, parent: 0 }),
      section(text, 'ARTICLE II\n', 'II', { kind: 'article' }),
      section(text, '2.02 Fees.', '2.02', { level: 2, parent: 2 }),
      section(text, 'ARTICLE III\n', 'III', { kind: 'article' }),
      section(text, '3.01 Term.', '3.01', { level: 2, parent: 4 }),
    ];
    const ctx = build(text, {
      sections: secs,
      references: (t) => [ref(t, 'Section 2.02', 'section', '2.02'), ref(t, 'Article III', 'article', 'III'), ref(t, 'Article IV', 'article', 'IV'), ref(t, 'Section 3.1', 'section', '3.1')],
    });
    assert.deepStrictEqual(brokenReference.check(ctx).map((x) => text.slice(x.start, x.end)), ['Article IV']);
  });
});

describe('draft checks: broken-reference (statute sections)', () => {
  it('"Section 409A" and "Section 280G" (the Code\'s numbering) are not this draft\'s sections; "Section 4.9" still is', () => {
    const text = [
      '# Employment Agreement', '',
      '## 1. Duties', '', '1.1 The Executive shall serve as Chief Financial Officer.', '',
      '## 2. Pay', '', '2.1 Salary is paid monthly.', '',
      '## 3. Taxes', '', '3.1 Section 409A. This Agreement is intended to comply with Section 409A of the Code.', '',
      '3.2 No payment shall be an excess parachute payment under Section 280G. See also Section 4.9.', '',
    ].join('\n');
    const f = analyzeDocument(text).findings.filter((x) => x.code === 'broken-reference');
    assert.deepStrictEqual(f.map((x) => x.message), ['There is no Section 4.9 in this draft.']);
  });
});

describe('draft checks: broken-reference in a clause written in capitals', () => {
  it('"4.1 THE LIMITATIONS … DO NOT APPLY TO LIABILITY UNDER SECTION 9" is checked like its lower-case twin', () => {
    const t = ['# Agreement', '', '## 1. A', '', '1.1 Text.', '', '## 2. B', '', '2.1 Text.', '', '## 3. C', '', '3.1 Text.', '', '## 4. Liability', '',
      '4.1 THE LIMITATIONS IN THIS SECTION 4 DO NOT APPLY TO LIABILITY UNDER SECTION 9.', '', '4.2 The limitations in this Section 4 do not apply to liability under Section 9.', ''].join('\n');
    assert.deepStrictEqual(analyzeDocument(t).findings.filter((f) => f.code === 'broken-reference').map((f) => t.slice(f.start, f.end)), ['SECTION 9', 'Section 9']);
  });
});

describe('draft checks: broken-reference to another document\'s section with its heading in brackets', () => {
  it('"Section 9 (AGI Determination) of the Original Agreement" and "Section 6.2 (Change of Control) of …" are the other agreement\'s', () => {
    const t = ['# First Amendment', '', '## 1. Amendments', '', '1.1 Section 9 (AGI Determination) of the Original Agreement is deleted in its entirety.', '',
      '1.2 Section 6.2 (Change of Control) of the Original Agreement shall cease to have effect.', '', '1.3 Subject to Section 7 (Notices), the Buyer shall pay.', '',
      '## 2. Term', '', '2.1 Text.', '', '## 3. Law', '', '3.1 Text.', ''].join('\n');
    assert.deepStrictEqual(analyzeDocument(t).findings.filter((f) => f.code === 'broken-reference').map((f) => t.slice(f.start, f.end)), ['Section 7']);
  });
});

describe('draft checks: broken-reference to provisions omitted on purpose', () => {
  const draft = (note: string): string => ['# Facility Agreement', '', '## 1. Definitions', '', '1.1 Text.', '', '## 2. Loan', '', '2.1 Text.', '',
    '## 3. Interest', '', '3.1 Text.', '', '## 4. Events of Default', '', `4.1 ${note}`, ''].join('\n');
  const broken = (note: string): string[] => {
    const t = draft(note);
    return analyzeDocument(t).findings.filter((f) => f.code === 'broken-reference').map((f) => t.slice(f.start, f.end));
  };
  it('"[Clauses 13 to 21 intentionally omitted]": no error for the note, nor for a reference into the range; one past it is still an error', () => {
    assert.deepStrictEqual(broken('[Clauses 13 to 21 intentionally omitted from this extract.]'), []);
    assert.deepStrictEqual(broken('[Clauses 13 to 21 intentionally omitted.] The Lender may act under Clause 15.2 and Clause 22.'), ['Clause 22']);
  });
  it('"[Reserved]", "(Not used)", "deleted" after a reference or a range ("Sections 8 through 10 are deleted"); rights "reserved" are no omission', () => {
    assert.deepStrictEqual(broken('Section 7 [Reserved]. Section 7 applies.'), []);
    assert.deepStrictEqual(broken('Sections 8 through 10 are deleted. See Section 9 and Section 11.'), ['Section 11']);
    assert.deepStrictEqual(broken('Sections 12-14: (Not used). See Section 13.'), []);
    assert.deepStrictEqual(broken('All rights not granted under Section 9 are reserved.'), ['Section 9']);
  });
});

describe('draft checks: broken-reference to a paragraph of a schedule', () => {
  const draft = (ref: string): string => [
    '# SUPPLY AGREEMENT', '', 'This Supply Agreement is dated 1 March 2026 between Acme Limited (the "Supplier") and Beta Limited (the "Customer").', '',
    '## 1. Prices', '', `1.1 The Customer shall pay the prices set out in ${ref}.`, '', '## 2. Term', '', '2.1 This Agreement continues for two years.', '',
    '## 3. Law', '', '3.1 This Agreement is governed by the laws of England.', '',
    '## Schedule 2 – Prices', '', '1. The price per unit is £10.', '', '2. Prices are reviewed annually.', '', '3. Prices exclude VAT.', '',
    '## Schedule 3 – Service Levels', '', '1. Availability is 99.9%.', '',
    '## Schedule 4 – Form of Order', '', 'The Customer may order by email.', '',
  ].join('\n');
  const found = (ref: string): [string, string][] => {
    const text = draft(ref);
    return analyzeDocument(text).findings.filter((f) => f.code === 'broken-reference').map((f) => [text.slice(f.start, f.end), f.message]);
  };
  it('"paragraph 4 of Schedule 2" and "Schedule 3, paragraph 2", where the schedule numbers fewer paragraphs, are errors', () => {
    assert.deepStrictEqual(found('paragraph 4 of Schedule 2'), [['paragraph 4 of Schedule 2', 'There is no paragraph 4 in Schedule 2 (it has paragraphs 1 to 3).']]);
    assert.deepStrictEqual(found('Schedule 3, paragraph 2'), [['Schedule 3, paragraph 2', 'There is no paragraph 2 in Schedule 3 (it has paragraph 1).']]);
    assert.deepStrictEqual(found('paragraph 4.1 of Schedule 2'), [['paragraph 4.1 of Schedule 2', 'There is no paragraph 4.1 in Schedule 2 (it has paragraphs 1 to 3).']]);
  });
  it('a paragraph it has, a schedule that numbers none, another document\'s schedule: nothing', () => {
    for (const ref of ['paragraph 3 of Schedule 2', 'paragraph 2(a) of Schedule 2', 'Schedule 3, paragraph 1', 'paragraph 7 of Schedule 4',
      'paragraph 9 of Schedule 2 to the Framework Agreement', 'Schedule 2']) assert.deepStrictEqual(found(ref), [], ref);
  });
});
