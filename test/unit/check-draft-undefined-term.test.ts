import * as assert from 'assert';
import { closest, undefinedTerm } from '../../src/core/check/draft/undefinedTerm';
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
  it('offers no suggestion when none or several defined terms are close', () => {
    assert.strictEqual(closest('Royalty Report', ['Territory', 'Net Sales']), null);
    assert.strictEqual(closest('Net Sale', ['Net Sales', 'Net Sole']), null);
    assert.strictEqual(closest('Licenced Product', ['Licensed Product', 'Territory']), 'Licensed Product');
  });
});
