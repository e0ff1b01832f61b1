import * as assert from 'assert';
import { inconsistentValues } from '../../src/core/check/draft/inconsistentValues';
import { build, dateValue, numberWords, percent, section } from './check-draft.support';
import { analyzeDocument } from '../../src/core/analyze';

describe('draft checks: inconsistent-values', () => {
  it('flags two expiration dates for the agreement, on the later clause', () => {
    const text = 'This Agreement shall expire on December 31, 2030.\n\nThe Term of this Agreement ends on December 31, 2031.';
    const f = inconsistentValues.check(build(text, {
      clauses: [{ label: 'Section 3' }, { label: 'Section 9' }],
      values: (t) => [dateValue(t, 'December 31, 2030', 2030, 12, 31), dateValue(t, 'December 31, 2031', 2031, 12, 31)],
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].code, 'inconsistent-values');
    assert.strictEqual(f[0].severity, 'warning');
    assert.strictEqual(f[0].clause, 1);
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'December 31, 2031');
    assert.match(f[0].message, /expiration date here \(December 31, 2031\) differs from the one in Section 3 \(December 31, 2030\)/);
    assert.strictEqual(text.slice(f[0].related[0].start, f[0].related[0].end), 'December 31, 2030');
  });
  it('does not compare dates with different roles or renewal terms', () => {
    const text = [
      'This Agreement is effective as of January 1, 2026.',
      'This Agreement shall expire on December 31, 2030.',
      'Each Renewal Term shall expire on December 31, 2031.',
      'Invoices issued on March 1, 2027 are payable within thirty days.',
      'This Agreement shall expire on December 31, 2030, unless renewed.',
    ].join('\n\n');
    const f = inconsistentValues.check(build(text, {
      values: (t) => [
        dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'December 31, 2030', 2030, 12, 31),
        dateValue(t, 'December 31, 2031', 2031, 12, 31), dateValue(t, 'March 1, 2027', 2027, 3, 1),
        dateValue(t, 'December 31, 2030', 2030, 12, 31, { from: t.indexOf('unless') - 30 }),
      ],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('flags two effective dates', () => {
    const text = 'This Agreement is effective as of January 1, 2026.\n\nThe Effective Date is January 15, 2026.';
    const f = inconsistentValues.check(build(text, {
      values: (t) => [dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'January 15, 2026', 2026, 1, 15)],
    }));
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /effective date here \(January 15, 2026\)/);
  });
  it('flags two revenue-share rates of the same base', () => {
    const text = 'Microsoft shall pay OpenAI twenty percent (20%) of Net Revenue.\n\nThe revenue share payable to OpenAI is 25% of Net Revenues.';
    const f = inconsistentValues.check(build(text, {
      clauses: [{ types: ['revenue-share'], label: 'Section 4.1' }, { types: ['revenue-share'], label: 'Section 4.3' }],
      values: (t) => [percent(t, '20%', 20), numberWords(t, 'twenty percent (20%)', 'twenty percent', '20%', 20, 20, 'percent'), percent(t, '25%', 25)].sort((a, b) => a.start - b.start),
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].start, f[0].end), '25%');
    assert.match(f[0].message, /share of net revenue here \(25%\) differs from the one in Section 4.1 \(20%\)/);
  });
  it('does not compare tiered rates, different bases, or equal rates', () => {
    const text = [
      'Licensee shall pay a royalty of 5% of Net Sales up to $1,000,000 and 7% of Net Sales thereafter.',
      'Licensee shall pay a royalty of 10% of Gross Profits.',
      'Licensee shall pay a royalty of 12% of Net Revenue.',
      'The royalty is 12% of Net Revenue.',
    ].join('\n\n');
    const f = inconsistentValues.check(build(text, {
      values: (t) => [percent(t, '5%', 5), percent(t, '7%', 7), percent(t, '10%', 10), percent(t, '12%', 12), percent(t, '12%', 12, t.indexOf('The royalty'))],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('compares rates of one kind of payment: a royalty and an advertising fee on Net Sales are two payments', () => {
    const text = [
      'Licensee shall pay Licensor a royalty of 5% of Net Sales.',
      'Licensee shall contribute 2% of Net Sales to the Marketing Fund.',
      'Licensee shall pay an advertising fee equal to 1% of Net Sales.',
      'The royalties payable under this Agreement are 6% of Net Sales.',
    ].join('\n\n');
    const f = inconsistentValues.check(build(text, {
      clauses: [{ types: ['revenue-share'] }, { types: ['revenue-share'] }, { types: ['revenue-share'] }, { types: ['revenue-share'] }],
      values: (t) => [percent(t, '5%', 5), percent(t, '2%', 2), percent(t, '1%', 1), percent(t, '6%', 6)],
    }));
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['6%'], 'only the second royalty');
  });
  it('flags two governing laws', () => {
    const text = 'This Agreement shall be governed by the laws of the State of New York.\n\nThis Agreement is governed by and construed in accordance with the laws of Delaware.';
    const f = inconsistentValues.check(build(text, { clauses: [{ label: 'Section 12.1' }, { label: 'Section 14' }] }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'Delaware');
    assert.match(f[0].message, /governing law here \(Delaware\) differs from the one in Section 12.1 \(State of New York\)/);
    assert.strictEqual(text.slice(f[0].related[0].start, f[0].related[0].end), 'New York');
  });
  it('treats the same jurisdiction written differently as one', () => {
    const text = 'This Agreement shall be governed by the laws of the State of New York, without regard to conflicts of laws.\n\nAny dispute shall be construed under the laws of New York.\n\nThis Agreement is governed by English law.\n\nThe laws of England and Wales shall govern; this Agreement is construed under the laws of England and Wales.';
    const f = inconsistentValues.check(build(text));
    // New York twice (same), then England (differs from New York once), England and Wales (same as England)
    assert.strictEqual(f.length, 2);
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['English', 'England and Wales']);
  });
  it('reads "Laws of the State of" with a capital and ignores "laws of the United States"', () => {
    const text = 'This Agreement shall be governed by the laws of California.\n\nThis Agreement shall be construed in accordance with the internal Laws of the State of Connecticut.\n\nThis Agreement is governed by the laws of the United States.';
    const f = inconsistentValues.check(build(text));
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['Connecticut']);
  });
  it('compares rates paid periodically but not tiered ones', () => {
    const text = 'Licensee shall pay a royalty of 8% of Net Sales each calendar quarter.\n\nThe royalty payable by Licensee is 9% of Net Sales per year.\n\nLicensee shall pay a royalty of 3% of Gross Receipts in excess of $1,000,000.\n\nLicensee shall pay a royalty of 4% of Gross Receipts.';
    const f = inconsistentValues.check(build(text, {
      values: (t) => [percent(t, '8%', 8), percent(t, '9%', 9), percent(t, '3%', 3), percent(t, '4%', 4)],
    }));
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['9%']);
  });
  it('does not take another instrument\'s effective date for this agreement\'s', () => {
    const text = 'This Agreement is effective as of January 1, 2026.\n\nThe Second Amendment Effective Date is March 1, 2027.';
    const f = inconsistentValues.check(build(text, {
      values: (t) => [dateValue(t, 'January 1, 2026', 2026, 1, 1), dateValue(t, 'March 1, 2027', 2027, 3, 1)],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('ignores values stated inside an exhibit or schedule', () => {
    const text = 'This Agreement shall be governed by the laws of the State of New York.\n\nExhibit A\n\nThe Escrow Agreement is governed by the laws of England.';
    const f = inconsistentValues.check(build(text, {
      sections: [section(text, 'Exhibit A', 'A', { kind: 'exhibit' })],
      clauses: [{}, { section: 0 }, { section: 0 }],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('ignores the governing law of another named document', () => {
    const text = 'This License Agreement shall be governed by the laws of the State of New York.\n\nThe Escrow Agreement is governed by the laws of England.\n\nThe rights hereunder are construed under the laws of Delaware.';
    const f = inconsistentValues.check(build(text));
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['Delaware']);
  });
  it('ignores the governing law of purchase orders; a purchase order\'s own law is compared', () => {
    const text = 'This Agreement shall be governed by the laws of the State of New York.\n\nEach Purchase Order shall be governed by the laws of Germany.';
    assert.deepStrictEqual(inconsistentValues.check(build(text)), []);
    const po = 'This Purchase Order is governed by the laws of the State of New York.\n\nThis Purchase Order shall be construed under the laws of Germany.';
    assert.deepStrictEqual(inconsistentValues.check(build(po)).map((x) => po.slice(x.start, x.end)), ['Germany']);
  });
});

describe('draft checks: inconsistent-values ("this Article 3" is a part of the agreement, not the agreement)', () => {
  it('"The right of first refusal in this Article 3 expires on December 31, 2028" is not the agreement\'s expiry', () => {
    const text = '# Agreement\n\n## 3. Right of First Refusal\n\n3.1 The right of first refusal in this Article 3 expires on December 31, 2028.\n\n## 6. Term\n\n6.1 This Agreement continues through December 31, 2032.\n';
    assert.deepStrictEqual(analyzeDocument(text).findings.filter((f) => f.code === 'inconsistent-values').map((f) => f.message), []);
    const two = text.replace('The right of first refusal in this Article 3 expires', 'This Agreement expires');
    assert.deepStrictEqual(analyzeDocument(two).findings.filter((f) => f.code === 'inconsistent-values').length, 1);
  });
});

describe('draft checks: inconsistent-values (a law chosen for one thing)', () => {
  it('"The transfer of the UK Assets shall be governed by English law" is not the agreement\'s governing law', () => {
    const text = '# Asset Purchase Agreement\n\n## 9. Law\n\n9.1 This Agreement is governed by the laws of the State of Delaware.\n\n9.2 The transfer of the UK Assets shall be governed by English law.\n';
    assert.deepStrictEqual(analyzeDocument(text).findings.filter((f) => f.code === 'inconsistent-values').map((f) => f.message), []);
    const two = text.replace('The transfer of the UK Assets shall be', 'This Agreement shall also be');
    assert.strictEqual(analyzeDocument(two).findings.filter((f) => f.code === 'inconsistent-values').length, 1);
  });
});

describe('draft checks: inconsistent-values (superseded text in an amendment)', () => {
  const codes = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'inconsistent-values').map((f) => text.slice(f.start, f.end));
  it('"The Term, which was to expire on August 31, 2026, is extended and shall expire on August 31, 2030" states no second expiry', () => {
    const text = [
      '# First Amendment', '',
      '1.1 In Section 3.1 of the Original Agreement, the words "August 31, 2026" are deleted and replaced with "August 31, 2030".', '',
      '1.2 The Term, which was to expire on August 31, 2026, is extended and shall expire on August 31, 2030.', '',
      '1.3 This Agreement shall expire on August 31, 2030.', '',
    ].join('\n');
    assert.deepStrictEqual(codes(text), []);
    // other wordings of the old date
    assert.deepStrictEqual(codes(text.replace('which was to expire on', 'which was originally scheduled to expire on')), []);
    assert.deepStrictEqual(codes(text.replace('The Term, which was to expire on August 31, 2026, is extended and shall', 'The Term, which would otherwise have expired on August 31, 2026, shall')), []);
    // a real conflict is still reported, against the date that is not superseded
    assert.deepStrictEqual(codes(`${text}\n1.4 The Term of this Agreement ends on August 31, 2031.\n`), ['August 31, 2031']);
    // without the amendment wording the two dates conflict
    assert.deepStrictEqual(codes(text.replace('which was to expire on August 31, 2026, is extended and', 'shall expire on August 31, 2026, and')), ['August 31, 2030']);
  });
  it('rates of a table\'s rows are not compared with each other; the same row stated twice is (probe s18/38)', () => {
    const text = '7.1 The Company shall pay to the Artist the following royalties:\n\n(a) permanent downloads: twenty-two per cent. (22%) of Net Receipts;\n\n(b) on-demand streaming: twenty-five per cent. (25%) of Net Receipts; and\n\n(c) synchronisation licences: fifty per cent. (50%) of Net Receipts.\n';
    assert.deepStrictEqual(codes(text), []);
    assert.deepStrictEqual(codes(`${text}\n7.2 The Company shall pay to the Artist a royalty of thirty per cent. (30%) of Net Receipts.\n\n7.3 The Company shall pay to the Artist a royalty of thirty-five per cent. (35%) of Net Receipts.\n`), ['thirty-five per cent. (35%)']);
  });
  it('the rate of a provision an amendment deletes is not compared', () => {
    const text = '1.1 Section 4.1 of the Original Agreement (which required the Licensee to pay a royalty of 5% of Net Sales) is deleted.\n\n1.2 The Licensee shall pay a royalty of 7% of Net Sales.\n';
    assert.deepStrictEqual(codes(text), []);
    assert.deepStrictEqual(codes(text.replace('Section 4.1 of the Original Agreement (which required the Licensee to pay a royalty of 5% of Net Sales) is deleted', 'The Licensee shall pay a royalty of 5% of Net Sales')), ['7%']);
  });
  it('a quoted governing law that an amendment deletes is not compared; "by English law" is named as written', () => {
    const text = [
      '1.1 In Section 12, the words "governed by the laws of England" are deleted and replaced with "governed by the laws of the State of New York".', '',
      '1.2 This Agreement is governed by the laws of the State of New York.', '',
    ].join('\n');
    assert.deepStrictEqual(codes(text), []);
    const two = '1.1 This Agreement is governed by English law.\n\n1.2 This Agreement shall be governed by the laws of the State of New York.\n';
    const f = analyzeDocument(two).findings.filter((x) => x.code === 'inconsistent-values');
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /differs from the one in Clause 1\.1 \(English law\)/);
    assert.match(f[0].related[0].message, /chooses English law\.$/);
    const three = two.replace('English law', 'the laws of England');
    assert.match(analyzeDocument(three).findings.find((x) => x.code === 'inconsistent-values')!.related[0].message, /chooses the law of England\.$/);
  });
});

describe('draft checks: inconsistent-values (numeric dates in a day-first draft)', () => {
  it('"expire on 01/04/2031" and "expire on 1 April 2031" are one date; "02/04/2031" is another', () => {
    const text = '1.1 This Agreement shall expire on 01/04/2031.\n\n1.2 This Agreement shall expire on 1 April 2031.\n';
    const msgs = (t: string) => analyzeDocument(t).findings.filter((f) => f.code === 'inconsistent-values').map((f) => f.message);
    assert.deepStrictEqual(msgs(text), []);
    assert.deepStrictEqual(msgs(text.replace('01/04', '02/04')), ['The expiration date here (1 April 2031) differs from the one in Section 1.1 (2 April 2031).']);
  });
  it('writes the dates as the draft does: day first in a draft that writes "31 December 2027", month first otherwise', () => {
    const found = (t: string) => analyzeDocument(t).findings.filter((f) => f.code === 'inconsistent-values').map((f) => [f.message, f.related[0].message]);
    const uk = '1.1 This Agreement shall expire on 31 December 2027.\n\n1.2 This Agreement shall expire on 31 December 2028.\n';
    assert.deepStrictEqual(found(uk), [['The expiration date here (31 December 2028) differs from the one in Section 1.1 (31 December 2027).',
      'Section 1.1 states the expiration date as 31 December 2027; Section 1.2 says 31 December 2028.']]);
    const us = '1.1 This Agreement shall expire on December 31, 2027.\n\n1.2 This Agreement shall expire on December 31, 2028.\n';
    assert.deepStrictEqual(found(us).map((m) => m[0]), ['The expiration date here (December 31, 2028) differs from the one in Section 1.1 (December 31, 2027).']);
    // both styles in one draft: no style of its own, month first as before
    assert.deepStrictEqual(found(uk.replace('31 December 2028', 'December 31, 2028')).map((m) => m[0]),
      ['The expiration date here (December 31, 2028) differs from the one in Section 1.1 (December 31, 2027).']);
  });
});

describe('draft checks: inconsistent-values (the term starting on another date than the Commencement Date)', () => {
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'inconsistent-values');
  const at = (text: string) => found(text).map((f) => text.slice(f.start, f.end));
  const lease = [
    '# Office Lease', '',
    'THIS OFFICE LEASE (this "Lease") is made as of July 15, 2026, by and between Parkside LLC ("Landlord") and Brightwater, Inc. ("Tenant").', '',
    '## 1. Definitions', '',
    '1.1 The following terms have the meanings set forth below:', '',
    '(a) "Commencement Date" means September 1, 2026.', '',
    '(b) "Expiration Date" means August 31, 2035.', '',
    '## 2. Term', '',
    '2.1 Term. The Term of this Lease shall commence on October 1, 2026 and shall expire on the Expiration Date.', '',
    '2.2 Tenant may enter the Premises before the Commencement Date.', '',
  ].join('\n');

  it('flags a lease whose term commences on another date than its Commencement Date, on the term, with the definition related', () => {
    const f = found(lease);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.strictEqual(lease.slice(f[0].start, f[0].end), 'October 1, 2026');
    assert.strictEqual(f[0].message, 'The start of the term here (October 1, 2026) differs from the Commencement Date in Section 1.1(a) (September 1, 2026).');
    assert.strictEqual(lease.slice(f[0].related[0].start, f[0].related[0].end), 'September 1, 2026');
    assert.strictEqual(f[0].related[0].message, 'Section 1.1(a) defines the Commencement Date as September 1, 2026.');
    // the same date, or the term commencing on the Commencement Date itself: nothing to report
    assert.deepStrictEqual(at(lease.replace('October 1, 2026 and', 'September 1, 2026 and')), []);
    assert.deepStrictEqual(at(lease.replace('October 1, 2026 and', 'the Commencement Date and')), []);
  });

  it('compares the term with an Effective Date or Start Date the draft starts the term on', () => {
    const msa = [
      '1.1 "Effective Date" means January 1, 2026.', '',
      '2.1 This Agreement commences on the Effective Date and continues for three (3) years.', '',
      '2.2 The Term of this Agreement shall begin on March 1, 2026.', '',
    ].join('\n');
    assert.deepStrictEqual(found(msa).map((f) => f.message), ['The start of the term here (March 1, 2026) differs from the Effective Date in Section 1.1 (January 1, 2026).']);
    const start = msa.replace(/Effective Date/g, 'Start Date').replace('This Agreement commences on the Start Date', '"Term" means the period from the Start Date');
    assert.deepStrictEqual(at(start), ['March 1, 2026']);
    // without the term tied to it, an effective date and a later start of the term are two dates
    assert.deepStrictEqual(at(msa.replace('This Agreement commences on the Effective Date and continues', 'This Agreement continues')), []);
  });

  it('does not compare the date a lease is made or dated with the start of its term', () => {
    const dated = [
      'THIS LEASE is made as of July 15, 2026 (the "Effective Date"), by and between Parkside LLC ("Landlord") and Brightwater, Inc. ("Tenant").', '',
      '2.1 The Term of this Lease shall commence on September 1, 2026 and shall expire on August 31, 2031.', '',
    ].join('\n');
    assert.deepStrictEqual(at(dated), []);
    assert.deepStrictEqual(at(dated.replace('is made as of July 15, 2026 (the "Effective Date")', 'is dated July 15, 2026')), []);
  });

  it('does not compare rent commencement, renewal or option periods, or a conditional start', () => {
    const base = lease.replace('October 1, 2026 and', 'the Commencement Date and');
    for (const s of [
      '(c) "Rent Commencement Date" means December 1, 2026.\n\n3.1 Tenant\'s obligation to pay Base Rent shall commence on December 1, 2026.',
      '7.1 The Renewal Term shall commence on September 1, 2035.',
      '7.2 Tenant may extend the Term for an extension term of five (5) years commencing on September 1, 2035.',
      '7.3 If Landlord fails to deliver the Premises by August 1, 2026, the Term shall commence on October 1, 2026.',
    ]) assert.deepStrictEqual(at(`${base}\n${s}\n`), [], s);
  });

  it('does not compare the dates of an exhibit, a statement of work or an amendment', () => {
    const body = lease.replace('(a) "Commencement Date" means September 1, 2026.', '(a) "Premises" means the 18th floor.');
    const exhibit = `${body}\n## Exhibit B – Work Letter\n\n(a) "Commencement Date" means September 1, 2026.\n`;
    assert.deepStrictEqual(at(exhibit), []);
    assert.deepStrictEqual(at(exhibit.replace('Exhibit B', 'Schedule 2')), []);
    assert.deepStrictEqual(at(exhibit.replace('## Exhibit B – Work Letter\n\n', '')), ['October 1, 2026'], 'the same definition in the body');
    const sow = [
      '2.1 This Agreement commences on the Start Date.', '',
      '2.2 The Term of this Agreement shall commence on January 15, 2026.', '',
      '5.1 For the purposes of Statement of Work No. 1, "Start Date" means March 1, 2026.', '',
    ].join('\n');
    assert.deepStrictEqual(at(sow), []);
    const amendment = [
      '# First Amendment to Lease', '',
      'This First Amendment is made as of May 1, 2027 between Parkside LLC ("Landlord") and Brightwater, Inc. ("Tenant").', '',
      '1. "Commencement Date" means October 1, 2026.', '',
      '2. The Term of the Lease shall commence on September 1, 2026.', '',
    ].join('\n');
    assert.deepStrictEqual(at(amendment), []);
    assert.deepStrictEqual(at(amendment.replace('# First Amendment to Lease', 'FIRST AMENDMENT TO LEASE')), []);
  });

  it('reads a lease\'s term "for a term of … commencing on" or "from" a date, with an aside after "Term", or in a tenancy', () => {
    const uk = lease.replace('September 1, 2026', '1 September 2026').replace('August 31, 2035', '31 August 2035');
    const with21 = (s: string): string[] => at(uk.replace(/2\.1 Term\. [^\n]*/, `2.1 ${s}`));
    assert.deepStrictEqual(with21('This Lease shall be for a term of ten (10) years commencing on 1 March 2026.'), ['1 March 2026']);
    assert.deepStrictEqual(with21('This Lease is granted for a term of five (5) years and six (6) months from 1 March 2026.'), ['1 March 2026']);
    assert.deepStrictEqual(with21('The Term (as defined in Clause 1) shall commence on 1 October 2026.'), ['1 October 2026']);
    assert.deepStrictEqual(with21('The Term (as defined in Section 1.1(e)) shall commence on 1 October 2026.'), ['1 October 2026']);
    assert.deepStrictEqual(with21('The term of this tenancy shall commence on 1 October 2026.'), ['1 October 2026']);
    assert.deepStrictEqual(with21('The Premises are let for a term of ten (10) years from 1 October 2026.'), ['1 October 2026']);
    assert.deepStrictEqual(with21('The Premises are let for a term of ten (10) years from October 1, 2026.'), ['October 1, 2026']);
    assert.deepStrictEqual(with21('The Premises are demised for a term of ten (10) years commencing on 1 October 2026.'), ['1 October 2026']);
    // a lease's Term commencing on its own Commencement Date's day, or subject to a condition in the aside: nothing
    assert.deepStrictEqual(with21('The Premises are let for a term of ten (10) years from 1 September 2026.'), []);
    assert.deepStrictEqual(with21('The Term (subject to Clause 3.2) shall commence on 1 October 2026.'), []);
    assert.deepStrictEqual(with21('The Term (if the Landlord consents) shall commence on 1 October 2026.'), []);
    // not the term: a renewal, an option, a payment, a period counted from the date
    assert.deepStrictEqual(with21('The Tenant may renew this Lease for a term of five (5) years from 1 October 2036.'), []);
    assert.deepStrictEqual(with21('The Premises are let for a term of ten (10) years from the Commencement Date.'), []);
    assert.deepStrictEqual(with21('Rent is payable for a term of ten (10) years from 1 October 2026.'), []);
    assert.deepStrictEqual(with21('This Lease shall be for a renewal term of five (5) years commencing on 1 October 2036.'), []);
  });

  it('in a lease, the Term of a sentence that does not say "Lease" is still the lease\'s; elsewhere only if tied to the name', () => {
    assert.deepStrictEqual(at(lease.replace('The Term of this Lease shall commence', 'The Term shall commence')), ['October 1, 2026']);
    const msa = lease.replace('# Office Lease', '# Services Agreement').replace('THIS OFFICE LEASE (this "Lease")', 'THIS AGREEMENT');
    assert.deepStrictEqual(at(msa.replace('The Term of this Lease shall commence', 'The Term shall commence')), []);
  });

  it('does not compare a Commencement Date outside a lease that the draft does not start the term on', () => {
    const text = '1.1 "Commencement Date" means April 1, 2026.\n\n2.1 The Term of this Agreement shall commence on January 1, 2026.\n\n3.1 The Supplier shall provide the Services from the Commencement Date.\n';
    assert.deepStrictEqual(at(text), []);
  });

  it('outside a lease, flags the agreement commencing after its own Commencement Date or Start Date', () => {
    const licence = [
      'THIS AGREEMENT is dated 16 April 2026 and made between Alpha Limited (the "Licensor") and Beta GmbH (the "Licensee").', '',
      '1.1 "Commencement Date" means 1 May 2026.', '',
      '2.1 The Licensor grants the Licensee a licence from the Commencement Date.', '',
      '3.1 This agreement commences on 1 June 2026 and continues until terminated.', '',
    ].join('\n');
    assert.deepStrictEqual(found(licence).map((f) => f.message), ['The start of the term here (1 June 2026) differs from the Commencement Date in Section 1.1 (1 May 2026).']);
    assert.deepStrictEqual(at(licence.replace('This agreement commences on', 'The Term of this Agreement shall commence on')), ['1 June 2026']);
    assert.deepStrictEqual(at(licence.replace(/Commencement Date/g, 'Start Date')), ['1 June 2026']);
    // a Commencement Date within the term (the licence's start), the same day, an Effective Date, or a bare "The Term": nothing
    assert.deepStrictEqual(at(licence.replace('1 June 2026', '1 April 2026')), []);
    assert.deepStrictEqual(at(licence.replace('1 June 2026', '1 May 2026')), []);
    assert.deepStrictEqual(at(licence.replace(/Commencement Date/g, 'Effective Date')), []);
    assert.deepStrictEqual(at(licence.replace('This agreement commences', 'The Term shall commence')), []);
    // not the agreement's start: a condition, a renewal, the services
    assert.deepStrictEqual(at(licence.replace('This agreement commences on', 'If the Licensee so elects, this agreement commences on')), []);
    assert.deepStrictEqual(at(licence.replace('This agreement commences on', 'Any renewal of this agreement commences on')), []);
    assert.deepStrictEqual(at(licence.replace('This agreement commences on', 'The Services under this agreement commence on')), []);
  });
  it('a term\'s length and its end that disagree ("three (3) years, until August 31, 2030" from September 1, 2026)', () => {
    const doc = (term: string, pre = 'This Agreement is entered into on September 1, 2026 (the "Effective Date").') => [
      '# OEM Agreement', '', pre, '', '## 6. Term', '', `6.1 Term. ${term}`, '',
    ].join('\n');
    const found = (t: string): string[] => analyzeDocument(t).findings.filter((f) => f.code === 'inconsistent-values').map((f) => f.message);
    const start = 'This Agreement commences on the Effective Date and continues for an initial term of three (3) years';
    assert.deepStrictEqual(found(doc(`${start}, until August 31, 2030 (the "Initial Term").`)),
      ["The term's length and its end disagree: three (3) years from the Effective Date (September 1, 2026) ends on August 31, 2029, but this says August 31, 2030."]);
    // the day before the anniversary, the anniversary, or the last day of that month agree
    for (const end of ['August 31, 2029', 'September 1, 2029']) assert.deepStrictEqual(found(doc(`${start}, until ${end}.`)), [], end);
    assert.deepStrictEqual(found(doc(`${start}, until September 30, 2029.`, 'This Agreement is entered into on September 15, 2026 (the "Effective Date").')), []);
    // a start written in the sentence; an aside before the end; months
    assert.deepStrictEqual(found(doc('This Agreement shall commence on 1 March 2026 and continue for a period of eighteen (18) months (the "Initial Period"), expiring on 31 March 2028.', 'Dated 1 March 2026.')),
      ["The term's length and its end disagree: eighteen (18) months from 1 March 2026 ends on 31 August 2027, but this says 31 March 2028."]);
    // no start the draft defines or writes; another date after the length; a renewal's length
    assert.deepStrictEqual(found(doc(`This Agreement continues for an initial term of three (3) years, until August 31, 2030.`, 'Between A and B.')), []);
    assert.deepStrictEqual(found(doc(`${start}. Invoices issued until August 31, 2030 are payable in thirty (30) days.`)), []);
    assert.deepStrictEqual(found(doc(`${start}, and renews for successive terms of one (1) year until either party gives notice on or before August 31, 2031.`)), []);
  });
});
