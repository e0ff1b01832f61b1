import * as assert from 'assert';
import { analyzeDocument } from '../../src/core/analyze';
import fc from 'fast-check';
import { closest, headingLike, newUndefinedTermMemo, renewUndefinedTermMemo, undefinedTerm, type UndefinedTermMemo } from '../../src/core/check/draft/undefinedTerm';
import { build, def, section, wholeSections } from './check-draft.support';


function doc(body: string): string {
  return `# License Agreement\n\n1. Definitions. "Licensed Product" means the product. "Territory" means Canada. "Net Sales" means gross sales.\n\n${body}`;
}

function run(text: string, extraDefs: string[] = []) {
  const defs = ['Licensed Product', 'Territory', 'Net Sales', ...extraDefs];
  return undefinedTerm.check(build(text, {
    sections: [section(text, '# License Agreement', null, { kind: 'heading' }), ...wholeSections(text)],
    definitions: (t) => defs.map((d) => def(t, d, 1, '')),
  }));
}

describe('draft checks: undefined-term', () => {
  it('a clause\'s bold run-in title ("6.5 **No Implied Licences.**", "**No Admission.** This Agreement …") is a heading, not a use of a term (probe s18/39, 40)', () => {
    for (const t of ['6.5 **No Implied Licences.** Except as set out above, no licence is granted.', '(b) **No Other Exclusivity:** Each Party may deal with others.', '**No Admission.** This Agreement is a compromise.']) {
      assert.deepStrictEqual(run(doc(t)).map((f) => f.message), [], t);
    }
    // bold that is no title, and a title that ends before the phrase, still report it
    assert.strictEqual(run(doc('6.5 **Grant.** Licensor grants no Implied Licences.')).length, 1);
    assert.strictEqual(run(doc('6.5 The Licensee shall pay **no Royalty Fee** at all.')).length, 1);
  });
  it('a word cut from a name by a number ("a Phase 3 Trial", "the Tranche 2 Loan") or a building in an address ("The Bioscience Hub") is no undefined term (probe s18)', () => {
    for (const s of [
      'The Licensee shall dose the first patient in a Phase 3 Trial by 31 December 2028.',
      'The Borrower shall repay the Tranche 2 Loan in full.',
      'Orsino Limited, whose registered office is at The Bioscience Hub, Granta Park, Cambridge, is the Licensee.',
    ]) {
      const d = `# Licence\n\n## 1. Definitions\n\n"Phase 3 Trial" means a pivotal trial of a product.\n\n"Tranche 2 Loan" means the second loan.\n\n## 2. Other\n\n2.1 ${s}\n`;
      assert.deepStrictEqual(analyzeDocument(d).findings.filter((f) => f.code === 'undefined-term').map((f) => f.message), [], s);
    }
    assert.strictEqual(run(doc('2. Other. The Licensee shall dose the first patient in a Phase Trial.')).length, 1);
  });
  it('flags a capitalised phrase used as a defined term, once, at its first use', () => {
    const text = doc('2. License. Licensor grants a license to the Licensed Technology in the Territory. Licensee shall not modify the Licensed Technology.');
    const f = run(text);
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].code, 'undefined-term');
    assert.strictEqual(f[0].severity, 'warning');
    assert.strictEqual(text.slice(f[0].start, f[0].end), 'Licensed Technology');
    assert.strictEqual(f[0].message, '"Licensed Technology" is used as a defined term but is not defined in this draft.');
    assert.deepStrictEqual(f[0].related, []);
  });
  it('hard-wrapped drafts (LF and CRLF): a defined term wrapped in its definition or its use is no undefined term; an undefined one is reported once by its full name; a phrase on a wrapped tail line is still read', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = [
        '# License Agreement', '', '1. Definitions. This Agreement is effective on the date of signature (the "Effective',
        'Date"). "Licensed Product" means the product. "Territory" means Canada. "Net Sales" means gross sales.', '',
        '2. Term. This Agreement runs from the Effective Date for five years, and the Licensee shall report the Net',
        'Sales of the Licensed Product and of the Availability', 'Period in the Territory. The Licensee may assign its rights',
        'to an Affiliate.', '', '3. Other. The Licensee shall not sell the Licensed Product outside the',
        '  Reserved Market or market the Licensed', '  Product Line in the Reserved Market.',
      ].join(nl);
      const found = analyzeDocument(text).findings.filter((f) => f.code === 'undefined-term');
      assert.deepStrictEqual(found.map((f) => f.message.split('"')[1]), ['Availability Period', 'Affiliate', 'Reserved Market'], JSON.stringify(nl));
      // at its first use, across the line break
      assert.strictEqual(text.slice(found[2].start, found[2].end), 'Reserved Market');
      assert.strictEqual(found[0].start, text.indexOf('Availability'));
    }
  });
  it('joins no line that is not hard-wrapped: a short line ending in a capitalised word stays part of a name', () => {
    const text = doc('2. Notices. Notices go to the Chief Legal Officer of the Licensee.\n\nAttention: the Company\nSecretary Desk\n\n3. Fees. The Licensee shall pay the Royalty.');
    assert.deepStrictEqual(run(text).map((x) => text.slice(x.start, x.end)), ['Royalty']);
  });
  it('flags single-word terms after determiners', () => {
    const text = doc('3. Fees. Licensee shall pay the Royalty on all Net Sales of each Licensed Product.');
    assert.deepStrictEqual(run(text).map((x) => text.slice(x.start, x.end)), ['Royalty']);
  });
  it('accepts defined terms, plurals, possessives and compounds with a defined term', () => {
    const text = doc('2. Sales. The Licensed Products sold in the Territory and such Net Sales, any Licensed Product Revenue and the Territory\'s laws.');
    assert.deepStrictEqual(run(text), []);
  });
  it('ignores sentence starts, months, places, laws, organisations and party roles', () => {
    const text = doc([
      '2. Misc. Royalty Reports are due in the January of each year.',
      'Licensee shall comply with the Securities Act and the Internal Revenue Code and the laws of the State of New York.',
      'Disputes go to the Supreme Court or the American Arbitration Association; the Board of Directors of the Licensee approves.',
      'Notices go to the Licensor at the Hudson Street address, and the United States Patent and Trademark Office.',
    ].join(' '));
    assert.deepStrictEqual(run(text).map((x) => text.slice(x.start, x.end)), []);
  });
  it('ignores headings, heading-like lines and terms defined by reference or quoted', () => {
    const text = doc([
      '## The Licensed Technology',
      '',
      'Licensee shall use the Licensed Software (as defined in the Master Agreement) and the "Support Services".',
      '',
      'By: The Chief Operating Officer Of The Company',
    ].join('\n'));
    assert.deepStrictEqual(run(text), []);
  });
  it('a sentence with "shall", "will", "must" or "may" is not a heading, however many capitals it has', () => {
    // 6 of its 8 words are capitalised: it read as a heading, and "Service Levels" went unreported
    const f = run(doc('2. Licensor shall meet the Service Levels for the Licensed Product in the Territory.'));
    assert.deepStrictEqual(f.map((x) => x.message), ['"Service Levels" is used as a defined term but is not defined in this draft.']);
    assert.deepStrictEqual(run(doc('2. Licensor may exceed the Service Levels for the Licensed Product in the Territory.')).length, 1);
    // the same words as a heading, or a heading in capitals, stay quiet
    assert.deepStrictEqual(run(doc('\n## Service Levels for the Licensed Product in the Territory\n\nService Levels for the Licensed Product in the Territory\n')), []);
  });
  it('is silent when the draft says capitalised terms are defined elsewhere', () => {
    const text = doc('Capitalized terms used but not defined herein have the meanings given in the Purchase Agreement. Licensee shall pay the Purchase Price.');
    assert.deepStrictEqual(run(text), []);
  });
  it('is silent on excerpts without definitions', () => {
    const text = 'Licensee shall pay the Royalty on the Licensed Technology.';
    assert.deepStrictEqual(undefinedTerm.check(build(text)), []);
  });
  it('ignores parts of longer proper names and bold definitions', () => {
    const text = doc([
      '2. Law. Licensee shall comply with the Health Insurance Portability and Accountability Act and use the Azure OpenAI Service.',
      '',
      '| Term | Meaning |',
      '|---|---|',
      '| **Support Period** | twelve months |',
      '',
      '3. Support. Licensor supports the Licensed Product during the Support Period.',
    ].join('\n'));
    assert.deepStrictEqual(run(text).map((x) => text.slice(x.start, x.end)), []);
  });
  it('flags a term after a capitalised determiner at a sentence start', () => {
    const text = doc('2. Works. Any Derivative Works created by the developers under this agreement belong to the licensor.');
    assert.deepStrictEqual(run(text).map((x) => text.slice(x.start, x.end)), ['Derivative Works']);
  });
  it('suggests the one defined term a phrase misspells', () => {
    const text = doc('2. Sales. Licensee shall report the Net Sails and each Licenced Product sold by the licensee in the year.');
    const f = run(text);
    assert.deepStrictEqual(f.map((x) => text.slice(x.start, x.end)), ['Net Sails', 'Licenced Product']);
    assert.match(f[0].message, /Did you mean "Net Sales"\?/);
    assert.deepStrictEqual(f[1].fixes.map((x) => [x.title, x.newText]), [['Change to "Licensed Product"', 'Licensed Product']]);
  });
  it('after the defined terms change, keeps a suggestion only when no term that came or went is near the phrase', () => {
    // the same draft text each time; only its definitions change (as after an edit of a defined term; where they
    // are does not matter to this rule)
    const text = doc('2. Use. Licensee shall deliver the Royalty Report. Licensee shall sell the Licenced Product. Licensee shall send the Sales Reprt.');
    const check = (defs: string[], memo: UndefinedTermMemo) => undefinedTerm.check({
      ...build(text, { sections: [section(text, '# License Agreement', null, { kind: 'heading' }), ...wholeSections(text)], definitions: () => defs.map((term) => ({ term, start: 0, end: 0, clause: 1, definitionText: '' })) }),
      memo: { clauseOrigins: [], undefinedTerm: memo, structure: new Map(), caps: new Map() },
    }).map((f) => `${text.slice(f.start, f.end)}: ${f.message}`);
    const steps = [
      ['Territory', 'Net Sales'],
      ['Territory', 'Net Sales', 'Licensed Product'], // a near term came: "Licenced Product" gets its suggestion
      ['Territory', 'Net Sales', 'Licensed Product', 'Sales Report'], // "Sales Reprt" gets one
      ['Territory', 'Net Sales', 'Licensed Product', 'Sales Report', 'Sales Repot'], // a second near term: none
      ['Territory', 'Net Sales', 'Licensed Products', 'Sales Repot'], // one went, one changed
      ['Territory', 'Net Sales'],
    ];
    const suggested = (messages: string[]) => messages.map((m) => /^([^:]+): (?:.*Did you mean "([^"]+)")?/.exec(m)!).map((m) => `${m[1]} -> ${m[2] ?? '-'}`);
    const expected = [
      ['Royalty Report -> -', 'Licenced Product -> -', 'Sales Reprt -> -'],
      ['Royalty Report -> -', 'Licenced Product -> Licensed Product', 'Sales Reprt -> -'],
      ['Royalty Report -> -', 'Licenced Product -> Licensed Product', 'Sales Reprt -> Sales Report'],
      ['Royalty Report -> -', 'Licenced Product -> Licensed Product', 'Sales Reprt -> -'],
      ['Royalty Report -> -', 'Licenced Product -> Licensed Products', 'Sales Reprt -> Sales Repot'],
      ['Royalty Report -> -', 'Licenced Product -> -', 'Sales Reprt -> -'],
    ];
    let memo = newUndefinedTermMemo();
    let before: UndefinedTermMemo | null = null;
    steps.forEach((defs, i) => {
      if (before) memo = renewUndefinedTermMemo(before, false);
      const found = check(defs, memo);
      assert.deepStrictEqual(found, check(defs, newUndefinedTermMemo()), defs.join(', '));
      assert.deepStrictEqual(suggested(found), expected[i], defs.join(', '));
      before = memo;
    });
    // and the notes of phrases no changed term is near are the previous objects
    const last = renewUndefinedTermMemo(before!, false);
    check(['Territory', 'Net Sale'], last);
    assert.strictEqual(last.notes.get('Royalty Report'), before!.notes.get('Royalty Report'));
    assert.notStrictEqual(last.notes.get('Royalty Report'), undefined);
  });
  it('offers no suggestion when none or several defined terms are close', () => {
    assert.strictEqual(closest('Royalty Report', ['Territory', 'Net Sales']), null);
    assert.strictEqual(closest('Net Sale', ['Net Sales', 'Net Sole']), null);
    assert.strictEqual(closest('Licenced Product', ['Licensed Product', 'Territory']), 'Licensed Product');
  });

  it('reads a heading-like line (mostly capitalised words) as the plain definition says, without regexes', () => {
    // the definition, written plainly: words are a letter (ASCII, or Latin-1 and Latin Extended-A/B: "Société") then
    // letters, apostrophes, hyphens; at most 16 that are not small lower-case words, three in four of them capitalised,
    // none of them "shall", "will", "must" or "may" (an operative sentence); or the line starts with # or |
    const small = new Set(['of', 'and', 'the', 'to', 'for', 'in', 'a', 'an', 'on', 'or', 'by', 'with', 'at']);
    const reference = (text: string, offset: number): boolean => {
      const s = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
      const nl = text.indexOf('\n', offset);
      const line = text.slice(s, nl < 0 ? text.length : nl);
      if (/^\s*[#|]/.test(line.slice(0, 8))) return true;
      if (line.length > 400) return false;
      const content = (line.match(/[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*/g) ?? []).filter((w) => !small.has(w));
      if (content.some((w) => /^(?:shall|will|must|may)$/.test(w))) return false;
      return content.length > 0 && content.length <= 16 && content.filter((w) => /^[A-Z\u00c0-\u00de]/.test(w)).length / content.length >= 0.75;
    };
    assert.strictEqual(headingLike('SIGNED BY the Parties\nbody', 3), true);
    assert.strictEqual(headingLike('x\nThe Licensee shall pay the fee.', 4), false);
    assert.strictEqual(headingLike('  ## Term', 5), true);
    assert.strictEqual(headingLike('Licensor shall meet the Service Levels for the Licensed Software in the Territory.', 30), false);
    assert.strictEqual(headingLike('Service Levels for the Licensed Software in the Territory', 0), true);
    assert.strictEqual(headingLike('What the Licensor Shall Do', 0), true);
    const piece = fc.constantFrom('a', 'Z', 'of', 'the', 'And', 'shall', 'may', 'Shall', 'mayor', ' ', '  ', '\t', '\n', "'", '’', '-', '#', '|', '7', '.', 'Licensee', 'TERM', 'É', 'é', 'Société', 'Générale', 'ß', 'Ł', '×', 'Ω');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(), (parts, at) => {
      const text = parts.join('');
      const offset = text.length === 0 ? 0 : at % text.length;
      return headingLike(text, offset) === reference(text, offset);
    }), { numRuns: 20_000 });
    const long = `${'Word '.repeat(100)}\n`;
    assert.strictEqual(headingLike(long, 5), reference(long, 5));
  });
});

describe('draft checks: undefined-term (after "a"/"an"; statutes with a bracketed part)', () => {
  const draft = (sentence: string): string => [
    '# Agreement', '', '## 1. Definitions', '', '1.1 "Premises" means the building.', '', '1.2 "Tenant" means Beta LLC.', '',
    '## 2. Use', '', `2.1 ${sentence}`, '', '## 3. Rent', '', '3.1 The Tenant shall pay rent for the Premises.', '',
    '## 4. Notices', '', '4.1 Notices are in writing.', '',
  ].join('\n');
  const undefinedTerms = (sentence: string): string[] => analyzeDocument(draft(sentence)).findings.filter((f) => f.code === 'undefined-term').map((f) => f.message);
  it('"a Material Adverse Effect" is a use of a term, like "any Material Adverse Effect"', () => {
    const msg = '"Material Adverse Effect" is used as a defined term but is not defined in this draft.';
    assert.deepStrictEqual(undefinedTerms('The Tenant shall not cause a Material Adverse Effect.'), [msg]);
    assert.deepStrictEqual(undefinedTerms('The Tenant shall not cause any Material Adverse Effect.'), [msg]);
  });
  it('geographic names ("the Gulf of Maine", "the Isle of Man", "the Baltic Sea") are not terms; "the Statement of Work" still is', () => {
    for (const place of ['Gulf of Maine', 'Bay of Fundy', 'Isle of Man', 'Strait of Gibraltar', 'Grand Duchy of Luxembourg', 'Principality of Monaco', 'Town of Greenwich', 'Baltic Sea', 'Gulf Coast', 'Iberian Peninsula']) {
      assert.deepStrictEqual(undefinedTerms(`The Tenant may operate in the ${place} only.`), [], place);
    }
    assert.deepStrictEqual(undefinedTerms('The Tenant may operate under the Statement of Work only.'), ['"Statement of Work" is used as a defined term but is not defined in this draft.']);
  });
  it('places named by a head word (channel, firth, basin, a point of the compass; "Area" after a coast word) are not terms; "the Sea Freight Charges", "the Licensed Area" still are', () => {
    for (const place of ['Outer Hebrides', 'Firth of Forth', 'Bristol Channel', 'Middle East', 'Pacific Northwest', 'Permian Basin', 'Bay Area', 'Gulf Coast Region', 'Indian Ocean']) {
      assert.deepStrictEqual(undefinedTerms(`The Tenant may operate in the ${place} only.`), [], place);
    }
    for (const term of ['Sea Freight Charges', 'Licensed Area', 'Channel Fee', 'Basin Rights']) {
      assert.deepStrictEqual(undefinedTerms(`The Tenant shall pay the ${term} only.`), [`"${term}" is used as a defined term but is not defined in this draft.`]);
    }
  });
  it('a channel or zone named by a proper name is a place ("the Bristol Channel", "the Hornsea Zone"); one named by a common word is a term ("any Sales Channel" where the draft writes "sales", "the Excluded Zone")', () => {
    for (const place of ['Bristol Channel', 'Hornsea Zone', 'Houston Ship Channel', 'Dogger Bank Zone']) {
      assert.deepStrictEqual(undefinedTerms(`The Tenant may operate in the ${place} and make sales of goods there.`), [], place);
    }
    for (const term of ['Sales Channel', 'Excluded Zone', 'Distribution Channels', 'Restricted Zone']) {
      assert.deepStrictEqual(undefinedTerms(`The Tenant shall make sales of goods through any ${term} only.`), [`"${term}" is used as a defined term but is not defined in this draft.`], term);
    }
    // "sales" nowhere in lower case: no sign that it is a common word of the draft, so possibly a name (silent)
    assert.deepStrictEqual(undefinedTerms('The Tenant shall act through any Sales Channel only.'), []);
  });
  it('the place of incorporation before a form of company is no term ("a Maine corporation"); the same name used as a term still is', () => {
    assert.deepStrictEqual(undefinedTerms('Beta LLC, a Maine corporation, Gamma LP, an Ontario limited partnership, and Delta, a Vermont limited liability company, shall use the Premises.'), []);
    assert.deepStrictEqual(undefinedTerms('Beta LLC, a Maine corporation, shall keep the Maine in repair.'), ['"Maine" is used as a defined term but is not defined in this draft.']);
  });
  it('"the Contracts (Rights of Third Parties) Act 1999" is a statute, not the term "Contracts"', () => {
    assert.deepStrictEqual(undefinedTerms('A person who is not a party has no rights under the Contracts (Rights of Third Parties) Act 1999.'), []);
  });
  it('a list named by the run-in heading of a part of a schedule ("**Part B – Excluded Products.**") is defined (probe s18/37)', () => {
    assert.deepStrictEqual(undefinedTerms('The Tenant shall not store the Excluded Products listed in Part B.\n\n**Part B – Excluded Products.** Watches and headphones.'), []);
    assert.deepStrictEqual(undefinedTerms('The Tenant shall not store the Excluded Products listed in Part B.\n\n**Part B – Other Products.** Watches.'), ['"Excluded Products" is used as a defined term but is not defined in this draft.']);
  });
  it('a title in an address ("for the attention of the Head of Business Affairs", hard-wrapped) is no term (probe s18/38)', () => {
    assert.deepStrictEqual(undefinedTerms('Notices to the Company shall be sent to its office, for the attention of the\nHead of Business Affairs.'), []);
    assert.deepStrictEqual(undefinedTerms('Notices shall be sent to the Head of Business Affairs.'), ['"Head of Business Affairs" is used as a defined term but is not defined in this draft.']);
  });
  it('"the Copyright, Designs and Patents Act 1988" is a statute, not the term "Copyright"; a list of terms still is (probe s18/38)', () => {
    assert.deepStrictEqual(undefinedTerms('The performer gives all consents required under Part II of the Copyright, Designs and Patents Act 1988.'), []);
    assert.deepStrictEqual(undefinedTerms('The performer shall deliver the Stems, Masters and Artwork.'), ['"Stems" is used as a defined term but is not defined in this draft.']);
  });
});

describe('draft checks: undefined-term (nationalities)', () => {
  it('"a Swiss stock corporation", "a Dutch besloten vennootschap" are not undefined terms; an undefined "the Development Budget" still is', () => {
    const t = ['# Joint Development Agreement', '', 'This Agreement (this "Agreement") is made between Aurora Semiconductor, Inc., a Delaware corporation ("Aurora"), Borealis Systems AG, a Swiss stock corporation ("Borealis"), and Castor B.V., a Dutch besloten vennootschap ("Castor").', '',
      '## 1. Definitions', '', '1.1 "Project" means the joint project.', '', '1.2 "Results" means results of the Project.', '', '## 2. Work', '', '2.1 Aurora and Borealis shall perform the Project within the Development Budget.', '', '## 3. IP', '', '3.1 Results belong to Aurora.', ''].join('\n');
    assert.deepStrictEqual(analyzeDocument(t).findings.filter((f) => f.code === 'undefined-term').map((f) => t.slice(f.start, f.end)), ['Development Budget']);
  });
});

describe('draft checks: undefined-term (accented letters, plurals, possessives, "of the" a defined term, public bodies)', () => {
  /** A whole draft defining `terms` (each "X" means ...), with `sentences` as the clauses of its section 2. */
  const draft = (terms: string[], sentences: string[]): string => [
    '# Agreement', '', 'This Agreement is made between Alpha Ltd (the "Company") and Beta Ltd (the "Supplier").', '', '## 1. Definitions', '',
    ...terms.flatMap((t, i) => [`1.${i + 1} "${t}" means the ${t.toLowerCase()} described in the Schedule.`, '']),
    '## 2. Operation', '', ...sentences.flatMap((s, i) => [`2.${i + 1} ${s}`, '']),
    '## 3. Term', '', '3.1 This Agreement lasts five years.', '', '## 4. Notices', '', '4.1 Notices are in writing.', '',
  ].join('\n');
  const flagged = (terms: string[], sentences: string[]): string[] => {
    const t = draft(terms, sentences);
    return analyzeDocument(t).findings.filter((f) => f.code === 'undefined-term').map((f) => t.slice(f.start, f.end));
  };
  it('reads words with accented letters whole: a defined "Café" or "Société Générale" is no undefined "Caf"; an undefined "Crème Brûlée Recipe" is reported whole', () => {
    assert.deepStrictEqual(flagged(['Café', 'Société Générale', 'Nestlé Products'], [
      'The Supplier shall operate the Café and each of the Cafés, and buy any Nestlé Products through the Société Générale account.',
      'The Supplier shall at all times follow the Crème Brûlée Recipe when it prepares desserts for sale in the Café.',
    ]), ['Crème Brûlée Recipe']);
  });
  it('a plural term is used in the singular ("each Warranty", "a Tax"); an undefined term in both numbers is reported once, at its first use', () => {
    assert.deepStrictEqual(flagged(['Warranties', 'Taxes', 'Business Days'], [
      'The Supplier warrants that each Warranty is true, that no Tax is due and that a Business Day is a weekday.',
      'The Company may bring a Claim within one year; all Claims and any Losses are capped, and each Loss is counted once.',
    ]), ['Claim', 'Losses']);
  });
  it('reads a phrase after a possessive ("the Supplier\'s Standard Conditions"), not a single word after it ("the Supplier\'s Solicitors")', () => {
    assert.deepStrictEqual(flagged(['Products'], [
      'Each order for Products is subject to the Supplier\'s Standard Conditions and is paid to the Supplier\'s Solicitors.',
      'The Company\'s Board of Directors and the Supplier\'s Products are not terms to report.',
    ]), ['Supplier\'s Standard Conditions']);
  });
  it('a phrase before "of the" or "and the" and a defined term is read on its own ("any Key Employee of the Company"); before a name it is part of the name', () => {
    assert.deepStrictEqual(flagged(['Products'], [
      'The Supplier shall not solicit any Key Employee of the Company, nor the Secretary of the Treasury.',
      'The Supplier shall promptly notify the Account Manager and the Company in writing, and report to the Bank of the West when asked.',
    ]), ['Key Employee', 'Account Manager']);
  });
  it('a defined term with "of the" in it ("Sale of the Company") is no undefined term before "of the"', () => {
    assert.deepStrictEqual(flagged(['Products', 'Sale of the Company'], [
      'If a Sale of the Company occurs, the Supplier may sell the Products to any Key Employee of the Company.',
    ]), ['Key Employee']);
  });
  it('documents a contract names ("the Support Policy", "the Business Plan", "the Operations Manual") are terms; a public officer named by title ("the Information Commissioner") is not', () => {
    assert.deepStrictEqual(flagged(['Products'], [
      'The Supplier shall support the Products under the Support Policy and in line with the Business Plan, and it shall follow the Operations Manual in all respects.',
      'The Supplier shall notify the Information Commissioner, the Financial Ombudsman and the Pensions Regulator of any breach.',
    ]), ['Support Policy', 'Business Plan', 'Operations Manual']);
  });
});

describe('draft checks: undefined-term (a document identified by its date, probe s18 33-trademark)', () => {
  it('"the Letter of Intent dated November 12, 2026" names its document; "any Purchase Order dated after" does not', () => {
    for (const s of ['the Letter of Intent dated November 12, 2026', 'the Side Letter dated 14 December 2026', 'the Term Sheet dated as of 10/02/2026']) {
      const text = doc(`2. License. Licensor grants a license in the Territory. This Agreement supersedes ${s} between the parties.`);
      assert.deepStrictEqual(run(text).map((f) => text.slice(f.start, f.end)), [], s);
    }
    const text = doc('2. License. Licensee shall pay for any Purchase Order dated after the end of the Territory year.');
    assert.deepStrictEqual(run(text).map((f) => text.slice(f.start, f.end)), ['Purchase Order']);
  });
});
