import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import { numberWordsMismatch } from '../../src/core/check/draft/numberWordsMismatch';
import type { Value } from '../../src/core/types';
import { build, numberWords } from './check-draft.support';

function run(text: string, values: (t: string) => Value[]) {
  return numberWordsMismatch.check(build(text, { values }));
}

describe('draft checks: number-words-mismatch', () => {
  it('flags "seven (5) years" with one fix per reading, none preferred', () => {
    const text = 'The Initial Term is seven (5) years.';
    const f = run(text, (t) => [numberWords(t, 'seven (5)', 'seven', '5', 7, 5, 'year')]);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].code, 'number-words-mismatch');
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'seven (5)');
    assert.match(f[0].message, /"seven" is 7 but "5" is 5/);
    const titles = f[0].fixes.map((x) => x.title).sort();
    assert.deepStrictEqual(titles, ['Use five (5)', 'Use seven (7)']);
    assert.ok(f[0].fixes.every((x) => !x.preferred));
    const toSeven = f[0].fixes.find((x) => x.title === 'Use seven (7)')!;
    assert.strictEqual(text.slice(0, toSeven.start) + toSeven.newText + text.slice(toSeven.end), 'The Initial Term is seven (7) years.');
    const toFive = f[0].fixes.find((x) => x.title === 'Use five (5)')!;
    assert.strictEqual(text.slice(0, toFive.start) + toFive.newText + text.slice(toFive.end), 'The Initial Term is five (5) years.');
  });
  it('flags percent, money, ordinals and fractions', () => {
    const text = [
      'Licensee shall pay twenty percent (25%) of Net Revenue.',
      'The cap is $10,000,000 (ten million one dollars).',
      'Payment is due on the thirtieth (13th) day.',
      'Each party bears one-half (1/4) of the costs.',
      'Notice of thirty (13) days.',
    ].join('\n\n');
    const f = run(text, (t) => [
      numberWords(t, 'twenty percent (25%)', 'twenty percent', '25%', 20, 25, 'percent'),
      numberWords(t, '$10,000,000 (ten million one dollars)', 'ten million one dollars', '$10,000,000', 10_000_001, 10_000_000, 'money'),
      numberWords(t, 'thirtieth (13th)', 'thirtieth', '13th', 30, 13, 'ordinal'),
      numberWords(t, 'one-half (1/4)', 'one-half', '1/4', 0.5, 0.25, 'number'),
      numberWords(t, 'thirty (13)', 'thirty', '13', 30, 13, 'day'),
    ]);
    assert.strictEqual(f.length, 5);
    const fixes = f.map((x) => x.fixes.map((y) => y.newText));
    assert.deepStrictEqual(fixes[0], ['20%', 'twenty-five percent']);
    assert.deepStrictEqual(fixes[1], ['$10,000,001', 'ten million dollars']);
    assert.deepStrictEqual(fixes[2], ['30th', 'thirteenth']);
    assert.deepStrictEqual(fixes[3], ['1/2', 'one-quarter']);
    assert.deepStrictEqual(fixes[4], ['30', 'thirteen']);
    assert.deepStrictEqual(f.map((x) => x.clause), [0, 1, 2, 3, 4]);
    assert.deepStrictEqual(f[1].fixes.map((x) => x.title), ['Use $10,000,001 (ten million one dollars)', 'Use $10,000,000 (ten million dollars)']);
  });
  it('is silent when the words and figure agree or the words cannot be read', () => {
    const text = 'Five (5) years, twenty percent (20%), $1,000 (one thousand dollars), one-half (0.5), and foo (3).';
    const f = run(text, (t) => [
      numberWords(t, 'Five (5)', 'Five', '5', 5, 5, 'year'),
      numberWords(t, 'twenty percent (20%)', 'twenty percent', '20%', 20, 20, 'percent'),
      numberWords(t, '$1,000 (one thousand dollars)', 'one thousand dollars', '$1,000', 1000, 1000, 'money'),
      numberWords(t, 'one-half (0.5)', 'one-half', '0.5', 0.5, 0.5, 'number'),
      numberWords(t, 'foo (3)', 'foo', '3', null, 3, 'number'),
    ]);
    assert.deepStrictEqual(f, []);
  });
  it('ignores float noise', () => {
    const text = 'seven and one-tenth percent (7.1%)';
    const f = run(text, (t) => [numberWords(t, text, 'seven and one-tenth percent', '7.1%', 7 + 0.1, 7.1, 'percent')]);
    assert.deepStrictEqual(f, []);
  });
});

describe('draft checks: number-words-mismatch (real drafts: "and a half", the English "per cent.")', () => {
  const mismatches = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'number-words-mismatch');
  it('a hard-wrapped "ninety⏎(60) days" (LF or CRLF) is still one pair of words and figure, inside a numbered clause or a sub-clause', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = ['7.1 Customer may terminate for convenience upon ninety', "(60) days' prior written notice.", '', '(a) within twenty', '(25) Business Days.'].join(nl);
      const found = mismatches(text).map((f) => f.message);
      assert.deepStrictEqual(found, [
        'The words and the figure disagree: "ninety" is 90 but "60" is 60.',
        'The words and the figure disagree: "twenty" is 20 but "25" is 25.',
      ], JSON.stringify(nl));
    }
  });
  it('"two and a half percent (2.5%)" agrees; "(3.5%)" disagrees, and the fix rewrites all the words', () => {
    assert.deepStrictEqual(mismatches('Interest accrues at two and a half percent (2.5%) a year.'), []);
    assert.deepStrictEqual(mismatches('The term is one and a half (1.5) years.'), []);
    const text = 'Interest accrues at two and a half percent (3.5%) a year.';
    const [f] = mismatches(text);
    assert.ok(f, 'reported');
    assert.strictEqual(f.message, 'The words and the figure disagree: "two and a half percent" is 2.5 but "3.5%" is 3.5.');
    const fixed = f.fixes.map((x) => text.slice(0, x.start) + x.newText + text.slice(x.end));
    assert.deepStrictEqual(fixed, ['Interest accrues at two and a half percent (2.5%) a year.', 'Interest accrues at three and one-half percent (3.5%) a year.']);
  });
  it('"two per cent. (3%)" (English style, a full stop after "per cent") is read as a pair', () => {
    assert.deepStrictEqual(mismatches('Interest accrues at two per cent. (2%) per annum.'), []);
    const [f] = mismatches('Interest accrues at two per cent. (3%) per annum.');
    assert.ok(f, 'reported');
    assert.match(f.message, /"two per cent\." is 2 but "3%" is 3/);
    const end = analyzeDocument('The margin is two per cent. The fee is due.').clauses[0].values.find((v) => v.kind === 'percent')!;
    assert.strictEqual(end.text, 'two per cent', 'a full stop that ends the sentence is not part of it');
  });
  it('LMA style "two per cent. (3 per cent.)" is a pair; "nought point five per cent." is 0.5, with no words fix', () => {
    assert.deepStrictEqual(mismatches('The Margin is fifteen per cent. (15 per cent.) per annum.'), []);
    const [f] = mismatches('The Margin is two per cent. (3 per cent.) per annum.');
    assert.ok(f, 'reported');
    assert.match(f.message, /"two per cent\." is 2 but "3 per cent\." is 3/);
    assert.deepStrictEqual(mismatches('A commitment fee of nought point five per cent. (0.5%) per annum.'), []);
    assert.deepStrictEqual(mismatches('A margin of nought point seven five per cent (0.75%).'), []);
    const text = 'A commitment fee of nought point five per cent. (0.7%) per annum.';
    const [g] = mismatches(text);
    assert.ok(g, 'reported');
    // only the figure is rewritten: a words fix would leave "nought point seven-tenths"
    assert.deepStrictEqual(g.fixes.map((x) => text.slice(0, x.start) + x.newText + text.slice(x.end)), ['A commitment fee of nought point five per cent. (0.5%) per annum.']);
  });
});

describe('draft checks: number-words-mismatch on fractions of a percent and thirds', () => {
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'number-words-mismatch')
    .map((f) => [f.message.replace('The words and the figure disagree: ', ''), ...f.fixes.map((x) => x.newText)]);
  it('"one-half of one per cent. (1%)" disagrees (0.5 vs 1); the English full stop does not hide it', () => {
    assert.deepStrictEqual(found('The fee is one-half of one per cent. (1%) of the Price.'), [['"one-half of one per cent." is 0.5 but "1%" is 1.', '0.5%']]);
    assert.deepStrictEqual(found('The fee is one-half of one per cent. (0.25%) of the Price.'), [['"one-half of one per cent." is 0.5 but "0.25%" is 0.25.', '0.5%']]);
  });
  it('fractions of a percent, mixed fractions and "per cent." that agree are silent', () => {
    for (const pair of ['one-half of one percent (0.5%)', 'one-quarter of one per cent (0.25%)', 'one-half of one per cent. (0.5%)',
      'one-half percent (0.5%)', 'one and one-half percent (1.5%)', 'five per cent. (5%)', 'three-quarters (75%)', 'one-eighth (12.50%)']) {
      assert.deepStrictEqual(found(`The rate is ${pair} of the Price.`), [], pair);
    }
  });
  it('"two-thirds (60%)" disagrees, with no figure fix: 66.6667% is not two-thirds', () => {
    assert.deepStrictEqual(found('The quorum is two-thirds (60%) of the Directors.'), [['"two-thirds" is 66 2/3 but "60%" is 60.', 'sixty percent']]);
    assert.deepStrictEqual(found('The quorum is one-third (30%) of the Directors.'), [['"one-third" is 33 1/3 but "30%" is 30.', 'thirty percent']]);
    assert.deepStrictEqual(found('The rate is one-third of one percent (0.5%) a day.'), [['"one-third of one percent" is 1/3 but "0.5%" is 0.5.']]);
    assert.deepStrictEqual(found('Each party bears one-third (1/4) of the costs.')[0].slice(1), ['1/3', 'one-quarter'], 'a fraction figure is exact');
  });
  it('a third or sixth rounded to the figure\'s two or more decimals agrees ("two-thirds (66.67%)"); a coarser or wrong rounding does not', () => {
    for (const pair of ['two-thirds (66.67%)', 'one-third (33.33%)', 'one-sixth (16.67%)', 'two-thirds of one percent (0.67%)',
      'sixty-six and two-thirds percent (66.67%)', 'two-thirds (66.667%)']) {
      assert.deepStrictEqual(found(`The quorum is ${pair} of the votes.`), [], pair);
    }
    assert.deepStrictEqual(found('The quorum is two-thirds (67%) of the votes.'), [['"two-thirds" is 66 2/3 but "67%" is 67.', 'sixty-seven percent']]);
    for (const pair of ['two-thirds (66.7%)', 'two-thirds (66.66%)', 'two-thirds (66.670%)']) {
      const f = found(`The quorum is ${pair} of the votes.`);
      assert.strictEqual(f.length, 1, pair);
      assert.ok(f[0].slice(1).every((x) => !/\d/.test(x)), `no figure fix for ${pair}: ${f[0]}`);
    }
    assert.deepStrictEqual(found('The rate is one-eighth (12.51%) of it.'), [['"one-eighth" is 12.5 but "12.51%" is 12.51.', '12.5%']], 'no tolerance for an exact decimal');
  });
  it('a figure with a fraction: "two-thirds (66-2/3%)" agrees; "one-third (66⅔%)" and "sixty percent (66⅔%)" do not', () => {
    for (const pair of ['two-thirds (66-2/3%)', 'two-thirds (66 2/3%)', 'two-thirds (66⅔%)', 'sixty-six and two-thirds percent (66⅔%)',
      'one and one-half percent (1½%)']) {
      assert.deepStrictEqual(found(`The quorum is ${pair} of the votes.`), [], pair);
    }
    assert.deepStrictEqual(found('The quorum is one-third (66⅔%) of the votes.'),
      [['"one-third" is 33 1/3 but "66⅔%" is 66 2/3.', 'sixty-six and two-thirds percent']]);
    assert.deepStrictEqual(found('The quorum is sixty percent (66-2/3%) of the votes.'),
      [['"sixty percent" is 60 but "66-2/3%" is 66 2/3.', '60%', 'sixty-six and two-thirds percent']]);
    assert.deepStrictEqual(found('The rate is one and one-half percent (2½%) a month.'),
      [['"one and one-half percent" is 1.5 but "2½%" is 2.5.', '1.5%', 'two and one-half percent']]);
  });
  it('"five (6) per cent." rewritten in words keeps one "per cent." after the figure', () => {
    const text = 'Interest accrues at five (6) per cent. per annum.';
    const [f] = analyzeDocument(text).findings.filter((x) => x.code === 'number-words-mismatch');
    assert.deepStrictEqual(f.fixes.map((x) => text.slice(0, x.start) + x.newText + text.slice(x.end)),
      ['Interest accrues at five (5) per cent. per annum.', 'Interest accrues at six (6) per cent. per annum.']);
  });
});

describe('draft checks: number-words-mismatch fixes that read right', () => {
  const fixesOf = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'number-words-mismatch')
    .map((f) => f.fixes.map((x) => text.slice(0, x.start) + x.newText + text.slice(x.end)));
  it('a figure with a scale word keeps its scale: "$1.5 million (one million dollars)" → "$1 million"', () => {
    assert.deepStrictEqual(fixesOf('The fee is $1.5 million (one million dollars).'), [[
      'The fee is $1 million (one million dollars).',
      'The fee is $1.5 million (one million five hundred thousand dollars).',
    ]]);
    assert.deepStrictEqual(fixesOf('The fee is EUR 2.25 billion (two billion euros).')[0][0], 'The fee is EUR 2 billion (two billion euros).');
  });
  it('a fraction "of one percent" is not rewritten word by word ("one of one percent")', () => {
    assert.deepStrictEqual(fixesOf('Interest accrues at one-tenth of one percent (1%) per day.'), [['Interest accrues at one-tenth of one percent (0.1%) per day.']]);
  });
  it('a fraction of a percentage rewritten in words keeps "percent": "three-quarters (70%)" → "seventy percent (70%)"', () => {
    assert.deepStrictEqual(fixesOf('The share is three-quarters (70%).'), [['The share is three-quarters (75%).', 'The share is seventy percent (70%).']]);
  });
});

describe('draft checks: number-words-mismatch on English thirds and words wrapped across a line', () => {
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'number-words-mismatch')
    .map((f) => [f.message.replace('The words and the figure disagree: ', ''), ...f.fixes.map((x) => x.newText)]);
  it('"thirty-three and one-third per cent. (33 1/3 per cent.)" agrees; "(25 per cent.)" does not', () => {
    for (const pair of ['(33 1/3 per cent.)', '(33 1/3%)', '(33⅓%)']) {
      assert.deepStrictEqual(found(`The Buyer shall pay thirty-three and one-third per cent. ${pair} of the Price.`), [], pair);
    }
    assert.deepStrictEqual(found('The Buyer shall pay thirty-three and one-third per cent. (25 per cent.) of the Price.')[0][0],
      '"thirty-three and one-third per cent." is 33 1/3 but "25 per cent." is 25.');
  });
  it('"twenty-" at the end of a line and "five (25)" on the next agree; "five (26)" is quoted as "twenty-five"', () => {
    for (const text of ['The Supplier shall give twenty-\nfive (25) days\' notice.', 'The Supplier shall give twenty-five\n(25) days\' notice.',
      'The Buyer shall pay thirty-three and one-\r\nthird per cent. (33 1/3 per cent.) of the Price.']) {
      assert.deepStrictEqual(found(text), [], text);
    }
    assert.deepStrictEqual(found('The Supplier shall give twenty-\nfive (26) days\' notice.'),
      [['"twenty-five" is 25 but "26" is 26.', '25', 'twenty-six']]);
  });
});
