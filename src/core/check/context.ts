import type {
  Clause, Definition, Finding, FindingCode, Reference, Segmentation, TermModel, TermUse,
} from '../types';
import type { UndefinedTermLocal, UndefinedTermMemo } from './draft/undefinedTerm';
import type { CapsRun } from './draft/definitionChecks';
import type { GovernHit } from './draft/facts';

/**
 * What some rules read from the text, computed line range by line range so that the incremental analyzer
 * (incremental.ts) recomputes only the lines around an edit. Absent: the rule computes it from the whole text.
 */
export interface LocalTextFacts {
  readonly undefinedTerm: UndefinedTermLocal;
  /** Runs of four or more upper-case words ("IN NO EVENT SHALL ..."), by start. */
  readonly capsRuns: readonly CapsRun[];
  /** Per reference (same indexes as `references`): is it about another document? */
  readonly otherDocument: readonly boolean[];
  /** "governed by" phrases and the laws they name. */
  readonly governHits: readonly GovernHit[];
}

/**
 * Caches rules keep between analyses of one draft (only the incremental analyzer passes one). It hands over a fresh
 * `undefinedTerm` memo whenever the set of defined, quoted or bold phrases may have changed.
 */
export interface CheckMemo {
  /**
   * Per clause: an object that stays the same while the clause's facts are reused (its text unchanged, maybe moved),
   * to key what a rule derives from one clause alone. Empty when the analysis keeps no state (nothing is reused).
   */
  readonly clauseOrigins: readonly object[];
  readonly undefinedTerm: UndefinedTermMemo;
  /**
   * Derived from the draft's structure (section numbers, kinds and headings; clause numbers and sections), by rule:
   * handed over only while that structure does not change.
   */
  readonly structure: Map<string, unknown>;
  /** How many uses each defined term has (maintained by the analyzer; absent: count `termUses`). */
  readonly termUseCounts?: ReadonlyMap<string, number>;
  /**
   * `unused-definition`: which (upper-case) terms occur in the upper-case runs. Handed over only while the runs'
   * texts stay the same (the analyzer compares them around each edit).
   */
  readonly caps: Map<string, boolean>;
}

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
  readonly local?: LocalTextFacts;
  readonly memo?: CheckMemo;
}

/** One rule: a code (or a few closely related codes), a default severity, and a check. */
export interface Rule {
  readonly codes: readonly FindingCode[];
  /**
   * Each finding names its clause, and what the rule finds on a clause depends only on that clause (its text and
   * the 200 characters around it, facts, label, index, links) and the model; findings come in clause order. After an
   * edit the analyzer then runs the rule only on the clauses the edit reached, with the others inert (no types, no
   * values, no links), and moves the previous findings of the others.
   */
  readonly perClause?: boolean;
  check(ctx: CheckContext): Finding[];
}
