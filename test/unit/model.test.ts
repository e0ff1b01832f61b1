import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parseTermModel } from '../../src/core/model/parse';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { Finding, ParsedTermModel } from '../../src/core/types';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'models');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Offset range of the `occurrence`-th (0-based) `needle` in `text`. */
function find(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${occurrence} not in the text`);
  }
  return { start: at, end: at + needle.length };
}

/** 1-based "line:col" of an offset, as an editor shows it. */
function lc(text: string, offset: number): string {
  const p = new LineIndex(text).positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

function only(r: ParsedTermModel, code: string): Finding[] {
  return r.problems.filter((p) => p.code === code);
}

function one(r: ParsedTermModel, code: string): Finding {
  const list = only(r, code);
  assert.strictEqual(list.length, 1, `expected one ${code}, got ${JSON.stringify(r.problems.map((p) => [p.code, p.message]))}`);
  return list[0];
}

describe('term model: valid models', () => {
  it('parses the Microsoft–OpenAI example from product.md with zero problems', () => {
    const text = fixture('microsoft-openai.terms.yaml');
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems, []);
    const m = r.model!;
    assert.strictEqual(m.version, 1);
    assert.strictEqual(m.agreement, 'Microsoft–OpenAI Partnership Agreement (restated)');
    assert.strictEqual(m.effective, '2025-10-28');
    assert.deepStrictEqual(Object.keys(m.parties), ['microsoft', 'openai']);
    assert.deepStrictEqual(m.parties.openai.aliases, ['OpenAI', 'the Company']);
    assert.deepStrictEqual(Object.keys(m.terms), ['model-access', 'ip-license', 'revenue-share', 'agi', 'primary-cloud', 'stake']);
    assert.strictEqual(m.terms['model-access'].exclusive, false);
    assert.strictEqual(m.terms['model-access'].holder, 'microsoft');
    assert.strictEqual(m.terms['ip-license'].ends, '2032-12-31');
    assert.strictEqual(m.terms['revenue-share'].rate, 0);
    assert.strictEqual(m.terms.agi.allowed, false);
    assert.strictEqual(m.terms['primary-cloud'].primary, true);
    assert.strictEqual(m.terms.stake.percent, 27);
    // Spans drive go-to-definition and fixes: they must cover exactly the YAML text.
    const t = m.terms['ip-license'];
    assert.strictEqual(text.slice(t.keySpan.start, t.keySpan.end), 'ip-license');
    assert.strictEqual(text.slice(t.valueSpans.ends.start, t.valueSpans.ends.end), '2032-12-31');
    assert.strictEqual(text.slice(m.terms.stake.valueSpans.percent.start, m.terms.stake.valueSpans.percent.end), '27%');
    assert.strictEqual(text.slice(m.parties.microsoft.keySpan.start, m.parties.microsoft.keySpan.end), 'microsoft');
    assert.strictEqual(text.slice(m.spans.effective.start, m.spans.effective.end), '2025-10-28');
    assert.strictEqual(text.slice(m.spans['effective:key'].start, m.spans['effective:key'].end), 'effective');
    assert.strictEqual(text.slice(m.spans.agreement.start, m.spans.agreement.end), m.agreement);
  });

  it('reads every key of the format (full.terms.yaml) with zero problems and normalised values', () => {
    const text = fixture('full.terms.yaml');
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems, []);
    const m = r.model!;
    assert.strictEqual(m.expires, '2031-06-30');
    assert.deepStrictEqual(m.parties.beta, { id: 'beta', name: 'Beta Labs Ltd.', aliases: [], keySpan: find(text, 'beta') });
    assert.strictEqual(m.terms.fees.rate, 12.5);
    assert.strictEqual(m.terms.stake.percent, 27);
    assert.deepStrictEqual(m.terms.cap.amount, { amount: 10_000_000, currency: 'USD' });
    assert.deepStrictEqual(m.terms.commitment.amount, { amount: 13_000_000_000, currency: 'USD' });
    assert.deepStrictEqual(m.terms.renewal.duration, { amount: 5, unit: 'year' });
    assert.deepStrictEqual(m.terms.notice.duration, { amount: 30, unit: 'day' });
    assert.strictEqual(m.terms.licence.starts, '2026-01-15');
    assert.strictEqual(m.terms.licence.perpetual, false);
    assert.strictEqual(m.terms.start.date, '2026-01-15');
    assert.strictEqual(m.terms.residency.type, 'data-residency');
    assert.deepStrictEqual(m.clauseTypes['data-residency'], {
      id: 'data-residency', title: 'Data residency', description: 'Where customer data is stored.',
      cues: ['data residency', 'stored in the EU'], color: '#3b82f6',
    });
    assert.ok('notes' in m.terms.distribution.valueSpans, 'notes has a span even though it is not a checked value');
  });

  it('reports only the undefined party in the example of issue 4', () => {
    const text = fixture('issue-example.terms.yaml');
    const r = parseTermModel(text);
    const f = one(r, 'model-reference');
    assert.strictEqual(r.problems.length, 1);
    assert.deepStrictEqual({ start: f.start, end: f.end }, find(text, 'beta'));
    assert.strictEqual(lc(text, f.start), '12:61');
    assert.strictEqual(r.model!.terms['revenue-share'].rate, 12);
    assert.strictEqual(r.model!.terms['revenue-share'].payee, undefined, 'an unknown party is dropped');
    assert.strictEqual(r.model!.clauseTypes['data-residency'].color, '#3b82f6');
  });

  it('accepts a BOM and CRLF line ends, with offsets into the original text', () => {
    const text = '\ufeffterms:\r\n  a: { type: agi, allowed: false }\r\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.model!.terms.a.keySpan, find(text, 'a:').start === 11 ? { start: 11, end: 12 } : find(text, 'a'));
    const v = r.model!.terms.a.valueSpans.allowed;
    assert.strictEqual(text.slice(v.start, v.end), 'false');
  });

  it('accepts dates written as quoted strings and the yes-free boolean spellings of YAML 1.2', () => {
    const r = parseTermModel('terms:\n  a: { type: agi, ends: "2030-01-31", exclusive: True, allowed: FALSE }\n');
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.model!.terms.a.ends, '2030-01-31');
    assert.strictEqual(r.model!.terms.a.exclusive, true);
    assert.strictEqual(r.model!.terms.a.allowed, false);
  });
});

describe('term model: model-syntax', () => {
  it('reports a YAML error at its position and still returns what it could read', () => {
    const text = 'terms:\n  a: { type: agi }\n  b: [1, 2\n  c: }\n';
    const r = parseTermModel(text);
    const syntax = only(r, 'model-syntax');
    assert.ok(syntax.length >= 1);
    const brace = find(text, '}', 1);
    assert.ok(syntax.some((p) => p.start === brace.start && p.end === brace.end), JSON.stringify(syntax));
    assert.strictEqual(lc(text, brace.start), '4:6');
    assert.ok(syntax.every((p) => p.severity === 'error' && p.where === 'model'));
    assert.strictEqual(r.model!.terms.a.type, 'agi');
  });

  it('reports a duplicate key at the second key, with the first as related information', () => {
    const text = 'terms:\n  a: { type: agi }\n  a: { type: equity }\n';
    const r = parseTermModel(text);
    const f = one(r, 'model-syntax');
    assert.strictEqual(r.problems.length, 1);
    assert.deepStrictEqual({ start: f.start, end: f.end }, { start: 28, end: 29 });
    assert.strictEqual(lc(text, f.start), '3:3');
    assert.deepStrictEqual({ start: f.related[0].start, end: f.related[0].end }, { start: 9, end: 10 });
    assert.strictEqual(r.model!.terms.a.type, 'agi', 'the first definition wins');
  });

  it('a figure with thousands separators inside `{ … }` is one error with a fix that quotes it, and is read as written', () => {
    const text = 'terms:\n  fee: { type: minimum-commitment, amount: USD 10,000,000 }\n  cap: { type: liability-cap, amount: $5,000,000, subject: cap }\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, p.severity, text.slice(p.start, p.end), p.fixes.map((f) => f.newText)]), [
      ['model-syntax', 'error', 'USD 10,000,000', ['"USD 10,000,000"']],
      ['model-syntax', 'error', '$5,000,000', ['"$5,000,000"']],
    ], 'no "unknown key 000" or "duplicate key 0"');
    assert.match(r.problems[0].message, /^Inside `\{ … \}` a comma ends a value: `USD 10,000,000` is YAML for `USD 10` followed by keys `000`\. Quote it/);
    assert.deepStrictEqual(r.model!.terms.fee.amount, { amount: 10_000_000, currency: 'USD' });
    assert.deepStrictEqual(r.model!.terms.cap.amount, { amount: 5_000_000, currency: 'USD' });
    assert.strictEqual(r.model!.terms.cap.subject, 'cap');
    assert.deepStrictEqual(r.model!.terms.fee.valueSpans.amount, find(text, 'USD 10,000,000'));
    const fixed = text.slice(0, r.problems[0].start) + r.problems[0].fixes[0].newText + text.slice(r.problems[0].end);
    assert.deepStrictEqual(parseTermModel(fixed).model!.terms.fee.amount, { amount: 10_000_000, currency: 'USD' });
    // a real key "000" (with a value) and a block mapping are not figures
    assert.deepStrictEqual(parseTermModel('terms:\n  fee:\n    type: minimum-commitment\n    amount: USD 10,000,000\n').problems, []);
    assert.ok(parseTermModel('terms:\n  fee: { type: equity, subject: a, 000: x }\n').problems.some((p) => /Unknown key `000`/.test(p.message)));
  });

  it('a name with a comma inside `{ … }` ("Northwind Analytics, Inc.") is one error with a fix that quotes it, and is read as written', () => {
    const text = 'parties:\n  nw: { name: Northwind Analytics, Inc., aliases: [Northwind] }\n  sj: { name: Smith, Jones & Co, L.P. }\nterms:\n  a: { type: agi, allowed: false, Note }\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, text.slice(p.start, p.end), p.fixes.map((f) => f.newText)]), [
      ['model-syntax', 'Northwind Analytics, Inc.', ['"Northwind Analytics, Inc."']],
      ['model-syntax', 'Smith, Jones & Co, L.P.', ['"Smith, Jones & Co, L.P."']],
      ['model-schema', 'Note', ['notes']],
    ], 'no "unknown key Inc."; a piece after a non-text value (false) stays a key');
    assert.match(r.problems[0].message, /`Northwind Analytics, Inc\.` is YAML for `Northwind Analytics` followed by key `Inc\.`\. Quote it/);
    assert.match(r.problems[1].message, /followed by keys `Jones & Co`, `L\.P\.`/);
    assert.strictEqual(r.model!.parties.nw.name, 'Northwind Analytics, Inc.');
    assert.deepStrictEqual(r.model!.parties.nw.aliases, ['Northwind']);
    assert.strictEqual(r.model!.parties.sj.name, 'Smith, Jones & Co, L.P.');
    const fixed = text.slice(0, r.problems[0].start) + r.problems[0].fixes[0].newText + text.slice(r.problems[0].end);
    assert.strictEqual(parseTermModel(fixed).model!.parties.nw.name, 'Northwind Analytics, Inc.');
    // lower-case pieces are keys (every key of the model is), and a block mapping takes the comma as text
    assert.ok(parseTermModel('parties:\n  nw: { name: Northwind, aliasez }\n').problems.some((p) => /Unknown key `aliasez`/.test(p.message)));
    assert.deepStrictEqual(parseTermModel('parties:\n  nw:\n    name: Northwind Analytics, Inc.\n').problems, []);
  });

  it('reports a duplicate field inside a term', () => {
    const text = 'terms:\n  a:\n    type: agi\n    type: equity\n';
    const f = one(parseTermModel(text), 'model-syntax');
    assert.strictEqual(lc(text, f.start), '4:5');
  });

  for (const [name, text, message] of [
    ['empty text', '', /empty/],
    ['only comments', '# nothing yet\n', /empty/],
    ['a list', '- terms\n- parties\n', /not a list/],
    ['a number', '42\n', /not the number 42/],
    ['a string', 'hello\n', /not the text "hello"/],
  ] as const) {
    it(`gives a null model and one finding at 0 for ${name}`, () => {
      const r = parseTermModel(text);
      assert.strictEqual(r.model, null);
      const f = one(r, 'model-syntax');
      assert.strictEqual(f.start, 0);
      assert.match(f.message, message);
    });
  }

  it('reports a second YAML document at its `---`', () => {
    const text = 'terms: {}\n---\nterms: {}\n';
    const f = one(parseTermModel(text), 'model-syntax');
    assert.deepStrictEqual({ start: f.start, end: f.end }, find(text, '---'));
  });

  it('reports NUL and other non-printable characters at the first one', () => {
    const text = 'agreement: X\u0000Y\nterms: {}\n\u0001';
    const r = parseTermModel(text);
    const f = only(r, 'model-syntax').find((p) => /non-printable/.test(p.message))!;
    assert.strictEqual(f.start, text.indexOf('\u0000'));
    assert.strictEqual(lc(text, f.start), '1:13');
    assert.match(f.message, /U\+0000\) and 1 more/);
  });

  it('a key indented under a line that has a value: one problem on that key, with a fix indenting it like the line above', () => {
    const text = 'parties: { microsoft: { name: Microsoft } }\nterms:\n  model-access:\n    type: exclusivity\n    holder: microsoft\n     exclusive: true\n    subject: access\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.code, lc(text, p.start), text.slice(p.start, p.end), p.message]), [
      ['model-syntax', '6:6', 'exclusive', '`exclusive` is indented more than `holder`, which has a value: indent it 4 spaces like `holder`.'],
    ]);
    const fix = r.problems[0].fixes[0];
    assert.strictEqual(fix.preferred, true);
    const fixed = text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
    const again = parseTermModel(fixed);
    assert.deepStrictEqual(again.problems, []);
    assert.strictEqual(again.model!.terms['model-access'].exclusive, true);
  });

  it('reports YAML warnings (unresolved tag) as model-syntax warnings at the tag', () => {
    const text = 'agreement: !foo X\n';
    const f = one(parseTermModel(text), 'model-syntax');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.start, find(text, '!foo').start);
  });
});

describe('term model: model-schema', () => {
  it('reports an unknown top-level key with a rename fix to the one close key', () => {
    const text = 'agrement: X\nterms: {}\n';
    const f = one(parseTermModel(text), 'model-schema');
    assert.deepStrictEqual({ start: f.start, end: f.end }, { start: 0, end: 8 });
    assert.match(f.message, /Did you mean `agreement`\?/);
    assert.deepStrictEqual(f.fixes.map((x) => [x.start, x.end, x.newText, x.where]), [[0, 8, 'agreement', 'model']]);
  });

  it('suggests a swapped-letter field (tpye → type) but offers no rename when `type` is already there', () => {
    const text = 'terms:\n  a:\n    type: agi\n    tpye: agi\n    exclusve: true\n';
    const r = parseTermModel(text);
    const [tpye, exclusve] = only(r, 'model-schema');
    assert.strictEqual(lc(text, tpye.start), '4:5');
    assert.match(tpye.message, /Did you mean `type`/);
    assert.deepStrictEqual(tpye.fixes, []);
    assert.deepStrictEqual(exclusve.fixes.map((x) => x.newText), ['exclusive']);
    assert.strictEqual(r.model!.terms.a.exclusive, undefined, 'an unknown key is not read');
  });

  it('gives no fix when the unknown key is close to nothing', () => {
    const text = 'terms:\n  a: { type: agi, zzzzzz: 1 }\n';
    const f = one(parseTermModel(text), 'model-schema');
    assert.doesNotMatch(f.message, /Did you mean/);
    assert.deepStrictEqual(f.fixes, []);
  });

  it('reports wrong types at the value, with a fix for yes/no', () => {
    const text = 'terms:\n  a:\n    type: agi\n    exclusive: yes\n    primary: [true]\n    subject: { a: 1 }\n';
    const r = parseTermModel(text);
    const [yes, list, map] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: yes.start, end: yes.end }, find(text, 'yes'));
    assert.strictEqual(lc(text, yes.start), '4:16');
    assert.deepStrictEqual(yes.fixes.map((x) => x.newText), ['true']);
    assert.deepStrictEqual({ start: list.start, end: list.end }, find(text, '[true]'));
    assert.match(list.message, /is a list; expected true or false/);
    assert.deepStrictEqual({ start: map.start, end: map.end }, find(text, '{ a: 1 }'));
    assert.strictEqual(r.model!.terms.a.type, 'agi', 'the rest of the term is kept');
  });

  it('reports bad dates: impossible, wrong format (with a fix when unambiguous), not a date', () => {
    const text = 'terms:\n  a:\n    type: agi\n    ends: 2032-02-30\n    starts: "December 31, 2030"\n    date: 31/12/2030\n';
    const r = parseTermModel(text);
    const [feb30, written, slashed] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: feb30.start, end: feb30.end }, find(text, '2032-02-30'));
    assert.match(feb30.message, /not a real date/);
    assert.deepStrictEqual(feb30.fixes, []);
    assert.deepStrictEqual({ start: written.start, end: written.end }, find(text, '"December 31, 2030"'));
    assert.deepStrictEqual(written.fixes.map((x) => x.newText), ['2030-12-31']);
    assert.strictEqual(lc(text, slashed.start), '6:11');
    // 31 cannot be a month: the order is not in doubt (01/02/2030 would be: see the next test)
    assert.deepStrictEqual(slashed.fixes.map((x) => x.newText), ['2030-12-31']);
    assert.strictEqual(r.model!.terms.a.ends, undefined);
  });

  it('suggests YYYY-MM-DD for 31/12/2032 and 12/31/2032 (unambiguous), not for 01/02/2032', () => {
    const fixOf = (d: string): string[] => parseTermModel(`terms:\n  lic: { type: license-grant, ends: ${d} }\n`).problems.flatMap((p) => p.fixes.map((f) => f.newText));
    assert.deepStrictEqual(fixOf('31/12/2032'), ['2032-12-31']);
    assert.deepStrictEqual(fixOf('12/31/2032'), ['2032-12-31']);
    assert.deepStrictEqual(fixOf('31.12.2032'), ['2032-12-31']);
    assert.deepStrictEqual(fixOf('01/02/2032'), [], 'the first of February or the second of January: not guessed');
  });

  it('accepts 29 February in a leap year only', () => {
    assert.deepStrictEqual(parseTermModel('effective: 2028-02-29\n').problems, []);
    const text = 'effective: 2027-02-29\n';
    const f = one(parseTermModel(text), 'model-schema');
    assert.strictEqual(f.start, 11);
  });

  it('reads percentages 12%, 12.5 % and 12, and rejects others at the value', () => {
    const text = 'terms:\n  a: { type: revenue-share, rate: 12.5 % }\n  b: { type: equity, percent: 12 }\n  c: { type: equity, percent: 150% }\n  d: { type: equity, percent: twelve }\n';
    const r = parseTermModel(text);
    assert.strictEqual(r.model!.terms.a.rate, 12.5);
    assert.strictEqual(r.model!.terms.b.percent, 12);
    const [big, word] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: big.start, end: big.end }, find(text, '150%'));
    assert.match(big.message, /between 0% and 100%/);
    assert.deepStrictEqual({ start: word.start, end: word.end }, find(text, 'twelve'));
  });

  it('reads money in its three forms and reports a missing or bad currency', () => {
    const text = [
      'terms:',
      '  a: { type: liability-cap, amount: "USD 10,000,000" }',
      '  b: { type: liability-cap, amount: $13 billion }',
      '  c: { type: liability-cap, amount: { amount: 5, currency: EUR } }',
      '  d: { type: liability-cap, amount: 10000 }',
      '  e: { type: liability-cap, amount: { amount: 5, currency: usd } }',
      '  f: { type: liability-cap, amount: lots }',
      '',
    ].join('\n');
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.model!.terms.a.amount, { amount: 10_000_000, currency: 'USD' });
    assert.deepStrictEqual(r.model!.terms.b.amount, { amount: 13e9, currency: 'USD' });
    assert.deepStrictEqual(r.model!.terms.c.amount, { amount: 5, currency: 'EUR' });
    const [num, lower, lots] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: num.start, end: num.end }, { start: find(text, '10000 }').start, end: find(text, '10000 }').start + 5 });
    assert.match(num.message, /currency/);
    assert.deepStrictEqual({ start: lower.start, end: lower.end }, find(text, 'usd'));
    assert.deepStrictEqual(lower.fixes.map((x) => x.newText), ['USD']);
    assert.deepStrictEqual({ start: lots.start, end: lots.end }, find(text, 'lots'));
    assert.strictEqual(lc(text, lots.start), '7:37');
  });

  it('reads durations in both forms and reports a bare number', () => {
    const text = 'terms:\n  a: { type: renewal-term, duration: 30 business days }\n  b: { type: renewal-term, duration: { amount: 2, unit: years } }\n  c: { type: renewal-term, duration: 5 }\n  d: { type: renewal-term, duration: { amount: 2, unit: fortnight } }\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.model!.terms.a.duration, { amount: 30, unit: 'business-day' });
    assert.deepStrictEqual(r.model!.terms.b.duration, { amount: 2, unit: 'year' });
    const [bare, unit] = only(r, 'model-schema');
    assert.strictEqual(lc(text, bare.start), '4:38');
    assert.deepStrictEqual({ start: unit.start, end: unit.end }, find(text, 'fortnight'));
  });

  it('reports a term without `type` at its key, with a fix when the id is a clause type', () => {
    const text = 'terms:\n  agi:\n    allowed: false\n  x: { required: true }\n';
    const r = parseTermModel(text);
    const [agi, x] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: agi.start, end: agi.end }, find(text, 'agi'));
    assert.match(agi.message, /no `type`/);
    const fix = agi.fixes[0];
    const fixed = text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
    assert.strictEqual(fixed, 'terms:\n  agi:\n    type: agi\n    allowed: false\n  x: { required: true }\n');
    assert.deepStrictEqual(parseTermModel(fixed.replace('  x: { required: true }\n', '')).problems, []);
    assert.deepStrictEqual(x.fixes, []);
    assert.deepStrictEqual(Object.keys(r.model!.terms), [], 'terms without a type are left out');
  });

  it('reports version other than 1 at the value', () => {
    const text = 'version: 2\nterms: {}\n';
    const f = one(parseTermModel(text), 'model-schema');
    assert.deepStrictEqual({ start: f.start, end: f.end }, { start: 9, end: 10 });
    assert.deepStrictEqual(one(parseTermModel('version: "1"\n'), 'model-schema').fixes.map((x) => x.newText), ['1']);
  });

  it('reports ids that are not lowercase-dash style, and keeps them', () => {
    const text = 'parties:\n  Microsoft Corp: { name: Microsoft }\nterms:\n  Model_Access: { type: agi }\n';
    const r = parseTermModel(text);
    const [party, term] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: party.start, end: party.end }, find(text, 'Microsoft Corp'));
    assert.match(party.message, /`microsoft-corp`/);
    assert.strictEqual(lc(text, term.start), '4:3');
    assert.ok(r.model!.terms.Model_Access);
  });

  it('checks parties: shorthand name, missing name, aliases not a list (fix wraps it)', () => {
    const text = 'parties:\n  a: Acme Corp.\n  b: { aliases: [B] }\n  c: { name: C, aliases: Cee }\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.model!.parties.a, { id: 'a', name: 'Acme Corp.', aliases: [], keySpan: find(text, 'a:').start === 11 ? { start: 11, end: 12 } : { start: 0, end: 0 } });
    const [noName, aliases] = only(r, 'model-schema');
    assert.strictEqual(lc(text, noName.start), '3:3');
    assert.deepStrictEqual({ start: aliases.start, end: aliases.end }, find(text, 'Cee'));
    assert.deepStrictEqual(aliases.fixes.map((x) => x.newText), ['[Cee]']);
  });

  it('checks clause types: built-in id, missing cues, unquoted colour (fix quotes it), bad colour', () => {
    const text = 'clauseTypes:\n  exclusivity: { cues: [x] }\n  residency:\n    cues: [stored in the EU]\n    color: #3b82f6\n  nocues: { title: No cues }\n  red: { cues: [red], color: "#f00" }\n';
    const r = parseTermModel(text);
    const [builtin, color, nocues, red] = only(r, 'model-schema');
    assert.deepStrictEqual({ start: builtin.start, end: builtin.end }, find(text, 'exclusivity'));
    assert.deepStrictEqual({ start: color.start, end: color.end }, find(text, '#3b82f6'));
    assert.deepStrictEqual(color.fixes.map((x) => x.newText), ['"#3b82f6"']);
    assert.deepStrictEqual({ start: nocues.start, end: nocues.end }, find(text, 'nocues'));
    assert.deepStrictEqual(red.fixes.map((x) => x.newText), ['"#ff0000"']);
    assert.deepStrictEqual(r.model!.clauseTypes.residency.cues, ['stored in the EU']);
    assert.strictEqual(r.model!.clauseTypes.exclusivity, undefined);
  });

  it('reports a section of the wrong type (terms as a list)', () => {
    const text = 'terms:\n  - a\n  - b\n';
    const f = one(parseTermModel(text), 'model-schema');
    assert.strictEqual(lc(text, f.start), '2:3');
    assert.match(f.message, /`terms` is a list; expected a mapping/);
  });
});

describe('term model: model-reference', () => {
  it('reports an unknown clause type with a fix to the one close id', () => {
    const text = 'terms:\n  a: { type: exclusivty }\n  b: { type: Revenue Share }\n  c: { type: widget }\n';
    const r = parseTermModel(text);
    const [a, b, c] = only(r, 'model-reference');
    assert.deepStrictEqual({ start: a.start, end: a.end }, find(text, 'exclusivty'));
    assert.strictEqual(lc(text, a.start), '2:14');
    assert.deepStrictEqual(a.fixes.map((x) => x.newText), ['exclusivity']);
    assert.deepStrictEqual(b.fixes.map((x) => x.newText), ['revenue-share']);
    assert.deepStrictEqual(c.fixes, []);
    assert.strictEqual(a.term, 'a');
    assert.ok(r.problems.every((p) => p.severity === 'error'));
  });

  it('accepts a custom clause type defined under clauseTypes, wherever it is written', () => {
    const text = 'terms:\n  r: { type: residency }\nclauseTypes:\n  residency: { cues: [stored in the EU] }\n';
    assert.deepStrictEqual(parseTermModel(text).problems, []);
  });

  it('reports an unknown party in every party field, suggesting the close id', () => {
    const text = 'parties:\n  microsoft: { name: Microsoft Corporation }\nterms:\n  a: { type: exclusivity, holder: microsft, payer: nobody }\n';
    const r = parseTermModel(text);
    const [holder, payer] = only(r, 'model-reference');
    assert.deepStrictEqual({ start: holder.start, end: holder.end }, find(text, 'microsft'));
    assert.deepStrictEqual(holder.fixes.map((x) => x.newText), ['microsoft']);
    assert.strictEqual(lc(text, payer.start), '4:52');
    assert.deepStrictEqual({ start: payer.start, end: payer.end }, find(text, 'nobody'));
    assert.match(payer.message, /Unknown party `nobody` in `payer`/);
  });
});

describe('term model: model-date-order', () => {
  it('reports expires before effective at `expires`, related to `effective`', () => {
    const text = 'effective: 2026-01-01\nexpires: 2025-12-31\n';
    const r = parseTermModel(text);
    const f = one(r, 'model-date-order');
    assert.deepStrictEqual({ start: f.start, end: f.end }, find(text, '2025-12-31'));
    assert.strictEqual(lc(text, f.start), '2:10');
    assert.deepStrictEqual({ start: f.related[0].start, end: f.related[0].end }, find(text, '2026-01-01'));
    assert.strictEqual(f.severity, 'error');
  });

  it('reports a term that ends before it starts, and not one that ends the day it starts', () => {
    const text = 'terms:\n  a: { type: license-grant, starts: 2030-01-01, ends: 2029-01-01 }\n  b: { type: license-grant, starts: 2030-01-01, ends: 2030-01-01 }\n';
    const f = one(parseTermModel(text), 'model-date-order');
    assert.deepStrictEqual({ start: f.start, end: f.end }, find(text, '2029-01-01'));
    assert.strictEqual(f.term, 'a');
  });
});

describe('term model: hostile input', () => {
  const laughs = (): string => {
    let s = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 9; i++) {
      const p = String.fromCharCode(96 + i);
      const c = String.fromCharCode(97 + i);
      s += `${c}: &${c} [${Array(9).fill(`*${p}`).join(',')}]\n`;
    }
    return s;
  };
  const bytes = (): string => {
    let s = '';
    let x = 12345;
    for (let i = 0; i < 100_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(x & 0xff);
    }
    return s;
  };
  const cases: Array<[string, () => string, (r: ParsedTermModel, text: string) => void]> = [
    ['billion laughs (alias bomb)', laughs, (r, text) => {
      const f = only(r, 'model-syntax').find((p) => /alias bomb/.test(p.message));
      assert.ok(f, JSON.stringify(r.problems.map((p) => p.message)));
      assert.strictEqual(text.slice(f.start, f.end).startsWith('*'), true);
    }],
    ['an alias bomb inside the terms', () => `parties:\n  p: &p { name: P }\nterms:\n${Array.from({ length: 60 }, (_, i) => `  t${i}: { type: agi, holder: *p }\n`).join('')}`, (r) => {
      assert.ok(only(r, 'model-syntax').some((p) => /alias bomb/.test(p.message)));
      assert.ok(r.model);
    }],
    ['10,000-deep flow nesting', () => '['.repeat(10_000), (r) => {
      const f = one(r, 'model-syntax');
      assert.strictEqual(r.model, null);
      assert.strictEqual(f.start, 99, 'the 100th bracket: the line itself counts as one level');
      assert.match(f.message, /nested more than 100 levels/);
    }],
    ['10,000-deep closed flow mappings', () => '{a: '.repeat(10_000) + '}'.repeat(10_000), (r) => {
      assert.strictEqual(one(r, 'model-syntax').start, 396);
    }],
    ['900-deep block mappings', () => Array.from({ length: 900 }, (_, i) => ' '.repeat(i) + 'a:').join('\n'), (r, text) => {
      const f = one(r, 'model-syntax');
      assert.strictEqual(lc(text, f.start), '101:101');
    }],
    ['1,000 nested sequences on one line', () => '- '.repeat(1000) + 'x', (r) => {
      assert.strictEqual(one(r, 'model-syntax').start, 198);
    }],
    ['a 10 MB scalar', () => 'agreement: ' + 'x'.repeat(10_000_000) + '\n', (r) => {
      const f = one(r, 'model-syntax');
      assert.strictEqual(f.start, 512 * 1024);
      assert.match(f.message, /not read/);
    }],
    ['a 500 KB double-quoted scalar (under the size limit)', () => 'agreement: "' + 'x'.repeat(500_000) + '"\nterms: {}\n', (r) => {
      assert.deepStrictEqual(r.problems, []);
      assert.strictEqual(r.model!.agreement!.length, 500_000);
    }],
    ['10,000 duplicate keys', () => 'terms:\n' + '  t: { type: agi }\n'.repeat(10_000), (r) => {
      const dups = only(r, 'model-syntax').filter((p) => /Duplicate key/.test(p.message));
      assert.ok(dups.length >= 400, `${dups.length}`);
      assert.ok(r.problems.some((p) => /more problem\(s\) in the term model are not shown/.test(p.message)));
    }],
    ['15,000 terms with unknown keys and types (~500 KB)', () => 'terms:\n' + Array.from({ length: 15_000 }, (_, i) => `  t${i}: { type: agj, holdr: x }\n`).join(''), (r) => {
      assert.ok(r.problems.length <= 501);
      assert.ok(r.model);
    }],
    ['100 KB of binary bytes', bytes, (r, text) => {
      const f = r.problems.find((p) => /non-printable/.test(p.message));
      assert.ok(f);
      assert.ok(text.charCodeAt(f.start) < 32 || text.charCodeAt(f.start) === 127);
    }],
    ['a model that is a list', () => '- 1\n- 2\n', (r) => assert.strictEqual(one(r, 'model-syntax').start, 0)],
    ['a model that is a number', () => '3.14', (r) => assert.strictEqual(one(r, 'model-syntax').start, 0)],
    ['empty text', () => '', (r) => assert.strictEqual(one(r, 'model-syntax').start, 0)],
    ['a lone BOM', () => '\ufeff', (r) => assert.strictEqual(one(r, 'model-syntax').start, 0)],
    ['an alias cycle', () => 'terms: &t\n  a: *t\n', (r) => assert.ok(r.model)],
    ['__proto__ and constructor as ids', () => 'parties:\n  __proto__: { name: X }\n  constructor: { name: Y }\nterms:\n  t: { type: agi, exclusive: constructor, holder: constructor }\n', (r) => {
      assert.strictEqual(Object.getPrototypeOf(r.model!.parties), Object.prototype);
      assert.deepStrictEqual(Object.keys(r.model!.parties), ['__proto__', 'constructor']);
      assert.strictEqual(r.model!.terms.t.holder, 'constructor');
      assert.strictEqual(r.model!.terms.t.exclusive, undefined);
    }],
  ];
  let slowest = { name: '', ms: 0 };
  for (const [name, make, check] of cases) {
    it(`${name}: positioned finding(s), no exception, bounded time`, () => {
      const text = make();
      const t0 = performance.now();
      const r = parseTermModel(text);
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { name, ms };
      for (const p of r.problems) {
        assert.ok(p.start >= 0 && p.end >= p.start && p.end <= text.length, `bad span ${p.start}-${p.end}`);
        assert.strictEqual(p.where, 'model');
        assert.ok(p.code.startsWith('model-'));
      }
      check(r, text);
      // Generous: CI machines are shared; typical figures are in .notes/model.md.
      assert.ok(ms < 10_000, `${name} took ${ms.toFixed(0)} ms`);
    });
  }
  after(() => {
    if (slowest.name) console.log(`      slowest hostile model: ${slowest.name}, ${slowest.ms.toFixed(0)} ms`);
  });

  it('a `%YAML 1.1` model is read as YAML 1.2, with a warning on the directive; YAML 1.1 tags are not read in either', () => {
    const text = '%YAML 1.1\n---\nparties: { m: { name: M } }\nterms:\n  e: { type: exclusivity, holder: m, exclusive: no }\n';
    const r = parseTermModel(text);
    assert.deepStrictEqual(r.problems.map((p) => [p.severity, text.slice(p.start, p.end)]), [['warning', '%YAML 1.1'], ['error', 'no']]);
    assert.match(r.problems[0].message, /read as YAML 1\.2, where `yes`, `no`, `on` and `off` are text/);
    assert.strictEqual(r.model?.terms.e.exclusive, undefined);
    assert.strictEqual(parseTermModel(text.replace('no }', 'false }')).model?.terms.e.exclusive, false);
    for (const doc of ['', '%YAML 1.2\n---\n']) {
      const t = `${doc}effective: !!timestamp 2026-01-01\nterms: {}\n`;
      const p = parseTermModel(t).problems.find((x) => /Unresolved tag/.test(x.message));
      assert.ok(p && t.slice(p.start, p.end) === '!!timestamp', t);
    }
  });

  it('never throws on arbitrary YAML-ish fragments', () => {
    const parts = ['terms:', '\n', '  ', 'a:', '{', '}', '[', ']', '&x', '*x', '!!str', '"', "'", '#', '- ', '? ', ': ', ',', '\t', 'type: agi', '2030-02-30', '---', '|', '>', '\u0000', '\ufeff', '%YAML 1.2'];
    let x = 7;
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = 1 + (n % 40);
      for (let i = 0; i < len; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        s += parts[x % parts.length];
      }
      const r = parseTermModel(s);
      for (const p of r.problems) assert.ok(p.start >= 0 && p.end <= s.length && p.start <= p.end, `${JSON.stringify(s)} → ${p.start}-${p.end}`);
    }
  });
});

describe('term model: quick fixes', () => {
  const broken = [
    'agrement: X\nterms: {}\n',
    'terms:\n  a: { type: agi, exclusve: true }\n',
    'terms:\n  a: { type: agi, exclusive: yes, allowed: Off }\n',
    'terms:\n  a: { type: agi, starts: "December 31, 2030", ends: 2031/1/5 }\n',
    'terms:\n  a: { type: liability-cap, amount: { amount: 5, currency: eur } }\n',
    'terms:\n  a: { type: exclusivty }\n  b: { type: Revenue Share }\n',
    'parties:\n  microsoft: Microsoft\nterms:\n  a: { type: exclusivity, holder: microsft }\n',
    'parties:\n  c: { name: C, aliases: Cee }\n',
    'clauseTypes:\n  r:\n    cues: [x]\n    color: #3b82f6\n  s: { cues: [y], color: "#abc" }\n',
    'version: "1"\n',
    'terms:\n  agi: { allowed: false }\n',
    'terms:\n  agi:\n    allowed: false\n',
    'terms:\n  agi:\n',
    'terms:\n  agi: {}\n',
  ];
  for (const text of broken) {
    it(`each fix removes its problem: ${JSON.stringify(text).slice(0, 60)}`, () => {
      const before = parseTermModel(text).problems;
      const fixes = before.flatMap((p) => p.fixes);
      assert.ok(fixes.length > 0, 'this input has a fix');
      for (const f of fixes) {
        assert.strictEqual(f.where, 'model');
        const fixed = text.slice(0, f.start) + f.newText + text.slice(f.end);
        const after = parseTermModel(fixed).problems;
        assert.strictEqual(after.length, before.length - 1, `${JSON.stringify(fixed)} → ${JSON.stringify(after.map((p) => p.message))}`);
      }
    });
  }
});
