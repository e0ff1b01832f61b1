import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { BUILTIN_TYPE_IDS } from '../../src/core/types';
import type { CustomClauseType, TypeAssignment } from '../../src/core/types';
import { BUILTIN_TYPES, getTypeInfo } from '../../src/core/classify/catalog';
import {
  createClassifier, scoreBuiltinTypes, toClassifyRecord, ungatedPatterns, CUSTOM_CONFIDENCE,
} from '../../src/core/classify/classifier';
import { RULES } from '../../src/core/classify/rules';
import { requiredPrefixes } from '../../src/core/classify/requirements';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const classifier = createClassifier();

function types(text: string): string[] {
  return classifier.classify(text).map((a) => a.type);
}

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function assertCuesExact(text: string, offset: number, out: readonly TypeAssignment[]): void {
  for (const a of out) {
    assert.ok(a.confidence > 0 && a.confidence <= 1, `confidence of ${a.type}`);
    assert.ok(a.cues.length > 0, `${a.type} has cues`);
    for (const c of a.cues) {
      assert.strictEqual(c.type, a.type);
      assert.ok(c.start >= offset && c.end <= offset + text.length && c.start < c.end, `cue span ${c.start}-${c.end}`);
      assert.strictEqual(text.slice(c.start - offset, c.end - offset), c.text);
    }
  }
}

describe('clause type catalog', () => {
  it('has every built-in id, in order, with title, one-sentence description and a distinct colour', () => {
    assert.deepStrictEqual(BUILTIN_TYPES.map((t) => t.id), [...BUILTIN_TYPE_IDS]);
    const colours = new Set<string>();
    for (const t of BUILTIN_TYPES) {
      assert.ok(t.builtin);
      assert.ok(t.title.length > 0 && t.title.length < 60, t.id);
      assert.match(t.description, /^[A-Z][^]*\.$/, t.id);
      assert.strictEqual(t.description.split(/\.\s/).length, 1, `${t.id}: one sentence`);
      assert.match(t.color, /^#[0-9a-f]{6}$/);
      colours.add(t.color);
    }
    assert.strictEqual(colours.size, BUILTIN_TYPES.length);
  });
  it('looks types up by id', () => {
    assert.strictEqual(getTypeInfo('exclusivity')?.title, 'Exclusivity');
    assert.strictEqual(getTypeInfo('agi')?.id, 'agi');
    assert.strictEqual(getTypeInfo('nope'), undefined);
    assert.strictEqual(getTypeInfo(''), undefined);
  });
  it('has rules for every built-in type', () => {
    assert.deepStrictEqual(RULES.map((r) => r.id).sort(), [...BUILTIN_TYPE_IDS].sort());
  });
});

/** Per type: sentences that establish the provision, and hard negatives that only mention its words. */
const CASES: Record<string, { pos: string[]; neg: string[] }> = {
  exclusivity: {
    pos: [
      'During the Term, Distributor shall be the exclusive distributor of the Products in the Territory.',
      'Customer shall purchase all of its requirements of the Product solely from Supplier.',
      'Licensor agrees not to grant the right to use the Marks to anyone other than Company.',
      // Covenant after an enumerator: "agrees (a) not to ... with any other vendor".
      'During the Term, Reseller agrees (a) not to enter into any reseller arrangement with any other vendor of competing software.',
      // "Neither ... nor ... shall" covenants and dealing with no one else.
      'Neither the Club nor its affiliates shall, directly or indirectly, sell or promote any beverage other than the Sponsor Products at the Stadium.',
      // Non-circumvention.
      'Agent will not circumvent Principal by dealing with any third party introduced by Principal.',
      // Soliciting customers is exclusive-territory language, not a non-solicitation clause.
      'Dealer may solicit customers for the Equipment exclusively in the Territory.',
    ],
    neg: [
      // a ban on sub-licensing (probe s18/38)
      'The Company grants to the Artist a non-exclusive licence to use the Masters. The Artist may not sub-license the rights under this clause 5.5, other than to a promoter of a live performance.',
      'Licensor grants Licensee a non-exclusive, royalty-free license to use the Software.',
      'Employee shall not solicit or hire any employee of the Company during the Term.',
      'Neither party shall disclose the terms of this Agreement to any third party.',
      // A restraint on a party's own business is a non-compete (probe s17: 21-asset-purchase).
      'During the Restricted Period, neither Seller nor the Principal shall, directly or indirectly, engage in, own, manage or provide services to any business that designs, calibrates or services coordinate measuring machines anywhere in the United States or Canada.',
      'THE FOREGOING IS CUSTOMER\'S SOLE AND EXCLUSIVE REMEDY FOR ANY BREACH OF WARRANTY.',
      'The courts of New York shall have exclusive jurisdiction over any dispute arising under this Agreement.',
      // A forum, an employee's full time and a restraint on a party's own business (a non-compete) are no exclusive
      // dealing (probe s14).
      'Any dispute arising under this Agreement shall be brought exclusively in the state or federal courts located in Dallas County, Texas.',
      'Exclusive Service. The Executive shall devote the Executive\'s full business time and attention to the Company and shall not engage in any other business activity without the prior written consent of the Board.',
      'For two (2) years after termination of this Agreement, Franchisee shall not operate a specialty coffee business within ten (10) miles of the Premises or of any other franchised café.',
    ],
  },
  agi: {
    pos: [
      '"AGI" means a highly autonomous system that outperforms humans at most economically valuable work.',
      'Once the Board declares AGI, the Partner\'s access to new models shall end.',
      'The expert panel shall verify any declaration of artificial general intelligence.',
    ],
    neg: [
      'The Employee\'s Adjusted Gross Income (AGI) shall be reported on Form 1040.',
      'Provider shall deliver artificial intelligence services and AI models to Customer.',
      'Contractor shall rely on the general intelligence of the workforce and agile methods.',
    ],
  },
  'revenue-share': {
    pos: [
      // Stock to be issued as the fee, the verb after it.
      'As its fee, 200,000 shares of common stock will be issued to the Consultant.',
      // Service credits deducted from the revenue shared do not make it a remedy clause.
      '"Net Revenue" means the amounts actually received by Reseller from Customers, less refunds, service credits, sales taxes and payment processing fees, and Reseller shall pay Provider thirty percent (30%) of Net Revenue.',
      'Licensee shall pay Licensor a royalty of five percent (5%) of Net Sales of Licensed Products.',
      'The parties will share equally all revenue from advertising sold on the Co-Branded Site.',
      // Stock paid for services stays a revenue-share cue, as in CUAD.
      'In consideration of the Services, Company shall issue to Consultant 50,000 shares of its common stock.',
      // A fee that varies with the business done stays a revenue-share cue, as in CUAD.
      'Agent shall be paid a fee for each customer it refers to the Company that places an order.',
    ],
    neg: [
      // a part of a party's own pay (probe s18/37)
      'Company may terminate by paying to Lender a termination fee equal to fifty percent (50%) of the Base Compensation that would have been payable for the rest of the Initial Term.',
      'A relay medal earns fifty percent (50%) of the bonus for the corresponding individual medal.',
      // Shares defined or counted, not paid; a service credit, a remedy; a lower revenue share elsewhere (probe s17).
      '"Equity Securities" means shares of the Company\'s preferred stock issued to investors in an equity financing.',
      'Outstanding: 8,000,000 shares of common stock and 3,200,000 shares of Series Seed Preferred Stock.',
      'Service credits: 10% of the monthly Usage Fees if availability falls below 99.9%, and 25% if it falls below 99.0%.',
      'If availability falls below 99.9% in a month, Customer will receive a service level credit of five percent (5%) of the monthly Fees.',
      // the same remedy with "credit" as a verb (probe s18)
      'If availability in a month falls below 99.5%, Provider shall credit Lab ten percent (10%) of the fees for the affected clusters for that month.',
      'Supplier shall credit Customer five per cent. (5%) of the monthly Charges for each hour of downtime.',
      // A shortfall against a minimum commitment (probe s17: 22-supply).
      'If in any Contract Year the aggregate Price of Products ordered is less than the Minimum Purchase Commitment, the Customer shall pay the Supplier a shortfall payment equal to twenty per cent. (20%) of the difference.',
      'Where the volume ordered in a Quarter falls short of the Minimum Volume, Buyer shall pay Seller a shortfall fee of ten percent (10%) of the unordered quantity multiplied by the Price.',
      'Most Favored Customer. If Provider offers the Models to any other reseller on a lower revenue share, Provider shall offer the same terms to Reseller.',
      // a cap on a price rise, a tenant's share of the building's costs: no share of revenue
      '(j) "Tenant\'s Share" means 4.8%.',
      'Tenant shall pay as additional rent Tenant\'s Share of the amount by which Operating Expenses for any calendar year exceed 5% of the Operating Expenses for 2026.',
      'Provider may increase the Fees for any Renewal Term by giving notice at least ninety (90) days before the end of the then-current term, provided that no increase shall exceed five percent (5%) of the Fees for the preceding year.',
      'The Products are supplied on a royalty-free basis for evaluation only.',
      'Either party may terminate this Agreement upon thirty (30) days written notice.',
      // An option grant is equity compensation, not a share of revenue.
      'The Company shall grant Executive an option to purchase 150,000 shares of the Company\'s common stock, representing approximately one and one-half percent (1.5%) of the Company\'s fully diluted capitalization, vesting over four (4) years.',
      'Executive shall be granted stock options over 10,000 shares of common stock under the Company\'s 2026 Equity Incentive Plan.',
      // A fixed fee, the Fees as such and a percentage of pay share no revenue (probe s14).
      'Customer shall pay the Fees in accordance with Exhibit A.',
      'The Borrower shall pay to the Lender an arrangement fee of £187,500 on the date of this Agreement.',
      'Franchisee shall pay Franchisor a technology fee of $350 per month for the point-of-sale software.',
      'The Company shall pay the Executive a garden leave payment equal to fifty percent (50%) of the Executive\'s highest Base Salary during the Restricted Period.',
    ],
  },
  'effective-date': {
    pos: [
      'This Agreement is effective as of March 1, 2024 (the "Effective Date").',
      '"Effective Date" means the date of the last signature below.',
    ],
    neg: [
      // when a notice takes effect (probe s18 40-patent-settlement)
      'All notices under this Agreement shall be in writing and shall be effective upon receipt.',
      'Any notice shall be deemed effective on the date of delivery.',
      'Licensee shall pay all royalties within thirty (30) days after the end of each quarter.',
      // A recurring period defined is not the agreement's start (probe s14, distribution).
      '"Contract Year" means each successive period of twelve (12) months starting on the Commencement Date or an anniversary of it;',
      // A change, a variation or a price taking effect is not the agreement's start (probe s17: 22-supply).
      'The Supplier shall give the Customer an estimate of the effect of the change on the Price, and the change shall take effect only when both parties have agreed it in writing.',
      'Any variation to the Services will take effect only when signed by both parties.',
    ],
  },
  'expiration-date': {
    pos: [
      'This Agreement shall commence on the Effective Date and continue for an initial term of three (3) years.',
      'The term of this Agreement shall end on December 31, 2032.',
      'The licence shall remain in effect until the fifth anniversary of the Closing Date.',
      // An end on a stated date, whatever the sentence then says about notice; English date order.
      'This Agreement expires on 31 March 2029, and the Customer may serve notice before 1 January 2029.',
      'This Agreement expires on 31 March 2029; the Customer may serve a non-renewal notice at any time before 1 January 2029.',
      'The Licence terminates on the 30th day of June, 2031 unless terminated earlier under clause 9.',
    ],
    neg: [
      // a scope, not a term (probe s18 40-patent-settlement)
      'The rights granted under this Section do not extend to any Affiliate of Licensee.',
      // A recurring period defined is no term's end (probe s17).
      '"Quarter" means each period of three (3) months ending on 31 March, 30 June, 30 September and 31 December.',
      // a restrictive covenant's period is not the agreement's term
      'The Seller shall not, for a period of three (3) years after Completion, carry on or be engaged in any Restricted Business in the United Kingdom.',
      'The Executive shall not, for a period of twelve (12) months after the Termination Date, solicit any employee of the Company.',
      'Distributor shall not challenge the validity of the Marks during the term of this Agreement or thereafter.',
      // A restrictive covenant's period is not the agreement's term.
      'Distributor shall not, during the Term and for a period of twenty-four (24) months thereafter, manufacture, distribute or sell any product that competes with the Products in the Territory.',
      'During the Employment Period and for a period of twelve (12) months thereafter (the "Restricted Period"), Executive shall not, directly or indirectly, engage in any business that competes with the Company.',
      // to give effect to a law is to apply it, not a duration
      'This Agreement is governed by the laws of Ontario, without giving effect to its conflict of laws rules.',
      // "with effect from" says when something starts
      'The Seller shall sell and the Buyer shall buy, with effect from Completion, the Sale Shares with full title guarantee.',
    ],
  },
  'renewal-term': {
    pos: [
      'Thereafter, this Agreement shall automatically renew for successive one (1) year periods.',
      'Franchisee shall have the option to renew this Agreement for two additional terms of five years each.',
      'Landlord grants Tenant one (1) option to extend the Term for a single renewal period of five (5) years on the terms of this Lease.',
      // The renewal term's length, and the end of a renewal term (CUAD renewal-term-173), are still about the renewal.
      'The Renewal Term shall be two (2) years.',
      'Either party may cancel this Agreement effective on the last day of the Initial Term or any Renewal Term by serving written notice at least ninety (90) days prior to the end of the Initial Term or any Renewal Term.',
    ],
    neg: [
      // a renewal still to be agreed, in a first negotiation or matching right (probe s18/37)
      'If Company does not exercise its option, then during the sixty (60) days beginning on July 1, 2030 Lender shall negotiate exclusively and in good faith with Company for a renewal of Athlete\'s endorsement in the Product Category.',
      'If the Parties do not sign a renewal during the Negotiation Period, then for twelve (12) months after the end of the Term, Lender shall not accept any offer from a Competitor without first giving Company written notice of its terms.',
      'If Supplier offers better pricing, Supplier shall promptly extend such pricing to Customer.',
      // A rent, fee or insurance clause that only mentions the defined Renewal Term, and a defined recurring period (s17).
      'The Base Rent for each year of the Renewal Term shall be increased by three percent (3%) over the Base Rent for the preceding year.',
      'Provider may increase the Fees for any Renewal Term by giving notice at least ninety (90) days before the end of the then-current term, provided that no increase shall exceed five percent (5%) of the Fees for the preceding year.',
      'Tenant shall maintain the insurance required by this Section during the Initial Term and any Renewal Term.',
      '"Contract Year" means each successive period of twelve (12) months starting on the Commencement Date or an anniversary of it;',
      // only a reference to the renewal clause (probe s13)
      'This Agreement shall continue for a period of three years and shall then expire on 31 January 2030 unless renewed under clause 3.2.',
      // a renewal as a point in time, and a delay for an additional period, are no renewal of the term (probe s18)
      'The Vendor may update the End User Licence on not less than thirty (30) days\' written notice to the Reseller, provided that no update shall apply to an existing Subscription before its next renewal.',
      'If Company notifies University within the review period that a proposed publication discloses patentable Foreground IP, University shall delay the publication for an additional period of not more than sixty (60) days to permit the filing of a patent application.',
    ],
  },
  'notice-period': {
    pos: [
      'This Agreement shall automatically renew for successive one-year terms unless either party gives notice of non-renewal at least ninety (90) days prior to the end of the then-current term.',
    ],
    neg: [
      'Either party may terminate this Agreement for material breach upon thirty (30) days written notice.',
      // The initial term and its end date's proviso, not a non-renewal notice (probe s14).
      'The Executive\'s employment shall commence on the Effective Date and shall continue until May 31, 2029, unless terminated earlier in accordance with Section 6.',
      '"Expiration Date" means August 31, 2036, unless sooner terminated or extended in accordance with this Lease.',
      // a notice of a change (probe s18)
      'The Vendor may update the End User Licence on not less than thirty (30) days\' written notice to the Reseller, provided that no update shall apply to an existing Subscription before its next renewal.',
    ],
  },
  'license-grant': {
    pos: [
      // A grant before or after a denial of other rights stays a grant.
      'Licensor hereby grants Licensee a non-exclusive license to use the Software. Nothing in this Agreement grants Licensee any right in the source code.',
      'Nothing in this Agreement grants Licensee any right in the source code, except that Licensor hereby grants Licensee a limited licence to use the object code.',
      'Licensor hereby grants to Licensee a non-exclusive, non-transferable license to use the Software.',
      'Company hereby grants Distributor the right to use the Trademarks solely to market the Products.',
      // A long list of adjectives between "grants" and "licenses", and "licenses" in the plural.
      'Subject to the terms of this Agreement, Owner hereby grants to Developer, for so long as Developer is not in default under this or any other agreement between the parties, a limited, revocable, non-transferable (except as set forth in Section 12.2), non-sublicensable and royalty-bearing license, under the Owner Patents, to make and sell the Devices.',
      'Each party grants only the licenses expressly stated in this Article.',
      // A licence stated passively or under which something is provided.
      'The Toolkit is licensed to Customer for use with the Hardware only.',
      'Licensed Software is provided to end users under a non-exclusive worldwide license subject to the following terms.',
      // an appointment with a company name's full stop in it (probe s18)
      'Supplier hereby appoints Northwind Trading Co. Ltd. as its distributor of the Products in the Territory.',
      // An option to take a licence, and a licence to be negotiated.
      'If Developer abandons the Program, Partner shall have the option to obtain a license to the Program Patents.',
      // Field and territory limits of a licence.
      'Licensee shall not make or sell any Licensed Product outside of the Field.',
      'Reseller shall have the right to license the Platform to its own customers.',
      // A right to use until an end stays a grant.
      'Licensee shall have the right to use the Software until this Agreement terminates.',
    ],
    neg: [
      // Who may use, defined: no grant (session 18).
      '"Authorized User" means an employee or contractor of Customer whom Customer permits to access and use the Service in accordance with this Agreement.',
      // an appointment of an auditor; the reseller is in the next sentence (probe s18)
      'The Reseller may, not more than once in any Contract Year, appoint an independent accountant to audit the Vendor\'s records of Net Receipts. The Reseller shall bear the cost of the audit.',
      // A denial of any licence is no grant (probe s17, 11-nda).
      'Nothing in this Agreement grants the Receiving Party any license or other right under any patent, copyright, trade secret or other intellectual property right of the Disclosing Party, except the limited right to use Confidential Information for the Purpose.',
      'Nothing contained herein shall be construed as granting any right or licence under any intellectual property of either party.',
      'This Agreement does not grant either party any right to use the other party\'s trademarks.',
      'Each party shall keep the other party\'s Confidential Information in strict confidence.',
      'Distributor may not permit any third party to use the Brand without Owner\'s prior written approval.',
      'The rights granted to Franchisee hereunder do not include the right to open additional outlets.',
      'Customer shall have the right to inspect the Supplier\'s facilities on reasonable notice.',
      // "hereby grants" without a licence or a right to use: an option over shares, a security interest, a right to buy
      // new shares.
      'The Company hereby grants the Executive an option to purchase 50,000 shares of Common Stock at an exercise price of $2.00 per share, vesting in four equal annual installments.',
      'The Partnership hereby grants Investor an option to acquire 1,000 Class B Units at a price of $10 per Unit.',
      'The Company hereby grants the Lender a continuing security interest in all of its present and future assets.',
      'The Company hereby grants Investor the right to purchase its pro rata share of any New Securities the Company may issue.',
      // an agent to act in law, not to sell
      'The Borrower irrevocably appoints the Agent as its attorney to execute any document the Agent may require.',
      'Each Obligor irrevocably appoints the Parent as its agent for service of process in England.',
      'Licensor may appoint an escrow agent to hold the Source Code.',
      // The use of marks mentioned, not permitted: goodwill, the end of use (s17).
      'All goodwill arising from the Distributor\'s use of the Trade Marks shall accrue to the Supplier.',
      'Upon termination or expiration, Franchisee shall immediately cease using the Marks, the Manual and the Proprietary Software.',
      // A right to use that ends is no grant (s17).
      'On termination or expiration, Customer\'s right to access the Service ends and Section 5.2 and Section 6 survive.',
      'Upon termination, Licensee\'s license to use the Licensed Marks shall immediately terminate.',
    ],
  },
  'perpetual-license': {
    pos: [
      'Licensor grants Customer a perpetual, irrevocable, fully paid-up license to use the Deliverables.',
      'Upon expiration of this Agreement, the licenses granted to Partner under Section 2.1 shall become irrevocable, perpetual, royalty free licenses.',
      'The rights granted to Publisher in the Approved Content shall be perpetual.',
    ],
    neg: [
      'Licensor grants Customer a non-exclusive license to use the Software during the Term.',
      'Tenant shall deliver the Security Deposit to Landlord in cash or in the form of an unconditional, irrevocable letter of credit.',
      // "irrevocable" alone: of an option, a letter of credit, an appointment, not of a licence
      'Tenant shall deliver to Landlord an irrevocable standby letter of credit in the amount of $250,000.',
      'Seller hereby grants Buyer an irrevocable option to purchase the Property for the Purchase Price.',
      'The Borrower irrevocably appoints the Agent as its attorney to execute any document the Agent may require.',
    ],
  },
  'termination-for-convenience': {
    pos: [
      'Either party may terminate this Agreement without cause upon sixty (60) days prior written notice.',
      'Customer may terminate this Agreement at any time for convenience by giving thirty (30) days notice.',
      // An unconditioned right stays convenience when a conditioned one follows in another limb.
      'Either party may terminate this Agreement upon sixty (60) days\' notice, or immediately if the other party becomes insolvent.',
      'Customer may terminate this Agreement for convenience on 30 days\' notice, or immediately if Supplier commits a material breach.',
    ],
    neg: [
      // insolvency in English words (probe s18)
      'Either party may terminate this agreement with immediate effect by written notice if the other party suspends payment of its debts, enters administration or liquidation (other than for a solvent reorganisation), or has a receiver appointed over any of its assets.',
      // Termination for a cause (a challenge to the licensed rights) is not for convenience (probe s17).
      'The Licensor may terminate this agreement on written notice if the Licensee challenges the validity of any Licensed Patent.',
      'Company may terminate this Agreement upon thirty (30) days written notice if Distributor contests the ownership of the Marks.',
      'Either party may terminate this Agreement if the other party becomes insolvent or files for bankruptcy.',
      // conditions not met by a long stop date: a right to walk away from the deal, not at will
      'If the condition in clause 4.1 has not been satisfied (or waived by the Buyer) on or before the Long Stop Date, the Buyer may terminate this agreement by notice to the Seller.',
      'If the condition in clause 4.1 has not been satisfied on or before the Long Stop Date, either party may terminate this agreement by notice in writing to the other.',
      // A right conditioned on an event (change of control, breach, force majeure), after or before the right.
      'The Customer may terminate this Agreement by giving not less than thirty (30) days\' written notice if the Supplier undergoes a change of control.',
      'Either party may terminate this Agreement upon thirty (30) days\' written notice if the other party commits a material breach.',
      'The Customer may terminate this Agreement on ninety (90) days\' notice in the event of a Force Majeure Event lasting more than sixty (60) days.',
      'If the Supplier undergoes a Change in Control, the Customer may terminate this Agreement by giving thirty (30) days\' notice.',
      // "breaches", and the events listed in sub-clauses after "if:" (probe s18)
      'The Vendor may terminate clause 2.2 only, without terminating the rest of this agreement, on not less than twenty (20) Business Days\' written notice if the Reseller breaches clause 9.1.',
      '14.4 Without affecting any other right or remedy, either party may terminate this agreement with immediate effect by written notice if:',
      'The Licensor may terminate this Agreement on thirty (30) days\' notice if the Licensee comes under the control of a competitor.',
      // a defined event (a morals clause), and incapacity (probe s18/37-38)
      'Upon a Morals Event, Company may (a) suspend payments, or (b) terminate this Agreement with immediate effect by written notice given within ninety (90) days after Company learns of the Morals Event.',
      'Following a Key Person Event, the Investor may terminate this Agreement on thirty (30) days\' written notice.',
      'The Company may terminate the Term by notice if the Artist becomes permanently unable to perform as a vocalist.',
      // A notice that ends an evergreen term at the end of a period is a non-renewal notice (probe s14).
      'On expiry of the Initial Period this agreement shall continue for successive periods of two (2) years unless either party gives the other not less than six (6) months\' written notice to terminate it at the end of the Initial Period or of any such subsequent period.',
    ],
  },
  'change-of-control': {
    pos: [
      'Supplier may terminate this Agreement if Customer undergoes a Change of Control.',
      'In the event of a merger of Licensee with another entity or a sale of substantially all of its assets, Licensor may terminate this Agreement.',
      'Supplier may terminate this Agreement on notice if there is any material change, by sale or otherwise, in the ownership or control of Distributor.',
      'The Principals shall not transfer or pledge their interests in Franchisee without our prior written consent.',
      'Licensor may terminate this Agreement if Licensee becomes controlled by a competitor of Licensor.',
      'The Party whose control has changed shall notify the other Party within ten days.',
      'Owner may terminate the license if Manager divests the business unit that operates the Hotel.',
      // A person taking control of a party (LMA facility wording).
      'If any person or group of persons acting in concert gains control of the Borrower, the Facility shall be cancelled.',
      'The Customer may terminate this Agreement if any third party obtains, directly or indirectly, control of the Supplier.',
      // A party coming under another's control (probe s13).
      'If the Supplier comes under the control of a competitor of the Customer, the Customer may terminate this Agreement.',
      'If the Licensee falls under the direct control of a competitor of the Licensor, the Licensor may terminate this Agreement on notice.',
      // a sale of substantially all assets as the event, the verb after it
      'Either party may terminate this Agreement in writing if all or substantially all of the assets of the other party are transferred, sold or liquidated.',
    ],
    neg: [
      // The usual successor carve-out of an anti-assignment clause grants no change-of-control right.
      'Neither party may assign this Agreement without the prior written consent of the other party, except that either party may assign this Agreement to a successor in connection with a merger or a sale of all or substantially all of its assets.',
      // ... and a consent requirement that excepts a change of control or a merger (probe s17: 24-compute-capacity).
      "Neither party may assign this Agreement without the other party's prior written consent, except to an Affiliate or in a change of control under Section 11.1.",
      // An asset purchase's own subject (probe s17: 21-asset-purchase).
      'Seller wishes to sell to Buyer, and Buyer wishes to purchase from Seller, substantially all of the assets used in the Business, on the terms and subject to the conditions of this Agreement.',
      'The Distributor shall not assign this Agreement without the Supplier\'s written consent, except by way of a merger with an Affiliate.',
      'A Party may assign its rights to an entity under common control with it, provided that it remains liable for the performance of this Agreement.',
      'Licensee shall pay all royalties within thirty (30) days after the end of each quarter.',
      '"Affiliate" means any entity that controls, is controlled by or is under common control with a party, where control means ownership of more than fifty percent of the voting securities.',
      // Control of a defence, of goods, or within a party's control: not control of a party.
      'The Indemnifying Party may assume control of the defence, and if it obtains control of the defence it shall keep the Indemnified Party informed.',
      'The Supplier shall keep all Customer Data within its control and maintain quality control procedures.',
      // Control of systems, premises or equipment is not control of a party (probe s13).
      'If the Contractor gains control of any Customer systems, it shall comply with the Security Policy.',
      'If the Contractor obtains control of the Customer\'s premises or equipment, it shall return them on request.',
      // The shareholders' consent to a decision is no change of owners (probe s14).
      'The Company shall not take any action constituting a Reserved Matter without the prior written consent of both Founder Shareholders.',
    ],
  },
  'governing-law': {
    pos: [
      'This Agreement shall be governed by and construed in accordance with the laws of the State of Delaware.',
      'The laws of England and Wales shall govern this Agreement.',
    ],
    neg: [
      'Each party shall comply with all applicable laws in performing its obligations.',
      // A party's corporate status is no choice of law (probe s17).
      'The Company is a corporation duly organized, validly existing and in good standing under the laws of the State of Delaware.',
      'Supplier is a limited company incorporated under the laws of England and Wales.',
    ],
  },
  'first-refusal': {
    pos: [
      'Licensee shall have a right of first refusal to acquire any Product that Licensor proposes to sell to a third party.',
      'Before accepting any bona fide offer from a third party, Seller shall first offer the Shares to the Company on the same terms.',
      'Before commencing any negotiations with a third party for the sale of the Building, Owner shall notify Tenant and give Tenant thirty days to decide whether it wishes to buy it.',
      'If the parties fail to reach agreement on the terms of a license within sixty (60) days, Owner may license the Technology to others.',
      'The notice shall describe the competing bid in enough detail for Buyer to respond.',
      'If Company decides not to maintain a Patent, it shall notify Investor, who shall have the right, but not the obligation, to assume its prosecution.',
      'Licensee shall have rights of negotiation for any new product line that Licensor develops.',
      'Publisher hereby grants Studio an exclusive option over the film rights to the Novel.',
      'Company shall present each such opportunity to the Joint Venture before pursuing it alone.',
      // An option over shares offered for transfer, and an asset offered to the holder before a third party.
      'If any Shareholder proposes to transfer any Shares to a third party, it shall first deliver a Transfer Notice to the Company, and the Company shall have the option to purchase all of the Offered Shares on the same terms.',
      'Before offering the Property to any third party, Owner shall offer it to Tenant, and Tenant shall have the right to purchase the Property on the same terms and conditions.',
      'If a Member wishes to sell its Units, the other Members shall have a right of first offer to purchase the Units at the price stated in the Offer Notice.',
      // An option at a stated price stays a first refusal where the price is the offer's (s17).
      'If Landlord receives a bona fide offer to purchase the Property, Tenant shall have the option to purchase the Property at the purchase price set out in the Offer Notice.',
      // Offers from others barred for a while: a first negotiation.
      'Excite will not propose, solicit or negotiate offers from entities other than Sponsor for any sponsorship of the Site until ninety (90) days prior to the expiration of the Term.',
      'Until the end of the Negotiation Period, Owner shall not solicit or entertain proposals from any person other than Developer for the development of the Site.',
    ],
    neg: [
      // who acts first against infringers (probe s18 32-biotech-licence)
      'The Licensee has the first right to bring proceedings against an infringer in the Field, at its own cost.',
      'Licensor shall have the first right, but not the obligation, to prosecute and maintain the Licensed Patents.',
      // A definition and a tag-along are no first refusal (probe s17: 23-shareholders).
      '"Seller" means a Shareholder proposing to transfer Shares.',
      "If a Shareholder proposes to transfer Shares which would result in a buyer holding more than fifty per cent. (50%) of the Shares, the transfer shall not take place unless the buyer offers to buy all of the other Shareholders' Shares at the same price per Share and on the same terms.",
      // A representation that no such right exists, and a most-favoured clause, are no first refusal (probe s17).
      'As of the Issue Date, the Company\'s capitalization is as set out in Schedule 1, and no person has any right of first refusal, preemptive right or similar right in respect of the Note.',
      'The Shares are not subject to any right of first refusal or pre-emptive right.',
      'Most Favored Customer. If Provider offers the Models to any other reseller on a lower revenue share or lower Usage Fees, Provider shall offer the same terms to Reseller from the date they were first offered to the other reseller.',
      // Terms compared with every other licensee's: a most-favoured clause.
      'Licensee shall be entitled to a licence on terms no less favourable than those granted to any other licensee.',
      'If Licensor grants any other licensee of the Patents a licence on terms more favourable than those granted to Licensee, Licensor shall promptly offer such terms to Licensee.',
      'The parties shall negotiate in good faith a mutually acceptable delivery schedule.',
      'If the parties cannot agree on the adjusted fee within thirty (30) days, the dispute shall be referred to arbitration.',
      'Either party may terminate this Agreement if the other party fails to pay any amount within thirty days.',
      'Licensor hereby grants Licensee a non-exclusive license to exercise its rights and perform its obligations under this Agreement.',
      // An option to extend the term is a renewal (probe s14).
      'Landlord grants Tenant one (1) option to extend the Term for a single renewal period of five (5) years on the terms of this Lease.',
      'Tenant shall exercise the renewal option by written notice to Landlord given not later than twelve (12) months before the Expiration Date.',
      // An option over shares granted as pay or as an investment is equity, not a first refusal.
      'The Company hereby grants the Executive an option to purchase 50,000 shares of Common Stock at an exercise price of $2.00 per share, vesting in four equal annual installments.',
      'Subject to approval by the Board, the Company shall grant the Executive an option to purchase shares of common stock of the Company representing one and one-half percent (1.5%) of the Company\'s fully diluted capitalization as of the grant date.',
      'The Company shall grant the Employee a stock option to acquire 10,000 shares of the Company\'s common stock under the 2020 Stock Option Plan.',
      'Subject to Board approval, Consultant will be granted an option to purchase 25,000 shares at an exercise price equal to the fair market value on the date of grant.',
      'The Partnership hereby grants Investor an option to acquire 1,000 Class B Units at a price of $10 per Unit.',
      'In consideration of the loan, the Company shall issue to the Lender a warrant to purchase up to 100,000 shares of Series A Preferred Stock, exercisable for five years.',
      // An option to buy at a price the agreement sets is a call option, not a right to match or be offered first (s17).
      'Tenant shall have an irrevocable option to purchase the Property at the Purchase Price during the Option Period.',
      'Tenant may exercise the option to purchase the Property at the Purchase Price by written notice to Landlord at any time during the Option Period.',
      'Lessee shall have the option to buy the Equipment for $1.00 at the end of the Lease Term.',
      // Bids from anyone but those excluded are allowed: no first negotiation.
      'The Board may accept bids from any bidder except those excluded under clause 4.',
    ],
  },
  'most-favored-nation': {
    pos: [
      'Supplier shall offer Customer prices no less favorable than those offered to any other customer.',
      'If Supplier offers any third party more favourable pricing, Supplier shall extend such pricing to Customer.',
      // The other distributor named first, the comparison after it.
      'Supplier shall not offer the Products to any other distributor outside the Territory on terms more favorable than those offered to Distributor.',
      'If Licensor grants any other licensee a lower royalty rate, Licensor shall extend such rate to Licensee.',
      'Licensee shall be entitled to a licence on terms no less favourable than those granted to any other licensee.',
      // The comparison after the other customer, as "lower than" (probe s17: 22-supply).
      'If at any time the Supplier supplies products substantially similar to the Products to any other customer, in similar volumes, at a price lower than the Price, the Supplier shall promptly notify the Customer and the Price shall be reduced to that lower price.',
      'If Licensor grants any other licensee a royalty rate lower than the Royalty Rate, the Royalty Rate shall be reduced accordingly.',
    ],
    neg: ['The parties shall agree a mutually favorable schedule for delivery.'],
  },
  'non-compete': {
    pos: [
      'During the Term, Consultant shall not engage in any business that competes with the Company.',
      // A restraint on the seller of a business (probe s17: 21-asset-purchase).
      'During the Restricted Period, neither Seller nor the Principal shall, directly or indirectly, engage in, own, manage or provide services to any business that designs, calibrates or services coordinate measuring machines anywhere in the United States or Canada.',
      // "competes" far from the negation.
      'Distributor shall not, during the Term and for a period of twenty-four (24) months thereafter, manufacture, distribute or sell any product that competes with the Products in the Territory.',
      // Restraints without the word "compete".
      'During the term of this Agreement, neither party shall, directly or indirectly, develop any offshore wind project in the Gulf of Maine other than through the JV Company.',
      'Executive shall not, during the Restricted Period, own, manage, operate, control or be employed by any business similar to the business of the Company.',
      'For a period of two years after the Closing, Seller shall not engage in the Business anywhere in the Territory.',
      'The Consultant undertakes not to be engaged, concerned or interested in any Restricted Business within the Restricted Area.',
      // A radius and a business other than the party's own (probe s14).
      'For two (2) years after termination of this Agreement, Franchisee shall not operate a specialty coffee business within ten (10) miles of the Premises or of any other franchised café.',
      'Seller shall not carry on any bakery business within a radius of five (5) kilometres of the Store.',
      'During the Term, Franchisee shall not own or operate any restaurant business other than the Franchised Restaurant.',
      // "No member of … shall", "none of … shall" (session 18: an English SPA's restrictive covenant).
      'No member of the Seller\'s Group shall, during the Restricted Period, carry on or be engaged in any business which competes with the Business in the United Kingdom.',
      'None of the Sellers shall, for two (2) years after Completion, be engaged in any business which competes with the Company.',
    ],
    neg: [
      'No later than thirty (30) days after Completion, the Buyer shall notify the Seller of any competing claims it has received.',
      'The Company faces intense competition in the markets for its products.',
      'During the Restricted Period, Executive shall not solicit any employee of the Company to leave the Company\'s employ.',
      'Supplier shall not engage any subcontractor to perform the Services without the Customer\'s consent.',
      'Neither party shall, directly or indirectly, disclose the terms of this Agreement to any third party.',
      'Supplier shall deliver the Products to any warehouse within fifty (50) miles of the Customer\'s plant.',
    ],
  },
  'anti-assignment': {
    pos: [
      'Neither party may assign this Agreement without the prior written consent of the other party.',
      // a ban without a consent (probe s18/38)
      'The Artist may not assign this agreement or any of her rights under it, other than her right to receive royalties.',
    ],
    neg: ['The Seller hereby assigns to the Buyer all accounts receivable listed in Schedule 1.'],
  },
  'ip-ownership': {
    pos: [
      'All Work Product shall be the sole and exclusive property of the Company, and Contractor hereby assigns to the Company all right, title and interest therein.',
      // Ownership stated without "right, title and interest".
      'All Inventions shall be owned by the Employee.',
      'All Deliverables shall remain the sole and exclusive property of the Customer.',
      'All Developments made by the Consultant shall belong to the Company.',
      // Present tense ("vest in", "belong to", "are and remain the property of", "are owned by").
      'All Intellectual Property Rights in the Deliverables vest in the Customer on creation.',
      'All Inventions conceived by the Employee during the employment belong to the Company.',
      'All Work Product is and remains the sole and exclusive property of the Client.',
      'All copyrights in the Materials are and remain the property of the Licensor.',
      'The Patents are owned by the Licensor.',
      // "owns" in the present tense, of intellectual property or data.
      'The Customer owns all Deliverables.',
      'Licensor owns and shall retain all right, title and interest in the Software.',
      'As between the parties, Customer owns all Customer Data.',
      'As between the Parties, Customer owns all right, title and interest in and to the Customer Data.',
      'The Employer owns any invention the Employee makes in the course of the employment.',
      'Provider retains ownership of the Platform and all improvements to it.',
      'Each party retains all right, title and interest in its Background IP.',
    ],
    neg: [
      'Each party shall bear its own costs.',
      // Present tense of something that is not IP; a relative clause that only describes what is licensed.
      'Title to the Goods vests in the Buyer on delivery.',
      'The Licensor grants the Licensee a licence to use the Patents that are owned by the Licensor.',
      'The Licensee may use the Trade Marks, which belong to the Licensor, only on the Products.',
      // "owned by" of something that is not IP.
      'The Premises shall be owned by the Landlord, and the Tenant shall insure the contents.',
      'The Seller shall procure that each company owned by the Seller releases the guarantees at Closing.',
      // "owns" of shares, land, goods or equipment; a relative clause; a warranty of title.
      'Microsoft owns 27% of the issued shares of OpenAI Group PBC.',
      'The Landlord owns the Building and the Land.',
      'The Seller owns the Shares free from all Encumbrances.',
      'Each Party owns its own equipment and shall maintain it at its own cost.',
      'Provider owns the data centre in which the Servers are located.',
      'The Patents that Licensor owns are listed in Schedule A.',
      'Contractor represents that it owns or has the right to use all tools used to perform the Services.',
      'Supplier retains all right, title and interest in the Equipment until paid in full.',
    ],
  },
  'minimum-commitment': {
    pos: [
      'Customer shall purchase a minimum of 10,000 units per calendar quarter.',
      // The quantity far from the verb; "minimum aggregate value", "minimum purchases".
      'Distributor shall purchase from Supplier Products having an aggregate net invoice value of not less than EUR 3,000,000 (three million euros) in each Contract Year.',
      'During each Contract Year the Customer shall procure Services with aggregate Fees of no less than GBP 250,000.',
      'Customer shall purchase Services having a minimum aggregate value of USD 500,000 in each year.',
      'Distributor shall make minimum purchases of 1,000 units per quarter.',
      // a committed subscription, payable whatever the use
      'Customer commits to a minimum annual subscription of $480,000 for each year of the Initial Subscription Term, which is payable whether or not Customer uses the Service.',
      'Buyer shall pay for 20,000 tonnes of gas in each Contract Year on a take-or-pay basis.',
    ],
    neg: [
      'The minimum font size for notices is 10 points.',
      'Interest is payable on overdue amounts, whether or not a demand has been made.',
      'Licensee shall purchase and maintain insurance coverage in an amount of not less than $1,000,000 per occurrence.',
      'Buyer shall submit each purchase order not less than sixty (60) days before the requested delivery date.',
      'The Buyer shall pay a purchase price of not less than $10,000,000 at Closing.',
      'Investor shall have the right to purchase all (but not less than all) of the Offered Units.',
    ],
  },
  'liability-cap': {
    pos: [
      'In no event shall either party\'s aggregate liability under this Agreement exceed the fees paid in the preceding twelve (12) months.',
      // A cap worded as a denial of liability beyond a figure.
      'The Provider shall not be liable for more than $500,000 in aggregate.',
      'In no event shall the Supplier be liable for any amount in excess of the fees paid under this Agreement.',
      // A cap worded as "up to a maximum of" a sum (probe s13).
      'The Supplier\'s liability under this Agreement is limited up to a maximum of £2,000,000.',
      'The Supplier shall be liable up to a maximum of £2,000,000 in aggregate.',
      'The Provider\'s liability shall be limited to an aggregate maximum of two (2) times the Fees paid in the preceding year.',
    ],
    neg: [
      'Each party shall be liable for the acts of its subcontractors.',
      // Liability for an excess, not a limit on liability.
      'The Customer shall be liable for any costs in excess of the approved budget.',
      // A maximum of something other than money.
      'The Customer shall be liable for all Fees for up to a maximum of 100 named users.',
      'The Customer shall be liable for any price increase up to a maximum price increase of 5% per year.',
    ],
  },
  'cloud-provider': {
    pos: ['Microsoft shall be the primary cloud provider for the Company\'s workloads.'],
    neg: ['The Company shall maintain its books and records in a secure location.'],
  },
  equity: {
    pos: [
      'Microsoft holds an equity stake of approximately 27% in OpenAI Group PBC.',
      // LLC and partnership interests, a holding in words.
      'Halvorsen shall hold fifty percent (50%) and Crestline shall hold fifty percent (50%) of the membership interests in the JV Company.',
      'The Partnership Interests shall be held 60% by Alpha and 40% by Beta.',
      'Investor owns twenty-five percent of the issued Class A Units.',
      // the holder after the figure (probe s11)
      '60% of the Shares shall be held by Halvorsen and 40% by Crestline.',
      'The Shares shall be held as to 60 per cent. by Halvorsen and as to 40 per cent. by Crestline.',
      // a stake as a share of the capital (probe s14)
      'The Seller shall sell and the Buyer shall buy the Sale Shares, representing seventy-five per cent. (75%) of the issued share capital of the Company.',
      'The Subscription Shares shall represent twenty per cent of the issued and outstanding share capital of the Company immediately after Completion.',
      // a stake on a fully diluted basis (probe s18, 34-strategic-investment)
      'Immediately after the Closing, the Shares will represent nineteen and nine-tenths percent (19.9%) of the Fully Diluted Shares.',
      // An option over shares granted as pay or investment.
      'Subject to Board approval, Consultant will be granted an option to purchase 25,000 shares at an exercise price equal to the fair market value on the date of grant.',
      'The Company grants to the Director options to subscribe for 5,000 Ordinary Shares at an exercise price of £1.00 per share.',
      'The Partnership hereby grants Investor an option to acquire 1,000 Class B Units at a price of $10 per Unit.',
    ],
    neg: [
      'Each party shall share the costs of the joint marketing campaign equally.',
      // A mention of the interests is not a stake.
      'The JV Company shall distribute its profits to the members pro rata to their membership interests.',
      // all the shares someone holds, not a stake
      'Halvorsen shall purchase 40% of the Shares held by Crestline.',
      '"Change of Control" means the acquisition by any person of securities representing more than 50% of the outstanding voting securities of the Company.',
      // a threshold in words, as one in figures ("hold less than 50%") already is not a stake (probe s18)
      '"Change of Control" means a merger in which the securityholders of a Party immediately before it hold less than fifty percent of the voting power of the surviving entity.',
      'The Purchaser shall not hold more than thirty per cent of the voting power of the Company.',
    ],
  },
};

describe('built-in clause types', () => {
  it('covers every built-in type with positives and hard negatives', () => {
    assert.deepStrictEqual(Object.keys(CASES).sort(), [...BUILTIN_TYPE_IDS].sort());
  });
  for (const [type, { pos, neg }] of Object.entries(CASES)) {
    describe(type, () => {
      for (const s of pos) {
        it(`assigns ${type}: ${s.slice(0, 70)}`, () => {
          const out = classifier.classify(s);
          assert.ok(out.some((a) => a.type === type), `expected ${type}, got ${JSON.stringify(out.map((a) => a.type))}`);
          assertCuesExact(s, 0, out);
        });
      }
      for (const s of neg) {
        it(`does not assign ${type}: ${s.slice(0, 70)}`, () => {
          assert.ok(!types(s).includes(type), `unexpected ${type} in ${JSON.stringify(types(s))}`);
        });
      }
    });
  }
});

describe('vendored CUAD rows (CC BY 4.0, see test/fixtures/cuad/README.md)', () => {
  const rows = readJsonl<{ id: string; type: string; text: string; label: boolean }>(path.join(FIXTURES, 'cuad', 'sample.jsonl'));
  it('has positives and negatives for every CUAD file', () => {
    const byType = new Map<string, Set<boolean>>();
    for (const r of rows) byType.set(r.type, (byType.get(r.type) ?? new Set()).add(r.label));
    assert.strictEqual(byType.size, 12);
    for (const [t, labels] of byType) assert.strictEqual(labels.size, 2, t);
  });
  for (const r of rows) {
    it(`${r.id} is ${r.label ? '' : 'not '}${r.type}`, () => {
      assert.strictEqual(types(r.text).includes(r.type), r.label);
    });
  }
});

describe('AGI set (test/fixtures/agi/agi.jsonl)', () => {
  const rows = readJsonl<{ id: string; text: string; label: boolean }>(path.join(FIXTURES, 'agi', 'agi.jsonl'));
  it('is a balanced set of at least 80 rows', () => {
    const pos = rows.filter((r) => r.label).length;
    assert.ok(rows.length >= 80);
    assert.ok(pos >= rows.length * 0.4 && pos <= rows.length * 0.6);
    assert.strictEqual(new Set(rows.map((r) => r.id)).size, rows.length);
  });
  it('reaches balanced accuracy of at least 0.95', () => {
    let tp = 0;
    let tn = 0;
    let p = 0;
    for (const r of rows) {
      const got = types(r.text).includes('agi');
      if (r.label) {
        p++;
        if (got) tp++;
      } else if (!got) tn++;
    }
    const ba = (tp / p + tn / (rows.length - p)) / 2;
    assert.ok(ba >= 0.95, `balanced accuracy ${ba}`);
  });
  it('never reads the tax meaning of AGI as artificial general intelligence', () => {
    assert.ok(!types('Adjusted Gross Income (AGI) means adjusted gross income as defined in the Internal Revenue Code.').includes('agi'));
    assert.ok(!types('The AGILE team uses MAGIC tools.').includes('agi'));
  });
});

describe('cues', () => {
  it('are exact slices, shifted by the offset argument', () => {
    const text = 'Distributor shall have the exclusive right to sell the Products, and this Agreement shall be governed by the laws of the State of New York.';
    for (const offset of [0, 17, 123_456]) {
      const out = classifier.classify(text, offset);
      assert.ok(out.some((a) => a.type === 'exclusivity'));
      assert.ok(out.some((a) => a.type === 'governing-law'));
      assertCuesExact(text, offset, out);
    }
    const ex = classifier.classify(text, 100).find((a) => a.type === 'exclusivity');
    assert.strictEqual(ex?.cues[0].text, 'exclusive');
    assert.strictEqual(ex?.cues[0].start, 100 + text.indexOf('exclusive'));
  });
  it('are exact on every vendored and AGI row', () => {
    const texts = [
      ...readJsonl<{ text: string }>(path.join(FIXTURES, 'cuad', 'sample.jsonl')),
      ...readJsonl<{ text: string }>(path.join(FIXTURES, 'agi', 'agi.jsonl')),
    ].map((r) => r.text);
    for (const t of texts) assertCuesExact(t, 42, classifier.classify(t, 42));
  });
  it('give the CLI record shape', () => {
    const rec = toClassifyRecord('c1', classifier.classify('This Agreement shall be governed by the laws of Japan.'));
    assert.deepStrictEqual(rec.types, ['governing-law']);
    assert.strictEqual(rec.id, 'c1');
    assert.deepStrictEqual(Object.keys(rec.cues[0]).sort(), ['end', 'start', 'text', 'type']);
  });
});

describe('rule regexes', () => {
  it('use only bounded quantifiers (no +, * outside character classes)', () => {
    for (const r of RULES) {
      for (const p of [...r.pos, ...r.neg]) {
        const src = p.re.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'C');
        assert.ok(!/[+*]/.test(src), `${r.id}: /${p.re.source}/`);
        assert.ok(!p.re.global && !p.re.sticky, `${r.id}: flags`);
      }
    }
  });
});

describe('prefilter (word gate)', () => {
  it('gates almost every pattern by a word', () => {
    // Only patterns starting with a literal non-letter or a digit class may scan the whole clause.
    for (const p of ungatedPatterns()) assert.match(p, /: \/(?:\\?[%$(]|\\d)/, p);
  });
  it('reads required word prefixes from a regex source', () => {
    assert.deepStrictEqual(requiredPrefixes(String.raw`\bexclusiv(?:e|ely)\b`), ['excl']);
    assert.deepStrictEqual(requiredPrefixes(String.raw`\b(?:law|governed)\b|\bjurisdiction`), ['law', 'gove', 'juri']);
    assert.deepStrictEqual(requiredPrefixes(String.raw`(?<!\bnon-?\s?)\bexclusive`), ['excl']);
    assert.strictEqual(requiredPrefixes(String.raw`\b(?:a|an)\s+term`), null);
    assert.strictEqual(requiredPrefixes(String.raw`%\s+of`), null);
    assert.strictEqual(requiredPrefixes(String.raw`\bte?rm`), null);
  });
  it('never changes a decision: gated results equal a full evaluation of every rule', () => {
    const texts = [
      ...readJsonl<{ text: string }>(path.join(FIXTURES, 'cuad', 'sample.jsonl')),
      ...readJsonl<{ text: string }>(path.join(FIXTURES, 'agi', 'agi.jsonl')),
      ...Object.values(CASES).flatMap((c) => [...c.pos, ...c.neg]),
    ].map((r) => (typeof r === 'string' ? r : r.text));
    for (const t of texts) {
      const full = Object.entries(scoreBuiltinTypes(t)).filter(([, s]) => s >= 1).map(([id]) => id).sort();
      assert.deepStrictEqual(types(t).sort(), full, t);
    }
  });
});

describe('custom clause types', () => {
  const custom: CustomClauseType[] = [
    { id: 'data-room', title: 'Data room', cues: ['data room', 'virtual data room'] },
    { id: 'weird', title: 'Weird', cues: ['a.b*c', '(x+)+y', 'C++', '$100'] },
  ];
  const c = createClassifier(custom);
  it('matches literal phrases case-insensitively and as whole words, with exact cues', () => {
    const text = 'The Seller shall keep the Virtual   Data Room open until Closing.';
    const out = c.classify(text, 10);
    const dr = out.find((a) => a.type === 'data-room');
    assert.ok(dr);
    assert.strictEqual(dr.confidence, CUSTOM_CONFIDENCE);
    assert.deepStrictEqual(dr.cues.map((x) => x.text).sort(), ['Data Room', 'Virtual   Data Room']);
    assertCuesExact(text, 10, out);
    assert.deepStrictEqual(c.classify('The data roomy hall; metadata rooms.').filter((a) => a.type === 'data-room'), []);
  });
  it('treats regex metacharacters in phrases literally', () => {
    assert.ok(c.classify('Item a.b*c is listed.').some((a) => a.type === 'weird'));
    assert.ok(!c.classify('Item aXbbbc is listed.').some((a) => a.type === 'weird'));
    assert.ok(c.classify('We write C++ code.').some((a) => a.type === 'weird'));
    assert.ok(c.classify('Fee: $100 per unit.').some((a) => a.type === 'weird'));
    assert.ok(!c.classify('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy').some((a) => a.type === 'weird'));
    assert.ok(c.classify('literally (x+)+y here').some((a) => a.type === 'weird'));
  });
  it('adds cues to a built-in type of the same id', () => {
    const k = createClassifier([{ id: 'exclusivity', title: 'Exclusivity', cues: ['sole supplier'] }]);
    const out = k.classify('Acme shall be the sole supplier and the exclusive distributor.');
    const ex = out.filter((a) => a.type === 'exclusivity');
    assert.strictEqual(ex.length, 1);
    assert.ok(ex[0].cues.some((x) => x.text === 'sole supplier'));
  });
  it('ignores empty and malformed phrases', () => {
    const k = createClassifier([
      { id: 'x', title: 'X', cues: ['', '   ', 'ok phrase'] },
      { id: 'y', title: 'Y', cues: [] },
    ]);
    assert.deepStrictEqual(k.classify('an ok phrase here').filter((a) => a.type === 'x').length, 1);
    assert.deepStrictEqual(k.classify('nothing').filter((a) => a.type === 'x' || a.type === 'y'), []);
  });
  it('stays fast with 10,000 phrases', () => {
    const cues = Array.from({ length: 10_000 }, (_, i) => `term${i} alpha${i % 97}`);
    const t0 = Date.now();
    const k = createClassifier([{ id: 'many', title: 'Many', cues }]);
    const text = ('Lorem ipsum term42 alpha42 dolor sit amet. ').repeat(2000);
    const out = k.classify(text);
    const ms = Date.now() - t0;
    assert.ok(out.some((a) => a.type === 'many'));
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});

describe('bad input', () => {
  it('never throws and returns plain arrays', () => {
    const junk = [
      '', ' ', '\u0000\u0001\uffff', '\ud800\udc00\ud800', '(((((', '"""""', 'İİİ exclusive İİİ',
      String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
    ];
    for (const j of junk) {
      const out = classifier.classify(j, 5);
      assert.ok(Array.isArray(out));
      assertCuesExact(j, 5, out);
    }
    assert.deepStrictEqual(classifier.classify(undefined as unknown as string), []);
    assert.deepStrictEqual(classifier.classify(42 as unknown as string), []);
    assert.ok(Array.isArray(classifier.classify('exclusive', Number.NaN)));
  });
  it('handles a 200,000-character line quickly', () => {
    const words = ['shall', 'not', 'exclusive', 'terminate', 'notice', 'the', 'term', 'of', 'law', 'grant', 'license', 'renew', '%', '$5', 'a'];
    const line = Array.from({ length: 40_000 }, (_, i) => words[(i * 31) % words.length]).join(' ').slice(0, 200_000);
    for (const text of [line, 'a'.repeat(200_000), ' '.repeat(200_000), 'shall not '.repeat(20_000)]) {
      const t0 = Date.now();
      const out = classifier.classify(text);
      const ms = Date.now() - t0;
      assert.ok(Array.isArray(out));
      assert.ok(ms < 1000, `took ${ms} ms`);
    }
  });
});
