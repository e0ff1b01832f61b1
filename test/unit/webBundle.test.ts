/**
 * The browser bundle (`dist/web/extension.js`, what vscode.dev loads) needs no Node API:
 *  1. statically: every global it names, found with the TypeScript binder (exact, not a text search), is an
 *     ECMAScript built-in or a web-worker global; `require` is only ever `require("vscode")`; Node-only globals
 *     appear at most as the operand of `typeof` (a guard that never throws);
 *  2. dynamically: loaded in a `vm` realm with only worker globals (no `process`, `Buffer`, `global`,
 *     `setImmediate`, no general `require`), against a strict `vscode` stub (test/web/vscodeStub.ts), the real
 *     `activate()` runs, the example deal opened as an in-memory `vscode-vfs:` document is analysed, its term model
 *     is read through `workspace.fs`, and the diagnostics it publishes match what the core computes in Node.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, getTypeInfo, parseTermModel } from '../../src/core';
import { scanBundle, type BundleScan } from '../web/freeGlobals';
import { createVscodeStub, type StubDiagnostic, type VscodeStub } from '../web/vscodeStub';
import { CJS_WRAPPER_NAMES, createWorkerSandbox, isEcmaScriptBuiltin, loadCommonJs, NODE_ONLY_GLOBALS, WORKER_GLOBALS, type WorkerSandbox } from '../web/workerSandbox';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'web', 'extension.js');
const EXAMPLE = path.join(ROOT, 'examples', 'microsoft-openai');
const SOURCE = 'Clause Annotator';
const EXPECTED_CODES = ['exclusivity-conflict', 'date-conflict', 'forbidden-clause'] as const;

/** vscode.dev opening a GitHub repository: a virtual file system, no `file:` scheme anywhere. */
const FOLDER = 'vscode-vfs://github/acme/deals';
const DRAFT_URI = `${FOLDER}/microsoft-openai/partnership.contract.md`;
const MODEL_URI = `${FOLDER}/microsoft-openai/partnership.terms.yaml`;

/** `contributes.configuration` defaults, by full key: what VS Code's configuration service would return. */
function settingDefaults(): Record<string, unknown> {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties)) if ('default' in spec) out[key] = spec.default;
  return out;
}

function codeOf(d: StubDiagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

function describeRef(r: { name: string; line: number; column: number; excerpt: string }): string {
  return `${r.name} at ${path.relative(ROOT, BUNDLE)}:${r.line}:${r.column}: …${r.excerpt}…`;
}

/** Resolves with the diagnostics of `uri` on the first `set` that satisfies `ok`; rejects after `timeoutMs`. */
function waitForDiagnostics(stub: VscodeStub, uri: string, ok: (d: readonly StubDiagnostic[]) => boolean, timeoutMs: number): Promise<readonly StubDiagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; output channel: ${JSON.stringify(stub.output)}; listener errors: ${stub.listenerErrors.map(String).join(' | ')}`));
    }, timeoutMs);
    const sub = stub.onDiagnostics((key, diags) => {
      if (key !== uri || !ok(diags)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(diags);
    });
  });
}

describe('web bundle (vscode.dev): no Node APIs', function () {
  this.timeout(30_000);
  let code: string;

  before(function () {
    // Always rebuild (< 1 s): the test is about the sources as they are now.
    execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
    code = fs.readFileSync(BUNDLE, 'utf8');
  });

  describe('static: every global the bundle names', () => {
    let scan: BundleScan;
    before(function () {
      scan = scanBundle(code, BUNDLE);
    });

    it('the scan is exact: references only, not comments, strings, properties or locals', () => {
      const probe = scanBundle([
        '// process.exit(1) in a comment; Buffer in a string:',
        'const s = "Buffer.from(x) and __dirname";',
        'const o = { process: 1, setImmediate() {} }; o.process; o.Buffer;',
        'function f(Buffer) { return Buffer; }',
        'const { process: p } = o;',
        'if (typeof process !== "undefined") p;',
        'require("vscode"); require("fs"); require(s);',
        'setImmediate(f); global.x = __dirname;',
        'import("./chunk.js"); process.env.Y = 2; module.exports = o;',
      ].join('\n'), 'probe.js');
      const seen = probe.refs.map((r) => `${r.name}${r.inTypeof ? ' (typeof)' : ''}${r.args ? `(${r.args.map((a) => (a.literal ? JSON.stringify(a.text) : a.text)).join(',')})` : ''}@${r.line}`);
      assert.deepEqual(seen, ['process (typeof)@6', 'require("vscode")@7', 'require("fs")@7', 'require(s)@7', 'setImmediate(f)@8', 'global@8', '__dirname@8', 'process@9', 'module@9']);
      assert.equal(probe.dynamicImports.length, 1);
    });

    it('requires nothing but "vscode", always as require("vscode")', () => {
      const requires = scan.refs.filter((r) => r.name === 'require');
      assert.ok(requires.length > 0, 'the bundle imports vscode');
      const bad = requires.filter((r) => !r.called || r.args?.length !== 1 || !r.args[0].literal || r.args[0].text !== 'vscode');
      assert.deepEqual(bad.map(describeRef), [], 'every use of require is require("vscode")');
      assert.deepEqual(scan.dynamicImports, [], 'no dynamic import()');
      // `module` only as the wrapper's `module.exports = ...` (esbuild's cjs footer), `exports` not at all.
      const mod = scan.refs.filter((r) => r.name === 'module' || r.name === 'exports');
      assert.deepEqual(mod.filter((r) => r.name !== 'module' || !/^module\.exports\s?=/.test(r.excerpt.slice(r.excerpt.indexOf('module')))).map(describeRef), []);
    });

    it('names Node-only globals (process, Buffer, __dirname, setImmediate, ...) at most as `typeof X`', () => {
      const nodeOnly: ReadonlySet<string> = new Set(NODE_ONLY_GLOBALS);
      const bad = scan.refs.filter((r) => nodeOnly.has(r.name) && !r.inTypeof);
      assert.deepEqual(bad.map(describeRef), []);
    });

    it('uses only ECMAScript built-ins and web-worker globals', () => {
      const worker: ReadonlySet<string> = new Set<string>(WORKER_GLOBALS);
      const wrapper: ReadonlySet<string> = new Set<string>(CJS_WRAPPER_NAMES);
      const names = [...new Set(scan.refs.filter((r) => !r.inTypeof && !wrapper.has(r.name)).map((r) => r.name))].sort();
      const unknown = names.filter((n) => !worker.has(n) && !isEcmaScriptBuiltin(n));
      assert.deepEqual(unknown.map((n) => describeRef(scan.refs.find((r) => r.name === n)!)), []);
      // The scan really sees globals (a broken scan finding nothing would pass the checks above).
      for (const n of ['Map', 'setTimeout', 'TextDecoder']) assert.ok(names.includes(n), `the scan finds ${n}`);
    });
  });

  describe('dynamic: activate and analyse in a worker-like realm', () => {
    let sandbox: WorkerSandbox;
    let stub: VscodeStub;
    let draftText: string;
    let modelText: string;
    let session: Session | undefined;

    interface Api {
      analysis(uri: unknown): Promise<{ findings: { code: string; where: string; start: number; end: number }[] } | undefined>;
    }
    interface Session {
      readonly ext: Record<string, unknown>;
      readonly api: Api;
      readonly subscriptions: { dispose(): unknown }[];
      readonly requested: string[];
    }

    beforeEach(() => {
      draftText = fs.readFileSync(path.join(EXAMPLE, 'partnership.contract.md'), 'utf8');
      modelText = fs.readFileSync(path.join(EXAMPLE, 'partnership.terms.yaml'), 'utf8');
      sandbox = createWorkerSandbox();
      session = undefined;
    });

    afterEach(() => {
      if (session) for (const d of session.subscriptions.splice(0)) d.dispose();
      sandbox.dispose();
    });

    function makeStub(draft: string): VscodeStub {
      return createVscodeStub({
        files: new Map([[DRAFT_URI, draft], [MODEL_URI, modelText]]),
        workspaceFolder: FOLDER,
        settings: settingDefaults(),
      });
    }

    /** Loads the bundle in the sandbox and runs its real `activate()` with a strict ExtensionContext. */
    function activate(): Session {
      const requested: string[] = [];
      const ext = loadCommonJs(sandbox, code, BUNDLE, { vscode: stub.module }, requested);
      assert.equal(typeof ext.activate, 'function');
      assert.equal(typeof ext.deactivate, 'function');
      const subscriptions: { dispose(): unknown }[] = [];
      const extensionUri = stub.Uri.parse('https://extensions.invalid/clause-annotator');
      const context = new Proxy({ subscriptions, extensionUri, extensionMode: 3, extension: { id: 'clause-annotator.clause-annotator', extensionUri, packageJSON: {} } }, {
        get(t, key) {
          if (typeof key === 'symbol' || key in t) return Reflect.get(t, key);
          if (key === 'then') return undefined;
          throw new Error(`ExtensionContext.${key} is not provided by the test (the web bundle touched it)`);
        },
      });
      const api = (ext.activate as (c: unknown) => Api)(context);
      session = { ext, api, subscriptions, requested };
      return session;
    }

    /** Opens the draft and waits (event-driven, bounded) for its first non-empty diagnostics. */
    async function openDraft(text: string): Promise<{ document: ReturnType<VscodeStub['openInEditor']>['document']; editor: ReturnType<VscodeStub['openInEditor']>['editor']; ours: readonly StubDiagnostic[] }> {
      const published = waitForDiagnostics(stub, DRAFT_URI, (d) => d.length > 0, 10_000);
      const { document, editor } = stub.openInEditor(DRAFT_URI, 'contract', text);
      const diags = await published;
      const ours = diags.filter((d) => d.source === SOURCE);
      assert.equal(ours.length, diags.length, 'every diagnostic has source "Clause Annotator"');
      return { document, editor, ours };
    }

    /** The diagnostics equal the core's draft findings computed in Node for the same text and model. */
    function assertMatchesCore(ours: readonly StubDiagnostic[], document: { offsetAt(p: { line: number; character: number }): number }, text: string): void {
      const parsed = parseTermModel(modelText);
      assert.ok(parsed.model, 'the example model parses');
      const expected = analyzeDocument(text, parsed.model, { severity: {}, maxLength: settingDefaults()['clauseAnnotator.maxFileSize'] as number });
      const key = (c: string, s: number, e: number): string => `${c}@${s}-${e}`;
      assert.deepEqual(
        ours.map((d) => key(codeOf(d), document.offsetAt(d.range.start), document.offsetAt(d.range.end))).sort(),
        expected.findings.filter((f) => f.where === 'draft').map((f) => key(f.code, f.start, Math.max(f.start, f.end))).sort(),
      );
      const codes = new Set(ours.map(codeOf));
      for (const c of EXPECTED_CODES) assert.ok(codes.has(c), `a ${c} diagnostic is published (got ${[...codes].join(', ')})`);
    }

    function assertNothingFailed(s: Session): void {
      assert.deepEqual(stub.output.filter(([level]) => level === 'error' || level === 'showErrorMessage'), [], 'nothing logged as an error');
      assert.deepEqual(stub.listenerErrors.map(String), [], 'no event listener threw');
      assert.ok(s.requested.length > 0 && s.requested.every((id) => id === 'vscode'), `only vscode was required (${[...new Set(s.requested)].join(', ')})`);
    }

    it('the realm has no Node globals (the harness itself is sound)', () => {
      stub = makeStub(draftText);
      for (const name of [...NODE_ONLY_GLOBALS, ...CJS_WRAPPER_NAMES]) {
        assert.equal(sandbox.evaluate(`typeof ${name}`), 'undefined', `${name} is not defined in the sandbox`);
      }
      for (const name of ['setTimeout', 'TextDecoder', 'URL', 'performance', 'queueMicrotask', 'self']) {
        assert.notEqual(sandbox.evaluate(`typeof ${name}`), 'undefined', `${name} is defined in the sandbox`);
      }
      assert.throws(() => sandbox.evaluate('eval("1")'), /Code generation from strings disallowed/, 'no eval (as under vscode.dev CSP)');
      assert.throws(() => loadCommonJs(sandbox, 'require("fs")', 'probe.js', { vscode: stub.module }), /require\('fs'\) is not available/);
      assert.throws(() => loadCommonJs(sandbox, 'require("vscode").nope', 'probe.js', { vscode: stub.module }), /vscode\.nope is not implemented/, 'the stub names what it lacks');
    });

    it('activate() runs the real composition root; the example deal gets its findings, the model read through workspace.fs', async () => {
      stub = makeStub(draftText);
      const s = activate();
      assert.ok(s.subscriptions.length > 0, 'activate registered its features');
      assert.ok(stub.commands.has('clauseAnnotator.analyzeWorkspace'), 'commands are registered');
      const { document, editor, ours } = await openDraft(draftText);

      // Same findings as the core in Node (no hard-coded list), including the three the example is about.
      assertMatchesCore(ours, document, draftText);

      // The term model came through workspace.fs (front matter `terms:` resolved on vscode-vfs:) and is linked.
      assert.ok(stub.fsReads.includes(MODEL_URI), `the model was read with workspace.fs (reads: ${stub.fsReads.join(', ')})`);
      const intoModel = ours.filter((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === MODEL_URI));
      assert.ok(intoModel.some((d) => codeOf(d) === 'exclusivity-conflict'), 'the exclusivity conflict points at the term in the model');

      // The other features ran on the same analysis: decorations, status bar, context keys, the API (highlights and
      // status bar one task after the diagnostics: onDidAnalyseLater).
      await new Promise((resolve) => setTimeout(resolve, 0));
      assert.ok([...editor.decorations.values()].some((r) => r.length > 0), 'clause decorations were set');
      const status = stub.statusBarItems.find((x) => x.visible);
      assert.ok(status && status.text.length > 0, 'the status bar item is shown');
      assert.equal(stub.contextKeys.get('clauseAnnotator.isDraft'), true);
      const analysis = await s.api.analysis(document.uri);
      assert.ok(analysis, 'the API returns the analysis');
      // (Array.from: the analysis' arrays belong to the sandbox realm.)
      assert.deepEqual(Array.from(analysis.findings.filter((f) => f.where === 'draft'), (f) => f.code).sort(), ours.map(codeOf).sort());
      assertNothingFailed(s);

      // Closing the draft clears its diagnostics; deactivation leaves no timer behind.
      const cleared = waitForDiagnostics(stub, DRAFT_URI, (d) => d.length === 0, 5_000);
      stub.close(document);
      await cleared;
      for (const d of s.subscriptions.splice(0)) d.dispose();
      (s.ext.deactivate as () => void)();
      assert.equal(sandbox.pendingTimers(), 0, 'no timers left after dispose');
      assert.deepEqual(stub.listenerErrors.map(String), []);
    });

    it('without front matter, the model beside the draft is found by listing the folder (workspace.fs.readDirectory)', async () => {
      const end = draftText.indexOf('\n---', 3);
      assert.ok(draftText.startsWith('---') && end > 0, 'the example has front matter');
      const bare = draftText.slice(draftText.indexOf('\n', end + 1) + 1);
      assert.ok(!/^terms:/m.test(bare.slice(0, 200)), 'front matter removed');
      stub = makeStub(bare);
      const s = activate();
      const { document, ours } = await openDraft(bare);
      assertMatchesCore(ours, document, bare);
      assert.ok(stub.touched.has('workspace.fs.readDirectory'), 'the folder was listed through workspace.fs');
      assert.ok(stub.fsReads.includes(MODEL_URI), 'the model was read through workspace.fs');
      assertNothingFailed(s);
    });

    it('hover, quick fixes and the Clauses view work in the realm too', async () => {
      stub = makeStub(draftText);
      const s = activate();
      const { document, ours } = await openDraft(draftText);
      const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };

      // Hover on the exclusivity clause (registered for every document: selector '*').
      const exclusivity = ours.find((d) => codeOf(d) === 'exclusivity-conflict')!;
      const hovers = stub.providers.filter((p) => p.kind === 'hover');
      assert.ok(hovers.length > 0, 'hover providers are registered');
      const results = await Promise.all(hovers.map((h) => h.provider.provideHover(document, exclusivity.range.start, token)));
      const hover = results.find((h) => h) as { contents: { value: string }[] } | undefined;
      assert.ok(hover, 'a hover is produced for the clause');
      const title = getTypeInfo('exclusivity')?.title;
      assert.ok(title && hover.contents.some((c) => c.value.includes(title)), `the hover names the clause type (${title})`);

      // Quick fixes for each expected finding.
      const [actions] = stub.providers.filter((p) => p.kind === 'codeActions');
      assert.ok(actions, 'a code action provider is registered');
      for (const c of EXPECTED_CODES) {
        const d = ours.find((x) => codeOf(x) === c)!;
        const list = (await actions.provider.provideCodeActions(document, d.range, { diagnostics: [d], only: undefined, triggerKind: 1 }, token)) as { title: string; edit?: { edits: { uri: { toString(): string } }[] }; command?: unknown }[];
        assert.ok(list.length > 0, `quick fixes are offered for ${c}`);
        for (const a of list) assert.ok(a.edit || a.command, `"${a.title}" edits or runs a command`);
      }

      // The Clauses view's content, through its own snapshot command.
      const snapshot = await stub.commands.get('clauseAnnotator._clausesViewSnapshot')?.() as { uri: string | null; types: readonly { type: string; clauses: readonly unknown[] }[] } | undefined;
      assert.ok(snapshot, 'the Clauses view answers its snapshot command');
      assert.equal(snapshot.uri, DRAFT_URI);
      assert.ok(snapshot.types.some((t) => t.type === 'exclusivity' && t.clauses.length > 0), 'the view lists the exclusivity clauses');
      assertNothingFailed(s);
    });
  });
});
