import * as assert from 'assert';
import { extractDefinitions, findTermUses } from '../../src/core/extract/definitions';
import type { ClauseSegment } from '../../src/core/types';

function clausesOf(text: string): ClauseSegment[] {
  // one clause per blank-line separated paragraph
  const out: ClauseSegment[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph', number: null, section: -1, label: `P${out.length}` });
  }
  return out;
}

/** Offset of `term` where it follows a quote or `**` (the defining occurrence). */
function quotedAt(text: string, term: string): number {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) if (/["“*]/.test(text.charAt(i - 1))) return i;
  throw new Error(`${term} not quoted in ${text}`);
}

function defsOf(text: string) {
  return extractDefinitions(text, clausesOf(text));
}

describe('extract: definitions', () => {
  const forms: [string, string, string][] = [
    ['"Effective Date" means January 1, 2026.', 'Effective Date', 'January 1, 2026.'],
    ['"Territory" shall mean the United States; and', 'Territory', 'the United States;'],
    ['This Agreement (the "Agreement") is made today.', 'Agreement', 'This Agreement'],
    ['Acme Inc. (hereinafter "Acme") agrees.', 'Acme', 'Acme Inc.'],
    ['Acme and Beta (each, a "Party") agree.', 'Party', 'Acme and Beta'],
    ['Beta LLC ("Beta") agrees.', 'Beta', 'Beta LLC'],
    ['The “Licensed Product” means the software.', 'Licensed Product', 'the software.'],
    ['**"Term"** shall mean the period in Section 3.', 'Term', 'the period in Section 3.'],
    ['"**Net Sales**" means gross sales less returns.', 'Net Sales', 'gross sales less returns.'],
    ['Gamma Corp., hereinafter referred to as "Gamma", agrees.', 'Gamma', 'Gamma Corp., hereinafter referred to as'],
    ['"Affiliate" has the meaning given in Rule 405.', 'Affiliate', 'given in Rule 405.'],
  ];
  for (const [text, term, definitionText] of forms) {
    it(`${JSON.stringify(term)} in ${JSON.stringify(text)}`, () => {
      const defs = defsOf(text);
      assert.strictEqual(defs.length, 1, JSON.stringify(defs));
      const start = quotedAt(text, term);
      assert.deepStrictEqual(defs[0], { start, end: start + term.length, term, clause: 0, definitionText });
    });
  }
  it('several terms in one parenthetical, with clause indexes', () => {
    const text = 'Preamble.\n\nAcme Inc. and Beta LLC (each a "Party" and together the "Parties") agree.';
    const defs = defsOf(text);
    assert.deepStrictEqual(defs.map((d) => [d.term, d.clause, text.slice(d.start, d.end)]), [['Party', 1, 'Party'], ['Parties', 1, 'Parties']]);
    assert.strictEqual(defs[0].definitionText, 'Acme Inc. and Beta LLC');
  });
  it('a parenthetical that describes before a comma: "(each such period, a "Renewal Term")", "(together with the Initial Term, the "Term")"; not "(including, without limitation, the "Software")"', () => {
    const terms = (p: string): string[] => defsOf(`This Agreement renews for one year ${p}, unless either party gives notice.`).map((d) => d.term);
    assert.deepStrictEqual(terms('(each such period, a "Renewal Term")'), ['Renewal Term']);
    assert.deepStrictEqual(terms('(together with the Initial Term, the "Term")'), ['Term']);
    assert.deepStrictEqual(terms('(the Initial Term and each renewal term, collectively, the "Term")'), ['Term']);
    assert.deepStrictEqual(terms('(each, a "Renewal Term" and, together with the Initial Subscription Term, the "Subscription\nTerm")'), ['Renewal Term', 'Subscription Term']);
    assert.deepStrictEqual(terms('(each, a "Renewal\nTerm" and, together with the Initial Subscription Term, the "Subscription\nTerm")'), ['Renewal Term', 'Subscription Term']);
    assert.deepStrictEqual(terms('(including, without limitation, the "Software")'), []);
    assert.deepStrictEqual(terms('(as defined in Section 2, the "Services")'), []);
    assert.deepStrictEqual(terms('(each as defined in Section 2, the "Services")'), []);
  });
  it('clause is -1 outside every clause, and unsorted clause lists work', () => {
    const text = '"X" means y.\n\n"Z" means w.';
    const cl = clausesOf(text);
    const defs = extractDefinitions(text, [cl[1], cl[0]]);
    assert.deepStrictEqual(defs.map((d) => d.clause), [1, 0]);
    assert.deepStrictEqual(extractDefinitions(text, []).map((d) => d.clause), [-1, -1]);
  });
  it('trims long definitions to 200 characters', () => {
    const text = `"Long" means ${'word '.repeat(100)}end.`;
    const [d] = defsOf(text);
    assert.ok(d.definitionText.length <= 200, String(d.definitionText.length));
  });
  it('ignores quotations that are not definitions', () => {
    for (const t of ['sold on an "as is" basis.', 'He said "hello" to them.', 'marked "Confidential" by the discloser.', 'unbalanced " quote (the "', '"', '""']) {
      assert.deepStrictEqual(defsOf(t), [], t);
    }
  });
});

describe('extract: definitions and uses hard-wrapped over a line break', () => {
  for (const nl of ['\n', '\r\n']) {
    const name = nl === '\n' ? 'LF' : 'CRLF';
    it(`reads a term wrapped inside its quotes as one term, its span exact (${name})`, () => {
      const t = [
        'This Agreement is between Alpha Ltd (the "Supplier") and Beta Ltd, effective on the date below (the "Effective',
        '    Date"), and renews for renewal terms of two years (each, a "Renewal Term"',
        'and, together with the Initial Term, the "Subscription Term"). The "Net Model',
        'Revenue" means the revenue; "Licensed',
        'Product"',
        'shall mean the product; and the following is no term: the "Other', '', 'Thing") ends here. He said "hi', 'there" twice.',
      ].join(nl);
      const d = defsOf(t);
      // ("together with the Initial Term, the "Subscription Term"": a definition, its description before a comma)
      assert.deepStrictEqual(d.map((x) => x.term), ['Supplier', 'Effective Date', 'Renewal Term', 'Subscription Term', 'Net Model Revenue', 'Licensed Product']);
      const eff = d[1];
      assert.strictEqual(t.slice(eff.start, eff.end), `Effective${nl}    Date`);
      assert.strictEqual(t.slice(d[4].start, d[4].end), `Net Model${nl}Revenue`);
      assert.strictEqual(d[4].definitionText, 'the revenue;');
      assert.strictEqual(d[5].definitionText, 'the product;');
    });
    it(`reads the same terms and definition texts in a draft and in the draft hard-wrapped at 40 and 70 columns (${name})`, () => {
      const t = [
        '# Agreement', '',
        'This Software Licence Agreement is made on 1 May 2026 between Cloudlark, Inc., a Delaware corporation ("Provider"), and Harborview Health Systems, LLC, a Texas limited liability company (the "Customer"; each a "Party" and together the "Parties"), as of the date of the last signature below (the "Effective Date").',
        '',
        '## 1. Definitions', '',
        '"Net Model Revenue" means all revenue received by the Provider from the licensing of any Model to third parties, less taxes and refunds.',
        '"Renewal Term" shall have the meaning given in Section 4.2; and "Territory" means the United States of America and its territories.',
        '- a list item naming Acme Holdings Limited (the "Guarantor"), which guarantees the obligations of the Customer under this Agreement.',
        '- a second item naming the Bank of Nowhere plc (the "Bank") for the payments.',
      ].join('\n');
      const read = (x: string) => defsOf(x).map((d) => [d.term, d.definitionText]);
      const want = read(t);
      assert.strictEqual(want.length, 10);
      for (const width of [40, 70]) {
        const w = t.split('\n').map((line) => {
          const out: string[] = [];
          let l = line;
          while (l.length > width && l.lastIndexOf(' ', width) > 0) {
            const at = l.lastIndexOf(' ', width);
            out.push(l.slice(0, at));
            l = (line.startsWith('- ') ? '  ' : '') + l.slice(at + 1);
          }
          out.push(l);
          return out.join('\n');
        }).join('\n');
        assert.deepStrictEqual(read(w.replace(/\n/g, nl)), want, `${width} columns`);
      }
    });
    it(`counts a use wrapped at a space of the term, hiding the shorter terms inside it; never over a blank line (${name})`, () => {
      const t = [
        '"Net Model Revenue" means the revenue. "Revenue" means money. "Receiving Party" means the recipient.',
        '',
        'The Customer shall pay the Net', 'Model Revenue to the Receiving', '  Parties and the Net Model', '', 'Revenue again.',
      ].join(nl);
      const d = defsOf(t);
      const u = findTermUses(t, d, []);
      assert.deepStrictEqual(u.map((x) => [x.term, t.slice(x.start, x.end).replace(/\s+/g, ' ')]), [
        ['Net Model Revenue', 'Net Model Revenue'], ['Receiving Party', 'Receiving Parties'], ['Revenue', 'Revenue'],
      ]);
    });
  }
});

describe('extract: term uses', () => {
  const text = [
    'This Agreement (the "Agreement") is between Acme ("Acme") and Beta (each, a "Party", together the "Parties").',
    '"Effective Date" means the date hereof. "Product" means the product.',
    'The Effective Date of this Agreement binds each Party and both Parties. Products ship after the Effective Dates. Acme\'s rights.',
    'Not uses: Agreements2, PartyLine, the effective date, NonAgreement, Acmesville.',
  ].join('\n\n');
  const defs = defsOf(text);
  const uses = findTermUses(text, defs, []);
  const at = (u: { start: number; end: number }) => text.slice(u.start, u.end);
  it('finds whole-word, case-sensitive uses with plurals, outside definitions', () => {
    assert.deepStrictEqual(uses.map((u) => [u.term, at(u)]), [
      ['Agreement', 'Agreement'], // "This Agreement" before the definition
      ['Acme', 'Acme'], // "between Acme" before the definition
      ['Effective Date', 'Effective Date'], ['Agreement', 'Agreement'], ['Party', 'Party'], ['Parties', 'Parties'],
      ['Product', 'Products'], ['Effective Date', 'Effective Dates'], ['Acme', 'Acme'],
    ]);
    for (const u of uses) for (const d of defs) assert.ok(!(u.start === d.start && u.term === d.term));
  });
  it('skips ignored spans', () => {
    const second = text.indexOf('The Effective Date');
    const ignored = [{ start: second, end: second + 30 }];
    const u2 = findTermUses(text, defs, ignored);
    assert.strictEqual(u2.length, uses.length - 2);
    assert.ok(u2.every((u) => u.start < second || u.start >= second + 30));
  });
  it('handles terms that do not start with a capital letter', () => {
    const t = '"we" means Acme. Then we agree; twelve, weave and "we" again.';
    const d = defsOf(t);
    const u = findTermUses(t, d, []);
    // the second quoted "we" is not followed by "means": it is a use, not a definition
    assert.deepStrictEqual(u.map((x) => x.start), [t.indexOf('we agree'), t.lastIndexOf('we')]);
  });
  it('empty input', () => {
    assert.deepStrictEqual(findTermUses('', [], []), []);
    assert.deepStrictEqual(extractDefinitions('', []), []);
  });
});

describe('extract: uses of a plural term in the singular, and of terms with accented letters', () => {
  const at = (t: string) => (u: { start: number; end: number; term: string }) => `${u.term}: ${t.slice(u.start, u.end)}`;
  it('"a Reserved Matter", "each Warranty", "any Tax" are uses of "Reserved Matters", "Warranties", "Taxes"; a singular defined itself keeps its uses', () => {
    const t = [
      '"Reserved Matters" means the matters in Schedule 2. "Warranties" means the warranties. "Taxes" means all taxes.',
      '"Claims" means all claims. "Claim" means one claim.',
      'A Reserved Matter needs consent; each Warranty is true; any Tax is paid; the Warranties and Reserved Matters stand.',
      'A Claim is one of the Claims; the Company shall not carry out any Reserved\nMatter wrapped. Not uses: Warrantyship, Reserved Mattering, Taxi.',
    ].join('\n\n');
    assert.deepStrictEqual(findTermUses(t, defsOf(t), []).map(at(t)), [
      'Reserved Matters: Reserved Matter', 'Warranties: Warranty', 'Taxes: Tax', 'Warranties: Warranties', 'Reserved Matters: Reserved Matters',
      'Claim: Claim', 'Claims: Claims', 'Reserved Matters: Reserved\nMatter',
    ]);
  });
  it('reads terms with accented letters whole ("Café", "Société Générale", "Müller GmbH", "Nestlé", "Émetteur")', () => {
    const t = [
      '"Café" means the premises. "Société Générale" means the bank. "Müller GmbH" means the roaster. "Nestlé" means N. "Émetteur" means E.',
      'The Café and the Cafés; Société Générale pays Müller GmbH for Nestlé products; the Émetteur. Not uses: Caféteria, Cafe, Nestléa.',
    ].join('\n\n');
    assert.deepStrictEqual(findTermUses(t, defsOf(t), []).map(at(t)), [
      'Café: Café', 'Café: Cafés', 'Société Générale: Société Générale', 'Müller GmbH: Müller GmbH', 'Nestlé: Nestlé', 'Émetteur: Émetteur',
    ]);
  });
});

describe('extract: bold defined terms without quotes (English drafting)', () => {
  const text = [
    'This Agreement is made between Quantum Ledger Ltd (the **Licensor**) and Beta Systems plc (the **Licensee**).',
    '**Licence Fee**: the fee set out in Schedule 1;',
    '**Normal Business Hours**: 9.00 am to 5.00 pm on a Business Day.',
    '**Territory** means the United Kingdom.',
    '**Grant**: The Licensor grants the Licensee a licence.',
    '**IMPORTANT**: this Agreement is governed by English law.',
    'The **Licensee** shall pay on time.',
  ].join('\n\n');
  it('reads "**X**: the ...", "**X** means" and "(the **X**)"; not a run-in heading, an emphasis or a bold word in a sentence', () => {
    const defs = extractDefinitions(text, []);
    assert.deepStrictEqual(defs.map((d) => [d.term, d.definitionText]), [
      ['Licensor', 'This Agreement is made between Quantum Ledger Ltd'],
      ['Licensee', 'This Agreement is made between Quantum Ledger Ltd and Beta Systems plc'],
      ['Licence Fee', 'the fee set out in Schedule 1;'],
      ['Normal Business Hours', '9.00 am to 5.00 pm on a Business Day.'],
      ['Territory', 'the United Kingdom.'],
    ]);
    for (const d of defs) assert.strictEqual(text.slice(d.start, d.end), d.term);
  });
});
