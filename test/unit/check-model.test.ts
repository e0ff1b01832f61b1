import * as assert from 'assert';
import type { Clause, Finding, TermModel as TermModelT } from '../../src/core/types';
import { parseTermModel } from '../../src/core/model/parse';
import { analyzeDocument } from '../../src/core/analyze';
import {
  apply, at, clause, dateV, durV, exclV, marker, model, moneyV, pairV, pctV, run,
} from './check-model-helpers';

const YAML = `agreement: Partnership Agreement
effective: 2025-10-28
expires: 2035-10-27
parties:
  microsoft: { name: Microsoft Corporation, aliases: [Microsoft, MSFT] }
  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }
terms:
  model-access:
    type: exclusivity
    holder: microsoft
    exclusive: false
    subject: access to OpenAI models and APIs
  ip-license:
    type: license-grant
    licensee: microsoft
    ends: 2032-12-31
  revenue-share:
    type: revenue-share
    payer: microsoft
    payee: openai
    rate: 0%
  agi:
    type: agi
    allowed: false
  law:
    type: governing-law
    required: true
`;

const MODEL = model(YAML, {
  effective: '2025-10-28',
  expires: '2035-10-27',
  parties: { microsoft: { name: 'Microsoft Corporation', aliases: ['Microsoft', 'MSFT'] }, openai: { name: 'OpenAI Group PBC', aliases: ['OpenAI'] } },
  terms: {
    'model-access': { type: 'exclusivity', holder: 'microsoft', exclusive: false, subject: 'access to OpenAI models and APIs' },
    'ip-license': { type: 'license-grant', licensee: 'microsoft', ends: '2032-12-31' },
    'revenue-share': { type: 'revenue-share', payer: 'microsoft', payee: 'openai', rate: 0 },
    agi: { type: 'agi', allowed: false },
    law: { type: 'governing-law', required: true },
  },
});

const LAW = 'This Agreement is governed by the laws of the State of New York.';

function codes(fs: readonly Finding[]): string[] {
  return fs.map((f) => `${f.code}:${f.severity}`).sort();
}
function only(fs: readonly Finding[], code: string): Finding {
  const list = fs.filter((f) => f.code === code);
  assert.strictEqual(list.length, 1, `expected one ${code}, got ${JSON.stringify(fs.map((f) => f.message))}`);
  return list[0];
}

describe('check-model: linking', () => {
  it('links by type, by marker, and lists term → clauses', () => {
    const text = `A. OpenAI grants Microsoft non-exclusive access to its models.\n<!-- term: ip-license -->\nB. Microsoft may use the IP.\nC. ${LAW}`;
    const cs: Clause[] = [
      clause(text, 'A. OpenAI grants Microsoft non-exclusive access to its models.', 0, 'Section 1', ['exclusivity']),
      clause(text, 'B. Microsoft may use the IP.', 1, 'Section 2', []),
      clause(text, `C. ${LAW}`, 2, 'Section 3', ['governing-law']),
    ];
    const r = run(text, cs, MODEL, [marker(text, 'ip-license', 1)]);
    assert.deepStrictEqual(r.link.links, [{ term: 'model-access', link: 'type' }, { term: 'ip-license', link: 'marker' }, { term: 'law', link: 'type' }]);
    assert.deepStrictEqual(r.link.termLinks, { 'model-access': [0], 'ip-license': [1], law: [2] });
    assert.deepStrictEqual(r.findings, []);
  });

  it('chooses among terms of one type by subject words and parties, and leaves a tie unlinked', () => {
    const yaml = `parties:\n  acme: { name: Acme Corp., aliases: [Acme] }\n  beta: { name: Beta LLC, aliases: [Beta] }\nterms:\n  distribution:\n    type: exclusivity\n    holder: acme\n    exclusive: false\n    subject: distribution of the Products\n  hosting:\n    type: exclusivity\n    holder: beta\n    exclusive: true\n    subject: cloud hosting services\n`;
    const m = model(yaml, {
      parties: { acme: { name: 'Acme Corp.', aliases: ['Acme'] }, beta: { name: 'Beta LLC', aliases: ['Beta'] } },
      terms: {
        distribution: { type: 'exclusivity', holder: 'acme', exclusive: false, subject: 'distribution of the Products' },
        hosting: { type: 'exclusivity', holder: 'beta', exclusive: true, subject: 'cloud hosting services' },
      },
    });
    const text = 'Acme is the exclusive distributor of the Products.\nBeta shall host exclusively.\nEach party has exclusive rights.';
    const cs = [
      clause(text, 'Acme is the exclusive distributor of the Products.', 0, 'Section 1', ['exclusivity'], [exclV(text, 'exclusive', true)]),
      clause(text, 'Beta shall host exclusively.', 1, 'Section 2', ['exclusivity']),
      clause(text, 'Each party has exclusive rights.', 2, 'Section 3', ['exclusivity']),
    ];
    const r = run(text, cs, m);
    assert.deepStrictEqual(r.link.links[0], { term: 'distribution', link: 'subject' });
    assert.deepStrictEqual(r.link.links[1], { term: 'hosting', link: 'subject' });
    assert.strictEqual(r.link.links[2], undefined);
    // the subject link is a heuristic: the conflict is a warning
    const f = only(r.findings, 'exclusivity-conflict');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.message, 'Section 1 grants exclusivity; term `distribution` says exclusive: false');
    // the edit is clear, the link is not: offered, never preferred
    assert.deepStrictEqual(f.fixes.map((x) => [x.where, x.preferred ?? false]), [['draft', false], ['model', false]]);
  });

  it('reports an unknown marker id with a fix to the one close id', () => {
    const text = '<!-- term: ip-licence -->\nA. Microsoft may use the IP.';
    const cs = [clause(text, 'A. Microsoft may use the IP.', 0, 'Section 1', [])];
    const r = run(text, cs, MODEL, [marker(text, 'ip-licence', 0)]);
    const f = only(r.findings, 'model-reference');
    assert.strictEqual(f.where, 'draft');
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual({ start: f.start, end: f.end }, at(text, 'ip-licence'));
    assert.strictEqual(f.message, 'Unknown term `ip-licence` in the marker; did you mean `ip-license`?');
    assert.strictEqual(f.fixes.length, 1);
    assert.strictEqual(apply(text, f.fixes[0]).slice(0, 25), '<!-- term: ip-license -->');
    assert.strictEqual(f.related[0].where, 'model');
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), 'ip-license');
    assert.strictEqual(r.link.links[0], undefined);
  });

  it('names the known ids when no id is close', () => {
    const text = '<!-- term: zzzzzzzz -->\nA. Text.';
    const r = run(text, [clause(text, 'A. Text.', 0, 'Section 1', [])], MODEL, [marker(text, 'zzzzzzzz', 0)]);
    const f = only(r.findings, 'model-reference');
    assert.strictEqual(f.message, 'Unknown term `zzzzzzzz` in the marker; the term model defines `model-access`, `ip-license`, `revenue-share`, `agi`, `law`');
    assert.deepStrictEqual(f.fixes, []);
  });

  it('does nothing without a model', () => {
    const text = '<!-- term: x -->\nA. OpenAI grants Microsoft exclusive access.';
    const cs = [clause(text, 'A. OpenAI grants Microsoft exclusive access.', 0, 'Section 1', ['exclusivity', 'agi'], [exclV(text, 'exclusive', true)])];
    const r = run(text, cs, null, [marker(text, 'x', 0)]);
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.link.termLinks, {});
  });
});

describe('check-model: rules', () => {
  it('exclusivity-conflict: granted where the model says exclusive: false, with safe fixes both ways', () => {
    const text = `2.1 OpenAI grants Microsoft an exclusive licence to access OpenAI models and APIs.\n${LAW}`;
    const body = '2.1 OpenAI grants Microsoft an exclusive licence to access OpenAI models and APIs.';
    const cs = [clause(text, body, 0, 'Section 2.1', ['exclusivity'], [exclV(text, 'exclusive', true)]), clause(text, LAW, 1, 'Section 9', ['governing-law'])];
    const r = run(text, cs, MODEL);
    const f = only(r.findings, 'exclusivity-conflict');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Section 2.1 grants exclusivity; term `model-access` says exclusive: false');
    assert.deepStrictEqual({ start: f.start, end: f.end }, at(text, 'exclusive'));
    assert.strictEqual(f.term, 'model-access');
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), 'false');
    const draftFix = f.fixes.find((x) => x.where === 'draft')!;
    assert.strictEqual(draftFix.title, 'Make non-exclusive (as term `model-access` says)');
    assert.strictEqual(draftFix.preferred, true);
    assert.ok(apply(text, draftFix).startsWith('2.1 OpenAI grants Microsoft a non-exclusive licence'));
    const modelFix = f.fixes.find((x) => x.where === 'model')!;
    assert.strictEqual(apply(YAML, modelFix).includes('exclusive: true'), true);
    assert.strictEqual(codes(r.findings).join(), 'exclusivity-conflict:error');
  });

  it('exclusivity-conflict: ignores "exclusive jurisdiction" and warns without a fix on mixed polarity', () => {
    const text = 'A. The courts of New York have exclusive jurisdiction. B. Microsoft has exclusive access; OpenAI may grant non-exclusive access to others.';
    const a = 'A. The courts of New York have exclusive jurisdiction.';
    const b = 'B. Microsoft has exclusive access; OpenAI may grant non-exclusive access to others.';
    const cs = [
      clause(text, a, 0, 'Section 1', ['exclusivity', 'governing-law'], [exclV(text, 'exclusive', true)]),
      clause(text, b, 1, 'Section 2', ['exclusivity'], [exclV(text, 'exclusive', true, 1), exclV(text, 'non-exclusive', false)]),
    ];
    const r = run(text, cs, MODEL);
    assert.deepStrictEqual(codes(r.findings), ['exclusivity-conflict:warning']);
    assert.strictEqual(r.findings[0].start, at(text, 'exclusive', 1).start);
    assert.deepStrictEqual(r.findings[0].fixes, []);
  });

  it('exclusivity-conflict: non-exclusive where the model says exclusive: true', () => {
    const yaml = 'terms:\n  cloud:\n    type: cloud-provider\n    exclusive: true\n';
    const m = model(yaml, { terms: { cloud: { type: 'cloud-provider', exclusive: true } } });
    const text = '4. Microsoft shall be a non-exclusive cloud provider.';
    const r = run(text, [clause(text, text, 0, 'Section 4', ['cloud-provider'], [exclV(text, 'non-exclusive', false)])], m);
    const f = only(r.findings, 'exclusivity-conflict');
    assert.strictEqual(f.message, 'Section 4 makes it non-exclusive; term `cloud` says exclusive: true');
    assert.strictEqual(apply(text, f.fixes[0]), '4. Microsoft shall be an exclusive cloud provider.');
  });

  it('date-conflict: an end date that differs, fixed in the draft style (preferred) or in the model', () => {
    const text = `3.1 The licence granted to Microsoft under this Section continues until December 31, 2030.\n${LAW}`;
    const body = '3.1 The licence granted to Microsoft under this Section continues until December 31, 2030.';
    const cs = [clause(text, body, 0, 'Section 3.1', ['license-grant'], [dateV(text, 'December 31, 2030', '2030-12-31')]), clause(text, LAW, 1, 'Section 9', ['governing-law'])];
    const r = run(text, cs, MODEL);
    const f = only(r.findings, 'date-conflict');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Section 3.1 says December 31, 2030 (2030-12-31); term `ip-license` says ends: 2032-12-31');
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), '2032-12-31');
    assert.strictEqual(f.fixes[0].where, 'draft');
    assert.strictEqual(f.fixes[0].preferred, true);
    assert.ok(apply(text, f.fixes[0]).includes('until December 31, 2032.'));
    assert.strictEqual(f.fixes[1].where, 'model');
    assert.ok(apply(YAML, f.fixes[1]).includes('ends: 2030-12-31'));
    assert.strictEqual(r.findings.length, 1);
  });

  it('date-conflict: ISO stays ISO; the same date gives nothing; a start date is not compared with ends', () => {
    const text = 'Licence to Microsoft from 2026-01-01 through 2031-12-31.';
    const cs = [clause(text, text, 0, 'Section 3', ['license-grant'], [dateV(text, '2026-01-01', '2026-01-01'), dateV(text, '2031-12-31', '2031-12-31')])];
    const r = run(text, cs, MODEL);
    const f = only(r.findings, 'date-conflict');
    assert.strictEqual(f.start, at(text, '2031-12-31').start);
    assert.strictEqual(apply(text, f.fixes[0]), 'Licence to Microsoft from 2026-01-01 through 2032-12-31.');
    const ok = 'Licence to Microsoft until 2032-12-31.';
    assert.deepStrictEqual(run(ok, [clause(ok, ok, 0, 'S', ['license-grant'], [dateV(ok, '2032-12-31', '2032-12-31')])], MODEL).findings.filter((x) => x.code === 'date-conflict'), []);
  });

  it('date-conflict: the agreement effective date of an effective-date clause', () => {
    const text = 'This Agreement is effective as of the 1st day of November, 2025.';
    const cs = [clause(text, text, 0, 'Preamble', ['effective-date'], [dateV(text, '1st day of November, 2025', '2025-11-01')])];
    const f = only(run(text, cs, MODEL).findings, 'date-conflict');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Preamble says 1st day of November, 2025 (2025-11-01); the term model says effective: 2025-10-28');
    assert.strictEqual(apply(text, f.fixes[0]), 'This Agreement is effective as of the 28th day of October, 2025.');
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), '2025-10-28');
  });

  it('value-conflict: a revenue share where the model says the rate is 0% (ended)', () => {
    const text = '5. Microsoft shall pay OpenAI twenty percent (20%) of its revenue.';
    const v = pairV(text, 'twenty percent (20%)', 'twenty', '20%', 20, 20, 'percent');
    const r = run(text, [clause(text, text, 0, 'Section 5', ['revenue-share'], [v, pctV(text, '20%', 20)])], MODEL);
    const f = only(r.findings, 'value-conflict');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Section 5 provides a revenue share of twenty percent (20%); term `revenue-share` says the rate is 0% (ended)');
    assert.ok(f.fixes.every((x) => x.where === 'model'), 'no draft fix can end a revenue share');
    assert.deepStrictEqual(codes(r.findings), ['missing-clause:warning', 'value-conflict:error']);
  });

  it('value-conflict: percent, money and duration rewritten in the draft style', () => {
    const yaml = 'terms:\n  rs:\n    type: revenue-share\n    rate: 12%\n  cap:\n    type: liability-cap\n    amount: USD 12,000,000\n  notice:\n    type: notice-period\n    duration: 1 year\n';
    const m = model(yaml, {
      terms: {
        rs: { type: 'revenue-share', rate: 12 },
        cap: { type: 'liability-cap', amount: { amount: 12_000_000, currency: 'USD' } },
        notice: { type: 'notice-period', duration: { amount: 1, unit: 'year' } },
      },
    });
    const t1 = 'Acme pays Beta twenty percent (20%) of Net Revenue.';
    const f1 = only(run(t1, [clause(t1, t1, 0, 'Section 5', ['revenue-share'], [pairV(t1, 'twenty percent (20%)', 'twenty', '20%', 20, 20, 'percent')])], m).findings, 'value-conflict');
    assert.strictEqual(f1.message, 'Section 5 provides a revenue share of twenty percent (20%); term `rs` says rate: 12%');
    assert.strictEqual(apply(t1, f1.fixes[0]), 'Acme pays Beta twelve percent (12%) of Net Revenue.');
    assert.strictEqual(apply(yaml, f1.fixes[1]).includes('rate: 20%'), true);

    const t2 = 'Liability is capped at $10,000,000 in total.';
    const f2 = only(run(t2, [clause(t2, t2, 0, 'Section 8', ['liability-cap'], [moneyV(t2, '$10,000,000', 10_000_000)])], m).findings, 'value-conflict');
    assert.strictEqual(f2.message, 'Section 8 says $10,000,000; term `cap` says amount: USD 12,000,000');
    assert.strictEqual(apply(t2, f2.fixes[0]), 'Liability is capped at $12,000,000 in total.');

    const t3 = 'Notice of non-renewal at least six (6) months before expiry.';
    const f3 = only(run(t3, [clause(t3, t3, 0, 'Section 10', ['notice-period'], [pairV(t3, 'six (6) months', 'six', '6', 6, 6, 'month')])], m).findings, 'value-conflict');
    assert.strictEqual(apply(t3, f3.fixes[0]), 'Notice of non-renewal at least twelve (12) months before expiry.');

    const t4 = 'Notice of non-renewal at least 12 months before expiry.';
    assert.deepStrictEqual(run(t4, [clause(t4, t4, 0, 'Section 10', ['notice-period'], [durV(t4, '12 months', 12, 'month')])], m).findings, [], '12 months = 1 year');
  });

  it('party-conflict: the wrong payer is a warning; the right one is quiet', () => {
    const yaml = 'parties:\n  microsoft: x\n  openai: y\nterms:\n  rs:\n    type: revenue-share\n    payer: microsoft\n    payee: openai\n';
    const m = model(yaml, {
      parties: { microsoft: { name: 'Microsoft Corporation', aliases: ['Microsoft'] }, openai: { name: 'OpenAI Group PBC', aliases: ['OpenAI'] } },
      terms: { rs: { type: 'revenue-share', payer: 'microsoft', payee: 'openai' } },
    });
    const bad = '5. OpenAI shall pay Microsoft a share of revenue.';
    const f = only(run(bad, [clause(bad, bad, 0, 'Section 5', ['revenue-share'])], m).findings, 'party-conflict');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.message, 'Section 5 says "OpenAI shall pay Microsoft"; term `rs` says the payer is `microsoft` (Microsoft Corporation) and the payee is `openai` (OpenAI Group PBC)');
    assert.deepStrictEqual({ start: f.start, end: f.end }, at(bad, 'OpenAI shall pay Microsoft'));
    assert.deepStrictEqual(f.fixes, []);
    const entitled = '5. Microsoft shall be entitled to receive twenty percent of the revenue from OpenAI.';
    assert.match(only(run(entitled, [clause(entitled, entitled, 0, 'Section 5', ['revenue-share'])], m).findings, 'party-conflict').message, /says "Microsoft shall be entitled to receive/);
    const recv = '5. Microsoft shall receive twenty percent of the revenue from OpenAI.';
    const r = only(run(recv, [clause(recv, recv, 0, 'Section 5', ['revenue-share'])], m).findings, 'party-conflict');
    assert.strictEqual(r.message, 'Section 5 says "Microsoft shall receive twenty percent of the revenue from OpenAI"; term `rs` says the payer is `microsoft` (Microsoft Corporation) and the payee is `openai` (OpenAI Group PBC)');
    // a new clause after a comma names its own subject; a list of parties does not
    const later = '5. The net revenue shall be distributed pro rata to the parties\' interests, and Microsoft shall receive twenty percent of it.';
    assert.match(only(run(later, [clause(later, later, 0, 'Section 5', ['revenue-share'])], m).findings, 'party-conflict').message, /says "Microsoft shall receive"/);
    for (const good of ['5. OpenAI shall receive a share of revenue from Microsoft.', '5. Microsoft Corporation, and OpenAI shall receive a share of revenue.', '5. The revenue shall be shared, and OpenAI shall receive twenty percent of it.', '5. OpenAI shall receive twenty percent of the revenue, and Microsoft shall receive the rest.', '5. Microsoft shall pay OpenAI 20% of the net revenue that Microsoft shall receive from customers.', '5. Microsoft shall pay OpenAI a share of revenue.', '5. Microsoft Corporation shall pay a share of revenue to OpenAI.', '5. Neither OpenAI nor Microsoft shall pay interest.']) {
      assert.deepStrictEqual(run(good, [clause(good, good, 0, 'Section 5', ['revenue-share'])], m).findings, [], good);
    }
  });

  it('party-conflict: licensed to / grants to the wrong party', () => {
    const text = 'Microsoft hereby grants to OpenAI a licence to the IP.';
    const f = only(run(text, [clause(text, text, 0, 'Section 3', ['license-grant'])], MODEL).findings, 'party-conflict');
    assert.match(f.message, /term `ip-license` says the licensee is `microsoft`/);
  });

  it('party-conflict: intellectual property assigned to the wrong party', () => {
    const m = parseTermModel('parties:\n  company: { name: "Brightwater Analytics, Inc.", aliases: [Company] }\n  executive: { name: Jordan Reyes, aliases: [Executive] }\nterms:\n  inventions: { type: ip-ownership, holder: company }\n').model!;
    const conflicts = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    assert.deepStrictEqual(conflicts('3.1 The Company hereby assigns to Executive all right, title and interest in any inventions conceived by Executive during the Employment Period.'), [
      'Section 3.1 says "hereby assigns to Executive"; term `inventions` says the holder is `company` (Brightwater Analytics, Inc.)',
    ]);
    // passive: "shall be owned by"
    assert.deepStrictEqual(conflicts('3.1 All right, title and interest in the Inventions shall be owned by Executive.'), [
      'Section 3.1 says "shall be owned by Executive"; term `inventions` says the holder is `company` (Brightwater Analytics, Inc.)',
    ]);
    for (const good of [
      '3.1 All right, title and interest in the Inventions shall be owned by the Company.',
      '3.1 Executive hereby assigns to the Company all right, title and interest in any inventions conceived by Executive during the Employment Period.',
      '3.1 Executive agrees to assign to the Company all intellectual property rights in any inventions.',
      '3.1 All inventions conceived by Executive shall be owned by the Company, and Executive shall not assign any rights in them.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
  });

  it('links a clause typed by its ownership, cap or control wording alone to the term of that type', () => {
    const m = parseTermModel([
      'parties:',
      '  employer: { name: Quillon Robotics Ltd, aliases: [Company] }',
      '  employee: { name: Priya Raman, aliases: [Employee] }',
      '  provider: { name: Brightlane Software, Inc., aliases: [Provider] }',
      '  borrower: { name: Meridian Logistics PLC, aliases: [Borrower] }',
      'terms:',
      '  ip: { type: ip-ownership, holder: employer }',
      '  cap: { type: liability-cap, holder: provider, amount: "$2,000,000" }',
      '  coc: { type: change-of-control, required: true }',
    ].join('\n')).model!;
    const COC = '## 4. Change of Control\n\n4.1 If any person or group of persons acting in concert gains control of the Borrower, the Facility shall be cancelled.';
    const found = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n\n${COC}\n`, m).findings.map((x) => `${x.code}: ${x.message}`);
    assert.deepStrictEqual(found('9.1 All Inventions shall be owned by the Employee.'), [
      'party-conflict: Section 9.1 says "shall be owned by the Employee"; term `ip` says the holder is `employer` (Quillon Robotics Ltd)',
    ]);
    assert.deepStrictEqual(found('5.1 The Provider shall not be liable for more than $500,000 in aggregate.'), [
      'value-conflict: Section 5.1 says $500,000; term `cap` says amount: USD 2,000,000',
    ]);
    for (const good of [
      '9.1 All Inventions shall be owned by the Company.',
      '5.1 In no event shall the Provider be liable for any amount in excess of $2,000,000.',
    ]) assert.deepStrictEqual(found(good), [], good);
  });

  it('party-conflict: excluded, retained, background or prior IP owned by the other party is another asset (probe s11)', () => {
    const m = parseTermModel('parties:\n  company: { name: Quillon Robotics Ltd, aliases: [Company] }\n  employee: { name: Dr Priya Raman, aliases: [Employee] }\nterms:\n  ip: { type: ip-ownership, holder: company }\n').model!;
    const conflicts = (d: string, mm = m) => analyzeDocument(`# Agreement\n\n${d}\n`, mm).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    for (const good of [
      '9.1 The Company hereby waives and assigns to the Employee all right, title and interest in and to any Excluded Inventions.',
      '9.1 The Employee assigns to the Company all Inventions, and the Company hereby assigns to the Employee all right, title and interest in the Retained Inventions.',
      '9.1 All right, title and interest in the Employee\'s Background IP shall be owned by the Employee, and all Inventions shall be owned by the Company.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
    // the first asset after the role is the term's: a conflict, whatever is excluded after it
    assert.deepStrictEqual(conflicts('9.1 The Employee shall own all right, title and interest in and to all Inventions, other than the Excluded Inventions.'), [
      'Section 9.1 says "Employee shall own"; term `ip` says the holder is `company` (Quillon Robotics Ltd)',
    ]);
    assert.deepStrictEqual(conflicts('9.1 All right, title and interest in the Inventions, other than the Excluded Inventions, shall be owned by the Employee.'), [
      'Section 9.1 says "shall be owned by the Employee"; term `ip` says the holder is `company` (Quillon Robotics Ltd)',
    ]);
    // a term about that kind of asset compares it
    const bg = parseTermModel('parties:\n  company: { name: Quillon Robotics Ltd, aliases: [Company] }\n  employee: { name: Dr Priya Raman, aliases: [Employee] }\nterms:\n  ip: { type: ip-ownership, holder: employee, subject: Excluded Inventions }\n').model!;
    assert.deepStrictEqual(conflicts('9.1 The Employee hereby assigns to the Company all right, title and interest in and to any Excluded Inventions.', bg), [
      'Section 9.1 says "hereby assigns to the Company"; term `ip` says the holder is `employee` (Dr Priya Raman)',
    ]);
  });

  it('party-conflict: IP that vests in, belongs to or is the property of the wrong party; "shall have no right" holds nothing (probe s13)', () => {
    const m = parseTermModel('parties:\n  company: { name: Quillon Robotics Ltd, aliases: [Company] }\n  employee: { name: Dr Priya Raman, aliases: [Employee] }\nterms:\n  ip: { type: ip-ownership, holder: company }\n').model!;
    const conflicts = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    const says = (phrase: string) => [`Section 9.1 says "${phrase}"; term \`ip\` says the holder is \`company\` (Quillon Robotics Ltd)`];
    assert.deepStrictEqual(conflicts('9.1 All Inventions shall vest in the Employee.'), says('vest in the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Inventions shall automatically vest in the Employee.'), says('vest in the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Work Product shall be the property of the Employee.'), says('shall be the property of the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Deliverables shall remain the sole and exclusive property of the Employee.'), says('shall remain the sole and exclusive property of the Employee'));
    // a party that "shall have no right" is no holder: it does not hide the other party's ownership
    assert.deepStrictEqual(conflicts('9.1 The Employee shall own the Inventions and the Company shall have no right to them.'), says('Employee shall own'));
    for (const good of [
      '9.1 All Inventions shall vest in the Company.',
      '9.1 All Work Product shall be the sole and exclusive property of the Company.',
      '9.1 The Company shall own the Inventions and the Employee shall have no right to them.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
  });

  it('party-conflict: the same in the present tense ("vest in", "belong to", "are and remain the property of"), typed ip-ownership', () => {
    const m = parseTermModel('parties:\n  company: { name: Quillon Robotics Ltd, aliases: [Company] }\n  employee: { name: Dr Priya Raman, aliases: [Employee] }\nterms:\n  ip: { type: ip-ownership, holder: company }\n').model!;
    const conflicts = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    const says = (phrase: string) => [`Section 9.1 says "${phrase}"; term \`ip\` says the holder is \`company\` (Quillon Robotics Ltd)`];
    assert.deepStrictEqual(conflicts('9.1 All Intellectual Property Rights in the Inventions vest in the Employee on creation.'), says('vest in the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Inventions belong to the Employee.'), says('belong to the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Inventions are and remain the property of the Employee.'), says('are and remain the property of the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Work Product remains the sole and exclusive property of the Employee.'), says('remains the sole and exclusive property of the Employee'));
    assert.deepStrictEqual(conflicts('9.1 All Work Product shall be and remain the property of the Employee.'), says('shall be and remain the property of the Employee'));
    for (const good of [
      '9.1 All Intellectual Property Rights in the Inventions vest in the Company on creation.',
      '9.1 All Inventions belong to the Company.',
      '9.1 All Inventions are and remain the property of the Company.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
  });

  it('party-conflict: IP or data the wrong party "owns" (present tense), typed ip-ownership; not a warranty of title or other assets', () => {
    const m = parseTermModel('parties:\n  company: { name: Quillon Robotics Ltd, aliases: [Company] }\n  employee: { name: Dr Priya Raman, aliases: [Employee] }\nterms:\n  ip: { type: ip-ownership, holder: company }\n').model!;
    const conflicts = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    const says = (phrase: string) => [`Section 9.1 says "${phrase}"; term \`ip\` says the holder is \`company\` (Quillon Robotics Ltd)`];
    assert.deepStrictEqual(conflicts('9.1 The Employee owns all Inventions.'), says('Employee owns'));
    assert.deepStrictEqual(conflicts('9.1 As between the parties, the Employee owns all right, title and interest in and to the Source Code.'), says('Employee owns'));
    for (const good of [
      '9.1 The Company owns all Inventions.',
      // the owner of IP and a licence back to the other party (probe 01-saas 5.1)
      '9.1 As between the parties, the Company owns all Employee Data. The Company grants the Employee a limited licence to use the Employee Data.',
      // not IP, or a warranty of title
      '9.1 The Employee owns the Laptop, and all Inventions belong to the Company.',
      '9.1 The Employee owns or has the right to use all tools, and all Inventions belong to the Company.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
  });

  it('party-conflict: what a party "owns" in its representations is title before the deal (probe s17, asset purchase)', () => {
    const m = parseTermModel('parties:\n  seller: { name: Harlow Metrology LLC, aliases: [Seller] }\n  buyer: { name: Orrin Instruments, Inc., aliases: [Buyer] }\nterms:\n  ip: { type: ip-ownership, holder: buyer, subject: Transferred IP }\n').model!;
    const conflicts = (d: string) => analyzeDocument(`# Asset Purchase Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    const rep = '4.3 Intellectual Property. Seller owns the Transferred IP.';
    assert.deepStrictEqual(conflicts(`## ARTICLE 4. REPRESENTATIONS AND WARRANTIES OF SELLER\n\n${rep}`), []);
    assert.deepStrictEqual(conflicts(`## 4. Seller's Warranties\n\n${rep}`), []);
    // elsewhere it says who owns it
    assert.deepStrictEqual(conflicts(`## ARTICLE 4. INTELLECTUAL PROPERTY\n\n${rep}`).length, 1);
    // unless the sentence itself is a representation (session 18)
    assert.deepStrictEqual(conflicts('## ARTICLE 4. INTELLECTUAL PROPERTY\n\n4.3 Seller represents and warrants to Buyer that it owns the Transferred IP free of all Liens.'), []);
  });

  it('party-conflict: a stake the wrong party "holds" / "owns", and cloud services purchased "from" the wrong provider', () => {
    const yaml = [
      'parties:',
      '  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }',
      '  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }',
      'terms:',
      '  stake: { type: equity, holder: microsoft, percent: 27% }',
      '  cloud: { type: cloud-provider, provider: microsoft, exclusive: false }',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    const conflicts = (d: string) => analyzeDocument(`# Agreement\n\n${d}\n`, m).findings.filter((x) => x.code === 'party-conflict').map((x) => x.message);
    assert.deepStrictEqual(conflicts('1.1 OpenAI holds approximately 27% of the outstanding shares of Microsoft.'), [
      'Section 1.1 says "OpenAI holds"; term `stake` says the holder is `microsoft` (Microsoft Corporation)',
    ]);
    assert.deepStrictEqual(conflicts('1.1 Microsoft shall purchase all of its requirements for cloud services from OpenAI.'), [
      'Section 1.1 says "shall purchase all of its requirements for cloud services from OpenAI"; term `cloud` says the provider is `microsoft` (Microsoft Corporation)',
    ]);
    for (const good of [
      '1.1 Microsoft holds approximately 27% of the outstanding shares of OpenAI.',
      '1.1 Microsoft owns 27 percent of the preferred stock of OpenAI.',
      '1.1 OpenAI shall purchase all of its requirements for cloud services from Microsoft.',
      // owning an asset is not holding the stake
      '1.1 OpenAI owns the OpenAI Models, and Microsoft holds a 27% equity stake in OpenAI.',
    ]) assert.deepStrictEqual(conflicts(good), [], good);
  });

  it('a clause about "the license in Section 2.1" is compared with the licence term Section 2.1 expresses', () => {
    const m = parseTermModel([
      'parties:',
      '  quill: { name: Quillfire Software, Inc., aliases: [Licensor] }',
      '  ardent: { name: Ardent Devices Corp., aliases: [Licensee] }',
      'terms:',
      '  licence: { type: license-grant, licensor: quill, licensee: ardent, exclusive: false, ends: 2031-03-31 }',
    ].join('\n')).model!;
    const draft = (end: string, ref = 'Section 2.1') => [
      '# Licence Agreement', '', '## 2. Licence', '',
      '2.1 Licensor hereby grants to Licensee a non-exclusive license to install the Licensed Software.', '',
      `2.2 The license in ${ref} commences on the Effective Date and ends on ${end}.`, '',
    ].join('\n');
    const conflicts = (d: string) => analyzeDocument(d, m).findings.filter((x) => x.code === 'date-conflict').map((x) => x.message);
    assert.deepStrictEqual(conflicts(draft('March 31, 2030')), ['Section 2.2 says March 31, 2030 (2030-03-31); term `licence` says ends: 2031-03-31']);
    assert.deepStrictEqual(conflicts(draft('March 31, 2031')), []);
    assert.deepStrictEqual(conflicts(draft('March 31, 2030', 'Section 9.1')), [], 'a section that is not the licence');
    // an English draft that says "clause": labelled in its own word, and still linked
    assert.deepStrictEqual(conflicts(draft('31 March 2030', 'clause 2.1')), ['Clause 2.2 says 31 March 2030 (2030-03-31); term `licence` says ends: 2031-03-31']);
  });

  it('a notice deadline after the expiry in the same sentence is not a second expiry date', () => {
    const m = parseTermModel('effective: 2026-04-01\nexpires: 2029-03-31\nterms:\n  law: { type: governing-law }\n').model!;
    const conflicts = (s: string) => analyzeDocument(`# Agreement\n\n## 1. Term\n\n1.1 ${s}\n`, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('This Agreement shall expire on 31 March 2029, and the Customer may serve notice before 1 January 2029.'), []);
    assert.deepStrictEqual(conflicts('This Agreement shall expire on 31 March 2030.'), ['Section 1.1 says 31 March 2030 (2030-03-31); the term model says expires: 2029-03-31']);
  });

  it('the date a lease is made, when the draft defines its start in another clause, is not compared with the start', () => {
    const m = parseTermModel('terms:\n  commencement: { type: effective-date, date: 2026-09-01 }\n').model!;
    const draft = (made: string, def = '"Commencement Date" means September 1, 2026.') => [
      `THIS OFFICE LEASE (this "Lease") is ${made} by and between Parkside Towers LLC ("Landlord") and Brightwater Analytics, Inc. ("Tenant").`, '',
      '1. Definitions', '', `(a) ${def}`, '', '2. Term', '', '2.1 The Term shall commence on the Commencement Date.', '',
    ].join('\n');
    const conflicts = (d: string) => analyzeDocument(d, m).findings.filter((x) => x.code === 'date-conflict').map((x) => x.message);
    for (const made of ['made as of July 15, 2026,', 'dated July 15, 2026', 'entered into on July 15, 2026', 'made on the 15th day of July, 2026']) {
      assert.deepStrictEqual(conflicts(draft(made)), [], made);
    }
    // an English deed's first line, in capitals or with a colon ("DATED 12 March 2026", "Dated: 12 March 2026")
    for (const line of ['DATED 15 July 2026', 'Dated: 15 July 2026']) {
      assert.deepStrictEqual(conflicts(`${line}\n\n${draft('made')}`), [], line);
    }
    // the defined start is compared; the date the lease is made, when it is the defined start itself, too
    assert.deepStrictEqual(conflicts(draft('made as of July 15, 2026,', '"Commencement Date" means October 1, 2026.')).length, 1);
    assert.deepStrictEqual(conflicts(draft('made as of July 15, 2026 (the "Commencement Date"),', '"Premises" means Suite 400.')).length, 1);
  });

  it('forbidden-clause: an AGI clause where the model says allowed: false (no fix)', () => {
    const text = `7. If the Board declares AGI, Microsoft's access ends.\n${LAW}`;
    const body = "7. If the Board declares AGI, Microsoft's access ends.";
    const cs = [clause(text, body, 0, 'Section 7', ['agi']), clause(text, LAW, 1, 'Section 9', ['governing-law'])];
    const f = only(run(text, cs, MODEL).findings, 'forbidden-clause');
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.message, 'Section 7 is an AGI clause; term `agi` says allowed: false');
    assert.deepStrictEqual({ start: f.start, end: f.end }, at(text, body));
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), 'false');
    assert.deepStrictEqual(f.fixes, []);
  });

  it('missing-clause: a required term no clause expresses, on the first line', () => {
    const text = '# Agreement\r\n\r\n1. Microsoft may use the IP.';
    const f = only(run(text, [clause(text, '1. Microsoft may use the IP.', 0, 'Section 1', [])], MODEL).findings, 'missing-clause');
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual({ start: f.start, end: f.end }, { start: 0, end: 11 });
    assert.strictEqual(f.message, 'No clause expresses term `law` (Governing law); the term model says required: true');
    assert.strictEqual(YAML.slice(f.related[0].start, f.related[0].end), 'law');
  });

  it('a clean draft gives no finding', () => {
    const text = [
      'This Agreement is effective as of October 28, 2025.',
      'OpenAI grants Microsoft non-exclusive access to OpenAI models and APIs.',
      'The licence to Microsoft continues until December 31, 2032.',
      LAW,
    ].join('\n');
    const lines = text.split('\n');
    const cs = [
      clause(text, lines[0], 0, 'Preamble', ['effective-date'], [dateV(text, 'October 28, 2025', '2025-10-28')]),
      clause(text, lines[1], 1, 'Section 2', ['exclusivity', 'license-grant'], [exclV(text, 'non-exclusive', false)]),
      clause(text, lines[2], 2, 'Section 3', ['license-grant'], [dateV(text, 'December 31, 2032', '2032-12-31')]),
      clause(text, lines[3], 3, 'Section 9', ['governing-law']),
    ];
    const r = run(text, cs, MODEL);
    assert.deepStrictEqual(r.findings, []);
    assert.deepStrictEqual(r.link.termLinks, { 'model-access': [1], 'ip-license': [1, 2], law: [3] });
  });

  it('never throws on junk and stays fast on a long line', () => {
    const junk = '\u0000\uffff<!-- term: -->'.repeat(1000) + 'x'.repeat(200_000);
    const c: Clause = { start: 0, end: junk.length, kind: 'paragraph', number: null, section: -1, label: '', index: 0, types: [{ type: 'revenue-share', confidence: 1, cues: [] }, { type: 'license-grant', confidence: 0.5, cues: [] }], values: [] };
    const t0 = Date.now();
    const r = run(junk, [c], MODEL);
    assert.ok(Date.now() - t0 < 500);
    assert.ok(Array.isArray(r.findings));
    const pay = 'OpenAI shall pay '.repeat(20_000);
    const c2: Clause = { ...c, end: pay.length };
    const t1 = Date.now();
    run(pay, [c2], MODEL);
    assert.ok(Date.now() - t1 < 1000, `took ${Date.now() - t1} ms`);
  });
});

describe('check-model: precision guards (phrasings seen in real contracts)', () => {
  const excl = (text: string, written: string, value: boolean, types = ['exclusivity'], nth = 0): Finding[] =>
    run(`${text}\n${LAW}`, [clause(`${text}\n${LAW}`, text, 0, 'Section 1', types, [exclV(`${text}\n${LAW}`, written, value, nth)]), clause(`${text}\n${LAW}`, LAW, 1, 'Section 9', ['governing-law'])], MODEL)
      .findings.filter((f) => f.code === 'exclusivity-conflict');

  it('no exclusivity finding for courts, remedies, discretion or a defined term', () => {
    assert.deepStrictEqual(excl('This Agreement shall be governed by and construed exclusively in accordance with the laws of Texas.', 'exclusively', true), []);
    assert.deepStrictEqual(excl('Venue shall lie exclusively in Tarrant County, Texas.', 'exclusively', true), []);
    assert.deepStrictEqual(excl('This is the sole and exclusive remedy of Microsoft.', 'exclusive', true), []);
    assert.deepStrictEqual(excl('OpenAI may decide in its exclusive discretion.', 'exclusive', true), []);
    assert.deepStrictEqual(excl('Sales in the Exclusive Territory are reported monthly.', 'Exclusive', true), []);
    assert.deepStrictEqual(excl('Subject to Clause 3.5 (Exclusivity), OpenAI may license.', 'Exclusivity', true), []);
    assert.deepStrictEqual(excl('OpenAI grants Microsoft a non\u2011exclusive licence.', 'exclusive', true), [], 'non-breaking hyphen: polarity unreliable');
  });

  it('a compound or an adverb is a warning without a fix', () => {
    const co = excl('OpenAI grants Microsoft a co-exclusive licence.', 'exclusive', true);
    assert.deepStrictEqual(co.map((f) => [f.severity, f.fixes.length]), [['warning', 0]]);
    const adv = excl('Microsoft shall purchase such compute exclusively from OpenAI.', 'exclusively', true);
    assert.deepStrictEqual(adv.map((f) => [f.severity, f.fixes.length]), [['warning', 0]]);
  });

  it('a party name glued to another capitalised word is not the party', () => {
    const yaml = 'parties:\n  company: x\n  dist: y\nterms:\n  excl:\n    type: exclusivity\n    holder: dist\n';
    const m = model(yaml, { parties: { company: { name: 'The Company', aliases: ['Company'] }, dist: { name: 'Distributor Inc.', aliases: ['Distributor'] } }, terms: { excl: { type: 'exclusivity', holder: 'dist' } } });
    const t = 'Thereafter the Operating Company shall have exclusive rights to exploit the opportunity.';
    assert.deepStrictEqual(run(t, [clause(t, t, 0, 'Section 4', ['exclusivity'])], m).findings.filter((f) => f.code === 'party-conflict'), []);
    const bad = 'Thereafter the Company shall have exclusive rights to exploit the opportunity.';
    assert.strictEqual(run(bad, [clause(bad, bad, 0, 'Section 4', ['exclusivity'])], m).findings.filter((f) => f.code === 'party-conflict').length, 1);
  });

  it('a percentage after "not exceed" is only a warning; a singular "30 day notice" stays singular', () => {
    const yaml = 'terms:\n  rs:\n    type: revenue-share\n    rate: 12%\n  notice:\n    type: notice-period\n    duration: 60 days\n';
    const m = model(yaml, { terms: { rs: { type: 'revenue-share', rate: 12 }, notice: { type: 'notice-period', duration: { amount: 60, unit: 'day' } } } });
    const t = 'The fee shall not exceed 50% of Net Revenue.';
    const f = only(run(t, [clause(t, t, 0, 'Section 5', ['revenue-share'], [pctV(t, '50%', 50)])], m).findings, 'value-conflict');
    assert.strictEqual(f.severity, 'warning');
    const n = 'Either party may terminate on thirty (30) day prior written notice.';
    const g = only(run(n, [clause(n, n, 0, 'Section 11', ['notice-period'], [durV(n, 'thirty (30) day', 30, 'day'), pairV(n, 'thirty (30)', 'thirty', '30', 30, 30, 'day')])], m).findings, 'value-conflict');
    assert.strictEqual(apply(n, g.fixes[0]), 'Either party may terminate on sixty (60) day prior written notice.');
  });

  it('agreement dates only for the agreement itself, not a renewal term', () => {
    const t = 'The Renewal Term shall commence on November 1, 2030 and expire on October 31, 2031.';
    const cs = [clause(t, t, 0, 'Section 12', ['expiration-date', 'effective-date', 'renewal-term'], [dateV(t, 'November 1, 2030', '2030-11-01'), dateV(t, 'October 31, 2031', '2031-10-31')])];
    assert.deepStrictEqual(run(t, cs, MODEL).findings.filter((f) => f.code === 'date-conflict'), []);
    const a = 'The term of this Agreement shall expire on October 31, 2031.';
    const f = only(run(a, [clause(a, a, 0, 'Section 12', ['expiration-date'], [dateV(a, 'October 31, 2031', '2031-10-31')])], MODEL).findings, 'date-conflict');
    assert.strictEqual(f.message, 'Section 12 says October 31, 2031 (2031-10-31); the term model says expires: 2035-10-27');
    assert.strictEqual(apply(a, f.fixes[0]), 'The term of this Agreement shall expire on October 27, 2035.');
  });
});

describe('check-model: party roles', () => {
  it('"the date of grant" is not a grant: a most-favoured-licensee clause raises no party-conflict', () => {
    const yaml = 'parties:\n  lumen: { name: Lumen Photonics Corp., aliases: [Licensor] }\n  quanta: { name: Quanta Devices LLC, aliases: [Licensee] }\nterms:\n  license: { type: license-grant, licensor: lumen, licensee: quanta }\n';
    const draft = (verb: string) => `# Patent Licence\n\n## 2. Licence\n\n2.1 ${verb} a non-exclusive license under the Licensed Patents.\n\n## 4. Most Favored Licensee\n\n4.1 If Licensor grants any third party a license under the Licensed Patents on royalty terms more favorable than those in Section 2, Licensor shall promptly notify Licensee and offer Licensee the same royalty terms, effective from the date of grant to that third party.\n`;
    const m = parseTermModel(yaml).model!;
    const conflicts = (verb: string) => analyzeDocument(draft(verb), m).findings.filter((f) => f.code === 'party-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('Licensor hereby grants to Licensee'), []);
    // a grant the wrong way is still reported
    assert.deepStrictEqual(conflicts('Licensee shall grant to Licensor').length, 1);
  });
  const yaml = 'parties:\n  microsoft: x\n  openai: y\nterms:\n  cloud:\n    type: cloud-provider\n    provider: microsoft\n  stake:\n    type: equity\n    holder: microsoft\n';
  const m = model(yaml, {
    parties: { microsoft: { name: 'Microsoft Corporation', aliases: ['Microsoft'] }, openai: { name: 'OpenAI Group PBC', aliases: ['OpenAI'] } },
    terms: { cloud: { type: 'cloud-provider', provider: 'microsoft' }, stake: { type: 'equity', holder: 'microsoft' } },
  });
  const partyFindings = (t: string, type: string) => run(t, [clause(t, t, 0, 'Section 2', [type])], m).findings.filter((f) => f.code === 'party-conflict');

  it('provider: "X shall be the primary cloud provider"', () => {
    assert.strictEqual(partyFindings('OpenAI shall be the primary cloud provider for the models.', 'cloud-provider').length, 1);
    assert.strictEqual(partyFindings('Microsoft shall be the primary cloud provider for the models.', 'cloud-provider').length, 0);
    assert.strictEqual(partyFindings('OpenAI shall be the owner of all outputs.', 'cloud-provider').length, 0, 'not a provider phrase');
  });

  it('holder: "X shall hold"', () => {
    const f = partyFindings('OpenAI shall hold an equity stake of 27% in the Company.', 'equity');
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].message, 'Section 2 says "OpenAI shall hold"; term `stake` says the holder is `microsoft` (Microsoft Corporation)');
    assert.strictEqual(partyFindings('Microsoft shall hold an equity stake of 27%.', 'equity').length, 0);
  });
});

describe('check-model: more exclusivity wording', () => {
  it('"co- exclusive" is a compound; a quoted "Exclusive Territory" is a name', () => {
    const t = 'OpenAI hereby grants Microsoft a co- exclusive licence.';
    const f = run(t, [clause(t, t, 0, 'Section 1', ['exclusivity'], [exclV(t, 'exclusive', true)])], MODEL).findings.filter((x) => x.code === 'exclusivity-conflict');
    assert.deepStrictEqual(f.map((x) => [x.severity, x.fixes.length]), [['warning', 0]]);
    const q = 'Sales in the area listed in Exhibit A (the "Exclusive Territory and Center Location") are reported.';
    assert.deepStrictEqual(run(q, [clause(q, q, 0, 'Section 1', ['exclusivity'], [exclV(q, 'Exclusive', true)])], MODEL).findings.filter((x) => x.code === 'exclusivity-conflict'), []);
  });
  it('a clause is compared with its own term when that term says exclusive, not with another term it touches', () => {
    const yaml = [
      'effective: 2025-10-28',
      'parties:',
      '  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }',
      '  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }',
      'terms:',
      '  model-access: { type: exclusivity, holder: microsoft, exclusive: true, subject: access to the OpenAI Models }',
      '  primary-cloud: { type: cloud-provider, provider: microsoft, primary: true, exclusive: false }',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    const draft = (cloud: string): string => [
      '# Agreement', '',
      'This Agreement is entered into as of October 28, 2025 by Microsoft Corporation ("Microsoft") and OpenAI Group PBC ("OpenAI").', '',
      '## 3. Model Access', '', "3.1 Microsoft's access to the OpenAI Models is exclusive.", '',
      '## 4. Cloud Services', '', `4.1 Microsoft shall be the primary cloud provider for OpenAI. The appointment under this Section 4.1 is ${cloud}.`, '',
    ].join('\n');
    const agreeing = analyzeDocument(draft('non-exclusive'), m);
    const cloud = agreeing.clauses.find((c) => c.label === 'Section 4.1')!;
    assert.strictEqual(cloud.term, 'primary-cloud');
    assert.ok(agreeing.termLinks['model-access'].includes(cloud.index), 'the cloud clause also touches model-access (its exclusivity type)');
    assert.deepStrictEqual(agreeing.findings, [], 'non-exclusive is what primary-cloud says; model-access is not its term');
    const f = analyzeDocument(draft('exclusive'), m).findings;
    assert.deepStrictEqual(f.map((x) => [x.code, x.term, x.message]), [['exclusivity-conflict', 'primary-cloud', 'Section 4.1 grants exclusivity; term `primary-cloud` says exclusive: false']]);
  });
  it('"the sole distributor of the Products" grants exclusivity (a warning, no rewrite); "shall not be the sole supplier" does not', () => {
    const yaml = [
      'parties:',
      '  sup: { name: Pioneer Foods plc, aliases: [Pioneer] }',
      '  dis: { name: Atlas Trading FZE, aliases: [Atlas] }',
      'terms:',
      '  excl: { type: exclusivity, holder: dis, exclusive: false, subject: distribution in the Territory }',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    const draft = '# Distribution Agreement\n\n1.1 Pioneer appoints Atlas as its sole distributor of the Products in the Territory.\n\n1.2 Pioneer shall not be the sole supplier of Atlas.\n';
    const f = analyzeDocument(draft, m).findings.filter((x) => x.code === 'exclusivity-conflict');
    assert.deepStrictEqual(f.map((x) => [x.severity, draft.slice(x.start, x.end), x.message, x.fixes.some((y) => y.where === 'draft')]), [
      ['warning', 'sole distributor', 'Section 1.1 grants exclusivity; term `excl` says exclusive: false', false],
    ]);
  });
  it('non-exclusive "thereafter", from a date after the term\'s end, or exclusivity that "shall expire" agrees with exclusive: true and ends', () => {
    const yaml = (ends: string) => [
      'parties:',
      '  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }',
      '  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }',
      'terms:',
      `  model-access: { type: exclusivity, holder: microsoft, exclusive: true, subject: access to the OpenAI Models and APIs${ends} }`,
    ].join('\n');
    const draft = [
      '# Agreement', '', '## 1. Access', '',
      '1.1 OpenAI grants Microsoft exclusive access to the OpenAI Models and APIs until December 31, 2027, and non-exclusive access thereafter.', '',
      '1.2 Microsoft shall have exclusive access to the OpenAI Models and APIs through 2027; thereafter its access shall be non-exclusive.', '',
      '1.3 From January 1, 2028, Microsoft\'s exclusive access to the OpenAI Models and APIs shall become non-exclusive.', '',
      '1.4 From January 1, 2026, Microsoft\'s exclusive access to the OpenAI Models and APIs shall become non-exclusive.', '',
      '1.5 Microsoft\'s exclusive rights of access to the OpenAI Models and APIs shall expire on December 31, 2027.', '',
      // the full stop of "Section 1.1" does not end the sentence
      '1.6 From January 1, 2028, Microsoft\'s access to the OpenAI Models and APIs under Section 1.1 shall become non-exclusive.', '',
    ].join('\n');
    const conflicts = (ends: string) => analyzeDocument(draft, parseTermModel(yaml(ends)).model!).findings
      .filter((x) => x.code === 'exclusivity-conflict').map((x) => [x.message, draft.slice(x.start, x.end)]);
    // the term ends on December 31, 2027: only the clause that ends exclusivity before then conflicts
    assert.deepStrictEqual(conflicts(', ends: 2027-12-31'), [['Section 1.4 makes it non-exclusive; term `model-access` says exclusive: true', 'non-exclusive']]);
    // without an end in the model, every "non-exclusive" conflicts with exclusive: true
    assert.deepStrictEqual(conflicts('').map((x) => x[0]), ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((n) => `Section ${n} makes it non-exclusive; term \`model-access\` says exclusive: true`));
  });
  it('a non-exclusive appointment linked to a non-exclusive licence term is still compared with the exclusive term about exactly its subject', () => {
    const yaml = [
      'parties:',
      '  nimbus: { name: Nimbus Inc., aliases: [Supplier] }',
      '  kestrel: { name: Kestrel GmbH, aliases: [Reseller] }',
      'terms:',
      '  appointment: { type: exclusivity, holder: kestrel, exclusive: true, subject: reseller of the Products in the Territory }',
      '  tm-license: { type: license-grant, licensee: kestrel, exclusive: false }',
    ].join('\n');
    const draft = (w: string) => [
      '# OEM Agreement', '', '## 2. Appointment', '',
      `2.1 Supplier hereby appoints Reseller as its ${w} reseller of the Products in the Territory.`, '',
      '## 3. Trade Marks', '',
      '3.1 Supplier hereby grants to Reseller a non-exclusive license to use the Nimbus trademarks in the Territory.', '',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    const conflicts = (w: string) => analyzeDocument(draft(w), m).findings.filter((f) => f.code === 'exclusivity-conflict').map((f) => [f.severity, f.message]);
    assert.deepStrictEqual(conflicts('non-exclusive'), [['warning', 'Section 2.1 makes it non-exclusive; term `appointment` says exclusive: true']]);
    assert.deepStrictEqual(conflicts('exclusive'), []);
    // the trade mark licence "to market and resell the Products" in the Territory is not the appointment
    const tm = draft('exclusive').replace('a non-exclusive license to use the Nimbus trademarks in the Territory.',
      'a non-exclusive, non-transferable license to use the Nimbus trademarks in the Territory solely to market and resell the Products.');
    assert.deepStrictEqual(analyzeDocument(tm, m).findings.filter((f) => f.code === 'exclusivity-conflict'), []);
  });
  it('"shall not appoint any other distributor" is exclusivity (a warning, no rewrite) against exclusive: false, and agrees with exclusive: true', () => {
    const yaml = (exclusive: boolean) => [
      'parties:',
      '  sup: { name: Pioneer Foods plc, aliases: [Pioneer] }',
      '  dis: { name: Atlas Trading FZE, aliases: [Atlas] }',
      'terms:',
      `  excl: { type: exclusivity, holder: dis, exclusive: ${exclusive}, subject: distribution in the Territory }`,
    ].join('\n');
    const draft = '# Distribution Agreement\n\n1.1 Pioneer appoints Atlas as a distributor of the Products in the Territory. Pioneer shall not appoint any other distributor in the Territory.\n';
    const f = analyzeDocument(draft, parseTermModel(yaml(false)).model!).findings.filter((x) => x.code === 'exclusivity-conflict');
    assert.deepStrictEqual(f.map((x) => [x.severity, draft.slice(x.start, x.end), x.message, x.fixes.some((y) => y.where === 'draft')]), [
      ['warning', 'shall not appoint any other distributor', 'Section 1.1 grants exclusivity; term `excl` says exclusive: false', false],
    ]);
    assert.deepStrictEqual(analyzeDocument(draft, parseTermModel(yaml(true)).model!).findings.filter((x) => x.code === 'exclusivity-conflict'), []);
  });
  it('a licence grant saying non-exclusive about an exclusive term\'s subject is a warning; a licence of something else is not', () => {
    const yaml = [
      'parties:',
      '  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }',
      '  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }',
      'terms:',
      '  model-access: { type: exclusivity, holder: microsoft, exclusive: true, subject: access to the OpenAI Models and APIs }',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    const draft = [
      '# Agreement', '', '## 1. Access', '',
      '1.1 OpenAI grants Microsoft a non-exclusive, worldwide license to access and use the OpenAI Models and APIs during the Term.', '',
      '## 2. Trademarks', '',
      '2.1 Microsoft grants OpenAI a non-exclusive license to use the Microsoft trademarks in marketing materials.', '',
      '2.2 OpenAI grants Microsoft a non-exclusive license to use and reproduce the OpenAI Models on its platform.', '',
    ].join('\n');
    const a = analyzeDocument(draft, m);
    const grant = a.clauses.find((c) => c.label === 'Section 1.1')!;
    assert.ok(!grant.types.some((t) => t.type === 'exclusivity'), 'typed as a licence grant only');
    const f = a.findings.filter((x) => x.code === 'exclusivity-conflict');
    assert.deepStrictEqual(f.map((x) => [x.severity, x.clause, x.term, x.message, x.fixes.some((y) => y.preferred)]), [
      ['warning', grant.index, 'model-access', 'Section 1.1 makes it non-exclusive; term `model-access` says exclusive: true', false],
    ]);
    assert.deepStrictEqual(draft.slice(f[0].start, f[0].end), 'non-exclusive');
    // the same grants against a term they agree with: nothing (the subject is then not read)
    assert.deepStrictEqual(analyzeDocument(draft, parseTermModel(yaml.replace('exclusive: true', 'exclusive: false')).model!).findings.filter((x) => x.code === 'exclusivity-conflict'), []);
  });
});

describe('check-model: model fixes keep the YAML valid', () => {
  it('an amount fix is quoted so a flow mapping stays one mapping', () => {
    const yaml = 'terms:\n  cap: { type: liability-cap, amount: "USD 12,000,000" }\n';
    const m = parseTermModel(yaml).model!; // the real parser: its value span covers the whole quoted scalar
    const t = 'Liability is capped at $10,000,000 in total.';
    const f = only(run(t, [clause(t, t, 0, 'Section 8', ['liability-cap'], [moneyV(t, '$10,000,000', 10_000_000)])], m).findings, 'value-conflict');
    const fix = f.fixes.find((x) => x.where === 'model')!;
    assert.strictEqual(fix.newText, '"USD 10,000,000"');
    const fixed = parseTermModel(apply(yaml, fix));
    assert.deepStrictEqual(fixed.problems, []);
    assert.deepStrictEqual(fixed.model!.terms.cap.amount, { amount: 10_000_000, currency: 'USD' });
  });
});

describe('check-model: context that is not the agreed value', () => {
  it('an interest rate in a clause typed revenue-share is not the share', () => {
    const yaml = 'terms:\n  rs:\n    type: revenue-share\n    rate: 12%\n';
    const m = model(yaml, { terms: { rs: { type: 'revenue-share', rate: 12 } } });
    const t = 'Customer shall pay within thirty (30) days. Late payments bear interest at one and one-half percent (1.5%) per month.';
    const v = pairV(t, 'one and one-half percent (1.5%)', 'one and one-half percent', '1.5%', 1.5, 1.5, 'percent');
    assert.deepStrictEqual(run(t, [clause(t, t, 0, 'Section 2.2', ['revenue-share'], [v])], m).findings, []);
  });

  it('another agreement\'s date and a notice deadline are not the agreement\'s or the licence\'s dates', () => {
    const t = 'This Agreement supersedes the Evaluation Agreement dated January 5, 2025 between the Parties.';
    assert.deepStrictEqual(run(t, [clause(t, t, 0, 'Section 7.4', ['effective-date'], [dateV(t, 'January 5, 2025', '2025-01-05')])], MODEL).findings.filter((f) => f.code === 'date-conflict'), []);
    const n = 'Microsoft may use the IP until the Agreement ends. Either party may give notice of non-renewal no later than March 31, 2026.';
    assert.deepStrictEqual(run(n, [clause(n, n, 0, 'Section 3.1', ['license-grant'], [dateV(n, 'March 31, 2026', '2026-03-31')])], MODEL).findings.filter((f) => f.code === 'date-conflict'), []);
    const p = 'This Partnership Agreement is dated November 3, 2025.';
    const f = only(run(p, [clause(p, p, 0, 'Preamble', ['effective-date'], [dateV(p, 'November 3, 2025', '2025-11-03')])], MODEL).findings, 'date-conflict');
    assert.strictEqual(f.severity, 'warning', 'no role word: a warning');
  });
});

describe('check-model: a percentage of something other than revenue is not a revenue share', () => {
  it('an escrow or a cap as a percentage of the purchase price, a stake of the capitalisation: not compared with the rate', () => {
    const m = parseTermModel('terms:\n  earn-out: { type: revenue-share, rate: 25% }\n').model!;
    const draft = [
      '# Asset Purchase Agreement', '', '## 3. Purchase Price', '',
      '3.3 At the Closing, Buyer shall deposit Four Million Two Hundred Thousand Dollars ($4,200,000) (the "Escrow Amount"), being ten percent (10%) of the Base Purchase Price, with the Escrow Agent.', '',
      '## 4. Earn-Out', '',
      '4.1 Buyer shall pay to Seller an amount equal to twenty percent (20%) of Revenue in excess of $30,000,000.', '',
      '## 6. Indemnification', '',
      '6.2 Seller\'s aggregate liability under Section 6.1 shall not exceed $6,300,000 (fifteen percent (15%) of the Base Purchase Price).', '',
      '## 7. Equity', '',
      '7.1 Buyer holds preferred stock representing 12.5% of the fully diluted capitalisation of Seller.', '',
      '7.2 Seller shall grant Executive an option to purchase 150,000 shares of the Company\'s common stock, representing approximately one and one-half percent (1.5%) of the Company\'s fully diluted capitalization.', '',
    ].join('\n');
    // only the earn-out's own rate (20% of Revenue) is compared
    assert.deepStrictEqual(analyzeDocument(draft, m).findings.filter((f) => f.code === 'value-conflict').map((f) => f.message),
      ['Section 4.1 provides a revenue share of twenty percent (20%); term `earn-out` says rate: 25%']);
  });
});

describe('check-model: the definition of a unit of time is not the term\'s duration', () => {
  it('"Contract Year" means each successive twelve (12) month period: not compared with a renewal of two years', () => {
    const m = parseTermModel('terms:\n  renewal: { type: renewal-term, duration: 2 years }\n').model!;
    const draft = (n: string) => [
      '# Agreement', '', '## 1. Definitions', '',
      '1.1 "Contract Year" means each successive twelve (12) month period beginning on the Effective Date.', '',
      '1.2 “Lease Year” shall mean each consecutive period of twelve (12) months during the Term.', '',
      `1.3 "Renewal Term" means each successive period of ${n} after the Initial Term.`, '',
      '## 2. Term', '',
      '2.1 This Agreement renews automatically for successive periods of two (2) years each.', '',
    ].join('\n');
    const conflicts = (n: string) => analyzeDocument(draft(n), m).findings.filter((f) => f.code === 'value-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('two (2) years'), []);
    // the definition of the renewal term itself is compared
    assert.deepStrictEqual(conflicts('three (3) years'), ['Section 1.3 says three (3) years; term `renewal` says duration: 2 years']);
  });
});

describe('check-model: a period from "the Commencement Date" in a draft with no Effective Date (probe s13)', () => {
  const m = parseTermModel('effective: 2027-02-01\nexpires: 2030-01-31\n').model!;
  const conflicts = (defs: string, s: string) => analyzeDocument(`# Licence\n\n## 1. Definitions\n\n${defs}\n\n## 3. Term\n\n3.1 ${s}\n`, m)
    .findings.filter((f) => f.code === 'date-conflict').map((f) => f.message.replace(/;.*/, ''));
  it('is counted from `effective` and compared with `expires`; beside a defined "Effective Date" it is not', () => {
    const commencement = '1.1 "Commencement Date" means 1 February 2027.';
    assert.deepStrictEqual(conflicts(commencement, 'This Agreement shall expire on the third anniversary of the Commencement Date.'), []);
    assert.deepStrictEqual(conflicts(commencement, 'This Agreement shall expire on the fourth anniversary of the Commencement Date.'),
      ['Section 3.1 says the fourth anniversary of the Commencement Date (2031-02-01, counted from effective: 2027-02-01)']);
    assert.deepStrictEqual(conflicts(commencement, 'This Agreement shall continue for four (4) years from the Commencement Date.'),
      ['Section 3.1 says four (4) years from the Commencement Date (2031-02-01, counted from effective: 2027-02-01)']);
    // a lease's Commencement Date after its Effective Date: another start
    assert.deepStrictEqual(conflicts(`${commencement}\n\n1.2 "Effective Date" means 1 February 2027.`, 'This Agreement shall expire on the fourth anniversary of the Commencement Date.'), []);
    assert.deepStrictEqual(conflicts(commencement, 'This Agreement shall expire on the fourth anniversary of the Service Commencement Date.'), []);
  });
});

describe('check-model: a renewal clause\'s initial term is not the renewal\'s duration (probe s13)', () => {
  it('"three years (the "Initial Term")", "an initial term of three (3) years" are not compared with the renewal; the renewal period is', () => {
    const m = parseTermModel('terms:\n  renewal: { type: renewal-term, duration: 2 years }\n').model!;
    const conflicts = (s: string) => analyzeDocument(`# Agreement\n\n## 3. Term\n\n3.1 ${s}\n`, m).findings.filter((f) => f.code === 'value-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of three years (the "Initial Term") and shall then expire unless renewed for a further period of two years.'), []);
    assert.deepStrictEqual(conflicts('The initial term of this Agreement is three (3) years, after which it renews automatically for successive periods of two (2) years.'), []);
    assert.deepStrictEqual(conflicts('The initial term of this Agreement is three (3) years, after which it renews automatically for successive periods of four (4) years.'),
      ['Section 3.1 says four (4) years; term `renewal` says duration: 2 years']);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of three years (the "Initial Term") and shall then renew for successive periods of one year.'),
      ['Section 3.1 says one year; term `renewal` says duration: 2 years']);
    // a renewal period named after the initial term is still compared
    assert.deepStrictEqual(conflicts('After the Initial Term, this Agreement renews for successive periods of three years.'), ['Section 3.1 says three years; term `renewal` says duration: 2 years']);
  });
});

describe('check-model: an amendment\'s deleted or replaced text is not the deal', () => {
  const yaml = [
    'terms:',
    '  term-end: { type: expiration-date, date: 2029-08-31 }',
    '  access: { type: exclusivity, exclusive: false, subject: access to the Models }',
    '  agi: { type: agi, allowed: false }',
    '  rs: { type: revenue-share, rate: 0% }',
  ].join('\n');
  const draft = (newDate: string) => [
    '# Amendment No. 2', '', '## 1. Amendments', '',
    `1.1 The Term, which was to expire on August 31, 2026, is extended so that it expires on ${newDate}.`, '',
    '<!-- term: term-end -->',
    `1.2 In Section 12.1 of the Original Agreement, the words "August 31, 2026" are deleted and replaced with "${newDate}".`, '',
    '1.3 Section 3.1 of the Original Agreement, which granted Microsoft the exclusive right to access the Models, is deleted.', '',
    '1.4 Section 6 (AGI) of the Original Agreement is deleted in its entirety.', '',
    '1.5 Section 5.1 of the Original Agreement (which required Microsoft to pay OpenAI twenty percent (20%) of net revenue) is deleted.', '',
  ].join('\n');
  const model = parseTermModel(yaml).model!;
  it('the old expiry, a deleted exclusive grant, a deleted AGI clause and a deleted revenue share raise nothing', () => {
    assert.deepStrictEqual(analyzeDocument(draft('August 31, 2029'), model).findings.map((f) => `${f.code}: ${f.message}`), []);
  });
  it('the new text is still compared', () => {
    assert.deepStrictEqual(analyzeDocument(draft('August 31, 2028'), model).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message), [
      'Section 1.1 says August 31, 2028 (2028-08-31); term `term-end` says date: 2029-08-31',
      'Section 1.2 says August 31, 2028 (2028-08-31); term `term-end` says date: 2029-08-31',
    ]);
  });
});

describe('check-model: "this agreement" in lower case (English drafting) is the agreement', () => {
  it('its expiry is compared with the model\'s `expires`', () => {
    const m = parseTermModel('effective: 2026-02-01\nexpires: 2029-01-31\nterms:\n  law: { type: governing-law }\n').model!;
    const draft = '# Supply Agreement\n\n## 7. Term\n\n7.1 This agreement shall commence on 1 February 2026 and shall expire on 31 January 2028.\n';
    assert.deepStrictEqual(analyzeDocument(draft, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message),
      ['Section 7.1 says 31 January 2028 (2028-01-31); the term model says expires: 2029-01-31']);
    // "the agreement" in lower case may be any agreement: not compared
    const other = '# Supply Agreement\n\n## 7. Term\n\n7.1 The agreement with the Distributor shall commence on 1 February 2026 and shall expire on 31 January 2028.\n';
    assert.deepStrictEqual(analyzeDocument(other, m).findings.filter((f) => f.code === 'date-conflict'), []);
  });
});

describe('check-model: a defined date stated as a definition or a cover-page field', () => {
  it('"Effective Date" means March 1, 2026 / **Commencement Date**: 1 March 2026 are compared with the model\'s `effective`', () => {
    const m = parseTermModel('effective: 2026-02-01\nterms:\n  law: { type: governing-law }\n').model!;
    for (const line of ['"Effective Date" means March 1, 2026.', '**Commencement Date**: 1 March 2026.', '“Effective Date” shall mean March 1, 2026.']) {
      const draft = `# Order Form\n\n## 1. Definitions\n\n1.1 ${line}\n`;
      const f = analyzeDocument(draft, m).findings.filter((x) => x.code === 'date-conflict');
      assert.deepStrictEqual(f.map((x) => x.message.replace(/ says .*?;/, ' says …;')), ['Section 1.1 says …; the term model says effective: 2026-02-01'], line);
      const agrees = analyzeDocument(draft, parseTermModel('effective: 2026-03-01\nterms:\n  law: { type: governing-law }\n').model!);
      assert.deepStrictEqual(agrees.findings.filter((x) => x.code === 'date-conflict'), [], line);
    }
  });
});

describe('check-model: "shall continue for a period of four (4) years from the Effective Date"', () => {
  it('is the agreement\'s end, compared with the model\'s `expires`; a renewal period is not', () => {
    const m = parseTermModel('effective: 2026-03-01\nexpires: 2031-02-28\nterms:\n  law: { type: governing-law }\n').model!;
    const draft = (s: string) => `# Agreement\n\n## 6. Term\n\n6.1 ${s}\n`;
    const conflicts = (s: string) => analyzeDocument(draft(s), m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of four (4) years from the Effective Date.'),
      ['Section 6.1 says four (4) years from the Effective Date (2030-03-01, counted from effective: 2026-03-01); the term model says expires: 2031-02-28']);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of five (5) years from the Effective Date.'), []);
    assert.deepStrictEqual(conflicts('This Agreement may be renewed for a period of four (4) years from the Effective Date.'), []);
  });
});

describe('check-model: the agreement\'s end stated as a defined date, an initial term or an amendment\'s extension (probe s10)', () => {
  const m = parseTermModel('effective: 2026-03-01\nexpires: 2029-02-28\nterms:\n  law: { type: governing-law }\n').model!;
  const conflicts = (body: string) => analyzeDocument(`# Agreement\n\n## 1. Terms\n\n${body}\n`, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message.replace(/;.*/, ''));
  it('`"Termination Date" means 12 January 2030` in a list of definitions is compared with `expires`, as init reads it', () => {
    assert.deepStrictEqual(conflicts('1.1 Definitions\n\n"Margin" means 3.25 per cent. per annum.\n\n"Termination Date" means 28 February 2030.'), ['Section 1.1, paragraph 2 says 28 February 2030 (2030-02-28)']);
    assert.deepStrictEqual(conflicts('1.1 Definitions\n\n"Termination Date" means 28 February 2029.'), []);
    // a qualified name is another date
    assert.deepStrictEqual(conflicts('1.1 Definitions\n\n"Early Termination Date" means 28 February 2030.'), []);
  });
  it('"The initial subscription term … expires on" is the agreement\'s end; the initial term of another document is not', () => {
    assert.deepStrictEqual(conflicts('1.1 The initial subscription term commences on the Effective Date and expires on February 28, 2030 (the "Initial Term").'), ['Section 1.1 says February 28, 2030 (2030-02-28)']);
    assert.deepStrictEqual(conflicts('1.1 The initial subscription term commences on the Effective Date and expires on February 28, 2029 (the "Initial Term").'), []);
    assert.deepStrictEqual(conflicts('1.1 The initial term of each Order Form expires on February 28, 2030.'), []);
  });
  it('"shall continue for a period of three years … and shall then expire on" is the agreement\'s end (probe s13); another period is not', () => {
    const s = '1.1 This Agreement shall commence on the Commencement Date and shall continue for a period of three years (the "Initial Term") and shall then expire on DATE.';
    assert.deepStrictEqual(conflicts(s.replace('DATE', '28 February 2030')), ['Section 1.1 says 28 February 2030 (2030-02-28)']);
    assert.deepStrictEqual(conflicts(s.replace('DATE', '28 February 2029')), []);
    assert.deepStrictEqual(conflicts('1.1 This Agreement shall continue for a period of three years and thereafter for successive periods of one year, the last of which ends on 28 February 2035.'), []);
    assert.deepStrictEqual(conflicts('1.1 The Exclusivity Period of this Agreement shall end on 28 February 2030.'), []);
  });
  it('"The Term, which was to expire on …, is extended and shall expire on" (an amendment): the new end is compared; an option to extend is not', () => {
    assert.deepStrictEqual(conflicts('1.1 Section 3.1 of the Original Agreement is replaced with the following: "3.1 The Term, which was to expire on March 14, 2027, is extended and shall expire on March 14, 2031."'), ['Section 1.1 says March 14, 2031 (2031-03-14)']);
    assert.deepStrictEqual(conflicts('1.1 The Term, which was to expire on March 14, 2027, is extended and shall expire on February 28, 2029.'), []);
    assert.deepStrictEqual(conflicts('1.1 The Term may be extended by the Customer and shall then expire on March 14, 2031.'), []);
    // the old end in other words than "which was to" (probe s11): only the new one is compared
    for (const s of [
      'The Term is extended so that it expires on February 28, 2029 (rather than February 28, 2026).',
      'The Term is extended so that it expires on February 28, 2029 instead of February 28, 2026.',
      'The Term shall expire on February 28, 2029, and not on February 28, 2026 as provided in the Original Agreement.',
    ]) assert.deepStrictEqual(conflicts(`1.1 ${s}`), [], s);
    assert.deepStrictEqual(conflicts('1.1 The Term is extended so that it expires on March 14, 2031 (rather than February 28, 2026).'), ['Section 1.1 says March 14, 2031 (2031-03-14)']);
  });
  it('the old end in a sentence of its own ("The Term was to expire on …. The Term shall now expire on …") is not compared (probe s11 d48)', () => {
    for (const old of ['was to expire on', 'was scheduled to expire on', 'was due to expire on', 'would otherwise have expired on', 'would have ended on']) {
      assert.deepStrictEqual(conflicts(`1.1 The Term ${old} February 28, 2026. The Term shall now expire on February 28, 2029.`), [], old);
      assert.deepStrictEqual(conflicts(`1.1 The Term ${old} February 28, 2026. The Term shall now expire on March 14, 2031.`), ['Section 1.1 says March 14, 2031 (2031-03-14)'], old);
    }
    // the end before an amendment, stated as the current one
    for (const old of ['currently due to expire on', 'currently scheduled to expire on', 'currently expiring on']) {
      assert.deepStrictEqual(conflicts(`1.1 The Term, ${old} February 28, 2026, is extended and shall expire on February 28, 2029.`), [], old);
      assert.deepStrictEqual(conflicts(`1.1 The Term, ${old} February 28, 2026, is extended and shall expire on March 14, 2031.`), ['Section 1.1 says March 14, 2031 (2031-03-14)'], old);
    }
    // the old end as what the amendment changes, or counterfactual: only the new end is compared (probe s13)
    for (const s of [
      'The Term, which expires on February 28, 2026, is hereby extended and shall now expire on DATE.',
      'The Term, which expires on February 28, 2026 (the "Original Expiry Date"), is extended and shall expire on DATE.',
      'The Term is extended from its original expiry date of February 28, 2026 to DATE.',
      'The Agreement would, but for this Amendment, have expired on February 28, 2026, and shall now continue until DATE.',
      'The Term was to have expired on February 28, 2026. The Term shall now expire on DATE.',
      'The Term was to have terminated on February 28, 2026. The Term shall now expire on DATE.',
    ]) {
      assert.deepStrictEqual(conflicts(`1.1 ${s.replace('DATE', 'February 28, 2029')}`), [], s);
      assert.deepStrictEqual(conflicts(`1.1 ${s.replace('DATE', 'March 14, 2031')}`), ['Section 1.1 says March 14, 2031 (2031-03-14)'], s);
    }
    assert.deepStrictEqual(conflicts('1.1 The Agreement would, but for this Amendment, have expired on February 28, 2026; it shall now continue until February 28, 2029.'), []);
    // a current end that may be extended, or a current end stated plainly, is still compared
    assert.deepStrictEqual(conflicts('1.1 The Term, which expires on February 28, 2026, may be extended by the Customer.'), ['Section 1.1 says February 28, 2026 (2026-02-28)']);
    assert.deepStrictEqual(conflicts('1.1 This Agreement shall commence on March 1, 2026 and, unless terminated earlier, expire on February 28, 2026.'), ['Section 1.1 says February 28, 2026 (2026-02-28)']);
    // the current end, or an extension "to expire on", still is
    assert.deepStrictEqual(conflicts('1.1 The Term shall expire on February 28, 2026.'), ['Section 1.1 says February 28, 2026 (2026-02-28)']);
    assert.deepStrictEqual(conflicts('1.1 The Term is extended to expire on February 28, 2026.'), ['Section 1.1 says February 28, 2026 (2026-02-28)']);
  });
  it('an amendment\'s new end is compared after "…; it shall now continue until" and "shall be (further) extended and shall expire on"; the old end is not (s14)', () => {
    for (const s of [
      'The Agreement would have expired on February 28, 2026; it shall now continue until DATE.',
      'The Agreement would have expired on February 28, 2026. It shall now continue until DATE.',
      'The Term shall be extended and shall expire on DATE.',
      'The Term is hereby further extended and shall expire on DATE.',
      'The Term shall be further extended until DATE.',
    ]) {
      assert.deepStrictEqual(conflicts(`1.1 ${s.replace('DATE', 'February 28, 2029')}`), [], s);
      assert.deepStrictEqual(conflicts(`1.1 ${s.replace('DATE', 'March 14, 2031')}`), ['Section 1.1 says March 14, 2031 (2031-03-14)'], s);
    }
    // "it" names what the sentence named before: not the agreement here; an extension that may happen is no new end
    assert.deepStrictEqual(conflicts('1.1 The licence granted under Section 4 expires on March 14, 2031; it shall then continue until March 14, 2032.'), []);
    assert.deepStrictEqual(conflicts('1.1 The Term may be extended by the Customer until March 14, 2031.'), []);
  });
  it('"The Term, which commenced on X, is extended until Y": X is compared with `effective` (a warning), Y with `expires`; an old end is not (s14)', () => {
    const found = (body: string) => analyzeDocument(`# Agreement\n\n## 1. Terms\n\n${body}\n`, m).findings.filter((f) => f.code === 'date-conflict').map((f) => `${f.severity}: ${f.message.replace(/;.*/, '')}`);
    assert.deepStrictEqual(found('1.1 The Term, which commenced on March 1, 2026, is extended until February 28, 2029.'), []);
    assert.deepStrictEqual(found('1.1 The Term, which commenced on April 1, 2026, is extended until March 14, 2031.'), [
      'warning: Section 1.1 says April 1, 2026 (2026-04-01)', 'error: Section 1.1 says March 14, 2031 (2031-03-14)',
    ]);
    assert.deepStrictEqual(found('1.1 The Term, which began on April 1, 2026 and was due to expire on February 28, 2027, is extended until February 28, 2029.'), [
      'warning: Section 1.1 says April 1, 2026 (2026-04-01)',
    ]);
    // the old end right before "is hereby extended" is still not compared, after a start or not
    assert.deepStrictEqual(found('1.1 The Term, which commenced on March 1, 2026 and expires on February 28, 2027, is hereby extended until February 28, 2029.'), []);
    // a start that is not the clause's first date is another's ("Orders placed from")
    assert.deepStrictEqual(found('1.1 This Agreement shall expire on February 28, 2029, but any Order placed from April 1, 2026 remains governed by it.'), []);
  });
});

describe('check-model: the stakes or caps of several holders stated in one clause (probe s10, JV)', () => {
  const jv = parseTermModel([
    'parties:',
    '  halvorsen: { name: Halvorsen Energy ASA, aliases: [Halvorsen] }',
    '  crestline: { name: "Crestline Renewables, Inc.", aliases: [Crestline] }',
    'terms:',
    '  halvorsen-stake: { type: equity, holder: halvorsen, percent: 60% }',
    '  crestline-stake: { type: equity, holder: crestline, percent: 40% }',
  ].join('\n')).model!;
  const findings = (s: string, m = jv) => analyzeDocument(`# Joint Venture Agreement\n\n## 2. Interests\n\n2.1 ${s}\n`, m).findings
    .filter((f) => f.code === 'value-conflict' || f.code === 'party-conflict').map((f) => `${f.severity} ${f.message}`);
  it('each figure is compared with its holder\'s term: "Halvorsen shall hold fifty percent (50%) and Crestline shall hold fifty percent (50%)"', () => {
    assert.deepStrictEqual(findings('Halvorsen shall hold fifty percent (50%) and Crestline shall hold fifty percent (50%) of the membership interests.'), [
      'warning Section 2.1 says fifty percent (50%); term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says fifty percent (50%); term `crestline-stake` says percent: 40%',
    ]);
    // swapped: each holder's own figure is wrong, though the other's equals its term
    // "the remaining 50% shall be held by Crestline": Crestline's, not Halvorsen's (named last before it)
    assert.deepStrictEqual(findings('Halvorsen shall hold 50% of the membership interests, and the remaining 50% shall be held by Crestline.'), [
      'warning Section 2.1 says 50%; term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says 50%; term `crestline-stake` says percent: 40%',
    ]);
    assert.deepStrictEqual(findings('The membership interests shall be held 40% by Halvorsen and 60% by Crestline.'), [
      'warning Section 2.1 says 40%; term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says 60%; term `crestline-stake` says percent: 40%',
    ]);
    // the holder after the figure and what it is a stake of, or after "per cent." (probe s11: nothing was compared)
    assert.deepStrictEqual(findings('40% of the Shares shall be held by Halvorsen and 60% by Crestline.'), [
      'warning Section 2.1 says 40%; term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says 60%; term `crestline-stake` says percent: 40%',
    ]);
    assert.deepStrictEqual(findings('Crestline shall hold 60% of the Shares, and 40% of the Shares shall be held by Halvorsen.'), [
      'warning Section 2.1 says 60%; term `crestline-stake` says percent: 40%',
      'warning Section 2.1 says 40%; term `halvorsen-stake` says percent: 60%',
    ]);
    assert.deepStrictEqual(findings('The Shares shall be held as to 40 per cent. by Halvorsen and as to 60 per cent. by Crestline.'), [
      'warning Section 2.1 says 40 per cent; term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says 60 per cent; term `crestline-stake` says percent: 40%',
    ]);
  });
  it('the agreed stakes, however worded, raise nothing (no party-conflict for the other holder either)', () => {
    for (const good of [
      'Halvorsen shall hold sixty percent (60%) and Crestline shall hold forty percent (40%) of the membership interests.',
      'The membership interests shall be held 60% by Halvorsen and 40% by Crestline.',
      'Halvorsen and Crestline shall hold 60% and 40% of the membership interests respectively.',
      'Halvorsen shall hold 60% of the membership interests, and Crestline the remaining 40%.',
      // "respectively": the figures follow the names' order (probe s11: two false warnings before it was read)
      'Halvorsen and Crestline shall hold sixty per cent. (60%) and forty per cent. (40%) of the Shares respectively.',
      'Halvorsen and Crestline shall hold 60 per cent. and 40 per cent. of the Shares, respectively.',
      '60% of the Shares shall be held by Halvorsen and 40% by Crestline.',
      'The Shares shall be held as to 60 per cent. by Halvorsen and as to 40 per cent. by Crestline.',
      'Halvorsen shall hold 60% of the Shares, and the remaining 40% shall be held by Crestline.',
    ]) assert.deepStrictEqual(findings(good), [], good);
    // swapped with "respectively": each figure is its name's
    assert.deepStrictEqual(findings('Halvorsen and Crestline shall hold 40% and 60% of the Shares, respectively.'), [
      'warning Section 2.1 says 40%; term `halvorsen-stake` says percent: 60%',
      'warning Section 2.1 says 60%; term `crestline-stake` says percent: 40%',
    ]);
    // with one stake in the model, the other party's stake in the same clause is no party conflict
    const one = parseTermModel('parties:\n  halvorsen: { name: H AS, aliases: [Halvorsen] }\n  crestline: { name: C Ltd, aliases: [Crestline] }\nterms:\n  h-stake: { type: equity, holder: halvorsen, percent: 60% }\n').model!;
    assert.deepStrictEqual(findings('Halvorsen shall hold 60% and Crestline shall hold 40% of the Shares.', one), []);
    assert.deepStrictEqual(findings('Crestline shall hold 60% of the Shares.', one), ['warning Section 2.1 says "Crestline shall hold"; term `h-stake` says the holder is `halvorsen` (H AS)']);
  });
  it('caps of two holders in one sentence: the capped party\'s figure is compared with its term', () => {
    const caps = parseTermModel([
      'parties:',
      '  supplier: { name: Alpha Ltd, aliases: [Supplier] }',
      '  customer: { name: Beta Ltd, aliases: [Customer] }',
      'terms:',
      '  supplier-cap:\n    type: liability-cap\n    holder: supplier\n    amount: GBP 1,500,000',
      '  customer-cap:\n    type: liability-cap\n    holder: customer\n    amount: GBP 500,000',
    ].join('\n')).model!;
    assert.deepStrictEqual(findings('The Supplier\'s total liability shall not exceed £1,000,000 and the Customer\'s total liability shall not exceed £500,000.', caps), [
      'warning Section 2.1 says £1,000,000; term `supplier-cap` says amount: GBP 1,500,000',
    ]);
    assert.deepStrictEqual(findings('The Supplier\'s total liability shall not exceed £1,500,000 and the Customer\'s total liability shall not exceed £500,000.', caps), []);
    // swapped: each cap after the first one's amount is its own party's
    assert.deepStrictEqual(findings('The Supplier\'s total liability shall not exceed £500,000 and the Customer\'s total liability shall not exceed £1,500,000.', caps), [
      'warning Section 2.1 says £500,000; term `supplier-cap` says amount: GBP 1,500,000',
      'warning Section 2.1 says £1,500,000; term `customer-cap` says amount: GBP 500,000',
    ]);
    // a joint cap is each named party's (it was read as the last one's only)
    assert.deepStrictEqual(findings('The Supplier\'s and the Customer\'s liability under this Agreement shall not exceed £500,000.', caps), [
      'warning Section 2.1 says £500,000; term `supplier-cap` says amount: GBP 1,500,000',
    ]);
    assert.deepStrictEqual(findings('The liability of the Supplier and the Customer under this Agreement shall not exceed £1,500,000.', caps), [
      'warning Section 2.1 says £1,500,000; term `customer-cap` says amount: GBP 500,000',
    ]);
    // with "respectively", each amount is the name's in the same place
    assert.deepStrictEqual(findings('The aggregate liability of the Supplier and the Customer shall not exceed £1,500,000 and £500,000 respectively.', caps), []);
    assert.deepStrictEqual(findings('The aggregate liability of the Supplier and the Customer shall not exceed £500,000 and £1,500,000 respectively.', caps), [
      'warning Section 2.1 says £500,000; term `supplier-cap` says amount: GBP 1,500,000',
      'warning Section 2.1 says £1,500,000; term `customer-cap` says amount: GBP 500,000',
    ]);
  });
});

describe('check-model: dates and rates that are not the term\'s (probe s11: false errors with a preferred fix)', () => {
  const findings = (body: string, yaml: string) => analyzeDocument(`# Agreement\n\n${body}\n`, parseTermModel(yaml).model!).findings
    .filter((f) => f.code === 'date-conflict' || f.code === 'value-conflict').map((f) => f.message.replace(/;.*/, ''));
  it('an effective-date term\'s date is not compared with another document\'s date', () => {
    const yaml = 'terms:\n  eff: { type: effective-date, date: 2026-11-03 }\n';
    const opening = 'This Agreement is entered into as of November 3, 2026 (the "Effective Date").\n\n';
    assert.deepStrictEqual(findings(`${opening}## Recitals\n\nThe parties entered into the Master Services Agreement dated 14 February 2026.`, yaml), []);
    assert.deepStrictEqual(findings(`${opening}## 1. Definitions\n\n1.1 "Fee Letter" means the letter dated 28 April 2026 between the parties.`, yaml), []);
    assert.deepStrictEqual(findings('This Agreement is entered into as of November 4, 2026 (the "Effective Date").', yaml), ['Agreement says November 4, 2026 (2026-11-04)']);
  });
  it('nor with the date of a document whose name has small words or a number ("a Model Access and Cloud Partnership Agreement dated", "by Amendment No. 1 dated") (probe s18)', () => {
    const yaml = 'terms:\n  eff: { type: effective-date, date: 2026-03-02 }\n';
    const opening = 'This Agreement is entered into as of March 2, 2026 (the "Restatement Date").\n\n## Recitals\n\n';
    assert.deepStrictEqual(findings(`${opening}A. The parties entered into a Model Access and Cloud Partnership Agreement dated July 22, 2023 (the "Original Agreement").`, yaml), []);
    assert.deepStrictEqual(findings(`${opening}B. The parties amended the Original Agreement by Amendment No. 1 dated November 3, 2025.`, yaml), []);
    // the second of two amendments listed (session 18, amendment probe)
    assert.deepStrictEqual(findings(`${opening}B. The Original Agreement was amended by Amendment No. 1 dated January 23, 2023 and Amendment No. 2 dated March 4, 2024.`, yaml), []);
    assert.deepStrictEqual(findings(`${opening}C. This Amended and Restated Agreement dated March 3, 2026 restates it.`, yaml), ['Recitals (C) says March 3, 2026 (2026-03-03)']);
  });
  it('an expiration-date term\'s date is not compared with "the initial term of each Order Form"', () => {
    const yaml = 'terms:\n  exp: { type: expiration-date, date: 2029-01-14 }\n';
    assert.deepStrictEqual(findings('## 3. Term\n\n3.3 The initial term of each Order Form expires on June 30, 2027, unless renewed.', yaml), []);
    assert.deepStrictEqual(findings('## 3. Term\n\n3.1 This Agreement expires on June 30, 2027.', yaml), ['Section 3.1 says June 30, 2027 (2027-06-30)']);
  });
  it('a revenue share\'s rate is not compared with a percentage of a budget, costs or the purchase price', () => {
    const yaml = 'terms:\n  royalty: { type: revenue-share, rate: 7.5% }\n';
    for (const s of [
      'Distributor shall pay to Supplier a marketing contribution equal to 2% of its annual advertising budget.',
      'Distributor shall be entitled to a volume rebate of 1.5% of the purchase price once annual purchases exceed $1,000,000.',
    ]) assert.deepStrictEqual(findings(`## 4. Payments\n\n4.2 ${s}`, yaml), [], s);
    assert.deepStrictEqual(findings('## 4. Payments\n\n4.1 Distributor shall pay to Supplier a royalty of 5% of Net Sales.', yaml), ['Section 4.1 provides a revenue share of 5%']);
  });
});

describe('check-model: a numeric date read day first', () => {
  it('"01/02/2026" agrees with 2026-02-01 (English, day first) and with 2026-01-02; other dates still conflict', () => {
    const draft = '# Supply\n\n## 1. Term\n\n1.1 This Agreement shall commence on 01/02/2026.\n';
    const conflicts = (iso: string) => analyzeDocument(draft, parseTermModel(`effective: ${iso}\nterms:\n  law: { type: governing-law }\n`).model!)
      .findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('2026-02-01'), []);
    assert.deepStrictEqual(conflicts('2026-01-02'), []);
    assert.deepStrictEqual(conflicts('2026-03-01'), ['Section 1.1 says 01/02/2026 (2026-01-02); the term model says effective: 2026-03-01']);
    // its numeric rewrite could be read either way: offered, never preferred
    const f = analyzeDocument(draft, parseTermModel('effective: 2026-03-01\nterms:\n  law: { type: governing-law }\n').model!).findings.find((x) => x.code === 'date-conflict')!;
    assert.deepStrictEqual(f.fixes.filter((x) => x.where === 'draft').map((x) => [x.newText, !!x.preferred]), [['03/01/2026', false]]);
  });
  it('"31/12/2030" is read day first, and its fix is written day first', () => {
    const draft = '# Supply\n\n## 1. Term\n\n1.1 This Agreement shall expire on 31/12/2030.\n';
    const f = analyzeDocument(draft, parseTermModel('expires: 2031-12-30\nterms:\n  law: { type: governing-law }\n').model!).findings.find((x) => x.code === 'date-conflict')!;
    assert.strictEqual(f.message, 'Section 1.1 says 31/12/2030 (2030-12-31); the term model says expires: 2031-12-30');
    assert.deepStrictEqual(f.fixes.filter((x) => x.where === 'draft').map((x) => [x.newText, !!x.preferred]), [['30/12/2031', true]]);
  });
});

describe('check-model: a notice period is a period of notice', () => {
  it('"continues for three (3) years" is not compared with a notice-period term; the notice in the next sentence is', () => {
    const m = parseTermModel('terms:\n  non-renewal-notice: { type: notice-period, duration: 6 months }\n').model!;
    const draft = (n: string) => [
      '# Agreement', '', '## 1. Term', '',
      '1.1 This Agreement commences on the Effective Date and continues for three (3) years, unless terminated earlier under this Section 1.', '',
      `1.2 Either party may prevent renewal by written notice of non-renewal given at least ${n} before the end of the then-current term.`, '',
    ].join('\n');
    const conflicts = (n: string) => analyzeDocument(draft(n), m).findings.filter((f) => f.code === 'value-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('six (6) months'), []);
    assert.deepStrictEqual(conflicts('three (3) months'), ['Section 1.2 says three (3) months; term `non-renewal-notice` says duration: 6 months']);
  });
  it('"renews for successive one-year terms unless … notice of non-renewal at least 90 days before the end" states a 90-day notice', () => {
    const m = parseTermModel('terms:\n  notice: { type: notice-period, duration: 90 days }\n').model!;
    const draft = (n: string) => `# Order Form\n\n## 3. Term\n\n3.3 This Order Form renews for successive one-year terms unless either party gives notice of non-renewal at least ${n} days before the end of the Subscription Term.\n`;
    const conflicts = (n: string) => analyzeDocument(draft(n), m).findings.filter((f) => f.code === 'value-conflict').map((f) => f.message);
    assert.deepStrictEqual(conflicts('90'), []);
    assert.deepStrictEqual(conflicts('60').length, 1);
  });
});

describe('check-model: "from DATE to DATE"', () => {
  it('the date after "to", a dash or "to and including" is the end', () => {
    const yaml = [
      'parties:', '  alpha: { name: Alpha Ltd, aliases: [Licensor] }', '  beta: { name: Beta Ltd, aliases: [Licensee] }',
      'terms:', '  licence: { type: license-grant, licensor: alpha, licensee: beta, starts: 2026-01-01, ends: 2030-12-31 }',
    ].join('\n');
    const m = parseTermModel(yaml).model!;
    for (const period of [
      'from January 1, 2026 to December 31, 2030', 'from January 1, 2026 to December 31, 2030 (inclusive)',
      'from January 1, 2026 – December 31, 2030', 'from 1 January 2026 - 31 December 2030',
      'from the 1st day of January, 2026 to the 31st day of December, 2030', 'from January 1, 2026 to and including December 31, 2030',
      'for the period from January 1, 2026 until December 31, 2030',
    ]) {
      const draft = `# Licence\n\n## 1. Grant\n\n1.1 The Licensor grants to the Licensee a licence to use the Software ${period}.\n`;
      assert.deepStrictEqual(analyzeDocument(draft, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message), [], period);
    }
    // "between … and …": a start and an end
    const between = '# Licence\n\n## 1. Grant\n\n1.1 The Licensor grants to the Licensee a licence to use the Software between January 1, 2026 and December 31, 2029.\n';
    assert.deepStrictEqual(analyzeDocument(between, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message),
      ['Section 1.1 says December 31, 2029 (2029-12-31); term `licence` says ends: 2030-12-31']);
    // a wrong end is still reported as the end
    const wrong = '# Licence\n\n## 1. Grant\n\n1.1 The Licensor grants to the Licensee a licence to use the Software from January 1, 2026 to December 31, 2029.\n';
    assert.deepStrictEqual(analyzeDocument(wrong, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message),
      ['Section 1.1 says December 31, 2029 (2029-12-31); term `licence` says ends: 2030-12-31']);
  });
});

describe('check-model: a carve-out cap is not the cap', () => {
  const yaml = (amount: string) => [
    'parties:',
    '  acme: { name: Acme Inc., aliases: [Acme] }',
    '  beta: { name: Beta LLC, aliases: [Beta] }',
    'terms:',
    `  cap: { type: liability-cap, amount: "${amount}" }`,
  ].join('\n');
  const draft = [
    '# Services Agreement', '', '## 3. Limitation of Liability', '',
    '3.1 Each party\'s aggregate liability under this Agreement shall not exceed $1,000,000.', '',
    '3.2 Notwithstanding Section 3.1, each party\'s aggregate liability for breach of Section 5 (Confidentiality) shall not exceed $5,000,000.', '',
    '3.3 The limitation in Section 3.1 does not apply to a party\'s indemnification obligations, for which its liability is capped at $10,000,000.', '',
    '3.4 In the case of a breach of Section 6 (Data Protection), each party\'s liability shall not exceed $3,000,000.', '',
    '3.5 Notwithstanding anything to the contrary in this Agreement, in no event shall Acme\'s liability for fees exceed $2,000,000.', '',
  ].join('\n');
  const conflicts = (amount: string) => analyzeDocument(draft, parseTermModel(yaml(amount)).model!).findings
    .filter((x) => x.code === 'value-conflict').map((x) => [x.severity, draft.slice(x.start, x.end)]);
  it('a super-cap for a breach of another Section, or a limitation that "does not apply", is not compared with the term\'s amount', () => {
    // 3.5's "notwithstanding anything to the contrary" is a general cap: still compared
    assert.deepStrictEqual(conflicts('USD 1,000,000'), [['error', '$2,000,000']]);
  });
  it('"Except for breach of Section 3, … shall not exceed EUR 2,000,000" states the general cap: compared', () => {
    const m = parseTermModel('terms:\n  cap: { type: liability-cap, amount: "EUR 1,000,000" }\n').model!;
    for (const d of [
      '# Agreement\n\n## 8. Liability\n\n8.1 EXCEPT FOR BREACH OF SECTION 3, IN NO EVENT SHALL EITHER PARTY\'S AGGREGATE LIABILITY UNDER THIS AGREEMENT EXCEED EUR 2,000,000 (TWO MILLION EUROS).\n',
      '# Agreement\n\n## 8. Liability\n\n8.1 Except for breach of Section 3, in no event shall either party\'s aggregate liability under this Agreement exceed EUR 2,000,000.\n',
    ]) {
      assert.deepStrictEqual(analyzeDocument(d, m).findings.filter((x) => x.code === 'value-conflict').length, 1, d);
    }
  });
  it('the general cap still conflicts', () => {
    assert.deepStrictEqual(conflicts('USD 1,500,000').map((x) => x[1]), ['$1,000,000', '$2,000,000']);
  });
});

describe('check-model: the `date` of an effective-date or expiration-date term', () => {
  // what `clause-annotator init` writes: one term per type, an effective-date term with its `date`
  const m = (): TermModelT => parseTermModel([
    'effective: 2026-01-05',
    'terms:',
    '  effective-date: { type: effective-date, date: 2026-01-05 }',
    '  expiration-date: { type: expiration-date, date: 2027-12-31 }',
  ].join('\n')).model!;
  const dates = (clause: string): string[] => analyzeDocument(`# Agreement\n\n## 4. Term\n\n4.1 ${clause}\n`, m()).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);

  it('an end date is not compared with an effective-date term\'s date, nor a start with an expiration-date term\'s', () => {
    assert.deepStrictEqual(dates('This Agreement begins on January 5, 2026 and ends on December 31, 2027.'), []);
  });
  it('a start or an end that differs is still reported against the term of its kind', () => {
    assert.deepStrictEqual(dates('This Agreement begins on January 6, 2026 and ends on December 31, 2028.'), [
      'Section 4.1 says January 6, 2026 (2026-01-06); term `effective-date` says date: 2026-01-05',
      'Section 4.1 says December 31, 2028 (2028-12-31); term `expiration-date` says date: 2027-12-31',
    ]);
  });
});

describe('check-model: clause phrasings a required or forbidden term must recognise', () => {
  it('"subject to New York law" is a governing-law clause (not missing); an AGI clause in other words is forbidden', () => {
    const m = parseTermModel('terms:\n  law: { type: governing-law, required: true }\n  agi: { type: agi, allowed: false }\n').model!;
    const codes = (clause: string): string[] => analyzeDocument(`# Agreement\n\n## 9. General\n\n9.1 ${clause}\n`, m).findings.map((f) => f.code);
    assert.deepStrictEqual(codes('This Agreement is subject to New York law.'), []);
    assert.deepStrictEqual(codes('The validity and performance of this Agreement shall be determined under English law.'), []);
    assert.deepStrictEqual(codes('This Agreement is subject to applicable law.'), ['missing-clause']);
    assert.deepStrictEqual(codes('This Agreement is governed by the laws of New York. If the Developer attains human-level general intelligence, the licence ends.'), ['forbidden-clause']);
  });
});

describe('check-model: missing-clause and definitions', () => {
  it('a definition of the event ("Change of Control" means …) is not the clause that provides for it; a date\'s definition states the date', () => {
    const m = parseTermModel('terms:\n  coc: { type: change-of-control, required: true }\n  start: { type: effective-date, required: true }\n').model!;
    const missing = (...clauses: string[]): string[] => analyzeDocument(['# Facility Agreement', '', '1. DEFINITIONS', '',
      '"Change of Control" means any person or group of persons acting in concert gaining control of the Borrower.', '',
      ...clauses.flatMap((c) => [c, '']), '"Effective Date" means 1 July 2026.', ''].join('\n'), m)
      .findings.filter((f) => f.code === 'missing-clause').map((f) => f.term!);
    assert.deepStrictEqual(missing('2. REPAYMENT', '', '2.1 The Borrower shall repay each Loan on the Termination Date.'), ['coc']);
    assert.deepStrictEqual(missing('7. MANDATORY PREPAYMENT', '', '7.2 If a Change of Control occurs, the Lender may cancel the Facility.'), []);
  });

  it('a definition of the event under another name counts when a clause that is no definition uses it ("If a Sale of the Company occurs")', () => {
    const m = parseTermModel('terms:\n  coc: { type: change-of-control, required: true }\n').model!;
    const missing = (...clauses: string[]): string[] => analyzeDocument(['# Convertible Note', '', '1. DEFINITIONS', '',
      '1.1 "Sale of the Company" means a merger or consolidation in which the Company\'s stockholders hold less than fifty percent (50%) of the voting power of the surviving entity.', '',
      ...clauses.flatMap((c) => [c, ''])].join('\n'), m).findings.filter((f) => f.code === 'missing-clause').map((f) => f.term!);
    assert.deepStrictEqual(missing('4. CONVERSION', '', '4.2 If a Sale of the Company occurs before the Maturity Date, the Investor may elect to receive two (2) times the Principal Amount.'), []);
    // used only in another definition, or not at all: still missing
    assert.deepStrictEqual(missing('1.2 "Liquidity Event" means a Sale of the Company or an IPO.', '', '4. INTEREST', '', '4.1 Interest accrues at 6% per annum.'), ['coc']);
    assert.deepStrictEqual(missing('4. INTEREST', '', '4.1 Interest accrues at 6% per annum.'), ['coc']);
  });
});

describe('check-model: party-conflict and licences back', () => {
  it('a licence of the customer\'s data, feedback or marks back to the provider is not the subscription licence', () => {
    const model = (subject: string) => parseTermModel([
      'parties:', '  provider: { name: Cloudline Software, Inc., aliases: [Provider] }', '  customer: { name: Meridian Health Partners, LLC, aliases: [Customer] }',
      'terms:', `  subscription: { type: license-grant, licensor: provider, licensee: customer, subject: ${subject} }`,
    ].join('\n')).model!;
    const parties = (clause: string, subject = 'right to access and use the Service') => analyzeDocument(`# Subscription Agreement\n\n## 5. Data\n\n5.1 ${clause}\n`, model(subject))
      .findings.filter((f) => f.code === 'party-conflict').length;
    assert.strictEqual(parties('Customer grants Provider a limited license to host, copy and process Customer Data solely to provide the Service.'), 0);
    assert.strictEqual(parties('Customer hereby grants Provider a perpetual, royalty-free licence to use any Feedback.'), 0);
    assert.strictEqual(parties('Customer grants Provider a license to use its trademarks and logos in customer lists.'), 0);
    // the licence of the term, the parties reversed: still a conflict; and a term about the data itself is compared
    assert.strictEqual(parties('Customer grants Provider a license to access and use the Service.'), 1);
    assert.strictEqual(parties('Customer grants Provider a limited license to host Customer Data.', 'licence to the Customer Data'), 1);
  });
});

describe('check-model: party-conflict and payments the other way', () => {
  it('a refund of an overpayment or the costs of an audit in the royalty clause are not the royalty\'s payer', () => {
    const m = parseTermModel('parties:\n  owner: { name: Orbit Labs Inc., aliases: [Licensor] }\n  user: { name: Nova Retail Ltd., aliases: [Licensee] }\nterms:\n  royalty: { type: revenue-share, payer: user, payee: owner, rate: 7.5% }\n').model!;
    const parties = (clause: string): string[] => analyzeDocument(`# Licence\n\n## 4. Royalties\n\n4.1 ${clause}\n`, m).findings.filter((f) => f.code === 'party-conflict').map((f) => f.message);
    const royalty = 'The Licensee shall pay to the Licensor a royalty of seven and one-half percent (7.5%) of Net Sales.';
    assert.deepStrictEqual(parties(`${royalty} If an audit reveals an overpayment, the Licensor shall pay the Licensee the amount overpaid.`), []);
    assert.deepStrictEqual(parties(`${royalty} If the audit reveals no underpayment, the Licensor shall pay the costs of the audit.`), []);
    assert.deepStrictEqual(parties('The Licensor shall pay to the Licensee a royalty of seven and one-half percent (7.5%) of Net Sales.'), [
      'Section 4.1 says "Licensor shall pay to the Licensee"; term `royalty` says the payer is `user` (Nova Retail Ltd.) and the payee is `owner` (Orbit Labs Inc.)',
    ]);
  });
});

describe('check-model: durations in another unit', () => {
  it('60 business days or two months against "60 days" are warnings without a draft fix; 60 weeks says its unit', () => {
    const m = parseTermModel('terms:\n  notice: { type: termination-for-convenience, duration: 60 days }\n').model!;
    const conflicts = (notice: string): [string, string, string[]][] => analyzeDocument(`# Agreement\n\n## 9. Termination\n\n9.1 Either party may terminate this Agreement for convenience on ${notice} prior written notice.\n`, m)
      .findings.filter((f) => f.code === 'value-conflict').map((f) => [f.severity, f.message, f.fixes.map((x) => `${x.where}: ${x.newText}`)]);
    assert.deepStrictEqual(conflicts("sixty (60) days'"), []);
    assert.deepStrictEqual(conflicts("sixty (60) business days'"), [['warning', 'Section 9.1 says sixty (60) business days; term `notice` says duration: 60 days', ['model: 60 business days']]]);
    assert.deepStrictEqual(conflicts("two (2) months'"), [['warning', 'Section 9.1 says two (2) months; term `notice` says duration: 60 days', ['model: 2 months']]]);
    assert.strictEqual(conflicts("sixty (60) weeks'")[0][1], 'Section 9.1 says sixty (60) weeks; term `notice` says duration: 60 days');
  });
});

describe('check-model: a survival date is not the term\'s end', () => {
  it('"Sections 5 and 7 survive until December 31, 2031" is not compared with the expiry; the term\'s own end still is', () => {
    const m = parseTermModel('effective: 2026-01-01\nexpires: 2029-02-28\nterms:\n  exp: { type: expiration-date, date: 2029-02-28 }\n').model!;
    const dates = (clause: string): string[] => analyzeDocument(`# Agreement\n\n## 3. Term\n\n3.1 ${clause}\n`, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(dates('This Agreement shall remain in force until February 28, 2029, provided that Sections 5 and 7 survive until December 31, 2031.'), []);
    assert.deepStrictEqual(dates('This Agreement shall remain in force until February 28, 2030, provided that Sections 5 and 7 survive until December 31, 2031.'), [
      'Section 3.1 says February 28, 2030 (2030-02-28); term `exp` says date: 2029-02-28',
    ]);
  });
});

describe('check-model: a perpetual grant where the term ends', () => {
  const yaml = (field: string): string => [
    'effective: 2025-10-28',
    'parties:',
    '  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }',
    '  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }',
    'terms:',
    `  ip-license: { type: license-grant, licensee: microsoft, licensor: openai, ${field} }`,
  ].join('\n');
  const draft = (grant: string): string => `# Agreement\n\n## 2. License\n\n2.1 OpenAI grants to Microsoft ${grant} to use the OpenAI IP.\n`;
  const dates = (grant: string, field: string): Finding[] => analyzeDocument(draft(grant), parseTermModel(yaml(field)).model!).findings.filter((f) => f.code === 'date-conflict');

  it('"a perpetual, irrevocable license" against ends: or perpetual: false is a warning on the word, without a fix', () => {
    const [f] = dates('a perpetual, irrevocable license', 'ends: 2032-12-31');
    assert.ok(f, 'reported');
    assert.deepStrictEqual([f.severity, f.message, f.fixes.length, f.term], ['warning', 'Section 2.1 makes it perpetual; term `ip-license` says ends: 2032-12-31', 0, 'ip-license']);
    assert.strictEqual(draft('a perpetual, irrevocable license').slice(f.start, f.end), 'perpetual');
    assert.strictEqual(f.related[0].message, 'Term `ip-license` says ends: 2032-12-31');
    assert.deepStrictEqual(dates('a license in perpetuity', 'perpetual: false').map((x) => x.message), ['Section 2.1 makes it perpetual; term `ip-license` says perpetual: false']);
  });
  it('is quiet for a non-perpetual grant, for perpetual: true, and for a term that says neither', () => {
    assert.deepStrictEqual(dates('a non-perpetual license', 'ends: 2032-12-31'), []);
    assert.deepStrictEqual(dates('a license that is not perpetual', 'perpetual: false'), []);
    assert.deepStrictEqual(dates('a perpetual license', 'perpetual: true'), []);
    assert.deepStrictEqual(dates('a perpetual license', 'subject: OpenAI IP'), []);
  });
  it('a perpetual licence of what another, perpetual term is about is that term\'s; one of the ending term\'s subject is still reported', () => {
    const y = `${yaml('ends: 2032-12-31, subject: Dataset')}\n  results: { type: perpetual-license, licensee: microsoft, licensor: openai, perpetual: true, subject: Research Results }\n`;
    const run = (what: string) => analyzeDocument(`# Agreement\n\n## 2. License\n\n2.1 OpenAI grants to Microsoft a license to use the Dataset until December 31, 2032.\n\n2.2 OpenAI hereby grants to Microsoft a perpetual, irrevocable, royalty-free license to use ${what}.\n`,
      parseTermModel(y).model!).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
    assert.deepStrictEqual(run('the Research Results'), []);
    assert.deepStrictEqual(run('the Dataset'), ['Section 2.2 makes it perpetual; term `ip-license` says ends: 2032-12-31']);
  });
});

describe('check-model: relative dates', () => {
  const rel = (text: string, written: string, amount: number, unit: 'year' | 'month' | 'day'): import('../../src/core/types').RelativeDateValue => ({
    kind: 'relative-date', ...at(text, written), text: written, amount, unit, direction: 'after', anchor: 'Effective Date',
  });

  it('"until the fifth anniversary of the Effective Date" is counted from the model\'s effective date', () => {
    const t = 'The licence to Microsoft continues until the fifth anniversary of the Effective Date.';
    const f = only(run(t, [clause(t, t, 0, 'Section 3.1', ['license-grant'], [rel(t, 'the fifth anniversary of the Effective Date', 5, 'year')])], MODEL).findings, 'date-conflict');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(f.message, 'Section 3.1 says the fifth anniversary of the Effective Date (2030-10-28, counted from effective: 2025-10-28); term `ip-license` says ends: 2032-12-31');
    assert.deepStrictEqual(f.fixes.map((x) => [x.where, x.newText]), [['model', '2030-10-28']]);
  });

  it('a relative date that lands on the model\'s date (give or take a day) is quiet', () => {
    const yaml = 'effective: 2025-10-28\nterms:\n  lic:\n    type: license-grant\n    ends: 2030-10-27\n';
    const m = model(yaml, { effective: '2025-10-28', terms: { lic: { type: 'license-grant', ends: '2030-10-27' } } });
    const t = 'The licence expires five (5) years after the Effective Date.';
    assert.deepStrictEqual(run(t, [clause(t, t, 0, 'Section 3.1', ['license-grant'], [rel(t, 'five (5) years after the Effective Date', 5, 'year')])], m).findings, []);
  });

  it('"continues for (a period of) seven (7) years after the Effective Date" ends on the date counted', () => {
    for (const lead of ['continues for', 'remains in force for a period of', 'is granted for an initial term of']) {
      const t = `The licence to Microsoft ${lead} seven (7) years after the Effective Date.`;
      const f = only(run(t, [clause(t, t, 0, 'Section 3.1', ['license-grant'], [rel(t, 'seven (7) years after the Effective Date', 7, 'year')])], MODEL).findings, 'date-conflict');
      assert.strictEqual(f.message, 'Section 3.1 says seven (7) years after the Effective Date (2032-10-28, counted from effective: 2025-10-28); term `ip-license` says ends: 2032-12-31', lead);
    }
    // a deadline within the period says nothing about its end
    const w = 'Microsoft may exercise the licence within seven (7) years after the Effective Date.';
    assert.deepStrictEqual(run(w, [clause(w, w, 0, 'Section 3.1', ['license-grant'], [rel(w, 'seven (7) years after the Effective Date', 7, 'year')])], MODEL).findings.filter((x) => x.code === 'date-conflict'), []);
  });
});

describe('check-model: the exceptions of this release do not hide real conflicts (probed variants)', () => {
  const capModel = parseTermModel('terms:\n  cap: { type: liability-cap, amount: USD 1,000,000 }\n').model!;
  const capConflicts = (sentence: string) => analyzeDocument(`# Agreement\n\n## 3. Liability\n\n3.1 ${sentence}\n`, capModel).findings
    .filter((f) => f.code === 'value-conflict').length;
  it('a general cap in other words is compared', () => {
    for (const s of [
      'In the case of any claim, whether in contract, tort or otherwise, each party\'s aggregate liability under this Agreement shall not exceed $5,000,000.',
      'Each party\'s aggregate liability for any breach of this Agreement, including breach of Section 1, shall not exceed $5,000,000.',
      'Subject to clause 3.2, the total liability of each party in the case of any claim under this Agreement shall not exceed $5,000,000.',
      'Notwithstanding the foregoing, in no event shall either party\'s aggregate liability under this Agreement exceed $5,000,000.',
    ]) assert.strictEqual(capConflicts(s), 1, s);
  });
  it('a super-cap in other words is not', () => {
    for (const s of [
      'Save in respect of a breach of clause 1, for which each party\'s aggregate liability shall not exceed $5,000,000, the limit in clause 3.1 applies.',
      'Each party\'s liability arising from its obligations under Section 2 (Indemnity) shall not exceed $5,000,000 (the "Super Cap").',
      'In respect of claims under Section 2, each party\'s aggregate liability shall not exceed $5,000,000.',
    ]) assert.strictEqual(capConflicts(s), 0, s);
  });
  it('a royalty on consideration or on the purchase price paid by customers is a revenue share', () => {
    const m = parseTermModel('terms:\n  rs: { type: revenue-share, rate: 4% }\n').model!;
    for (const s of [
      'Licensee shall pay Licensor five percent (5%) of all consideration received by Licensee from Sublicensees.',
      'Licensee shall pay Licensor a royalty of five percent (5%) of the Sublicense Consideration.',
      'Licensee shall pay Licensor a royalty of five percent (5%) of the purchase price paid by customers for each Licensed Product.',
    ]) {
      const f = analyzeDocument(`# Licence\n\n## 4. Royalties\n\n4.1 ${s}\n`, m).findings.filter((x) => x.code === 'value-conflict');
      assert.strictEqual(f.length, 1, s);
    }
  });
  it('a notice period stated as "at least sixty (60) days before the end" without the word notice is compared', () => {
    const m = parseTermModel('terms:\n  notice: { type: notice-period, duration: 90 days }\n').model!;
    for (const s of [
      'This Agreement renews for successive one-year terms unless either party elects not to renew at least sixty (60) days before the end of the then-current term.',
      'This Agreement renews automatically unless a party informs the other in writing of its intention not to renew no later than sixty (60) days before expiry.',
    ]) {
      const f = analyzeDocument(`# Agreement\n\n## 9. Term\n\n9.1 ${s}\n`, m).findings.filter((x) => x.code === 'value-conflict').map((x) => x.message);
      assert.deepStrictEqual(f, ['Section 9.1 says sixty (60) days; term `notice` says duration: 90 days'], s);
    }
  });
  it('an initial term is not a renewal term\'s duration', () => {
    const m = parseTermModel('terms:\n  renewal: { type: renewal-term, duration: 2 years }\n').model!;
    const d = '# Agreement\n\n## 9. Term\n\n9.1 This Agreement continues for an initial term of five (5) years (the "Initial Term") and thereafter renews automatically for successive Renewal Terms of two (2) years each.\n';
    assert.deepStrictEqual(analyzeDocument(d, m).findings.filter((x) => x.code === 'value-conflict'), []);
    assert.strictEqual(analyzeDocument(d.replace('Renewal Terms of two (2) years', 'Renewal Terms of three (3) years'), m).findings.filter((x) => x.code === 'value-conflict').length, 1);
  });
});

describe('check-model: more probed variants (dates, exclusivity, amendments)', () => {
  const excl = (ends: string) => parseTermModel(`parties:\n  a: { name: Alpha Ltd, aliases: [Supplier] }\n  b: { name: Beta Ltd, aliases: [Distributor] }\nterms:\n  dist: { type: exclusivity, holder: b, exclusive: true${ends} }\n`).model!;
  const run = (body: string, m: ReturnType<typeof excl>) => analyzeDocument(`# Distribution Agreement\n\n## 2. Appointment\n\n2.1 ${body}\n`, m).findings.map((f) => f.code);
  it('"non-exclusive … until 2027, and exclusive thereafter" is still a conflict with exclusive: true and ends', () => {
    assert.deepStrictEqual(run('Supplier appoints Distributor as its non-exclusive distributor of the Products in the Territory until December 31, 2027, and as its exclusive distributor thereafter.', excl(', ends: 2027-12-31')), ['exclusivity-conflict']);
  });
  it('non-exclusivity from a date well after the end is still a conflict', () => {
    assert.deepStrictEqual(run('Supplier appoints Distributor as its exclusive distributor of the Products. From January 1, 2030 the appointment shall become non-exclusive.', excl(', ends: 2027-12-31')), ['exclusivity-conflict']);
    assert.deepStrictEqual(run('Supplier appoints Distributor as its exclusive distributor of the Products. From January 1, 2028 the appointment shall become non-exclusive.', excl(', ends: 2027-12-31')), []);
  });
  const agr = parseTermModel('effective: 2026-03-01\nexpires: 2031-02-28\nterms:\n  law: { type: governing-law }\n').model!;
  it('"Service Commencement Date" is not the agreement\'s; an agreement in a schedule is another agreement', () => {
    const one = '# Order Form\n\n## 1. Definitions\n\n1.1 "Service Commencement Date" means 1 June 2026.\n';
    assert.deepStrictEqual(analyzeDocument(one, agr).findings.filter((f) => f.code === 'date-conflict'), []);
    const sched = '# Agreement\n\n## 1. Term\n\n1.1 This Agreement expires on 28 February 2031.\n\n## Schedule 1 Form of Escrow Agreement\n\n1. This agreement shall terminate on 31 March 2027.\n';
    assert.deepStrictEqual(analyzeDocument(sched, agr).findings.filter((f) => f.code === 'date-conflict'), []);
  });
  it('"from 1 January 2026 up to and including 31 December 2030" and "to (and including)" end on their second date', () => {
    const m = parseTermModel('parties:\n  a: { name: Alpha Ltd, aliases: [Licensor] }\n  b: { name: Beta Ltd, aliases: [Licensee] }\nterms:\n  lic: { type: license-grant, licensor: a, licensee: b, starts: 2026-01-01, ends: 2030-12-31 }\n').model!;
    for (const p of ['from 1 January 2026 up to and including 31 December 2030', 'from 1 January 2026 to (and including) 31 December 2030']) {
      const d = `# Licence\n\n## 1. Grant\n\n1.1 The Licensor grants to the Licensee a licence to use the Software ${p}.\n`;
      assert.deepStrictEqual(analyzeDocument(d, m).findings.filter((f) => f.code === 'date-conflict'), [], p);
    }
  });
  it('amendments: a deleted phrase with its date, "which would otherwise have expired"; "previously granted" is live text', () => {
    const m = parseTermModel('terms:\n  term-end: { type: expiration-date, date: 2029-08-31 }\n  lic: { type: license-grant, ends: 2029-08-31 }\n').model!;
    const am = (s: string) => analyzeDocument(`# Amendment No. 2\n\n## 1. Amendments\n\n<!-- term: term-end -->\n1.1 ${s}\n`, m).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message.slice(0, 40));
    assert.deepStrictEqual(am('In Section 12.1 of the Original Agreement, the words "shall expire on August 31, 2026" are deleted and replaced with "shall expire on August 31, 2029".'), []);
    assert.deepStrictEqual(am('The term of the Original Agreement, which would otherwise have expired on August 31, 2026, is extended to August 31, 2029.'), []);
    const live = analyzeDocument('# Amendment No. 2\n\n## 1. Amendments\n\n1.1 The license previously granted under Section 2.1 shall continue until August 31, 2028.\n', m).findings.filter((f) => f.code === 'date-conflict');
    assert.strictEqual(live.length, 1);
  });
  it('a restatement\'s history in the past tense ("Provider was Lab\'s exclusive provider … until January 31, 2025", "became its exclusive cloud provider") is not the deal (probe s18)', () => {
    const m = parseTermModel('parties:\n  lab: { name: Lab Inc., aliases: [Lab] }\n  cirrus: { name: Cirrus Corp., aliases: [Provider] }\nterms:\n  cloud: { type: cloud-provider, provider: cirrus, exclusive: false, ends: 2031-12-31 }\n').model!;
    const codes = (s: string) => analyzeDocument(`# Restated Agreement\n\n## 2. Restatement\n\n2.2 ${s}\n`, m).findings.filter((f) => /conflict/.test(f.code)).map((f) => f.code);
    assert.deepStrictEqual(codes('Under Section 4 of the Original Agreement, Provider was Lab\'s exclusive cloud provider for the training of Lab Models until January 31, 2025.'), []);
    assert.deepStrictEqual(codes('Under the Original Agreement, Provider invested in Lab and became Lab\'s exclusive cloud provider.'), []);
    // the past verb more than 80 characters before the date; a heading's last word ("Prior Exclusivity.") is no grant
    assert.deepStrictEqual(codes('Prior Exclusivity. Under Section 4 of the Original Agreement, Provider was Lab\'s exclusive provider of cloud computing services for the training of all Lab Models until January 31, 2025.'), []);
    assert.deepStrictEqual(codes('Prior Exclusivity. Lab may obtain cloud computing services from any other provider.'), []);
    assert.deepStrictEqual(codes('Provider shall be Lab\'s exclusive cloud provider for the training of Lab Models until January 31, 2025.'), ['exclusivity-conflict', 'date-conflict']);
  });
});

describe('check-model: more probed variants (wording)', () => {
  it('"shall not appoint any other distributor … without Supplier\'s consent" is a condition, not exclusivity', () => {
    const m = parseTermModel('parties:\n  a: { name: Alpha Ltd, aliases: [Supplier] }\n  b: { name: Beta Ltd, aliases: [Distributor] }\nterms:\n  dist: { type: exclusivity, holder: b, exclusive: false }\n').model!;
    for (const s of ['Distributor shall not appoint any other distributor or sub-agent in the Territory without Supplier\'s prior written consent.',
      'Supplier shall not appoint any other distributor before giving Distributor thirty (30) days\' notice.']) {
      assert.deepStrictEqual(analyzeDocument(`# Distribution\n\n## 2. Appointment\n\n2.1 ${s}\n`, m).findings.filter((f) => f.code === 'exclusivity-conflict'), [], s);
    }
  });
  it('"Such exclusivity ends on 31 December 2027, after which the appointment shall be non-exclusive" agrees with ends', () => {
    const m = parseTermModel('parties:\n  a: { name: Alpha Ltd, aliases: [Supplier] }\n  b: { name: Beta Ltd, aliases: [Distributor] }\nterms:\n  dist: { type: exclusivity, holder: b, exclusive: true, ends: 2027-12-31 }\n').model!;
    const d = '# Distribution\n\n## 2. Appointment\n\n2.1 Supplier appoints Distributor as its exclusive distributor of the Products. Such exclusivity ends on 31 December 2027, after which the appointment shall be non-exclusive.\n';
    assert.deepStrictEqual(analyzeDocument(d, m).findings.filter((f) => f.code === 'exclusivity-conflict'), []);
  });
  it('"an\\r\\nexclusive" made non-exclusive corrects the article and keeps the line break', () => {
    const m = parseTermModel('parties:\n  a: { name: Alpha Ltd, aliases: [Licensor] }\n  b: { name: Beta Ltd, aliases: [Licensee] }\nterms:\n  lic: { type: license-grant, licensor: a, licensee: b, exclusive: false }\n').model!;
    const d = '# Licence\r\n\r\n## 2. Grant\r\n\r\n2.1 The Licensor grants to the Licensee an\r\nexclusive licence to use the Software.\r\n';
    const f = analyzeDocument(d, m).findings.find((x) => x.code === 'exclusivity-conflict')!;
    const fix = f.fixes.find((x) => x.where === 'draft')!;
    assert.strictEqual(d.slice(0, fix.start) + fix.newText + d.slice(fix.end), d.replace('an\r\nexclusive', 'a\r\nnon-exclusive'));
  });
});

describe('check-model: the agreement\'s term as a period ("shall continue for a period of four (4) years")', () => {
  const m = parseTermModel('effective: 2026-03-01\nexpires: 2031-02-28\nterms:\n  law: { type: governing-law }\n').model!;
  const conflicts = (s: string, mm = m) => analyzeDocument(`# Agreement\n\n## 6. Term\n\n6.1 ${s}\n`, mm).findings
    .filter((f) => f.code === 'date-conflict').map((f) => `${f.severity} ${f.message}`);
  it('with no anchor, runs from the Effective Date and is compared with `expires` (a warning, the fix in the model)', () => {
    for (const s of [
      'This Agreement shall continue for a period of four (4) years.',
      'The Term of this Agreement shall be four (4) years.',
      'This Agreement shall remain in full force and effect for a period of four (4) years, unless terminated earlier in accordance with Section 10.',
      'Unless terminated earlier in accordance with clause 10, this Agreement shall continue for a period of four (4) years.',
      'This Agreement commences on the Effective Date and shall continue for a period of four (4) years.',
      'This Agreement will be in effect for four (4) years.',
    ]) {
      // (a draft that refers to "clause 10" is labelled in its own word)
      const word = s.includes('clause') ? 'Clause' : 'Section';
      assert.deepStrictEqual(conflicts(s), [`warning ${word} 6.1 says four (4) years (2030-03-01, counted from effective: 2026-03-01); the term model says expires: 2031-02-28`], s);
    }
    const f = analyzeDocument('# Agreement\n\n## 6. Term\n\n6.1 This Agreement shall continue for a period of four (4) years.\n', m).findings.find((x) => x.code === 'date-conflict')!;
    assert.deepStrictEqual(f.fixes.map((x) => [x.where, x.newText]), [['model', '2030-03-01']]);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of five (5) years.'), []);
    // no `effective` in the model: nothing to count from
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of four (4) years.', parseTermModel('expires: 2031-02-28\nterms:\n  law: { type: governing-law }\n').model!), []);
  });
  it('"from the date of this Agreement" / "from the date hereof" counts from `effective` too', () => {
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of four (4) years from the date of this Agreement.'),
      ['warning Section 6.1 says four (4) years from the date of this Agreement (2030-03-01, counted from effective: 2026-03-01); the term model says expires: 2031-02-28']);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of four (4) years from the date hereof.').length, 1);
    assert.deepStrictEqual(conflicts('This Agreement shall continue for a period of five (5) years from the date of this Agreement.'), []);
    // "commence on …" earlier in the sentence does not make the period's end a start
    assert.deepStrictEqual(conflicts('The term of this Agreement will commence on the Effective Date and continue for a period of four (4) years after the Effective Date.'),
      ['warning Section 6.1 says four (4) years after the Effective Date (2030-03-01, counted from effective: 2026-03-01); the term model says expires: 2031-02-28']);
  });
  it('periods that are not the agreement\'s term are not compared', () => {
    for (const s of [
      'The licence granted under this Agreement shall continue for a period of four (4) years.',
      'The licence granted under this Agreement shall continue for a period of four (4) years from the Effective Date.',
      'This Section 5 shall continue for a period of four (4) years.',
      'The warranty period under this Agreement shall be four (4) years.',
      'The obligations of confidentiality shall continue for a period of three (3) years after termination of this Agreement.',
      'Upon expiry of the Initial Term, this Agreement shall continue for a period of twelve (12) months.',
      'This Agreement shall continue for a period of four (4) years from 1 March 2026.',
      'This Agreement shall continue for a period of four (4) years or until the Project is completed.',
      'Either party may terminate this Agreement on not less than four (4) months\' notice.',
      'This Agreement shall expire on the later of (i) four (4) years from the date hereof, or (ii) the completion of the Services.',
      'This Agreement shall terminate on the later of (i) the fourth anniversary of the Effective Date or (ii) the date on which the Project ends.',
    ]) assert.deepStrictEqual(conflicts(s), [], s);
  });
  it('a period in an exhibit (the form of another agreement) is not the agreement\'s', () => {
    const d = '# Agreement\n\n## 1. Term\n\n1.1 This Agreement shall continue for a period of five (5) years.\n\n## Exhibit A – Form of Escrow Agreement\n\n1. This Agreement shall continue for a period of two (2) years.\n\n2. This Agreement shall continue for a period of two (2) years from the Effective Date.\n';
    assert.deepStrictEqual(analyzeDocument(d, m).findings.filter((f) => f.code === 'date-conflict'), []);
  });
});

describe('check-model: a cap for a named kind of claim is not the general cap', () => {
  const capModel = parseTermModel('terms:\n  cap: { type: liability-cap, amount: USD 1,000,000 }\n').model!;
  const capConflicts = (sentence: string) => analyzeDocument(`# Agreement\n\n## 9. Indemnification\n\n9.3 ${sentence}\n`, capModel).findings
    .filter((f) => f.code === 'value-conflict').length;
  it('indemnification, data breach, infringement, gross negligence caps are carve-outs', () => {
    for (const s of [
      'Each party\'s liability for breach of its indemnification obligations shall be limited to $5,000,000.',
      'Vendor\'s aggregate liability arising from a Data Breach shall not exceed $5,000,000.',
      'Each party\'s liability for claims of infringement of third-party intellectual property rights shall not exceed $5,000,000.',
      'Each party\'s liability for breach of its confidentiality obligations shall not exceed $5,000,000.',
      'Each party\'s liability in respect of its gross negligence or wilful misconduct shall not exceed $5,000,000.',
    ]) assert.strictEqual(capConflicts(s), 0, s);
  });
  it('general caps in other words are still compared', () => {
    for (const s of [
      'Each party\'s aggregate liability under this Agreement shall not exceed $5,000,000.',
      'In no event shall either party\'s liability arising out of or related to this Agreement, including for breach of Section 5, exceed $5,000,000.',
      'In no event shall either party\'s liability arising out of or related to this Agreement, including for breach of its confidentiality obligations, exceed $5,000,000.',
      'Except for liability for breach of its indemnification obligations, each party\'s aggregate liability shall not exceed $5,000,000.',
      'Each party\'s liability for indemnification and all other claims under this Agreement shall not exceed $5,000,000.',
      'Each party\'s total liability for all claims arising out of this Agreement, including indemnification claims, shall not exceed $5,000,000.',
      'Each party\'s liability for any breach of this Agreement, including breach of its confidentiality obligations, shall not exceed $5,000,000.',
      'Each party\'s liability for direct damages shall not exceed $5,000,000.',
    ]) assert.strictEqual(capConflicts(s), 1, s);
  });
});

describe('check-model: a sole licence is not an exclusive licence (English law)', () => {
  const lic = (exclusive: boolean) => parseTermModel(`terms:\n  lic: { type: license-grant, exclusive: ${exclusive} }\n`).model!;
  const found = (s: string, exclusive: boolean) => analyzeDocument(`# Licence\n\n## 2. Grant\n\n2.1 ${s}\n`, lic(exclusive)).findings
    .filter((f) => f.code === 'exclusivity-conflict');
  it('against exclusive: true, a warning without a fix saying why', () => {
    for (const s of ['The Licensor grants to the Licensee a sole licence to use the Patents in the Territory.',
      'Licensor hereby grants Licensee a sole license under the Patents.']) {
      const f = found(s, true);
      assert.deepStrictEqual(f.map((x) => [x.severity, x.message, x.fixes.length]),
        [['warning', 'Section 2.1 grants a sole licence (the licensor may still use it itself); term `lic` says exclusive: true', 0]], s);
    }
  });
  it('against exclusive: false, no conflict; "sole and exclusive licence" and "sole distributor" stay exclusive', () => {
    assert.deepStrictEqual(found('The Licensor grants to the Licensee a sole licence to use the Patents.', false), []);
    assert.deepStrictEqual(found('The Licensor grants to the Licensee a sole and exclusive licence to use the Patents.', true), []);
    assert.strictEqual(found('The Licensor grants to the Licensee a sole and exclusive licence to use the Patents.', false).length, 1);
    const dist = parseTermModel('terms:\n  dist: { type: exclusivity, exclusive: true, subject: distributor of the Products }\n').model!;
    assert.deepStrictEqual(analyzeDocument('# Distribution\n\n## 2. Appointment\n\n2.1 Acme appoints the Distributor as its sole distributor of the Products.\n', dist)
      .findings.filter((f) => f.code === 'exclusivity-conflict'), []);
  });
});

describe('check-model: forbidden-clause on a provision removed in other words, or a statement that nothing changes', () => {
  const m = parseTermModel('terms:\n  agi: { type: agi, allowed: false }\n  coc: { type: change-of-control, allowed: false }\n').model!;
  const forbidden = (clause: string): number => analyzeDocument(`# First Amendment\n\n## 1. Amendments\n\n1.4 ${clause}\n`, m).findings.filter((f) => f.code === 'forbidden-clause').length;
  it('"Clause 9 (Artificial General Intelligence) of the Original Agreement shall cease to have effect" removes it', () => {
    for (const c of [
      'Clause 9 (Artificial General Intelligence) of the Original Agreement shall cease to have effect.',
      'Clause 9 (Artificial General Intelligence) of the Original Agreement shall cease to have effect with effect from the Amendment Effective Date.',
      'Section 6 (AGI) of the Original Agreement is hereby revoked in its entirety.',
      'The provisions of Section 6 (AGI) of the Original Agreement shall no longer apply.',
      'Section 6 (AGI) of the Original Agreement shall be of no further force or effect as of the date of this Amendment.',
      // probe s11: other names of the date it takes effect, and "as between the parties"
      'Clause 9 (AGI) of the Original Agreement shall cease to have effect from the Variation Date.',
      'Clause 9 (AGI) of the Original Agreement is revoked with effect from the Amendment Date.',
      'Clause 9 (AGI) of the Original Agreement shall cease to have effect from Completion.',
      'Clause 9 (AGI) of the Original Agreement shall no longer apply as between the parties.',
      'With effect from the Amendment Effective Date, Section 6 (AGI) of the Original Agreement ceases to have effect.',
    ]) assert.strictEqual(forbidden(c), 0, c);
  });
  it('a provision named by its title, or removed with another verb lawyers use, is removed too (probe s11 agi19)', () => {
    for (const c of [
      'The AGI Clause shall cease to apply.',
      'The AGI provisions of the Original Agreement shall no longer apply.',
      'The Change of Control Clause is hereby revoked.',
      'The Artificial General Intelligence Clause shall cease to have effect.',
      'CLAUSE 9 (AGI) OF THE ORIGINAL AGREEMENT SHALL NO LONGER APPLY.',
      'Clause 9 (AGI) of the Original Agreement shall lapse.',
      'Clause 9 (AGI) of the Original Agreement is hereby withdrawn.',
      'Clause 9 (AGI) of the Original Agreement no longer applies.',
      'Clause 9 (AGI) of the Original Agreement is no longer in force.',
      'Clause 9 (AGI) of the Original Agreement shall have no further force or effect.',
      'Clause 9 (AGI) of the Original Agreement is hereby terminated and shall be of no further force or effect.',
    ]) assert.strictEqual(forbidden(c), 0, c);
  });
  it('what merely ceases when AGI is reached is still forbidden, whoever or whatever ceases', () => {
    for (const c of [
      'Microsoft\'s access shall cease to apply upon the declaration of AGI.',
      'The AGI Clause shall cease to apply upon a Change of Control.',
      'If Lumen achieves AGI, the licence clause shall cease to apply.',
      'Upon AGI Section 4 shall cease to apply.',
      'Stratosphere\'s licence shall lapse when Lumen declares AGI.',
      'Clause 9 (AGI) of the Original Agreement is hereby terminated and if Lumen achieves AGI the licence shall terminate.',
    ]) assert.strictEqual(forbidden(c), 1, c);
  });
  it('"no provision of this Agreement limits Stratosphere\'s rights if Lumen achieves AGI" says that nothing changes', () => {
    for (const c of [
      'For the avoidance of doubt, no provision of this Agreement limits Stratosphere\'s rights if Lumen achieves AGI.',
      'Nothing in this Agreement shall restrict Stratosphere\'s access to the Models if Lumen declares that AGI has been achieved.',
      'The achievement of AGI by Lumen shall not affect any rights of Stratosphere under this Agreement.',
      'If Lumen achieves AGI, Stratosphere\'s rights under this Agreement shall not be limited or terminated.',
      'A Change of Control of either party shall have no effect on this Agreement.',
    ]) assert.strictEqual(forbidden(c), 0, c);
  });
  it('a provision that ends or changes when AGI is reached is still forbidden', () => {
    for (const c of [
      'Clause 9 (Licence) shall cease to have effect if Lumen achieves AGI.',
      'Section 2 shall cease to have effect upon the declaration of AGI by Lumen.',
      'Nothing in this Agreement limits Lumen\'s right to terminate this Agreement if it achieves AGI.',
      'If Lumen achieves AGI, Stratosphere\'s rights shall not be affected, except that the licence in Section 2 ends.',
      'If Lumen achieves AGI, the licence shall terminate and Stratosphere\'s other rights shall not be affected.',
      'The definition of AGI shall not be limited to systems that outperform humans.',
      'Clause 9 (Artificial General Intelligence) of the Original Agreement shall cease to have effect. If Lumen achieves AGI, the licence ends.',
      'If Lumen achieves AGI, Stratosphere may terminate this Agreement.',
    ]) assert.strictEqual(forbidden(c), 1, c);
  });
  it('a deletion silences the clause only when what it deletes is a provision, not a right removed on AGI (probe s13)', () => {
    for (const c of [
      'Section 7 (AGI) is deleted in its entirety.',
      'The AGI Clause is removed.',
      'Article VI (AGI) of the Original Agreement is hereby repealed.',
      'With effect from the Amendment Date, Section 6 (AGI) of the Original Agreement is deleted.',
      'In Section 6 of the Original Agreement, the words "or upon the declaration of AGI" are deleted.',
      'The definition of "AGI" is deleted.',
      '**Deletion of AGI.** Section 6 (AGI) is deleted in its entirety. The parties acknowledge the deletion.',
    ]) assert.strictEqual(forbidden(c), 0, c);
    for (const c of [
      'Stratosphere\'s access to the Models is removed upon the declaration of AGI by the Board.',
      'The licence in Section 2 is removed upon the declaration of AGI.',
      'Stratosphere\'s access to the Models, upon the declaration of AGI, is removed.',
    ]) assert.strictEqual(forbidden(c), 1, c);
  });
  it('a restatement that says the provision was deleted, or that no declaration of AGI limits a right, states no AGI clause (probe s18)', () => {
    for (const c of [
      // past deletion, with a heading of its own before it
      'Deleted Provisions. Section 11 of the Original Agreement, under which a panel of independent experts could declare that Lab had achieved artificial general intelligence, was deleted by Amendment No. 1 with effect from November 3, 2025, and is not restated in this Agreement.',
      'Section 6 (AGI) of the Original Agreement has been deleted.',
      // a recital of an amendment that deleted the provisions
      'The Parties amended the Original Agreement by Amendment No. 1, which, among other things, deleted the provisions of the Original Agreement under which an expert panel could declare that artificial general intelligence had been achieved.',
      // no declaration limits any right
      'No Effect. No declaration by Lab, its board or any panel that any model constitutes artificial general intelligence shall limit the license in Section 3 or any other right under this Agreement.',
    ]) assert.strictEqual(forbidden(c), 0, c);
    for (const c of [
      'AGI. On the declaration of AGI by the Panel, the license in Section 3 shall end as to later models.',
      'The Parties amended the Original Agreement, which deleted Section 4 (Fees), so that on the declaration of AGI the license shall terminate.',
      'No declaration of AGI shall limit the license in Section 3, except that Provider may not access Post-AGI Models.',
    ]) assert.strictEqual(forbidden(c), 1, c);
  });
});

describe('check-model: preferred fixes that would damage a correct draft (probe, s10)', () => {
  const conflicts = (d: string, yaml: string, code = 'value-conflict') => analyzeDocument(d, parseTermModel(yaml).model!).findings
    .filter((f) => f.code === code)
    .map((f) => [f.severity, d.slice(f.start, f.end), f.fixes.filter((x) => x.where === 'draft').map((x) => `${x.preferred ? '*' : ''}${x.newText}`).join('|')]);
  const capYaml = 'terms:\n  cap: { type: liability-cap, amount: USD 18,500,000 }\n';
  it('a cap in the form of another agreement in an exhibit is that agreement\'s; an exhibit of the deal is still compared', () => {
    const body = '# Agreement\n\n## 4. Liability\n\n4.1 Each party\'s aggregate liability shall not exceed $18,500,000.\n\n';
    const cap = '2. In no event shall the Escrow Agent\'s aggregate liability under this escrow agreement exceed $250,000.\n';
    for (const head of ['# Exhibit A\n\nForm of Escrow Agreement\n\n', '## Exhibit A – Form of the Escrow Agreement\n\n', '# SCHEDULE 3\n\nESCROW AGREEMENT\n\n']) {
      assert.deepStrictEqual(conflicts(body + head + cap, capYaml), [], head);
    }
    // a schedule of the deal itself, whatever the line after its heading says
    for (const head of ['# Schedule 1 to the Master Services Agreement\n\nLiability\n\n', '# Schedule 2\n\nThe Supplier\'s liability under this Agreement is limited as follows:\n\n']) {
      assert.deepStrictEqual(conflicts(`${body}${head}2. Each party's aggregate liability shall not exceed $250,000.\n`, capYaml).map((x) => x[1]), ['$250,000'], head);
    }
    const fees = `${body}## Exhibit B – Fees and Liability\n\n1. The Customer shall pay the fees in this Exhibit.\n\n2. Each party's aggregate liability shall not exceed $250,000.\n`;
    assert.deepStrictEqual(conflicts(fees, capYaml).map((x) => x[1]), ['$250,000']);
    // a date of the form of another agreement is not the licence's end either
    const lic = 'terms:\n  lic: { type: license-grant, ends: 2030-12-31 }\n';
    const d = '# Licence\n\n## 2. Grant\n\n2.1 Alpha grants Beta a licence to use the Software until December 31, 2030.\n\n## Exhibit C – Form of Sublicence Agreement\n\n1. Alpha grants the Sublicensee a licence to use the Software until December 31, 2028.\n';
    assert.deepStrictEqual(conflicts(d, lic, 'date-conflict'), []);
  });
  it('an end user licence attached as an annex is another document: its renewal notice is not the agreement\'s', () => {
    const yaml = 'terms:\n  non-renewal: { type: notice-period, duration: 90 days }\n';
    const body = '1. Term\n\n1.1 This agreement renews for successive periods of twelve (12) months unless either party gives not less than ninety (90) days\' written notice of non-renewal.\n\n'
      + '2. Fees\n\n2.1 Fees.\n\n3. Law\n\n3.1 English law.\n\n';
    const eula = '1.\tSubscriptions renew automatically for successive periods of twelve (12) months unless the End User gives notice of non-renewal not less than thirty (30) days before the end of the then-current period.\n';
    for (const head of ['Annex A\tEnd User Licence (summary of principal terms)\n\n', '## Exhibit B – End-User License Agreement\n\n']) {
      assert.deepStrictEqual(conflicts(body + head + eula, yaml), [], head);
    }
    // an annex of the deal itself is still compared
    assert.deepStrictEqual(conflicts(`${body}Annex A\tRenewal (principal terms)\n\n${eula}`, yaml).map((x) => x[1]), ['thirty (30)']);
  });
  const holderYaml = (holder: string) => `parties:\n  supplier: { name: Alpha Ltd, aliases: [Supplier] }\n  customer: { name: Beta Ltd, aliases: [Customer] }\nterms:\n  cap: { type: liability-cap, ${holder}amount: "GBP 1,500,000" }\n`;
  const capDraft = (s: string) => `# Agreement\n\n## 6. Liability\n\n6.1 ${s}\n`;
  it('a cap naming whose liability it is is compared only with a term of that holder', () => {
    for (const s of [
      'The Customer\'s aggregate liability under this Agreement shall not exceed £500,000.',
      'The total liability of the Customer under this Agreement shall not exceed £500,000.',
      'The Customer\'s maximum aggregate liability to the Supplier shall not exceed £500,000.',
    ]) assert.deepStrictEqual(conflicts(capDraft(s), holderYaml('holder: supplier, ')), [], s);
    for (const s of [
      'The Supplier\'s aggregate liability under this Agreement shall not exceed £500,000.',
      'The aggregate liability of the Supplier to the Customer shall not exceed £500,000.',
      'Each party\'s aggregate liability under this Agreement shall not exceed £500,000.',
      'The aggregate liability under this Agreement shall not exceed £500,000.',
    ]) assert.deepStrictEqual(conflicts(capDraft(s), holderYaml('holder: supplier, ')), [['error', '£500,000', '*£1,500,000']], s);
    // a term that does not say whose cap it is: a named party's cap, in a draft that caps the other party's liability
    // too, may be the other party's (a warning, no preferred rewrite); the only party whose liability is capped, its cap
    const customer = 'The Customer\'s aggregate liability under this Agreement shall not exceed £500,000.';
    for (const other of ['The Supplier\'s aggregate liability under this Agreement shall not exceed £1,500,000.', 'The Escrow Agent\'s liability shall not exceed £10,000.']) {
      const d = `# Agreement\n\n## 6. Liability\n\n6.1 ${other}\n\n6.2 ${customer}\n`;
      assert.deepStrictEqual(conflicts(d, holderYaml('')).filter((x) => x[1] === '£500,000'), [['warning', '£500,000', '£1,500,000']], other);
      // a marker says which term the clause states
      const marked = d.replace('6.2 ', '<!-- term: cap -->\n6.2 ');
      assert.deepStrictEqual(conflicts(marked, holderYaml('')).filter((x) => x[1] === '£500,000'), [['error', '£500,000', '*£1,500,000']], other);
    }
    assert.deepStrictEqual(conflicts(capDraft(customer), holderYaml('')), [['error', '£500,000', '*£1,500,000']]);
    assert.deepStrictEqual(conflicts(capDraft('Either party\'s aggregate liability under this Agreement shall not exceed £500,000.'), holderYaml('')),
      [['error', '£500,000', '*£1,500,000']]);
  });
  it('a cap with a name of its own is another cap; the general cap\'s name is not', () => {
    for (const name of ['Data Cap', 'Super Cap', 'IP Indemnity Limit', 'Customer Cap']) {
      const s = `The Supplier's aggregate liability under this Agreement shall not exceed £5,000,000 (the "${name}").`;
      assert.deepStrictEqual(conflicts(capDraft(s), holderYaml('holder: supplier, ')), [], name);
    }
    for (const name of ['Liability Cap', 'Cap', 'Aggregate Cap', 'Supplier Cap']) {
      const s = `The Supplier's aggregate liability under this Agreement shall not exceed £5,000,000 (the "${name}").`;
      assert.strictEqual(conflicts(capDraft(s), holderYaml('holder: supplier, ')).length, 1, name);
    }
  });
  it('the date of a sublicence, an option to extend, a sell-off or a transition period is not the licence\'s end', () => {
    const lic = 'parties:\n  a: { name: Alpha Ltd, aliases: [Alpha] }\n  b: { name: Beta Ltd, aliases: [Beta] }\nterms:\n  lic: { type: license-grant, licensor: a, licensee: b, ends: 2030-12-31 }\n';
    const d = (s: string) => `# Licence\n\n## 2. Licence\n\n<!-- term: lic -->\n2.1 ${s}\n`;
    for (const s of [
      'Alpha grants to Beta a non-exclusive licence of the Software ending on December 31, 2030, provided that any end-user sublicence granted before December 31, 2030 shall continue until June 30, 2031.',
      'The licence under Section 2.3 may be extended by Beta until December 31, 2032 on payment of an extension fee.',
      'Beta shall have the option to extend the licence until December 31, 2032.',
      'Beta may continue to sell its inventory of Licensed Products for six (6) months after the licence ends on December 31, 2030, and in any event not after June 30, 2031.',
      'The licence ends on December 31, 2030, after which Alpha shall provide transition assistance for a transition period ending on June 30, 2031.',
      'Sections 5 and 7 survive until December 31, 2031.',
      'Sublicences granted by Beta shall continue until June 30, 2031.',
    ]) assert.deepStrictEqual(conflicts(d(s), lic, 'date-conflict'), [], s);
    for (const s of [
      'Beta may continue to sell its inventory of Licensed Products for six (6) months after the licence ends on December 31, 2029.',
      'Unless extended under Section 5, the licence granted hereunder expires on December 31, 2029.',
      'The Term is extended until December 31, 2029.',
      'Alpha grants to Beta a non-exclusive, sublicensable licence of the Software until December 31, 2029.',
      'Alpha grants to Beta a licence of the Software until December 31, 2029, after which Beta may sell off its remaining stock until December 31, 2030.',
    ]) assert.deepStrictEqual(conflicts(d(s), lic, 'date-conflict').map((x) => x[1]), ['December 31, 2029'], s);
  });
  it('exclusivity stated again in the sentence: no draft rewrite of one word', () => {
    const yaml = (excl: boolean) => `parties:\n  a: { name: Alpha Ltd, aliases: [Alpha] }\n  b: { name: Beta Ltd, aliases: [Beta] }\nterms:\n  excl: { type: exclusivity, holder: b, exclusive: ${excl}, subject: distributor of the Products }\n`;
    const d = (s: string) => `# Distribution\n\n## 3. Appointment\n\n<!-- term: excl -->\n3.1 ${s}\n`;
    const draftFixes = (s: string, excl: boolean) => conflicts(d(s), yaml(excl), 'exclusivity-conflict').map((x) => x[2]);
    for (const s of [
      'Alpha grants Beta an exclusive and sole right to act as distributor of the Products.',
      'Alpha appoints Beta as its distributor of the Products on an exclusive basis, and Alpha shall not appoint any other distributor.',
      'Alpha appoints Beta as its exclusive distributor of the Products to the exclusion of all other persons.',
    ]) assert.ok(draftFixes(s, false).every((x) => x === ''), s);
    assert.deepStrictEqual(draftFixes('Alpha appoints Beta as its exclusive distributor of the Products, at Beta\'s sole cost.', false), ['*non-exclusive']);
    assert.deepStrictEqual(draftFixes('Alpha appoints Beta as its non-exclusive distributor of the Products, and Alpha may appoint other distributors.', true), ['']);
  });
  it('a numeric date fix is written, and preferred, only in the draft\'s own convention', () => {
    const lic = (ends: string) => `terms:\n  lic: { type: license-grant, ends: ${ends} }\n`;
    const d = (...s: string[]) => `# Licence\n\n## 1. Term\n\n${s.map((x, i) => `<!-- term: lic -->\n1.${i + 1} ${x}\n`).join('\n')}`;
    const first = (doc: string, ends: string) => conflicts(doc, lic(ends), 'date-conflict')[0];
    // day first (31/12) but month-first dates in words elsewhere: "2/6/2030" reads two ways
    assert.deepStrictEqual(first(d('The licence ends on 31/12/2029.', 'The licence ends on Dec. 31, 2029.'), '2030-06-02'), ['error', '31/12/2029', '2/6/2030']);
    // day first throughout
    assert.deepStrictEqual(first(d('The licence ends on 31/12/2029.', 'The licence ends on 31 December 2029.'), '2030-06-02'), ['error', '31/12/2029', '*2/6/2030']);
    // an English draft: "01/04/2031" is 1 April 2031, and its fix is written day first
    const uk = `# Licence\n\nThis Agreement is dated 2 March 2026.\n\n## 4. Term\n\n<!-- term: lic -->\n4.1 The licence shall continue until 01/04/2031 and shall then expire.\n`;
    const f = analyzeDocument(uk, parseTermModel(lic('2029-08-31')).model!).findings.filter((x) => x.code === 'date-conflict');
    assert.deepStrictEqual(f.map((x) => [x.message, x.fixes.map((y) => `${y.preferred ? '*' : ''}${y.newText}`)]), [
      ['Section 4.1 says 01/04/2031 (2031-04-01); term `lic` says ends: 2029-08-31', ['*31/08/2029', '2031-04-01']],
    ]);
    // an American one: month first
    const us = uk.replace('2 March 2026', 'March 2, 2026');
    assert.deepStrictEqual(first(us, '2029-08-31'), ['error', '01/04/2031', '*08/31/2029']);
    // no other date: the rewrite is not preferred
    assert.deepStrictEqual(first(d('The licence ends on 01/04/2031.'), '2029-08-31'), ['error', '01/04/2031', '08/31/2029']);
  });
});

describe('check-model: one exclusivity finding per clause and term; a grant of another right (probe s14)', () => {
  const deal = (terms: string) => parseTermModel(`parties:\n  n: { name: Northwind Components Ltd, aliases: [Supplier, Seller] }\n  h: { name: Harbor Robotics Inc, aliases: [Customer, Buyer] }\nterms:\n${terms}`).model!;
  const supplyFalse = deal('  supply: { type: exclusivity, holder: h, exclusive: false, subject: supply of the Products }\n');
  const conflicts = (body: string, m: TermModelT) => {
    const d = `# Supply Agreement\n\n## 2. Supply\n\n2.1 ${body}\n`;
    return analyzeDocument(d, m).findings.filter((f) => f.code === 'exclusivity-conflict')
      .map((f) => [f.severity, d.slice(f.start, f.end), ...f.related.filter((r) => r.where === 'draft').map((r) => `${d.slice(r.start, r.end)}: ${r.message}`)]);
  };
  it('two cues in one clause give one finding, the other cue a related location', () => {
    assert.deepStrictEqual(conflicts('Customer shall purchase the Products exclusively from Supplier, and Supplier shall be Customer\'s sole supplier of the Products.', supplyFalse),
      [['warning', 'exclusively', 'sole supplier: Section 2.1 also grants exclusivity']]);
  });
  it('the finding sits on the plain word when there is one (an error with the certain link)', () => {
    assert.deepStrictEqual(conflicts('Customer shall purchase the Products exclusively from Supplier, and Supplier shall be the exclusive supplier of the Products.', supplyFalse),
      [['error', 'exclusive', 'exclusively: Section 2.1 also grants exclusivity']]);
  });
  it('a purchase or supply exclusivity is compared with a term about supply', () => {
    for (const s of ['Customer shall purchase the Products exclusively from Supplier.', 'Customer shall buy all of its requirements for the Products exclusively from Supplier.']) {
      assert.deepStrictEqual(conflicts(s, supplyFalse).map((x) => x.slice(0, 2)), [['warning', 'exclusively']], s);
    }
    assert.deepStrictEqual(conflicts('Supplier shall be the exclusive supplier of the Products to Customer.', supplyFalse).map((x) => x.slice(0, 2)), [['error', 'exclusive']]);
  });
  it('exclusive negotiations, a supply or a purchase obligation are other rights than a licence or a distribution', () => {
    const lic = deal('  lic: { type: exclusivity, holder: h, exclusive: false, subject: licence to the Platform software }\n');
    for (const s of ['For sixty (60) days, Seller shall negotiate exclusively with Buyer and shall not solicit any competing proposal.',
      'Seller shall be Buyer\'s exclusive supplier of the Components.']) assert.deepStrictEqual(conflicts(s, lic), [], s);
    assert.deepStrictEqual(conflicts('During the Exclusivity Period, Supplier shall negotiate exclusively with Customer regarding the Products.', supplyFalse), []);
    const dist = deal('  dist: { type: exclusivity, holder: h, exclusive: false, subject: distribution of the Products }\n');
    assert.deepStrictEqual(conflicts('Customer shall purchase the Products exclusively from Supplier.', dist), []);
    // the licence itself, or the same kind of right, is still compared
    assert.deepStrictEqual(conflicts('Seller grants Buyer an exclusive licence to the Platform software.', lic).map((x) => x[0]), ['error']);
    assert.deepStrictEqual(conflicts('Supplier appoints Customer as its exclusive distributor of the Products.', dist).map((x) => x[0]), ['error']);
    const resell = deal('  lic: { type: license-grant, licensee: h, exclusive: false }\n');
    assert.deepStrictEqual(conflicts('Seller grants Buyer the exclusive right to distribute the Platform software in the Territory.', resell).map((x) => x[0]), ['error']);
  });
  it('a term of every right compares every grant (the other-right test is skipped for it)', () => {
    const every = deal('  all: { type: exclusivity, holder: h, exclusive: false, subject: negotiations, supply and licence of the Products }\n');
    assert.deepStrictEqual(conflicts('For sixty (60) days, Seller shall negotiate exclusively with Buyer.', every).map((x) => x[1]), ['exclusively']);
  });
  it('exclusive negotiations are compared with a term about them, or with a term that names no right', () => {
    const s = 'For sixty (60) days, Seller shall negotiate exclusively with Buyer.';
    assert.deepStrictEqual(conflicts(s, deal('  lockout: { type: exclusivity, holder: h, exclusive: false, subject: exclusive negotiations }\n')).map((x) => x[1]), ['exclusively']);
    assert.deepStrictEqual(conflicts(s, deal('  excl: { type: exclusivity, holder: h, exclusive: false }\n')).map((x) => x[1]), ['exclusively']);
  });
});

describe('check-model: a facility\'s (final) maturity date is the agreement\'s end (probe s14)', () => {
  const m = (expires: string) => parseTermModel(`effective: 2026-07-01\nexpires: ${expires}\nterms:\n  law: { type: governing-law }\n`).model!;
  const conflicts = (line: string, expires: string) => analyzeDocument(`# Facility Agreement\n\n## 1. Definitions\n\n1.1 ${line}\n`, m(expires)).findings
    .filter((f) => f.code === 'date-conflict').map((f) => f.message);
  it('"Final Maturity Date" means 30 June 2031 is compared with `expires`', () => {
    for (const line of ['"Final Maturity Date" means 30 June 2031.', '**Maturity Date**: 30 June 2031', 'The Final Maturity Date is 30 June 2031.']) {
      assert.deepStrictEqual(conflicts(line, '2032-06-30'), ['Section 1.1 says 30 June 2031 (2031-06-30); the term model says expires: 2032-06-30'], line);
      assert.deepStrictEqual(conflicts(line, '2031-06-30'), [], line);
    }
  });
  it('the maturity date of one tranche is not the agreement\'s', () => {
    assert.deepStrictEqual(conflicts('"Term Loan B Maturity Date" means 30 June 2031.', '2032-06-30'), []);
  });
});

describe('check-model: a facility amount modelled as a clause type of its own (README, probe s14)', () => {
  it('"The Total Commitments are GBP 300,000,000" is compared with the term\'s `amount`', () => {
    const m = parseTermModel('terms:\n  facility: { type: facility-amount, amount: GBP 250,000,000 }\nclauseTypes:\n  facility-amount: { cues: [Total Commitments] }\n').model!;
    const f = (s: string) => analyzeDocument(`# Facility Agreement\n\n## 2. The Facility\n\n2.1 ${s}\n`, m).findings.filter((x) => x.code === 'value-conflict').map((x) => x.message);
    assert.deepStrictEqual(f('The Total Commitments are GBP 300,000,000.'), ['Section 2.1 says GBP 300,000,000; term `facility` says amount: GBP 250,000,000']);
    assert.deepStrictEqual(f('The Total Commitments are GBP 250,000,000.'), []);
  });
});

describe('check-model party-conflict: a non-compete\'s holder is the party it binds', () => {
  const yaml = [
    'parties:',
    '  seller: { name: Marlow Holdings Limited, aliases: [Seller] }',
    '  buyer: { name: Kestrel Capital Limited, aliases: [Buyer] }',
    'terms:',
    '  seller-non-compete: { type: non-compete, holder: seller, duration: 3 years }',
    '  territory: { type: exclusivity, holder: buyer, exclusive: true }',
  ].join('\n');
  const party = (clause: string): string[] => {
    const draft = `# Share Purchase Agreement\n\n## 9. Restrictions\n\n9.1 ${clause}\n`;
    return analyzeDocument(draft, parseTermModel(yaml).model!).findings.filter((f) => f.code === 'party-conflict').map((f) => f.message);
  };
  it('"The Buyer shall not … carry on any Restricted Business" against `holder: seller` is a warning', () => {
    assert.deepStrictEqual(party('The Buyer shall not, for a period of three (3) years after Completion, carry on or be engaged in any Restricted Business.'),
      ['Section 9.1 says "Buyer shall not"; term `seller-non-compete` says the holder is `seller` (Marlow Holdings Limited)']);
    assert.deepStrictEqual(party('The Seller shall not, for a period of three (3) years after Completion, carry on or be engaged in any Restricted Business.'), []);
    assert.deepStrictEqual(party('The Seller agrees not to sell any Competing Products for three (3) years after Completion.'), []);
  });
  it('reads the party bound from "Each …", "Neither the Buyer nor any of its Affiliates", "that it shall not"; a subject naming no party gives none', () => {
    const bound = 'Section 9.1 says "Neither the Buyer nor any of its Affiliates"; term `seller-non-compete` says the holder is `seller` (Marlow Holdings Limited)';
    assert.deepStrictEqual(party('Neither the Buyer nor any of its Affiliates shall, for three (3) years after Completion, carry on any Restricted Business.'), [bound]);
    assert.deepStrictEqual(party('Neither the Seller nor any of its Affiliates shall, for three (3) years after Completion, carry on any Restricted Business.'), []);
    // "No member of the Buyer's Group shall": the Buyer's group is bound
    assert.deepStrictEqual(party('No member of the Buyer\'s Group shall, for three (3) years after Completion, carry on any Restricted Business.'),
      ['Section 9.1 says "No member of the Buyer\'s Group"; term `seller-non-compete` says the holder is `seller` (Marlow Holdings Limited)']);
    assert.deepStrictEqual(party('No member of the Seller\'s Group shall, for three (3) years after Completion, carry on any Restricted Business.'), []);
    assert.deepStrictEqual(party('Each of the Buyer and its Affiliates shall not, for three (3) years after Completion, carry on any Restricted Business.'),
      ['Section 9.1 says "Buyer and its Affiliates shall not"; term `seller-non-compete` says the holder is `seller` (Marlow Holdings Limited)']);
    // two parties bound, or none named: no holder to compare
    for (const s of ['Neither the Seller nor the Buyer shall, for three (3) years after Completion, carry on any Restricted Business.',
      'Neither party shall, for three (3) years after Completion, carry on any Restricted Business.',
      'The Buyer and the Seller shall not, for three (3) years after Completion, carry on any Restricted Business.']) assert.deepStrictEqual(party(s), [], s);
    // the party a restriction binds is its subject, not a party named earlier in the sentence
    assert.deepStrictEqual(party('The Seller undertakes to the Buyer that it shall not, for three (3) years after Completion, carry on any Restricted Business.'), []);
    assert.deepStrictEqual(party('The Buyer undertakes to the Seller that it shall not, for three (3) years after Completion, carry on any Restricted Business.').length, 1);
    // "it" is the party the sentence starts with only when no other party comes between but right before "that"
    assert.deepStrictEqual(party('The Buyer acknowledges that the Seller has agreed that it shall not, for three (3) years after Completion, carry on any Restricted Business.'), []);
    const yamlBuyer = yaml.replace('holder: seller, duration', 'holder: buyer, duration');
    const partyB = (clause: string): string[] => analyzeDocument(`# Share Purchase Agreement\n\n## 9. Restrictions\n\n9.1 ${clause}\n`, parseTermModel(yamlBuyer).model!)
      .findings.filter((f) => f.code === 'party-conflict').map((f) => f.message);
    assert.deepStrictEqual(partyB('In consideration of the sums paid to the Seller, each Founder shall not, for three (3) years after Completion, carry on any Restricted Business.'), []);
  });
  it('a non-compete\'s restriction may be on soliciting or enticing away employees or customers', () => {
    assert.deepStrictEqual(party('Non-compete. The Buyer shall not, for two (2) years after Completion, solicit or entice away any employee of the Company.'),
      ['Section 9.1 says "Buyer shall not"; term `seller-non-compete` says the holder is `seller` (Marlow Holdings Limited)']);
    assert.deepStrictEqual(party('Non-compete. The Seller shall not, for two (2) years after Completion, solicit or entice away any employee of the Company.'), []);
  });
  it('a restriction gives no other term a holder: the party bound is not the exclusivity\'s holder', () => {
    // (typed exclusivity and non-compete; the exclusivity's holder is not read from "shall not")
    assert.deepStrictEqual(party('The Seller shall not, for three (3) years after Completion, compete with the Buyer, who shall have the exclusive right to the Business in the Territory.'), []);
  });
});

describe('check-model: a licence\'s other grants are not the licence (probe s17, patent and OEM licences)', () => {
  const yaml = (exclusive: boolean, subject = 'Licensed Patents') => parseTermModel([
    'parties:', '  owner: { name: Orbit Labs Ltd, aliases: [Licensor] }', '  user: { name: Nova Coatings GmbH, aliases: [Licensee] }',
    'terms:', `  lic: { type: license-grant, licensor: owner, licensee: user, exclusive: ${exclusive}, subject: ${subject} }`,
    '  improvements: { type: ip-ownership, holder: user, subject: Improvements made by the Licensee }',
  ].join('\n')).model!;
  const found = (clause: string, code: string, m = yaml(true)): string[] => analyzeDocument(`# Licence Agreement\n\n## 2. Licence\n\n2.1 ${clause}\n`, m)
    .findings.filter((f) => f.code === code).map((f) => f.message);
  it('exclusivity-conflict: another grant in the clause that names the term\'s subject less than the grant agreeing with it', () => {
    assert.deepStrictEqual(found('The Licensor grants to the Licensee an exclusive licence under the Licensed Patents and a non-exclusive licence to use the Know-how.', 'exclusivity-conflict'), []);
    assert.deepStrictEqual(found('The Licensor grants to the Licensee a non-exclusive licence to use the Software and an exclusive licence under the Licensed Patents.', 'exclusivity-conflict', yaml(false, 'licence to use the Software')), []);
    // exclusive in one market and not elsewhere: the term is about the one market
    const oem = parseTermModel('parties:\n  a: { name: Alpha Ltd, aliases: [Supplier] }\n  b: { name: Beta Ltd, aliases: [Distributor] }\nterms:\n  dist: { type: exclusivity, holder: b, exclusive: true, subject: distributor of the Products in the healthcare sector }\n').model!;
    assert.deepStrictEqual(found('Supplier appoints Distributor as its exclusive distributor of the Products to customers in the healthcare sector, and as a non-exclusive distributor in all other sectors.', 'exclusivity-conflict', oem), []);
    // the other grant names the subject as well: still a conflict; so is a lone non-exclusive grant
    assert.strictEqual(found('The Licensor grants to the Licensee an exclusive licence under the Know-how and a non-exclusive licence under the Licensed Patents.', 'exclusivity-conflict').length, 1);
    assert.strictEqual(found('The Licensor grants to the Licensee a non-exclusive licence under the Licensed Patents.', 'exclusivity-conflict').length, 1);
  });
  it('exclusivity-conflict: a licence back by the licensee to the licensor, unless it is of the term\'s subject', () => {
    assert.deepStrictEqual(found('Improvements made by the Licensee shall belong to the Licensee, and the Licensee grants the Licensor a non-exclusive, royalty-free licence to use them.', 'exclusivity-conflict'), []);
    assert.strictEqual(found('The Licensee grants the Licensor a non-exclusive licence under the Licensed Patents.', 'exclusivity-conflict').length, 1);
  });
  it('exclusivity-conflict: sub-licences the licensee may grant are not the licence', () => {
    assert.deepStrictEqual(found('The Licensee may grant non-exclusive sub-licences under the Licensed Patents to its Affiliates.', 'exclusivity-conflict'), []);
    assert.deepStrictEqual(found('The Licensee may grant non-exclusive sublicenses to its Affiliates.', 'exclusivity-conflict'), []);
    // a non-exclusive, sub-licensable licence is still the licence
    assert.strictEqual(found('The Licensor grants the Licensee a non-exclusive, sub-licensable licence under the Licensed Patents.', 'exclusivity-conflict').length, 1);
  });
  it('exclusivity-conflict: what a condition allows the grant to be turned into is not the grant', () => {
    assert.deepStrictEqual(found('If the Licensee fails to achieve the First Sale by the Target Date, the Licensor may, by notice, convert the licence under clause 2.1 into a non-exclusive licence.', 'exclusivity-conflict'), []);
    // (hard-wrapped)
    assert.deepStrictEqual(found('If the Licensee fails to achieve the First Sale, the Licensor may convert the licence under\nclause 2.1 into a\nnon-exclusive licence.', 'exclusivity-conflict'), []);
    assert.deepStrictEqual(found('In the event that the Licensee does not pay the Minimum Royalty, the licence shall become non-exclusive.', 'exclusivity-conflict'), []);
    // with no condition, it is what the licence is
    assert.strictEqual(found('The Licensor shall convert the licence into a non-exclusive licence on 1 January 2028.', 'exclusivity-conflict').length, 1);
  });
  it('party-conflict: a sub-licence by the licensee or a licence back is not the licence; the licence with its parties reversed is', () => {
    assert.deepStrictEqual(found('"Sublicensee" means a person to whom the Licensee grants a sub-licence.', 'party-conflict'), []);
    assert.deepStrictEqual(found('The Licensee shall grant each Sublicensee a written sub-licence consistent with this agreement.', 'party-conflict'), []);
    assert.deepStrictEqual(found('Improvements made by the Licensee shall belong to the Licensee, and the Licensee grants the Licensor a non-exclusive, royalty-free licence to use them.', 'party-conflict'), []);
    assert.strictEqual(found('The Licensee grants to the Licensor an exclusive licence under the Licensed Patents.', 'party-conflict').length, 1);
  });
  it('linking: what a clause excepts ("other than royalties on Net Sales") does not make it about that term', () => {
    const m = parseTermModel([
      'parties:', '  owner: { name: Orbit Labs Ltd, aliases: [Licensor] }', '  user: { name: Nova Coatings GmbH, aliases: [Licensee] }',
      'terms:', '  royalty: { type: revenue-share, payer: user, payee: owner, rate: 4%, subject: royalty on Net Sales }',
      '  sublicensing: { type: revenue-share, payer: user, payee: owner, rate: 25%, subject: sublicensing income }',
    ].join('\n')).model!;
    const link = (s: string) => analyzeDocument(`# Licence\n\n## 4. Payments\n\n4.5 ${s}\n`, m).clauses.find((c) => c.term)?.term;
    for (const ex of ['other than royalties on Net Sales', 'excluding any royalties on Net Sales', 'except for royalties on Net Sales']) {
      assert.strictEqual(link(`The Licensee shall pay the Licensor twenty-five per cent. (25%) of all sublicensing income received, ${ex}.`), 'sublicensing', ex);
    }
    assert.strictEqual(link('The Licensee shall pay the Licensor a royalty of four per cent. (4%) of Net Sales, other than sublicensing income.'), 'royalty');
  });
  it('party-conflict: who owns something else than what an ownership term is about is no conflict with it', () => {
    assert.deepStrictEqual(found('The Licensor owns the Licensed Patents and all know-how relating to the Process.', 'party-conflict'), []);
    assert.strictEqual(found('All Improvements made by the Licensee shall be owned by the Licensor.', 'party-conflict').length, 1);
  });
});

describe('date-conflict: a named period\'s end is not the agreement\'s (probe s17 probe2, 24-compute-capacity)', () => {
  const yaml = 'effective: 2026-07-01\nterms:\n  term: { type: expiration-date, date: 2030-06-30 }\n';
  const conflicts = (body: string): string[] => {
    const draft = `# Compute Capacity Agreement\n\n## 3. Exclusivity\n\n${body}\n`;
    return analyzeDocument(draft, parseTermModel(yaml).model!).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
  };
  it('"The "Exclusivity Period" means the period from the Effective Date until June 30, 2029" is not compared', () => {
    for (const s of [
      '3.2 Exclusivity Period. The "Exclusivity Period" means the period from the Effective Date until June 30, 2029.',
      '3.2 The exclusivity in Section 3.1 continues from the Effective Date until June 30, 2029 (the "Exclusivity Period"), and this Agreement expires at the end of the Term.',
    ]) assert.deepStrictEqual(conflicts(s), [], s);
  });
  it('the agreement\'s own end, or an "Initial Period", still is', () => {
    for (const s of [
      '3.2 This Agreement commences on the Effective Date and continues until June 30, 2031, unless terminated earlier.',
      '3.2 This Agreement continues from the Effective Date until June 30, 2031 (the "Initial Period").',
    ]) assert.strictEqual(conflicts(s).length, 1, s);
  });
});

describe('date-conflict: a named period\'s end against the term of the clauses that use it (probe s17 probe2, 24-compute-capacity)', () => {
  const yaml = [
    'effective: 2026-07-01',
    'parties: { p: { name: Provider }, l: { name: Lab } }',
    'terms:',
    '  term: { type: expiration-date, date: 2030-06-30 }',
    '  cloud: { type: cloud-provider, provider: p, exclusive: true, ends: 2029-06-30, subject: training of Frontier Models }',
    '  share: { type: revenue-share, payer: l, payee: p, rate: 8%, ends: 2028-06-30 }',
    '',
  ].join('\n');
  const findings = (def: string, use = '3.1 During the Exclusivity Period, Provider shall be Lab\'s exclusive cloud provider for the training of Frontier Models.') => {
    const draft = `# Compute Capacity Agreement\n\n## 3. Exclusivity\n\n${use}\n\n${def}\n\n## 5. Revenue Share\n\n5.1 Lab shall pay Provider eight percent (8%) of Lab Revenue received during the Exclusivity Period.\n`;
    return analyzeDocument(draft, parseTermModel(yaml).model!).findings.filter((f) => f.code === 'date-conflict');
  };
  it('a defined period that ends later than the term of the clause using it is a warning naming both, with the use as related location', () => {
    const f = findings('3.2 Exclusivity Period. The "Exclusivity Period" means the period from the Effective Date until June 30, 2031.');
    assert.deepStrictEqual(f.map((x) => [x.severity, x.message]), [['warning',
      'Section 3.2 says the Exclusivity Period ends June 30, 2031 (2031-06-30); term `cloud` says ends: 2029-06-30 (Section 3.1, linked to it, uses the Exclusivity Period)']]);
    assert.deepStrictEqual(f[0].related?.map((r) => r.where), ['model', 'draft']);
    // the fix is offered, not preferred (the link goes through the name)
    assert.ok(f[0].fixes?.some((x) => x.where === 'draft' && x.newText === 'June 30, 2029' && !x.preferred));
  });
  it('the same end, an inline definition or a term-less use: nothing', () => {
    assert.deepStrictEqual(findings('3.2 Exclusivity Period. The "Exclusivity Period" means the period from the Effective Date until June 30, 2029.'), []);
    assert.deepStrictEqual(findings('3.2 Exclusivity Period. The "Exclusivity Period" means the period from the Effective Date until June 30, 2031.', '3.1 The Exclusivity Period is described below.'), []);
  });
  it('a term about something else that uses the period is not compared with its end', () => {
    // the revenue share "received during the Exclusivity Period" (term `share`, ends 2028-06-30) may end before it
    const f = findings('3.2 The "Exclusivity Period" means the period from the Effective Date until June 30, 2031.', '3.1 The Exclusivity Period is described below.');
    assert.deepStrictEqual(f, []);
    // a "Commitment Period" and a minimum-commitment term
    const draft = '# Capacity\n\n## 4. Commitment\n\n4.1 During the Commitment Period, Lab shall purchase compute of at least USD 100,000,000 from Provider.\n\n4.2 "Commitment Period" means the period from the Effective Date until December 31, 2029.\n';
    const model = parseTermModel('parties: { p: { name: Provider }, l: { name: Lab } }\nterms:\n  commitment: { type: minimum-commitment, payer: l, payee: p, amount: USD 100,000,000, ends: 2028-12-31 }\n').model!;
    assert.deepStrictEqual(analyzeDocument(draft, model).findings.filter((x) => x.code === 'date-conflict').map((x) => x.term), ['commitment']);
  });
});

describe('an amendment: what the old agreement provided is not the deal (session 18, amendment probe)', () => {
  const yaml = [
    'parties: { n: { name: Northwind Cloud Corporation, aliases: [Northwind] }, l: { name: Lumen Research Group PBC, aliases: [Lumen] } }',
    'terms:',
    '  access: { type: exclusivity, holder: n, exclusive: false, subject: offer Lumen\'s models }',
    '  share: { type: revenue-share, payer: l, payee: n, rate: 0% }',
  ].join('\n');
  const found = (body: string): string[] => analyzeDocument(`# AMENDMENT NO. 3\n\n## 2. Cloud\n\n${body}\n`, parseTermModel(yaml).model!).findings
    .filter((f) => /conflict/.test(f.code)).map((f) => f.message);
  it('a recital telling what the original agreement provided, in the past tense', () => {
    assert.deepStrictEqual(found('B. Under the Original Agreement, Northwind held exclusive rights to offer Lumen\'s models, and Lumen paid Northwind a revenue share of twenty percent (20%) of Lumen Net Revenue.'), []);
    // the same in the present tense is the deal
    assert.strictEqual(found('2.1 Under the Original Agreement as amended, Northwind holds exclusive rights to offer Lumen\'s models.').length, 1);
  });
  it('a sentence that deletes is old, not the clause\'s other sentences', () => {
    assert.deepStrictEqual(found('2.2 Section 3.2 of the Original Agreement (Exclusivity) is deleted in its entirety.'), []);
    assert.deepStrictEqual(found('2.2 Northwind\'s right to offer Lumen\'s models is non-exclusive. Section 3.2 of the Original Agreement (Exclusivity) is deleted in its entirety.'), []);
    assert.deepStrictEqual(found('2.2 Northwind\'s right to offer Lumen\'s models is exclusive. Section 3.2 of the Original Agreement (Exclusivity) is deleted in its entirety.'),
      ['Section 2.2 grants exclusivity; term `access` says exclusive: false']);
  });
  it('a value in the subject of a sentence that ends it ("the revenue share of twenty percent (20%) … shall cease to accrue")', () => {
    assert.deepStrictEqual(found('4.1 Neither Party shall pay the other any revenue share, and the revenue share of twenty percent (20%) payable by Lumen under the Original Agreement shall cease to accrue.'), []);
    assert.strictEqual(found('4.1 Lumen shall pay Northwind a revenue share of twenty percent (20%), which shall cease on December 31, 2030.').length, 1);
  });
  it('no duty to deal exclusively is no exclusivity', () => {
    assert.deepStrictEqual(found('2.1 Lumen shall not be required to offer its models exclusively through Northwind.'), []);
  });
});

describe('date-conflict: "THIS AGREEMENT is dated … and takes effect on …" (probe s17 probe2, 23-shareholders)', () => {
  const conflicts = (first: string): string[] => {
    const draft = `# SHAREHOLDERS' AGREEMENT\n\n${first}\n\nPARTIES\n\n(1) ALDERMOOR VENTURES II LP (the "Investor")\n\n## 1. Definitions\n\n1.1 "Shares" means the ordinary shares of the Company.\n`;
    return analyzeDocument(draft, parseTermModel('effective: 2026-04-14\nterms: {}\n').model!).findings.filter((f) => f.code === 'date-conflict').map((f) => f.message);
  };
  it('the start it takes effect on is compared with the model\'s effective date, in capitals too', () => {
    for (const s of ['THIS AGREEMENT is dated 14 April 2026 and takes effect on 1 May 2026', 'This Agreement is dated 14 April 2026 and comes into force on 1 May 2026.'])
      assert.deepStrictEqual(conflicts(s), ['Preamble says 1 May 2026 (2026-05-01); the term model says effective: 2026-04-14'], s);
    assert.deepStrictEqual(conflicts('THIS AGREEMENT is dated 14 April 2026 and takes effect on 14 April 2026'), []);
  });
});

describe('check-model exclusivity-conflict: a ban on granting an exclusive licence (probe s18, 39-joint-development)', () => {
  const run = (exclusive: boolean, s: string): string[] => {
    const draft = `# Agreement\n\n## 5. Licences\n\n5.1 Each Party grants the other a non-exclusive licence under its Background IP for the Project.\n\n5.2 ${s}\n`;
    const model = parseTermModel(`terms:\n  background: { type: license-grant, exclusive: ${exclusive}, subject: Background IP }\n`).model!;
    return analyzeDocument(draft, model).findings.filter((f) => f.code === 'exclusivity-conflict' && draft.slice(0, f.start).includes('5.2')).map((f) => f.message);
  };
  it('"shall not grant an exclusive licence under Joint Foreground IP" neither grants nor denies exclusivity', () => {
    for (const s of ['A Party shall not grant an exclusive licence under Joint Foreground IP without the consent of the other Party.', 'The Licensee shall not grant any exclusive license under the Joint IP.']) {
      assert.deepStrictEqual(run(false, s), [], s);
      assert.deepStrictEqual(run(true, s), [], s);
    }
    // a grant is still read
    assert.strictEqual(run(false, 'Each Party grants the other an exclusive licence under its Background IP.').length, 1);
  });
});

describe('check-model exclusivity-conflict: "Except as set out in Section 8.1, … is non-exclusive" (probe s18, 39-joint-development)', () => {
  const run = (s: string): string[] => {
    const draft = `# Agreement\n\n## 8. Exclusivity\n\n8.1 During the Exclusive Period, Tessaract shall not supply Resulting Chips to any Competing AI Lab.\n\n8.4 ${s}\n`;
    const model = parseTermModel('terms:\n  excl: { type: exclusivity, exclusive: true, subject: supply of Resulting Chips }\n').model!;
    return analyzeDocument(draft, model).findings.filter((f) => f.code === 'exclusivity-conflict').map((f) => f.message);
  };
  it('the rest of the relationship is non-exclusive, not the exclusivity the other section states', () => {
    assert.deepStrictEqual(run('**No Other Exclusivity.** Except as set out in Section 8.1, the relationship of the Parties under this Agreement is non-exclusive.'), []);
    assert.deepStrictEqual(run('Save as provided in Clause 8.1, the supply of Resulting Chips is non-exclusive.'), []);
    // without the exception it says the supply is non-exclusive
    assert.strictEqual(run('The supply of Resulting Chips under this Agreement is non-exclusive.').length, 1);
  });
});
