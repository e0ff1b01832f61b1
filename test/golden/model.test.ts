/**
 * Golden tests for the draft-vs-model checks: one test per folder of test/golden/model/, each holding
 * `draft.contract.md`, `model.terms.yaml` and `expected.json` (the findings of the draft-vs-model codes, with
 * 0-based line/character ranges). Run with UPDATE_GOLDEN=1 to rewrite the expected files on purpose
 * (then review the diff).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../src/core/analyze';
import { parseTermModel } from '../../src/core/model/parse';
import { assertGolden, goldenCases, toGolden } from './golden';

const ROOT = path.join(__dirname, 'model');

/** Codes this suite owns: draft vs model, and unknown `<!-- term: ID -->` markers (model-reference in the draft). */
const CODES = new Set(['exclusivity-conflict', 'date-conflict', 'value-conflict', 'party-conflict', 'forbidden-clause', 'missing-clause', 'model-reference']);


const cases = goldenCases(ROOT);

describe('golden: draft vs term model', () => {
  it('has fixtures', () => {
    assert.ok(cases.length >= 8, `expected at least 8 fixture folders in ${ROOT}`);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(ROOT, name);
      const draft = fs.readFileSync(path.join(dir, 'draft.contract.md'), 'utf8');
      const yaml = fs.readFileSync(path.join(dir, 'model.terms.yaml'), 'utf8');
      const parsed = parseTermModel(yaml);
      assert.deepStrictEqual(parsed.problems.map((p) => p.message), [], `${name}: the fixture's model must be valid`);
      assert.ok(parsed.model, `${name}: the model must parse`);
      const analysis = analyzeDocument(draft, parsed.model);
      const actual = toGolden(analysis.findings, draft, CODES);

      // every related location of a model rule points into the model's text, every fix is inside its text
      for (const f of analysis.findings.filter((x) => CODES.has(x.code))) {
        for (const r of f.related) {
          const len = r.where === 'model' ? yaml.length : draft.length;
          assert.ok(r.start >= 0 && r.end <= len && r.start <= r.end, `${name}: related location out of range`);
        }
        for (const x of f.fixes) {
          const len = x.where === 'model' ? yaml.length : draft.length;
          assert.ok(x.start >= 0 && x.end <= len && x.start <= x.end, `${name}: fix out of range`);
        }
      }

      assertGolden(dir, name, actual);
    });
  }

  // A fix must resolve what it fixes: apply every draft fix (or every model fix) and the finding is gone.
  for (const name of cases) {
    it(`${name}: fixes resolve their findings`, () => {
      const dir = path.join(ROOT, name);
      const draft = fs.readFileSync(path.join(dir, 'draft.contract.md'), 'utf8');
      const yaml = fs.readFileSync(path.join(dir, 'model.terms.yaml'), 'utf8');
      const findings = analyzeDocument(draft, parseTermModel(yaml).model).findings.filter((f) => CODES.has(f.code) && f.fixes.length > 0);
      for (const where of ['draft', 'model'] as const) {
        const fixes = findings.map((f) => f.fixes.find((x) => x.where === where)).filter((x): x is NonNullable<typeof x> => x !== undefined);
        if (fixes.length === 0) continue;
        let newDraft = draft;
        let newYaml = yaml;
        for (const x of [...fixes].sort((a, b) => b.start - a.start)) {
          if (where === 'draft') newDraft = newDraft.slice(0, x.start) + x.newText + newDraft.slice(x.end);
          else newYaml = newYaml.slice(0, x.start) + x.newText + newYaml.slice(x.end);
        }
        const reparsed = parseTermModel(newYaml);
        assert.deepStrictEqual(reparsed.problems.map((p) => p.message), [], `${name}: the model stays valid after the ${where} fixes`);
        const after = analyzeDocument(newDraft, reparsed.model).findings.filter((f) => CODES.has(f.code));
        const left = after.filter((f) => findings.some((g) => g.code === f.code && g.term === f.term && g.clause === f.clause));
        assert.deepStrictEqual(left.map((f) => f.message), [], `${name}: after the ${where} fixes`);
      }
    });
  }
});
