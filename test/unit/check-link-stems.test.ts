import * as assert from 'assert';
import fc from 'fast-check';
import { clauseStems, stemWord } from '../../src/core/check/link';

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
});
