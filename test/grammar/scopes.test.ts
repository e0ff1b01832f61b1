/**
 * The `text.contract` grammar, tokenized by the real engine (vscode-textmate + vscode-oniguruma) with VS Code's
 * Markdown grammar from the npm package `tm-grammars` embedded: fixtures with the expected scope of given tokens.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import { BUILTIN_TYPE_IDS } from '../../src/core/types';
import { CONTRACT_GRAMMAR_PATH, CONTRACT_SCOPE, loadGrammar, tokenizeDocument, type TokenizedLine } from './engine';

let grammar: IGrammar;

before(async () => {
  grammar = await loadGrammar(CONTRACT_SCOPE);
});

/**
 * Scope stacks of the tokens that cover occurrence `nth` of `needle` in the document; asserts the needle starts and
 * ends on token boundaries (so a scope covers exactly that text, not a larger or smaller span).
 */
function scopesOf(doc: TokenizedLine[], needle: string, nth = 0): string[][] {
  let seen = 0;
  for (const { line, tokens } of doc) {
    let from = 0;
    for (;;) {
      const start = line.indexOf(needle, from);
      if (start < 0) break;
      if (seen++ === nth) {
        const end = start + needle.length;
        const covering = tokens.filter((t) => t.startIndex < end && t.endIndex > start);
        assert.ok(covering.length > 0, `no token covers ${JSON.stringify(needle)}`);
        assert.strictEqual(covering[0].startIndex, start, `${JSON.stringify(needle)} starts a token in: ${line}`);
        assert.strictEqual(Math.min(covering[covering.length - 1].endIndex, line.length), end, `${JSON.stringify(needle)} ends a token in: ${line}`);
        return covering.map((t) => [...t.scopes]);
      }
      from = start + 1;
    }
  }
  throw new Error(`${JSON.stringify(needle)} (occurrence ${nth}) not found`);
}

function expectScope(doc: TokenizedLine[], needle: string, scope: string, nth = 0): string[][] {
  const stacks = scopesOf(doc, needle, nth);
  for (const s of stacks) assert.ok(s.includes(scope), `${JSON.stringify(needle)} has ${scope}; got ${s.join(' ')}`);
  return stacks;
}

function ourScopes(doc: TokenizedLine[]): string[] {
  return doc.flatMap((l) => l.tokens.flatMap((t) => t.scopes.filter((s) => s.endsWith('.contract') && s !== CONTRACT_SCOPE)));
}

const tok = (text: string) => tokenizeDocument(grammar, text);

describe('grammar: contract scopes with the real TextMate engine', () => {
  it('embeds Markdown (headings, lists and paragraphs keep their Markdown scopes)', () => {
    const doc = tok('# Master Agreement\n\n- Distributor shall have the exclusive right.\n\nPlain text.\n');
    expectScope(doc, 'Master Agreement', 'markup.heading.markdown');
    expectScope(doc, '-', 'punctuation.definition.list.begin.markdown');
    expectScope(doc, 'Plain text.', 'meta.paragraph.markdown');
    assert.strictEqual(doc[0].tokens[0].scopes[0], CONTRACT_SCOPE);
  });

  it('"exclusive" in a list item is an exclusivity cue; "non-exclusive" gets only the negated scope', () => {
    const doc = tok('- Distributor shall have the exclusive right to sell.\n- Licensor grants a non-exclusive licence.\n- A Non-Exclusive Licence and a nonexclusive one.\n');
    const [excl] = expectScope(doc, 'exclusive', 'keyword.other.clause.exclusivity.contract');
    assert.ok(excl.includes('markup.list.unnumbered.markdown'), 'inside the Markdown list');
    for (const needle of ['non-exclusive', 'Non-Exclusive', 'nonexclusive']) {
      const stacks = expectScope(doc, needle, 'keyword.other.clause.exclusivity.negated.contract');
      for (const s of stacks) assert.ok(!s.includes('keyword.other.clause.exclusivity.contract'), `${needle} is not plain exclusivity`);
    }
  });

  it('dates, money, percentages and durations', () => {
    const doc = tok(
      [
        'This Agreement expires on December 31, 2032 and the first payment is due 31 January 2026 or 2026-02-01.',
        '',
        'Microsoft invested $13 billion for a 27% stake; a fee of USD 5,000 and 12.5 percent; $1,000,000.00 in cash.',
        '',
        'The term is five (5) years, renewable for 30 days or twelve (12) months after ninety (90) calendar days.',
      ].join('\n'),
    );
    expectScope(doc, 'December 31, 2032', 'constant.numeric.date.contract');
    expectScope(doc, '31 January 2026', 'constant.numeric.date.contract');
    expectScope(doc, '2026-02-01', 'constant.numeric.date.contract');
    expectScope(doc, '$13 billion', 'constant.numeric.money.contract');
    expectScope(doc, 'USD 5,000', 'constant.numeric.money.contract');
    expectScope(doc, '$1,000,000.00', 'constant.numeric.money.contract');
    expectScope(doc, '27%', 'constant.numeric.percentage.contract');
    expectScope(doc, '12.5 percent', 'constant.numeric.percentage.contract');
    expectScope(doc, 'five (5) years', 'constant.numeric.duration.contract');
    expectScope(doc, '30 days', 'constant.numeric.duration.contract');
    expectScope(doc, 'twelve (12) months', 'constant.numeric.duration.contract');
    expectScope(doc, 'ninety (90) calendar days', 'constant.numeric.duration.contract');
  });

  it('defined terms in straight and curly quotes', () => {
    const doc = tok('This agreement (the "Agreement") starts on the date (the “Effective Date”) below.\n');
    expectScope(doc, 'Agreement', 'variable.other.definition.contract');
    expectScope(doc, 'Effective Date', 'variable.other.definition.contract');
    expectScope(doc, '“', 'punctuation.definition.string.begin.contract');
    // a quoted lower-case phrase is not a definition
    const other = tok('He said "hello there" twice.\n');
    assert.ok(!ourScopes(other).includes('variable.other.definition.contract'));
  });

  it('section numbers, captions and numbered headings', () => {
    const doc = tok('## 5. Term and Termination\n\n5.2 Termination for Convenience. Either party may terminate.\n\n(a) the first item;\n\nARTICLE IV\n');
    expectScope(doc, '5.', 'entity.name.section.contract');
    expectScope(doc, ' Term and Termination', 'markup.heading.markdown');
    expectScope(doc, '5.2', 'entity.name.section.contract');
    expectScope(doc, 'Termination for Convenience', 'markup.heading.contract');
    expectScope(doc, '(a)', 'entity.name.section.contract');
    expectScope(doc, 'ARTICLE IV', 'entity.name.section.contract');
  });

  it('term markers: the id is scoped, on its own line and inside a paragraph', () => {
    const doc = tok('<!-- term: agi-definition -->\n\nThe parties agree <!-- term: rev.share_1 --> to share revenue.\n');
    const [own] = expectScope(doc, 'agi-definition', 'entity.name.tag.term.contract');
    assert.ok(own.includes('comment.block.html'));
    expectScope(doc, 'term', 'keyword.other.term-marker.contract');
    const [inline] = expectScope(doc, 'rev.share_1', 'entity.name.tag.term.contract');
    assert.ok(inline.includes('comment.block.html'));
  });

  it('the cue words of every built-in clause type', () => {
    const cases: Record<string, [string, string]> = {
      exclusivity: ['Supplier shall sell exclusively to Buyer.', 'exclusively'],
      agi: ['Once AGI is declared by the board, the Artificial General Intelligence clause applies.', 'AGI'],
      'revenue-share': ['The parties agree to a revenue share and royalties on Net Sales.', 'revenue share'],
      'effective-date': ['This Agreement is effective as of the signature date.', 'effective as of'],
      'expiration-date': ['The licence shall expire at the end of the Term.', 'expire'],
      'renewal-term': ['The Term shall automatically renew for one year.', 'renew'],
      'notice-period': ['Either party may terminate on sixty days prior notice.', 'notice'],
      'license-grant': ['Licensor hereby grants to Licensee a sublicense.', 'hereby grants'],
      'perpetual-license': ['The licence is perpetual and irrevocable.', 'perpetual'],
      'termination-for-convenience': ['Customer may terminate this Agreement for convenience.', 'for convenience'],
      'change-of-control': ['Upon a Change of Control of Supplier, Buyer may terminate.', 'Change of Control'],
      'governing-law': ['This Agreement shall be governed by the laws of New York.', 'governed by'],
      'first-refusal': ['Buyer has a right of first refusal on any sale.', 'right of first refusal'],
      'most-favored-nation': ['Supplier grants most favored nation pricing.', 'most favored nation'],
      'non-compete': ['The non-compete lasts one year and the Seller shall not compete.', 'non-compete'],
      'anti-assignment': ['Any assignment without consent is void.', 'assignment'],
      'ip-ownership': ['All intellectual property in the Deliverables vests in Customer.', 'intellectual property'],
      'minimum-commitment': ['Buyer shall meet the minimum purchase each quarter.', 'minimum purchase'],
      'liability-cap': ['The aggregate liability of each party is limited.', 'aggregate liability'],
      'cloud-provider': ['Customer shall use Azure as its cloud provider.', 'cloud provider'],
      equity: ['The investor receives equity and shares of common stock.', 'equity'],
    };
    assert.deepStrictEqual(Object.keys(cases).sort(), [...BUILTIN_TYPE_IDS].sort(), 'a case for every built-in type');
    for (const [id, [sentence, cue]] of Object.entries(cases)) {
      expectScope(tok(sentence + '\n'), cue, `keyword.other.clause.${id}.contract`);
    }
    // second cues of a few types
    expectScope(tok('the Artificial General Intelligence clause\n'), 'Artificial General Intelligence', 'keyword.other.clause.agi.contract');
    expectScope(tok('shares of common stock\n'), 'stock', 'keyword.other.clause.equity.contract');
    expectScope(tok('hosted on Azure\n'), 'Azure', 'keyword.other.clause.cloud-provider.contract');
    expectScope(tok('and royalties on sales\n'), 'royalties', 'keyword.other.clause.revenue-share.contract');
  });

  it('the grammar names a cue scope for every built-in clause type', () => {
    const text = fs.readFileSync(CONTRACT_GRAMMAR_PATH, 'utf8');
    for (const id of BUILTIN_TYPE_IDS) assert.ok(text.includes(`"keyword.other.clause.${id}.contract"`), id);
  });

  it('cue words need word boundaries and the right case', () => {
    const scopes = ourScopes(tok('Inexclusively, the renewable licensees; EXPIRATIONS and Reassignment.\n'));
    assert.ok(!scopes.some((s) => s.startsWith('keyword.other.clause.')), scopes.join(' '));
  });

  it('nothing of ours applies inside fenced code, inline code, or link targets', () => {
    const doc = tok(
      [
        '```',
        'exclusive $13 billion 27% December 31, 2032 five (5) years "Effective Date" <!-- term: x -->',
        '1.1 Grant of License.',
        '```',
        '',
        'Text with `exclusive 27%` inline and [a link](https://example.com/exclusive-27%) here.',
      ].join('\n'),
    );
    const fenced = doc.slice(0, 4);
    assert.deepStrictEqual(ourScopes(fenced), []);
    for (const needle of ['exclusive 27%']) for (const s of scopesOf(doc, needle)) assert.ok(!s.some((x) => x.endsWith('.contract') && x !== CONTRACT_SCOPE), s.join(' '));
    // the same words outside the fence are highlighted
    expectScope(tok('exclusive $13 billion\n'), 'exclusive', 'keyword.other.clause.exclusivity.contract');
  });

  it('Markdown inline constructs between highlighted words keep their Markdown scopes', () => {
    const doc = tok('The **exclusive** licence & a `royalty` fee, a [link](https://example.com/x) and an *equity* stake; 27% of Net Sales.\n');
    const [bold] = expectScope(doc, 'exclusive', 'keyword.other.clause.exclusivity.contract');
    assert.ok(bold.includes('markup.bold.markdown'), bold.join(' '));
    expectScope(doc, '**', 'punctuation.definition.bold.markdown');
    expectScope(doc, '&', 'meta.other.valid-ampersand.markdown');
    for (const s of scopesOf(doc, 'royalty')) {
      assert.ok(s.includes('markup.inline.raw.string.markdown') && !s.includes('keyword.other.clause.revenue-share.contract'), s.join(' '));
    }
    expectScope(doc, 'link', 'string.other.link.title.markdown');
    const [italic] = expectScope(doc, 'equity', 'keyword.other.clause.equity.contract');
    assert.ok(italic.includes('markup.italic.markdown'), italic.join(' '));
    expectScope(doc, '27%', 'constant.numeric.percentage.contract');
  });

  it('plain text of paragraphs is scanned in meta.prose.contract runs that never carry over to the next line', () => {
    const lines = ['An exclusive licence & royalties', '- Licensor hereby grants a perpetual licence', '## 5. Renewal of the Term', '"Licensee" means X', 'text', '---'];
    const doc = tok(lines.join('\n') + '\n');
    for (const s of scopesOf(doc, ' licence', 0)) assert.ok(s.includes('meta.prose.contract'), s.join(' '));
    // a setext underline stays Markdown's
    expectScope(doc, '---', 'markup.heading.setext.2.markdown');
    let stack = INITIAL;
    for (const line of lines) {
      const r = grammar.tokenizeLine(line, stack);
      assert.ok(!String(r.ruleStack).includes('meta.prose.contract'), `state after ${JSON.stringify(line)}: ${String(r.ruleStack)}`);
      stack = r.ruleStack;
    }
  });

  it('cues inside headings, block quotes and table cells', () => {
    const doc = tok('### Exclusivity and exclusive rights\n\n> The licence is exclusive.\n\n| Clause | Rate |\n|---|---|\n| exclusive | 27% |\n');
    expectScope(doc, 'exclusive', 'keyword.other.clause.exclusivity.contract', 0);
    expectScope(doc, 'exclusive', 'keyword.other.clause.exclusivity.contract', 1);
    expectScope(doc, 'exclusive', 'keyword.other.clause.exclusivity.contract', 2);
    expectScope(doc, '27%', 'constant.numeric.percentage.contract');
  });
});
