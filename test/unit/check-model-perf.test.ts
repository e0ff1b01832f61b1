/**
 * The helpers that make the draft-vs-model rules fast (issue 8) give the same answers as the plain code they replace:
 * character tests instead of end-anchored regexes, one whole-text needle search instead of a search per clause,
 * a shared clause index instead of a pass over every clause per rule, and shared caches that never change a result.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/core/analyze';
import { parseTermModel } from '../../src/core/model/parse';
import { compoundBefore, oddNon, polarityFix } from '../../src/core/check/model/exclusivity';
import {
  clauseIndex, findPartyMentions, mergePositions, partyNeedles, partyPresence, positionsOfKind,
} from '../../src/core/check/model/util';
import { linkClauses } from '../../src/core/check/link';
import { MODEL_RULES } from '../../src/core/check/model';
import type { CheckContext } from '../../src/core/check/context';
import type { Clause, TermModel } from '../../src/core/types';
import { clause, exclV, model, pctV, segmentation } from './check-model-helpers';

/** Strings made of the characters these helpers look at, so that matches are frequent. */
const ALPHABET = ['n', 'N', 'o', 'O', 'x', '-', ' ', '\t', '\n', '\u00a0', '\u2011', '\u2212', '\u00ad', '(', '"', '“', "'", '‘', 'a', 'Z', '1', 'é'];
const smallString = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 12 }).map((a) => a.join(''));

describe('model rules: fast helpers answer as the plain code', () => {
  it('oddNon equals /non[\\u2010-\\u2015\\u2212\\u00ad]$/i on any slice', () => {
    fc.assert(fc.property(smallString, fc.nat(14), fc.nat(14), (s, a, b) => {
      const lo = Math.min(a, s.length);
      const e = Math.min(Math.max(b, lo), s.length);
      assert.strictEqual(oddNon(s, lo, e), /non[\u2010-\u2015\u2212\u00ad]$/i.test(s.slice(lo, e)));
    }), { numRuns: 3000 });
    assert.strictEqual(oddNon('a non\u2011', 0, 6), true);
    assert.strictEqual(oddNon('NON\u2212', 0, 4), true);
    assert.strictEqual(oddNon('non-', 0, 4), false);
  });

  it('compoundBefore equals /(?:[A-Za-z]|-\\s?)$/ on any slice, empty ones included', () => {
    fc.assert(fc.property(smallString, fc.nat(14), fc.nat(14), (s, a, b) => {
      const lo = Math.min(a, s.length);
      const e = Math.min(Math.max(b, lo), s.length);
      assert.strictEqual(compoundBefore(s, lo, e), /(?:[A-Za-z]|-\s?)$/.test(s.slice(lo, e)));
    }), { numRuns: 3000 });
    assert.strictEqual(compoundBefore('co- ', 0, 4), true);
    assert.strictEqual(compoundBefore('co-\u00a0', 0, 4), true);
    assert.strictEqual(compoundBefore('an ', 0, 3), false);
    assert.strictEqual(compoundBefore('', 0, 0), false);
  });

  it('polarityFix gives the same edit whether remembered or not, with the article of its own place', () => {
    const text = 'grants an exclusive right; an exclusive one; a Exclusive; (exclusive) and A exclusive.';
    const spans: [string, number][] = [];
    for (let j = text.toLowerCase().indexOf('exclusive'); j !== -1; j = text.toLowerCase().indexOf('exclusive', j + 1)) spans.push([text.slice(j, j + 9), j]);
    const first = spans.map(([w, j]) => polarityFix(text, { kind: 'exclusive', start: j, end: j + 9, text: w, value: true }, false));
    const again = spans.map(([w, j]) => polarityFix(text, { kind: 'exclusive', start: j, end: j + 9, text: w, value: true }, false));
    assert.deepStrictEqual(again, first);
    assert.deepStrictEqual(first[0], { start: text.indexOf('an exclusive'), end: text.indexOf('an exclusive') + 12, newText: 'a non-exclusive' });
    assert.deepStrictEqual(first[3], { start: text.indexOf('(exclusive') + 1, end: text.indexOf('(exclusive') + 10, newText: 'non-exclusive' });
    const shifted = 'xx' + text;
    const moved = spans.map(([w, j]) => polarityFix(shifted, { kind: 'exclusive', start: j + 2, end: j + 11, text: w, value: true }, false));
    assert.deepStrictEqual(moved, first.map((f) => f && { ...f, start: f.start + 2, end: f.end + 2 }));
  });

  it('mergePositions', () => {
    fc.assert(fc.property(fc.array(fc.uniqueArray(fc.nat(30)).map((a) => a.sort((x, y) => x - y)), { maxLength: 4 }), (lists) => {
      assert.deepStrictEqual(mergePositions(lists), [...new Set(lists.flat())].sort((x, y) => x - y));
    }), { numRuns: 1000 });
  });

  it('partyPresence says no only where findPartyMentions finds nothing', () => {
    const m = parseTermModel('parties:\n  acme: { name: Acme Corp., aliases: [Acme, the Distributor] }\n  beta: Beta Labs Ltd.\nterms: {}\n').model as TermModel;
    const needles = partyNeedles(m);
    const words = ['Acme', 'Acme Corp.', 'the Distributor', 'Beta', 'Beta Labs Ltd.', 'AcmeX', 'xAcme', ' ', '. ', 'The', 'Operating', '\n'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((x) => x.join(' '));
    fc.assert(fc.property(text, fc.nat(400), fc.nat(400), (t, a, b) => {
      const present = partyPresence(t, needles);
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      if (!present(start, end)) assert.deepStrictEqual(findPartyMentions(t, start, end, needles), []);
    }), { numRuns: 1500 });
  });

  it('the clause index lists exactly the clauses with each value kind and type, in order', () => {
    const text = 'A. exclusive licence. B. 20% of revenue. C. nothing here. D. an exclusive 5% share.';
    const cs: Clause[] = [
      clause(text, 'A. exclusive licence.', 0, 'A', ['license-grant'], [exclV(text, 'exclusive', true)]),
      clause(text, 'B. 20% of revenue.', 1, 'B', ['revenue-share'], [pctV(text, '20%', 20)]),
      clause(text, 'C. nothing here.', 2, 'C', []),
      clause(text, 'D. an exclusive 5% share.', 3, 'D', ['revenue-share', 'exclusivity'], [exclV(text, 'exclusive', true, 1), pctV(text, '5%', 5)]),
    ];
    const index = clauseIndex(cs);
    assert.deepStrictEqual(positionsOfKind(index, 'exclusive'), [0, 3]);
    assert.deepStrictEqual(positionsOfKind(index, 'percent'), [1, 3]);
    assert.deepStrictEqual(positionsOfKind(index, 'date'), []);
    assert.deepStrictEqual(index.byType.get('revenue-share'), [1, 3]);
    assert.strictEqual(clauseIndex(cs), index, 'built once per clause list');
  });

  it('links by confidence also when a confidence is not a finite number (the plain sort is kept then)', () => {
    const text = '1. Acme grants an exclusive licence and a share of revenue.';
    const yaml = 'terms:\n  lic: { type: license-grant }\n  share: { type: revenue-share }\n';
    const m = model(yaml, { terms: { lic: { type: 'license-grant' }, share: { type: 'revenue-share' } } });
    for (const conf of [[0.4, 0.9], [0.9, 0.4], [0.5, 0.5], [NaN, 0.5], [0.5, Infinity], [-0, 0]]) {
      const c: Clause = { ...clause(text, text, 0, '1', []), types: [{ type: 'license-grant', confidence: conf[0], cues: [] }, { type: 'revenue-share', confidence: conf[1], cues: [] }] };
      const r = linkClauses(text, [c], segmentation([c]), m);
      const sorted = [...c.types].sort((a, b) => b.confidence - a.confidence);
      const first = sorted[0].type === 'license-grant' ? 'lic' : 'share';
      assert.strictEqual(r.links[0]?.term, first, `confidences ${conf}`);
      assert.deepStrictEqual(r.termLinks, { lic: [0], share: [0] });
    }
  });
});

describe('model rules: caches never change a result', () => {
  const YAML = `effective: 2025-10-28
parties:
  microsoft: { name: Microsoft Corporation, aliases: [Microsoft] }
  openai: { name: OpenAI Group PBC, aliases: [OpenAI] }
terms:
  model-access: { type: exclusivity, holder: microsoft, exclusive: false }
  ip-license: { type: license-grant, licensee: microsoft, licensor: openai, ends: 2032-12-31 }
  revenue-share: { type: revenue-share, payer: microsoft, payee: openai, rate: 12% }
  agi: { type: agi, allowed: false }
`;
  const FRAGMENTS = [
    '## 2. Access\n\n', '2.1 ', '<!-- term: ip-license -->\n', 'OpenAI grants Microsoft exclusive access to the models. ',
    'Microsoft shall pay OpenAI twenty percent (20%) of revenue. ', 'OpenAI shall pay Microsoft 12% ', 'until December 31, 2030. ',
    'three (3) years after the Effective Date ', 'If the Board declares AGI, access ends. ', 'This Agreement expires on October 27, 2034. ',
    'non\u2011exclusive ', 'Exclusive Territory ', '\n\n', 'a sole and exclusive remedy ', 'licensed to OpenAI ',
  ];
  const draftArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 30 }).map((p) => p.join(''));

  it('each rule on a fresh context equals the same rule after the others filled the shared caches', () => {
    const m = parseTermModel(YAML).model as TermModel;
    fc.assert(fc.property(draftArb, (draft) => {
      const a = analyzeDocument(draft, m);
      const ctx = (): CheckContext => ({
        text: draft, segmentation: { frontMatter: a.frontMatter, sections: a.sections, clauses: a.clauses, ignored: [], termMarkers: a.termMarkers, ignoreMarkers: [] },
        clauses: a.clauses.slice(), definitions: a.definitions, termUses: a.termUses, references: a.references, model: m, termLinks: { ...a.termLinks },
      });
      const shared = ctx();
      const together = MODEL_RULES.map((r) => r.check(shared));
      const alone = MODEL_RULES.map((r) => r.check(ctx()));
      assert.deepStrictEqual(together, alone);
    }), { numRuns: 150 });
  });
});
