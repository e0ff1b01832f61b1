import type {
  Clause, Definition, Finding, FindingCode, Reference, Segmentation, TermModel, TermUse,
} from '../types';

/** Everything a rule may read. Rules never re-parse the text; they work on these facts. */
export interface CheckContext {
  readonly text: string;
  readonly segmentation: Segmentation;
  readonly clauses: readonly Clause[];
  readonly definitions: readonly Definition[];
  readonly termUses: readonly TermUse[];
  readonly references: readonly Reference[];
  /** The term model, or null when the draft has none. */
  readonly model: TermModel | null;
  /** term id -> indexes of the clauses linked to it. */
  readonly termLinks: Readonly<Record<string, readonly number[]>>;
}

/** One rule: a code (or a few closely related codes), a default severity, and a check. */
export interface Rule {
  readonly codes: readonly FindingCode[];
  check(ctx: CheckContext): Finding[];
}
