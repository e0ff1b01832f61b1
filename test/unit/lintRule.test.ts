import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

/** The architectural rule: src/core may import neither vscode nor Node built-ins. Proven on real ESLint. */
describe('ESLint rule: src/core stays pure', function () {
  this.timeout(60000);
  const root = path.join(__dirname, '..', '..');
  const eslint = new ESLint({ cwd: root });

  async function restricted(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
  }

  for (const spec of ['vscode', 'fs', 'path', 'node:fs', 'child_process', 'os']) {
    it(`fails on an import of "${spec}" under src/core`, async () => {
      const msgs = await restricted('src/core/probe.ts', `import * as x from '${spec}';\nexport const y = x;\n`);
      assert.strictEqual(msgs.length, 1, `expected one restricted-import error for ${spec}`);
      assert.match(msgs[0], /src\/core must (stay pure|not import)/);
    });
  }

  it('fails on process and Buffer globals under src/core', async () => {
    const msgs = await restricted('src/core/extract/probe.ts', 'export const a = process.env.X;\nexport const b = Buffer.from("x");\n');
    assert.strictEqual(msgs.length, 2);
  });

  it('allows vscode outside src/core', async () => {
    const msgs = await restricted('src/features/probe.ts', "import * as vscode from 'vscode';\nexport const y = vscode;\n");
    assert.deepStrictEqual(msgs, []);
  });

  it('allows relative imports inside src/core', async () => {
    const msgs = await restricted('src/core/probe.ts', "import type { Span } from './types';\nexport type S = Span;\n");
    assert.deepStrictEqual(msgs, []);
  });
});
