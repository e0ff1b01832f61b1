import * as assert from 'assert';
import fc from 'fast-check';
import { clauseStems, hasStem, stemWord } from '../../src/core/check/link';

/** The words of a range as a regex finds them, each lower-cased and stemmed on its own (what clauseStems must give). */
const reference = (text: string, start: number, end: number): string[] => {
  const out = new Set<string>();
  const re = /[A-Za-z][A-Za-z0-9]{0,60}/g;
  const body = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) out.add(stemWord(m[0]));
  return [...out];
};

describe('link: clauseStems', () => {
  it('gives the stems of the words, in order', () => {
    assert.deepStrictEqual([...clauseStems('The Licensed Models, 2 models and DISTRIBUTION.', 0, 48)], ['the', 'licens', 'model', 'and', 'distri']);
    assert.deepStrictEqual([...clauseStems('xx Models yy', 3, 9)], ['model']);
  });

  it('reads words lower-cased at once as one by one: also with "İ", the Kelvin sign, digits and long runs', () => {
    for (const text of ['İstanbul Models', 'a \u212aelvin Sign', '12abc 3Rs', `${'x'.repeat(70)}9Tail`, 'Σίσυφος Sales', 'ΣΑΣ Bs', 'bus buses']) {
      assert.deepStrictEqual([...clauseStems(text, 0, text.length)], reference(text, 0, text.length), text);
    }
  });

  it('matches the word-by-word reading on any text (property)', () => {
    const piece = fc.constantFrom('a', 'B', 's', 'S', 'x', '1', ' ', '-', 'İ', '\u212a', 'é', 'Σ', '\n', 'es', 'ies', 'x'.repeat(40));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      assert.deepStrictEqual([...clauseStems(text, start, end)], reference(text, start, end));
    }), { numRuns: 2000 });
  });

  it('hasStem says what the set of stems has (fixed cases)', () => {
    const text = 'The Licensed Models, 2 models and DISTRIBUTION; ACCESS to APIs. Bus buses Xs';
    for (const stem of ['the', 'licens', 'model', 'distri', 'access', 'api', 'bus', 'buse', 'xs', 'x', 'models', 'licensed', 'and', 'an', '2', '']) {
      assert.strictEqual(hasStem(text, 0, text.length, stem), clauseStems(text, 0, text.length).has(stem), stem);
    }
    assert.strictEqual(hasStem(text, 4, 12, 'licens'), true);
    assert.strictEqual(hasStem(text, 4, 9, 'licens'), false); // "Licen": the range cuts the word
    assert.strictEqual(hasStem(text, 6, 12, 'licens'), false); // "censed"
    assert.strictEqual(hasStem('a \u212aelvin', 0, 8, 'kelvin'), false); // the Kelvin sign is no letter of a word
  });

  it('hasStem matches clauseStems(...).has on any text and stem (property)', () => {
    const piece = fc.constantFrom('a', 'B', 's', 'S', 'x', '1', ' ', '-', 'İ', '\u212a', 'é', 'Σ', '\n', 'es', 'ies', 'x'.repeat(40), 'Access', 'MODELS', 'api');
    const stem = fc.constantFrom('a', 'b', 's', 'x', 'as', 'bs', 'ab', 'access', 'model', 'models', 'api', 'xxxxxx', 'es', 'i', '1', 'a1', 'k', 'kelvin');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), stem, (parts, a, b, w) => {
      const text = parts.join('');
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      assert.strictEqual(hasStem(text, start, end, w), clauseStems(text, start, end).has(w));
      // and every stem the range has
      for (const s of clauseStems(text, start, end)) assert.ok(hasStem(text, start, end, s), s);
    }), { numRuns: 3000 });
  });
});
