/**
 * extensionTestsPath entry point: VS Code (desktop through @vscode/test-electron, or code-server's extension host
 * through test/host/run-exthost-tests.js) calls `run()` inside the extension host.
 * Reports three ways: the returned promise (rejects on failure), a console line `EXTHOST-RESULT {json}`, and a JSON
 * file at $CLAUSE_TEST_RESULTS. Always prints a closing line `N passed, N failed`.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { figures } from './helpers';

interface TestResult { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.CLAUSE_TEST_GREP) mocha.grep(process.env.CLAUSE_TEST_GREP);
  // Restricted Mode pass (test/host/run-exthost-tests.js --untrusted): only *.restricted.test.js; otherwise all others.
  const restricted = process.env.CLAUSE_TEST_UNTRUSTED === '1';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f.endsWith('.restricted.test.js') === restricted).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const results = { passed: 0, failed: 0, pending: 0, tests: [] as TestResult[], figures };
  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        results.failed = failures;
        console.log(`EXTHOST-RESULT ${JSON.stringify(results)}`);
        console.log(`${results.passed} passed, ${results.failed} failed`);
        const out = process.env.CLAUSE_TEST_RESULTS;
        if (out) {
          try {
            fs.mkdirSync(path.dirname(out), { recursive: true });
            fs.writeFileSync(out, JSON.stringify(results, null, 2));
          } catch (e) {
            console.error(e);
          }
        }
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      reject(err);
      return;
    }
    runner.on('pass', (t) => { results.passed++; results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }); });
    runner.on('fail', (t, err: Error) => {
      results.tests.push({ title: t.fullTitle(), state: 'failed', error: String(err && (err.stack ?? err.message)).split('\n').slice(0, 6).join('\n') });
    });
    runner.on('pending', (t) => { results.pending++; results.tests.push({ title: t.fullTitle(), state: 'pending' }); });
  });
}
