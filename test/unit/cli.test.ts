import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { frontMatterTerms, resolveModelPath, collectDrafts } from '../../src/cli/files';

interface Captured { code: number; out: string; err: string }

function run(args: string[], stdin = ''): Captured {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => { out += `${s}\n`; }, err: (s) => { err += `${s}\n`; }, readStdin: () => stdin });
  return { code, out, err };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clause-cli-'));
}

const MODEL = `agreement: Test
parties:
  acme: { name: Acme Corp., aliases: [Acme] }
terms:
  distribution: { type: exclusivity, holder: acme, exclusive: false }
`;

describe('CLI', () => {
  it('prints usage and exits 2 without a command, 2 for an unknown command or option', () => {
    assert.strictEqual(run([]).code, 2);
    const r = run(['frobnicate']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /unknown command "frobnicate"/);
    assert.strictEqual(run(['check', '--bogus']).code, 2);
    assert.match(run(['check', '--format', 'xml']).err, /--format must be text, json or sarif/);
    assert.match(run(['check', '--fail-on']).err, /--fail-on needs a value/);
    assert.match(run(['check', '--severity', 'nope=error']).err, /--severity takes CODE=/);
  });

  it('--help after a command prints the usage and exits 0 (it is not a file or an unknown option)', () => {
    for (const args of [['--help'], ['check', '--help'], ['classify', '-h'], ['init', 'draft.md', '--help']]) {
      const r = run(args);
      assert.deepStrictEqual([r.code, r.err], [0, ''], args.join(' '));
      assert.match(r.out, /^Usage:\n {2}clause-annotator check/, args.join(' '));
    }
  });

  it('exits 2 with a message for an unreadable path', () => {
    const r = run(['check', path.join(tmpdir(), 'missing.contract.md')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /no such file or folder/);
  });

  it('check finds drafts in folders by the language file patterns only', () => {
    const d = tmpdir();
    fs.writeFileSync(path.join(d, 'a.contract.md'), '# A\n\n1. Hello.\n');
    fs.mkdirSync(path.join(d, 'sub'));
    fs.writeFileSync(path.join(d, 'sub', 'b.contract.txt'), 'Hello.\n');
    fs.writeFileSync(path.join(d, 'sub', 'c.contract'), 'Hello.\n');
    fs.writeFileSync(path.join(d, 'notes.md'), 'not a draft\n');
    fs.mkdirSync(path.join(d, 'node_modules'));
    fs.writeFileSync(path.join(d, 'node_modules', 'x.contract.md'), 'skipped\n');
    const { drafts } = collectDrafts([d]);
    assert.deepStrictEqual(drafts.map((p) => path.relative(d, p)).sort(), ['a.contract.md', path.join('sub', 'b.contract.txt'), path.join('sub', 'c.contract')].sort());
  });

  it('resolves the model: --model, then front matter, then the nearest *.terms.yaml upwards (up to the git root)', () => {
    const d = tmpdir();
    fs.mkdirSync(path.join(d, 'deal', 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(d, 'deal', 'deal.terms.yaml'), MODEL);
    const draft = path.join(d, 'deal', 'drafts', 'x.contract.md');
    assert.strictEqual(resolveModelPath(draft, 'text'), path.join(d, 'deal', 'deal.terms.yaml'));
    assert.strictEqual(resolveModelPath(draft, '---\nterms: ../other.terms.yaml\n---\n'), path.join(d, 'deal', 'other.terms.yaml'));
    assert.strictEqual(resolveModelPath(draft, 'text', '/explicit.terms.yaml'), '/explicit.terms.yaml');
    fs.writeFileSync(path.join(d, 'deal', 'drafts', 'a.terms.yaml'), MODEL);
    fs.writeFileSync(path.join(d, 'deal', 'drafts', 'x.terms.yaml'), MODEL);
    assert.strictEqual(resolveModelPath(draft, 'text'), path.join(d, 'deal', 'drafts', 'x.terms.yaml'), "the draft's own model wins in its folder");
    // Not above the draft's git repository: a model there belongs to something else
    fs.mkdirSync(path.join(d, 'repo', 'drafts'), { recursive: true });
    const inRepo = path.join(d, 'repo', 'drafts', 'y.contract.md');
    fs.writeFileSync(path.join(d, 'outside.terms.yaml'), MODEL);
    assert.strictEqual(resolveModelPath(inRepo, 'text'), path.join(d, 'outside.terms.yaml'), 'no repository: the nearest upwards');
    fs.mkdirSync(path.join(d, 'repo', '.git'));
    assert.strictEqual(resolveModelPath(inRepo, 'text'), undefined, 'the repository root is the last folder searched');
    fs.writeFileSync(path.join(d, 'repo', 'repo.terms.yaml'), MODEL);
    assert.strictEqual(resolveModelPath(inRepo, 'text'), path.join(d, 'repo', 'repo.terms.yaml'), "the repository root's own model");
    assert.strictEqual(frontMatterTerms('\uFEFF---\r\ntitle: x\r\nterms: "a b.terms.yaml" # c\r\n---\r\n'), 'a b.terms.yaml');
    assert.strictEqual(frontMatterTerms('no front matter\nterms: x\n'), undefined);
  });

  it('of several models in a folder, uses the one named after the draft or its deal; none when no name says, with a note', () => {
    const d = tmpdir();
    fs.writeFileSync(path.join(d, 'b.terms.yaml'), MODEL);
    fs.writeFileSync(path.join(d, 'a.terms.yaml'), MODEL);
    fs.writeFileSync(path.join(d, 'z.contract.md'), '# Agreement\n\n1. Hello.\n');
    // another deal's model would report its terms as conflicts: checked without one, and said
    const r = run(['check', path.join(d, 'z.contract.md'), '--format', 'json']);
    assert.match(r.err, /note: .*z\.contract\.md: 2 term models in .* and none is named after the draft; checked without one/);
    assert.strictEqual(JSON.parse(r.out).files[0].model, null, 'the output stays valid JSON');
    // a version of the deal's draft ("a.v2", "a-redline", "a.bad") is the deal's
    for (const name of ['a.v2.contract.md', 'a-redline.md', 'A.bad.md', 'a_2027.txt']) {
      assert.strictEqual(resolveModelPath(path.join(d, name), 'text'), path.join(d, 'a.terms.yaml'), name);
    }
    assert.strictEqual(resolveModelPath(path.join(d, 'ab.md'), 'text'), undefined, 'a longer name is another deal');
    fs.writeFileSync(path.join(d, 'a-redline.terms.yaml'), MODEL);
    assert.strictEqual(resolveModelPath(path.join(d, 'a-redline-3.md'), 'text'), path.join(d, 'a-redline.terms.yaml'), 'the longest name wins');
    fs.writeFileSync(path.join(d, 'z.terms.yaml'), MODEL);
    assert.strictEqual(run(['check', path.join(d, 'z.contract.md')]).err, '', "the draft's own model: nothing to say");
  });

  it('the summary counts the drafts checked: a draft without findings too, a term model\'s own problems not', () => {
    const d = tmpdir();
    fs.writeFileSync(path.join(d, 'a.contract.md'), '# Agreement\n\n1. Hello.\n');
    assert.match(run(['check', path.join(d, 'a.contract.md')]).out, /^0 error\(s\), 0 warning\(s\), 0 information, 0 hint\(s\) in 1 file\(s\)$/m);
    fs.writeFileSync(path.join(d, 'a.terms.yaml'), 'terms:\n  n: { type: notice-period, duration: 48 hours }\n');
    assert.match(run(['check', path.join(d, 'a.contract.md')]).out, /^1 error\(s\), 0 warning\(s\), 0 information, 0 hint\(s\) in 1 file\(s\)$/m);
  });

  it('text output ends with the term model each draft was checked against, found in a parent folder too', () => {
    const d = tmpdir();
    fs.mkdirSync(path.join(d, 'drafts'));
    fs.mkdirSync(path.join(d, 'other'));
    fs.writeFileSync(path.join(d, 'deal.terms.yaml'), MODEL);
    fs.writeFileSync(path.join(d, 'drafts', 'a.contract.md'), '# Agreement\n\n1. Hello.\n');
    fs.writeFileSync(path.join(d, 'drafts', 'b.contract.md'), '# Agreement\n\n1. Hello.\n');
    const lines = run(['check', path.join(d, 'drafts')]).out.trim().split('\n');
    assert.deepStrictEqual(lines.slice(-1), [`term model ${path.join(d, 'deal.terms.yaml')}: 2 draft(s)`]);
    // a draft without any model is counted too
    const e = tmpdir();
    fs.mkdirSync(path.join(e, '.git')); // the repository root: the search for a model stops there
    fs.writeFileSync(path.join(e, 'none.contract.md'), '# Agreement\n\n1. Hello.\n');
    const mixed = run(['check', path.join(d, 'drafts', 'a.contract.md'), path.join(e, 'none.contract.md')]).out.trim().split('\n');
    assert.deepStrictEqual(mixed.slice(-2), [`term model ${path.join(d, 'deal.terms.yaml')}: 1 draft(s)`, 'no term model: 1 draft(s)']);
  });

  it('reports term-model problems in the model file, in text, JSON and SARIF, with exit codes by --fail-on', () => {
    const d = tmpdir();
    fs.writeFileSync(path.join(d, 'bad.terms.yaml'), 'terms:\n  x: { type: exclusivity, exclusive: [1, 2\n');
    fs.writeFileSync(path.join(d, 'a.contract.md'), '# Agreement\n\n1. Hello.\n');
    const text = run(['check', d]);
    const json = JSON.parse(run(['check', d, '--format', 'json']).out);
    assert.strictEqual(json.version, 1);
    const modelEntry = json.files.find((f: { path: string }) => f.path.endsWith('bad.terms.yaml'));
    assert.ok(modelEntry, 'the model has its own entry');
    assert.ok(modelEntry.findings.length >= 1, 'a syntax problem is reported');
    assert.ok(modelEntry.findings.some((f: { code: string }) => f.code === 'model-syntax'));
    assert.strictEqual(typeof modelEntry.findings[0].range.start.line, 'number');
    assert.strictEqual(text.code, 1, 'an error reaches the default --fail-on error');
    assert.match(text.out, /bad\.terms\.yaml:\d+:\d+ error model-syntax /);
    assert.match(text.out, /\d+ error\(s\), \d+ warning\(s\)/);
    assert.strictEqual(run(['check', d, '--fail-on', 'none']).code, 0);
    const demote = ['--severity', 'model-syntax=warning', '--severity', 'model-schema=warning'];
    assert.strictEqual(run(['check', d, ...demote]).code, 0);
    assert.strictEqual(run(['check', d, ...demote, '--fail-on', 'warning']).code, 1);
    assert.doesNotMatch(run(['check', d, '--severity', 'model-syntax=off', '--severity', 'model-schema=off']).out, /model-s/);

    const sarif = JSON.parse(run(['check', d, '--format', 'sarif']).out);
    assert.strictEqual(sarif.version, '2.1.0');
    const runObj = sarif.runs[0];
    assert.strictEqual(runObj.tool.driver.name, 'Clause Annotator');
    const ruleIds = new Set(runObj.tool.driver.rules.map((r: { id: string }) => r.id));
    for (const res of runObj.results) {
      assert.ok(ruleIds.has(res.ruleId), res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
      const reg = res.locations[0].physicalLocation.region;
      assert.ok(reg.startLine >= 1 && reg.startColumn >= 1);
    }
  });

  it('classify reads JSON lines and writes one line per input, reporting bad lines', () => {
    const r = run(['classify', '-'], '{"id": 1, "text": "hello"}\n\nnot json\n{"id": 2, "text": "world"}\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => l.id), [1, 2]);
    for (const l of lines) {
      assert.ok(Array.isArray(l.types));
      assert.ok(Array.isArray(l.cues));
    }
    assert.match(r.err, /line 3: not valid JSON/);
    assert.strictEqual(r.code, 2);
  });

  it('init never overwrites an existing file', () => {
    const d = tmpdir();
    const draft = path.join(d, 'deal.contract.md');
    fs.writeFileSync(draft, '# Deal\n\n1. Hello.\n');
    fs.writeFileSync(path.join(d, 'deal.terms.yaml'), 'keep me\n');
    const r = run(['init', draft]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /already exists; not overwriting/);
    assert.strictEqual(fs.readFileSync(path.join(d, 'deal.terms.yaml'), 'utf8'), 'keep me\n');
    const out = path.join(d, 'new.terms.yaml');
    assert.strictEqual(run(['init', draft, '--out', out]).code, 0);
    assert.ok(fs.existsSync(out));
  });
});
