/**
 * An in-memory `vscode.TextDocument` for the web-bundle test: offsets ↔ positions through line starts, `\n` and
 * `\r\n` line breaks, clamping like VS Code (positions past the end map to the end of the text).
 */

export interface PositionLike {
  readonly line: number;
  readonly character: number;
}

export interface RangeLike {
  readonly start: PositionLike;
  readonly end: PositionLike;
}

export interface StubClasses {
  Position: new (line: number, character: number) => PositionLike;
  Range: new (start: PositionLike, end: PositionLike) => RangeLike;
}

export interface FakeTextDocument {
  readonly uri: { readonly scheme: string; readonly path: string; toString(): string };
  readonly fileName: string;
  readonly languageId: string;
  readonly version: number;
  readonly isDirty: boolean;
  readonly isClosed: boolean;
  readonly isUntitled: boolean;
  readonly eol: number;
  readonly encoding: string;
  readonly lineCount: number;
  getText(range?: RangeLike): string;
  positionAt(offset: number): PositionLike;
  offsetAt(position: PositionLike): number;
  lineAt(lineOrPosition: number | PositionLike): { lineNumber: number; text: string; range: RangeLike; rangeIncludingLineBreak: RangeLike; firstNonWhitespaceCharacterIndex: number; isEmptyOrWhitespace: boolean };
  validatePosition(position: PositionLike): PositionLike;
  validateRange(range: RangeLike): RangeLike;
  getWordRangeAtPosition(position: PositionLike): RangeLike | undefined;
  save(): Promise<boolean>;
  /** Test control: replaces the whole text (version + 1). */
  setText(text: string): void;
  /** Test control: marks the document closed. */
  close(): void;
}

export function createTextDocument(
  classes: StubClasses,
  uri: FakeTextDocument['uri'],
  languageId: string,
  initialText: string,
): FakeTextDocument {
  const { Position, Range } = classes;
  let text = initialText;
  let version = 1;
  let closed = false;
  let starts: number[] = [];
  const index = (): void => {
    starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  };
  index();
  /** End of line `line`'s content (before its `\r\n` or `\n`). */
  const contentEnd = (line: number): number => {
    let end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    if (line + 1 < starts.length && end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  const offsetAt = (p: PositionLike): number => {
    if (p.line < 0) return 0;
    if (p.line >= starts.length) return text.length;
    const start = starts[p.line];
    return Math.min(start + Math.max(0, p.character), contentEnd(p.line));
  };
  const positionAt = (offset: number): PositionLike => {
    const o = Math.max(0, Math.min(text.length, Math.floor(offset)));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, Math.min(o, contentEnd(lo)) - starts[lo]);
  };
  const lineAt = (lineOrPosition: number | PositionLike): ReturnType<FakeTextDocument['lineAt']> => {
    const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
    if (!Number.isInteger(line) || line < 0 || line >= starts.length) throw new Error(`Illegal value for \`line\`: ${line}`);
    const s = starts[line];
    const e = contentEnd(line);
    const lineText = text.slice(s, e);
    const nextStart = line + 1 < starts.length ? starts[line + 1] : text.length;
    const firstNonWs = lineText.search(/\S/);
    return {
      lineNumber: line,
      text: lineText,
      range: new Range(new Position(line, 0), new Position(line, e - s)),
      rangeIncludingLineBreak: new Range(new Position(line, 0), positionAt(nextStart)),
      firstNonWhitespaceCharacterIndex: firstNonWs < 0 ? lineText.length : firstNonWs,
      isEmptyOrWhitespace: firstNonWs < 0,
    };
  };
  const path = uri.path;
  return {
    uri,
    fileName: path,
    languageId,
    get version() { return version; },
    isDirty: false,
    get isClosed() { return closed; },
    isUntitled: uri.scheme === 'untitled',
    eol: text.includes('\r\n') ? 2 : 1,
    encoding: 'utf8',
    get lineCount() { return starts.length; },
    getText: (range) => (range ? text.slice(offsetAt(range.start), Math.max(offsetAt(range.start), offsetAt(range.end))) : text),
    positionAt,
    offsetAt,
    lineAt,
    validatePosition: (p) => positionAt(offsetAt(p)),
    validateRange: (r) => new Range(positionAt(offsetAt(r.start)), positionAt(offsetAt(r.end))),
    getWordRangeAtPosition: (p) => {
      const o = offsetAt(p);
      let s = o;
      let e = o;
      while (s > 0 && /\w/.test(text[s - 1])) s--;
      while (e < text.length && /\w/.test(text[e])) e++;
      return s === e ? undefined : new Range(positionAt(s), positionAt(e));
    },
    save: async () => true,
    setText: (t) => {
      text = t;
      version++;
      index();
    },
    close: () => { closed = true; },
  };
}
