import * as assert from 'assert';
import fc from 'fast-check';
import { figureLike, formatDateLike, numberToWords, numberWordsRun, replaceFigure, replaceWords } from '../../src/core/check/model/format';
import { closestIds, editDistance, stemWord } from '../../src/core/check/link';
import { durationBase } from '../../src/core/check/model/value';
import { dateRole, agreementDate, shiftIso } from '../../src/core/check/model/date';

const D = (y: number, m: number, d: number) => ({ year: y, month: m, day: d });

describe('check-model: formatting fixes like the draft', () => {
  it('rewrites dates in the written style', () => {
    const cases: [string, ReturnType<typeof D>, string, string | null][] = [
      ['December 31, 2030', D(2030, 12, 31), '2032-12-31', 'December 31, 2032'],
      ['2030-12-31', D(2030, 12, 31), '2032-06-01', '2032-06-01'],
      ['31 December 2030', D(2030, 12, 31), '2032-06-01', '1 June 2032'],
      ['Dec. 31, 2030', D(2030, 12, 31), '2031-01-05', 'Jan. 5, 2031'],
      ['DECEMBER 31, 2030', D(2030, 12, 31), '2031-03-02', 'MARCH 2, 2031'],
      ['the 1st day of November, 2025', D(2025, 11, 1), '2025-10-28', 'the 28th day of October, 2025'],
      ['December 31st, 2030', D(2030, 12, 31), '2030-11-22', 'November 22nd, 2030'],
      ['12/31/2030', D(2030, 12, 31), '2032-01-05', '1/5/2032'],
      ['01/31/2030', D(2030, 1, 31), '2032-02-05', '02/05/2032'],
      ['31/12/2030', D(2030, 12, 31), '2032-01-05', '5/1/2032'],
      ['3/4/2030', D(2030, 3, 4), '2032-11-12', '11/12/2032'],
      ['3/3/2030', D(2030, 3, 3), '2032-11-12', null], // month and day indistinguishable
      ['Tuesday, October 28, 2025', D(2025, 10, 28), '2025-10-29', 'Wednesday, October 29, 2025'],
      ['Sept. 1, 2030', D(2030, 9, 1), '2030-09-02', 'Sept. 2, 2030'],
      ['the 1st day of May, 2006', D(2006, 5, 1), '2000-01-01', 'the 1st day of January, 2000'], // "May" is a full name
      ['Jun 30, 2031', D(2031, 6, 30), '2031-05-31', 'May 31, 2031'],
      ['December 31, 2030', D(2030, 12, 31), 'not-a-date', null],
      ['December 31, 2030', D(2029, 12, 31), '2032-12-31', null], // the year read does not appear
    ];
    for (const [written, cur, iso, want] of cases) assert.strictEqual(formatDateLike(written, cur, iso), want, written);
  });

  it('writes numbers in words and figures like the draft', () => {
    assert.strictEqual(numberToWords(0), 'zero');
    assert.strictEqual(numberToWords(12), 'twelve');
    assert.strictEqual(numberToWords(77), 'seventy-seven');
    assert.strictEqual(numberToWords(180), 'one hundred eighty');
    assert.strictEqual(numberToWords(12_000_000), 'twelve million');
    assert.strictEqual(numberToWords(1_250_300), 'one million two hundred fifty thousand three hundred');
    assert.strictEqual(numberToWords(1.5), null);
    assert.strictEqual(numberToWords(-1), null);
    assert.strictEqual(numberWordsRun('twenty-five percent'), 11);
    assert.strictEqual(numberWordsRun('percent'), 0);
    assert.strictEqual(replaceWords('Twenty percent', 12), 'Twelve percent');
    assert.strictEqual(replaceWords('TWENTY', 12), 'TWELVE');
    assert.strictEqual(replaceWords('ten million dollars', 12_000_000), 'twelve million dollars');
    assert.strictEqual(figureLike(12_000_000, '10,000,000'), '12,000,000');
    assert.strictEqual(figureLike(12, '6.0'), '12.0');
    assert.strictEqual(replaceFigure('$10,000,000', 12_500_000), '$12,500,000');
    assert.strictEqual(replaceFigure('$10 million', 12_000_000), null, 'scale words are not rewritten');
    assert.strictEqual(replaceFigure('no figure', 1), null);
  });

  it('never rewrites part of a fraction in words, nor rounds a figure to the decimals of the one it replaces', () => {
    // the run of number words is not the whole number: no words fix (the model-side fix stays)
    for (const w of ['one and one-half percent', 'two and a half per cent.', 'one-half of one percent', 'nought point five per cent.', 'twenty and']) {
      assert.strictEqual(replaceWords(w, 12), null, w);
    }
    assert.strictEqual(replaceWords('one hundred and twenty percent', 12), 'twelve percent');
    assert.strictEqual(figureLike(7.25, '12.5'), '7.25', 'not 7.3');
    assert.strictEqual(figureLike(12, '12.5'), '12', '"12.5" is a value, not a style: not "12.0"');
    assert.strictEqual(figureLike(12, '1,000.00'), '12.00', 'a style of decimals is kept');
    assert.strictEqual(figureLike(12, '17.50'), '12.00', 'a padded fraction is a style too');
    assert.strictEqual(figureLike(2_750_000.5, '3,000,000', true), '2,750,000.50', 'money with cents has two decimals');
    assert.strictEqual(figureLike(0.5, '12'), '0.5');
    assert.strictEqual(replaceFigure('USD 3,000,000', 2_750_000.5, true), 'USD 2,750,000.50');
  });

  it('compares durations on a common scale', () => {
    assert.deepStrictEqual(durationBase(1, 'year'), durationBase(12, 'month'));
    assert.deepStrictEqual(durationBase(2, 'week'), durationBase(14, 'day'));
    assert.notDeepStrictEqual(durationBase(5, 'business-day'), durationBase(5, 'day'));
  });
});

describe('check-model: helpers', () => {
  it('finds close term ids with bounded edit distance', () => {
    assert.strictEqual(editDistance('ip-licence', 'ip-license', 2), 1);
    assert.strictEqual(editDistance('abc', 'xyz-long-id', 2), Infinity);
    assert.deepStrictEqual(closestIds('revenue-shar', ['revenue-share', 'law']), ['revenue-share']);
    assert.deepStrictEqual(closestIds('zzz', ['revenue-share', 'law']), []);
    assert.deepStrictEqual(closestIds('x'.repeat(5000), ['law']), []);
  });

  it('stems subject words', () => {
    assert.strictEqual(stemWord('Models'), stemWord('model'));
    assert.strictEqual(stemWord('licensed'), stemWord('license'));
    assert.strictEqual(stemWord('distribution'), stemWord('distributor'));
  });

  it('reads the role of a date from the words around it', () => {
    const t = 'The Term shall commence on January 1, 2026 and end on December 31, 2030.';
    const c = { start: 0, end: t.length };
    const at = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    assert.strictEqual(dateRole(t, c, at('January 1, 2026')), 'starts');
    assert.strictEqual(dateRole(t, c, at('December 31, 2030')), 'ends');
    assert.strictEqual(agreementDate(t, c, at('December 31, 2030')), true);
    const r = 'The Renewal Term shall commence on January 1, 2031.';
    assert.strictEqual(agreementDate(r, { start: 0, end: r.length }, { start: r.indexOf('January'), end: r.length - 1 }), false);
    const e = 'Entered into as of May 5, 2025 (the "Effective Date").';
    assert.strictEqual(dateRole(e, { start: 0, end: e.length }, { start: 19, end: 30 }), 'starts');
    assert.strictEqual(agreementDate(e, { start: 0, end: e.length }, { start: 19, end: 30 }), true);
  });
});

describe('check-model: date style round trip (property)', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const ord = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  const STYLES: ((y: number, m: number, d: number) => string)[] = [
    (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
    (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    (y, m, d) => `${MONTHS[m - 1].slice(0, 3)}. ${d}, ${y}`.replace('May.', 'May'),
    (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
    (y, m, d) => `the ${ord(d)} day of ${MONTHS[m - 1]}, ${y}`,
    (y, m, d) => `${pad(m)}/${pad(d)}/${y}`,
    (y, m, d) => `${MONTHS[m - 1].toUpperCase()} ${d}, ${y}`,
  ];
  const dateArb = fc.record({ y: fc.integer({ min: 1990, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

  it('rewrites a date into another one in the same style, or declines', () => {
    fc.assert(fc.property(dateArb, dateArb, fc.integer({ min: 0, max: STYLES.length - 1 }), (a, b, s) => {
      const style = STYLES[s];
      if (s === 2 && a.m === 5) return; // "May" is both the full and the short name: either style is right
      const iso = `${b.y}-${pad(b.m)}-${pad(b.d)}`;
      const out = formatDateLike(style(a.y, a.m, a.d), { year: a.y, month: a.m, day: a.d }, iso);
      if (out === null) return; // ambiguous (e.g. numeric month = day): no fix is fine
      if (s === 5 && a.m >= 10 && a.d >= 10) {
        // "10/12/2030" shows no leading zero, so "1/5/2031" and "01/05/2031" are both faithful
        assert.strictEqual(out.replace(/\b0(\d)/g, '$1'), style(b.y, b.m, b.d).replace(/\b0(\d)/g, '$1'));
        return;
      }
      assert.strictEqual(out, style(b.y, b.m, b.d));
    }), { numRuns: 500 });
  });

  it('never throws on junk', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), dateArb, (s, a) => {
      const out = formatDateLike(s, { year: a.y, month: a.m, day: a.d }, '2030-01-02');
      assert.ok(out === null || typeof out === 'string');
    }), { numRuns: 300 });
  });
});

describe('check-model: calendar shifts', () => {
  it('adds years, months and days like a calendar', () => {
    assert.strictEqual(shiftIso('2025-10-28', 5, 'year', 1), '2030-10-28');
    assert.strictEqual(shiftIso('2024-02-29', 1, 'year', 1), '2025-02-28');
    assert.strictEqual(shiftIso('2025-01-31', 1, 'month', 1), '2025-02-28');
    assert.strictEqual(shiftIso('2025-12-31', 1, 'quarter', 1), '2026-03-31');
    assert.strictEqual(shiftIso('2025-12-31', 90, 'day', 1), '2026-03-31');
    assert.strictEqual(shiftIso('2025-03-01', 1, 'day', -1), '2025-02-28');
    assert.strictEqual(shiftIso('2025-03-01', 2, 'week', 1), '2025-03-15');
    assert.strictEqual(shiftIso('2025-03-01', 2, 'business-day', 1), null);
    assert.strictEqual(shiftIso('bad', 2, 'day', 1), null);
  });
});
