import * as assert from 'assert';
import {
  applyCase, detectCase, integerToWords, ordinalToWords, rewriteFigure, rewriteWords, valueToWords,
} from '../../src/core/check/draft/words';

describe('draft checks: number → words writer', () => {
  it('writes cardinals', () => {
    assert.strictEqual(integerToWords(0), 'zero');
    assert.strictEqual(integerToWords(7), 'seven');
    assert.strictEqual(integerToWords(25), 'twenty-five');
    assert.strictEqual(integerToWords(25, { hyphen: false }), 'twenty five');
    assert.strictEqual(integerToWords(105), 'one hundred five');
    assert.strictEqual(integerToWords(105, { and: true }), 'one hundred and five');
    assert.strictEqual(integerToWords(10_000_001), 'ten million one');
    assert.strictEqual(integerToWords(1_250_000), 'one million two hundred fifty thousand');
    assert.strictEqual(integerToWords(-1), null);
    assert.strictEqual(integerToWords(1.5), null);
    assert.strictEqual(integerToWords(1e16), null);
  });
  it('writes ordinals and fractions', () => {
    assert.strictEqual(ordinalToWords(1), 'first');
    assert.strictEqual(ordinalToWords(12), 'twelfth');
    assert.strictEqual(ordinalToWords(21), 'twenty-first');
    assert.strictEqual(ordinalToWords(30), 'thirtieth');
    assert.strictEqual(ordinalToWords(100), 'one hundredth');
    assert.strictEqual(ordinalToWords(0), null);
    assert.strictEqual(valueToWords(0.5), 'one-half');
    assert.strictEqual(valueToWords(0.75), 'three-quarters');
    assert.strictEqual(valueToWords(0.75, {}, true), 'three-fourths');
    assert.strictEqual(valueToWords(2.5), 'two and one-half');
    assert.strictEqual(valueToWords(Math.PI), null);
  });
  it('keeps the case style', () => {
    assert.strictEqual(detectCase('Ten Million Dollars'), 'title');
    assert.strictEqual(detectCase('TWENTY'), 'upper');
    assert.strictEqual(detectCase('seven'), 'lower');
    assert.strictEqual(applyCase('twenty-five', 'title'), 'Twenty-Five');
    assert.strictEqual(applyCase('five', 'upper'), 'FIVE');
  });
  it('rewrites the number part of words, keeping what surrounds it', () => {
    assert.strictEqual(rewriteWords('seven', 5, false), 'five');
    assert.strictEqual(rewriteWords('Seven', 5, false), 'Five');
    assert.strictEqual(rewriteWords('ten million one dollars', 10_000_000, false), 'ten million dollars');
    assert.strictEqual(rewriteWords('Ten Million One Dollars', 10_000_000, false), 'Ten Million Dollars');
    assert.strictEqual(rewriteWords('twenty percent', 25, false), 'twenty-five percent');
    assert.strictEqual(rewriteWords('one hundred and five', 106, false), 'one hundred and six');
    assert.strictEqual(rewriteWords('thirtieth', 13, true), 'thirteenth');
    assert.strictEqual(rewriteWords('one-half', 0.25, false), 'one-quarter');
    assert.strictEqual(rewriteWords('no number here', 5, false), null);
  });
  it('rewrites figures in their own style', () => {
    assert.strictEqual(rewriteFigure('5', 7, false), '7');
    assert.strictEqual(rewriteFigure('25%', 20, false), '20%');
    assert.strictEqual(rewriteFigure('12.5%', 12, false), '12%');
    assert.strictEqual(rewriteFigure('$10,000,000', 10_000_001, false), '$10,000,001');
    assert.strictEqual(rewriteFigure('$1,000.00', 2000, false), '$2,000.00');
    assert.strictEqual(rewriteFigure('30th', 13, true), '13th');
    assert.strictEqual(rewriteFigure('21ST', 22, true), '22ND');
    assert.strictEqual(rewriteFigure('1/2', 0.25, false), '1/4');
    assert.strictEqual(rewriteFigure('abc', 1, false), null);
  });
});
