import * as assert from 'assert';
import { duplicateDefinition, looksWhole, unusedDefinition } from '../../src/core/check/draft/definitionChecks';
import { build, def, section, uses, wholeSections } from './check-draft.support';
import { analyzeDocument } from '../../src/core/analyze';


describe('draft checks: duplicate-definition', () => {
  it('warns on a term defined twice the same way, and points at the first', () => {
    const text = '"Territory" means the United States.\n\n"Territory" means the United States.';
    const f = duplicateDefinition.check(build(text, {
      clauses: [{ label: 'Section 1.1' }, { label: 'Section 1.7' }],
      definitions: (t) => [def(t, 'Territory', 0, 'the United States.'), def(t, 'Territory', 1, 'the United States', 10)],
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'warning');
    assert.strictEqual(f[0].clause, 1);
    assert.match(f[0].message, /"Territory" is defined again here; it is already defined in Section 1.1/);
    assert.strictEqual(f[0].related[0].start, 1);
  });
  it('is an error when the definitions differ', () => {
    const text = '"Territory" means the United States.\n\n"Territory" means Canada.';
    const f = duplicateDefinition.check(build(text, {
      definitions: (t) => [def(t, 'Territory', 0, 'the United States.'), def(t, 'Territory', 1, 'Canada.', 10)],
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.match(f[0].message, /differently/);
  });
  it('is silent on distinct terms and on a term redefined inside an exhibit', () => {
    const text = '"Territory" means the United States.\n\n"Term" means five years.\n\nExhibit A\n\n"Territory" means Canada.';
    const ex = section(text, 'Exhibit A', 'A', { kind: 'exhibit' });
    const f = duplicateDefinition.check(build(text, {
      sections: [ex],
      clauses: [{}, {}, { section: 0 }, { section: 0 }],
      definitions: (t) => [def(t, 'Territory', 0, 'the United States.'), def(t, 'Term', 1, 'five years.'), def(t, 'Territory', 3, 'Canada.', 10)],
    }));
    assert.deepStrictEqual(f, []);
  });
});

describe('draft checks: unused-definition', () => {
  it('reports a defined term that is never used, once', () => {
    const text = `"Territory" means Canada. "Products" means widgets. "Fees" means money.\n\nThe Products may be sold in the Territory.`;
    const f = unusedDefinition.check(build(text, {
      sections: wholeSections(text),
      definitions: (t) => [def(t, 'Territory', 0, 'Canada.'), def(t, 'Products', 0, 'widgets.'), def(t, 'Fees', 0, 'money.')],
      termUses: (t) => uses(t, ['Territory', 'Products']),
    }));
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].code, 'unused-definition');
    assert.strictEqual(f[0].severity, 'information');
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'Fees');
    assert.strictEqual(f[0].message, '"Fees" is defined but never used.');
  });
  it('a rule of interpretation (one word in lower case: "include") is no defined term to use; a phrase in lower case is', () => {
    const text = `The words "including" and "include" mean "including without limitation". "registered investment company" means a fund. "Territory" means Canada.\n\nSales in the Territory, including returns.`;
    const f = unusedDefinition.check(build(text, {
      sections: wholeSections(text),
      definitions: (t) => [def(t, 'including', 0, 'mean "including without limitation".'), def(t, 'include', 0, 'mean "including without limitation".'),
        def(t, 'registered investment company', 0, 'a fund.'), def(t, 'Territory', 0, 'Canada.')],
      termUses: (t) => uses(t, ['Territory']),
    }));
    assert.deepStrictEqual(f.map((x) => x.message), ['"registered investment company" is defined but never used.']);
  });
  it('is silent when every term is used', () => {
    const text = `"Territory" means Canada. "Products" means widgets.\n\nThe Products may be sold in the Territory.`;
    const f = unusedDefinition.check(build(text, {
      sections: wholeSections(text),
      definitions: (t) => [def(t, 'Territory', 0, 'Canada.'), def(t, 'Products', 0, 'widgets.')],
      termUses: (t) => uses(t, ['Territory', 'Products']),
    }));
    assert.deepStrictEqual(f, []);
  });
  it('is silent on an excerpt (short, unnumbered)', () => {
    const text = '"Net Sales" means gross sales less returns. "Fees" means money.';
    const ctx = build(text, { definitions: (t) => [def(t, 'Net Sales', 0, 'gross sales less returns.'), def(t, 'Fees', 0, 'money.')] });
    assert.strictEqual(looksWhole(build(text, { sections: wholeSections(text), definitions: ctx.definitions.length ? () => [...ctx.definitions] : undefined })), true);
    assert.strictEqual(looksWhole(ctx), false);
    assert.deepStrictEqual(unusedDefinition.check(ctx), []);
  });
  it('counts a use inside an ALL-CAPS passage', () => {
    const text = '"Territory" means Canada. "Net Sales" means gross sales.\n\nSales in the Territory. IN NO EVENT SHALL LICENSOR OWE MORE THAN THE NET SALES.';
    const f = unusedDefinition.check(build(text, {
      sections: wholeSections(text),
      definitions: (t) => [def(t, 'Territory', 0, 'Canada.'), def(t, 'Net Sales', 0, 'gross sales.')],
      termUses: (t) => uses(t, ['Territory']),
    }));
    assert.deepStrictEqual(f, []);
  });
});

describe('draft checks: duplicate-definition (pointers and alternatives)', () => {
  it('ignores a later "has the meaning given" pointer and alternatives in one sentence', () => {
    const text = 'This Agreement is effective on signature (the "Effective Date"); or, if signed online, on upload (the "Effective Date").\n\n"Effective Date" has the meaning given in the preamble.';
    const f = duplicateDefinition.check(build(text, {
      definitions: (t) => [def(t, 'Effective Date', 0, 'This Agreement is effective on signature'), def(t, 'Effective Date', 0, 'if signed online, on upload', t.indexOf('upload')), def(t, 'Effective Date', 1, 'given in the preamble.', t.indexOf('\n\n'))],
    }));
    assert.deepStrictEqual(f, []);
  });
});

describe('draft checks: duplicate-definition (a pointer before the definition)', () => {
  const draft = (third: string): string => [
    '# Agreement', '',
    '## 1. Definitions', '',
    '1.1 "Services" means the hosted software services.', '',
    '1.2 "Subscription Term" has the meaning given in Section 9.1.', '',
    '## 9. Term', '',
    '9.1 This Agreement continues for an initial term of three (3) years (the "Subscription Term").', '',
    third,
  ].join('\n');
  const dups = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'duplicate-definition');

  it('is silent when the definitions section points to the section that defines the term', () => {
    const text = draft('9.2 The Services are provided during the Subscription Term.');
    assert.strictEqual(analyzeDocument(text).definitions.filter((d) => d.term === 'Subscription Term').length, 2, 'both are read as definitions');
    assert.deepStrictEqual(dups(text), []);
  });
  it('still compares two real definitions when a pointer comes first', () => {
    const text = draft('9.2 The renewal period is one (1) year (the "Subscription Term").');
    const f = dups(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].severity, 'error');
    assert.strictEqual(f[0].start, text.lastIndexOf('Subscription Term'));
    assert.strictEqual(f[0].related[0].start, text.indexOf('Subscription Term', text.indexOf('9.1')));
    assert.match(f[0].message, /"Subscription Term" is defined again here, differently from its definition in Section 9\.1/);
  });
});

describe('draft checks: duplicate-definition (a party named in the preamble, restated in the definitions)', () => {
  const draft = (supplier: string) => ['# Supply Agreement', '',
    'This Supply Agreement is made between Alpha Limited, a company incorporated in England (the "Buyer") and Beta Ltd, a company incorporated in Scotland (the "Supplier").', '',
    '## 1. Definitions', '', `1.1 "Supplier" means ${supplier} and its permitted successors and assigns.`, '', '1.2 "Buyer" means Alpha Limited.', '',
    '1.3 "Goods" means the goods in Schedule 1.', '', '## 2. Supply', '', '2.1 The Supplier shall sell the Goods to the Buyer.', '',
    '## 3. Price', '', '3.1 The Buyer shall pay the price.', ''].join('\n');
  const found = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'duplicate-definition').map((f) => [f.severity, f.message]);
  it('"Supplier" means Beta Ltd and its permitted successors and assigns: the same party, not a second definition', () => {
    assert.deepStrictEqual(found(draft('Beta Ltd')), []);
  });
  it('"BETA LTD … (the "Supplier")" restated as "Supplier" means Beta Limited is the same party', () => {
    const text = draft('Beta Limited').replace('Beta Ltd, a company incorporated in Scotland', 'BETA LTD, a company incorporated in Scotland');
    assert.deepStrictEqual(found(text), []);
  });
  it('the same preamble twice is still a duplicate (the restatement is a "means" definition)', () => {
    const pre = 'This Supply Agreement is made between Alpha Limited, a company incorporated in England (the "Buyer") and Beta Ltd (the "Supplier").';
    const text = ['# Supply Agreement', '', pre, '', '## 1. Terms', '', `1.1 ${pre}`, '', '## 2. Supply', '', '2.1 The Supplier shall sell the Goods to the Buyer.', '', '## 3. Price', '', '3.1 The Buyer shall pay.', ''].join('\n');
    assert.strictEqual(found(text).length, 2);
  });
  it('another name than the preamble gives is still an error', () => {
    assert.deepStrictEqual(found(draft('Gamma GmbH')), [['error', '"Supplier" is defined again here, differently from its definition in Preamble.']]);
  });
});

describe('draft checks: unused-definition (a plural term used in the singular)', () => {
  it('"Reserved Matters" used as "a Reserved Matter" and "Warranties" as "each Warranty" are used; a term used in neither number is still reported', () => {
    const t = ['# Shareholders\' Agreement', '', '## 1. Definitions', '', '1.1 "Reserved Matters" means the matters in Schedule 2.', '',
      '1.2 "Warranties" means the warranties in Schedule 3.', '', '1.3 "Deadlock Notices" means notices of deadlock.', '',
      '## 2. Consent', '', '2.1 No Reserved Matter may be carried out without the consent of both shareholders.', '',
      '## 3. Assurances', '', '3.1 Each shareholder gives each Warranty on the date of this agreement.', '', '## 4. Law', '', '4.1 English law applies.', ''].join('\n');
    assert.deepStrictEqual(analyzeDocument(t).findings.filter((f) => f.code === 'unused-definition').map((f) => f.message), ['"Deadlock Notices" is defined but never used.']);
  });
});

describe('draft checks: duplicate-definition (an index entry that points to the defining clause; probe s17 probe2, 23-shareholders)', () => {
  const draft = (ref: string): string => [
    '# Shareholders\' Agreement', '',
    '## 1. Definitions', '',
    `1.1 "Investor Director" means the director appointed by the Investor under clause ${ref}.`, '',
    '1.2 "Shares" means the ordinary shares of the Company.', '',
    '## 3. Board', '',
    '3.1 The Board shall consist of no more than four (4) directors.', '',
    '3.2 For so long as the Investor holds Shares, it may appoint one director (the "Investor Director") and remove any director so appointed.', '',
    '3.3 The quorum is two directors, one of whom must be the Investor Director.',
  ].join('\n');
  const dups = (text: string) => analyzeDocument(text).findings.filter((f) => f.code === 'duplicate-definition').map((f) => f.message);
  it('"means the director appointed … under clause 3.2" and clause 3.2\'s (the "Investor Director") are one definition', () => {
    assert.deepStrictEqual(dups(draft('3.2')), []);
    assert.deepStrictEqual(dups(draft('3')), []);
  });
  it('an entry pointing to another clause is still a second definition', () => {
    assert.deepStrictEqual(dups(draft('4.1')), ['"Investor Director" is defined again here, differently from its definition in Clause 1.1.']);
  });
});
