/**
 * Parse and validate a `*.terms.yaml` term model (format version 1).
 *
 * The YAML is read with the `yaml` package (CST parser + composer, unique keys, strict) and the AST is
 * walked with a fixed, schema-directed depth, so every problem carries the exact offsets of the YAML
 * text it is about. Hostile input is refused cheaply before composing: nesting deeper than
 * MAX_NESTING_DEPTH (the composer recurses), more than MAX_ALIASES aliases (alias bombs are never
 * expanded). Never throws.
 */
import { Composer, LineCounter, Parser, Scalar, isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { CST, Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { isDigit, grouped } from '../text/chars';
import {
  BUILTIN_TYPE_IDS,
  type CustomClauseType,
  type DurationAmount,
  type DurationUnit,
  type Finding,
  type FindingCode,
  type Fix,
  type ModelParty,
  type ModelTerm,
  type MoneyAmount,
  type ParsedTermModel,
  type RelatedLocation,
  type Severity,
  type Span,
  type TermModel,
} from '../types';
import {
  BOOLEAN_LOOKALIKES,
  DURATION_TEXT_HINT,
  MONEY_TEXT_HINT,
  CLAUSE_TYPE_KEYS,
  COLOR_PATTERN,
  DURATION_KEYS,
  DURATION_UNITS,
  ID_MAX_LENGTH,
  ID_PATTERN,
  MAX_ALIASES,
  MAX_MODEL_LENGTH,
  MAX_NESTING_DEPTH,
  MAX_PROBLEMS,
  MODEL_VERSION,
  MONEY_KEYS,
  PARTY_KEYS,
  TERM_FIELDS,
  TOP_LEVEL_KEYS,
  closest,
  idWords,
  own,
  readDate,
  readDurationText,
  readDurationUnit,
  readMoneyText,
  readPercent,
  type Read,
} from './schema';
import { modelFix } from '../check/model/util';

const BUILTIN_SET: ReadonlySet<string> = new Set(BUILTIN_TYPE_IDS);
/** Alias dereferences the walker performs at most (each is at most MAX_ALIASES in the text). */
const MAX_DEREFS = 1000;
/** YAML parser errors reported at most (a broken flow collection can yield one per level). */
const MAX_YAML_ERRORS = 50;
/** A line starting with a plain key: its indentation, the key, and the first character of a value on the line. */
const KEY_LINE = /^( *)([\w-]+):(?:[ \t]+([^\s#]))?/;
/** Problems about the whole model: at its start, zero width. */
const NOWHERE: Span = { start: 0, end: 0 };
const EMPTY_MODEL = 'The term model is empty. Start with `terms:` (see the README for the format).';
const CURRENCY_CODE = /^[A-Z]{3}$/;
const UNQUOTED_COLOR_COMMENT = /^[ \t]{0,20}#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9A-Za-z])/;

type MutableTerm = { -readonly [K in keyof ModelTerm]: ModelTerm[K] };
type Problem = Finding;

interface Entry {
  readonly name: string;
  readonly keySpan: Span;
  readonly value: YamlNode | null;
  readonly pair: Pair;
}

/** Parse and validate a term model. Returns the model (best effort) and every problem found. Never throws. */
export const parseTermModel = (text: string): ParsedTermModel => {
  const source = typeof text === 'string' ? text : '';
  try {
    return readModel(source);
  } catch (e) {
    // Last resort only: every known path reports its own positioned finding.
    return {
      model: null,
      problems: [problem('model-syntax', 'error', { start: 0, end: Math.min(1, source.length) }, `The term model could not be read: ${e instanceof Error ? e.message : String(e)}`)],
    };
  }
};

/** A problem on `at` in the model. */
const problem = (code: FindingCode, severity: Severity, at: Span, message: string, fixes: readonly Fix[] = [], related: readonly RelatedLocation[] = [], term?: string): Problem => {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = { code, severity, message, where: 'model', start: at.start, end: at.end, related, fixes };
  if (term !== undefined) f.term = term;
  return f;
};

/**
 * Cheap upper bound on nesting, before any parsing: unclosed brackets anywhere (quotes and comments
 * included, so it can only over-estimate) plus block indentation levels plus `- `/`? ` indicators that
 * open a collection on the same line. Returns the offset where the bound first exceeds `limit`, or -1.
 * Linear: one pass over the text, an indentation stack no deeper than `limit`.
 */
export const estimateNesting = (text: string, limit: number): number => {
  let brackets = 0;
  const indents: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: measure the indentation.
    let col = 0;
    while (i < n && text.charCodeAt(i) === 32) {
      i++;
      col++;
    }
    const c = i < n ? text.charCodeAt(i) : 10;
    let lineDepth = 0;
    if (c !== 10 && c !== 13 && c !== 35 /* # */) {
      while (indents.length > 0 && indents[indents.length - 1] >= col) indents.pop();
      indents.push(col);
      lineDepth = indents.length;
    }
    // Rest of the line.
    let indicators = 0;
    let leading = true;
    while (i < n) {
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        i++;
        break;
      }
      if (ch === 91 /* [ */ || ch === 123 /* { */) brackets++;
      else if ((ch === 93 /* ] */ || ch === 125) /* } */ && brackets > 0) brackets--;
      if (leading) {
        if ((ch === 45 /* - */ || ch === 63 /* ? */) && (i + 1 >= n || text.charCodeAt(i + 1) === 32)) indicators++;
        else if (ch !== 32) leading = false;
      }
      if (brackets + lineDepth + indicators > limit) return i;
      i++;
    }
    if (brackets + lineDepth + indicators > limit) return Math.max(0, i - 1);
  }
  return -1;
};

/** Deepest collection nesting in the CST, walked with an explicit stack (the CST parser itself is iterative). */
const deepestNesting = (tokens: readonly CST.Token[], limit: number): { depth: number; offset: number } | null => {
  const stack: Array<[CST.Token, number]> = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push([tokens[i], 0]);
  while (stack.length > 0) {
    const [tok, depth] = stack.pop()!;
    switch (tok.type) {
      case 'document':
        if (tok.value) stack.push([tok.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const d = depth + 1;
        if (d > limit) return { depth: d, offset: tok.offset };
        for (const item of tok.items as ReadonlyArray<{ key?: CST.Token | null; value?: CST.Token }>) {
          if (item.key) stack.push([item.key, d]);
          if (item.value) stack.push([item.value, d]);
        }
        break;
      }
      default:
        break;
    }
  }
  return null;
};

/** Reads one model: the problems found so far and what the walk needs to know live in this closure. */
const readModel = (text: string): ParsedTermModel => {
  const problems: Problem[] = [];
  let dropped = 0;
  let yamlDoc: Document.Parsed | null = null;
  let derefs = 0;
  let aliasesDisabled = false;
  let derefLimitReported = false;
  let partyIds: ReadonlySet<string> = new Set();
  let typeIds: ReadonlySet<string> = BUILTIN_SET;
  /**
   * `{ amount: USD 10,000,000 }`: in a flow mapping the commas end the value, leaving `USD 10` and two keys `000`.
   * The value as written (one scalar over the whole figure) by its pair, and the `000` pairs to skip.
   */
  const splitValues = new Map<Pair, YamlNode>();
  const splitPieces = new Set<Pair>();

  const read = (): ParsedTermModel => {
    scanNonPrintable();

    if (text.length > MAX_MODEL_LENGTH) {
      syntaxAt(MAX_MODEL_LENGTH, 1,
        `The term model is ${grouped(text.length)} characters long; models over ${grouped(MAX_MODEL_LENGTH)} characters are not read (a term sheet needs a few thousand).`);
      return finish(null);
    }
    const rough = estimateNesting(text, MAX_NESTING_DEPTH);
    if (rough >= 0) return tooDeep(rough);

    const lineCounter = new LineCounter();
    const parser = new Parser(lineCounter.addNewLine);
    const tokens: CST.Token[] = [];
    for (const tok of parser.parse(text)) {
      // YAML 1.1 (`yes` and `no` booleans, sexagesimal numbers) is read as 1.2: the bundles leave its schema out
      // (esbuild.js YAML11), and a model is one reading everywhere
      if (tok.type === 'directive' && /^%YAML[ \t]+1\.1\b/.test(tok.source)) {
        tok.source = '%YAML 1.2';
        syntax({ start: tok.offset, end: tok.offset + 9 }, 'Term models are read as YAML 1.2, where `yes`, `no`, `on` and `off` are text: write true or false.', [], [], 'warning');
      }
      tokens.push(tok);
    }

    const deep = deepestNesting(tokens, MAX_NESTING_DEPTH);
    if (deep) return tooDeep(deep.offset);

    const composer = new Composer({
      // uniqueKeys is off because the yaml package checks it pairwise (40,000 keys: over a minute);
      // scanStructure() reports duplicate keys in one linear pass instead.
      // (and YAML 1.1's tags, !!binary, !!set, !!timestamp..., are not read in 1.2 either: esbuild.js YAML11)
      uniqueKeys: false, strict: true, prettyErrors: false, lineCounter, resolveKnownTags: false,
    });
    let doc: Document.Parsed | null = null;
    for (const d of composer.compose(tokens, true, text.length)) {
      if (!doc) doc = d;
      else {
        syntaxAt(d.range[0], 3,
          'A term model is one YAML document; this second document (after `---`) is ignored.');
        break;
      }
    }
    if (!doc) {
      syntax(NOWHERE, EMPTY_MODEL);
      return finish(null);
    }
    yamlDoc = doc;

    scanStructure(doc);

    const root = deref(doc.contents);
    let model: TermModel | null = null;
    if (isEmpty(root)) {
      syntax(NOWHERE, EMPTY_MODEL);
    } else if (isMap(root)) {
      model = readRoot(root);
    } else {
      syntaxOn(root,
        `The term model must be a mapping of keys (agreement, parties, terms...), not ${describe(root)}.`);
    }
    yamlProblems(doc);
    return finish(model);
  };

  // -------------------------------------------------------------------------------------------
  // Problems
  // -------------------------------------------------------------------------------------------

  const addProblem = (code: FindingCode, severity: Severity, at: Span, message: string, fixes: readonly Fix[] = [], related: readonly RelatedLocation[] = [], term?: string): void => {
    if (problems.length >= MAX_PROBLEMS) {
      dropped++;
      return;
    }
    problems.push(problem(code, severity, at, message, fixes, related, term));
  };

  const syntax = (at: Span, message: string, fixes?: readonly Fix[], related?: readonly RelatedLocation[], severity: Severity = 'error'): void => {
    addProblem('model-syntax', severity, at, message, fixes, related);
  };

  /** A syntax error on (up to) `width` characters at `offset`, both kept within the text. */
  const syntaxAt = (offset: number, width: number, message: string): void => {
    const len = text.length;
    const at = clamp(offset, 0, len);
    syntax({ start: at, end: Math.min(at + width, len) }, message);
  };

  /** A syntax error on a node's text. */
  const syntaxOn = (node: unknown, message: string): void => {
    syntax(spanOf(node), message);
  };

  const schema = (at: Span, message: string, fixes?: readonly Fix[], related?: readonly RelatedLocation[], term?: string): void => {
    addProblem('model-schema', 'error', at, message, fixes, related, term);
  };

  /** A schema error on an entry's key. */
  const keyError = (e: { readonly keySpan: Span }, message: string, fixes?: readonly Fix[], term?: string): void => {
    schema(e.keySpan, message, fixes, [], term);
  };

  const finish = (model: TermModel | null): ParsedTermModel => {
    const seen = new Set<string>();
    const out: Problem[] = [];
    for (const p of problems) {
      const k = `${p.code}\u0000${p.start}\u0000${p.end}\u0000${p.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(p);
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    if (dropped > 0) {
      out.push(problem('model-syntax', 'warning', NOWHERE, `${dropped} more problem(s) in the term model are not shown (only the first ${MAX_PROBLEMS} are).`));
    }
    return { model, problems: out };
  };

  const scanNonPrintable = (): void => {
    let first = -1;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      if (isNonPrintable(text.charCodeAt(i))) {
        if (first < 0) first = i;
        count++;
      }
    }
    if (first < 0) return;
    const code = text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0');
    syntaxAt(first, 1,
      `The term model contains a non-printable character (U+${code})${count > 1 ? ` and ${count - 1} more` : ''}; YAML allows none. Is this a binary file?`);
  };

  const yamlProblems = (doc: Document.Parsed): void => {
    const len = text.length;
    let n = 0;
    let extra = 0;
    // value lines with a line indented under them (see #overIndented): the library's messages about them are replaced
    const lines: [number, number][] = [];
    for (const e of doc.errors) {
      const line = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? overIndented(e.pos[0]) : null;
      if (line) lines.push(line);
    }
    const within = (at: number): boolean => lines.some(([a, b]) => at >= a && at < b);
    const kept = problems.filter((p) => p.code !== 'model-schema' || !within(p.start));
    problems.splice(0, Infinity, ...kept);
    const report = (e: { code: string; pos: [number, number]; message: string }, severity: Severity) => {
      const start = clamp(e.pos?.[0] ?? 0, 0, len);
      const end = clamp(e.pos?.[1] ?? start, start, len);
      if (/IMPLICIT_KEY$/.test(e.code) && within(start)) return;
      if (n >= MAX_YAML_ERRORS) {
        extra++;
        return;
      }
      n++;
      let message = e.message.split('\n')[0];
      if (e.code === 'MULTIPLE_DOCS') return; // reported by read()
      if (e.code === 'TAB_AS_INDENT') message += ' (indent with spaces)';
      addProblem('model-syntax', severity, { start, end }, `YAML ${severity === 'error' ? 'error' : 'warning'}: ${message}`);
    };
    for (const e of doc.errors) report(e, 'error');
    for (const w of doc.warnings) report(w, 'warning');
    if (extra > 0) {
      syntax(NOWHERE, `${extra} more YAML error(s) are not shown; fix the first ones and save again.`);
    }
  };

  /**
   * A key indented under a line that already has a value (`holder: microsoft`, then `     exclusive: true`): YAML
   * reads it as more of that value and says "Nested mappings are not allowed in compact mappings" there. Reported
   * instead on the indented key, with a fix that indents it like the line above. Returns the value line, or null.
   */
  const overIndented = (at: number): [number, number] | null => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    const m = KEY_LINE.exec(text.slice(start, end));
    const next = KEY_LINE.exec(text.slice(end + 1, end + 200));
    if (end < 0 || !m?.[3] || !next || next[1].length <= m[1].length) return null;
    const key = end + 1 + next[1].length;
    syntax({ start: key, end: key + next[2].length },
      `\`${next[2]}\` is indented more than \`${m[2]}\`, which has a value: indent it ${m[1].length} spaces like \`${m[2]}\`.`,
      [fixAt({ start: end + 1, end: key }, m[1], `Indent \`${next[2]}\` like \`${m[2]}\``)]);
    return [start, end];
  };

  // -------------------------------------------------------------------------------------------
  // Nodes
  // -------------------------------------------------------------------------------------------

  const tooDeep = (offset: number): ParsedTermModel => {
    syntaxAt(offset, 1,
      `The YAML is nested more than ${MAX_NESTING_DEPTH} levels deep here (or opens more than ${MAX_NESTING_DEPTH} brackets without closing them); a term model needs 4. The model was not read.`);
    return finish(null);
  };

  /** One linear pass over every node: counts aliases (alias bombs) and reports duplicate keys in any mapping. */
  const scanStructure = (doc: Document.Parsed): void => {
    let aliases = 0;
    visit(doc, {
      Alias: (_key, node) => {
        aliases++;
        if (aliases === MAX_ALIASES + 1) {
          aliasesDisabled = true;
          syntaxOn(node,
            `More than ${MAX_ALIASES} aliases (*name): this looks like an "alias bomb", so no alias in the model is expanded.`);
        }
        return undefined;
      },
      Map: (_key, map) => {
        if (map.flow) findSplitFigures(map);
        const seen = new Map<string, Span>();
        for (const pair of map.items) {
          if (splitPieces.has(pair)) continue;
          const k = pair.key;
          if (!isAtom(k)) continue;
          const name = `${typeof k.value}:${String(k.value)}`;
          const span = spanOf(k);
          const first = seen.get(name);
          if (!first) {
            seen.set(name, span);
            continue;
          }
          const shown = clip(String(k.value));
          syntax(span,
            `Duplicate key \`${shown}\`: it is already defined above; only the first one is used.`,
            [], [relatedAt(first, `first \`${shown}\``)]);
        }
        return undefined;
      },
    });
  };

  /**
   * A plain value followed by pieces that YAML read as keys without values: `,000` right after a digit (a figure with
   * thousands separators cut by the flow mapping's commas), or `, Inc.` after one space and not starting with a
   * lower-case letter or a digit, as every key of the model does, after text (a name: "Northwind Analytics, Inc.").
   * Reported once, with a fix that quotes it; read as written.
   */
  const findSplitFigures = (map: YAMLMap): void => {
    const items = map.items as Pair[];
    for (let i = 0; i < items.length; i++) {
      const v = items[i].value;
      if (!isScalar(v) || v.type !== 'PLAIN' || v.value === null) continue;
      const first = spanOf(v);
      if (first.end <= first.start) continue;
      let end = first.end;
      let j = i + 1;
      const keys: string[] = [];
      for (; j < items.length; j++) {
        const k = items[j].key;
        if (items[j].value !== null || !isScalar(k) || k.type !== 'PLAIN' || text.charCodeAt(end) !== 44 /* , */) break;
        const ks = spanOf(k);
        const w = textAt(ks);
        if (!(ks.start === end + 1 && isDigit(text.charCodeAt(end - 1)) && /^\d{3}$/.test(w))
          && !(typeof v.value === 'string' && ks.start === end + 2 && text.charCodeAt(end + 1) === 32 && /^[^a-z\d]/.test(w))) break;
        if (!keys.includes(w)) keys.push(w);
        end = ks.end;
      }
      if (j === i + 1) continue;
      const written = text.slice(first.start, end);
      const whole = new Scalar(written);
      whole.range = [first.start, end, end];
      splitValues.set(items[i], whole);
      for (let k = i + 1; k < j; k++) splitPieces.add(items[k]);
      const at = { start: first.start, end };
      syntax(at,
        `Inside \`{ … }\` a comma ends a value: \`${clip(written)}\` is YAML for \`${clip(textAt(first))}\` followed by key${j > i + 2 ? 's' : ''} ${keys.map((w) => `\`${clip(w)}\``).join(', ')}. Quote it, or write the fields on separate lines (Clause Annotator reads it as you meant; other YAML tools will not).`,
        [fixAt(at, JSON.stringify(written), `Quote it: "${clip(written)}"`)]);
      i = j - 1;
    }
  };

  /** The node itself, or the node an alias points to. `undefined` when an alias is not followed. */
  const deref = (node: unknown): YamlNode | null | undefined => {
    if (node === null || node === undefined) return null;
    if (!isAlias(node)) return node as YamlNode;
    if (aliasesDisabled || !yamlDoc) return undefined;
    derefs++;
    if (derefs > MAX_DEREFS) {
      if (!derefLimitReported) {
        derefLimitReported = true;
        syntaxOn(node, `Aliases were followed more than ${MAX_DEREFS} times; the rest are ignored.`);
      }
      return undefined;
    }
    let target: unknown;
    try {
      target = node.resolve(yamlDoc);
    } catch {
      target = undefined;
    }
    if (target === undefined || target === null || isAlias(target)) {
      syntaxOn(node, `Unknown alias \`${clip(String(node.source))}\`.`);
      return undefined;
    }
    return target as YamlNode;
  };

  /** The text of a span. */
  const textAt = (span: Span): string => {
    return text.slice(span.start, span.end);
  };

  const spanOf = (node: unknown): Span => {
    const len = text.length;
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range) return { start: 0, end: 0 };
    const start = clamp(range[0], 0, len);
    let end = clamp(range[1], start, len);
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return { start, end };
  };

  /** The pairs of a mapping with usable keys, first occurrence of each key only. */
  const entriesOf = (map: YAMLMap): Entry[] => {
    const out: Entry[] = [];
    const first = new Map<string, Span>();
    for (const pair of map.items as Pair[]) {
      if (splitPieces.has(pair)) continue;
      const keyNode = deref(pair.key);
      if (keyNode === undefined) continue;
      let name: string | null = null;
      let keySpan: Span;
      if (isAtom(keyNode)) {
        keySpan = spanOf(pair.key);
        name = typeof keyNode.value === 'string' ? keyNode.value : textAt(keySpan);
      } else {
        const valueSpan = spanOf(pair.value);
        keySpan = pair.key ? spanOf(pair.key) : { start: valueSpan.start, end: valueSpan.start };
        schema(keySpan,
          isEmpty(keyNode) ? 'A key is missing here.' : 'Keys must be plain words, not lists or mappings.');
        continue;
      }
      if (first.has(name)) continue; // reported by scanStructure() (or a key written two ways, e.g. 1 and "1")
      first.set(name, keySpan);
      out.push({ name, keySpan, value: splitValues.get(pair) ?? (pair.value as YamlNode | null) ?? null, pair });
    }
    return out;
  };

  /** True once MAX_PROBLEMS are recorded: further problems are only counted (skip the costly suggestions). */
  const full = (): boolean => {
    if (problems.length < MAX_PROBLEMS) return false;
    dropped++;
    return true;
  };

  /** An unknown key of a mapping whose keys are those of `table`. */
  const unknownKey = (entry: Entry, table: Readonly<Record<string, unknown>>, where: string, present: ReadonlySet<string>): void => {
    if (full()) return;
    const known = Object.keys(table);
    const s = closest(entry.name, known);
    const fixes: Fix[] = [];
    let hint = '';
    if (s.best) {
      hint = ` Did you mean \`${s.best}\`?`;
      if (s.unambiguous && !present.has(s.best)) {
        fixes.push(fixAt(entry.keySpan, s.best, `Rename to \`${s.best}\``));
      }
    }
    keyError(entry,
      `Unknown key \`${clip(entry.name)}\` in ${where}.${hint} Known keys: ${known.join(', ')}.`, fixes);
  };

  const checkId = (entry: Entry, what: string): void => {
    if (entry.name.length <= ID_MAX_LENGTH && ID_PATTERN.test(entry.name)) return;
    keyError(entry,
      `${what} id \`${clip(entry.name)}\` should use lowercase letters, digits, "-" and "_" only (at most ${ID_MAX_LENGTH} characters), e.g. \`${suggestId(entry.name)}\`.`);
  };

  /** Node of a field, resolved; reports and returns undefined for aliases not followed. */
  const valueOf = (entry: Entry): YamlNode | null | undefined => {
    return deref(entry.value);
  };

  const valueSpan = (entry: Entry, node: YamlNode | null | undefined): Span => {
    if (node === null || node === undefined || (isScalar(node) && node.value === null && spanOf(entry.value).start === spanOf(entry.value).end)) {
      return entry.keySpan;
    }
    // Report at the alias itself when the value came through one.
    return spanOf(entry.value ?? node);
  };

  const wrongType = (entry: Entry, node: YamlNode | null, expected: string, fixes: readonly Fix[] = [], term?: string): void => {
    const at = valueSpan(entry, node);
    const found = isEmpty(node) ? 'is empty' : `is ${describe(node)}`;
    schema(at, `\`${clip(entry.name)}\` ${found}; expected ${expected}.`, fixes, [], term);
  };

  const readText = (entry: Entry, what = 'text', term?: string): string | undefined => {
    const node = valueOf(entry);
    if (node === undefined) return undefined;
    const v = phrase(node);
    if (v === undefined) wrongType(entry, node, what, [], term);
    return v;
  };

  /** The text of a scalar that is not blank (a number or boolean as written), else undefined. */
  const phrase = (node: unknown): string | undefined =>
    isAtom(node) && String(node.value).trim() !== '' ? (typeof node.value === 'string' ? node.value : textAt(spanOf(node))) : undefined;

  const readWith = <T>(entry: Entry, reader: (v: unknown) => Read<T>, label: string, term?: string): T | undefined => {
    const node = valueOf(entry);
    if (node === undefined) return undefined;
    if (!isScalar(node) || node.value === null) {
      wrongType(entry, node, label, [], term);
      return undefined;
    }
    const r = reader(node.value);
    if (r.ok) return r.value;
    const at = spanOf(entry.value);
    const fixes: Fix[] = r.suggestion
      ? [fixAt(at, r.suggestion, `Write it as ${r.suggestion}`)]
      : [];
    schema(at, `\`${entry.name}\` ${r.reason}.`, fixes, [], term);
    return undefined;
  };

  const readBoolean = (entry: Entry, term?: string): boolean | undefined => {
    const node = valueOf(entry);
    if (node === undefined) return undefined;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    const fixes: Fix[] = [];
    if (isText(node)) {
      const b = own(BOOLEAN_LOOKALIKES, node.value.trim().toLowerCase());
      if (b !== undefined) {
        const at = spanOf(entry.value);
        fixes.push(fixAt(at, String(b), `Write \`${b}\``));
      }
    }
    wrongType(entry, node, 'true or false', fixes, term);
    return undefined;
  };

  // -------------------------------------------------------------------------------------------
  // The model
  // -------------------------------------------------------------------------------------------

  const readRoot = (root: YAMLMap): TermModel => {
    const spans: Record<string, Span> = {};
    const top = new Map<string, Entry>();
    const entries = entriesOf(root);
    const present = namesOf(entries);
    for (const e of entries) {
      if (!Object.hasOwn(TOP_LEVEL_KEYS, e.name)) {
        unknownKey(e, TOP_LEVEL_KEYS, 'the term model', present);
        continue;
      }
      top.set(e.name, e);
      setOwn(spans, `${e.name}:key`, e.keySpan);
      setOwn(spans, e.name, valueSpan(e, deref(e.value) ?? null));
    }
    // Reset the deref count spent on span computation so the budget counts reading only.
    derefs = 0;

    const model: {
      version: 1; agreement?: string; effective?: string; expires?: string;
      parties: Record<string, ModelParty>; terms: Record<string, ModelTerm>; clauseTypes: Record<string, CustomClauseType>;
      spans: Record<string, Span>;
    } = { version: 1, parties: {}, terms: {}, clauseTypes: {}, spans };

    const version = top.get('version');
    if (version) {
      const node = valueOf(version);
      if (node !== undefined && !(isScalar(node) && node.value === MODEL_VERSION)) {
        const at = valueSpan(version, node);
        const fixes: Fix[] = isScalar(node) && String(node.value).trim() === '1'
          ? [fixAt(at, '1', 'Write `1`')]
          : [];
        schema(at,
          `\`version\` must be ${MODEL_VERSION} (the only version of the term model format); found ${describe(node)}.`, fixes);
      }
    }
    const agreement = top.get('agreement');
    if (agreement) {
      const v = readText(agreement, 'the title of the agreement');
      if (v !== undefined) model.agreement = v;
    }
    for (const key of ['effective', 'expires'] as const) {
      const e = top.get(key);
      if (!e) continue;
      const v = readWith(e, readDate, 'a date written YYYY-MM-DD');
      if (v !== undefined) model[key] = v;
    }
    if (model.effective && model.expires && model.expires < model.effective) {
      addProblem('model-date-order', 'error', spans.expires,
        `The agreement expires (${model.expires}) before it takes effect (${model.effective}).`, [],
        [relatedAt(spans.effective, `effective: ${model.effective}`)]);
    }

    const parties = top.get('parties');
    if (parties) readParties(parties, model.parties);
    const clauseTypes = top.get('clauseTypes');
    if (clauseTypes) readClauseTypes(clauseTypes, model.clauseTypes, spans);
    const terms = top.get('terms');
    if (terms) readTerms(terms, model.terms);
    return model;
  };

  const mapOf = (entry: Entry, expected: string): YAMLMap | null => {
    const node = valueOf(entry);
    if (node === undefined) return null;
    if (isMap(node)) return node;
    if (isEmpty(node)) return null; // an empty section is fine
    wrongType(entry, node, expected);
    return null;
  };

  const readParties = (section: Entry, out: Record<string, ModelParty>): void => {
    const map = mapOf(section, 'a mapping of party ids to { name, aliases }');
    if (!map) return;
    const entries = entriesOf(map);
    partyIds = namesOf(entries);
    const partyName = 'the party\'s name';
    for (const e of entries) {
      checkId(e, 'Party');
      const node = valueOf(e);
      if (node === undefined) continue;
      let name: string | undefined;
      let aliases: string[] = [];
      if (isAtom(node)) {
        name = readText(e, partyName);
        if (name === undefined) continue;
      } else if (!isMap(node)) {
        wrongType(e, node, `{ name: ..., aliases: [...] } or ${partyName}`);
        continue;
      } else {
        const fields = entriesOf(node);
        const present = namesOf(fields);
        for (const f of fields) {
          if (f.name === 'name') name = readText(f, partyName);
          else if (f.name === 'aliases') aliases = readStringList(f, 'a list of names, e.g. [Microsoft, MSFT]');
          else unknownKey(f, PARTY_KEYS, `party \`${clip(e.name)}\``, present);
        }
        if (!present.has('name')) {
          keyError(e, `Party \`${clip(e.name)}\` has no \`name\`.`);
        }
      }
      setOwn(out, e.name, { id: e.name, name: name ?? e.name, aliases, keySpan: e.keySpan });
    }
  };

  const readStringList = (entry: Entry, expected: string): string[] => {
    const node = valueOf(entry);
    if (node === undefined) return [];
    if (isText(node) && node.value.trim() !== '') {
      const at = spanOf(entry.value);
      const src = textAt(at);
      wrongType(entry, node, expected, [fixAt(at, `[${src}]`, `Make it a list: [${clip(src)}]`)]);
      return [];
    }
    if (!isSeq(node)) {
      wrongType(entry, node, expected);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const n = deref(item);
      if (n === undefined) continue;
      const v = phrase(n);
      if (v !== undefined) out.push(v);
      else {
        const sp = n ? spanOf(item) : valueSpan(entry, null);
        schema(sp, `Each item of \`${entry.name}\` must be a non-empty phrase, not ${describe(n)}.`);
      }
    }
    return out;
  };

  const readClauseTypes = (section: Entry, out: Record<string, CustomClauseType>, spans: Record<string, Span>): void => {
    const map = mapOf(section, 'a mapping of clause type ids to { title, cues, color, description }');
    if (!map) return;
    const entries = entriesOf(map);
    typeIds = new Set([...BUILTIN_SET, ...entries.map((e) => e.name)]);
    for (const e of entries) {
      checkId(e, 'Clause type');
      if (BUILTIN_SET.has(e.name)) {
        keyError(e,
          `\`${e.name}\` is a built-in clause type; give your own type another id (e.g. \`my-${e.name}\`).`);
        continue;
      }
      setOwn(spans, `clauseTypes.${e.name}`, e.keySpan);
      const node = valueOf(e);
      if (node === undefined) continue;
      if (!isMap(node)) {
        wrongType(e, node, '{ title, cues: [...], color, description }');
        continue;
      }
      const fields = entriesOf(node);
      const present = namesOf(fields);
      const ct: { id: string; title: string; cues: string[]; description?: string; color?: string } = { id: e.name, title: e.name, cues: [] };
      for (const f of fields) {
        if (f.name === 'title' || f.name === 'description') {
          const v = readText(f, `a ${f.name}`);
          if (v !== undefined) ct[f.name] = v;
        } else if (f.name === 'cues') {
          ct.cues = readStringList(f, 'a list of literal phrases, e.g. [data residency, stored in the EU]');
          if (ct.cues.length === 0 && !problems.some((p) => p.start >= f.keySpan.start && p.start <= spanOf(f.value).end && p.code === 'model-schema')) {
            keyError(f, `Clause type \`${clip(e.name)}\` needs at least one cue phrase.`);
          }
        } else if (f.name === 'color') {
          const v = readColor(f);
          if (v !== undefined) ct.color = v;
        } else unknownKey(f, CLAUSE_TYPE_KEYS, `clause type \`${clip(e.name)}\``, present);
      }
      if (!present.has('cues')) {
        keyError(e,
          `Clause type \`${clip(e.name)}\` has no \`cues\`: list the literal phrases that mark it, e.g. cues: [data residency].`);
      }
      setOwn(out, e.name, ct);
    }
  };

  const readColor = (f: Entry): string | undefined => {
    const node = valueOf(f);
    if (node === undefined) return undefined;
    if (isText(node) && COLOR_PATTERN.test(node.value)) return node.value;
    if (isEmpty(node)) {
      // `color: #3b82f6` — YAML reads the colour as a comment.
      const after = text.slice(f.keySpan.end, f.keySpan.end + 40);
      const colon = after.indexOf(':');
      const m = colon >= 0 ? UNQUOTED_COLOR_COMMENT.exec(after.slice(colon + 1)) : null;
      if (m) {
        const start = f.keySpan.end + colon + 1 + m[0].length - m[1].length - 1;
        const end = start + m[1].length + 1;
        const hex = m[1].length === 3 ? doubled(m[1]) : m[1];
        const at = { start, end };
        schema(at,
          '`color` is empty: in YAML an unquoted # starts a comment. Quote the colour.',
          [fixAt(at, `"#${hex}"`, `Quote it: "#${hex}"`)]);
        return undefined;
      }
    }
    const fixes: Fix[] = [];
    if (isText(node) && /^#[0-9a-fA-F]{3}$/.test(node.value)) {
      const at = spanOf(f.value);
      const hex = doubled(node.value.slice(1));
      fixes.push(fixAt(at, `"#${hex}"`, `Write "#${hex}"`));
    }
    wrongType(f, node, 'a colour written "#rrggbb"', fixes);
    return undefined;
  };

  const readTerms = (section: Entry, out: Record<string, ModelTerm>): void => {
    const map = mapOf(section, 'a mapping of term ids to terms');
    if (!map) return;
    for (const e of entriesOf(map)) {
      checkId(e, 'Term');
      const node = valueOf(e);
      if (node === undefined) continue;
      if (!isMap(node)) {
        if (isEmpty(node)) {
          keyError(e, `Term \`${clip(e.name)}\` is empty: give it at least a \`type\`.`, addTypeFix(e, null), e.name);
        } else wrongType(e, node, 'a mapping of fields (type, holder, exclusive...)', [], e.name);
        continue;
      }
      const term = readTerm(e, node);
      if (term) setOwn(out, e.name, term);
    }
  };

  /** Fix adding `type: <id>` when the term id is itself a clause type id. */
  const addTypeFix = (e: Entry, map: YAMLMap | null): Fix[] => {
    if (!typeIds.has(e.name)) return [];
    const type = `type: ${e.name}`;
    /** The fix replacing `at` (or inserting at `at` when a number). */
    const add = (at: Span | number, newText: string): Fix[] =>
      [modelFix(typeof at === 'number' ? { start: at, end: at } : at, newText, `Add \`${type}\``)];
    if (map === null) {
      const v = spanOf(e.value);
      if (e.value && v.end > v.start) return add(v, `{ ${type} }`);
      // `term:` with nothing after the colon
      const colon = text.indexOf(':', e.keySpan.end);
      if (colon < 0 || colon > e.keySpan.end + 20) return [];
      return add(colon + 1, ` { ${type} }`);
    }
    const firstKey = map.items[0]?.key;
    if (map.flow) {
      if (!firstKey) return add(spanOf(map), `{ ${type} }`);
      return add(spanOf(firstKey).start, `${type}, `);
    }
    if (!firstKey) return [];
    const k = spanOf(firstKey);
    const lineStart = text.lastIndexOf('\n', k.start - 1) + 1;
    const indent = text.slice(lineStart, k.start);
    if (!/^[ ]*$/.test(indent)) return [];
    return add(k.start, `${type}\n${indent}`);
  };

  const readTerm = (e: Entry, map: YAMLMap): ModelTerm | null => {
    const id = e.name;
    const valueSpans: Record<string, Span> = {};
    const term: Partial<MutableTerm> = { id, keySpan: e.keySpan, valueSpans };
    const fields = entriesOf(map);
    const present = namesOf(fields);
    let typeSeen = false;
    for (const f of fields) {
      const kind = own(TERM_FIELDS, f.name);
      if (!kind) {
        unknownKey(f, TERM_FIELDS, `term \`${clip(id)}\``, present);
        continue;
      }
      setOwn(valueSpans, f.name, valueSpan(f, deref(f.value) ?? null));
      // the value read, set as the field unless undefined (a `money` field is `amount`, a `duration` one `duration`)
      let v: unknown;
      switch (kind) {
        case 'type': {
          typeSeen = true;
          const t = readText(f, 'a clause type id', id);
          if (t !== undefined && !typeIds.has(t)) unknownType(f, t, id);
          v = t;
          break;
        }
        case 'text':
          v = readText(f, 'text', id);
          break;
        case 'notes':
          readText(f, 'free text', id);
          break;
        case 'party': {
          const p = readText(f, 'a party id', id);
          if (p === undefined) break;
          if (partyIds.has(p)) v = p;
          else unknownParty(f, p, id);
          break;
        }
        case 'boolean':
          v = readBoolean(f, id);
          break;
        case 'date':
          v = readWith(f, readDate, 'a date written YYYY-MM-DD', id);
          break;
        case 'percent':
          v = readWith(f, readPercent, 'a percentage such as 12%', id);
          break;
        case 'money':
          v = readMoney(f, id);
          break;
        case 'duration':
          v = readDuration(f, id);
          break;
      }
      if (v !== undefined) (term as Record<string, unknown>)[f.name] = v;
    }
    if (term.starts && term.ends && term.ends < term.starts) {
      addProblem('model-date-order', 'error', valueSpans.ends, `Term \`${id}\` ends (${term.ends}) before it starts (${term.starts}).`, [],
        [relatedAt(valueSpans.starts, `starts: ${term.starts}`)], id);
    }
    if (!typeSeen) {
      keyError(e,
        `Term \`${clip(id)}\` has no \`type\`: say which clause type it is about (e.g. type: exclusivity).`, addTypeFix(e, map), id);
      return null;
    }
    if (term.type === undefined) return null;
    return term as ModelTerm;
  };

  const unknownType = (f: Entry, v: string, term: string): void => {
    unknownId(f, v, term, typeIds, (hint) =>
      `Unknown clause type \`${clip(v)}\`: it is neither built in nor defined under \`clauseTypes\`.${hint}`);
  };

  const unknownParty = (f: Entry, v: string, term: string): void => {
    unknownId(f, v, term, partyIds, (hint) =>
      `Unknown party \`${clip(v)}\` in \`${f.name}\`.${hint}${partyIds.size === 0 ? ' No parties are defined under `parties`.' : ''}`);
  };

  /** A `model-reference` error on a field naming an unknown id, with the closest known one as a hint and a fix. */
  const unknownId = (f: Entry, v: string, term: string, known: ReadonlySet<string>, message: (hint: string) => string): void => {
    if (full()) return;
    const s = closest(v, [...known]);
    const at = spanOf(f.value);
    const fixes: Fix[] = s.best && s.unambiguous
      ? [fixAt(at, s.best, `Change to \`${s.best}\``)]
      : [];
    addProblem('model-reference', 'error', at, message(s.best ? ` Did you mean \`${s.best}\`?` : ''), fixes, [], term);
  };

  const readMoney = (f: Entry, term: string): MoneyAmount | undefined => {
    return readAmount<'currency', string>(f, term, {
      keys: MONEY_KEYS, second: 'currency', min: 0, amountHint: 'a number of at least 0, e.g. 10000000',
      readSecond: (x, n) => {
        if (isText(n) && CURRENCY_CODE.test(n.value)) return n.value;
        const upper = isText(n) ? n.value.trim().toUpperCase() : '';
        const at = spanOf(x.value);
        const fixes: Fix[] = CURRENCY_CODE.test(upper)
          ? [fixAt(at, upper, `Write ${upper}`)]
          : [];
        wrongType(x, n, 'a three-letter currency code such as USD, EUR or GBP', fixes, term);
        return undefined;
      },
      numberHint: 'an amount with its currency, e.g. "USD 10,000,000" or { amount: 10000000, currency: USD }',
      fromText: readMoneyText,
      textHint: MONEY_TEXT_HINT, label: 'an amount of money',
    });
  };

  /**
   * An amount with a second key (a money's currency, a duration's unit): a map `{ amount, <second> }` (each key
   * checked; `readSecond` reports its own errors), or text read by `fromText`; a bare number lacks the second part.
   * The value is `{ amount, <second> }`, as `fromText` reads it.
   */
  const readAmount = <K extends string, U>(f: Entry, term: string, spec: {
    readonly keys: Readonly<Record<string, unknown>>; readonly second: K; readonly min: number; readonly amountHint: string;
    readonly readSecond: (x: Entry, n: YamlNode | null) => U | undefined; readonly numberHint: string;
    readonly fromText: (v: string) => Read<{ amount: number } & Record<K, U>>; readonly textHint: string; readonly label: string;
  }): ({ amount: number } & Record<K, U>) | undefined => {
    const node = valueOf(f);
    if (node === undefined) return undefined;
    if (isMap(node)) {
      const fields = entriesOf(node);
      const present = namesOf(fields);
      let amount: number | undefined;
      let second: U | undefined;
      for (const x of fields) {
        if (x.name === 'amount' || x.name === spec.second) {
          const n = deref(x.value);
          if (n === undefined) continue;
          if (x.name === spec.second) second = spec.readSecond(x, n);
          else if (isScalar(n) && typeof n.value === 'number' && Number.isFinite(n.value) && (spec.min > 0 ? n.value > 0 : n.value >= 0)) amount = n.value;
          else wrongType(x, n, spec.amountHint, [], term);
        } else unknownKey(x, spec.keys, `\`${f.name}\``, present);
      }
      requireKeys(f, spec.keys, present, term);
      return amount !== undefined && second !== undefined ? ({ amount, [spec.second]: second } as { amount: number } & Record<K, U>) : undefined;
    }
    if (isScalar(node) && typeof node.value === 'number') {
      wrongType(f, node, spec.numberHint, [], term);
      return undefined;
    }
    return readWith(f, (v) => (typeof v === 'string' ? spec.fromText(v) : { ok: false, reason: spec.textHint }), spec.label, term);
  };

  /** A `model-schema` error on the field for each of `keys` its map lacks. */
  const requireKeys = (f: Entry, keys: Readonly<Record<string, unknown>>, present: ReadonlySet<string>, term: string): void => {
    for (const k of Object.keys(keys)) {
      if (!present.has(k)) keyError(f, `\`${f.name}\` needs \`${k}\`.`, [], term);
    }
  };

  const readDuration = (f: Entry, term: string): DurationAmount | undefined => {
    return readAmount<'unit', DurationUnit>(f, term, {
      keys: DURATION_KEYS, second: 'unit', min: 1, amountHint: 'a positive number',
      readSecond: (x, n) => {
        const u = isText(n) ? readDurationUnit(n.value) : undefined;
        if (!u) wrongType(x, n, `one of ${DURATION_UNITS.join(', ')}`, [], term);
        return u;
      },
      numberHint: 'a duration with its unit, e.g. "5 years" or { amount: 5, unit: year }',
      fromText: readDurationText,
      textHint: DURATION_TEXT_HINT, label: 'a duration such as "5 years"',
    });
  };
  return read();
};

/** The preferred fix replacing `at` in the model with `newText`. */
const fixAt = (at: Span, newText: string, title: string): Fix => ({ ...modelFix(at, newText, title), preferred: true });

/** A related location in the model. */
const relatedAt = (at: Span, message: string): RelatedLocation =>
  ({ where: 'model', start: at.start, end: at.end, message });

/** No value: no node, or a null scalar (`key:` with nothing after it, `~`, `null`). */
/** A scalar whose value is a string, number, boolean... (not null, not a Date or other object). */
const isAtom = (node: unknown): node is Scalar<string | number | boolean> =>
  isScalar(node) && node.value !== null && typeof node.value !== 'object';

/** A scalar whose value is a string. */
const isText = (node: unknown): node is Scalar<string> => isScalar(node) && typeof node.value === 'string';

const isEmpty = (node: unknown): boolean =>
  node === null || node === undefined || (isScalar(node) && node.value === null);

/** Each character twice: "3b8" → "33bb88" (a colour's long form). */
const doubled = (s: string): string => s.replace(/./g, (c) => c + c);

/** The names of some entries. */
const namesOf = (entries: readonly Entry[]): Set<string> => new Set(entries.map((e) => e.name));

/** Own, enumerable property even for keys such as `__proto__` (a plain assignment would set the prototype). */
const setOwn = <T>(obj: Record<string, T>, key: string, value: T): void => {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
};

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** YAML's c-printable excludes C0 controls other than tab, LF and CR, DEL, and U+FFFE/U+FFFF. */
const isNonPrintable = (c: number): boolean =>
  (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffe || c === 0xffff;

/** `x` kept within [lo, hi]. */
const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(x, hi));

/** One line, no control characters, at most `max` characters: safe to quote in a message. */
const clip = (s: string, max = 40): string => {
  const head = s.length > max + 1 ? s.slice(0, max + 1) : s;
  let flat = '';
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    flat += c < 32 || c === 0x7f ? ' ' : head[i];
  }
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
};

const describe = (node: unknown): string => {
  if (isEmpty(node)) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number') return `the number ${v}`;
    if (typeof v === 'boolean') return `\`${v}\``;
    if (typeof v === 'string') return `the text "${clip(v)}"`;
    if (v instanceof Date) return 'a timestamp';
  }
  return 'something else';
};

const suggestId = (name: string): string => {
  const s = idWords(clip(name, 60));
  return s === '' ? 'my-id' : s;
};
