import * as assert from 'assert';
import { extractValues } from '../../src/core/extract/values';
import { parseNumberWords } from '../../src/core/extract/numberWords';
import type { Value } from '../../src/core/types';

type Kind = Value['kind'];
function ofKind<K extends Kind>(text: string, kind: K, offset = 0): Extract<Value, { kind: K }>[] {
  return extractValues(text, offset).filter((v): v is Extract<Value, { kind: K }> => v.kind === kind);
}
/** The single value of `kind` in `text`, checked to cover exactly `expected` (first occurrence). */
function only<K extends Kind>(text: string, kind: K, expected: string): Extract<Value, { kind: K }> {
  const vs = ofKind(text, kind);
  assert.strictEqual(vs.length, 1, `${kind} in ${JSON.stringify(text)}: ${JSON.stringify(vs)}`);
  const v = vs[0];
  const start = text.indexOf(expected);
  assert.ok(start >= 0);
  assert.deepStrictEqual([v.start, v.end, v.text], [start, start + expected.length, expected]);
  return v;
}

describe('extract: number words', () => {
  const cases: [string, number | null][] = [
    ['zero', 0], ['five', 5], ['Twenty-Five', 25], ['twenty five', 25], ['one hundred', 100], ['hundred', 100],
    ['one hundred and five', 105], ['one hundred five', 105], ['two thousand and twenty-six', 2026],
    ['ten million', 10_000_000], ['ten million one', 10_000_001], ['thirteen billion', 13e9],
    ['one trillion two hundred billion', 1.2e12], ['twenty-five hundred', 2500], ['nine hundred ninety-nine thousand nine hundred ninety-nine', 999_999],
    ['five five', null], ['million thousand million', null], ['twenty thirty', null], ['one and', null],
    ['thousand million', null],
  ];
  for (const [words, value] of cases) {
    it(`"${words}" → ${value}`, () => {
      const r = parseNumberWords(words);
      assert.strictEqual(r ? r.value : null, value);
    });
  }
  it('ordinals and fractions', () => {
    assert.deepStrictEqual(parseNumberWords('thirtieth'), { value: 30, ordinal: true, fraction: false });
    assert.deepStrictEqual(parseNumberWords('twenty-first'), { value: 21, ordinal: true, fraction: false });
    assert.deepStrictEqual(parseNumberWords('one hundredth'), { value: 0.01, ordinal: false, fraction: true });
    assert.deepStrictEqual(parseNumberWords('fifth'), { value: 5, ordinal: true, fraction: false });
    assert.deepStrictEqual(parseNumberWords('one-half'), { value: 0.5, ordinal: false, fraction: true });
    assert.deepStrictEqual(parseNumberWords('two thirds'), { value: 2 / 3, ordinal: false, fraction: true });
    assert.deepStrictEqual(parseNumberWords('three-quarters'), { value: 0.75, ordinal: false, fraction: true });
    assert.deepStrictEqual(parseNumberWords('twelve and one-half'), { value: 12.5, ordinal: false, fraction: true });
    assert.strictEqual(parseNumberWords('first fifth'), null);
    assert.strictEqual(parseNumberWords('thirtieth day'), null);
  });
});

describe('extract: dates', () => {
  const forms: [string, string][] = [
    ['This Agreement expires on December 31, 2032.', 'December 31, 2032'],
    ['expires on 31 December 2032 at midnight', '31 December 2032'],
    ['made as of the 31st day of December, 2032 by', 'the 31st day of December, 2032'],
    ['dated 2032-12-31.', '2032-12-31'],
    ['dated 12/31/2032.', '12/31/2032'],
    // day first when the first number cannot be a month (English)
    ['dated 31/12/2032.', '31/12/2032'],
    ['dated Dec. 31, 2032.', 'Dec. 31, 2032'],
    ['ENDING DECEMBER 31, 2032', 'DECEMBER 31, 2032'],
    ['on December 31st, 2032', 'December 31st, 2032'],
    ['made as of the thirty-first day of December, 2032 by', 'the thirty-first day of December, 2032'],
    ['IN WITNESS WHEREOF, signed this Thirty-First day of December 2032.', 'this Thirty-First day of December 2032'],
  ];
  for (const [text, expected] of forms) {
    it(`reads ${JSON.stringify(expected)}`, () => {
      const d = only(text, 'date', expected);
      assert.deepStrictEqual([d.iso, d.year, d.month, d.day, d.valid, d.weekday], ['2032-12-31', 2032, 12, 31, true, 'Friday']);
      assert.strictEqual(d.writtenWeekday, undefined);
    });
  }
  it('an ordinal in words is a date only before "day of <month> <year>"', () => {
    assert.deepStrictEqual(ofKind('on the first day of each month', 'date'), []);
    assert.deepStrictEqual(ofKind('on the thirty-second day of May, 2025', 'date'), []);
    assert.strictEqual(only('on the fifteenth day of March, 2025', 'date', 'the fifteenth day of March, 2025').iso, '2025-03-15');
  });
  it('reads "Sept. 1, 2026" (a Tuesday)', () => {
    const d = only('from Sept. 1, 2026 on', 'date', 'Sept. 1, 2026');
    assert.strictEqual(d.iso, '2026-09-01');
    assert.strictEqual(d.weekday, 'Tuesday');
  });
  it('reports impossible dates as invalid, without weekday', () => {
    const feb = only('on February 30, 2026,', 'date', 'February 30, 2026');
    assert.deepStrictEqual([feb.iso, feb.valid, feb.weekday], ['2026-02-30', false, undefined]);
    const apr = only('on April 31, 2027', 'date', 'April 31, 2027');
    assert.strictEqual(apr.valid, false);
    assert.strictEqual(only('on 29 February 2028', 'date', '29 February 2028').valid, true); // leap year
    assert.strictEqual(only('on 29 February 2100', 'date', '29 February 2100').valid, false); // not a leap year
  });
  it('keeps a written weekday with its span', () => {
    const text = 'Closing shall occur on Monday, March 3, 2026 at noon.';
    const d = only(text, 'date', 'March 3, 2026');
    assert.strictEqual(d.weekday, 'Tuesday');
    const ws = text.indexOf('Monday');
    assert.deepStrictEqual(d.writtenWeekday, { name: 'Monday', start: ws, end: ws + 6 });
  });
  it('shifts offsets and keeps source text', () => {
    const [d] = ofKind('on 2030-01-15', 'date', 1000);
    assert.deepStrictEqual([d.start, d.end, d.text], [1003, 1013, '2030-01-15']);
  });
  it('does not read section numbers, version numbers, verbs or partial dates as dates', () => {
    for (const t of ['Section 12.31 applies', 'version 1.2.3 and 2.0', 'Licensee may 1, 2 or 3', 'in March 2026', '12/31 and 3/4',
      'ISBN 2032-12-311', 'the 2032-13-01 draft', '45/12/2030']) {
      assert.deepStrictEqual(ofKind(t, 'date'), [], t);
    }
  });
});

describe('extract: relative dates', () => {
  it('"the fifth anniversary of the Effective Date"', () => {
    const r = only('ending on the fifth anniversary of the Effective Date.', 'relative-date', 'the fifth anniversary of the Effective Date');
    assert.deepStrictEqual([r.amount, r.unit, r.direction, r.anchor], [5, 'year', 'after', 'Effective Date']);
  });
  it('"the tenth (10th) anniversary thereof" is not anchored; the ordinal pair is kept', () => {
    const t = 'ending on the tenth (10th) anniversary of the Closing';
    const r = only(t, 'relative-date', 'the tenth (10th) anniversary of the Closing');
    assert.strictEqual(r.amount, 10);
    const nw = only(t, 'number-words', 'tenth (10th)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [10, 10, 'ordinal']);
  });
  it('"three (3) years after the Closing"', () => {
    const t = 'until three (3) years after the Closing, Seller';
    const r = only(t, 'relative-date', 'three (3) years after the Closing');
    assert.deepStrictEqual([r.amount, r.unit, r.direction, r.anchor], [3, 'year', 'after', 'Closing']);
    const nw = only(t, 'number-words', 'three (3)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [3, 3, 'year']);
    assert.deepStrictEqual(ofKind(t, 'duration'), []);
  });
  it('"ten (10) years from October 1, 2026" is a period and a date, not a period counted from "October"', () => {
    const t = 'for a term of ten (10) years from October 1, 2026 until terminated';
    assert.deepStrictEqual(ofKind(t, 'relative-date'), []);
    assert.deepStrictEqual(only(t, 'duration', 'ten (10) years').amount, 10);
    assert.strictEqual(only(t, 'date', 'October 1, 2026').iso, '2026-10-01');
    assert.strictEqual(only('the fifth anniversary of May 15, 2026', 'date', 'May 15, 2026').iso, '2026-05-15');
    // a name that is no month still anchors a period: "three (3) years after the Closing", "two years after Completion"
    assert.strictEqual(only('two (2) years after Completion 2 days', 'relative-date', 'two (2) years after Completion').anchor, 'Completion');
  });
  it('a day-count convention is no duration ("a 365-day year", "a 360 day year", "a 30-day month"); "a 30-day period" is', () => {
    for (const t of ['interest on the basis of a 365-day year', 'a 360 day year and actual days elapsed', 'a 30-day month']) {
      assert.deepStrictEqual(ofKind(t, 'duration'), [], t);
    }
    assert.strictEqual(only('within a 30-day period', 'duration', '30-day').amount, 30);
  });
  it('"ninety (90) days following the Effective Date"', () => {
    const r = only('within ninety (90) days following the Effective Date', 'relative-date', 'ninety (90) days following the Effective Date');
    assert.deepStrictEqual([r.amount, r.unit, r.direction, r.anchor], [90, 'day', 'after', 'Effective Date']);
  });
  it('"60 days prior to the expiration" and "before the end of the Initial Term"', () => {
    const r = only('at least 60 days prior to the expiration of the then-current term', 'relative-date', '60 days prior to the expiration');
    assert.deepStrictEqual([r.amount, r.unit, r.direction], [60, 'day', 'before']);
    const r2 = only('no later than 6 months before the end of the Initial Term.', 'relative-date', '6 months before the end of the Initial Term');
    assert.deepStrictEqual([r2.amount, r2.unit, r2.direction, r2.anchor], [6, 'month', 'before', 'end of the Initial Term']);
  });
});

describe('extract: durations', () => {
  const cases: [string, string, number, string][] = [
    ['for a term of five (5) years.', 'five (5) years', 5, 'year'],
    ['within thirty (30) days of receipt', 'thirty (30) days', 30, 'day'],
    ['a period of 12 months.', '12 months', 12, 'month'],
    ['within ninety days.', 'ninety days', 90, 'day'],
    ['within two (2) business days,', 'two (2) business days', 2, 'business-day'],
    ['within Five (5) Business Days', 'Five (5) Business Days', 5, 'business-day'],
    ['a 12-month period', '12-month', 12, 'month'],
    ['each two calendar quarters', 'two calendar quarters', 2, 'quarter'],
    ['for one week', 'one week', 1, 'week'],
  ];
  for (const [text, expected, amount, unit] of cases) {
    it(JSON.stringify(expected), () => {
      const d = only(text, 'duration', expected);
      assert.deepStrictEqual([d.amount, d.unit], [amount, unit]);
    });
  }
  it('emits a number-words value and a duration for a pair', () => {
    const vs = extractValues('five (5) years');
    assert.deepStrictEqual(vs.map((v) => [v.kind, v.start, v.end]), [['duration', 0, 14], ['number-words', 0, 8]]);
  });
  it('the figure wins when words and figure disagree ("thirty (13) days")', () => {
    const t = 'within thirty (13) days';
    assert.strictEqual(only(t, 'duration', 'thirty (13) days').amount, 13);
    const nw = only(t, 'number-words', 'thirty (13)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [30, 13, 'day']);
    assert.deepStrictEqual(nw.words, { start: 7, end: 13, text: 'thirty' });
    assert.deepStrictEqual(nw.figure, { start: 15, end: 17, text: '13' });
  });
  it('ordinals are not durations', () => {
    assert.deepStrictEqual(ofKind('in the first year and the second month', 'duration'), []);
  });
});

describe('extract: percentages', () => {
  const cases: [string, string, number][] = [
    ['a royalty of 27% of Net Sales', '27%', 27],
    ['equal to 27 percent of', '27 percent', 27],
    ['12.5 per cent of revenue', '12.5 per cent', 12.5],
    ['twenty percent (20%) of', 'twenty percent (20%)', 20],
    ['twenty (20) percent of', 'twenty (20) percent', 20],
    ['fifteen percent of', 'fifteen percent', 15],
    ['one half (50%) of the shares', 'one half (50%)', 50],
    ['a credit of one-half of one percent (0.5%) of the fee', 'one-half of one percent (0.5%)', 0.5],
    ['a fee of 0.25% (one-quarter of one per cent)', '0.25% (one-quarter of one per cent)', 0.25],
  ];
  for (const [text, expected, value] of cases) {
    it(JSON.stringify(expected), () => assert.strictEqual(only(text, 'percent', expected).value, value));
  }
  it('"one-half of one percent (0.5%)" is one pair, not "one percent (0.5%)"', () => {
    const t = 'a credit of one-half of one percent (0.5%) of the fee';
    const nw = only(t, 'number-words', 'one-half of one percent (0.5%)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.words.text], [0.5, 0.5, 'percent', 'one-half of one percent']);
    const wrong = only('three-quarters of one percent (1%)', 'number-words', 'three-quarters of one percent (1%)');
    assert.deepStrictEqual([wrong.wordsValue, wrong.figureValue], [0.75, 1]);
  });
  it('"one-half of one per cent. (1%)" (English full stop) is one pair of 0.5 and 1, not "one per cent. (1%)"', () => {
    const nw = only('a fee of one-half of one per cent. (1%) of the Price', 'number-words', 'one-half of one per cent. (1%)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.words.text], [0.5, 1, 'percent', 'one-half of one per cent.']);
    assert.strictEqual(only('a fee of one-half of one per cent. The rest', 'percent', 'one-half of one per cent').value, 0.5);
  });
  it('"two-thirds (60%)" reads the words as 200/3, not the rounded 66.6667', () => {
    const nw = only('two-thirds (60%) of the votes', 'number-words', 'two-thirds (60%)');
    assert.ok(Math.abs(nw.wordsValue! - 200 / 3) < 1e-9, String(nw.wordsValue));
    assert.strictEqual(only('one-eighth (12.5%) of it', 'number-words', 'one-eighth (12.5%)').wordsValue, 12.5);
  });
  it('a mixed number before "%" is one percentage: "66-2/3%", "66 2/3 percent", "66⅔%", "1½%"', () => {
    for (const [t, v] of [['66-2/3%', 200 / 3], ['66 2/3 percent', 200 / 3], ['66⅔%', 200 / 3], ['33-1/3 per cent', 100 / 3], ['1½%', 1.5]] as const) {
      assert.ok(Math.abs(only(`at least ${t} of the votes`, 'percent', t).value - v) < 1e-9, t);
    }
    const nw = only('one-third (66⅔%) of the votes', 'number-words', 'one-third (66⅔%)');
    assert.deepStrictEqual([nw.figure.text, Math.round(nw.figureValue * 3)], ['66⅔%', 200]);
    assert.deepStrictEqual(ofKind('on 5 1/2/2020 and Section 5 1/2', 'percent'), []);
  });
  it('pair "twenty percent (20%)" keeps both readings', () => {
    const t = 'twenty-five percent (20%)';
    const nw = only(t, 'number-words', t);
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.words.text, nw.figure.text], [25, 20, 'percent', 'twenty-five percent', '20%']);
  });
});

describe('extract: money with cents written "and No/100" (promissory notes, leases)', () => {
  it('the cents before or after the currency word are part of the amount, and "100" is not a second amount', () => {
    const a = 'shall pay Twelve Thousand Five Hundred and No/100 Dollars ($12,600.00) on the Maturity Date';
    const nw = only(a, 'number-words', 'Twelve Thousand Five Hundred and No/100 Dollars ($12,600.00)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [12500, 12600, 'money']);
    assert.deepStrictEqual(ofKind(a, 'money').map((v) => v.text), ['Twelve Thousand Five Hundred and No/100 Dollars ($12,600.00)']);
    const b = only('a fee of One Hundred Dollars and 25/100 ($100.25)', 'number-words', 'One Hundred Dollars and 25/100 ($100.25)');
    assert.deepStrictEqual([b.wordsValue, b.figureValue], [100.25, 100.25]);
  });
});

describe('extract: money', () => {
  const cases: [string, string, number, string][] = [
    ['a cap of $13 billion.', '$13 billion', 13e9, 'USD'],
    ['USD 10,000,000 in total', 'USD 10,000,000', 10_000_000, 'USD'],
    ['up to US$5 million', 'US$5 million', 5e6, 'USD'],
    ['a fee of €2.5m', '€2.5m', 2.5e6, 'EUR'],
    ['£100 per day', '£100', 100, 'GBP'],
    ['EUR 1,000 each', 'EUR 1,000', 1000, 'EUR'],
    ['10,000,000 dollars', '10,000,000 dollars', 1e7, 'USD'],
    ['$1,250.50 per unit', '$1,250.50', 1250.5, 'USD'],
    ['$2.5MM', '$2.5MM', 2.5e6, 'USD'],
    ['500,000 USD', '500,000 USD', 5e5, 'USD'],
    ['ten thousand dollars', 'ten thousand dollars', 1e4, 'USD'],
    // hard-wrapped at the scale word (probe s18/37, wrap78)
    ['Base Compensation of $5.2\nmillion, payable', '$5.2\nmillion', 5.2e6, 'USD'],
  ];
  for (const [text, expected, amount, currency] of cases) {
    it(JSON.stringify(expected), () => {
      const m = only(text, 'money', expected);
      assert.deepStrictEqual([m.amount, m.currency], [amount, currency]);
    });
  }
  it('"$10,000,000 (ten million dollars)" and the reverse', () => {
    for (const t of ['$10,000,000 (ten million dollars)', 'ten million dollars ($10,000,000)']) {
      const nw = only(t, 'number-words', t);
      assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.words.text, nw.figure.text], [1e7, 1e7, 'money', 'ten million dollars', '$10,000,000']);
      assert.strictEqual(only(t, 'money', t).amount, 1e7);
    }
    const bad = only('$10,000,000 (ten million one dollars)', 'number-words', '$10,000,000 (ten million one dollars)');
    assert.deepStrictEqual([bad.wordsValue, bad.figureValue], [10_000_001, 1e7]);
  });
  it('is not money: section numbers, plain numbers', () => {
    for (const t of ['Section 5', 'Section 5 (five)', 'clause 10,000', 'item 2.5']) assert.deepStrictEqual(ofKind(t, 'money'), [], t);
  });
  it('is not money: an ordinal before a currency word ("from the first dollar")', () => {
    for (const t of ['Seller shall be liable for all Losses from the first dollar.', 'the second euro of each payment', 'the 1st dollar'])
      assert.deepStrictEqual(ofKind(t, 'money'), [], t);
    assert.strictEqual(only('a fee of one dollar per unit', 'money', 'one dollar').amount, 1);
  });
});

describe('extract: number-words pairs', () => {
  it('ordinal "thirtieth (30th) day"', () => {
    const t = 'on the thirtieth (30th) day after';
    const nw = only(t, 'number-words', 'thirtieth (30th)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.figure.text], [30, 30, 'ordinal', '30th']);
    assert.deepStrictEqual(ofKind(t, 'duration'), []);
  });
  it('fraction "one-half (1/2)"', () => {
    const nw = only('one-half (1/2) of the Fees', 'number-words', 'one-half (1/2)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit, nw.figure.text], [0.5, 0.5, 'number', '1/2']);
  });
  it('unreadable words give wordsValue null', () => {
    const nw = only('five five (5) years', 'number-words', 'five five (5)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue], [null, 5]);
  });
  it('plain number pair', () => {
    const nw = only('appoint three (3) directors', 'number-words', 'three (3)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [3, 3, 'number']);
  });
});

describe('extract: exclusivity polarity', () => {
  const positives: [string, string][] = [
    ['grants Distributor the exclusive right to sell', 'exclusive'],
    ['shall purchase exclusively from Supplier', 'exclusively'],
    ['Licensee shall have the sole and exclusive right to', 'sole and exclusive'],
    ['an Exclusive License', 'Exclusive'],
    // a "nothing" that does not deny the grant
    ['Nothing in this Section 3 limits the exclusive license granted in Section 2.', 'exclusive'],
    ['Licensee has the exclusive right to sell; nothing in this Agreement grants other rights.', 'exclusive'],
    ["Nothing in this Agreement shall limit the Licensee's right to be the exclusive distributor.", 'exclusive'],
    // exclusivity without the word
    ['Distributor shall be the sole distributor of the Products in the Territory.', 'sole distributor'],
    ['Beta is appointed as sole agent for the Territory.', 'sole agent'],
    // a covenant not to appoint anyone else: exclusivity in effect
    ['Supplier shall not appoint any other distributor of the Products in the Territory.', 'shall not appoint any other distributor'],
    ['Pioneer will not appoint another reseller in the Territory during the Term.', 'will not appoint another reseller'],
    ['Licensor agrees not to appoint any third party as a licensee of the Software in Germany.', 'agrees not to appoint any third party as a licensee'],
    ['The Company shall not, directly or indirectly, appoint any other sales agent in the Territory.', 'shall not, directly or indirectly, appoint any other sales agent'],
    ['Supplier shall not appoint any other person to resell the Products in the Territory.', 'shall not appoint any other person to resell'],
    ['Provider shall be the sole cloud provider for Customer.', 'sole cloud provider'],
    // a "sole and exclusive licence" is exclusive; a sole licensee stays read as an appointment
    ['The Licensor grants to the Licensee a sole and exclusive licence to use the Patents.', 'sole and exclusive'],
    ['Licensee shall be the sole licensee of the Patents.', 'sole licensee'],
  ];
  for (const [text, expected] of positives) {
    it(`true: ${text}`, () => assert.strictEqual(only(text, 'exclusive', expected).value, true));
  }
  const negatives: [string, string][] = [
    ['a non-exclusive license', 'non-exclusive'],
    ['a nonexclusive license', 'nonexclusive'],
    ['a Non-Exclusive license', 'Non-Exclusive'],
    ['the license is not exclusive', 'not exclusive'],
    ['this appointment shall not be exclusive', 'shall not be exclusive'],
    // no duty to deal exclusively (session 18, an amendment probe)
    ['Lumen shall not be required to obtain compute exclusively from Northwind.', 'shall not be required to obtain compute exclusively'],
    ['Customer need not buy its requirements exclusively from Supplier.', 'need not buy its requirements exclusively'],
    ['Lumen is under no obligation to grant exclusive rights to Northwind.', 'is under no obligation to grant exclusive'],
    ['the license is no longer exclusive after', 'no longer exclusive'],
    ['The exclusivity granted in Section 2 shall terminate on the third anniversary', 'exclusivity granted in Section 2 shall terminate'],
    ['Exclusivity will automatically expire if', 'Exclusivity will automatically expire'],
    ["Licensee's exclusive rights hereunder shall cease upon", 'exclusive rights hereunder shall cease'],
    ['Otherwise there is no exclusivity expressed or implied', 'no exclusivity'],
    ['Nothing in this Agreement grants Microsoft exclusive access to the Models.', 'Nothing in this Agreement grants Microsoft exclusive'],
    ['Nothing in Section 3.1 shall be construed as granting Licensee an exclusive license.', 'Nothing in Section 3.1 shall be construed as granting Licensee an exclusive'],
    ['Neither party shall have exclusive rights in the Territory.', 'Neither party shall have exclusive'],
    ['No provision of this Agreement confers an exclusive right.', 'No provision of this Agreement confers an exclusive'],
    ['Southgate shall not have the exclusive right to sell the Products.', 'shall not have the exclusive'],
    ['This Agreement does not confer any exclusive rights on Southgate.', 'does not confer any exclusive'],
    ['Southgate is not granted any exclusivity.', 'not granted any exclusivity'],
    ['Supplier shall not be entitled to any exclusive rights.', 'shall not be entitled to any exclusive'],
    ['Supplier shall not be the exclusive supplier of the Goods.', 'shall not be the exclusive'],
    ['Supplier shall not be the sole supplier of the Goods.', 'shall not be the sole supplier'],
    // "is not" with an article or a possessive before the word (probe s18)
    ['Provider is not Lab\'s exclusive cloud provider.', 'not Lab\'s exclusive'],
    ['Supplier is not the exclusive supplier of the Goods.', 'not the exclusive'],
    ['Acme is not Beta’s sole distributor.', 'not Beta’s sole distributor'],
    ['That exclusivity has ended and does not continue under this Agreement.', 'exclusivity has ended'],
    ['Nothing in this Agreement makes Acme the sole distributor of the Products.', 'Nothing in this Agreement makes Acme the sole distributor'],
    // English law: under a sole licence the licensor keeps its own right to use; not exclusive
    ['The Licensor grants to the Licensee a sole licence to use the Patents.', 'sole licence'],
    ['Licensor hereby grants Licensee a sole license under the Patents.', 'sole license'],
  ];
  for (const [text, expected] of negatives) {
    it(`false: ${text}`, () => assert.strictEqual(only(text, 'exclusive', expected).value, false));
  }
  it('is not an exclusivity right', () => {
    for (const t of ['the sole and exclusive remedy of Buyer', 'the exclusive jurisdiction of the courts', 'exclusive venue', 'an exclusive forum',
      'all amounts are exclusive of taxes', 'shall be the exclusive property of Company', 'mutually exclusive', 'exclusively governed by the laws of',
      'exclusive and sole remedies', 'such rights shall be owned exclusively by Skype', 'at its sole discretion and sole cost', 'the insole distributor',
      // appointing: only a covenant not to appoint anyone else is exclusivity
      'Supplier may appoint other distributors outside the Territory.', 'Supplier shall not appoint any subcontractor without consent.',
      'Supplier shall not appoint any other auditor.', 'The Board shall appoint any other director.', 'shall not reappoint any other distributor',
      'shall not appointed any other distributor']) {
      assert.deepStrictEqual(ofKind(t, 'exclusive'), [], t);
    }
  });
  it('"exclusive right to terminate" stays true', () => {
    assert.strictEqual(only('Buyer has the exclusive right to terminate this Agreement', 'exclusive', 'exclusive').value, true);
  });
});

describe('extract: values on mixed text', () => {
  it('sorted by start, text equals the slice, offsets shifted', () => {
    const text = 'Commencing January 1, 2026, Licensee pays twenty percent (20%) of Net Sales and $500,000 within thirty (30) days under an exclusive license.';
    const off = 77;
    const vs = extractValues(text, off);
    for (let i = 0; i < vs.length; i++) {
      assert.strictEqual(vs[i].text, text.slice(vs[i].start - off, vs[i].end - off));
      if (i > 0) assert.ok(vs[i - 1].start <= vs[i].start);
    }
    assert.deepStrictEqual(vs.map((v) => v.kind), ['date', 'percent', 'number-words', 'money', 'duration', 'number-words', 'exclusive']);
  });
  it('empty and junk input', () => {
    assert.deepStrictEqual(extractValues(''), []);
    assert.deepStrictEqual(extractValues('\u0000\uffff\ud800(((("""'), []);
  });
});

describe('extract: real-contract forms (CUAD)', () => {
  it('words with "United States Dollars" and a figure with a trailing code', () => {
    const t = 'in an amount not less than Five Million United States Dollars ($5,000,000 USD) in the aggregate';
    const nw = only(t, 'number-words', 'Five Million United States Dollars ($5,000,000 USD)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue, nw.unit], [5e6, 5e6, 'money']);
  });
  it('catches a real words/figure mismatch', () => {
    const t = 'at a price of Four Thousand Nine Hundred Dollars ($4,950.00 U.S.) per unit';
    const nw = only(t, 'number-words', 'Four Thousand Nine Hundred Dollars ($4,950.00 U.S.)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue], [4900, 4950]);
  });
  it('"June 1,1999" without a space after the comma, "24 OCT 2011"', () => {
    assert.strictEqual(only('from June 1,1999 and', 'date', 'June 1,1999').iso, '1999-06-01');
    assert.strictEqual(only('signed 24 OCT 2011', 'date', '24 OCT 2011').iso, '2011-10-24');
  });
});

describe('extract: ordinal before a cardinal, decimals in words', () => {
  it('"the first five (5) years" → the pair is "five (5)"', () => {
    const t = 'During the first five (5) years of the Term';
    const nw = only(t, 'number-words', 'five (5)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue], [5, 5]);
    assert.strictEqual(only(t, 'duration', 'five (5) years').amount, 5);
  });
  it('"three point five (3.5) seconds"', () => {
    const nw = only('an average of three point five (3.5) seconds', 'number-words', 'three point five (3.5)');
    assert.deepStrictEqual([nw.wordsValue, nw.figureValue], [3.5, 3.5]);
    assert.strictEqual(parseNumberWords('twelve point two five')?.value, 12.25);
    assert.strictEqual(parseNumberWords('point five'), null);
  });
});

describe('extract: "pounds of" is a weight, not sterling (probe s14, 09-franchise)', () => {
  it('"1,500 pounds of roasted coffee beans" is no money; "1,500 pounds" and "£1,500" are', () => {
    const money = (s: string) => ofKind(s, 'money').map((v) => v.text);
    assert.deepStrictEqual(money('Franchisee shall purchase at least 1,500 pounds of roasted coffee beans each month.'), []);
    assert.deepStrictEqual(money('A package weighing 20 pounds in weight.'), []);
    assert.deepStrictEqual(money('Franchisee shall pay 1,500 pounds to Franchisor.'), ['1,500 pounds']);
    assert.deepStrictEqual(money('Franchisee shall pay 1,500 pounds sterling and £200.'), ['1,500 pounds sterling', '£200']);
  });
});
