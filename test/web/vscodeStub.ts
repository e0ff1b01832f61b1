/**
 * A small, strict stand-in for the `vscode` module, enough for the web bundle's real `activate()` and analysis path:
 * value classes (Uri, Range, Diagnostic...), events, `workspace` over an in-memory file system, `window` with fake
 * editors, a recording diagnostic collection, commands. Every namespace is a Proxy that THROWS on a member it does
 * not implement, naming it ("vscode stub: window.foo is not implemented"), so the test learns exactly what the
 * bundle touches instead of silently getting `undefined`. `touched` lists every member read.
 */
import { createTextDocument, type FakeTextDocument, type PositionLike, type RangeLike } from './textDocument';

type Listener<T> = (e: T) => unknown;
type Fn = (...args: unknown[]) => unknown;

/** Keys tools probe on any object (promise detection, ESM interop, JSON, inspection); they read as undefined. */
const PROBED_KEYS: ReadonlySet<string> = new Set(['then', '__esModule', 'toJSON', 'default', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof', 'constructor']);

function strict<T extends object>(path: string, target: T, touched: Set<string>): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'symbol') return Reflect.get(t, key, receiver);
      if (key in t) {
        touched.add(`${path}.${key}`);
        return Reflect.get(t, key, receiver);
      }
      if (PROBED_KEYS.has(key)) return undefined;
      throw new Error(`vscode stub: ${path}.${key} is not implemented (the web bundle touched it)`);
    },
  });
}

/** An object whose own properties are `members` and whose missing members throw (also through esbuild's `__toESM` copy, which keeps the prototype). */
function strictModule<T extends object>(members: T, touched: Set<string>): T {
  const thrower = new Proxy(Object.create(Object.prototype) as object, {
    get(t, key, receiver) {
      if (typeof key === 'symbol' || key in Object.prototype) return Reflect.get(t, key, receiver);
      if (PROBED_KEYS.has(key)) return undefined;
      throw new Error(`vscode stub: vscode.${key} is not implemented (the web bundle touched it)`);
    },
  });
  const target = Object.assign(Object.create(thrower) as object, members) as T;
  return strict('vscode', target, touched);
}

export interface StubDiagnostic {
  readonly range: RangeLike;
  readonly message: string;
  readonly severity: number;
  source?: string;
  code?: string | number | { value: string | number; target: unknown };
  relatedInformation?: { location: { uri: { toString(): string }; range: RangeLike }; message: string }[];
  tags?: number[];
}

export interface StubOptions {
  /** In-memory file system: uri string → content. Directories are implied by paths. */
  readonly files: ReadonlyMap<string, string>;
  /** Workspace folder uri (e.g. `vscode-vfs://github/owner/repo`). */
  readonly workspaceFolder: string;
  /** Setting defaults by full key (`clauseAnnotator.debounceMs`), e.g. from package.json `contributes.configuration`. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** `workspace.isTrusted` (vscode.dev: virtual workspaces). */
  readonly trusted?: boolean;
}

export interface FakeEditor {
  readonly document: FakeTextDocument;
  /** decoration type key → ranges last set. */
  readonly decorations: Map<string, readonly RangeLike[]>;
}

export interface VscodeStub {
  /** What `require('vscode')` returns. */
  readonly module: object;
  /** `namespace.member` / `vscode.Member` read by the bundle. */
  readonly touched: Set<string>;
  /** Exceptions thrown by listeners of stub events (an extension bug: VS Code would log and swallow them). */
  readonly listenerErrors: unknown[];
  /** Lines written to output channels: `[level, message]`. */
  readonly output: [string, string][];
  /** Latest diagnostics per uri (all collections). */
  readonly diagnostics: Map<string, readonly StubDiagnostic[]>;
  /** Called on every `DiagnosticCollection.set` / `delete`. */
  onDiagnostics(listener: (uri: string, diagnostics: readonly StubDiagnostic[]) => void): { dispose(): void };
  readonly commands: Map<string, Fn>;
  /** `setContext` keys the extension set. */
  readonly contextKeys: Map<string, unknown>;
  /** Providers registered through `languages.register*Provider`, by kind (`hover`, `codeActions`...). */
  readonly providers: { kind: string; selector: unknown; provider: Record<string, Fn> }[];
  readonly statusBarItems: { text: string; tooltip: unknown; visible: boolean; id: string }[];
  readonly treeViews: Map<string, { message: unknown; options: unknown }>;
  /** Uris read with `workspace.fs.readFile`. */
  readonly fsReads: string[];
  readonly Uri: { parse(value: string): { toString(): string; path: string; scheme: string } };
  /** Opens a document the way VS Code does: textDocuments + onDidOpenTextDocument, then a visible, active editor. */
  openInEditor(uri: string, languageId: string, text: string): { document: FakeTextDocument; editor: FakeEditor };
  /** Closes a document: editor gone, onDidCloseTextDocument. */
  close(document: FakeTextDocument): void;
}

export function createVscodeStub(options: StubOptions): VscodeStub {
  const touched = new Set<string>();
  const listenerErrors: unknown[] = [];
  const output: [string, string][] = [];
  const diagnostics = new Map<string, readonly StubDiagnostic[]>();
  const diagnosticListeners = new Set<(uri: string, d: readonly StubDiagnostic[]) => void>();
  const commands = new Map<string, Fn>();
  const contextKeys = new Map<string, unknown>();
  const providers: VscodeStub['providers'] = [];
  const statusBarItems: VscodeStub['statusBarItems'] = [];
  const treeViews = new Map<string, { message: unknown; options: unknown }>();
  const fsReads: string[] = [];

  // ---- value classes -------------------------------------------------------------------------------------------

  class Disposable {
    private fn: (() => unknown) | undefined;
    constructor(fn: () => unknown) { this.fn = fn; }
    static from(...items: { dispose(): unknown }[]): Disposable {
      return new Disposable(() => { for (const d of items) d.dispose(); });
    }
    dispose(): void {
      const f = this.fn;
      this.fn = undefined;
      f?.();
    }
  }

  class EventEmitter<T> {
    private listeners = new Set<Listener<T>>();
    readonly event = (listener: Listener<T>, thisArg?: unknown, disposables?: { dispose(): unknown }[]): Disposable => {
      const l: Listener<T> = thisArg === undefined ? listener : (e) => listener.call(thisArg, e);
      this.listeners.add(l);
      const d = new Disposable(() => this.listeners.delete(l));
      disposables?.push(d);
      return d;
    };
    fire(e: T): void {
      for (const l of [...this.listeners]) {
        try {
          const r = l(e);
          if (r && typeof (r as Promise<unknown>).then === 'function') (r as Promise<unknown>).then(undefined, (err) => listenerErrors.push(err));
        } catch (err) {
          listenerErrors.push(err);
        }
      }
    }
    get listenerCount(): number { return this.listeners.size; }
    dispose(): void { this.listeners.clear(); }
  }

  const URI = /^([A-Za-z][\w+.-]{0,30}):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

  class Uri {
    constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query: string, readonly fragment: string) {}
    static parse(value: string): Uri {
      const m = URI.exec(value);
      if (!m) throw new Error(`vscode stub: cannot parse uri ${value}`);
      return new Uri(m[1], m[2] ?? '', m[3] || (m[2] !== undefined ? '/' : ''), m[4] ?? '', m[5] ?? '');
    }
    static file(path: string): Uri {
      return new Uri('file', '', path.startsWith('/') ? path : `/${path}`, '', '');
    }
    static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
      return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
    }
    static joinPath(base: Uri, ...segments: string[]): Uri {
      const parts: string[] = [];
      for (const seg of [base.path, ...segments].join('/').split('/')) {
        if (seg === '' || seg === '.') continue;
        if (seg === '..') parts.pop();
        else parts.push(seg);
      }
      return base.with({ path: `/${parts.join('/')}` });
    }
    with(c: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
      return new Uri(c.scheme ?? this.scheme, c.authority ?? this.authority, c.path ?? this.path, c.query ?? this.query, c.fragment ?? this.fragment);
    }
    get fsPath(): string { return this.path; }
    toString(_skipEncoding?: boolean): string {
      const auth = this.authority || this.scheme === 'file' ? `//${this.authority}` : '';
      return `${this.scheme}:${auth}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
    }
    toJSON(): object { return { scheme: this.scheme, authority: this.authority, path: this.path, query: this.query, fragment: this.fragment }; }
  }

  class Position implements PositionLike {
    constructor(readonly line: number, readonly character: number) {
      if (line < 0 || character < 0) throw new Error('vscode stub: negative position');
    }
    compareTo(o: PositionLike): number { return this.line - o.line || this.character - o.character; }
    isBefore(o: PositionLike): boolean { return this.compareTo(o) < 0; }
    isBeforeOrEqual(o: PositionLike): boolean { return this.compareTo(o) <= 0; }
    isAfter(o: PositionLike): boolean { return this.compareTo(o) > 0; }
    isAfterOrEqual(o: PositionLike): boolean { return this.compareTo(o) >= 0; }
    isEqual(o: PositionLike): boolean { return this.compareTo(o) === 0; }
    translate(lineDelta = 0, characterDelta = 0): Position { return new Position(this.line + lineDelta, this.character + characterDelta); }
    with(line = this.line, character = this.character): Position { return new Position(line, character); }
  }

  class Range implements RangeLike {
    readonly start: Position;
    readonly end: Position;
    constructor(a: number | PositionLike, b: number | PositionLike, c?: number, d?: number) {
      const s = typeof a === 'number' ? new Position(a, b as number) : new Position(a.line, a.character);
      const e = typeof a === 'number' ? new Position(c as number, d as number) : new Position((b as PositionLike).line, (b as PositionLike).character);
      [this.start, this.end] = s.isAfter(e) ? [e, s] : [s, e];
    }
    get isEmpty(): boolean { return this.start.isEqual(this.end); }
    get isSingleLine(): boolean { return this.start.line === this.end.line; }
    contains(x: PositionLike | RangeLike): boolean {
      if ('start' in x) return this.contains(x.start) && this.contains(x.end);
      return this.start.isBeforeOrEqual(x) && this.end.isAfterOrEqual(x);
    }
    isEqual(o: RangeLike): boolean { return this.start.isEqual(o.start) && this.end.isEqual(o.end); }
    with(start: PositionLike = this.start, end: PositionLike = this.end): Range { return new Range(start, end); }
  }

  class Selection extends Range {
    readonly anchor: Position;
    readonly active: Position;
    constructor(anchor: PositionLike, active: PositionLike) {
      super(anchor, active);
      this.anchor = new Position(anchor.line, anchor.character);
      this.active = new Position(active.line, active.character);
    }
  }

  class Location {
    readonly range: Range;
    constructor(readonly uri: Uri, rangeOrPosition: RangeLike | PositionLike) {
      this.range = 'start' in rangeOrPosition ? new Range(rangeOrPosition.start, rangeOrPosition.end) : new Range(rangeOrPosition, rangeOrPosition);
    }
  }

  const DiagnosticSeverity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

  class Diagnostic implements StubDiagnostic {
    source?: string;
    code?: StubDiagnostic['code'];
    relatedInformation?: StubDiagnostic['relatedInformation'];
    tags?: number[];
    constructor(readonly range: Range, readonly message: string, readonly severity: number = DiagnosticSeverity.Error) {}
  }

  class DiagnosticRelatedInformation {
    constructor(readonly location: Location, readonly message: string) {}
  }

  class ThemeColor { constructor(readonly id: string) {} }
  class ThemeIcon { constructor(readonly id: string, readonly color?: ThemeColor) {} }

  class MarkdownString {
    isTrusted?: boolean | { enabledCommands: string[] };
    supportThemeIcons?: boolean;
    supportHtml?: boolean;
    constructor(public value = '', supportThemeIcons = false) { this.supportThemeIcons = supportThemeIcons; }
    appendMarkdown(v: string): this { this.value += v; return this; }
    appendText(v: string): this { this.value += v.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); return this; }
    appendCodeblock(v: string, lang = ''): this { this.value += `\n\`\`\`${lang}\n${v}\n\`\`\`\n`; return this; }
  }

  class Hover {
    readonly contents: unknown[];
    constructor(contents: unknown, readonly range?: Range) { this.contents = Array.isArray(contents) ? contents : [contents]; }
  }

  class TreeItem {
    description?: string | boolean;
    tooltip?: unknown;
    iconPath?: unknown;
    command?: unknown;
    contextValue?: string;
    id?: string;
    resourceUri?: Uri;
    constructor(public label: unknown, public collapsibleState = 0) {}
  }

  class WorkspaceEdit {
    readonly edits: { uri: Uri; range: Range; newText: string }[] = [];
    replace(uri: Uri, range: Range, newText: string): void { this.edits.push({ uri, range, newText }); }
    insert(uri: Uri, position: Position, newText: string): void { this.edits.push({ uri, range: new Range(position, position), newText }); }
    delete(uri: Uri, range: Range): void { this.edits.push({ uri, range, newText: '' }); }
    get size(): number { return new Set(this.edits.map((e) => e.uri.toString())).size; }
  }

  class CodeActionKind {
    static readonly Empty = new CodeActionKind('');
    static readonly QuickFix = new CodeActionKind('quickfix');
    static readonly Refactor = new CodeActionKind('refactor');
    constructor(readonly value: string) {}
    append(part: string): CodeActionKind { return new CodeActionKind(this.value ? `${this.value}.${part}` : part); }
    contains(other: CodeActionKind): boolean { return this.value === '' || other.value === this.value || other.value.startsWith(`${this.value}.`); }
    intersects(other: CodeActionKind): boolean { return this.contains(other) || other.contains(this); }
  }

  class CodeAction {
    edit?: WorkspaceEdit;
    diagnostics?: Diagnostic[];
    isPreferred?: boolean;
    command?: unknown;
    constructor(readonly title: string, readonly kind?: CodeActionKind) {}
  }

  class FileSystemError extends Error {
    constructor(message: string, readonly code = 'Unknown') { super(message); this.name = `${code} (FileSystemError)`; }
    static FileNotFound(uri?: Uri | string): FileSystemError { return new FileSystemError(`File not found: ${String(uri)}`, 'FileNotFound'); }
    static FileIsADirectory(uri?: Uri | string): FileSystemError { return new FileSystemError(`Is a directory: ${String(uri)}`, 'FileIsADirectory'); }
  }

  class TabInputText { constructor(readonly uri: Uri) {} }

  class CancellationTokenSource {
    private readonly emitter = new EventEmitter<void>();
    readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
    cancel(): void { this.token.isCancellationRequested = true; this.emitter.fire(undefined); }
    dispose(): void { this.emitter.dispose(); }
  }

  // ---- in-memory file system -----------------------------------------------------------------------------------

  const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 } as const;
  const files = new Map<string, string>(options.files);
  const mtime = Date.now();
  const isDirectory = (key: string): boolean => {
    const prefix = key.endsWith('/') ? key : `${key}/`;
    for (const k of files.keys()) if (k.startsWith(prefix)) return true;
    return false;
  };
  const fs = strict('workspace.fs', {
    async readFile(uri: Uri): Promise<Uint8Array> {
      const key = uri.toString();
      fsReads.push(key);
      const text = files.get(key);
      if (text === undefined) throw isDirectory(key) ? FileSystemError.FileIsADirectory(uri) : FileSystemError.FileNotFound(uri);
      return new TextEncoder().encode(text);
    },
    async stat(uri: Uri): Promise<{ type: number; ctime: number; mtime: number; size: number }> {
      const key = uri.toString();
      const text = files.get(key);
      if (text !== undefined) return { type: FileType.File, ctime: mtime, mtime, size: new TextEncoder().encode(text).length };
      if (isDirectory(key)) return { type: FileType.Directory, ctime: mtime, mtime, size: 0 };
      throw FileSystemError.FileNotFound(uri);
    },
    async readDirectory(uri: Uri): Promise<[string, number][]> {
      const key = uri.toString();
      const prefix = key.endsWith('/') ? key : `${key}/`;
      const out = new Map<string, number>();
      for (const k of files.keys()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length);
        const slash = rest.indexOf('/');
        out.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? FileType.File : FileType.Directory);
      }
      if (out.size === 0 && !files.has(key)) throw FileSystemError.FileNotFound(uri);
      return [...out];
    },
    async writeFile(): Promise<void> { throw new Error('vscode stub: workspace.fs.writeFile must not be called by analysis'); },
  }, touched);

  /** Globs like `**` + `/*.ext` or `/*.{a,b}`, matched on the file name's ending (all the extension uses). */
  const globSuffixes = (glob: string): string[] | undefined => {
    const name = glob.slice(glob.lastIndexOf('/') + 1);
    if (!name.startsWith('*')) return undefined;
    const rest = name.slice(1);
    const open = rest.indexOf('{');
    if (open < 0) return [rest];
    const close = rest.indexOf('}', open);
    if (close < 0) return undefined;
    return rest.slice(open + 1, close).split(',').map((alt) => rest.slice(0, open) + alt + rest.slice(close + 1));
  };

  // ---- documents, editors, events ------------------------------------------------------------------------------

  const onDidOpenTextDocument = new EventEmitter<FakeTextDocument>();
  const onDidCloseTextDocument = new EventEmitter<FakeTextDocument>();
  const onDidChangeTextDocument = new EventEmitter<unknown>();
  const onDidSaveTextDocument = new EventEmitter<FakeTextDocument>();
  const onDidChangeConfiguration = new EventEmitter<unknown>();
  const onDidChangeActiveTextEditor = new EventEmitter<unknown>();
  const onDidChangeVisibleTextEditors = new EventEmitter<readonly unknown[]>();
  const onDidChangeTextEditorSelection = new EventEmitter<unknown>();
  const onDidChangeTabs = new EventEmitter<{ opened: unknown[]; closed: unknown[]; changed: unknown[] }>();
  const onDidChangeDiagnostics = new EventEmitter<{ uris: Uri[] }>();

  const textDocuments: FakeTextDocument[] = [];
  let visibleEditors: (FakeEditor & Record<string, unknown>)[] = [];
  let activeEditor: (FakeEditor & Record<string, unknown>) | undefined;
  const tabs: { input: TabInputText; label: string }[] = [];
  const folderUri = Uri.parse(options.workspaceFolder);
  const folder = { uri: folderUri, name: folderUri.path.slice(folderUri.path.lastIndexOf('/') + 1), index: 0 };

  const configuration = (section: string | undefined): Record<string, unknown> => strict('WorkspaceConfiguration', {
    get<T>(key: string, defaultValue?: T): T | undefined {
      const full = section ? `${section}.${key}` : key;
      return Object.prototype.hasOwnProperty.call(options.settings, full) ? structuredClone(options.settings[full]) as T : defaultValue;
    },
    has(key: string): boolean { return Object.prototype.hasOwnProperty.call(options.settings, section ? `${section}.${key}` : key); },
    inspect(key: string): unknown {
      const full = section ? `${section}.${key}` : key;
      return { key: full, defaultValue: options.settings[full] };
    },
    async update(): Promise<void> { throw new Error('vscode stub: settings are read-only here'); },
  }, touched);

  const workspace = strict('workspace', {
    get textDocuments() { return [...textDocuments]; },
    get workspaceFolders() { return [folder]; },
    name: folder.name,
    get isTrusted() { return options.trusted ?? true; },
    onDidGrantWorkspaceTrust: new EventEmitter<void>().event,
    getWorkspaceFolder: (uri: Uri) => (uri.scheme === folderUri.scheme && uri.authority === folderUri.authority && (uri.path === folderUri.path || uri.path.startsWith(`${folderUri.path}/`)) ? folder : undefined),
    asRelativePath: (pathOrUri: Uri | string) => {
      const p = typeof pathOrUri === 'string' ? pathOrUri : pathOrUri.path;
      return p.startsWith(`${folderUri.path}/`) ? p.slice(folderUri.path.length + 1) : p;
    },
    getConfiguration: (section?: string) => configuration(section),
    onDidOpenTextDocument: onDidOpenTextDocument.event,
    onDidCloseTextDocument: onDidCloseTextDocument.event,
    onDidChangeTextDocument: onDidChangeTextDocument.event,
    onDidSaveTextDocument: onDidSaveTextDocument.event,
    onDidChangeConfiguration: onDidChangeConfiguration.event,
    onDidChangeWorkspaceFolders: new EventEmitter<unknown>().event,
    fs,
    createFileSystemWatcher: (_glob: unknown) => {
      const c = new EventEmitter<Uri>();
      const ch = new EventEmitter<Uri>();
      const d = new EventEmitter<Uri>();
      return strict('FileSystemWatcher', { onDidCreate: c.event, onDidChange: ch.event, onDidDelete: d.event, ignoreCreateEvents: false, ignoreChangeEvents: false, ignoreDeleteEvents: false, dispose: () => { c.dispose(); ch.dispose(); d.dispose(); } }, touched);
    },
    findFiles: async (include: unknown, _exclude?: unknown, maxResults?: number) => {
      const suffixes = typeof include === 'string' ? globSuffixes(include) : undefined;
      if (!suffixes) throw new Error(`vscode stub: findFiles glob not supported: ${String(include)}`);
      const out = [...files.keys()].filter((k) => suffixes.some((s) => k.endsWith(s)) && !k.includes('/node_modules/')).map((k) => Uri.parse(k));
      return out.slice(0, maxResults ?? out.length);
    },
    openTextDocument: async (arg: Uri | string) => {
      const key = typeof arg === 'string' ? Uri.file(arg).toString() : arg.toString();
      const open = textDocuments.find((d) => d.uri.toString() === key);
      if (open) return open;
      throw new Error(`vscode stub: openTextDocument(${key}) — the test opens documents itself`);
    },
    applyEdit: async () => { throw new Error('vscode stub: workspace.applyEdit must not be called by analysis'); },
  }, touched);

  const logChannel = (name: string): Record<string, unknown> => {
    const write = (level: string) => (message: string) => { output.push([level, message]); };
    return strict(`OutputChannel(${name})`, {
      name,
      logLevel: 2,
      onDidChangeLogLevel: new EventEmitter<number>().event,
      trace: write('trace'), debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error'),
      append: write('append'), appendLine: write('appendLine'), replace: write('replace'),
      clear: () => undefined, show: () => undefined, hide: () => undefined, dispose: () => undefined,
    }, touched);
  };

  let decorationKey = 0;

  const window = strict('window', {
    get activeTextEditor() { return activeEditor; },
    get visibleTextEditors() { return [...visibleEditors]; },
    onDidChangeActiveTextEditor: onDidChangeActiveTextEditor.event,
    onDidChangeVisibleTextEditors: onDidChangeVisibleTextEditors.event,
    onDidChangeTextEditorSelection: onDidChangeTextEditorSelection.event,
    onDidChangeTextEditorVisibleRanges: new EventEmitter<unknown>().event,
    onDidChangeActiveColorTheme: new EventEmitter<unknown>().event,
    tabGroups: strict('window.tabGroups', {
      get all() { return [{ isActive: true, viewColumn: 1, tabs: [...tabs], activeTab: tabs[tabs.length - 1] }]; },
      get activeTabGroup() { return { isActive: true, viewColumn: 1, tabs: [...tabs], activeTab: tabs[tabs.length - 1] }; },
      onDidChangeTabs: onDidChangeTabs.event,
      onDidChangeTabGroups: new EventEmitter<unknown>().event,
    }, touched),
    createOutputChannel: (name: string) => logChannel(name),
    createStatusBarItem: (idOrAlignment?: unknown, alignment?: unknown, priority?: unknown) => {
      const state = { id: typeof idOrAlignment === 'string' ? idOrAlignment : '', text: '', tooltip: undefined as unknown, visible: false };
      statusBarItems.push(state);
      return strict('StatusBarItem', {
        get id() { return state.id; },
        alignment: typeof idOrAlignment === 'string' ? alignment : idOrAlignment,
        priority: typeof idOrAlignment === 'string' ? priority : alignment,
        name: undefined as unknown,
        get text() { return state.text; }, set text(v: string) { state.text = v; },
        get tooltip() { return state.tooltip; }, set tooltip(v: unknown) { state.tooltip = v; },
        command: undefined as unknown,
        color: undefined as unknown,
        backgroundColor: undefined as unknown,
        accessibilityInformation: undefined as unknown,
        show: () => { state.visible = true; },
        hide: () => { state.visible = false; },
        dispose: () => { state.visible = false; },
      }, touched);
    },
    createTextEditorDecorationType: (_options: unknown) => {
      const key = `decoration-${++decorationKey}`;
      return strict('TextEditorDecorationType', { key, dispose: () => undefined }, touched);
    },
    createTreeView: (id: string, opts: { treeDataProvider?: unknown }) => {
      const state = { message: undefined as unknown, options: opts };
      treeViews.set(id, state);
      return strict('TreeView', {
        get message() { return state.message; }, set message(v: unknown) { state.message = v; },
        title: undefined as unknown, description: undefined as unknown, badge: undefined as unknown,
        visible: true, selection: [] as unknown[],
        onDidChangeVisibility: new EventEmitter<unknown>().event,
        onDidChangeSelection: new EventEmitter<unknown>().event,
        onDidExpandElement: new EventEmitter<unknown>().event,
        onDidCollapseElement: new EventEmitter<unknown>().event,
        reveal: async () => undefined,
        dispose: () => { treeViews.delete(id); },
      }, touched);
    },
    registerTreeDataProvider: (id: string, provider: unknown) => {
      treeViews.set(id, { message: undefined, options: { treeDataProvider: provider } });
      return new Disposable(() => treeViews.delete(id));
    },
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async (message: string) => { output.push(['showErrorMessage', message]); return undefined; },
  }, touched);

  const diagnosticCollection = (name: string): Record<string, unknown> => {
    const mine = new Map<string, readonly StubDiagnostic[]>();
    const publish = (uri: Uri, list: readonly StubDiagnostic[] | undefined): void => {
      const key = uri.toString();
      if (list && list.length > 0) mine.set(key, [...list]);
      else mine.delete(key);
      diagnostics.set(key, mine.get(key) ?? []);
      for (const l of [...diagnosticListeners]) l(key, mine.get(key) ?? []);
      onDidChangeDiagnostics.fire({ uris: [uri] });
    };
    return strict(`DiagnosticCollection(${name})`, {
      name,
      set: (a: Uri | [Uri, readonly StubDiagnostic[] | undefined][], b?: readonly StubDiagnostic[]) => {
        if (Array.isArray(a)) for (const [u, d] of a) publish(u, d);
        else publish(a, b);
      },
      delete: (uri: Uri) => { if (mine.has(uri.toString())) publish(uri, undefined); },
      clear: () => { for (const k of [...mine.keys()]) publish(Uri.parse(k), undefined); },
      get: (uri: Uri) => mine.get(uri.toString()),
      has: (uri: Uri) => mine.has(uri.toString()),
      forEach: (cb: (uri: Uri, d: readonly StubDiagnostic[]) => void) => { for (const [k, d] of mine) cb(Uri.parse(k), d); },
      dispose: () => { for (const k of [...mine.keys()]) publish(Uri.parse(k), undefined); },
    }, touched);
  };

  const register = (kind: string) => (selector: unknown, provider: Record<string, Fn>) => {
    const entry = { kind, selector, provider };
    providers.push(entry);
    return new Disposable(() => { const i = providers.indexOf(entry); if (i >= 0) providers.splice(i, 1); });
  };

  const languages = strict('languages', {
    createDiagnosticCollection: (name = '') => diagnosticCollection(name),
    getDiagnostics: (uri?: Uri) => (uri ? diagnostics.get(uri.toString()) ?? [] : [...diagnostics].map(([k, d]) => [Uri.parse(k), d])),
    onDidChangeDiagnostics: onDidChangeDiagnostics.event,
    getLanguages: async () => ['contract', 'markdown', 'plaintext', 'yaml'],
    registerHoverProvider: register('hover'),
    registerCodeActionsProvider: register('codeActions'),
    registerDefinitionProvider: register('definition'),
    registerReferenceProvider: register('references'),
    registerDocumentSymbolProvider: register('documentSymbols'),
    registerDocumentLinkProvider: register('documentLinks'),
    registerCodeLensProvider: register('codeLens'),
    registerCompletionItemProvider: register('completion'),
    registerFoldingRangeProvider: register('folding'),
  }, touched);

  const commandsNs = strict('commands', {
    registerCommand: (id: string, handler: Fn, thisArg?: unknown) => {
      if (commands.has(id)) throw new Error(`command '${id}' already exists`);
      commands.set(id, thisArg === undefined ? handler : handler.bind(thisArg));
      return new Disposable(() => commands.delete(id));
    },
    registerTextEditorCommand: (id: string, handler: Fn) => {
      if (commands.has(id)) throw new Error(`command '${id}' already exists`);
      commands.set(id, (...args: unknown[]) => handler(activeEditor, undefined, ...args));
      return new Disposable(() => commands.delete(id));
    },
    executeCommand: async (id: string, ...args: unknown[]) => {
      if (id === 'setContext') {
        contextKeys.set(String(args[0]), args[1]);
        return undefined;
      }
      const h = commands.get(id);
      if (h) return h(...args);
      if (id.startsWith('workbench.') || id.startsWith('editor.')) return undefined; // built-in UI commands: no-op here
      throw new Error(`command '${id}' not found`);
    },
    getCommands: async () => [...commands.keys()],
  }, touched);

  const UIKind = { Desktop: 1, Web: 2 } as const;
  const env = strict('env', {
    appName: 'Visual Studio Code - Web (stub)',
    appHost: 'web',
    uiKind: UIKind.Web,
    language: 'en',
    machineId: 'stub-machine',
    sessionId: 'stub-session',
    uriScheme: 'vscode',
    remoteName: undefined as unknown,
    isTelemetryEnabled: false,
    onDidChangeTelemetryEnabled: new EventEmitter<boolean>().event,
    clipboard: { readText: async () => '', writeText: async () => undefined },
    openExternal: async () => false,
    asExternalUri: async (u: Uri) => u,
  }, touched);

  const extensions = strict('extensions', {
    all: [] as unknown[],
    getExtension: () => undefined,
    onDidChange: new EventEmitter<void>().event,
  }, touched);

  const module = strictModule({
    version: '1.100.0',
    Disposable, EventEmitter, Uri, Position, Range, Selection, Location, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    ThemeColor, ThemeIcon, MarkdownString, Hover, TreeItem, WorkspaceEdit, CodeAction, CodeActionKind,
    FileSystemError, FileType, TabInputText, CancellationTokenSource, UIKind,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
    DecorationRangeBehavior: { OpenOpen: 0, ClosedClosed: 1, OpenClosed: 2, ClosedOpen: 3 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    EndOfLine: { LF: 1, CRLF: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    SymbolKind: { File: 0, Module: 1, Namespace: 2, Package: 3, Class: 4, Method: 5, Property: 6, Field: 7, Constructor: 8, Enum: 9, Interface: 10, Function: 11, Variable: 12, Constant: 13, String: 14 },
    workspace, window, languages, commands: commandsNs, env, extensions,
  }, touched);

  // ---- test controls -------------------------------------------------------------------------------------------

  const makeEditor = (document: FakeTextDocument): FakeEditor & Record<string, unknown> => {
    const decorations = new Map<string, readonly RangeLike[]>();
    let selection = new Selection(new Position(0, 0), new Position(0, 0));
    return strict('TextEditor', {
      document,
      decorations,
      get selection() { return selection; }, set selection(s: Selection) { selection = s; },
      get selections() { return [selection]; },
      visibleRanges: [new Range(0, 0, Math.max(0, document.lineCount - 1), 0)],
      options: { tabSize: 2, insertSpaces: true },
      viewColumn: 1,
      setDecorations: (type: { key: string }, ranges: readonly RangeLike[]) => { decorations.set(type.key, [...ranges]); },
      revealRange: () => undefined,
    }, touched);
  };

  return {
    module,
    touched,
    listenerErrors,
    output,
    diagnostics,
    onDiagnostics: (l) => {
      diagnosticListeners.add(l);
      return { dispose: () => diagnosticListeners.delete(l) };
    },
    commands,
    contextKeys,
    providers,
    statusBarItems,
    treeViews,
    fsReads,
    Uri,
    openInEditor: (uri, languageId, text) => {
      const document = createTextDocument({ Position, Range }, Uri.parse(uri), languageId, text);
      textDocuments.push(document);
      onDidOpenTextDocument.fire(document);
      const editor = makeEditor(document);
      tabs.push({ input: new TabInputText(document.uri as Uri), label: document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) });
      onDidChangeTabs.fire({ opened: [tabs[tabs.length - 1]], closed: [], changed: [] });
      visibleEditors = [...visibleEditors, editor];
      onDidChangeVisibleTextEditors.fire([...visibleEditors]);
      activeEditor = editor;
      onDidChangeActiveTextEditor.fire(editor);
      return { document, editor };
    },
    close: (document) => {
      const key = document.uri.toString();
      visibleEditors = visibleEditors.filter((e) => e.document !== document);
      if (activeEditor?.document === document) activeEditor = visibleEditors[visibleEditors.length - 1];
      const closedTabs = tabs.filter((t) => t.input.uri.toString() === key);
      for (const t of closedTabs) tabs.splice(tabs.indexOf(t), 1);
      onDidChangeTabs.fire({ opened: [], closed: closedTabs, changed: [] });
      onDidChangeVisibleTextEditors.fire([...visibleEditors]);
      onDidChangeActiveTextEditor.fire(activeEditor);
      textDocuments.splice(textDocuments.indexOf(document), 1);
      document.close();
      onDidCloseTextDocument.fire(document);
    },
  };
}
