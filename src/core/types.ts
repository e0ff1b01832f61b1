/**
 * Public data types of the analysis core. Everything here is plain, JSON-serialisable data.
 * Offsets are UTF-16 code units into the analysed text (the same units as JavaScript strings
 * and VS Code's `TextDocument.offsetAt`); `end` is exclusive.
 *
 * The core imports neither `vscode` nor Node built-ins (enforced by ESLint).
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The words of a list written 'a|b|c', as a union type ('a' | 'b' | 'c'). */
type Words<S extends string> = S extends `${infer W}|${infer R}` ? W | Words<R> : S;

const BUILTIN_TYPE_LIST = 'exclusivity|agi|revenue-share|effective-date|expiration-date|renewal-term|notice-period|\
license-grant|perpetual-license|termination-for-convenience|change-of-control|governing-law|first-refusal|\
most-favored-nation|non-compete|anti-assignment|ip-ownership|minimum-commitment|liability-cap|cloud-provider|equity';
/** Built-in clause type ids. Use exactly these in the API, CLI, settings and term model. */
export const BUILTIN_TYPE_IDS = BUILTIN_TYPE_LIST.split('|') as readonly BuiltinClauseTypeId[];
export type BuiltinClauseTypeId = Words<typeof BUILTIN_TYPE_LIST>;
/** A built-in id or a user-defined one from the term model's `clauseTypes`. */
export type ClauseTypeId = string;

export interface ClauseTypeInfo {
  readonly id: ClauseTypeId;
  readonly title: string;
  readonly description: string;
  /** Default colour, `#rrggbb`. */
  readonly color: string;
  readonly builtin: boolean;
}

/** User-defined clause type from the term model: literal cue phrases only, never regexes. */
export interface CustomClauseType {
  readonly id: ClauseTypeId;
  readonly title: string;
  readonly description?: string;
  readonly color?: string;
  readonly cues: readonly string[];
}

/** A span of text that contributed to a classification decision. */
export interface Cue extends Span {
  readonly type: ClauseTypeId;
  readonly text: string;
}

export interface TypeAssignment {
  readonly type: ClauseTypeId;
  /** 0..1 */
  readonly confidence: number;
  readonly cues: readonly Cue[];
}

// ---------------------------------------------------------------------------------------------
// Values extracted from clause text
// ---------------------------------------------------------------------------------------------

export type DurationUnit = 'day' | 'business-day' | 'week' | 'month' | 'quarter' | 'year';

interface ValueBase extends Span {
  /** The source text of the value, exactly `text.slice(start, end)`. */
  readonly text: string;
}

/** A calendar date. `iso` is `YYYY-MM-DD` even when the date is impossible (then `valid` is false). */
export interface DateValue extends ValueBase {
  readonly kind: 'date';
  readonly iso: string;
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
  readonly valid: boolean;
  /** Weekday of the date (English, e.g. "Tuesday") when valid. */
  readonly weekday?: string;
  /** Weekday written in the text ("Monday, March 3, 2026"), if any, with its span. */
  readonly writtenWeekday?: { readonly name: string } & Span;
}

/** "the fifth anniversary of the Effective Date", "three (3) years after the Closing". */
export interface RelativeDateValue extends ValueBase {
  readonly kind: 'relative-date';
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly direction: 'after' | 'before';
  /** The anchor as written, e.g. "Effective Date", "Closing". */
  readonly anchor: string;
}

export interface DurationValue extends ValueBase {
  readonly kind: 'duration';
  readonly amount: number;
  readonly unit: DurationUnit;
}

export interface PercentValue extends ValueBase {
  readonly kind: 'percent';
  /** 27 for "27%". */
  readonly value: number;
}

export interface MoneyValue extends ValueBase {
  readonly kind: 'money';
  readonly amount: number;
  /** ISO 4217 code where known ("USD", "EUR", "GBP"...). */
  readonly currency: string;
}

/**
 * A number written in words next to a figure: "twenty percent (20%)", "five (5) years",
 * "$10,000,000 (ten million dollars)". Both readings are kept.
 */
export interface NumberWordsValue extends ValueBase {
  readonly kind: 'number-words';
  /** Value of the words, or null when the words could not be read as a number. */
  readonly wordsValue: number | null;
  readonly figureValue: number;
  readonly words: Span & { readonly text: string };
  readonly figure: Span & { readonly text: string };
  /** What the pair counts: a percentage, money, a duration unit, or a plain number. */
  readonly unit: 'percent' | 'money' | DurationUnit | 'number' | 'ordinal';
}

/** Exclusivity stated with polarity: "exclusive" → true; "non-exclusive", "exclusivity ... shall terminate" → false. */
export interface ExclusivityValue extends ValueBase {
  readonly kind: 'exclusive';
  readonly value: boolean;
}

export type Value =
  | DateValue
  | RelativeDateValue
  | DurationValue
  | PercentValue
  | MoneyValue
  | NumberWordsValue
  | ExclusivityValue;

/** A defined term: `"X" means ...` or `(the "X")`. */
export interface Definition extends Span {
  /** The term without quotes, e.g. "Effective Date". Span covers the term inside the quotes. */
  readonly term: string;
  /** Index of the clause that defines it, or -1. */
  readonly clause: number;
  /** The defining text after the term (for hovers), trimmed to a sentence. */
  readonly definitionText: string;
}

/** A use of a defined term (outside its definition). */
export interface TermUse extends Span {
  readonly term: string;
}

/** A reference to a section, clause, article, exhibit or schedule: "Section 12.4", "Exhibit B". */
export interface Reference extends Span {
  readonly kind: 'section' | 'clause' | 'article' | 'exhibit' | 'schedule' | 'annex' | 'appendix';
  /** Normalised target label, e.g. "12.4", "B", "IV". */
  readonly target: string;
  readonly text: string;
  /** Written as "this Section 5". */
  readonly self: boolean;
}

// ---------------------------------------------------------------------------------------------
// Segmentation
// ---------------------------------------------------------------------------------------------

export type SectionKind = 'heading' | 'numbered' | 'article' | 'exhibit' | 'schedule';

export interface Section extends Span {
  /** "2", "2.1", "IV", "A" (Exhibit A); null for an unnumbered Markdown heading. */
  readonly number: string | null;
  readonly title: string;
  readonly kind: SectionKind;
  /** 1 = top level. */
  readonly level: number;
  /** The heading line (or the number and title at the start of a numbered paragraph). */
  readonly heading: Span;
  /** Index of the enclosing section, or -1. */
  readonly parent: number;
}

export type ClauseKind = 'paragraph' | 'list-item' | 'numbered' | 'sentence';

/** A clause as produced by segmentation, before classification. */
export interface ClauseSegment extends Span {
  readonly kind: ClauseKind;
  /** Own number, e.g. "2.3(a)", "(b)", or null. */
  readonly number: string | null;
  /** Index of the innermost enclosing section, or -1. */
  readonly section: number;
  /** Human label used in messages: "Section 2.1", "Section 4, paragraph 2", "Preamble". */
  readonly label: string;
}

export interface FrontMatter extends Span {
  /** `terms:` value from the front matter, if any (path of the term model, relative to the draft). */
  readonly terms?: string;
  readonly termsSpan?: Span;
}

export interface Segmentation {
  readonly frontMatter: FrontMatter | null;
  readonly sections: readonly Section[];
  readonly clauses: readonly ClauseSegment[];
  /** Regions that are not contract prose: front matter, code fences, HTML comments, tables. */
  readonly ignored: readonly Span[];
  /** `<!-- term: ID -->` markers, attached to the clause that starts on a following line. */
  readonly termMarkers: readonly TermMarker[];
  /** `<!-- clause-annotator-ignore CODE... -->` markers. */
  readonly ignoreMarkers: readonly IgnoreMarker[];
}

export interface TermMarker extends Span {
  readonly termId: string;
  readonly idSpan: Span;
  /** Index of the clause the marker applies to, or -1. */
  readonly clause: number;
}

export interface IgnoreMarker extends Span {
  /** Codes silenced; empty = all codes. */
  readonly codes: readonly string[];
  /** Offset range of the line(s) the marker silences (the next non-blank line's clause). */
  readonly target: Span;
}

// ---------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------

/**
 * Finding codes: the draft against the model (exclusivity-conflict to missing-clause), inside the draft
 * (number-words-mismatch to broken-reference), the term model itself (model-*), the analysis itself (analysis-limit).
 */
const FINDING_CODE_LIST = 'exclusivity-conflict|date-conflict|value-conflict|party-conflict|forbidden-clause|missing-clause|\
number-words-mismatch|inconsistent-values|date-order|invalid-date|undefined-term|duplicate-definition|unused-definition|\
broken-reference|model-syntax|model-schema|model-reference|model-date-order|analysis-limit';
export const FINDING_CODES = FINDING_CODE_LIST.split('|') as readonly FindingCode[];
export type FindingCode = Words<typeof FINDING_CODE_LIST>;

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Which text a location refers to: the draft being analysed, or the term model's YAML. */
export type Where = 'draft' | 'model';

export interface RelatedLocation extends Span {
  readonly where: Where;
  readonly message: string;
}

/** A proposed edit. Only offered when unambiguous. Applied by the adapter as one undoable edit. */
export interface Fix extends Span {
  readonly where: Where;
  readonly title: string;
  readonly newText: string;
  readonly preferred?: boolean;
}

export interface Finding extends Span {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  /** The text the range is in. Findings of `parseTermModel` are all `model`. */
  readonly where: Where;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
  /** Index of the clause the finding sits on, if any. */
  readonly clause?: number;
  /** Term id involved, if any. */
  readonly term?: string;
}

// ---------------------------------------------------------------------------------------------
// Term model
// ---------------------------------------------------------------------------------------------

export interface ModelParty {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Span of the party's key in the YAML. */
  readonly keySpan: Span;
}

export interface MoneyAmount {
  readonly amount: number;
  readonly currency: string;
}

export interface DurationAmount {
  readonly amount: number;
  readonly unit: DurationUnit;
}

export type PartyField = 'holder' | 'licensee' | 'licensor' | 'payer' | 'payee' | 'provider';
export const PARTY_FIELDS: readonly PartyField[] = ['holder', 'licensee', 'licensor', 'payer', 'payee', 'provider'];

export interface ModelTerm {
  readonly id: string;
  readonly type: ClauseTypeId;
  readonly subject?: string;
  /** The governing law agreed: "New York", "England and Wales". */
  readonly law?: string;
  readonly holder?: string;
  readonly licensee?: string;
  readonly licensor?: string;
  readonly payer?: string;
  readonly payee?: string;
  readonly provider?: string;
  readonly exclusive?: boolean;
  readonly primary?: boolean;
  readonly perpetual?: boolean;
  /** ISO dates `YYYY-MM-DD`. */
  readonly starts?: string;
  readonly ends?: string;
  readonly date?: string;
  /** Percentages as numbers (12 for "12%"). */
  readonly rate?: number;
  readonly percent?: number;
  readonly amount?: MoneyAmount;
  readonly duration?: DurationAmount;
  /** false = a clause of this type must not appear. */
  readonly allowed?: boolean;
  /** true = some clause must express this term. */
  readonly required?: boolean;
  /** Span of the term's key in the YAML. */
  readonly keySpan: Span;
  /** Span of each field's value in the YAML, by field name (for related locations and fixes). */
  readonly valueSpans: Readonly<Record<string, Span>>;
}

export interface TermModel {
  readonly version: 1;
  readonly agreement?: string;
  readonly effective?: string;
  readonly expires?: string;
  readonly parties: Readonly<Record<string, ModelParty>>;
  readonly terms: Readonly<Record<string, ModelTerm>>;
  readonly clauseTypes: Readonly<Record<string, CustomClauseType>>;
  /** Spans of top-level values (`agreement`, `effective`, `expires`) and keys. */
  readonly spans: Readonly<Record<string, Span>>;
}

export interface ParsedTermModel {
  /** Null only when nothing usable could be read (syntax error at the root, not a mapping...). */
  readonly model: TermModel | null;
  /** All problems, `where: 'model'`, codes `model-*`. */
  readonly problems: readonly Finding[];
}

// ---------------------------------------------------------------------------------------------
// Analysis result
// ---------------------------------------------------------------------------------------------

export interface Clause extends ClauseSegment {
  readonly index: number;
  readonly types: readonly TypeAssignment[];
  readonly values: readonly Value[];
  /** Term this clause is linked to (explicit marker or automatic), if any. */
  readonly term?: string;
  readonly link?: 'marker' | 'type' | 'subject';
}

export interface AnalyzeOptions {
  /** Remap severities per code; 'off' removes findings of that code. */
  readonly severity?: Readonly<Partial<Record<string, SeveritySetting>>>;
  /** Extra clause types (besides the model's `clauseTypes`). */
  readonly customTypes?: readonly CustomClauseType[];
  /** Documents longer than this (UTF-16 units) are analysed up to this length only. Default 5,000,000. */
  readonly maxLength?: number;
}

export interface DocumentAnalysis {
  readonly version: 1;
  readonly length: number;
  readonly frontMatter: FrontMatter | null;
  readonly sections: readonly Section[];
  readonly clauses: readonly Clause[];
  readonly definitions: readonly Definition[];
  readonly termUses: readonly TermUse[];
  readonly references: readonly Reference[];
  readonly termMarkers: readonly TermMarker[];
  /** term id -> indexes of the clauses linked to it. */
  readonly termLinks: Readonly<Record<string, readonly number[]>>;
  readonly findings: readonly Finding[];
  /**
   * Present when only part of the text was analysed: over `maxLength` (the first `analysedLength` characters were
   * read), binary content (nothing was read), or lines over 20,000 characters (blanked). `message` says which, for
   * the status bar; each is also an `analysis-limit` finding.
   */
  readonly partial?: { readonly analysedLength: number; readonly reason: 'maxLength' | 'binary' | 'long-lines'; readonly message: string };
}
