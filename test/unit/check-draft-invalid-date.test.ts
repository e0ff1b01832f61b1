import * as assert from 'assert';
import { invalidDate } from '../../src/core/check/draft/invalidDate';
import { analyzeDocument } from '../../src/core/analyze';
import { build, dateValue } from './check-draft.support';

describe('draft checks: invalid-date', () => {
  it('flags impossible dates', () => {
    const text = 'Payment is due on February 30, 2026.\n\nThe lease ends on February 29, 2027.\n\nAnd on April 31, 2025.';
    const f = invalidDate.check(build(text, {
      values: (t) => [dateValue(t, 'February 30, 2026', 2026, 2, 30), dateValue(t, 'February 29, 2027', 2027, 2, 29), dateValue(t, 'April 31, 2025', 2025, 4, 31)],
    }));
    assert.strictEqual(f.length, 3);
    assert.ok(f.every((x) => x.code === 'invalid-date' && x.severity === 'error' && x.fixes.length === 0));
    assert.match(f[0].message, /February 2026 has 28 days/);
    assert.match(f[1].message, /February 2027 has 28 days/);
    assert.match(f[2].message, /April 2025 has 30 days/);
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'February 30, 2026');
  });
  it('accepts real dates, including leap days', () => {
    const text = 'On February 29, 2028, December 31, 2030 and Tuesday, March 3, 2026.';
    const f = invalidDate.check(build(text, {
      values: (t) => [dateValue(t, 'February 29, 2028', 2028, 2, 29), dateValue(t, 'December 31, 2030', 2030, 12, 31), dateValue(t, 'Tuesday, March 3, 2026', 2026, 3, 3, { weekday: 'Tuesday' })],
    }));
    assert.deepStrictEqual(f, []);
  });
  it('flags a wrong weekday with a preferred fix', () => {
    const text = 'The Closing shall occur on Monday, March 3, 2026.';
    const f = invalidDate.check(build(text, { values: (t) => [dateValue(t, 'Monday, March 3, 2026', 2026, 3, 3, { weekday: 'Monday' })] }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].message, 'March 3, 2026 is a Tuesday, not a Monday.');
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'Monday');
    assert.deepStrictEqual(f[0].fixes.map((x) => [x.newText, x.preferred]), [['Tuesday', true]]);
  });
  it('keeps the weekday style in the fix', () => {
    const text = 'MONDAY, OCTOBER 28, 2025 and Mon., October 28, 2025';
    const f = invalidDate.check(build(text, {
      values: (t) => [
        dateValue(t, 'MONDAY, OCTOBER 28, 2025', 2025, 10, 28, { weekday: 'MONDAY' }),
        dateValue(t, 'Mon., October 28, 2025', 2025, 10, 28, { weekday: 'Mon.' }),
      ],
    }));
    assert.deepStrictEqual(f.map((x) => x.fixes[0].newText), ['TUESDAY', 'Tue.']);
  });
  it('never throws on odd values', () => {
    const text = 'x';
    const ctx = build(text);
    (ctx.clauses[0] as unknown as { values: unknown[] }).values = [{ kind: 'date', start: 0, end: 1, text: 'x', iso: '', year: NaN, month: 0, day: 0, valid: false }];
    assert.deepStrictEqual(invalidDate.check(ctx), []);
  });
});

describe('draft checks: dates in messages as the draft writes them', () => {
  it('"Tuesday 2 March 2026" is "2 March 2026 is a Monday"; a date-order message quotes "31 January 2025"', () => {
    const t = '# Agreement\n\n## 1. Term\n\n1.1 Completion shall take place on Tuesday 2 March 2026.\n\n1.2 The licence runs from 1 March 2026 to 31 January 2025.\n';
    const msgs = analyzeDocument(t).findings.map((f) => `${f.code}: ${f.message}`);
    assert.ok(msgs.includes('invalid-date: 2 March 2026 is a Monday, not a Tuesday.'), JSON.stringify(msgs));
    assert.ok(msgs.includes('date-order: This period ends (31 January 2025) before it starts (1 March 2026).'), JSON.stringify(msgs));
  });
});

describe('draft checks: invalid-date (numeric dates in a day-first draft)', () => {
  it('"Monday, 01/06/2026" is 1 June 2026, a Monday, when the draft writes "13/04/2026"', () => {
    const msgs = (t: string) => analyzeDocument(t).findings.filter((f) => f.code === 'invalid-date').map((f) => f.message);
    const text = '1.1 The first invoice is due on 13/04/2026.\n\n1.2 Completion shall take place on Monday, 01/06/2026.\n';
    assert.deepStrictEqual(msgs(text), []);
    assert.deepStrictEqual(msgs(text.replace('Monday', 'Tuesday')), ['01/06/2026 is a Monday, not a Tuesday.']);
  });
});
