import * as assert from 'assert';
import { parseTermModel } from '../../src/core/model/parse';
import { analyzeDocument } from '../../src/core/analyze';

/** The value-conflict findings of a one-section draft against a model, as [severity, quoted text, message]. */
const conflicts = (yaml: string, heading: string, sentences: readonly string[]): string[][] => {
  const draft = `# Agreement\n\n## ${heading}\n\n${sentences.map((s, i) => `${heading.split('.')[0]}.${i + 1} ${s}`).join('\n\n')}\n`;
  const r = analyzeDocument(draft, parseTermModel(yaml).model!);
  return r.findings.filter((f) => f.code === 'value-conflict').map((f) => [f.severity, draft.slice(f.start, f.end), f.message]);
};

describe('check-model value-conflict: the right of another party than the term\'s holder (probe s14, 04-employment)', () => {
  const yaml = [
    'parties:',
    '  company: { name: "Vantage Robotics, Inc.", aliases: [Company] }',
    '  executive: { name: Dana Whitfield, aliases: [Executive] }',
    'terms:',
    '  without-cause: { type: termination-for-convenience, holder: company, duration: 30 days }',
  ].join('\n');
  it('"The Executive may resign … upon sixty (60) days\' notice" is not the Company\'s right', () => {
    assert.deepStrictEqual(conflicts(yaml, '6. Termination', [
      'The Executive may resign for any reason upon sixty (60) days\' prior written notice.',
    ]), []);
  });
  it('the holder\'s own right, either party\'s, or one naming no party is still compared', () => {
    for (const s of [
      'The Company may terminate the Executive\'s employment without Cause upon sixty (60) days\' prior written notice to the Executive.',
      'Either party may terminate this Agreement for convenience upon sixty (60) days\' prior written notice.',
      'This Agreement may be terminated for convenience upon sixty (60) days\' prior written notice.',
    ]) assert.strictEqual(conflicts(yaml, '6. Termination', [s]).length, 1, s);
  });
});

describe('check-model value-conflict: a de minimis threshold or a basket is not the cap (probe s14, 07-spa)', () => {
  const yaml = 'parties:\n  seller: { name: Marlow Holdings Limited, aliases: [Seller] }\nterms:\n  cap: { type: liability-cap, holder: seller, amount: GBP 48,000,000 }\n';
  it('"shall not be liable for a Claim unless the amount of that Claim exceeds £50,000" is not compared', () => {
    for (const s of [
      'The Seller shall not be liable for a Claim unless the amount of that Claim exceeds £50,000.',
      'The Seller shall not be liable in respect of any Claim until the aggregate amount of all Claims exceeds £500,000, in which case the Seller shall be liable for the whole amount.',
      'The Seller shall not be liable for any Claim where the amount of that Claim is less than £50,000.',
    ]) assert.deepStrictEqual(conflicts(yaml, '8. Limitations', [s]), [], s);
  });
  it('the cap itself is still compared', () => {
    for (const s of [
      'The total liability of the Seller for all Claims shall not exceed £40,000,000.',
      'The Seller shall not be liable for any Claim to the extent that its aggregate liability exceeds £40,000,000.',
    ]) assert.strictEqual(conflicts(yaml, '8. Limitations', [s]).length, 1, s);
  });
});

describe('check-model value-conflict: a percentage of the term\'s own subject is not its rate (probe s14, 05-facility)', () => {
  const yaml = 'terms:\n  margin: { type: margin, rate: 2.75% }\nclauseTypes:\n  margin: { title: Margin, cues: [Margin] }\n';
  it('"thirty-five per cent. (35%) of the Margin" is not compared with the margin', () => {
    assert.deepStrictEqual(conflicts(yaml, '10. Fees', [
      'The Borrower shall pay to the Lender a commitment fee computed at the rate of thirty-five per cent. (35%) of the Margin on the undrawn Commitment.',
    ]), []);
  });
  it('the margin itself is compared, "per annum" or not', () => {
    for (const s of [
      '"Margin" means three point two five per cent. (3.25%) per annum.',
      '"Margin" means 3.25 per cent.',
      'The Margin shall be 3.25% per annum.',
    ]) assert.strictEqual(conflicts(yaml, '1. Definitions', [s]).length, 1, s);
  });
  it('interest in a clause of another term is still not compared with a share rate', () => {
    const rs = 'terms:\n  rs: { type: revenue-share, rate: 10% }\n';
    assert.deepStrictEqual(conflicts(rs, '4. Revenue Share', [
      'Licensee shall pay Licensor ten percent (10%) of Net Revenues. Late payments bear interest at 1.5% per annum.',
    ]), []);
  });
});

describe('check-model value-conflict: a cap after "Except for … obligations under Section 10," is the cap (probe s14, 01-saas)', () => {
  const yaml = 'parties:\n  customer: { name: Meridian LLC, aliases: [Customer] }\nterms:\n  cap: { type: liability-cap, amount: USD 2,000,000 }\n';
  it('the amount after the list of what the cap excludes is compared', () => {
    for (const s of [
      'EXCEPT FOR CUSTOMER\'S PAYMENT OBLIGATIONS AND EITHER PARTY\'S INDEMNIFICATION OBLIGATIONS UNDER SECTION 10, EACH PARTY\'S AGGREGATE LIABILITY ARISING OUT OF OR RELATING TO THIS AGREEMENT SHALL NOT EXCEED FIVE MILLION DOLLARS ($5,000,000).',
      'Except for either Party\'s indemnification obligations under Section 10, each Party\'s aggregate liability arising out of or related to this Agreement shall not exceed $5,000,000.',
      'EXCEPT FOR A PARTY\'S GROSS NEGLIGENCE, FRAUD OR WILLFUL MISCONDUCT, OR BREACH OF SECTION 7, IN NO EVENT SHALL EITHER PARTY\'S AGGREGATE LIABILITY EXCEED FIVE MILLION DOLLARS ($5,000,000).',
      'Except for (a) fraud, (b) a party\'s obligations under Section 10 (Indemnification), and (c) Customer\'s payment obligations, each party\'s total liability shall not exceed $5,000,000.',
    ]) assert.strictEqual(conflicts(yaml, '8. Limitation of Liability', [s]).length, 1, s);
  });
  it('a carve-out with a cap of its own after the exception is still not compared', () => {
    for (const s of [
      'Except as set out in Section 8.1, each party\'s liability for breach of Section 5 shall not exceed $5,000,000.',
      'Each party\'s liability arising from its obligations under Section 10 (Indemnity) shall not exceed $5,000,000.',
      'The limit in Section 8.1 applies to all claims, except that each party\'s liability arising from breach of Section 5 shall not exceed $5,000,000.',
      'Except as set out in Section 9, each party\'s liability for breach of Section 5, whether in contract or tort, shall not exceed $5,000,000.',
    ]) assert.deepStrictEqual(conflicts(yaml, '8. Limitation of Liability', [s]), [], s);
  });
});

describe('check-model value-conflict: messages', () => {
  it('a duration in business days reads "45 business days" (message and model fix)', () => {
    const yaml = 'terms:\n  notice: { type: termination-for-convenience, duration: 45 business days }\n';
    const draft = '# Agreement\n\n## 9. Notices\n\n9.1 Either party may terminate this Agreement for convenience on thirty (30) days\' prior written notice.\n';
    const r = analyzeDocument(draft, parseTermModel(yaml).model!);
    const f = r.findings.find((x) => x.code === 'value-conflict')!;
    assert.strictEqual(f.message, 'Section 9.1 says thirty (30) days; term `notice` says duration: 45 business days');
    const back = parseTermModel('terms:\n  notice: { type: termination-for-convenience, duration: 20 business days }\n').model!;
    const d2 = '# Agreement\n\n## 9. Notices\n\n9.1 Either party may terminate this Agreement for convenience on sixty (60) business days\' prior written notice.\n';
    const fix = analyzeDocument(d2, back).findings.find((x) => x.code === 'value-conflict')!.fixes.find((x) => x.where === 'model')!;
    assert.strictEqual(fix.newText, '60 business days');
  });
});

describe('check-model value-conflict: a renewal option\'s deadline is not the renewal term (probe s14, 06-lease)', () => {
  const yaml = 'terms:\n  renewal-option: { type: renewal-term, duration: 5 years }\n';
  it('"not later than twelve (12) months before the expiration" is when to give notice, not how long the renewal lasts', () => {
    const codes = (s: string) => conflicts(yaml, '7. Renewal', [s]).map((x) => x[2]);
    assert.deepStrictEqual(codes('Tenant may exercise the renewal option by notice given not later than twelve (12) months before the expiration of the Term.'), []);
    assert.deepStrictEqual(codes('Tenant may exercise its renewal option by written notice delivered at least nine (9) months prior to the expiration of the Term.'), []);
    assert.deepStrictEqual(codes('Landlord grants Tenant one (1) option to extend the Term for a renewal term of three (3) years.'), ['Section 7.1 says three (3) years; term `renewal-option` says duration: 5 years']);
  });
});

describe('check-model value-conflict: a first refusal\'s period, not the seller\'s window to sell elsewhere (probe s14, 03-jv)', () => {
  const yaml = 'terms:\n  rofr: { type: first-refusal, duration: 45 business days, subject: right of first refusal on Shares }\n';
  it('"may transfer the Shares to a third party within ninety (90) days" is not compared; the exercise period is', () => {
    const found = (s: string) => conflicts(yaml, '7. Transfers', [s]).map((x) => x[2]);
    assert.deepStrictEqual(found('If the right of first refusal is not exercised, the Seller may transfer the Shares to a third party within ninety (90) days at a price no lower than the price in the Transfer Notice.'), []);
    // (probe s17 probe2, 23-shareholders)
    assert.deepStrictEqual(found('If the other Shareholders do not elect to buy all of the Shares in the Transfer Notice, the Seller may, within sixty (60) days after the end of the period in clause 6.3, sell those Shares to the proposed buyer at a price not lower than the stated price.'), []);
    assert.deepStrictEqual(found('If the Seller receives an offer from a third party, the Company may exercise its right of first refusal within thirty (30) Business Days.'),
      ['Section 7.1 says thirty (30) Business Days; term `rofr` says duration: 45 business days']);
  });
});

describe('check-model value-conflict: a notice of a price increase is not the notice term (probe s14, 01-saas)', () => {
  const yaml = 'terms:\n  non-renewal-notice: { type: notice-period, duration: 60 days }\n';
  it('"may increase the Fees for any Renewal Term by giving notice at least ninety (90) days before" is not compared', () => {
    const found = (s: string, y = yaml) => conflicts(y, '4. Renewal', [s]).map((x) => x[2]);
    const price = 'Provider may increase the Fees for any Renewal Term by giving notice at least ninety (90) days before the end of the then-current term.';
    assert.deepStrictEqual(found(price), []);
    assert.deepStrictEqual(found('Either party may elect not to renew by giving notice at least thirty (30) days before the end of the then-current term.'),
      ['Section 4.1 says thirty (30) days; term `non-renewal-notice` says duration: 60 days']);
    // a notice term about price increases is compared
    assert.strictEqual(found(price, 'terms:\n  price-notice: { type: notice-period, duration: 60 days, subject: notice of fee increases }\n').length, 1);
  });
});

describe('check-model value-conflict: a notice term among several figures (probe s14, 02-distribution)', () => {
  const yaml = 'terms:\n  non-renewal-notice: { type: notice-period, duration: 6 months }\n';
  const renewal = (notice: string): string =>
    `On expiry of the Initial Period this agreement shall continue for successive periods of two (2) years unless either party gives the other not less than ${notice} months' written notice to terminate it.`;
  it('the figure "notice" follows is the one compared and quoted, not the renewal period before it', () => {
    // (it said "Section 14.2 says two (2) years")
    assert.deepStrictEqual(conflicts(yaml, '14. Term', [renewal('three (3)')]).map((f) => f.slice(1)),
      [['three (3) months', 'Section 14.1 says three (3) months; term `non-renewal-notice` says duration: 6 months']]);
    assert.deepStrictEqual(conflicts(yaml, '14. Term', [renewal('six (6)')]), []);
  });
  it('a pair whose figure disagrees with the model is that figure, even when its words agree (its fix mends both)', () => {
    // (it said "Section 14.1 says two (2) years" next to the number-words-mismatch)
    const draft = `# Agreement\n\n## 14. Term\n\n14.1 ${renewal('six (3)')}\n`;
    const found = analyzeDocument(draft, parseTermModel(yaml).model!).findings;
    assert.deepStrictEqual(found.map((f) => [f.code, draft.slice(f.start, f.end)]).sort(), [['number-words-mismatch', 'six (3)'], ['value-conflict', 'six (3) months']]);
    assert.strictEqual(found.find((f) => f.code === 'value-conflict')!.fixes[0].title, 'Change to "six (6) months" (as term `non-renewal-notice` says)');
  });
});

describe('check-model value-conflict: a deadline in a non-compete clause is not the restriction\'s length', () => {
  const yaml = 'terms:\n  non-compete: { type: non-compete, duration: 3 years }\n';
  it('"no later than thirty (30) days after Completion" is not compared; the restriction\'s own period is', () => {
    assert.deepStrictEqual(conflicts(yaml, '9. Restrictions', [
      'The Seller shall not compete with the Buyer, and shall confirm its compliance in writing no later than thirty (30) days after Completion.',
    ]), []);
    assert.deepStrictEqual(conflicts(yaml, '9. Restrictions', [
      'The Seller shall not, for a period of two (2) years after Completion, compete with the Buyer, and shall confirm it in writing within thirty (30) days after Completion.',
    ]).map((f) => f.slice(1)), [['two (2)', 'Section 9.1 says two (2) years; term `non-compete` says duration: 3 years']]);
  });
});

describe('check-model value-conflict: thresholds and other periods on new probe drafts (s17 probe2)', () => {
  it('a basket "until the aggregate Losses exceed $120,000" is not the cap; the cap still is compared', () => {
    const yaml = 'terms:\n  cap: { type: liability-cap, amount: USD 3,000,000 }\n';
    assert.deepStrictEqual(conflicts(yaml, '8. Indemnification', [
      'Seller shall not be liable under Section 8.1(a) until the aggregate Losses exceed $120,000, after which Seller shall be liable for all Losses from the first dollar.',
    ]), []);
    assert.strictEqual(conflicts(yaml, '8. Indemnification', [
      'The aggregate liability of Seller under Section 8.1(a) shall not exceed Four Million Dollars ($4,000,000).',
    ]).length, 1);
  });
  it('a holding "for so long as the Investor holds at least ten per cent. (10%)" is a condition, not the stake', () => {
    const yaml = 'parties:\n  investor: { name: Aldermoor Ventures LP, aliases: [Investor] }\nterms:\n  equity-investor: { type: equity, holder: investor, percent: 30% }\n';
    for (const s of [
      'For so long as the Investor holds at least ten per cent. (10%) of the Shares, it may appoint one director.',
      'If the Investor holds less than five per cent. (5%) of the Shares, its consent rights lapse.',
    ]) assert.deepStrictEqual(conflicts(yaml, '3. Equity', [s]), [], s);
    assert.strictEqual(conflicts(yaml, '2. Equity', ['Following completion, the Investor shall hold twenty-five per cent. (25%) of the Shares in issue.']).length, 1);
  });
  it('an agreement\'s length is compared only with the period the agreement runs for', () => {
    const yaml = 'effective: 2026-07-01\nterms:\n  term: { type: expiration-date, duration: 4 years }\n';
    for (const s of [
      'The parties shall begin discussions about renewal no later than twelve (12) months before the end of the Term. There is no automatic renewal of this Agreement, which expires at the end of the Term.',
      'Lab may terminate this Agreement and the Term shall end if Provider fails to meet the Service Levels for three (3) consecutive months.',
    ]) assert.deepStrictEqual(conflicts(yaml, '8. Term', [s]).filter((c) => /duration/.test(c[2])), [], s);
    assert.deepStrictEqual(conflicts(yaml, '8. Term', [
      'This Agreement commences on the Effective Date and continues for a term of five (5) years, unless terminated earlier.',
    ]).map((c) => c[2]), ['Section 8.1 says five (5) years; term `term` says duration: 4 years']);
    // (English drafting: probe s17 probe2, 22-supply)
    assert.deepStrictEqual(conflicts(yaml, '8. Term', [
      'This agreement shall commence on the Commencement Date and shall continue for an initial term of five (5) years, and shall then continue for successive periods of twelve (12) months.',
    ]).map((c) => c[2]), ['Section 8.1 says five (5) years; term `term` says duration: 4 years']);
    assert.deepStrictEqual(conflicts(yaml, '8. Term', ['This Agreement shall have an initial term of five (5) years from the Effective Date.']).map((c) => c[2]),
      ['Section 8.1 says five (5) years; term `term` says duration: 4 years']);
  });
});

describe('check-model value-conflict: a change or a bound of something else is no rate or stake (probe s18, 33-trademark, 34-investment)', () => {
  const royalty = 'terms:\n  royalty: { type: revenue-share, rate: 7% }\n';
  const stake = 'parties:\n  investor: { name: Orion Semiconductor Corporation, aliases: [Investor] }\nterms:\n  stake: { type: equity, holder: investor, percent: 19.9% }\n';
  it('an increase "by five percent (5%)", a cap on deductions, a carve-out and an advertising floor are not the royalty', () => {
    for (const s of [
      'The Guaranteed Minimum Royalty for each Contract Year of a Renewal Term shall be increased by five percent (5%) over that for the preceding Contract Year.',
      '"Net Sales" means the gross amounts invoiced for Licensed Products, less returns, provided that the total of the deductions shall not exceed ten percent (10%) of gross amounts invoiced in any Royalty Period.',
      'Licensor shall not license the Licensed Marks, other than products sold in its own stores in an amount not exceeding five percent (5%) of Licensee\'s Net Sales in the preceding Contract Year.',
      'In each Contract Year, Licensee shall spend not less than two percent (2%) of Net Sales on advertising of the Licensed Products.',
      // a cap on a payment the base deducts (probe s18/38)
      '"Net Receipts" means all sums received by the Licensee, less only collection society commissions and third-party distribution fees not exceeding fifteen per cent. (15%) of gross receipts, and VAT.',
    ]) assert.deepStrictEqual(conflicts(royalty, '4. Royalties', [s]), [], s);
  });
  it('a bounded holding in a condition ("on the date that the Farids Group owns less than 3%") is a threshold, not the stake (1 MB contract)', () => {
    assert.deepStrictEqual(conflicts(stake, '6. Rights', [
      'The rights of the Investor under this Article 6 shall terminate on the date that the Investor owns less than 3% of the issued and outstanding Common Stock.',
    ]), []);
  });
  it('a pool "not exceeding in the aggregate ten percent (10%) of the Fully Diluted Shares" is not the stake', () => {
    assert.deepStrictEqual(conflicts(stake, '1. Definitions', [
      '"Excluded Securities" means (a) shares of Common Stock issued on conversion of the Preferred Stock, and (b) options issued to employees under an equity plan approved by the Board, not exceeding in the aggregate ten percent (10%) of the Fully Diluted Shares as of the Closing.',
    ]), []);
  });
  it('the royalty and the stake themselves, bounded or not, are still compared', () => {
    for (const s of [
      'Licensee shall pay to Licensor a royalty of nine percent (9%) of Net Sales.',
      'Licensee shall pay to Licensor a royalty of not less than nine percent (9%) of Net Sales.',
      'Licensee shall pay to Licensor a royalty of not less than nine percent (9%) of Net Sales, less any withholding tax.',
    ]) assert.strictEqual(conflicts(royalty, '4. Royalties', [s]).length, 1, s);
    for (const s of [
      'Immediately after the Closing, the Investor shall hold 21.5% of the outstanding shares of Common Stock.',
      'Immediately after the Closing, the Investor shall hold not less than 21% of the outstanding shares of Common Stock.',
    ]) assert.strictEqual(conflicts(stake, '2. Purchase', [s]).length, 1, s);
  });
});

describe('check-model: "Exclusive" only in the name of a scope links to no exclusivity term (probe s18, 33-trademark)', () => {
  const yaml = [
    'parties:',
    '  harborview: { name: "Harborview Brands, LLC", aliases: [Licensor] }',
    '  tidewater: { name: "Tidewater Outfitters, Inc.", aliases: [Licensee] }',
    'terms:',
    '  exclusivity: { type: exclusivity, holder: tidewater, exclusive: true }',
  ].join('\n');
  const run = (s: string): string[] => {
    const draft = `# Agreement\n\n## 2. Licence\n\n2.1 ${s}\n`;
    return analyzeDocument(draft, parseTermModel(yaml).model!).findings
      .filter((f) => f.code === 'exclusivity-conflict' || f.code === 'party-conflict').map((f) => `${f.code} ${draft.slice(f.start, f.end)}`);
  };
  it('a non-exclusive licence outside the Exclusive Territory and a right of the Licensor there are not compared', () => {
    for (const s of [
      'Non-Exclusive License. Licensor hereby grants to Licensee a non-exclusive license to use the Licensed Marks in the Exclusive Field in all countries outside the Exclusive Territory.',
      'Licensor shall have the first right to take action against any infringement in the Exclusive Territory at its own cost.',
    ]) assert.deepStrictEqual(run(s), [], s);
  });
  it('an exclusivity stated in words is still compared', () => {
    assert.strictEqual(run('Licensor shall have the exclusive right to sell the Products in the Exclusive Territory.').length, 1);
  });
});

describe('check-model value-conflict: a price per share or a valuation is no stake\'s amount (probe s18, 34-investment)', () => {
  const yaml = 'parties:\n  investor: { name: Orion Semiconductor Corporation, aliases: [Investor] }\nterms:\n  stake: { type: equity, holder: investor, percent: 19.9%, amount: USD 85,000,000 }\n';
  it('"a price of $10.00 per share" and "the pre-money valuation … is $342 million" are not compared; the price is', () => {
    assert.deepStrictEqual(conflicts(yaml, '2. Purchase', [
      'Immediately after the Closing, the Shares will represent 19.9% of the outstanding shares of Common Stock. The pre-money valuation on which the price per share is based is $342 million.',
    ]), []);
    assert.deepStrictEqual(conflicts(yaml, '2. Purchase', [
      'The Investor shall purchase 9,500,000 shares of Series C Preferred Stock at a price of $10.00 per share, for an aggregate purchase price of $95,000,000.',
    ]).map((x) => x.slice(0, 2)), [['error', '$95,000,000']]);
  });
});

describe('check-model value-conflict: deadlines, parts of a period and another term\'s figure (probe s18, 39-joint-development and 40-patent-settlement)', () => {
  const excl = 'terms:\n  exclusivity: { type: exclusivity, exclusive: true, duration: 18 months }\n';
  it('a duty\'s deadline ("are due within sixty (60) days", "is not dismissed within sixty (60) days") is not the term\'s length', () => {
    assert.deepStrictEqual(conflicts(excl, '5. Accounting', [
      'A Party shall not grant an exclusive licence under Joint Foreground IP without the consent of the other Party. Payments under this Section 5.1 are due within sixty (60) days after the end of each calendar quarter.',
    ]), []);
    const tfc = 'terms:\n  convenience: { type: termination-for-convenience, duration: 90 days }\n';
    assert.deepStrictEqual(conflicts(tfc, '9. Termination', [
      'Corvane may terminate the licence under Section 5.1 by written notice if Telluride becomes subject to any bankruptcy proceeding that is not dismissed within sixty (60) days.',
    ]), []);
    // the term's own period is still compared
    assert.strictEqual(conflicts(tfc, '9. Termination', ['Either party may terminate this Agreement for convenience on sixty (60) days\' written notice.']).length, 1);
  });
  it('"during the first twelve (12) months of the Exclusive Period" is a part of the exclusivity\'s own period; of the Term it is still compared', () => {
    const s = (of: string): string[] => ['Supplier grants Distributor the exclusive right to distribute the Products for eighteen (18) months (the "Exclusive Period").', `The exclusivity in Section 8.1 is conditional on Distributor buying 50,000 units during the first twelve (12) months of ${of}.`];
    assert.deepStrictEqual(conflicts(excl, '8. Exclusivity', s('the Exclusive Period')), []);
    assert.strictEqual(conflicts(excl, '8. Exclusivity', s('the Term')).length, 1);
  });
  it('a figure that states another term of the clause ("ninety (90) days\' notice" of a termination that also names the Settlement Payment) is that term\'s', () => {
    const yaml = 'terms:\n  convenience: { type: termination-for-convenience, duration: 90 days }\n  payment: { type: settlement-payment, duration: 30 days }\nclauseTypes:\n  settlement-payment: { cues: [Settlement Payment] }\n';
    const s = (n: string): string => `Licensee may terminate this Agreement for convenience at any time on ${n} days' written notice, and the Settlement Payment is not refundable.`;
    assert.deepStrictEqual(conflicts(yaml, '9. Termination', [s('ninety (90)')]), []);
    assert.ok(conflicts(yaml, '9. Termination', [s('sixty (60)')]).length >= 1);
  });
  it('"for the period up to December 31, 2026" is an end, not the effective date', () => {
    const draft = '# Agreement\n\n## 6. Payments\n\n6.1 Licensee shall pay the Settlement Payment within thirty (30) days after the Effective Date. It is consideration for the licence for the period up to December 31, 2026.\n';
    const r = analyzeDocument(draft, parseTermModel('terms:\n  start: { type: effective-date, date: 2026-11-02 }\n').model!);
    assert.deepStrictEqual(r.findings.filter((f) => f.code === 'date-conflict').map((f) => f.message), []);
  });
});

describe('check-model value-conflict: a revenue share whose subject is what it is a share of (probe s18, 39 and 40)', () => {
  it('"four percent (4%) of Net Sales of Licensed Products" against `subject: Net Sales of Licensed Products`, `rate: 3%` is compared', () => {
    const yaml = 'terms:\n  royalty: { type: revenue-share, rate: 3%, subject: Net Sales of Licensed Products }\n';
    const found = conflicts(yaml, '6. Payments', ['Telluride shall pay to Corvane a running royalty equal to four percent (4%) of Net Sales of Licensed Products.']);
    assert.deepStrictEqual(found.map((f) => f[1]), ['four percent (4%)']);
    assert.deepStrictEqual(conflicts(yaml, '6. Payments', ['Telluride shall pay to Corvane a running royalty equal to three percent (3%) of Net Sales of Licensed Products.']), []);
  });
  it('a percentage of what another type\'s term is ("35% of the Margin" against a `margin` term) is still not compared', () => {
    const yaml = 'terms:\n  margin: { type: margin, rate: 2%, subject: Margin }\nclauseTypes:\n  margin: { cues: [Margin] }\n';
    assert.deepStrictEqual(conflicts(yaml, '4. Interest', ['The Lender shall pay the Agent thirty-five per cent. (35%) of the Margin received.']), []);
  });
});
