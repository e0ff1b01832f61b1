/**
 * The incremental analyzer keeps facts across edits. A kept string cut out of one version of the draft would keep
 * that whole version alive (engines share a substring's parent), so a long editing session on a large draft would
 * grow the heap by the draft's size on every edit (it did: 1.8 MB per edit of a 1 MB draft). After many edits of
 * every kind (words, headings, definitions, markers, references, rates, laws) the heap must hold about one version.
 */
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { createAnalyzer } from '../../src/core/incremental';
import { parseTermModel } from '../../src/core/model/parse';
import { buildDraft, seedClauses } from './perf-cases';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './perf-cases';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const SNIPPETS = [
  'x', ' the Licensed Technology ', '\n## 7. Licence Grant and Exclusivity Provisions\n', '\n(b) ', '"Territory Rights Holder" means ',
  '<!-- term: exclusivity -->\n', '<!-- clause-annotator-ignore undefined-term -->\n', 'Section 4.2 of the Purchase Agreement ',
  ' twenty percent (25%) of Net Revenue ', ' governed by the laws of the State of New York; ', 'IN NO EVENT SHALL EITHER PARTY ',
  ' December 31, 2030 ', ' the Confidential Information Protection Period ', '\n\n**"Affiliate Company"** means ',
];

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

describe('incremental analysis keeps no old versions of the draft alive', function () {
  this.timeout(120_000);
  it('150 edits of a 600 KB draft grow the heap by far less than 150 versions of it', () => {
    const model = parseTermModel(fs.readFileSync(path.join(REPO, 'examples/microsoft-openai/partnership.terms.yaml'), 'utf8')).model;
    let text = buildDraft(600_000, seedClauses(), 3);
    const a = createAnalyzer();
    a.analyze(text, model);
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const flat = (s: string): string => s.split('\n').join('\n'); // as TextDocument.getText() hands it over
    const before = heapMb();
    for (let i = 0; i < 150; i++) {
      const at = Math.floor(rand() * text.length);
      text = flat(text.slice(0, at) + SNIPPETS[i % SNIPPETS.length] + text.slice(at + (i % 3)));
      a.analyze(text, model);
    }
    const grown = heapMb() - before;
    const version = (text.length * 2) / 1e6; // UTF-16 bytes of one version
    // leaking, it grew by one version per edit (about 180 MB); without, by a few MB of caches (6 MB here)
    assert.ok(grown < 25 * version, `heap grew ${grown.toFixed(1)} MB; one version is ${version.toFixed(1)} MB`);
  });
});
