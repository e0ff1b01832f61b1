import * as assert from 'assert';
import { segmentDocument as segmentDocumentGuarded, segmentDocumentUnguarded as segmentDocument } from '../../src/core/text/segment';
import { checkInvariants, clauseStarting, clauseTexts, spanOf } from './segment.helpers';

function seg(text: string) {
  const s = segmentDocument(text);
  checkInvariants(text, s);
  return s;
}

describe('segmentDocument', () => {
  describe('empty and trivial input', () => {
    it('returns an empty segmentation for empty or blank text', () => {
      for (const t of ['', '   ', '\n\n\r\n', '\uFEFF', '\t\u00A0\n']) {
        const s = seg(t);
        assert.deepStrictEqual([s.sections.length, s.clauses.length, s.termMarkers.length, s.ignoreMarkers.length], [0, 0, 0, 0]);
        assert.strictEqual(s.frontMatter, null);
      }
    });

    it('makes one Preamble paragraph of a single line, trimmed', () => {
      const t = '   The Licensee shall pay.  ';
      const s = seg(t);
      assert.strictEqual(s.clauses.length, 1);
      assert.deepStrictEqual({ start: s.clauses[0].start, end: s.clauses[0].end }, spanOf(t, 'The Licensee shall pay.'));
      assert.strictEqual(s.clauses[0].kind, 'paragraph');
      assert.strictEqual(s.clauses[0].label, 'Preamble');
      assert.strictEqual(s.clauses[0].section, -1);
    });
  });

  describe('front matter', () => {
    it('parses terms: (plain, with a trailing comment) and ignores the block', () => {
      const t = '---\ntitle: Deal\nterms: ./deal.terms.yaml   # the model\n---\nThe parties agree.\n';
      const s = seg(t);
      assert.ok(s.frontMatter);
      assert.strictEqual(s.frontMatter.start, 0);
      assert.strictEqual(s.frontMatter.end, spanOf(t, '---', 1).end);
      assert.strictEqual(s.frontMatter.terms, './deal.terms.yaml');
      assert.deepStrictEqual(s.frontMatter.termsSpan, spanOf(t, './deal.terms.yaml'));
      assert.deepStrictEqual(s.ignored[0], { start: 0, end: s.frontMatter.end });
      assert.deepStrictEqual(clauseTexts(s, t), ['The parties agree.']);
    });

    it('parses quoted values, with BOM and CRLF', () => {
      for (const q of ['"', "'"]) {
        const t = `\uFEFF---\r\nterms: ${q}models/a b.terms.yaml${q}\r\n---\r\n\r\nBody text.\r\n`;
        const s = seg(t);
        assert.ok(s.frontMatter);
        assert.strictEqual(s.frontMatter.start, 1);
        assert.strictEqual(s.frontMatter.terms, 'models/a b.terms.yaml');
        assert.deepStrictEqual(s.frontMatter.termsSpan, spanOf(t, 'models/a b.terms.yaml'));
        assert.strictEqual(s.frontMatter.end, spanOf(t, '---', 1).end);
        assert.deepStrictEqual(clauseTexts(s, t), ['Body text.']);
      }
    });

    it('front matter without terms has no terms; a leading thematic break is not front matter', () => {
      const a = seg('---\ntitle: x\n---\nText.');
      assert.ok(a.frontMatter);
      assert.strictEqual(a.frontMatter.terms, undefined);
      const t = '---\nThe parties agree as follows.\n---\nMore text.';
      const b = seg(t);
      assert.strictEqual(b.frontMatter, null);
      assert.deepStrictEqual(clauseTexts(b, t), ['The parties agree as follows.', 'More text.']);
    });

    it('unclosed front matter is not front matter', () => {
      const t = '---\nkey: value\nThe parties agree.';
      const s = seg(t);
      assert.strictEqual(s.frontMatter, null);
      assert.ok(s.clauses.length >= 1);
    });
  });

  describe('Markdown headings', () => {
    it('ATX and setext headings: levels, parents, spans, closing hashes', () => {
      const t = [
        '# Agreement', '', 'Intro.', '', '## Definitions ##', '', 'Def text.', '', '### Sub', '', 'Sub text.', '',
        'Payment', '-------', '', 'Pay text.', '', 'Schedules', '=========', '', 'Sched text.',
      ].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.title, x.level, x.parent, x.kind, x.number]), [
        ['Agreement', 1, -1, 'heading', null],
        ['Definitions', 2, 0, 'heading', null],
        ['Sub', 3, 1, 'heading', null],
        ['Payment', 2, 0, 'heading', null],
        ['Schedules', 1, -1, 'heading', null],
      ]);
      assert.deepStrictEqual(s.sections[1].heading, spanOf(t, '## Definitions ##'));
      assert.deepStrictEqual(s.sections[3].heading, spanOf(t, 'Payment\n-------'));
      // Section spans run to the last content before the next section of the same or a higher level.
      assert.strictEqual(s.sections[0].end, spanOf(t, 'Pay text.').end);
      assert.strictEqual(s.sections[1].end, spanOf(t, 'Sub text.').end);
      assert.strictEqual(s.sections[4].end, t.length);
      assert.deepStrictEqual(clauseTexts(s, t), ['Intro.', 'Def text.', 'Sub text.', 'Pay text.', 'Sched text.']);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Agreement', 'Definitions', 'Sub', 'Payment', 'Schedules']);
    });

    it('numbered Markdown headings: "## 2. Licence", "## Section 4.2 – Fees", "# ARTICLE IV", "# Exhibit A"', () => {
      const t = '## 2. Licence\n\nA.\n\n## Section 4.2 – Fees\n\nB.\n\n# ARTICLE IV\n\nC.\n\n# Exhibit A\n\nD.\n\n## **3. Term**\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title]), [
        ['numbered', '2', 'Licence'],
        ['numbered', '4.2', 'Fees'],
        ['article', 'IV', ''],
        ['exhibit', 'A', ''],
        ['numbered', '3', 'Term'],
      ]);
    });

    it('labels unnumbered paragraphs by heading title and paragraph number', () => {
      const t = '## Definitions\n\nFirst.\n\nSecond.\n\n## Term\n\nOnly one.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Definitions, paragraph 1', 'Definitions, paragraph 2', 'Term']);
    });

    it('a heading in capitals is labelled in title case, initialisms kept ("QUILLON ANALYTICS LLC", "AGI AND IP")', () => {
      const s = seg('## TERM AND TERMINATION\n\nOne.\n\n## QUILLON ANALYTICS LLC\n\nTwo.\n\n## AGI AND IP RIGHTS\n\nThree.\n\n## 3M (UK) PLC\n\nFour.\n');
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Term and Termination', 'Quillon Analytics LLC', 'AGI and IP Rights', '3M (UK) PLC']);
    });

    it('text under a lone level-1 title heading is the Preamble', () => {
      const t = '# Master Agreement\n\nThis Agreement is made today.\n\n(a) first;\n\n## 1. Definitions\n\nDefs.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.title, x.level]), [['Master Agreement', 1], ['Definitions', 2]]);
      assert.deepStrictEqual(s.clauses.map((c) => [c.label, c.section]), [['Preamble', 0], ['Preamble (a)', 0], ['Section 1', 1]]);
    });

    it('a heading line is not a clause, and "#hashtag" is not a heading', () => {
      const t = '#hashtag text\n\n####### seven\n';
      const s = seg(t);
      assert.strictEqual(s.sections.length, 0);
      assert.deepStrictEqual(clauseTexts(s, t), ['#hashtag text', '####### seven']);
    });
  });

  describe('numbered sections and clauses (plain text)', () => {
    it('"2.1 Term. This Agreement ..." is a section (heading = number + title) and a clause', () => {
      const t = '2. Term\n\n2.1 Term. This Agreement starts on the Effective Date\nand runs five years.\n\n2.2 Renewal. It renews.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title, x.level, x.parent]), [
        ['2', 'Term', 1, -1],
        ['2.1', 'Term', 2, 0],
        ['2.2', 'Renewal', 2, 0],
      ]);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, '2. Term'));
      assert.deepStrictEqual(s.sections[1].heading, spanOf(t, '2.1 Term'));
      const c = clauseStarting(s, t, '2.1 Term.');
      assert.deepStrictEqual({ start: c.start, end: c.end }, spanOf(t, '2.1 Term. This Agreement starts on the Effective Date\nand runs five years.'));
      assert.strictEqual(c.kind, 'numbered');
      assert.strictEqual(c.number, '2.1');
      assert.strictEqual(c.label, 'Section 2.1');
      assert.strictEqual(c.section, 1);
      // Section 2.1 ends where its paragraph ends; section 2 runs to the end.
      assert.strictEqual(s.sections[1].end, spanOf(t, 'five years.').end);
      assert.strictEqual(s.sections[0].end, spanOf(t, 'It renews.').end);
    });

    it('numbered paragraphs without a title: section with empty title, heading = number', () => {
      const t = '1.1 "Affiliate" means any entity that controls a party.\n1.2 The Licensee shall pay.';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['1.1', ''], ['1.2', '']]);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, '1.1'));
      assert.deepStrictEqual(clauseTexts(s, t), ['1.1 "Affiliate" means any entity that controls a party.', '1.2 The Licensee shall pay.']);
    });

    it('a numbered clause written in capitals is a clause, not a heading ("3.1 IN NO EVENT SHALL ...")', () => {
      const t = "3.1 IN NO EVENT SHALL EITHER PARTY'S LIABILITY EXCEED FIVE MILLION DOLLARS ($5,000,000).\n\n3.2 LICENSEE HEREBY WAIVES ALL CLAIMS.\n\n3.3 GOVERNING LAW\n\nThis Agreement is governed by the laws of New York.";
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['3.1', ''], ['3.2', ''], ['3.3', 'GOVERNING LAW']]);
      assert.deepStrictEqual(clauseTexts(s, t), [
        "3.1 IN NO EVENT SHALL EITHER PARTY'S LIABILITY EXCEED FIVE MILLION DOLLARS ($5,000,000).",
        '3.2 LICENSEE HEREBY WAIVES ALL CLAIMS.',
        'This Agreement is governed by the laws of New York.',
      ]);
    });

    it('"4.1 THE LIMITATIONS … DO NOT APPLY …" and "4.2 SUPPLIER WILL INDEMNIFY …" are clauses; "4.3 NOTICES" stays a heading', () => {
      const t = '4.1 THE LIMITATIONS IN THIS SECTION 4 DO NOT APPLY TO LIABILITY UNDER SECTION 9.\n\n4.2 SUPPLIER WILL INDEMNIFY CUSTOMER.\n\n4.3 NOTICES\n\nNotices are in writing.';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['4.1', ''], ['4.2', ''], ['4.3', 'NOTICES']]);
      assert.deepStrictEqual(clauseTexts(s, t), [
        '4.1 THE LIMITATIONS IN THIS SECTION 4 DO NOT APPLY TO LIABILITY UNDER SECTION 9.', '4.2 SUPPLIER WILL INDEMNIFY CUSTOMER.', 'Notices are in writing.',
      ]);
    });

    it('"8.5 NEITHER PARTY IS LIABLE …", "8.9 THE PARTIES AGREE THAT …", "… PREVAILS …", "… DISCLAIMS …" are clauses', () => {
      const t = '8.5 NEITHER PARTY IS LIABLE FOR INDIRECT LOSS UNDER SECTION 15.\n\n8.9 THE PARTIES AGREE THAT SECTION 19 PREVAILS.\n\n8.10 ENTIRE AGREEMENT\n\nThis is the whole agreement.';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['8.5', ''], ['8.9', ''], ['8.10', 'ENTIRE AGREEMENT']]);
      // other verbs of a sentence in capitals; "WARRANTS" stays a heading word (securities)
      const u = '8.11 THIS AGREEMENT PREVAILS OVER ANY PURCHASE ORDER.\n\n8.12 EACH PARTY DISCLAIMS ALL OTHER WARRANTIES.\n\n8.13 THE COMPANY MAY ISSUE ADDITIONAL SHARES.\n\n8.14 ISSUANCE OF WARRANTS\n\nText.';
      assert.deepStrictEqual(seg(u).sections.map((x) => [x.number, x.title]), [['8.11', ''], ['8.12', ''], ['8.13', ''], ['8.14', 'ISSUANCE OF WARRANTS']]);
    });

    it('sub-clauses (a), (b), (i) and 2.3(a): numbers, labels, nesting', () => {
      const t = [
        '2.3 Fees. The Licensee shall:', '(a) pay the fees;', '(b) pay the costs, including:', '(i) travel; and', '(ii) lodging;',
        '(c) keep records.', '', '2.3(d) Audit. The Licensor may audit.', '(e) Nothing else.',
      ].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => [c.number, c.label]), [
        ['2.3', 'Section 2.3'],
        ['(a)', 'Section 2.3(a)'],
        ['(b)', 'Section 2.3(b)'],
        ['(i)', 'Section 2.3(b)(i)'],
        ['(ii)', 'Section 2.3(b)(ii)'],
        ['(c)', 'Section 2.3(c)'],
        ['2.3(d)', 'Section 2.3(d)'],
        ['(e)', 'Section 2.3(e)'],
      ]);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.level, x.parent]), [['2.3', 1, -1], ['2.3(d)', 2, 0]]);
      assert.deepStrictEqual({ start: s.clauses[3].start, end: s.clauses[3].end }, spanOf(t, '(i) travel; and'));
    });

    it('a hard-wrapped line starting with the figure of number words continues the sentence; "(1)" lists stay sub-clauses', () => {
      const t = [
        '7.1 Customer may terminate for convenience upon ninety', "(90) days' prior written notice.", '',
        '7.2 The Supplier shall pay a fee of twenty-five', '(25) per cent of the Fees, payable within thirty', '(30) days.', '',
        '7.3 The Supplier shall credit an amount equal to', '(3) times the Fees.', '',
        '(a) within five', '(5) Business Days;', '',
        '7.4 The Supplier shall do the following:', '(1) deliver the Goods;', '(2) install the Goods; and', '(3) train the staff.', '',
        '7.5 The Supplier shall deliver one', '(1) copy of the Software.', '',
        '7.6 The Customer shall either', '(1) pay the Fees; or', '(2) return the Goods.',
      ].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), [
        'Section 7.1', 'Section 7.2', 'Section 7.3', 'Section 7.3(a)', 'Section 7.4', 'Section 7.4(1)', 'Section 7.4(2)', 'Section 7.4(3)',
        'Section 7.5', 'Section 7.6', 'Section 7.6(1)', 'Section 7.6(2)',
      ]);
      assert.deepStrictEqual(clauseTexts(s, t).slice(0, 3), [
        "7.1 Customer may terminate for convenience upon ninety\n(90) days' prior written notice.",
        '7.2 The Supplier shall pay a fee of twenty-five\n(25) per cent of the Fees, payable within thirty\n(30) days.',
        '7.3 The Supplier shall credit an amount equal to\n(3) times the Fees.',
      ]);
      // the same with CRLF line ends
      assert.deepStrictEqual(seg(t.replace(/\n/g, '\r\n')).clauses.map((c) => c.label), s.clauses.map((c) => c.label));
    });

    it('"(h)" then "(i)" is the letter i, not roman one', () => {
      const t = ['1. Scope', '', '(g) g;', '(h) h;', '(i) i;', '(j) j.'].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Section 1(g)', 'Section 1(h)', 'Section 1(i)', 'Section 1(j)']);
    });

    it('"Section 4.2", "Clause 7", ARTICLE with title on the next line, EXHIBIT with title after a blank line', () => {
      const t = [
        'ARTICLE IV', 'LICENSE GRANT', '', 'Section 4.1 Grant. Acme grants a licence.', '', 'Section 4.2 – Exclusivity',
        '', 'The licence is exclusive.', '', 'Clause 7 Notices. Notices are in writing.', '', 'EXHIBIT A', '', 'FORM OF NOTICE', '',
        'To: Acme.', '', 'Schedule 1 – Fees', '', 'Fee table.', '', 'Annex 2', '', 'Appendix B', '',
      ].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title, x.level]), [
        ['article', 'IV', 'LICENSE GRANT', 1],
        ['numbered', '4.1', 'Grant', 2],
        ['numbered', '4.2', 'Exclusivity', 2],
        ['numbered', '7', 'Notices', 2],
        ['exhibit', 'A', 'FORM OF NOTICE', 1],
        ['schedule', '1', 'Fees', 1],
        ['exhibit', '2', '', 1],
        ['exhibit', 'B', '', 1],
      ]);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, 'ARTICLE IV\nLICENSE GRANT'));
      assert.deepStrictEqual(s.sections[4].heading, spanOf(t, 'EXHIBIT A\n\nFORM OF NOTICE'));
      assert.deepStrictEqual(s.clauses.map((c) => c.label), [
        'Section 4.1', 'Section 4.2', 'Clause 7', 'Exhibit A', 'Schedule 1',
      ]);
      assert.deepStrictEqual(clauseStarting(s, t, 'The licence').section, 2);
    });

    it('an attachment heading pasted from Word may end in an aside ("Annex A<tab>End User Licence (summary of principal terms)"); a sentence may not', () => {
      const t = ['1. Scope', '', '1.1 Text.', '', 'Schedule 1\tProducts', '', '1.\tThe Products.', '',
        'Annex A\tEnd User Licence (summary of principal terms)', '', '1.\tThe End User may use the Products.', '',
        'Appendix 2 Price List (excluding VAT)', '', 'Schedule 3 sets out the fees (as varied).', ''].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.sections.filter((x) => x.kind !== 'numbered').map((x) => [x.kind, x.number]),
        [['schedule', '1'], ['exhibit', 'A'], ['exhibit', '2']]);
      assert.strictEqual(clauseStarting(s, t, '1.\tThe End User').section, s.sections.findIndex((x) => x.number === 'A'));
    });
    it('"1." paragraphs under a plain-text schedule or annex heading are its items ("Schedule 1, item 2"), also after an unrecognised line', () => {
      const t = ['1.\tScope', '', '1.1\tText.', '', '2.\tFees', '', '2.1\tText.', '', '3.\tLaw', '', '3.1\tText.', '',
        'Schedule 1\tProducts', '', 'Part A\tCourses', '', '1.\tA course.', '', '2.\tAnother course.', '', 'Part B\tProducts', '',
        '1.\tLedgerline Accounts.', '', 'Annex A\tEnd User Licence', '', '1.\tThe End User may use the Products.', ''].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.filter((c) => /^\d\.\t/.test(t.slice(c.start, c.end)) && c.start > t.indexOf('Schedule')).map((c) => c.label.replace(/ \d+$/, '')),
        ['Schedule 1, item', 'Schedule 1, item', 'Schedule 1, item', 'Annex A, item']);
    });

    it('a Markdown heading right after "## EXHIBIT B" titles the exhibit ("## WORK LETTER"), so its clauses are "Exhibit B, item 1"', () => {
      const t = '## EXHIBIT B\n## WORK LETTER\n\n1. Landlord shall do the work.\n\n# SCHEDULE 1\n\n# Form of Notice\n\nText.\n\n'
        + '# EXHIBIT C\n\n## Background\n\nMore text.\n\n# ARTICLE V\n## Definitions\n\nLast.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title, x.level]), [
        ['exhibit', 'B', 'WORK LETTER', 1],
        ['schedule', '1', 'Form of Notice', 1],
        // a lower-level heading after a blank line is a part of the exhibit, not its title
        ['exhibit', 'C', '', 1],
        ['heading', null, 'Background', 2],
        ['article', 'V', 'Definitions', 1],
      ]);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, '## EXHIBIT B\n## WORK LETTER'));
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Exhibit B, item 1', 'Schedule 1', 'Background', 'Article V']);
    });
    it('a long numbered line in capitals whose sentence goes on in capitals on the next line is a clause, not a heading ("8.2 EXCEPT FOR … EITHER PARTY\'S" ⏎ "… SHALL NOT EXCEED $5,000,000.")', () => {
      const t = '8.1 LIMITATION OF LIABILITY\nIN NO EVENT SHALL EITHER PARTY BE LIABLE FOR LOST PROFITS.\n\n'
        + '8.2 EXCEPT FOR CUSTOMER\'S PAYMENT OBLIGATIONS AND EITHER PARTY\'S\nINDEMNIFICATION OBLIGATIONS UNDER SECTION 10, EACH PARTY\'S AGGREGATE LIABILITY\n'
        + 'ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED $5,000,000.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['8.1', 'LIMITATION OF LIABILITY'], ['8.2', '']]);
      assert.deepStrictEqual(s.clauses.map((c) => [c.label, t.slice(c.start, c.start + 12)]), [['Section 8.1', 'IN NO EVENT '], ['Section 8.2', '8.2 EXCEPT F']]);
    });
    it('a number on the line after "Section", "clause", "Article" or "paragraph" in a hard-wrapped paragraph goes with it ("… in Section" / "3.1."), not a new section', () => {
      const t = '1.1 Definitions.\n\n(f) "Base Rent" means the rent set out in the schedule in Section\n3.1.\n\n(g) "Deposit" means the sum under clause\n2.4 and Article\nIV. of the Lease.\n\n2.1 Next.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => x.number), ['1.1', '2.1']);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Section 1.1(f)', 'Section 1.1(g)']);
    });
    it('a lower-level heading in capitals after a blank line titles a bare exhibit or schedule ("## EXHIBIT A", "", "### MODELS")', () => {
      const t = '## EXHIBIT A\n\n### MODELS\n\n1. Model One.\n\n2. Model Two.\n\n## SCHEDULE 1\n\n### Trial Data\n\n1. Datasets.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title, x.level]), [
        ['exhibit', 'A', 'MODELS', 1],
        ['schedule', '1', '', 1],
        ['heading', null, 'Trial Data', 2],
      ]);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, '## EXHIBIT A\n\n### MODELS'));
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Exhibit A, item 1', 'Exhibit A, item 2', 'Trial Data, item 1']);
    });

    it('Article 4 / Article IV (mixed case) and dotted roman "IV. TERM" headings', () => {
      const t = 'Article 4\n\nText one.\n\nIV. TERM AND TERMINATION\n\nText two.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title]), [['article', '4', ''], ['article', 'IV', 'TERM AND TERMINATION']]);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), ['Article 4', 'Article IV']);
    });

    it('bold headings: "**2. Licence**" (heading only) and "**2.1 Term.** body" (section + clause)', () => {
      const t = '**2. Licence**\n\n**2.1 Term.** This Agreement lasts five years.\n\n**Definitions**\n\nSome text.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title, x.level, x.parent]), [
        ['numbered', '2', 'Licence', 1, -1],
        ['numbered', '2.1', 'Term', 2, 0],
        ['heading', null, 'Definitions', 3, 1],
      ]);
      assert.deepStrictEqual(s.sections[1].heading, spanOf(t, '**2.1 Term.**'));
      const c = clauseStarting(s, t, '**2.1 Term.**');
      assert.deepStrictEqual({ start: c.start, end: c.end }, spanOf(t, '**2.1 Term.** This Agreement lasts five years.'));
      assert.strictEqual(c.label, 'Section 2.1');
      assert.strictEqual(clauseStarting(s, t, 'Some text.').label, 'Definitions');
    });

    it('Preamble before the first section; "Section 4, paragraph 2" after a numbered paragraph', () => {
      const t = 'This Agreement is made today.\n\nBetween the parties.\n\n4. Payment. The Licensee pays.\n\nLate fees apply.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => c.label), [
        'Preamble, paragraph 1', 'Preamble, paragraph 2', 'Section 4', 'Section 4, paragraph 2',
      ]);
    });

    it('does not read wrapped lines, dates and references as headings', () => {
      const t = [
        '3.1 This Agreement continues until', '31 December 2032 unless terminated.', '', 'The fee is payable as set out in',
        'Section 4.2 of the Agreement and', '2.5 million units shall be delivered', 'Schedule 1 sets out the fees.', '',
        'Section 5 of the Agreement is amended.',
      ].join('\n');
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => x.number), ['3.1']);
      assert.deepStrictEqual(clauseTexts(s, t), [
        '3.1 This Agreement continues until\n31 December 2032 unless terminated.',
        'The fee is payable as set out in\nSection 4.2 of the Agreement and\n2.5 million units shall be delivered\nSchedule 1 sets out the fees.',
        'Section 5 of the Agreement is amended.',
      ]);
    });

    it('recitals A. / B. and an ALL-CAPS heading line', () => {
      const t = 'MASTER AGREEMENT\n\nThis Agreement is made today.\n\nRECITALS\n\nA. Acme makes widgets.\n\nB. Beta sells them.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.title]), [['heading', 'RECITALS']]);
      assert.deepStrictEqual(s.clauses.map((c) => [c.label, c.number]), [
        ['Preamble', null], ['Recitals (A)', '(A)'], ['Recitals (B)', '(B)'],
      ]);
    });

    it('an ALL-CAPS heading directly followed by numbered lines', () => {
      const t = 'This Agreement is made today.\n\nRECITALS\nA. Acme makes widgets.\nB. Beta sells them.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => x.title), ['RECITALS']);
      assert.deepStrictEqual(clauseTexts(s, t), ['This Agreement is made today.', 'A. Acme makes widgets.', 'B. Beta sells them.']);
    });

    it('10,000 headings nest and close correctly', () => {
      const parts: string[] = [];
      for (let i = 0; i < 10000; i++) parts.push(`${'#'.repeat((i % 3) + 1)} Heading ${i}`, '', `Body ${i}.`, '');
      const t = parts.join('\n');
      const s = seg(t);
      assert.strictEqual(s.sections.length, 10000);
      assert.strictEqual(s.clauses.length, 10000);
      assert.ok(s.sections.every((x, i) => x.level === (i % 3) + 1 && x.parent === (i % 3 === 0 ? -1 : i - 1)));
      assert.ok(s.clauses.every((c, i) => c.section === i && c.label === `Heading ${i}`));
    });

    it('numbered headings up to 999 sections', () => {
      const parts: string[] = [];
      for (let i = 1; i <= 999; i++) parts.push(`${i}. Heading ${i}`, '', `${i}.1 Body. Text ${i}.`, '');
      const t = parts.join('\n');
      const s = seg(t);
      assert.strictEqual(s.sections.length, 1998);
      assert.strictEqual(s.clauses.length, 999);
      assert.ok(s.sections.every((x, i) => (i % 2 === 0 ? x.level === 1 : x.level === 2 && x.parent === i - 1)));
    });
  });

  describe('lists', () => {
    it('bullets: the "- " marker is outside the clause span; continuation lines belong to the item', () => {
      const t = '## Scope\n\n- first item\n  continues here\n* second item\n+ third item\n';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), ['first item\n  continues here', 'second item', 'third item']);
      assert.deepStrictEqual(s.clauses.map((c) => [c.kind, c.label]), [
        ['list-item', 'Scope, item 1'], ['list-item', 'Scope, item 2'], ['list-item', 'Scope, item 3'],
      ]);
    });

    it('list items are counted per section, bullets and ordered items alike', () => {
      const t = '## Scope\n\n- one\n- two\n  1. nested one\n  2. nested two\n';
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => [c.number, c.label]), [
        [null, 'Scope, item 1'], [null, 'Scope, item 2'], ['1', 'Scope, item 3'], ['2', 'Scope, item 4'],
      ]);
      assert.deepStrictEqual(clauseTexts(s, t), ['one', 'two', '1. nested one', '2. nested two']);
    });

    it('an ordered list under a numbered Markdown heading is a list, not new sections', () => {
      const t = '## 3. Payment\n\n1. The Licensee pays.\n2. The Licensor invoices.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => x.number), ['3']);
      assert.deepStrictEqual(s.clauses.map((c) => [c.kind, c.number, c.label]), [
        ['list-item', '1', 'Section 3, item 1'], ['list-item', '2', 'Section 3, item 2'],
      ]);
    });

    it('captioned "1. Services. …" items under an unnumbered sub-heading are sections; an uncaptioned list there stays a list', () => {
      const t = '# Master Services Agreement\n\n## Terms and Conditions\n\n1. Services. Supplier shall provide the Services.\n\n2. Fees. Customer shall pay the fees.\n\n## Deliverables\n\n1. Phase One. Design documents.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.clauses.map((c) => [c.kind, c.label]), [
        ['numbered', 'Section 1'], ['numbered', 'Section 2'], ['list-item', 'Deliverables, item 1'],
      ]);
      const u = '# Agreement\n\n## Scope\n\n1. the Licensee pays;\n2. the Licensor invoices.\n';
      assert.deepStrictEqual(seg(u).clauses.map((c) => c.kind), ['list-item', 'list-item']);
    });

    it('a plain sub-list restarting at 1. inside a section is a list; the next top number is a section', () => {
      const t = '1. Scope\n\nThe Services are:\n\n1. consulting;\n2. support;\n\n2. Fees\n\nFees text.\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.number, x.title]), [['1', 'Scope'], ['2', 'Fees']]);
      assert.deepStrictEqual(s.clauses.map((c) => c.kind), ['paragraph', 'list-item', 'list-item', 'paragraph']);
    });
  });

  describe('ignored regions', () => {
    it('fenced code (``` and ~~~) produces no clauses; unclosed fence runs to the end', () => {
      const t = 'Before.\n\n```yaml\nterms: x\n<!-- term: nope -->\n```\n\n~~~\n1. Not a heading\n~~~~\nAfter.\n\n```\nunclosed\n\nstill code';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), ['Before.', 'After.']);
      assert.deepStrictEqual(s.ignored, [
        spanOf(t, '```yaml\nterms: x\n<!-- term: nope -->\n```'),
        spanOf(t, '~~~\n1. Not a heading\n~~~~'),
        { start: spanOf(t, '```\nunclosed').start, end: t.length },
      ]);
      assert.strictEqual(s.termMarkers.length, 0);
      assert.strictEqual(s.sections.length, 0);
    });

    it('HTML comments: own-line, inline, multi-line and unclosed', () => {
      const t = 'Para one <!-- inline --> continues.\n\n<!--\nmulti\nline\n-->\nPara two.\n\nPara three <!-- opens\nhere --> and ends.\n\nLast <!-- never closed\n\nhidden.';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), [
        'Para one <!-- inline --> continues.', 'Para two.', 'Para three <!-- opens\nhere --> and ends.', 'Last',
      ]);
      assert.deepStrictEqual(s.ignored, [
        spanOf(t, '<!-- inline -->'),
        spanOf(t, '<!--\nmulti\nline\n-->'),
        spanOf(t, '<!-- opens\nhere -->'),
        { start: spanOf(t, '<!-- never closed').start, end: t.length },
      ]);
    });

    it('blockquotes: markers (nested too) stay outside the span; a comment after a marker is a comment, never an empty clause', () => {
      const t = '> Quoted clause one.\n\n>> Nested quoted clause.\n\n> <!-- a note --> Clause after a note.\n\n> <!-- only a note -->\n\n><!-- never closed\nhidden.';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), ['Quoted clause one.', 'Nested quoted clause.', 'Clause after a note.']);
      assert.deepStrictEqual(s.ignored, [
        spanOf(t, '<!-- a note -->'),
        spanOf(t, '<!-- only a note -->'),
        { start: spanOf(t, '<!-- never closed').start, end: t.length },
      ]);
      checkInvariants(t, s);
      // Found by the incremental property test (CI seed -461142324): "><!--" before a whole draft gave a clause [1, 1).
      for (const u of ['><!--', '> <!-- x', '>>', '> > ', '<!-- a --> > <!-- b --> text']) checkInvariants(u, seg(u));
      assert.deepStrictEqual(clauseTexts(seg('<!-- a --> > <!-- b --> text'), '<!-- a --> > <!-- b --> text'), ['text']);
    });

    it('tables (leading pipe and GFM pipe-less) produce no clauses', () => {
      const t = 'Intro.\n| Fee | Amount |\n|-----|--------|\n| A | $1 |\n\nFee | Amount\n--- | ---\nB | $2\n\nOutro.';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), ['Intro.', 'Outro.']);
      assert.deepStrictEqual(s.ignored, [spanOf(t, '| Fee | Amount |\n|-----|--------|\n| A | $1 |'), spanOf(t, 'Fee | Amount\n--- | ---\nB | $2')]);
    });

    it('indented text is contract prose, not code', () => {
      const t = '1. Scope\n\n        (a) indented sub-clause;\n\n    Indented paragraph text.\n';
      const s = seg(t);
      assert.deepStrictEqual(clauseTexts(s, t), ['(a) indented sub-clause;', 'Indented paragraph text.']);
      assert.strictEqual(s.ignored.length, 0);
    });
  });

  describe('markers', () => {
    it('term marker: id span, clause on the next non-blank line', () => {
      const t = 'Intro.\n\n<!-- term: distribution -->\n\n2.1 Exclusivity. Beta is the exclusive distributor.\n';
      const s = seg(t);
      assert.strictEqual(s.termMarkers.length, 1);
      const m = s.termMarkers[0];
      assert.strictEqual(m.termId, 'distribution');
      assert.deepStrictEqual(m.idSpan, spanOf(t, 'distribution'));
      assert.deepStrictEqual({ start: m.start, end: m.end }, spanOf(t, '<!-- term: distribution -->'));
      assert.strictEqual(m.clause, s.clauses.indexOf(clauseStarting(s, t, '2.1 Exclusivity')));
      assert.deepStrictEqual(s.ignored, [spanOf(t, '<!-- term: distribution -->')]);
    });

    it('term marker before a heading, inside a paragraph, or at the end applies to no clause', () => {
      const t = '<!-- term: a -->\n## Heading\n\nBody.\n\nLine one <!-- term: b -->\ncontinues here.\n\n<!--term:c-->';
      const s = seg(t);
      assert.deepStrictEqual(s.termMarkers.map((m) => [m.termId, m.clause]), [['a', -1], ['b', -1], ['c', -1]]);
      assert.deepStrictEqual(s.termMarkers[2].idSpan, { start: spanOf(t, 'c-->').start, end: spanOf(t, 'c-->').start + 1 });
      assert.deepStrictEqual(clauseTexts(s, t), ['Body.', 'Line one <!-- term: b -->\ncontinues here.']);
    });

    it('stacked markers both apply to the clause that follows', () => {
      const t = '<!-- term: law -->\n<!-- clause-annotator-ignore date-conflict, value-conflict -->\nThis Agreement is governed by the laws of New York.\n';
      const s = seg(t);
      const c = clauseStarting(s, t, 'This Agreement');
      assert.strictEqual(s.termMarkers[0].clause, s.clauses.indexOf(c));
      assert.deepStrictEqual(s.ignoreMarkers.map((m) => m.codes), [['date-conflict', 'value-conflict']]);
      assert.deepStrictEqual(s.ignoreMarkers[0].target, { start: c.start, end: c.end });
    });

    it('ignore marker without codes silences all; target is the next clause or the next non-blank line', () => {
      const t = '<!-- clause-annotator-ignore -->\n\n- item text\n\n<!-- clause-annotator-ignore broken-reference -->\n## See Section 9\n';
      const s = seg(t);
      assert.deepStrictEqual(s.ignoreMarkers.map((m) => m.codes), [[], ['broken-reference']]);
      assert.deepStrictEqual(s.ignoreMarkers[0].target, spanOf(t, 'item text'));
      assert.deepStrictEqual(s.ignoreMarkers[1].target, spanOf(t, '## See Section 9'));
    });

    it('a marker followed by text on the same line applies to that text', () => {
      const t = '<!-- term: fees --> 4.1 Fees. The Licensee pays.';
      const s = seg(t);
      assert.strictEqual(s.termMarkers[0].clause, 0);
      assert.deepStrictEqual({ start: s.clauses[0].start, end: s.clauses[0].end }, spanOf(t, '4.1 Fees. The Licensee pays.'));
    });

    it('ordinary comments are not markers', () => {
      const s = seg('<!-- note: check this -->\n<!-- terms: x -->\n<!-- term: -->\n<!-- term: two words -->\nText.');
      assert.strictEqual(s.termMarkers.length, 0);
      assert.strictEqual(s.ignoreMarkers.length, 0);
      assert.strictEqual(s.ignored.length, 4);
    });
  });

  describe('CRLF, BOM and Unicode', () => {
    it('CRLF: offsets index the original text and exclude the \\r', () => {
      const t = '\uFEFF# Title\r\n\r\n1.1 Term. It starts\r\nand continues.\r\n\r\n- item\r\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections[0].heading, spanOf(t, '# Title'));
      assert.deepStrictEqual(clauseTexts(s, t), ['1.1 Term. It starts\r\nand continues.', 'item']);
      assert.deepStrictEqual(s.sections[1].heading, spanOf(t, '1.1 Term'));
    });

    it('NBSP, tabs, en/em dashes and curly quotes', () => {
      const t = 'Section\u00A04.2\u00A0\u2014 Exclusivity\n\n\t(a)\tthe \u201CProducts\u201D are exclusive;\n\nARTICLE\u00A0V \u2013 TERM\n';
      const s = seg(t);
      assert.deepStrictEqual(s.sections.map((x) => [x.kind, x.number, x.title]), [['numbered', '4.2', 'Exclusivity'], ['article', 'V', 'TERM']]);
      assert.deepStrictEqual(clauseTexts(s, t), ['(a)\tthe \u201CProducts\u201D are exclusive;']);
      assert.strictEqual(s.clauses[0].label, 'Section 4.2(a)');
    });
  });

  describe('sentences', () => {
    it('splits a paragraph over 1,500 characters into sentences, respecting abbreviations', () => {
      const s1 = 'Acme Inc. and Beta Corp. agree that the U.S. market, as defined in Sec. 4.2 and No. 7, e.g. the east coast, is covered.';
      const s2 = 'The Licensee shall pay the fees set out in Section 4.2 within thirty (30) days of the invoice date.';
      const sentences: string[] = [];
      while (sentences.join(' ').length < 1600) sentences.push(sentences.length % 2 ? s2 : s1);
      const para = sentences.join(' ');
      const t = `## 4. Fees\n\n4.1 ${para}\n\nShort.\n`;
      const s = seg(t);
      const parts = s.clauses.filter((c) => c.kind === 'sentence');
      assert.strictEqual(parts.length, sentences.length);
      assert.strictEqual(t.slice(parts[0].start, parts[0].end), `4.1 ${s1}`);
      parts.slice(1).forEach((c, i) => assert.strictEqual(t.slice(c.start, c.end), sentences[i + 1]));
      assert.strictEqual(parts[0].number, '4.1');
      assert.strictEqual(parts[1].number, null);
      assert.strictEqual(parts[2].label, 'Section 4.1, sentence 3');
      assert.strictEqual(s.clauses[s.clauses.length - 1].label, 'Section 4.1, paragraph 2');
    });

    it('never starts a sentence inside an inline comment of the paragraph', () => {
      const hidden = 'The end. Another one here. '.repeat(80);
      const t = `Intro text <!-- ${hidden}\n--> and the rest of it. ${'More words follow here. '.repeat(10)}`;
      const s = seg(t);
      const comment = spanOf(t, `<!-- ${hidden}\n-->`);
      assert.ok(s.clauses.length >= 1);
      for (const c of s.clauses) assert.ok(!(c.start > comment.start && c.start < comment.end));
      assert.strictEqual(s.clauses[0].start, 0);
    });

    it('does not split paragraphs under the threshold', () => {
      const t = 'First sentence here. Second sentence here. Third one.';
      assert.strictEqual(seg(t).clauses.length, 1);
    });
  });

  it('the guarded entry point returns the same result', () => {
    const t = '# T\n\n1.1 Term. Text.\n';
    assert.deepStrictEqual(segmentDocumentGuarded(t), segmentDocument(t));
    assert.deepStrictEqual(segmentDocumentGuarded(''), segmentDocument(''));
  });

  it('returns frozen, JSON-serialisable data', () => {
    const t = '---\nterms: a.yaml\n---\n# T\n\n<!-- term: x -->\nText.\n';
    const s = seg(t);
    assert.ok(Object.isFrozen(s) && Object.isFrozen(s.clauses) && Object.isFrozen(s.clauses[0]));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(s)), s);
  });
});
