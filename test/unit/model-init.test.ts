import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { createTermModelYaml } from '../../src/core/model/init';
import { agreementTitle, startTermModel, startTermModelSteps } from '../../src/core/model/start';
import { draftParties } from '../../src/core/model/parties';
import { parseTermModel } from '../../src/core/model/parse';
import { PARTY_FIELDS, type Clause, type ModelTerm, type TypeAssignment, type Value } from '../../src/core/types';

const TEXT = [
  'This Agreement is effective as of October 28, 2025.', //                     clause 0
  'Microsoft shall have a non-exclusive right to access the Models until December 31, 2032.', // 1
  'Microsoft shall pay OpenAI twenty percent (20%) of revenue.', //              2
  'Each party\'s liability is capped at $10,000,000.', //                        3
  'This Agreement renews for successive periods of five (5) years.', //          4
  'Microsoft holds 27% of the equity.', //                                       5
  'Microsoft shall be the exclusive cloud provider.', //                          6
].join('\n\n');

function at(needle: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

function clause(index: number, type: string, values: Value[], label = `Section ${index + 1}`): Clause {
  const paragraphs = TEXT.split('\n\n');
  let start = 0;
  for (let i = 0; i < index; i++) start += paragraphs[i].length + 2;
  const types: TypeAssignment[] = [{ type, confidence: 0.9, cues: [] }];
  return { start, end: start + paragraphs[index].length, kind: 'paragraph', number: null, section: -1, label, index, types, values };
}

const clauses: Clause[] = [
  clause(0, 'effective-date', [{ kind: 'date', ...at('October 28, 2025'), iso: '2025-10-28', year: 2025, month: 10, day: 28, valid: true }]),
  clause(1, 'exclusivity', [
    { kind: 'exclusive', ...at('non-exclusive'), value: false },
    { kind: 'date', ...at('December 31, 2032'), iso: '2032-12-31', year: 2032, month: 12, day: 31, valid: true },
  ]),
  clause(2, 'revenue-share', [{ kind: 'percent', ...at('20%'), value: 20 }]),
  clause(3, 'liability-cap', [{ kind: 'money', ...at('$10,000,000'), amount: 10_000_000, currency: 'USD' }]),
  clause(4, 'renewal-term', [{ kind: 'duration', ...at('five (5) years'), amount: 5, unit: 'year' }]),
  clause(5, 'equity', [{ kind: 'percent', ...at('27%'), value: 27 }]),
  clause(6, 'cloud-provider', [{ kind: 'exclusive', ...at('exclusive cloud'), value: true }]),
];

describe('createTermModelYaml (init)', () => {
  it('writes one term per clause type with the values the draft states, round-tripping with zero problems', () => {
    const yaml = createTermModelYaml({
      agreement: 'Microsoft–OpenAI "Partnership" Agreement',
      parties: [{ id: 'microsoft', name: 'Microsoft Corporation' }, { id: 'OpenAI Group', name: 'OpenAI Group PBC' }],
      clauses,
      text: TEXT,
    });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    const m = r.model!;
    assert.strictEqual(m.agreement, 'Microsoft–OpenAI "Partnership" Agreement');
    assert.strictEqual(m.effective, '2025-10-28');
    assert.deepStrictEqual(Object.keys(m.parties), ['microsoft', 'openai-group']);
    assert.strictEqual(m.parties['openai-group'].name, 'OpenAI Group PBC');
    assert.deepStrictEqual(Object.keys(m.terms), ['effective-date', 'exclusivity', 'revenue-share', 'liability-cap', 'renewal-term', 'equity', 'cloud-provider']);
    assert.strictEqual(m.terms['effective-date'].date, '2025-10-28');
    assert.strictEqual(m.terms.exclusivity.exclusive, false);
    assert.strictEqual(m.terms.exclusivity.ends, '2032-12-31');
    assert.strictEqual(m.terms['revenue-share'].rate, 20);
    assert.deepStrictEqual(m.terms['liability-cap'].amount, { amount: 10_000_000, currency: 'USD' });
    assert.deepStrictEqual(m.terms['renewal-term'].duration, { amount: 5, unit: 'year' });
    assert.strictEqual(m.terms.equity.percent, 27);
    assert.strictEqual(m.terms['cloud-provider'].exclusive, true);
    assert.match(yaml, /# Section 2: Microsoft shall have a non-exclusive right/);
  });

  it('fills a term\'s party fields from who pays, holds or provides in its clauses, with the ids the model writes', () => {
    const yaml = createTermModelYaml({
      parties: [{ id: 'Microsoft Corp', name: 'Microsoft Corporation', aliases: ['Microsoft'] }, { id: 'openai', name: 'OpenAI Group PBC', aliases: ['OpenAI'] }],
      clauses,
      text: TEXT,
    });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    const roles = Object.fromEntries(Object.values(r.model!.terms).map((t) => [t.type, PARTY_FIELDS.filter((f) => t[f]).map((f) => `${f}: ${t[f]}`).join(', ')]));
    assert.deepStrictEqual(roles, {
      'effective-date': '',
      exclusivity: 'holder: microsoft-corp', // "Microsoft shall have a non-exclusive right"
      'revenue-share': 'payer: microsoft-corp, payee: openai', // "Microsoft shall pay OpenAI"
      'liability-cap': '',
      'renewal-term': '',
      equity: 'holder: microsoft-corp', // "Microsoft holds 27% of the equity"
      'cloud-provider': 'provider: microsoft-corp', // "Microsoft shall be the exclusive cloud provider"
    }, yaml);
  });

  it('a party field the clauses of its type disagree on is a comment listing them; one party on both sides is not written', () => {
    const text = [
      'Alpha shall pay Beta a royalty of 5% of Net Sales.', 'Beta shall pay Alpha a royalty of 2% of Net Sales.',
      'Alpha grants to Beta a licence to use the Software.', 'Beta shall receive a credit of 5% of the fees.',
    ].join('\n\n');
    const para = (i: number, type: string): Clause => {
      const start = text.split('\n\n').slice(0, i).join('\n\n').length + (i ? 2 : 0);
      return { start, end: start + text.split('\n\n')[i].length, kind: 'paragraph', number: null, section: -1, label: `Section ${i + 1}`, index: i, types: [{ type, confidence: 0.9, cues: [] }], values: [] };
    };
    const parties = [{ id: 'alpha', name: 'Alpha', aliases: [] }, { id: 'beta', name: 'Beta', aliases: [] }];
    const yaml = createTermModelYaml({ parties, clauses: [para(0, 'revenue-share'), para(1, 'revenue-share'), para(2, 'license-grant')], text });
    assert.match(yaml, /^ {4}# payer: {3}# the draft states several: alpha \(Section 1\), beta \(Section 2\); write the agreed one$/m, yaml);
    assert.match(yaml, /^ {4}# payee: {3}# the draft states several: beta \(Section 1\), alpha \(Section 2\); write the agreed one$/m, yaml);
    assert.match(yaml, /^ {4}licensee: beta\n {4}licensor: alpha$/m, yaml);
    // the licence's holder is not a field of a licence term
    assert.doesNotMatch(yaml, /^ +(?:# )?holder:/m, yaml);
    // "Beta shall pay the fees" and "Beta shall receive a credit": Beta both payer and payee of one term, neither written
    const credit = createTermModelYaml({ parties, clauses: [para(2, 'revenue-share'), para(3, 'revenue-share')], text: text.replace('Alpha grants to Beta a licence to use the Software.', 'Beta shall pay the fees.') });
    assert.match(credit, /^ {4}# payer: beta {3}# the draft also names it the payee$/m, credit);
    assert.match(credit, /^ {4}# payee: beta {3}# the draft also names it the payer$/m, credit);
    assert.deepStrictEqual(parseTermModel(credit).problems, []);
  });

  it('stakes of several holders are one equity term per holder, each checked against its own stake', () => {
    const text = [
      'THIS AGREEMENT is made between Halvorsen Energy ASA ("Halvorsen") and Crestline Renewables Inc. ("Crestline").', '',
      '2.1 On completion Halvorsen shall subscribe for 6,000,000 Shares and Crestline shall subscribe for 4,000,000 Shares, so that'
        + ' Halvorsen shall hold 60% and Crestline shall hold 40% of the issued Shares.', '',
    ].join('\n');
    const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    const stakes = Object.entries(r.model!.terms).filter(([, t]) => t.type === 'equity').map(([id, t]) => `${id}: ${t.holder} ${t.percent}`);
    assert.deepStrictEqual(stakes, ['equity-halvorsen: halvorsen 60', 'equity-crestline: crestline 40'], yaml);
    assert.deepStrictEqual(analyzeDocument(text, r.model).findings.filter((f) => /conflict/.test(f.code)), []);
    // the draft changed to 65%: Halvorsen's term says 60%
    const changed = analyzeDocument(text.replace('hold 60%', 'hold 65%'), r.model).findings.filter((f) => f.code === 'value-conflict');
    assert.deepStrictEqual(changed.map((f) => f.message), ['Section 2.1 says 65%; term `equity-halvorsen` says percent: 60%']);
    // one holder with two different stakes: not split, the comment lists both
    const two = text.replace('and Crestline shall hold 40%', 'and, after the second closing, Halvorsen shall hold 40%');
    const one = startTermModel({ text: two, parties: draftParties(two, analyzeDocument(two)) });
    assert.doesNotMatch(one, /equity-/, one);
    assert.match(one, /# percent: +# the draft states several: 60% .*, 40% /, one);
  });

  it('a restriction "for a period of three (3) years after Completion" has that duration, checked like any other', () => {
    const text = [
      'THIS AGREEMENT is made between Marlow Holdings Limited (the "Seller") and Kestrel Capital Limited (the "Buyer").', '',
      '9.1 The Seller shall not, for a period of three (3) years after Completion, carry on or be engaged in any Restricted Business.', '',
      '9.2 For two (2) years after Completion, the Seller shall not carry on any business in competition with the Company.', '',
    ].join('\n');
    const read = (t: string): [string, unknown][] => Object.entries(parseTermModel(startTermModel({ text: t, parties: draftParties(t, analyzeDocument(t)) })).model!.terms)
      .filter(([, x]) => x.type === 'non-compete').map(([id, x]) => [id, x.duration]);
    const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
    assert.match(yaml, /# duration: +# the draft states several: 3 years \(Section 9\.1\), 2 years \(Section 9\.2\)/, yaml);
    const one = text.replace('For two (2) years', 'For three (3) years');
    assert.deepStrictEqual(read(one), [['non-compete', { amount: 3, unit: 'year' }]]);
    // the party the restriction binds is the non-compete's holder (as a lawyer writes it)
    assert.strictEqual(parseTermModel(startTermModel({ text: one, parties: draftParties(one, analyzeDocument(one)) })).model!.terms['non-compete']?.holder, 'seller');
    const model = parseTermModel(startTermModel({ text: one, parties: draftParties(one, analyzeDocument(one)) })).model!;
    assert.deepStrictEqual(analyzeDocument(one.replace('a period of three (3) years', 'a period of four (4) years'), model).findings
      .filter((f) => f.code === 'value-conflict').map((f) => f.message), ['Section 9.1 says four (4) years; term `non-compete` says duration: 3 years']);
  });

  it('a representation of title ("Seller owns the Transferred IP" under Representations and Warranties) gives no IP owner (probe s17 asset purchase)', () => {
    const holder = (heading: string, sentence: string): unknown => {
      const text = `THIS ASSET PURCHASE AGREEMENT is made between Pinecrest Metrology LLC (the "Seller") and Vantor Instruments Inc. (the "Buyer").\n\n## ARTICLE 4. ${heading}\n\n4.3 Intellectual Property. ${sentence}\n`;
      return parseTermModel(startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) })).model!.terms['ip-ownership']?.holder;
    };
    assert.strictEqual(holder('REPRESENTATIONS AND WARRANTIES OF SELLER', 'Seller owns the Transferred IP.'), undefined);
    assert.strictEqual(holder('INTELLECTUAL PROPERTY', 'All Transferred IP shall be owned by the Buyer.'), 'buyer');
    // a representation in its own words, under any heading (session 18)
    assert.strictEqual(holder('INTELLECTUAL PROPERTY', 'Seller represents and warrants to Buyer that it owns the Transferred IP free of all Liens.'), undefined);
    assert.strictEqual(holder('INTELLECTUAL PROPERTY', 'Seller warrants that the Transferred IP is owned by Seller.'), undefined);
  });

  it('shares of two kinds at two rates are two terms, each with its kind as subject; tiers of one kind stay one term (probe s14, 09-franchise)', () => {
    const terms = (a: string, b: string): Record<string, ModelTerm> => {
      const text = `THIS FRANCHISE AGREEMENT is made between Oakridge Coffee LLC ("Franchisor") and Dunmore Cafe Inc. ("Franchisee").\n\n## 4. Fees\n\n4.2 Royalty. ${a}\n\n4.3 Brand Fund. ${b}\n`;
      return parseTermModel(startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) })).model!.terms;
    };
    const t = terms('Franchisee shall pay Franchisor a continuing royalty equal to six percent (6%) of Gross Sales for each week.',
      'Franchisee shall contribute two percent (2%) of Gross Sales each week to the brand development fund administered by Franchisor.');
    assert.deepStrictEqual(Object.values(t).filter((x) => x.type === 'revenue-share').map((x) => [x.id, x.subject, x.rate]), [['royalty', 'royalty', 6], ['contribution', 'contribution', 2]]);
    const tiers = terms('Franchisee shall pay Franchisor a royalty equal to six percent (6%) of Gross Sales up to $1,000,000 in each year.',
      'Franchisee shall pay Franchisor a royalty equal to four percent (4%) of Gross Sales above $1,000,000 in each year.');
    assert.deepStrictEqual(Object.values(tiers).filter((x) => x.type === 'revenue-share').map((x) => [x.id, x.rate]), [['revenue-share', undefined]]);
  });

  it('a non-compete\'s holder is read as the check reads it: "Neither the Seller nor any of its Affiliates shall", not a party named before the subject', () => {
    const holder = (clause: string): unknown => {
      const text = `THIS AGREEMENT is made between Marlow Holdings Limited (the "Seller") and Kestrel Capital Limited (the "Buyer").\n\n9.1 ${clause}\n`;
      return parseTermModel(startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) })).model!.terms['non-compete']?.holder;
    };
    assert.strictEqual(holder('Neither the Seller nor any of its Affiliates shall, for three (3) years after Completion, carry on any Restricted Business.'), 'seller');
    assert.strictEqual(holder('The Seller undertakes to the Buyer that it shall not, for three (3) years after Completion, carry on any Restricted Business.'), 'seller');
    assert.strictEqual(holder('Neither the Seller nor the Buyer shall, for three (3) years after Completion, carry on any Restricted Business.'), undefined);
    // the party whose group the restriction binds
    assert.strictEqual(holder('No member of the Seller\'s Group shall, during the Restricted Period, carry on or be engaged in any business which competes with the Business.'), 'seller');
  });

  it('a notice\'s length is the notice\'s or the termination\'s, not a minimum commitment\'s or a renewal\'s', () => {
    const text = [
      'THIS AGREEMENT is made between Acme Cloud Inc. ("Provider") and Beta Retail LLC ("Customer").', '',
      '4.1 Customer commits to a minimum annual subscription of $480,000, which is payable whether or not Customer uses the Service.', '',
      '9.2 This Agreement shall renew for successive periods of twelve (12) months unless either party gives not less than sixty (60) days\' written notice of non-renewal.', '',
      '9.4 Customer may terminate this Agreement for convenience on ninety (90) days\' prior written notice, provided that Customer pays the minimum annual subscription for the remainder of the year.', '',
    ].join('\n');
    const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
    const terms = parseTermModel(yaml).model!.terms;
    const of = (type: string): Record<string, unknown> | undefined => Object.values(terms).find((t) => t.type === type) as Record<string, unknown> | undefined;
    assert.deepStrictEqual([of('minimum-commitment')?.amount, of('minimum-commitment')?.duration], [{ amount: 480_000, currency: 'USD' }, undefined], yaml);
    assert.deepStrictEqual(of('renewal-term')?.duration, { amount: 12, unit: 'month' }, yaml);
    assert.deepStrictEqual(of('termination-for-convenience')?.duration, { amount: 90, unit: 'day' }, yaml);
  });

  it('a licence back of data or marks is another licence (as the check reads it), unless the draft states no other', () => {
    const parties = [{ id: 'alpha', name: 'Alpha', aliases: [] }, { id: 'beta', name: 'Beta', aliases: [] }];
    const licences = (...sentences: string[]): string => {
      const text = sentences.join('\n\n');
      let start = 0;
      const clauses = sentences.map((t, i): Clause => {
        const c: Clause = { start, end: start + t.length, kind: 'paragraph', number: null, section: -1, label: `Section ${i + 1}`, index: i, types: [{ type: 'license-grant', confidence: 0.9, cues: [] }], values: [] };
        start += t.length + 2;
        return c;
      });
      const yaml = createTermModelYaml({ parties, clauses, text });
      assert.deepStrictEqual(parseTermModel(yaml).problems, [], yaml);
      const t = parseTermModel(yaml).model!.terms['license-grant'];
      return `licensor: ${t.licensor}, licensee: ${t.licensee}`;
    };
    assert.strictEqual(licences('Alpha grants to Beta a licence to use the Software.', 'Beta grants to Alpha a licence to host the Customer Data.'), 'licensor: alpha, licensee: beta');
    assert.strictEqual(licences('Beta grants to Alpha a licence to host the Customer Data.', 'Alpha grants to Beta a licence to use the Software.'), 'licensor: alpha, licensee: beta');
    assert.strictEqual(licences('Alpha grants to Beta a licence to use the Trade Marks in the Territory.'), 'licensor: alpha, licensee: beta');
  });

  it('a sub-licence the licensee grants and a licence back are not the licence: its own grant gives the parties (probe s17 patent licence)', () => {
    const parties = [{ id: 'licensor', name: 'Cambray Limited', aliases: ['Licensor'] }, { id: 'licensee', name: 'Vestra GmbH', aliases: ['Licensee'] }];
    const init = (...sentences: string[]): string => {
      const text = sentences.join('\n\n');
      let start = 0;
      const clauses = sentences.map((t, i): Clause => {
        const c: Clause = { start, end: start + t.length, kind: 'paragraph', number: null, section: -1, label: `Clause ${i + 1}`, index: i, types: [{ type: 'license-grant', confidence: 0.9, cues: [] }], values: [] };
        start += t.length + 2;
        return c;
      });
      const yaml = createTermModelYaml({ parties, clauses, text });
      const r = parseTermModel(yaml);
      assert.deepStrictEqual(r.problems, [], yaml);
      const t = r.model!.terms['license-grant'];
      // the model the draft is then checked against: no party-conflict
      assert.deepStrictEqual(analyzeDocument(text, r.model).findings.filter((f) => f.code === 'party-conflict').map((f) => f.message), [], yaml);
      return `licensor: ${t.licensor}, licensee: ${t.licensee}, subject: ${t.subject}`;
    };
    const grant = '2.1 The Licensor grants to the Licensee an exclusive licence under the Licensed Patents to sell Licensed Products.';
    const sub = '"Sublicensee" means a person to whom the Licensee grants a sub-licence in accordance with clause 2.4.';
    const back = '3.2 Improvements made by the Licensee shall belong to the Licensee, and the Licensee grants the Licensor a non-exclusive, royalty-free licence to use them outside the Field.';
    assert.strictEqual(init(sub, grant), 'licensor: licensor, licensee: licensee, subject: undefined');
    assert.strictEqual(init(grant, back), 'licensor: licensor, licensee: licensee, subject: Licensed Patents');
    assert.strictEqual(init(sub, grant, back), 'licensor: licensor, licensee: licensee, subject: Licensed Patents');
    // on one line in a hard-wrapped draft
    assert.strictEqual(init(grant.replace('the Licensed', 'the\nLicensed').replace('Licensed Patents', 'Licensed\r\nPatents'), back), 'licensor: licensor, licensee: licensee, subject: Licensed Patents');
    // the licence the other way round is no other grant: the draft states several, and neither is written
    assert.strictEqual(init(grant, '4.1 The Licensee grants to the Licensor an exclusive licence under the Licensed Patents.'), 'licensor: undefined, licensee: undefined, subject: undefined');
  });

  it('round-trips with no parties, no clauses and no agreement title', () => {
    const yaml = createTermModelYaml({ clauses: [], text: '' });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.model!.terms, {});
  });

  it('keeps hostile draft text out of the YAML structure (newlines, #, quotes, control characters)', () => {
    const text = 'Exclusive: "yes" # not a comment\n---\n\u0000\u2028 key: [ {';
    const c: Clause = { start: 0, end: text.length, kind: 'paragraph', number: null, section: -1, label: 'Weird\nlabel: x', index: 0, types: [{ type: 'exclusivity', confidence: 1, cues: [] }], values: [{ kind: 'exclusive', start: 0, end: 9, text: 'Exclusive', value: true }] };
    const yaml = createTermModelYaml({ agreement: 'A\nB: "c"\u0000', parties: [{ id: '', name: '' }, { id: '!!!', name: 'x\ny' }], clauses: [c], text });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    assert.strictEqual(r.model!.terms.exclusivity.exclusive, true);
    assert.strictEqual(Object.keys(r.model!.parties).length, 2);
  });

  it('comments out an expiration date that is before the effective date, so the model still parses cleanly', () => {
    const t = 'x';
    const d = (iso: string): Value => ({ kind: 'date', start: 0, end: 1, text: t, iso, year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8), valid: true });
    const mk = (type: string, iso: string): Clause => ({ start: 0, end: 1, kind: 'paragraph', number: null, section: -1, label: 'S', index: 0, types: [{ type, confidence: 1, cues: [] }], values: [d(iso)] });
    const yaml = createTermModelYaml({ clauses: [mk('effective-date', '2030-01-01'), mk('expiration-date', '2029-01-01')], text: t });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.model!.expires, undefined);
    assert.match(yaml, /# expires: 2029-01-01/);
  });

  it('skips invalid dates, unknown currencies and custom types', () => {
    const c: Clause = {
      start: 0, end: 1, kind: 'paragraph', number: null, section: -1, label: 'S', index: 0,
      types: [{ type: 'license-grant', confidence: 1, cues: [] }, { type: 'my-type', confidence: 1, cues: [] }],
      values: [
        { kind: 'date', start: 0, end: 1, text: 'x', iso: '2030-02-30', year: 2030, month: 2, day: 30, valid: false },
        { kind: 'money', start: 0, end: 1, text: 'x', amount: 5, currency: '$' },
      ],
    };
    const yaml = createTermModelYaml({ clauses: [c], text: 'x' });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(Object.keys(r.model!.terms), ['license-grant']);
    assert.strictEqual(r.model!.terms['license-grant'].ends, undefined);
    assert.match(yaml, /custom types \(my-type\)/);
  });
});

describe('createTermModelYaml (init): values the clauses agree on', () => {
  const text = [
    '1. The Licensee shall pay a royalty of twenty-five percent (25%) of Net Sales.',
    '2. A service credit of 0.5% of the monthly royalty applies per hour of downtime.',
    '3. This Agreement commences on 1 July 2024 and expires on 30 June 2029.',
    '4. The licence continues through December 31, 2032.',
  ].join('\n\n');
  const parts = text.split('\n\n');
  const mk = (i: number, types: [string, number][], values: Value[]): Clause => {
    const start = text.indexOf(parts[i]);
    return { start, end: start + parts[i].length, kind: 'paragraph', number: String(i + 1), section: -1, label: `Section ${i + 1}`, index: i, types: types.map(([type, confidence]) => ({ type, confidence, cues: [] })), values };
  };
  const v = (kind: 'percent', s: string, value: number): Value => ({ kind, ...span(s), value });
  const d = (s: string, iso: string): Value => ({ kind: 'date', ...span(s), iso, year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8), valid: true });
  function span(s: string): { start: number; end: number; text: string } {
    const start = text.indexOf(s);
    assert.ok(start >= 0, s);
    return { start, end: start + s.length, text: s };
  }

  it('writes a field only when every clause of the type states the same value; otherwise a comment lists them', () => {
    const yaml = createTermModelYaml({
      text,
      clauses: [
        mk(0, [['revenue-share', 0.99]], [v('percent', '25%', 25)]),
        mk(1, [['revenue-share', 0.9]], [v('percent', '0.5%', 0.5)]),
      ],
    });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.model!.terms['revenue-share'].rate, undefined);
    assert.match(yaml, /# rate: {3}# the draft states several: 25% \(Section 1\), 0\.5% \(Section 2\); write the agreed one/);
  });

  it('a percentage is a revenue share\'s rate or an equity stake, never an effective date\'s "percent"', () => {
    const yaml = createTermModelYaml({ text, clauses: [mk(0, [['effective-date', 0.9], ['equity', 0.8], ['revenue-share', 0.7]], [v('percent', '25%', 25)])] });
    const m = parseTermModel(yaml).model!;
    assert.deepStrictEqual([m.terms['effective-date'].percent, m.terms.equity.percent, m.terms['revenue-share'].rate], [undefined, 25, 25]);
  });
  it('"12.5% of the shares of the Licensee" is not a revenue share\'s rate', () => {
    const t = 'Licensee shall pay a royalty of 5% of Net Sales. Licensor holds 12.5% of the shares of the Licensee.';
    const pv = (s: string, value: number): Value => ({ kind: 'percent', start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, value });
    const c: Clause = { start: 0, end: t.length, kind: 'paragraph', number: '4', section: -1, label: 'Section 4', index: 0, types: [{ type: 'revenue-share', confidence: 0.9, cues: [] }], values: [pv('5%', 5), pv('12.5%', 12.5)] };
    assert.strictEqual(parseTermModel(createTermModelYaml({ text: t, clauses: [c] })).model!.terms['revenue-share'].rate, 5);
  });
  it('the commented placeholders for effective and expires are not dates the draft could be read to state', () => {
    const yaml = createTermModelYaml({ text: '', clauses: [] });
    assert.match(yaml, /^# effective: YYYY-MM-DD/m);
    assert.match(yaml, /^# expires: YYYY-MM-DD/m);
  });
  it('a notice period\'s duration comes from a sentence about notice', () => {
    const t = 'This Agreement continues for three (3) years. Either party may terminate it on six (6) months\' written notice.';
    const dur = (s: string, amount: number, unit: 'year' | 'month'): Value => ({ kind: 'duration', start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, amount, unit });
    const c: Clause = { start: 0, end: t.length, kind: 'paragraph', number: '1', section: -1, label: 'Section 1', index: 0, types: [{ type: 'notice-period', confidence: 0.9, cues: [] }], values: [dur('three (3) years', 3, 'year'), dur('six (6) months', 6, 'month')] };
    const m = parseTermModel(createTermModelYaml({ text: t, clauses: [c] })).model!;
    assert.deepStrictEqual(m.terms['notice-period'].duration, { amount: 6, unit: 'month' });
  });
  it('a clause\'s exclusivity belongs to its own (most confident) type, but a licence\'s only when its words qualify one', () => {
    const t = 'Fabrikam appoints Tailspin as its exclusive reseller. Tailspin grants a non-exclusive licence.';
    const ex = (s: string, value: boolean): Value => ({ kind: 'exclusive', start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s, value });
    const c = (i: number, types: [string, number][], values: Value[]): Clause => ({ start: 0, end: t.length, kind: 'paragraph', number: null, section: -1, label: `Section ${i}`, index: i, types: types.map(([type, confidence]) => ({ type, confidence, cues: [] })), values });
    const yaml = createTermModelYaml({ text: t, clauses: [c(1, [['exclusivity', 0.78], ['license-grant', 0.81]], [ex('exclusive reseller', true)]), c(2, [['license-grant', 0.99]], [ex('non-exclusive', false)])] });
    const m = parseTermModel(yaml).model!;
    // "its exclusive reseller" is no licence: the licence is the one Section 2 says is non-exclusive
    assert.strictEqual(m.terms['license-grant'].exclusive, false);
    assert.strictEqual(m.terms.exclusivity.exclusive, true, "the first clause's other type");
  });

  it('reads dates by their role: the start of an effective-date term, the end of an expiration-date term, ends elsewhere', () => {
    const both = [d('1 July 2024', '2024-07-01'), d('30 June 2029', '2029-06-30')];
    const yaml = createTermModelYaml({
      text,
      clauses: [mk(2, [['effective-date', 0.99], ['expiration-date', 0.9]], both), mk(3, [['license-grant', 0.99]], [d('December 31, 2032', '2032-12-31')])],
    });
    const m = parseTermModel(yaml).model!;
    assert.strictEqual(m.effective, '2024-07-01');
    assert.strictEqual(m.expires, '2029-06-30', 'not the first date of the clause');
    assert.strictEqual(m.terms['effective-date'].date, '2024-07-01');
    assert.strictEqual(m.terms['expiration-date'].date, '2029-06-30');
    assert.strictEqual(m.terms['license-grant'].ends, '2032-12-31');
  });
});

describe('startTermModel: a starting model its own draft does not contradict', () => {
  const drafts: [string, string][] = [
    ['examples/microsoft-openai/partnership.contract.md', readFileSync(path.join(__dirname, '..', '..', 'examples', 'microsoft-openai', 'partnership.contract.md'), 'utf8')],
    ['examples/microsoft-openai/clean/partnership.contract.md', readFileSync(path.join(__dirname, '..', '..', 'examples', 'microsoft-openai', 'clean', 'partnership.contract.md'), 'utf8')],
    ['a licence with fees, credits, a term and its renewal', [
      '# LICENCE AGREEMENT', '',
      'THIS AGREEMENT is dated the 1st day of July, 2024 and is made between Alpha Limited ("Licensor") and Beta GmbH ("Licensee").', '',
      '## 2. Grant', '', '2.1 The Licensor grants to the Licensee an exclusive licence to use the Software.', '',
      '2.2 The licence in clause 2.1 shall commence on 1 July 2024 and shall expire on 30 June 2029.', '',
      '## 3. Payment', '', '3.1 The Licensee shall pay an initial fee of five million dollars ($5,000,000) within fifteen (15) Business Days.', '',
      '3.2 Royalties of twenty-five percent (25%) of Net Sales are payable quarterly.', '',
      '3.3 A service credit of one-half of one percent (0.5%) of the monthly fee applies for each hour of unavailability.', '',
      '## 4. Term', '', '4.1 This Agreement shall continue for a period of sixty (60) months from the date of this Agreement.', '',
      '4.2 The Licensee may extend the term by a further twelve (12) months by giving not less than ninety (90) days\' notice.', '',
      '## 8. Termination', '', '8.1 Either party may terminate this Agreement by giving not less than six (6) months\' written notice.', '',
    ].join('\n')],
  ];
  for (const [name, text] of drafts) {
    it(name, () => {
      const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
      const r = parseTermModel(yaml);
      assert.deepStrictEqual(r.problems, [], yaml);
      const conflicts = analyzeDocument(text, r.model).findings.filter((f) => f.where === 'model' || /-conflict$|^forbidden-clause$|^missing-clause$/.test(f.code));
      assert.deepStrictEqual(conflicts.map((f) => `${f.code}: ${f.message}`), [], yaml);
      assert.ok(Object.keys(r.model!.terms).length >= 3, 'terms are written');
    });
  }
  it('party fields: those of the example\'s hand-written model; a field the draft contradicts is a comment, no party-conflict', () => {
    const text = drafts[0][1];
    const init = parseTermModel(startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) })).model!;
    const written = parseTermModel(readFileSync(path.join(__dirname, '..', '..', 'examples', 'microsoft-openai', 'partnership.terms.yaml'), 'utf8')).model!;
    const roles = (m: typeof init): string[] => Object.values(m.terms).flatMap((t) => PARTY_FIELDS.filter((f) => t[f]).map((f) => `${t.type}.${f}: ${t[f]}`)).sort();
    assert.ok(roles(written).length >= 5);
    assert.deepStrictEqual(roles(init), roles(written));
    // 2.2's exclusivity is only the agreement's name, so init does not read its holder; the check, linking 2.2 to the
    // exclusivity term by its type, reads the Supplier there
    const dist = [
      '# EXCLUSIVE DISTRIBUTION AGREEMENT', '',
      'This Exclusive Distribution Agreement is made between Harrow Instruments Limited (the "Supplier") and Nordvik Medical AB (the "Distributor").', '',
      '## 2. Appointment', '', '2.1 The Supplier grants to the Distributor the exclusive right to sell the Products in the Territory.', '',
      '2.2 Under this Exclusive Distribution Agreement the Supplier shall have the benefit of the marketing materials.', '',
    ].join('\n');
    const yaml = startTermModel({ text: dist, parties: draftParties(dist, analyzeDocument(dist)) });
    assert.match(yaml, /^ {4}# holder: distributor {3}# the draft does not agree: Section 2\.2 says "Supplier shall have"$/m, yaml);
    assert.match(yaml, /^ {4}licensee: distributor\n {4}licensor: supplier$/m, yaml);
    const m = parseTermModel(yaml).model;
    assert.deepStrictEqual(analyzeDocument(dist, m).findings.filter((f) => f.code === 'party-conflict'), []);
  });

  it('exclusivity "until December 31, 2027, and non-exclusive thereafter" is exclusive: true with ends: 2027-12-31', () => {
    const text = [
      '# Partnership Agreement', '',
      'This Partnership Agreement is made between Microsoft Corporation ("Microsoft") and OpenAI Group PBC ("OpenAI").', '',
      '## 1. Model Access', '',
      '1.1 OpenAI grants Microsoft exclusive access to the OpenAI Models and APIs until December 31, 2027, and non-exclusive access thereafter.', '',
      '1.2 Microsoft\'s exclusivity under Section 1.1 shall terminate on December 31, 2027.', '',
    ].join('\n');
    const yaml = startTermModel({ text });
    const term = Object.values(parseTermModel(yaml).model!.terms).find((t) => t.type === 'exclusivity');
    assert.ok(term, yaml);
    assert.deepStrictEqual([term.exclusive, term.ends], [true, '2027-12-31'], yaml);
  });
  it('effective: the defined start date ("Commencement Date" means …), not the date an English agreement is dated', () => {
    const draft = (dated: string) => [
      '# LICENCE AGREEMENT', '',
      `This Agreement is dated ${dated} between Alder Software Limited (the "Licensor") and Birch Retail plc (the "Licensee").`, '',
      '1. DEFINITIONS', '', '1.1 In this Agreement, "Commencement Date" means 1 February 2027.', '',
      '2. TERM', '', '2.1 This Agreement shall commence on the Commencement Date and continue until 31 January 2030.', '',
    ].join('\n');
    const text = draft('14 January 2027');
    const yaml = startTermModel({ text });
    assert.match(yaml, /^effective: 2027-02-01 {16}# from Section 1\.1$/m, yaml);
    assert.match(yaml, /^expires: 2030-01-31 /m, yaml);
    // the date it is dated is not compared with `effective` when the start is defined elsewhere ...
    const dates = (d: string, effective: string) => analyzeDocument(d, parseTermModel(`effective: ${effective}\nterms:\n  law: { type: governing-law }\n`).model)
      .findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(dates(text, '2027-02-01'), []);
    // ... the defined date is, and so is a date the draft is dated with its own definition of the start
    assert.deepStrictEqual(dates(text, '2027-03-01'), ['Section 1.1 says 1 February 2027 (2027-02-01); the term model says effective: 2027-03-01']);
    const us = 'This License Agreement is dated as of January 14, 2027 (the "Effective Date") between Alder Software Inc. and Birch Retail Inc.\n';
    assert.deepStrictEqual(dates(us, '2027-02-01'), ['Preamble says January 14, 2027 (2027-01-14); the term model says effective: 2027-02-01']);
  });
  it('a statement of work\'s dates in an exhibit are not the agreement\'s (init and the checks alike), unless marked', () => {
    const sow = (marker = '') => [
      '# MASTER SERVICES AGREEMENT', '',
      'This Master Services Agreement is effective as of January 15, 2026 (the "Effective Date") between Stratum Consulting Group LLC ("Stratum") and Oakridge Financial Corp. ("Client").', '',
      '## 2. Term', '', '2.1 This Agreement shall commence on the Effective Date and shall continue until January 14, 2031.', '',
      '## EXHIBIT B – STATEMENT OF WORK NO. 1', '', '1. Services. Stratum shall design a data platform for Client.', '',
      `${marker}2. Term. This SOW commences on February 1, 2026 and ends on December 31, 2026.`, '',
    ].join('\n');
    const yaml = startTermModel({ text: sow() });
    assert.match(yaml, /^effective: 2026-01-15 /m, yaml);
    assert.match(yaml, /^expires: 2031-01-14 /m, yaml);
    const model = parseTermModel(yaml).model!;
    assert.ok(Object.values(model.terms).some((t) => t.type === 'effective-date' && t.date === '2026-01-15'), yaml);
    const conflicts = (d: string) => analyzeDocument(d, model).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts(sow()), []);
    // a marker says the clause is the term's: compared
    const id = Object.values(model.terms).find((t) => t.type === 'effective-date')!.id;
    assert.deepStrictEqual(conflicts(sow(`<!-- term: ${id} -->\n`)).length, 1);
  });
  it('runs as steps for the editor (runInSlices), with the same result', () => {
    const text = drafts[0][1];
    const steps = startTermModelSteps({ text });
    let n = 0;
    let r = steps.next();
    while (!r.done) { n++; r = steps.next(); }
    assert.ok(n >= 10, `${n} steps: the analyses are sliced, not one block`);
    assert.strictEqual(r.value, startTermModel({ text }));
  });
  it('comments out a field the checks still find contradicted, saying where', () => {
    // 3.1's "exclusive right to access" is no licence's: its exclusivity term's, which the cloud clause 4.1,
    // non-exclusive, is compared with; the licence's non-exclusive (2.1) is compared with 3.1, which it links to
    const yaml = startTermModel({ text: drafts[0][1] });
    assert.match(yaml, /# exclusive: true {3}# the draft does not agree: Section 4\.1 makes it non-exclusive/);
    assert.match(yaml, /^ {2}license-grant:\n(?: {4}.*\n){1,4} {4}# exclusive: false {3}# the draft does not agree: Section 3\.1 grants exclusivity\n/m);
  });
});

describe('draftParties (init): the parties of the opening clause', () => {
  const parties = (text: string): ReturnType<typeof draftParties> => draftParties(text, analyzeDocument(text));

  it('one party per parenthetical, with its full name and every name the draft gives it', () => {
    const text = 'This Software License Agreement (this "Agreement") is entered into as of March 1, 2026 by and between Acme Software, Inc., a Delaware corporation ("Acme" or the "Licensor"), and Beta Health LLC, a New York limited liability company (the "Licensee").\n\n1.1 Licensor grants to Licensee a non-exclusive license.\n';
    assert.deepStrictEqual(parties(text), [
      { id: 'acme', name: 'Acme Software, Inc.', aliases: ['Acme', 'Licensor'] },
      { id: 'licensee', name: 'Beta Health LLC', aliases: ['Licensee'] },
    ]);
    const yaml = startTermModel({ parties: parties(text), text });
    const m = parseTermModel(yaml);
    assert.deepStrictEqual(m.problems, [], yaml);
    assert.deepStrictEqual(m.model!.parties.acme.aliases, ['Acme', 'Licensor']);
  });

  it('"by and among" three parties, a description with "and" in it, and "X" means …', () => {
    assert.deepStrictEqual(parties('This Stock Purchase Agreement is entered into by and among Harbor Holdings, Inc., a Delaware corporation (the "Buyer"), Jane Q. Smith (the "Seller"), and Globex Holdings Ltd., a company incorporated in England and Wales (the "Company").\n').map((p) => p.name),
      ['Harbor Holdings, Inc.', 'Jane Q. Smith', 'Globex Holdings Ltd.']);
    assert.deepStrictEqual(parties('Acme Corp. ("Acme") grants the licence below.\n').map((p) => p.name), ['Acme Corp.']);
    // a loan-out company furnishing an athlete: the athlete's name without the words before it (probe s18/37)
    assert.deepStrictEqual(parties('This Agreement is entered into by and between Vantage Athletic, Inc., an Oregon corporation ("Company"), and Reyes Performance Group, LLC, a California limited liability company ("Lender"), furnishing the services of Marisol Reyes, an individual ("Athlete").\n').map((p) => p.name),
      ['Vantage Athletic, Inc.', 'Reyes Performance Group, LLC', 'Marisol Reyes']);
    assert.deepStrictEqual(parties('In this Agreement, "Lender" means Albion Bank PLC and "Borrower" means Northwind Trading Limited.\n'), [
      { id: 'lender', name: 'Albion Bank PLC', aliases: ['Lender'] },
      { id: 'borrower', name: 'Northwind Trading Limited', aliases: ['Borrower'] },
    ]);
  });
});

describe('draftParties (init): documents and descriptions are not parties', () => {
  const parties = (text: string): ReturnType<typeof draftParties> => draftParties(text, analyzeDocument(text));
  it('the agreement an order form is made under is not a party; "X, the sole member of Seller" is named X', () => {
    assert.deepStrictEqual(parties('# Order Form\n\nThis Order Form is entered into under the Master Subscription Agreement dated May 1, 2024 (the "MSA") between Cirrus Software, Inc. ("Cirrus") and Northwind Logistics, Inc. ("Customer").\n'), [
      { id: 'cirrus', name: 'Cirrus Software, Inc.', aliases: ['Cirrus'] },
      { id: 'customer', name: 'Northwind Logistics, Inc.', aliases: ['Customer'] },
    ]);
    assert.deepStrictEqual(parties('# Asset Purchase Agreement\n\nThis ASSET PURCHASE AGREEMENT (this "Agreement") is entered into by and among Cobalt Analytics, Inc., a Delaware corporation ("Buyer"), Meridian Data Solutions LLC, a Colorado limited liability company ("Seller"), and Jordan Ellis, the sole member of Seller (the "Seller Principal").\n').map((p) => p.name),
      ['Cobalt Analytics, Inc.', 'Meridian Data Solutions LLC', 'Jordan Ellis']);
  });
});

describe('draftParties (init): English / LMA-style party lists, one party per numbered paragraph', () => {
  const parties = (text: string): ReturnType<typeof draftParties> => draftParties(text, analyzeDocument(text));
  const named = (text: string): [string, string, string[]][] => parties(text).map((p) => [p.id, p.name, [...p.aliases]]);

  it('licence: "is made between:" then (1), (2) paragraphs; names in capitals as written; "each a Party" is no party', () => {
    const text = [
      'THIS LICENCE AGREEMENT is dated 3 March 2026 and is made between:',
      '(1) ACME HOLDINGS LIMITED, a company incorporated in England and Wales with company number 01234567 whose registered office is at 1 King Street, London EC2V 8AU (the "Licensor"); and',
      '(2) BETA SYSTEMS LIMITED (company number 07654321) whose registered office is at 2 Queen Street, Manchester M1 1AA (the "Licensee"),',
      'each a "Party" and together the "Parties".',
      '1. GRANT OF LICENCE',
      '1.1 The Licensor grants to the Licensee a non-exclusive licence of the Software.',
    ].join('\n\n') + '\n';
    const expected: [string, string, string[]][] = [
      ['licensor', 'ACME HOLDINGS LIMITED', ['Licensor']],
      ['licensee', 'BETA SYSTEMS LIMITED', ['Licensee']],
    ];
    assert.deepStrictEqual(named(text), expected);
    // lettered (a), (b) the same
    assert.deepStrictEqual(named(text.replace('(1)', '(a)').replace('(2)', '(b)')), expected);
    const yaml = startTermModel({ parties: parties(text), text });
    const m = parseTermModel(yaml);
    assert.deepStrictEqual(m.problems, [], yaml);
    assert.strictEqual(m.model!.parties.licensor.name, 'ACME HOLDINGS LIMITED');
  });

  it('deed of assignment: BETWEEN: on its own line, ("Assignor"), (hereinafter "Assignee"), a name with (UK); the recitals are not parties', () => {
    const text = [
      '# Deed of Assignment',
      'THIS DEED is dated 14 April 2026',
      'BETWEEN:',
      '(1) NORTHERN LIGHTS MEDIA LIMITED, a company incorporated and registered in England and Wales with company number 04567890 whose registered office is at 10 Fleet Place, London EC4M 7RB ("Assignor"); and',
      '(2) ORBIT PICTURES (UK) LTD (company number 09876543) whose registered office is at 5 Wharf Road, Bristol BS1 4RN (hereinafter "Assignee").',
      'BACKGROUND',
      '(A) The Assignor is the owner of the copyright in the Works (the "Works").',
      '(B) The Assignor has agreed to assign the Works to the Assignee (the "Assignment").',
      'IT IS AGREED as follows:',
      '1. ASSIGNMENT',
      '1.1 The Assignor assigns to the Assignee all rights in the Works.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['assignor', 'NORTHERN LIGHTS MEDIA LIMITED', ['Assignor']],
      ['assignee', 'ORBIT PICTURES (UK) LTD', ['Assignee']],
    ]);
  });

  it('facility agreement: four parties, one bank in two roles, a class of lenders, "as agent" after the name', () => {
    const text = [
      'THIS AGREEMENT is dated 1 June 2026 and is made',
      'BETWEEN:',
      '(1) NORTHWIND TRADING LIMITED (registered number 01928374) as borrower (the "Borrower");',
      '(2) ALBION BANK PLC as mandated lead arranger (the "Arranger");',
      '(3) THE FINANCIAL INSTITUTIONS listed in Part II of Schedule 1 (The Original Parties) as lenders (the "Original Lenders"); and',
      '(4) ALBION BANK PLC as agent of the other Finance Parties (the "Agent").',
      'IT IS AGREED as follows:',
      '1. DEFINITIONS AND INTERPRETATION',
      '1.1 In this Agreement, "Facility" means the term loan facility made available under this Agreement.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['borrower', 'NORTHWIND TRADING LIMITED', ['Borrower']],
      ['arranger', 'ALBION BANK PLC', ['Arranger']],
      ['original-lenders', 'THE FINANCIAL INSTITUTIONS', ['Original Lenders']],
      ['agent', 'ALBION BANK PLC', ['Agent']],
    ]);
  });

  it('a class of parties defined "together with" another party: one party, named by its defined name', () => {
    const text = [
      'THIS AGREEMENT is dated 1 July 2026 and made between:',
      '(1) THORNBURY LOGISTICS LIMITED, a company incorporated in England and Wales with registered number 08123456 (the "Borrower");',
      '(2) THE COMPANIES listed in Part I of Schedule 1 as original guarantors (together with the Borrower, the "Original Guarantors"); and',
      '(3) ALBION BANK PLC as lender (the "Lender").',
      'IT IS AGREED as follows:',
      '1. DEFINITIONS AND INTERPRETATION',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['borrower', 'THORNBURY LOGISTICS LIMITED', ['Borrower']],
      ['original-guarantors', 'THE COMPANIES', ['Original Guarantors']],
      ['lender', 'ALBION BANK PLC', ['Lender']],
    ]);
  });

  it('NDA in Markdown: a "## Parties" heading, 1. 2. items in bold; a party with no defined name keeps its full name', () => {
    const text = [
      '# Mutual Non-Disclosure Agreement',
      'This agreement is dated 2 February 2026.',
      '## Parties',
      '1. **Kestrel Analytics Limited**, incorporated and registered in England and Wales with company number 11223344 whose registered office is at 3 Mill Lane, Cambridge CB2 1RX (**"Kestrel"**).\n2. **Harbour Robotics Ltd**, incorporated and registered in Scotland with company number SC445566 whose registered office is at 9 Dock Street, Leith EH6 6QP.',
      '## Agreed terms',
      '1. Each party shall keep the other\'s Confidential Information confidential.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['kestrel', 'Kestrel Analytics Limited', ['Kestrel']],
      ['harbour-robotics-ltd', 'Harbour Robotics Ltd', []],
    ]);
    const yaml = startTermModel({ parties: parties(text), text });
    const m = parseTermModel(yaml);
    assert.deepStrictEqual(m.problems, [], yaml);
    assert.strictEqual(m.model!.parties['harbour-robotics-ltd'].name, 'Harbour Robotics Ltd');
  });

  it('share purchase agreement: a PARTIES heading, individuals "of" an address, "each a Party" after the list, recitals', () => {
    const text = [
      'SHARE PURCHASE AGREEMENT',
      'THIS AGREEMENT is made on 30 January 2026',
      'PARTIES',
      '(1) JOHN ALBERT SMITH of 14 Orchard Way, Guildford GU1 2AB (the "Seller");',
      '(2) MARGARET ELLEN JONES of 22 Rose Lane, Oxford OX1 4AA (the "Guarantor"); and',
      '(3) CASTLEGATE INVESTMENTS LIMITED, a company incorporated in England and Wales (registered number 08765432) whose registered office is at 1 Castle Street, York YO1 9RN (the "Buyer"),',
      'each a "Party" and together the "Parties".',
      'RECITALS',
      '(A) Brightwater Limited (the "Company") is a private company limited by shares.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['seller', 'JOHN ALBERT SMITH', ['Seller']],
      ['guarantor', 'MARGARET ELLEN JONES', ['Guarantor']],
      ['buyer', 'CASTLEGATE INVESTMENTS LIMITED', ['Buyer']],
    ]);
  });

  it('services agreement: "between:" ending a line, items on single lines, an LLP, "each a Party" inside the last item', () => {
    const text = [
      'THIS SERVICES AGREEMENT is made on 12 May 2026 between:',
      '(1) SILVERLINE CONSULTING LLP, a limited liability partnership registered in England and Wales (number OC301234) whose registered office is at 7 Bank Street, Leeds LS1 5AT (the "Supplier"); and',
      '(2) Greenfield Retail plc (company number 00456789) whose registered office is at 40 Market Square, Norwich NR2 1ND (the "Customer"), each a "Party" and together the "Parties".',
    ].join('\n') + '\n\n1. SERVICES\n\n1.1 The Supplier shall provide the Services to the Customer.\n';
    assert.deepStrictEqual(named(text), [
      ['supplier', 'SILVERLINE CONSULTING LLP', ['Supplier']],
      ['customer', 'Greenfield Retail plc', ['Customer']],
    ]);
  });

  it('a "Parties" line, names without a quoted defined name (`(Licensor)` unquoted), a Background heading after', () => {
    const text = [
      'This agreement is dated 1 May 2026',
      'Parties',
      '(1) Acme Limited incorporated and registered in England and Wales with company number 01234567 whose registered office is at 1 King Street, London EC2V 8AU (Licensor).',
      '(2) BETA LIMITED incorporated and registered in England and Wales with company number 07654321 whose registered office is at 2 Queen Street, Manchester M1 1AA (Licensee).',
      'Background',
      '(A) The Licensor owns the Software.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['acme-limited', 'Acme Limited', []],
      ['beta-limited', 'BETA LIMITED', []],
    ]);
  });

  it('PARTIES then 1. and 2. paragraphs (read as numbered sections); "(together the Parties)" after the list', () => {
    const text = 'THIS AGREEMENT is dated 1 May 2026\n\nPARTIES\n\n1. ACME LIMITED, a company incorporated in England and Wales (the “Seller”); and\n\n2. BETA LIMITED, a company incorporated in Scotland (the “Buyer”)\n\n(together the “Parties” and each a “Party”).\n\nAGREED TERMS\n\n1. DEFINITIONS\n\n1.1 In this agreement, “Shares” means the shares.\n';
    assert.deepStrictEqual(named(text), [
      ['seller', 'ACME LIMITED', ['Seller']],
      ['buyer', 'BETA LIMITED', ['Buyer']],
    ]);
  });

  it('a list after "by and among:"; mixed-case names cut at their description, a party with two defined names', () => {
    const text = [
      'This Joint Venture Agreement is entered into on 5 May 2026 by and among:',
      '(a) Redwood Capital Partners LLP, a limited liability partnership ("Redwood" or the "Investor");',
      '(b) Jane Q. Smith of 4 Elm Road, Bath BA1 1AA (the "Founder"); and',
      '(c) Bluebell Foods Limited incorporated in England and Wales with company number 07777777 (the "Company").',
      'NOW IT IS AGREED as follows.',
    ].join('\n\n') + '\n';
    assert.deepStrictEqual(named(text), [
      ['redwood', 'Redwood Capital Partners LLP', ['Redwood', 'Investor']],
      ['founder', 'Jane Q. Smith', ['Founder']],
      ['company', 'Bluebell Foods Limited', ['Company']],
    ]);
  });

  it('a numbered list later in a US-style draft, or after "agreed by the parties:", does not replace the preamble\'s parties', () => {
    const text = 'This Agreement is entered into by and between Acme Corp., a Delaware corporation ("Acme"), and Beta LLC (the "Customer").\n\n1.1 Any dispute between:\n\n(a) Acme Holdings Limited (the "Parent"); and\n\n(b) the Customer,\n\nis settled by arbitration.\n';
    assert.deepStrictEqual(parties(text).map((p) => p.name), ['Acme Corp.', 'Beta LLC']);
    const agree = 'This Agreement is made by Acme Corp. ("Acme") and Beta LLC (the "Customer"). The following is agreed by the parties:\n\n1. Acme Holdings Limited (the "Parent") guarantees Acme.\n';
    assert.deepStrictEqual(parties(agree).map((p) => p.name), ['Acme Corp.', 'Beta LLC']);
    // Markdown: the section headings are not clauses, so "(a)" is the first numbered one
    const md = '# Services Agreement\n\nThis Agreement is made between Acme Corp. ("Acme") and Beta LLC (the "Customer").\n\n## 1. Services\n\nThe Services are divided between:\n\n(a) Acme Holdings Limited (the "Parent"); and\n\n(b) Acme Cloud Limited (the "Host").\n';
    assert.deepStrictEqual(parties(md).map((p) => p.name), ['Acme Corp.', 'Beta LLC']);
  });

  it('a defined name in the sentence that leads into the list ("this Deed") does not hide the list', () => {
    const text = 'THIS DEED OF ASSIGNMENT (this "Deed") is dated 14 April 2026 and is made between:\n\n(1) NORTHERN LIGHTS MEDIA LIMITED (company number 04567890) ("Assignor"); and\n\n(2) ORBIT PICTURES (UK) LTD (company number 09876543) ("Assignee").\n';
    assert.deepStrictEqual(parties(text).map((p) => [p.id, p.name]), [['assignor', 'NORTHERN LIGHTS MEDIA LIMITED'], ['assignee', 'ORBIT PICTURES (UK) LTD']]);
  });

  it('bad input never throws: empty, unbalanced quotes and brackets, huge items, many items (at most eight)', () => {
    const inputs = [
      '',
      'BETWEEN:',
      'BETWEEN:\n\n(1)',
      'BETWEEN:\n\n(1) ((((( "Licensor\n\n(2) ))))) ("")\n',
      `PARTIES\n\n(1) ${'A'.repeat(100000)} (the "Licensor")\n\n(2) ${'( '.repeat(30000)}\n`,
      `made between:\n\n${Array.from({ length: 40 }, (_, i) => `(${i + 1}) PARTY ${i} LIMITED (the "P${i}");`).join('\n\n')}\n`,
    ];
    for (const text of inputs) {
      const list = parties(text);
      assert.ok(list.length <= 8, text.slice(0, 40));
      for (const p of list) assert.ok(p.name.length >= 1 && p.name.length <= 100, p.name);
    }
    assert.strictEqual(parties(inputs[5]).length, 8);
  });
});

describe('init: what the draft states, not what its words merely mention (probe s10, items 21-23)', () => {
  const model = (text: string): NonNullable<ReturnType<typeof parseTermModel>['model']> => {
    const analysis = analyzeDocument(text);
    const yaml = startTermModel({ text, analysis, parties: draftParties(text, analysis) });
    const r = parseTermModel(yaml);
    assert.deepStrictEqual(r.problems, [], yaml);
    return r.model!;
  };
  const duration = (text: string): unknown => model(text).terms['notice-period']?.duration;

  it('a notice period is the length the notice sentence is about, not the renewal term in the same sentence', () => {
    const renew = (notice: string): string => `# Agreement\n\n4.2 Thereafter, this Agreement automatically renews for successive renewal terms of twelve (12) months each, unless either party gives the other ${notice}.\n`;
    assert.deepStrictEqual(duration(renew('written notice of non-renewal at least sixty (60) days prior to the end of the then-current term')), { amount: 60, unit: 'day' });
    assert.deepStrictEqual(duration(renew('not less than ninety (90) days\' prior written notice of non-renewal')), { amount: 90, unit: 'day' });
    assert.deepStrictEqual(duration('# Agreement\n\n3.2 The Initial Term shall renew automatically for successive periods of two (2) years unless either party gives written notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.\n'), { amount: 180, unit: 'day' });
    assert.deepStrictEqual(duration('# Agreement\n\n3.2 The Customer may extend this Agreement by a further period of twelve (12) months by giving the Supplier not less than three (3) months\' written notice before the end of the Term.\n'), { amount: 3, unit: 'month' });
    // a notice of no stated length: no value rather than the renewal's
    const none = model(renew('notice of non-renewal'));
    assert.ok(none.terms['notice-period'], 'the term is still written');
    assert.strictEqual(none.terms['notice-period'].duration, undefined);
  });

  it('an expiration-date term\'s duration is the agreement\'s own period, not the length of its renewals', () => {
    const term = (text: string): unknown => model(`# Agreement\n\n${text}\n`).terms['expiration-date']?.duration;
    // the SaaS probe: the initial term ends on a date, the renewals last twelve months each
    const saas = '4.1 The initial subscription term commences on the Effective Date and expires on February 28, 2029 (the "Initial Term").\n\n4.2 Thereafter, this Agreement automatically renews for successive renewal terms of twelve (12) months each, unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.';
    assert.strictEqual(term(saas), undefined);
    assert.strictEqual(term('4.1 This Agreement expires on March 31, 2030, and may be extended by the Customer for an additional period of two (2) years.'), undefined);
    for (const own of [
      'This Agreement shall continue for a period of five (5) years, and shall then expire.',
      'The Term of this Agreement shall be five (5) years, after which it expires.',
      'This Agreement shall commence on the Effective Date and continue for five (5) years, and shall expire at the end of that period.',
      'This Agreement shall remain in effect for a period of five (5) years and shall then expire.',
    ]) assert.deepStrictEqual(term(own), { amount: 5, unit: 'year' }, own);
  });

  it('a revenue share\'s rate is a share of revenue, sales or profits, not an option grant or a fee increase cap', () => {
    const rate = (sentence: string): unknown => {
      const text = `# Agreement\n\n3.1 ${sentence}\n`;
      const clauses = analyzeDocument(text).clauses.map((c) => ({ ...c, types: [{ type: 'revenue-share', confidence: 0.9, cues: [] }] }));
      return parseTermModel(createTermModelYaml({ text, clauses })).model!.terms['revenue-share'].rate;
    };
    assert.strictEqual(rate('The Company shall grant Executive an option to purchase 150,000 shares of common stock, representing approximately one and one-half percent (1.5%) of the Company\'s fully diluted capitalization.'), undefined);
    assert.strictEqual(rate('Provider may increase the Subscription Fees on any renewal by no more than five percent (5%) over the fees for the preceding Subscription Term.'), undefined);
    assert.strictEqual(rate('The fees shall not increase by more than 5% per year.'), undefined);
    assert.strictEqual(rate('The Borrower shall pay to the Arranger an arrangement fee of one per cent. (1%) of the Total Commitments.'), undefined);
    assert.strictEqual(rate('Stratosphere shall pay to Lumen fifteen percent (15%) of Net Model Revenue, payable quarterly.'), 15);
    assert.strictEqual(rate('Licensee shall pay Licensor a royalty equal to 7% on each unit sold.'), 7);
    assert.strictEqual(rate('Reseller shall remit 30% of all subscription fees received from End Users.'), 30);
    assert.strictEqual(rate('Partner shall be entitled to twenty percent (20%) of the net profits of the Venture.'), 20);
    assert.strictEqual(rate('Licensee shall pay Licensor 8% of the Net Selling Price of each Product.'), 8);
    // a rebate is a price reduction, not a share of revenue: the checks do not compare it with the rate either
    assert.strictEqual(rate('Supplier shall grant Buyer a volume rebate of six percent (6%) of Net Purchases.'), undefined);
    assert.strictEqual(rate('Customer shall receive a service credit of 10% of the fees paid by Customer for the affected month.'), undefined);
    assert.strictEqual(rate('Licensor may increase the royalty rate by no more than two percent (2%) per year.'), undefined);
    assert.strictEqual(rate('Late royalty payments bear interest at 1.5% per month.'), undefined);
    assert.strictEqual(rate('The revenue share that Telkom shall pay to SAP shall be 10%.'), 10);
    assert.strictEqual(rate('Such royalties shall be based upon the actual invoice price of such shipments, exclusive only of shipping charges and sales taxes, and shall be at the rate of 8.5% of the total of said invoice prices.'), 8.5);
    assert.strictEqual(rate('Spin agrees to pay Nettaxi a 5% commission on all transactions.'), 5);
  });

  it('a revenue share\'s amount is not a threshold, and its rate is not a rebate (probe s11: dist)', () => {
    const text = '# Agreement\n\n4.3 Distributor shall pay to Supplier a royalty of 7.5% of Net Sales.\n\n4.4 Distributor shall be entitled to a volume rebate of 1.5% of the purchase price once annual purchases exceed $1,000,000.\n';
    const clauses = analyzeDocument(text).clauses.map((c) => ({ ...c, types: [{ type: 'revenue-share', confidence: 0.9, cues: [] }, { type: 'liability-cap', confidence: 0.8, cues: [] }] }));
    const m = parseTermModel(createTermModelYaml({ text, clauses })).model!;
    assert.strictEqual(m.terms['revenue-share'].rate, 7.5);
    assert.strictEqual(m.terms['revenue-share'].amount, undefined);
    // "shall not exceed", "not less than": a cap's, a minimum's or a committed spend's own amount
    assert.deepStrictEqual(m.terms['liability-cap'].amount, { amount: 1000000, currency: 'USD' });
  });

  it('"shall continue for five (5) years from the Effective Date" is the expiration-date term\'s duration (probe s11: dist)', () => {
    const m = model('# Agreement\n\nThis Agreement is made as of 1 February 2026 (the "Effective Date").\n\n3.1 This Agreement shall continue for five (5) years from the Effective Date.\n');
    assert.deepStrictEqual(m.terms['expiration-date']?.duration, { amount: 5, unit: 'year' });
  });

  it('an effective date has no length: a period in its clause is not written as the effective-date term\'s duration', () => {
    const t = 'This Agreement is made on 6 July 2026. The Employment shall commence on 1 September 2026 and is subject to a probationary period of three (3) months.';
    const dur: Value = { kind: 'duration', start: t.indexOf('three (3) months'), end: t.indexOf('three (3) months') + 16, text: 'three (3) months', amount: 3, unit: 'month' };
    const c: Clause = { start: 0, end: t.length, kind: 'paragraph', number: '1', section: -1, label: 'Section 1', index: 0, types: [{ type: 'effective-date', confidence: 0.9, cues: [] }, { type: 'renewal-term', confidence: 0.8, cues: [] }], values: [dur] };
    const m = parseTermModel(createTermModelYaml({ text: t, clauses: [c] })).model!;
    assert.strictEqual(m.terms['effective-date'].duration, undefined);
    assert.deepStrictEqual(m.terms['renewal-term'].duration, { amount: 3, unit: 'month' }, 'a type with a length keeps it');
  });

  it('the title "Exclusive Distribution Agreement" grants nothing: no `exclusive` on the effective date, no exclusivity term from it', () => {
    const text = '# EXCLUSIVE DISTRIBUTION AGREEMENT\n\nThis Exclusive Distribution Agreement (this "Agreement") is made as of January 5, 2026 (the "Effective Date") between Solvane Pharma GmbH ("Supplier") and Meridia Medical Supplies Pty Ltd ("Distributor").\n\n## 6. Trademarks\n\n6.1 Supplier grants to Distributor a non-exclusive, royalty-free license to use the Supplier\'s trademarks.\n';
    const m = model(text);
    assert.strictEqual(m.terms['effective-date'].exclusive, undefined);
    assert.strictEqual(m.terms.exclusivity, undefined);
    assert.strictEqual(m.terms['license-grant'].exclusive, false);
    // a real appointment in the same opening clause still counts, for the exclusivity term
    const appoint = model(text.replace('("Distributor").', '("Distributor"), and Supplier hereby appoints Distributor as its exclusive distributor of the Products.'));
    assert.strictEqual(appoint.terms['effective-date'].exclusive, undefined);
    assert.strictEqual(appoint.terms.exclusivity?.exclusive, true);
  });

  it('"shall not be perpetual" makes no perpetual-license term; "a perpetual, irrevocable licence" does', () => {
    const grant = '# Agreement\n\n4.1 Lumen hereby grants to Stratosphere a non-exclusive, worldwide license to use the Lumen IP. The license granted in this Section 4.1 continues through December 31, 2031 and ';
    for (const tail of ['shall not be perpetual.', 'is non-perpetual.', 'is not perpetual or irrevocable.']) {
      const m = model(`${grant}${tail}\n`);
      assert.strictEqual(m.terms['perpetual-license'], undefined, tail);
      assert.ok(m.terms['license-grant'], tail);
    }
    assert.ok(model('# Agreement\n\n5.2 The Supplier grants to the Customer a non-exclusive, perpetual, royalty-free licence to use the Supplier\'s materials.\n').terms['perpetual-license']);
  });

  it('"Termination Date" / "Expiry Date" means a date gives `expires`, as "Effective Date" means gives `effective`', () => {
    const defs = (name: string, extra = ''): string => `# Facility Agreement\n\nTHIS AGREEMENT is dated 12 January 2026.\n\n## 1. Definitions\n\n"Margin" means 3.25 per cent. per annum.\n\n"${name}" means 12 January 2031.${extra}\n\n## 5. Repayment\n\n5.1 The Borrower shall repay the Loan in full on the ${name}.\n`;
    for (const name of ['Termination Date', 'Expiry Date', 'Expiration Date', 'Final Maturity Date']) {
      const m = model(defs(name));
      assert.strictEqual(m.expires, '2031-01-12', name);
      assert.strictEqual(m.terms['expiration-date']?.date, '2031-01-12', name);
    }
    const bold = model('# Agreement\n\n1.1 In this Agreement:\n\n**Expiry Date**: 31 March 2029;\n\n**Services**: the services.\n');
    assert.strictEqual(bold.expires, '2029-03-31');
    // a qualified name is the date of something else
    assert.strictEqual(model(defs('Lease Termination Date')).expires, undefined);
    assert.strictEqual(model(defs('Termination Date').replace('means 12 January 2031', 'means the date falling five years after the date of this Agreement')).expires, undefined);
  });

  it('the date of another document is not the agreement\'s effective date', () => {
    const text = '# DATA PROCESSING ADDENDUM\n\nThis Data Processing Addendum (this "Addendum") forms part of the Master Services Agreement dated 14 February 2026 (the "Principal Agreement") between Veritas Payroll Services Limited ("Processor") and Hollins & Pryce LLP ("Controller").\n\n## 6. Liability\n\n6.1 The Processor\'s total liability under this Addendum shall not exceed £500,000.\n';
    const m = model(text);
    assert.strictEqual(m.effective, undefined);
    assert.strictEqual(m.terms['effective-date']?.date, undefined);
    assert.strictEqual(model('# Agreement\n\nThis Agreement is dated 14 February 2026 and is made between Veritas Payroll Services Limited ("Processor") and Hollins & Pryce LLP ("Controller").\n').effective, '2026-02-14');
  });
  it('what a restatement recites in the past tense is not the deal ("Provider was Lab\'s exclusive provider … until January 31, 2025") (probe s18)', () => {
    const text = '# Restated Agreement\n\nThis Agreement is entered into as of March 2, 2026 by Halcyon Labs PBC ("Lab") and Cirrus Cloud Corporation ("Provider").\n\n## 2. Restatement\n\n2.2 Under the Original Agreement, Provider was Lab\'s exclusive provider of compute capacity until January 31, 2025. From the Restatement Date, Provider\'s rights are limited to the right of first refusal in Section 5.\n\n## 5. Right of First Refusal\n\n5.1 Provider has a right of first refusal over New Compute Capacity until December 31, 2031.\n';
    const m = model(text);
    assert.strictEqual(m.terms['first-refusal']?.ends, '2031-12-31');
  });
  it('a letter of intent, a deed of adherence or a memorandum of understanding the draft supersedes is another document (probe s18)', () => {
    for (const doc of ['the letter of intent dated January 15, 2027', 'the Deed of Adherence dated January 15, 2027', 'the Memorandum of Understanding dated January 15, 2027']) {
      const text = `# Agreement\n\nThis Agreement is entered into as of March 1, 2027 (the "Effective Date") by and between Alpha Inc. ("Alpha") and Beta LLC ("Beta").\n\n## 1. General\n\n1.1 Entire Agreement. This Agreement supersedes ${doc}.\n`;
      const m = model(text);
      assert.deepStrictEqual([m.effective, m.terms['effective-date']?.date], ['2027-03-01', '2027-03-01'], doc);
    }
  });
});

describe('draftParties (init): a defined name of a document is no party; names on one line', () => {
  const parties = (text: string): ReturnType<typeof draftParties> => draftParties(text, analyzeDocument(text));
  it('"amends the Master Supply Agreement dated … between Buyer and Supplier (the "Original Agreement")"', () => {
    const text = '# FIRST AMENDMENT\n\nThis First Amendment (this "Amendment") is entered into as of September 1, 2026 by and between Orchard Foods, Inc., a Delaware corporation ("Buyer"), and Pinecrest Packaging LLC, an Ohio limited liability company ("Supplier"), and amends the Master Supply Agreement dated as of March 15, 2023 between Buyer and Supplier (the "Original Agreement").\n';
    assert.deepStrictEqual(parties(text).map((p) => p.id), ['buyer', 'supplier']);
    assert.deepStrictEqual(parties(text.replace('"Original Agreement"', '"MSA"')).map((p) => p.id), ['buyer', 'supplier']);
  });
  it('a defined date is no party: `made as of June 15, 2026 (the "Issue Date") by and between …` (probe s17, r15)', () => {
    const text = 'This Convertible Note Purchase Agreement (this "Agreement") is made as of June 15, 2026 (the "Issue Date") by and between Lumenfold, Inc., a Delaware corporation (the "Company"), and Northgate Ventures Fund III, L.P., a Delaware limited partnership (the "Investor").\n';
    assert.deepStrictEqual(parties(text).map((p) => [p.id, p.name]), [['company', 'Lumenfold, Inc.'], ['investor', 'Northgate Ventures Fund III, L.P.']]);
    assert.deepStrictEqual(parties(text.replace('Issue Date', 'Closing Date')).map((p) => p.id), ['company', 'investor']);
  });
  it('a hard-wrapped or CRLF draft: "Cloudlark,\\r\\nInc." is "Cloudlark, Inc."', () => {
    const lines = 'This Master Subscription Agreement (this "Agreement") is entered into\nas of March 1, 2026 (the "Effective Date") by and between Cloudlark,\nInc., a Delaware corporation ("Provider"), and Harborview Health\nSystems, LLC, a New York limited liability company ("Customer").\n';
    for (const text of [lines, lines.replace(/\n/g, '\r\n')]) {
      assert.deepStrictEqual(parties(text).map((p) => p.name), ['Cloudlark, Inc.', 'Harborview Health Systems, LLC']);
      const m = parseTermModel(createTermModelYaml({ text, clauses: [], parties: [{ id: 'x', name: 'Acme\r\n  Corp.', aliases: ['Acme\nCorp'] }] })).model!;
      assert.deepStrictEqual([m.parties.x.name, m.parties.x.aliases], ['Acme Corp.', ['Acme Corp']]);
    }
  });
});

describe('agreementTitle (the model\'s `agreement:`)', () => {
  const title = (text: string) => agreementTitle(text, analyzeDocument(text));
  it('the first heading, or the first line, when it names an agreement; not a structural heading or a sentence (probe s13)', () => {
    assert.strictEqual(title('---\nterms: a.terms.yaml\n---\n\n# Reseller Agreement\n\n## 1. Term\n\n1.1 Text.\n'), 'Reseller Agreement');
    // a plain-text title line above "ARTICLE I / DEFINITIONS"
    assert.strictEqual(title('SUPPLY AGREEMENT\n\nThis Agreement is made on 1 May 2026.\n\nARTICLE I\nDEFINITIONS\n\nSection 1.01 Terms.\n'), 'SUPPLY AGREEMENT');
    // a UK draft: "THIS AGREEMENT is dated …" then "PARTIES": no title rather than a wrong one
    assert.strictEqual(title('THIS AGREEMENT is dated 14 January 2027\n\nPARTIES\n\n(1) ALPHA LIMITED (the "Licensor").\n\n1. INTERPRETATION\n\n1.1 Text.\n'), undefined);
    assert.strictEqual(title('# Definitions\n\n"Fees" means the fees.\n'), undefined);
  });
});

describe('init: a notice period has no dates of its own (probe s14, item 7)', () => {
  const model = (text: string): NonNullable<ReturnType<typeof parseTermModel>['model']> => {
    const analysis = analyzeDocument(text);
    return parseTermModel(startTermModel({ text, analysis, parties: draftParties(text, analysis) })).model!;
  };
  it('"continue until May 31, 2029, unless terminated earlier" gives the expiry, not the notice term\'s `ends`', () => {
    for (const text of [
      '# Lease\n\n## 1. Definitions\n\n1.1 "Expiration Date" means August 31, 2036, unless sooner terminated or extended in accordance with this Lease.\n\n## 2. Term\n\n2.1 Tenant may terminate this Lease on six (6) months\' written notice to Landlord.\n',
      '# Employment Agreement\n\n## 3. Term\n\n3.1 The Executive\'s employment under this Agreement shall commence on the Effective Date and shall continue until May 31, 2029 (the "Initial Term"), unless terminated earlier in accordance with Section 6.\n',
    ]) {
      const m = model(text);
      assert.ok(m.expires, text);
      for (const t of Object.values(m.terms)) if (t.type === 'notice-period') assert.deepStrictEqual([t.starts, t.ends, t.date], [undefined, undefined, undefined], text);
      // a changed expiry in the draft is then reported against the agreement's expiry (or its term), not a notice term
      const changed = text.replace(/2036|2029/, '2035');
      const f = analyzeDocument(changed, m).findings.filter((x) => x.code === 'date-conflict');
      assert.deepStrictEqual(f.map((x) => (x.term ? m.terms[x.term].type : 'expires')), [text.includes('Lease') ? 'expires' : 'expiration-date'], changed);
    }
  });
});

describe('init: values a term takes from a clause that states another thing (probe s17)', () => {
  /** One clause of `types` holding `t`, with values placed at their text. */
  const model = (clauses: [string, string[], ((t: string) => Value)[]][]): NonNullable<ReturnType<typeof parseTermModel>['model']> => {
    const text = clauses.map(([t]) => t).join('\n\n');
    let start = 0;
    const list: Clause[] = clauses.map(([t, types, values], index) => {
      const c: Clause = { start, end: start + t.length, kind: 'paragraph', number: String(index + 1), section: -1, label: `Section ${index + 1}`, index, types: types.map((type, i) => ({ type, confidence: 0.9 - i / 10, cues: [] })), values: values.map((v) => v(text)) };
      start += t.length + 2;
      return c;
    });
    const r = parseTermModel(createTermModelYaml({ text, clauses: list }));
    assert.deepStrictEqual(r.problems, []);
    return r.model!;
  };
  const at = (text: string, s: string): { start: number; end: number; text: string } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const pct = (s: string, value: number) => (t: string): Value => ({ kind: 'percent', ...at(t, s), value });
  const dur = (s: string, amount: number, unit: 'day' | 'month' | 'year') => (t: string): Value => ({ kind: 'duration', ...at(t, s), amount, unit });
  const eur = (s: string, amount: number) => (t: string): Value => ({ kind: 'money', ...at(t, s), amount, currency: 'EUR' });
  const date = (s: string, iso: string) => (t: string): Value => ({ kind: 'date', ...at(t, s), iso, year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8), valid: true });

  it('an agreement\'s dates have no amount: "a licence fee of €400,000 within ten (10) Business Days after the Commencement Date"', () => {
    const m = model([['4.1 The Licensee shall pay the Licensor a licence fee of €400,000 within ten (10) Business Days after the Commencement Date.', ['effective-date', 'minimum-commitment'], [eur('€400,000', 400000)]]]);
    assert.deepStrictEqual([m.terms['effective-date'].amount, m.terms['minimum-commitment'].amount], [undefined, { amount: 400000, currency: 'EUR' }]);
  });

  it('a percentage after "less than" or "not exceeding" is a threshold or a cap, not a stake or a share', () => {
    const m = model([
      ['1.7 "Net Revenue" means the amounts received, less payment processing fees not exceeding three percent (3%) of the amounts received.', ['revenue-share'], [pct('three percent (3%)', 3)]],
      ['3.1 Reseller shall pay Provider thirty percent (30%) of Net Revenue.', ['revenue-share'], [pct('thirty percent (30%)', 30)]],
      ['1.8 "Sale of the Company" means a merger in which the stockholders hold less than fifty percent (50%) of the voting power.', ['equity'], [pct('fifty percent (50%)', 50)]],
    ]);
    assert.deepStrictEqual([m.terms['revenue-share'].rate, m.terms.equity.percent], [30, undefined]);
  });

  it('a duty\'s deadline and a sell-off after termination are no term\'s length; a right\'s window, a renewal and an option after the end are', () => {
    const m = model([
      ['8.3 If the Company issues a note on better terms, the Company shall notify the Investor within ten (10) days.', ['most-favored-nation'], [dur('ten (10) days', 10, 'day')]],
      ['9.4 On termination the Licensee may sell its stock for six (6) months, subject to paying royalties.', ['revenue-share'], [dur('six (6) months', 6, 'month')]],
      ['8.1 On a change of control, the other party may, within sixty (60) days after becoming aware of it, require a sale.', ['change-of-control'], [dur('sixty (60) days', 60, 'day')]],
      ['14.2 On expiry of the Initial Period this agreement shall continue for successive periods of two (2) years.', ['renewal-term'], [dur('two (2) years', 2, 'year')]],
      ['16.1 Upon the termination of the Franchise, we will have the option, exercisable for thirty (30) days, to purchase its assets.', ['first-refusal'], [dur('thirty (30) days', 30, 'day')]],
    ]);
    assert.deepStrictEqual(m.terms['first-refusal'].duration, { amount: 30, unit: 'day' });
    assert.deepStrictEqual([m.terms['most-favored-nation'].duration, m.terms['revenue-share'].duration], [undefined, undefined]);
    assert.deepStrictEqual([m.terms['change-of-control'].duration, m.terms['renewal-term'].duration], [{ amount: 60, unit: 'day' }, { amount: 2, unit: 'year' }]);
  });

  it('a payment\'s deadline is no term\'s length: "not paid within five (5) days", "payable within thirty (30) days" (probe s14 lease)', () => {
    const m = model([
      ['3.4 Late Charge. Any installment of rent not paid within five (5) days after it is due shall bear a late charge of five percent (5%) of the overdue amount.', ['revenue-share'], [dur('five (5) days', 5, 'day')]],
      ['4.2 Commissions are payable within thirty (30) days after the end of each month.', ['minimum-commitment'], [dur('thirty (30) days', 30, 'day')]],
      ['9.1 Either party may terminate this Agreement for convenience, and any fee due within sixty (60) days remains payable.', ['termination-for-convenience'], [dur('sixty (60) days', 60, 'day')]],
      ['11.2 For two (2) years after termination, Franchisee shall not operate a competing business.', ['non-compete'], [dur('two (2) years', 2, 'year')]],
    ]);
    assert.deepStrictEqual([m.terms['revenue-share'].duration, m.terms['minimum-commitment'].duration, m.terms['termination-for-convenience'].duration], [undefined, undefined, undefined]);
    assert.deepStrictEqual(m.terms['non-compete'].duration, { amount: 2, unit: 'year' });
  });

  it('"not less than nine (9) months nor more than twelve (12) months before expiration": the twelve months is no notice length (probe s14 franchise)', () => {
    const nine = (more: string): unknown => model([[`3.2 Franchisee may renew if it gives Franchisor written notice of its election to renew ${more} twelve (12) months before expiration.`, ['notice-period'], [dur('twelve (12) months', 12, 'month')]]]).terms['notice-period'].duration;
    assert.strictEqual(nine('not less than nine (9) months nor more than'), undefined);
    assert.strictEqual(nine('no more than'), undefined);
    assert.deepStrictEqual(nine('at least'), { amount: 12, unit: 'month' });
    // the nine months is the notice's, not the renewal's
    const text = '3.2 Franchisee may renew the franchise for one (1) additional term of ten (10) years if Franchisee gives Franchisor written notice of its election to renew not less than nine (9) months nor more than twelve (12) months before expiration.';
    const before = (t: string): Value => ({ kind: 'relative-date', ...at(t, 'twelve (12) months before expiration'), amount: 12, unit: 'month', direction: 'before', anchor: 'expiration' } as Value);
    const r = model([[text, ['renewal-term', 'notice-period'], [dur('ten (10) years', 10, 'year'), dur('nine (9) months', 9, 'month'), before]]]);
    assert.deepStrictEqual([r.terms['renewal-term'].duration, r.terms['notice-period'].duration], [{ amount: 10, unit: 'year' }, { amount: 9, unit: 'month' }]);
  });

  it('"Franchisee\'s rights in the Protected Territory are exclusive", a clause also read as a licence: the exclusivity term\'s, not the licence\'s (probe s14 franchise)', () => {
    const excl = (s: string) => (t: string): Value => ({ kind: 'exclusive', ...at(t, s), value: true });
    const grant = '2.1 Franchisor hereby grants to Franchisee a license to use the Marks and the System.';
    const m = model([
      [grant, ['license-grant'], []],
      ['2.2 Franchisor shall not grant a franchise to any other person within the Protected Territory. Franchisee\'s rights in the Protected Territory are exclusive.', ['license-grant', 'exclusivity'], [excl('exclusive')]],
    ]);
    assert.deepStrictEqual([m.terms['license-grant'].exclusive, m.terms.exclusivity.exclusive], [undefined, true]);
    // words that qualify a licence are the licence's
    const l = model([[grant, ['license-grant'], []], ['2.2 Franchisor grants to Franchisee an exclusive, royalty-free licence to use the Recipes.', ['license-grant', 'exclusivity'], [excl('exclusive')]]]);
    assert.deepStrictEqual([l.terms['license-grant'].exclusive, l.terms.exclusivity.exclusive], [true, undefined]);
  });

  it('a renewal clause\'s initial term is not the renewal\'s length: "an initial term of three (3) years … renewal terms of one (1) year" (probe s17 OEM)', () => {
    const m = model([['6.1 Term. This Agreement continues for an initial term of three (3) years, until August 31, 2029 (the "Initial Term"), and then renews automatically for successive renewal terms of one (1) year each.', ['renewal-term'], [dur('three (3) years', 3, 'year'), dur('one (1) year', 1, 'year')]]]);
    assert.deepStrictEqual(m.terms['renewal-term'].duration, { amount: 1, unit: 'year' });
  });

  it('a renewal clause\'s end of the initial term is not the renewal\'s end', () => {
    const m = model([['6.1 This Agreement continues for an initial term of three (3) years, until August 31, 2029 (the "Initial Term"), and then renews for successive renewal terms of one (1) year each.', ['renewal-term'], [date('August 31, 2029', '2029-08-31')]]]);
    assert.strictEqual(m.terms['renewal-term'].ends, undefined);
  });

  it('the effective-date term takes the defined date, as the agreement\'s `effective` does, not the date it is dated', () => {
    const m = model([
      ['THIS AGREEMENT is dated 16 April 2026.', ['effective-date'], [date('16 April 2026', '2026-04-16')]],
      ['1.1 "Commencement Date" means 1 May 2026.', ['effective-date'], [date('1 May 2026', '2026-05-01')]],
    ]);
    assert.deepStrictEqual([m.effective, m.terms['effective-date'].date], ['2026-05-01', '2026-05-01']);
  });

  it('a cap\'s basket and an exception\'s own cap are not the cap\'s amount, nor a look-back its duration (probe s17 asset purchase, compute capacity)', () => {
    const cap = (clauses: [string, ((t: string) => Value)[]][]) => model(clauses.map(([t, v]) => [t, ['liability-cap'], v])).terms['liability-cap'];
    const basket = cap([
      ['8.3 Basket. Seller shall not be liable under Section 8.1(a) until the aggregate Losses exceed €120,000, after which Seller shall be liable for all Losses.', [eur('€120,000', 120000)]],
      ['8.4 Cap. The aggregate liability of Seller under Section 8.1(a) shall not exceed €3,000,000.', [eur('€3,000,000', 3000000)]],
    ]);
    assert.deepStrictEqual(basket.amount, { amount: 3000000, currency: 'EUR' });
    const lookBack = cap([['10.2 Cap. Each party\'s aggregate liability shall not exceed the fees paid in the twelve (12) months before the claim, except for breach of Section 6.2, for which Provider\'s liability shall not exceed €500,000,000.', [dur('twelve (12) months', 12, 'month'), eur('€500,000,000', 500000000)]]]);
    assert.deepStrictEqual([lookBack.amount, lookBack.duration], [undefined, undefined]);
    // a cap's own period stays: "for a period of twelve (12) months"
    assert.deepStrictEqual(cap([['10.2 For a period of twelve (12) months after Closing, the liability of Seller shall not exceed €3,000,000.', [dur('twelve (12) months', 12, 'month')]]]).duration, { amount: 12, unit: 'month' });
  });

  it('the end of a period with a name of its own is the agreement\'s only when no other date says otherwise (probe s17 compute capacity, NDA)', () => {
    const named = ['3.2 The "Exclusivity Period" means the period from the Effective Date until June 30, 2029.', ['expiration-date'], [date('June 30, 2029', '2029-06-30')]] as [string, string[], ((t: string) => Value)[]];
    const m = model([named, ['8.1 Term. This Agreement continues for a term of four (4) years, until June 30, 2030 (the "Term").', ['expiration-date'], [date('June 30, 2030', '2030-06-30')]]]);
    assert.deepStrictEqual([m.expires, m.terms['expiration-date'].date], ['2030-06-30', '2030-06-30']);
    // "This Agreement … continues until the end of the Disclosure Period": the only date is the agreement's
    assert.strictEqual(model([named]).expires, '2029-06-30');
  });
});

describe('init: parties "by and among" (probe s18, 34-strategic-investment)', () => {
  it('reads the preamble "by and among", not a later definition of a document "between the Company and the Investor"', () => {
    const text = [
      '# STOCK PURCHASE AGREEMENT',
      '',
      'This Stock Purchase Agreement (this "Agreement") is made as of December 14, 2026 by and among Lumina Photonics, Inc., a Delaware corporation (the "Company"), and Orion Semiconductor Corporation, a Delaware corporation (the "Investor").',
      '',
      '## 1. Definitions',
      '',
      '1.1 "Side Letter" means the letter agreement between the Company and the Investor dated the date of this Agreement.',
      '',
      '1.2 "Shares" means the shares of Series C Preferred Stock.',
      '',
    ].join('\n');
    assert.deepStrictEqual(draftParties(text, analyzeDocument(text)).map((p) => [p.id, p.name, p.aliases]), [
      ['company', 'Lumina Photonics, Inc.', ['Company']],
      ['investor', 'Orion Semiconductor Corporation', ['Investor']],
    ]);
  });
});

describe('init: the date of a letter of intent or a term sheet is another document\'s (probe s18, 33 and 34)', () => {
  it('"supersedes the Letter of Intent dated November 12, 2026" / "the term sheet dated October 2, 2026" leave the effective date alone', () => {
    for (const doc of ['the Letter of Intent dated November 12, 2026', 'the term sheet dated October 2, 2026']) {
      const text = [
        '# TRADEMARK LICENSE AGREEMENT',
        '',
        'This Trademark License Agreement (this "Agreement") is entered into as of March 1, 2027 (the "Effective Date") by and between Harborview Brands, LLC ("Licensor") and Tidewater Outfitters, Inc. ("Licensee").',
        '',
        '## 1. Grant',
        '',
        '1.1 Licensor hereby grants to Licensee a license to use the Licensed Marks.',
        '',
        `1.2 Entire Agreement. This Agreement is the entire agreement of the parties and supersedes ${doc} between the parties.`,
        '',
      ].join('\n');
      const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
      assert.match(yaml, /^effective: 2027-03-01/m, doc);
    }
  });
});

describe('init: a recital naming "a non-binding term sheet dated July 9, 2026" (probe s18, 39-joint-development)', () => {
  it('leaves the effective date and the end alone', () => {
    const text = [
      '# JOINT DEVELOPMENT AGREEMENT',
      '',
      'This Joint Development Agreement (this "Agreement") is entered into as of September 14, 2026 (the "Effective Date") by and between Tessaract Silicon, Inc. ("Tessaract") and Meridian Intelligence Labs, PBC ("Meridian").',
      '',
      '## Recitals',
      '',
      'A. The Parties entered into a Mutual Nondisclosure Agreement dated April 2, 2026 (the "NDA") and a non-binding term sheet dated July 9, 2026 (the "Term Sheet"), and now wish to develop a chip.',
      '',
      '## 10. Term',
      '',
      '10.1 This Agreement commences on the Effective Date and continues until December 31, 2029 (the "Term").',
      '',
    ].join('\n');
    const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
    assert.match(yaml, /^effective: 2026-09-14/m);
    assert.match(yaml, /^expires: 2029-12-31/m);
  });
});

describe('init: a pool "not exceeding in the aggregate ten percent (10%)" is no stake (probe s18, 34-strategic-investment)', () => {
  it('takes the stake, not the cap on the option pool', () => {
    const text = [
      '# STOCK PURCHASE AGREEMENT',
      '',
      'This Stock Purchase Agreement (this "Agreement") is made as of December 14, 2026 by and among Lumina Photonics, Inc. (the "Company") and Orion Semiconductor Corporation (the "Investor").',
      '',
      '## 1. Definitions',
      '',
      '1.1 "Excluded Securities" means (a) shares of Common Stock issued on conversion of the Preferred Stock, and (b) options issued under an equity plan approved by the Board, not exceeding in the aggregate ten percent (10%) of the Fully Diluted Shares.',
      '',
      '## 2. Purchase',
      '',
      '2.1 Immediately after the Closing, the Shares will represent nineteen and nine-tenths percent (19.9%) of the Fully Diluted Shares.',
      '',
    ].join('\n');
    const yaml = startTermModel({ text, parties: draftParties(text, analyzeDocument(text)) });
    assert.match(yaml, /^ {4}percent: 19\.9%$/m);
  });
});
