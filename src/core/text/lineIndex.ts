/** Converts UTF-16 offsets to 0-based line/character positions and back. Lines end at \n (a \r before it stays on the line, as in VS Code). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export class LineIndex {
  readonly #starts: number[];
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    const starts = [0];
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.#starts = starts;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))];
  }

  /** End of the line's text, before \r\n or \n. */
  lineEnd(line: number): number {
    const next = line + 1 < this.#starts.length ? this.#starts[line + 1] - 1 : this.#text.length;
    return next > this.lineStart(line) && this.#text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#text.length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.#starts[lo] };
  }

  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.#starts.length) return this.#text.length;
    return Math.min(this.#starts[line] + Math.max(0, character), this.lineEnd(line));
  }
}
