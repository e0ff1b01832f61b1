import * as assert from 'assert';
import { LineIndex } from '../../src/core/text/lineIndex';

describe('LineIndex', () => {
  it('maps offsets to positions across LF and CRLF lines', () => {
    const text = 'ab\r\ncd\nef';
    const idx = new LineIndex(text);
    assert.strictEqual(idx.lineCount, 3);
    assert.deepStrictEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepStrictEqual(idx.positionAt(9), { line: 2, character: 2 });
    assert.strictEqual(idx.lineEnd(0), 2);
    assert.strictEqual(idx.offsetAt(1, 1), 5);
    assert.strictEqual(idx.offsetAt(0, 99), 2);
    assert.strictEqual(idx.offsetAt(9, 0), text.length);
  });
  it('handles empty text', () => {
    const idx = new LineIndex('');
    assert.deepStrictEqual(idx.positionAt(5), { line: 0, character: 0 });
  });
});
