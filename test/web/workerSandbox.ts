/**
 * A JavaScript realm that looks like the web worker VS Code runs web extensions in (vscode.dev): the ECMAScript
 * built-ins of a fresh `vm` context plus the handful of Web APIs a worker offers, and nothing from Node
 * (`process`, `Buffer`, `global`, `setImmediate`, `__dirname`, a general `require`...).
 */
import * as vm from 'node:vm';

/**
 * Web APIs a dedicated worker offers that the sandbox provides (beyond ECMAScript built-ins).
 * Node's implementations are the WHATWG ones browsers have.
 */
export const WORKER_GLOBALS = [
  'self', 'globalThis', 'console',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'structuredClone',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'performance', 'atob', 'btoa', 'crypto',
  'AbortController', 'AbortSignal', 'Event', 'EventTarget',
] as const;

/** Node-only globals: none exists in the sandbox, and the bundle may name them only as `typeof X`. */
export const NODE_ONLY_GLOBALS = ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename'] as const;

/**
 * The CommonJS wrapper's parameters, which VS Code's web extension host passes to a `cjs` bundle (they are not
 * globals of the worker): `require` serves only `vscode`, `module`/`exports` are the wrapper's objects.
 */
export const CJS_WRAPPER_NAMES = ['require', 'module', 'exports'] as const;

/** ECMAScript built-ins: whatever a bare `vm` context (no host objects at all) defines. The ground truth, not a list. */
export function isEcmaScriptBuiltin(name: string): boolean {
  if (!/^[A-Za-z_$][\w$]{0,63}$/.test(name)) return false;
  const bare = vm.createContext({});
  return vm.runInContext(`typeof ${name} !== 'undefined'`, bare) === true;
}

/**
 * Browser-style timers: numeric ids (Node's Timeout objects have `.unref()` etc., which code must not rely on).
 * `pending()` tells how many are still scheduled (the test disposes the extension and checks nothing is left).
 */
function browserTimers(): { readonly api: Record<string, unknown>; pending(): number; clearAll(): void } {
  let next = 1;
  const live = new Map<number, { readonly handle: ReturnType<typeof setTimeout>; readonly interval: boolean }>();
  const api = {
    setTimeout: (fn: unknown, ms?: number, ...args: unknown[]): number => {
      if (typeof fn !== 'function') throw new TypeError('setTimeout: string callbacks are not allowed (CSP)');
      const id = next++;
      live.set(id, { handle: setTimeout(() => { live.delete(id); (fn as (...a: unknown[]) => void)(...args); }, ms), interval: false });
      return id;
    },
    clearTimeout: (id: unknown): void => {
      const t = typeof id === 'number' ? live.get(id) : undefined;
      if (t && !t.interval) { clearTimeout(t.handle); live.delete(id as number); }
    },
    setInterval: (fn: unknown, ms?: number, ...args: unknown[]): number => {
      if (typeof fn !== 'function') throw new TypeError('setInterval: string callbacks are not allowed (CSP)');
      const id = next++;
      live.set(id, { handle: setInterval(() => (fn as (...a: unknown[]) => void)(...args), ms), interval: true });
      return id;
    },
    clearInterval: (id: unknown): void => {
      const t = typeof id === 'number' ? live.get(id) : undefined;
      if (t && t.interval) { clearInterval(t.handle); live.delete(id as number); }
    },
  };
  return {
    api,
    pending: () => live.size,
    clearAll: () => {
      for (const t of live.values()) (t.interval ? clearInterval : clearTimeout)(t.handle);
      live.clear();
    },
  };
}

export interface WorkerSandbox {
  readonly context: vm.Context;
  /** Evaluates an expression inside the sandbox (for the test's own checks of what exists there). */
  evaluate(expression: string): unknown;
  /** Timers still scheduled by code in the sandbox. */
  pendingTimers(): number;
  dispose(): void;
}

export function createWorkerSandbox(): WorkerSandbox {
  const timers = browserTimers();
  const globals: Record<string, unknown> = {
    console,
    ...timers.api,
    queueMicrotask,
    structuredClone,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    performance,
    atob,
    btoa,
    crypto: globalThis.crypto,
    AbortController,
    AbortSignal,
    Event,
    EventTarget,
  };
  // No eval / new Function / WebAssembly compilation from strings: vscode.dev's CSP forbids them too.
  const context = vm.createContext(globals, { name: 'web extension host (sandbox)', codeGeneration: { strings: false, wasm: false } });
  vm.runInContext('globalThis.self = globalThis;', context);
  return {
    context,
    evaluate: (expression) => vm.runInContext(expression, context),
    pendingTimers: () => timers.pending(),
    dispose: () => timers.clearAll(),
  };
}

/**
 * Runs a CommonJS bundle in the sandbox the way VS Code's web extension host does: wrapped in a function of
 * `(exports, require, module)` where `require` serves only the modules in `modules` (here: `vscode`) and throws for
 * anything else. Returns `module.exports`.
 */
export function loadCommonJs(sandbox: WorkerSandbox, code: string, fileName: string, modules: Readonly<Record<string, unknown>>, requested: string[] = []): Record<string, unknown> {
  const wrapper = new vm.Script(`(function (exports, require, module) {${code}\n})`, { filename: fileName });
  const fn = wrapper.runInContext(sandbox.context) as (exports: object, require: (id: string) => unknown, module: { exports: object }) => void;
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string): unknown => {
    requested.push(id);
    if (Object.prototype.hasOwnProperty.call(modules, id)) return modules[id];
    throw new Error(`require('${id}') is not available in the web extension host (only ${Object.keys(modules).map((m) => `'${m}'`).join(', ')})`);
  };
  fn.call(module.exports, module.exports, require, module);
  return module.exports;
}
