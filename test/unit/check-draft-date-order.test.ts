import * as assert from 'assert';
import { dateOrder } from '../../src/core/check/draft/dateOrder';
import { build, dateValue } from './check-draft.support';
import { analyzeDocument } from '../../src/core/analyze';

describe('draft checks: date-order', () => {
  it('flags a period that ends before it starts, inside one clause', () => {
    const text = 'The Term runs from January 1, 2026 to December 31, 2025.\n\nServices are provided for the period commencing on March 1, 2026 and ending on February 1, 2026.';
    const f = dateOrder.check(build(text, {
      values: (t) => [
        dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2025', 2025, 12, 31),
        dateValue(t, 'March 1, 2026', 2026, 3, 1), dateValue(t, 'February 1, 2026', 2026, 2, 1),
      ],
    }));
    assert.strictEqual(f.length, 2);
    assert.ok(f.every((x) => x.code === 'date-order' && x.severity === 'error'));
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'December 31, 2025');
    assert.strictEqual(text.slice(f[0].related[0].start, f[0].related[0].end), 'January 1, 2026');
    assert.match(f[0].message, /ends \(December 31, 2025\) before it starts \(January 1, 2026\)/);
    assert.strictEqual(text.slice(f[1].start, f[1].end), 'February 1, 2026');
  });
  it('is silent on ordered ranges and unrelated dates', () => {
    const text = 'The Term runs from January 1, 2026 to December 31, 2030.\n\nThe Original Agreement dated March 1, 2020 was amended on February 1, 2019 and on June 5, 2018.\n\nBetween January 1, 2025 and March 1, 2025, prices are fixed.';
    const f = dateOrder.check(build(text, {
      values: (t) => [
        dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2030', 2030, 12, 31),
        dateValue(t, 'March 1, 2020', 2020, 3, 1), dateValue(t, 'February 1, 2019', 2019, 2, 1), dateValue(t, 'June 5, 2018', 2018, 6, 5),
        dateValue(t, 'January 1, 2025', 2025, 1, 1), dateValue(t, 'March 1, 2025', 2025, 3, 1),
      ],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('"shall commence on the date of this Agreement and expire on Y": Y before the date the agreement is dated', () => {
    const draft = (preamble: string, term: string): string => [
      '# LICENCE AGREEMENT', '', `${preamble} and is made between Alpha Limited ("Licensor") and Beta GmbH ("Licensee").`, '',
      '## 1. Term', '', `1.1 ${term}`, '',
    ].join('\n');
    const text = draft('THIS AGREEMENT is dated 1 March 2026', 'This Agreement shall commence on the date of this Agreement and shall expire on 31 December 2025.');
    const f = analyzeDocument(text).findings.filter((x) => x.code === 'date-order');
    assert.deepStrictEqual(f.map((x) => [text.slice(x.start, x.end), x.message, text.slice(x.related[0].start, x.related[0].end), x.related[0].message]), [[
      '31 December 2025', 'The agreement expires (31 December 2025) before it takes effect (1 March 2026 in Preamble).', '1 March 2026',
      'The effective date is 1 March 2026.',
    ]]);
    const quiet = [
      // a later expiry; "the date hereof" read the same way
      draft('THIS AGREEMENT is dated 1 March 2026', 'The term of this Agreement shall commence as of the date hereof and shall expire on 31 December 2027.'),
      // the date of an agreement amended is not this one's
      draft('THIS AMENDMENT to the Original Agreement dated 1 March 2026 is dated 5 May 2026', 'This Agreement shall commence on the date of this Agreement and shall expire on 31 December 2025.'),
    ];
    for (const t of quiet) assert.deepStrictEqual(analyzeDocument(t).findings.filter((x) => x.code === 'date-order'), [], t);
    // no start on the date of the agreement: no expiry before it, only a deadline before it (a warning)
    const done = draft('THIS AGREEMENT is dated 1 March 2026', 'The Services shall be completed by 31 December 2025.');
    assert.deepStrictEqual(analyzeDocument(done).findings.filter((x) => x.code === 'date-order').map((x) => x.message),
      ['This deadline (31 December 2025) falls before the agreement is dated (1 March 2026 in Preamble).']);
    // stated as "from the date hereof" too
    const hereof = draft('This Agreement is made as of 1 March 2026', 'This Agreement shall be in force from the date hereof and shall expire on 31 December 2025.');
    assert.strictEqual(analyzeDocument(hereof).findings.filter((x) => x.code === 'date-order').length, 1);
  });
  it('a period "from and including the date of this Agreement to and including Y": Y before the date the agreement is dated', () => {
    const draft = (preamble: string, period: string): string => [
      `${preamble} and made between:`, '', '(1) ALPHA LIMITED (the "Borrower"); and', '', '(2) BETA BANK PLC (the "Lender").', '',
      '## 1. Definitions', '', `"Availability Period" means the period ${period}.`, '',
    ].join('\n');
    const text = draft('THIS AGREEMENT is dated 1 July 2026', 'from and including the date of this Agreement to and including 31 December 2025');
    const f = analyzeDocument(text).findings.filter((x) => x.code === 'date-order');
    assert.deepStrictEqual(f.map((x) => [text.slice(x.start, x.end), x.message, text.slice(x.related[0].start, x.related[0].end), x.related[0].message]), [[
      '31 December 2025', 'This period ends (31 December 2025) before it starts (the date of this agreement, 1 July 2026 in Preamble).',
      '1 July 2026', 'The agreement is dated 1 July 2026.',
    ]]);
    assert.strictEqual(analyzeDocument(draft('THIS AGREEMENT is dated 1 July 2026', 'commencing on the date hereof and ending on 31 December 2025')).findings
      .filter((x) => x.code === 'date-order').length, 1);
    const quiet = [
      // a later end
      draft('THIS AGREEMENT is dated 1 July 2026', 'from and including the date of this Agreement to and including 31 December 2026'),
      // an amendment's date is not the agreement's
      draft('THIS AMENDMENT to the Facility Agreement dated 1 March 2020 is dated 1 July 2026', 'from the date of this Agreement to 31 December 2025'),
      // no date of the agreement stated
      draft('THIS AGREEMENT is made', 'from and including the date of this Agreement to and including 31 December 2025'),
      // not a period from the agreement's date
      draft('THIS AGREEMENT is dated 1 July 2026', 'from the date of the Utilisation Request to 31 December 2025'),
    ];
    for (const t of quiet) assert.deepStrictEqual(analyzeDocument(t).findings.filter((x) => x.code === 'date-order'), [], t);
  });
  it('flags an expiry before the effective date across clauses, naming both', () => {
    const text = 'This Agreement is effective as of January 1, 2026 (the "Effective Date").\n\nThis Agreement shall expire on December 31, 2025.';
    const f = dateOrder.check(build(text, {
      clauses: [{ label: 'Preamble', types: ['effective-date'] }, { label: 'Section 9.1', types: ['expiration-date'] }],
      values: (t) => [dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2025', 2025, 12, 31)],
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].clause, 1);
    assert.match(f[0].message, /expires \(December 31, 2025\) before it takes effect \(January 1, 2026 in Preamble\)/);
    assert.strictEqual(text.slice(f[0].related[0].start, f[0].related[0].end), 'January 1, 2026');
  });
  it('is silent when the expiry is after the effective date or belongs to another agreement', () => {
    const text = 'This Agreement is effective as of January 1, 2026.\n\nThis Agreement shall expire on December 31, 2030.\n\nThe Prior Agreement dated June 1, 2020 expired on December 31, 2024.';
    const f = dateOrder.check(build(text, {
      values: (t) => [dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2030', 2030, 12, 31), dateValue(t, 'June 1, 2020', 2020, 6, 1), dateValue(t, 'December 31, 2024', 2024, 12, 31)],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('flags a renewal notice deadline after the expiry', () => {
    const text = 'This Agreement shall expire on December 31, 2030.\n\nEither party may give notice of non-renewal no later than January 15, 2031.';
    const f = dateOrder.check(build(text, {
      values: (t) => [dateValue(t, 'December 31, 2030', 2030, 12, 31), dateValue(t, 'January 15, 2031', 2031, 1, 15)],
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'January 15, 2031');
    assert.match(f[0].message, /notice deadline \(January 15, 2031\) falls after the agreement expires \(December 31, 2030 in Section 1\)/);
  });
  it('is silent on a notice deadline before the expiry', () => {
    const text = 'This Agreement shall expire on December 31, 2030.\n\nEither party may give notice of non-renewal no later than October 1, 2030.';
    const f = dateOrder.check(build(text, {
      values: (t) => [dateValue(t, 'December 31, 2030', 2030, 12, 31), dateValue(t, 'October 1, 2030', 2030, 10, 1)],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('flags "effective as of X ... until Y" with Y before X in one sentence, not across sentences', () => {
    const text = 'This contract shall be effective as of November 1, 2012, and shall remain in force and effect, unless modified, until October 31, 2002.\n\nThis Agreement is effective as of January 1, 2026. The Prior Agreement expired on December 31, 2024.';
    const f = dateOrder.check(build(text, {
      values: (t) => [dateValue(t, 'November 1, 2012', 2012, 11, 1), dateValue(t, 'October 31, 2002', 2002, 10, 31), dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2024', 2024, 12, 31)],
    }));
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['October 31, 2002']);
    assert.match(f[0].message, /ends \(October 31, 2002\) before it starts \(November 1, 2012\)/);
  });
});

describe('draft checks: date-order (an end date followed by the name of the period)', () => {
  it('"expires on March 1, 2025 (the "Initial Term")" before an effective date of March 2, 2026 is reported', () => {
    const text = [
      '# Agreement', '',
      'This Agreement (this "Agreement") is made as of March 2, 2026 (the "Effective Date") between Alpha Ltd ("Alpha") and Beta Ltd ("Beta").', '',
      '## 6. Term', '',
      '6.1 This Agreement commences on the Effective Date and, unless terminated earlier, expires on March 1, 2025 (the "Initial Term").', '',
      '6.2 The Initial Term may be renewed by agreement.', '',
    ].join('\n');
    assert.deepStrictEqual(analyzeDocument(text).findings.filter((f) => f.code === 'date-order').map((f) => text.slice(f.start, f.end)), ['March 1, 2025']);
    assert.deepStrictEqual(analyzeDocument(text.replace('March 1, 2025', 'March 1, 2029')).findings.filter((f) => f.code === 'date-order'), []);
  });
});

describe('draft checks: date-order (superseded text in an amendment)', () => {
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'date-order').map((f) => text.slice(f.start, f.end));
  it('the old expiry an amendment extends is not before the amendment\'s effective date', () => {
    const text = '1.1 This Amendment is effective as of January 1, 2027, and the Term of this Agreement, which was to expire on December 31, 2026, is extended until December 31, 2029.\n\n1.2 This Agreement shall expire on December 31, 2029.\n';
    assert.deepStrictEqual(found(text), []);
    assert.deepStrictEqual(found(text.replace(', which was to expire on December 31, 2026, is extended until December 31, 2029', ' shall expire on December 31, 2026')), ['December 31, 2026']);
  });
  it('a notice deadline is compared with the new expiry, not the superseded one', () => {
    const text = [
      '1.1 The Term of this Agreement, which was to expire on June 30, 2026, is extended and shall expire on June 30, 2028.', '',
      '1.2 This Agreement shall expire on June 30, 2028.', '',
      '1.3 Notice of non-renewal must be given no later than March 31, 2028.', '',
    ].join('\n');
    assert.deepStrictEqual(found(text), []);
    assert.deepStrictEqual(found(text.replace('March 31, 2028', 'September 30, 2028')), ['September 30, 2028']);
  });
});

describe('draft checks: date-order (numeric dates in a day-first draft)', () => {
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'date-order').map((f) => text.slice(f.start, f.end));
  // "1 April 2026" and "31/03/2029" say the draft writes the day first: "05/03/2027" is 5 March
  const uk = (range: string) => `1.1 This Agreement is made on 1 April 2026.\n\n1.2 The licence runs from 01/04/2026 to 31/03/2029.\n\n1.3 The pilot runs ${range}.\n`;
  it('"from 05/03/2027 to 01/04/2027" is in order; "from 01/04/2027 to 05/03/2027" is not', () => {
    assert.deepStrictEqual(found(uk('from 05/03/2027 to 01/04/2027')), []);
    assert.deepStrictEqual(found(uk('from 01/04/2027 to 05/03/2027')), ['05/03/2027']);
  });
  it('a draft that says nothing of its order reads them month first, as before', () => {
    assert.deepStrictEqual(found('1.3 The pilot runs from 05/03/2027 to 01/04/2027.\n'), ['01/04/2027']);
  });
});

describe('draft checks: date-order (defined dates)', () => {
  it('a defined end date before a defined start date, or before the date of the agreement: "Maturity Date" means, (the "Expiration Date")', () => {
    const draft = (preamble: string, defs: string[]): string => [
      '# AGREEMENT', '', `${preamble} by and between Alpha, Inc. (the "Company") and Beta LLC (the "Holder").`, '',
      '## 1. Definitions', '', ...defs.flatMap((d, i) => [`1.${i + 1} ${d}`, '']), '## 2. Term', '', '2.1 The Company shall repay the loan.', '',
    ].join('\n');
    const found = (text: string): string[][] => analyzeDocument(text).findings.filter((x) => x.code === 'date-order')
      .map((x) => [text.slice(x.start, x.end), x.message, text.slice(x.related[0].start, x.related[0].end)]);
    assert.deepStrictEqual(found(draft('This Note Purchase Agreement is made as of June 15, 2026 (the "Issue Date")', ['"Maturity Date" means June 15, 2025.'])), [
      ['June 15, 2025', 'The agreement expires (June 15, 2025) before it takes effect (June 15, 2026 in Preamble).', 'June 15, 2026'],
    ]);
    assert.deepStrictEqual(found(draft('This Lease is made as of May 1, 2026', ['"Commencement Date" means September 1, 2026.', 'August 31, 2025 (the "Expiration Date") is the last day of the Term.'])), [
      ['August 31, 2025', 'The agreement expires (August 31, 2025) before it takes effect (September 1, 2026 in Section 1.1).', 'September 1, 2026'],
    ]);
    // none defined to start: the date the agreement is dated
    assert.deepStrictEqual(found(draft('THIS AGREEMENT is dated 1 July 2026 and is made', ['"Final Maturity Date" means 30 June 2025.'])), [
      ['30 June 2025', 'The agreement expires (30 June 2025) before it takes effect (1 July 2026 in Preamble).', '1 July 2026'],
    ]);
    // in order; an employee's past "Termination Date"; another date's name
    assert.deepStrictEqual(found(draft('This Agreement is made as of June 15, 2026 (the "Effective Date")', [
      '"Maturity Date" means June 15, 2028.', '"Termination Date" means March 1, 2026.', '"Original Expiry Date" means May 1, 2026.',
    ])), []);
  });
});

describe('draft checks: date-order (an outside date, probe s18 34-strategic-investment)', () => {
  it('an "Outside Date" or a "Long Stop Date" before the date of the agreement', () => {
    const draft = (def: string): string => [
      '# AGREEMENT AND PLAN OF MERGER', '', 'This Agreement is made and entered into as of December 14, 2026 (the "Agreement Date") by and among Lumina Photonics, Inc. (the "Company") and Orion Semiconductor Corporation (the "Investor").', '',
      '## 1. Definitions', '', `1.1 ${def}`, '', '## 2. Closing', '', '2.1 The Closing shall take place after the conditions are satisfied.', '',
    ].join('\n');
    const found = (text: string): string[] => analyzeDocument(text).findings.filter((x) => x.code === 'date-order').map((x) => text.slice(x.start, x.end));
    assert.deepStrictEqual(found(draft('"Outside Date" means June 30, 2026, as it may be extended under Section 8.1(b).')), ['June 30, 2026']);
    assert.deepStrictEqual(found(draft('"Long Stop Date" means 30 June 2026.')), ['30 June 2026']);
    assert.deepStrictEqual(found(draft('"Outside Date" means June 30, 2027, as it may be extended under Section 8.1(b).')), []);
    // named as what it is, not as the agreement's expiry
    const text = draft('"Outside Date" means June 30, 2026.');
    assert.deepStrictEqual(analyzeDocument(text).findings.filter((x) => x.code === 'date-order').map((x) => x.message),
      ['The Outside Date (June 30, 2026) falls before the agreement takes effect (December 14, 2026 in Preamble).']);
  });
});

describe('draft checks: date-order (hard-wrapped drafts)', () => {
  it('reads a period wrapped over a line break: "from March 1, 2026⏎to February 1, 2026", "the date of this⏎Agreement to and including 31 December 2025"', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = [
        'THIS AGREEMENT is dated 1 July 2026 and made between Alpha Limited (the "Borrower") and Beta Bank PLC (the',
        '"Lender").', '', '1. DEFINITIONS', '', '"Availability Period" means the period from and including the date of this',
        'Agreement to and including 31 December 2025.', '', '2. SERVICES', '', 'The Lender shall provide the services for the period from March 1, 2026',
        'to February 1, 2026, and from April 1, 2026 to May 1, 2026.', '',
      ].join(nl);
      const f = analyzeDocument(text).findings.filter((x) => x.code === 'date-order');
      assert.deepStrictEqual(f.map((x) => [text.slice(x.start, x.end), x.message]), [
        ['31 December 2025', 'This period ends (31 December 2025) before it starts (the date of this agreement, 1 July 2026 in Preamble).'],
        ['February 1, 2026', 'This period ends (February 1, 2026) before it starts (March 1, 2026).'],
      ], JSON.stringify(nl));
    }
  });
});

describe('draft checks: date-order (an obligation\'s deadline before the agreement is made or takes effect)', () => {
  const base = '# LICENSE AGREEMENT\n\nThis License Agreement is dated June 1, 2026 between Acme Inc. ("Licensor") and Beta LLC ("Licensee").\n\n## 1. Delivery\n\n1.1 SENT\n';
  const found = (s: string, draft = base): [string, string, string][] => {
    const text = draft.replace('SENT', s);
    return analyzeDocument(text).findings.filter((f) => f.code === 'date-order').map((f) => [f.severity, text.slice(f.start, f.end), f.message]);
  };
  it('a deadline ("no later than", "on or before", "by") of an obligation before the date of the agreement is a warning', () => {
    for (const s of ['Licensee shall deliver the Development Plan to Licensor no later than March 1, 2026.', 'The fee must be paid by March 1, 2026.',
      'Licensee will deliver the Plan on or before March 1, 2026.']) {
      assert.deepStrictEqual(found(s), [['warning', 'March 1, 2026', 'This deadline (March 1, 2026) falls before the agreement is dated (June 1, 2026 in Preamble).']], s);
    }
    // before the date it takes effect, the earlier of the two
    const eff = base.replace('is dated June 1, 2026', 'is effective as of July 1, 2026');
    assert.deepStrictEqual(found('Licensee shall deliver the Plan no later than June 15, 2026.', eff).map((x) => x[2]),
      ['This deadline (June 15, 2026) falls before the agreement takes effect (July 1, 2026 in Preamble).']);
  });
  it('a later deadline, one already met, one an amendment replaces, or a past event: nothing', () => {
    for (const s of ['Licensee shall deliver the Development Plan no later than March 1, 2027.', 'Licensee delivered the Development Plan on or before March 1, 2026.',
      'Licensee shall have delivered the Development Plan on or before March 1, 2026.',
      'The date by which Licensee shall deliver the Plan is extended from March 1, 2026 to March 1, 2027.']) assert.deepStrictEqual(found(s), [], s);
  });
});
