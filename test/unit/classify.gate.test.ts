import * as assert from 'assert';
import fc from 'fast-check';
import { PrefixTable } from '../../src/core/classify/gate';

/*
 * The word-prefix table of the classifier (gate.ts): after a scan, a gate is open, and each bit watching it is set,
 * exactly when a word starting with one of the gate's prefixes occurs in the text (words: [A-Za-z0-9_] runs; the
 * prefix is matched case-insensitively on letters only).
 */
describe('prefix table (gate.ts): open gates and watched bits', () => {
  const GATES = [['the'], ['lice', 'term'], ['sub', 'own', 'owne'], ['exc', 'excl', 'not']];
  const table = new PrefixTable();
  const ids = GATES.map((g) => table.gate(g.map((x) => table.feature(x))));
  // Gate k sets bit k of slot k % 2; gate 1 also bit 9 of slot 2.
  ids.forEach((id, k) => table.watch(id, k % 2, 1 << k));
  table.watch(ids[1], 2, 1 << 9);

  /** The naive answer: some word of `text` starts with one of the gate's prefixes. */
  const opens = (text: string, prefixes: readonly string[]): boolean =>
    [...text.matchAll(/[A-Za-z0-9_]+/g)].some((m) => prefixes.some((p) => m[0].toLowerCase().startsWith(p)));

  const check = (text: string): void => {
    table.scan(text);
    const want = [0, 0, 0];
    GATES.forEach((g, k) => {
      const open = opens(text, g);
      assert.strictEqual(table.gateStamp[ids[k]] === table.stamp, open, `${JSON.stringify(text)} gate ${g}`);
      if (open) want[k % 2] |= 1 << k;
      if (open && k === 1) want[2] |= 1 << 9;
    });
    assert.deepStrictEqual([...table.bits.subarray(0, 3)], want, JSON.stringify(text));
  };

  it('sets exactly the bits of the open gates, afresh for each text', () => {
    for (const t of ['', 'The Licensee', 'a sublicense', 'owned by', 'not exclusive', 'the', 'xthe term', 'EXCLUDED',
      'nothing', 'Terms of the subscription, NOT the license', '1the _term own3d'])
      check(t);
  });

  it('agrees with a naive reading on generated texts', () => {
    const parts = ['the', 'The', 'license', 'Term', 'sub', 'owner', 'own', 'ow', 'excl', 'exc', 'not', 'no', 'x', '1', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), fc.array(fc.constantFrom(' ', '-', '', '’', '\n')), (ws, seps) => {
        check(ws.map((w, i) => w + (seps[i] ?? ' ')).join(''));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
