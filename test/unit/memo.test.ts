/** BoundedMap (src/core/memo.ts): the rules' shared memo of pure string functions. */
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { BoundedMap, memoized } from '../../src/core/memo';
import { detach } from '../../src/core/text/detach';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

describe('BoundedMap', () => {
  it('forgets everything when full, and answers like a Map until then', () => {
    const m = new BoundedMap<string, number>(3);
    m.set('a', 1).set('b', 2).set('c', 3);
    m.set('a', 4); // a key it has: no reset
    assert.deepStrictEqual([...m], [['a', 4], ['b', 2], ['c', 3]]);
    m.set('d', 5);
    assert.deepStrictEqual([...m], [['d', 5]]);
  });

  it('keeps no text alive through a key or value cut out of it', () => {
    const m = new BoundedMap<string, string>(1000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < 40; k++) {
      const text = `${k}: ${'Section 4.2 of the Agreement. '.repeat(40_000)}`.split('').join(''); // 1.2 M characters, flat
      m.set(text.slice(0, 40), text.slice(5000, 5060));
    }
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.strictEqual(m.size, 40);
    assert.ok(grown < 20, `heap grew ${grown.toFixed(1)} MB (kept alive, the 40 texts take about 50 MB)`);
  });

  it('memoized calls the function once per argument while it remembers it', () => {
    let calls = 0;
    const upper = memoized((s: string) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    assert.deepStrictEqual([upper('a'), upper('a'), upper('b'), upper('a')], ['A', 'A', 'B', 'A']);
    assert.strictEqual(calls, 2);
    upper('c'); // full: forgets a and b
    upper('a');
    assert.strictEqual(calls, 4);
  });

  it('detach returns an equal string', () => {
    const s = 'the Licensed Technology and its Improvements';
    assert.strictEqual(detach(s.slice(4, 30)), 'Licensed Technology and it');
    assert.strictEqual(detach('short'), 'short');
    assert.strictEqual(detach(''), '');
  });
});
