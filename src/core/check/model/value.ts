import type { Clause, DurationUnit, Finding, Fix, ModelTerm, NumberWordsValue, RelativeDateValue, Span, Value } from '../../types';
import type { CheckContext, Rule } from '../context';
import type { PartyMention } from './util';
import { figureLike, replaceFigure, replaceWords } from './format';
import {
  afterIn, beforeIn, changeTo, clauseIndex, clauseLabel, conflict, findPartyMentions, formatNumber, formatPercent,
  hasWord, inFormOfOther, isCertainLink, linkKind, memo, namesOf, oldText, ownParty, partyNeedles, perUnit,
  sentenceOf, sp, termFix, termRelated, termsByClause, typeTitle,
} from './util';
import { textAfter, textBefore, wordSet } from '../../text/chars';
import { blanks, squash } from '../draft/util';
import { agreementPeriod } from './date';
import { DURATION_UNITS } from '../../model/schema';

/** One figure of the draft: a plain value or a number-words pair ("twenty percent (20%)"). */
interface Figure extends Span {
  readonly text: string;
  readonly n: number;
  readonly unit?: DurationUnit;
  readonly currency?: string;
  readonly pair?: NumberWordsValue;
}

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Percentages, amounts and durations of a clause. A number-words pair ("sixty (60)") inside a value
 * ("sixty (60) days") rides along with that value so a fix rewrites both the words and the figure.
 */
export const figures = (values: readonly Value[]): { percents: Figure[]; money: Figure[]; durations: Figure[] } => {
  const f = lazyFigures(values);
  return { percents: f.get('percent'), money: f.get('money'), durations: f.get('duration') };
};

/** The kinds of the values figures are made of. */
type FigureKind = 'percent' | 'money' | 'duration';
const KIND_BIT: Partial<Record<Value['kind'], number>> = { percent: 1, money: 2, duration: 4 };
/** The figure kind bit of a number-words pair's unit (0: none). */
const pairBit = (u: NumberWordsValue['unit']): number => KIND_BIT[u as FigureKind] ?? ((DURATION_UNITS as readonly string[]).includes(u) ? 4 : 0);

/** A figure: a plain object literal (no spreads), the same fields in the same order for every figure, built fast. */
const figure = (v: Value, n: number, pair: NumberWordsValue | undefined, unit: DurationUnit | undefined, currency?: string): Figure =>
  ({ start: v.start, end: v.end, text: v.text, n, pair, unit, currency });

/** The figures of one kind at a time, each list built on first use (as `figures` builds it). */
const lazyFigures = (values: readonly Value[]): { get(kind: FigureKind): Figure[] } => {
  let pairs: NumberWordsValue[] | null = null;
  let plain: Value[] = [];
  const lists: Partial<Record<FigureKind, Figure[]>> = {};
  return {
    get(kind: FigureKind): Figure[] {
      const done = lists[kind];
      if (done) return done;
      if (!pairs) {
        pairs = [];
        plain = [];
        for (const v of values) {
          if (v.kind === 'number-words') pairs.push(v);
          else if (KIND_BIT[v.kind]) plain.push(v);
        }
      }
      const ps = pairs;
      const out: Figure[] = [];
      for (const v of plain) {
        if (v.kind !== kind || ps.some((p) => within(v, p) && !within(p, v))) continue; // the bigger pair stands for it
        const w = v as unknown as { value: number; amount: number; currency?: string; unit?: DurationUnit };
        out.push(figure(v, kind === 'percent' ? w.value : w.amount, ps.find((p) => within(p, v)), w.unit, w.currency));
      }
      for (const p of ps) {
        if (pairBit(p.unit) !== KIND_BIT[kind] || plain.some((v) => within(p, v))) continue; // represented by its value
        out.push(figure(p, p.figureValue, p, kind === 'duration' ? p.unit as DurationUnit : undefined));
      }
      out.sort((x, y) => x.start - y.start);
      lists[kind] = out;
      return out;
    },
  };
};

/** Durations on a common scale: months (month, quarter, year), days (day, week), business days. */
export const durationBase = (amount: number, unit: DurationUnit): { scale: 'm' | 'd' | 'b'; n: number } =>
  ({ scale: unit === 'business-day' ? 'b' : unit === 'year' || unit === 'quarter' || unit === 'month' ? 'm' : 'd', n: amount * perUnit(unit) });

const UNIT_WORD_RE = /\b(business\s+days?|days?|weeks?|months?|quarters?|years?)\b/gi;

/** Make the last unit word of `text` singular or plural for `n` ("30 day notice" stays adjectival). */
const pluralLike = (text: string, n: number, was: number): string => {
  // (matchAll works on a copy: the pattern's own lastIndex stays 0)
  const last = [...text.matchAll(UNIT_WORD_RE)].pop();
  if (!last) return text;
  const w = last[1];
  const plural = /s$/i.test(w);
  if (!plural && was !== 1) return text;
  const word = n === 1 ? w.replace(/s$/i, '') : plural ? w : `${w}${w === w.toUpperCase() ? 'S' : 's'}`;
  return text.slice(0, last.index) + word + text.slice(last.index + w.length);
};

/** The figure rewritten with `n` in the same style (words and figure of a pair both). Null when not safe. */
export const rewriteFigure = (f: Figure, n: number, money = false): string | null => {
  if (f.pair) {
    const p = f.pair;
    const ws = p.words.start - f.start;
    const we = p.words.end - f.start;
    const fs = p.figure.start - f.start;
    const fe = p.figure.end - f.start;
    if (ws < 0 || fs < 0 || we > f.text.length || fe > f.text.length || (ws < fe && fs < we)) return null;
    const words = replaceWords(f.text.slice(ws, we), n);
    const fig = replaceFigure(f.text.slice(fs, fe), n, money);
    if (words === null || fig === null) return null;
    let s = f.text;
    if (fs > ws) s = s.slice(0, fs) + fig + s.slice(fe);
    s = s.slice(0, ws) + words + s.slice(we);
    if (fs < ws) s = s.slice(0, fs) + fig + s.slice(fe);
    return s;
  }
  return replaceFigure(f.text, n, money);
};

const moneyText = (amount: number, currency: string): string =>
  `${currency} ${figureLike(amount, amount >= 10000 ? '1,000' : '1', true) ?? formatNumber(amount)}`;

interface Check {
  readonly kind: FigureKind;
  readonly field: string;
  /** What the term says: "rate: 20%". */
  readonly says: string;
  readonly equal: (f: Figure) => boolean | null; // null = not comparable
  readonly newText: (f: Figure) => string | null;
  /** The term's new value in the model for a figure. */
  readonly modelNew: (f: Figure) => string | null;
  /** How the message quotes the figure (its text when not given). */
  readonly describe?: (f: Figure) => string;
  readonly ended?: boolean;
  /** A figure compared across scales (business days against days, months against days): never certain, no draft fix. */
  readonly otherScale?: (f: Figure) => boolean;
}

const checkCache = new WeakMap<ModelTerm, Check[]>();

/** The comparisons a term asks for (built once per term). */
const checksOf = (term: ModelTerm): Check[] => memo(checkCache, term, () => buildChecks(term));

const buildChecks = (term: ModelTerm): Check[] => {
  const out: Check[] = [];
  const pctField = typeof term.rate === 'number' ? 'rate' : typeof term.percent === 'number' ? 'percent' : null;
  if (pctField) {
    const want = (pctField === 'rate' ? term.rate : term.percent) as number;
    out.push({
      kind: 'percent',
      field: pctField,
      says: `${pctField}: ${formatPercent(want)}`,
      equal: (f) => Math.abs(f.n - want) < 1e-9,
      newText: (f) => (want === 0 ? null : rewriteFigure(f, want)),
      modelNew: (f) => formatPercent(f.n),
      ended: want === 0 && term.type === 'revenue-share',
    });
  }
  if (term.amount && typeof term.amount.amount === 'number') {
    const want = term.amount;
    out.push({
      kind: 'money',
      field: 'amount',
      says: `amount: ${moneyText(want.amount, want.currency)}`,
      equal: (f) => Math.abs(f.n - want.amount) < 1e-6 && (!f.currency || !want.currency || f.currency === want.currency),
      newText: (f) => (f.currency && want.currency && f.currency !== want.currency ? null : rewriteFigure(f, want.amount, true)),
      // quoted: "USD 12,000,000" has a comma, which would split a flow mapping `{ amount: ... }`
      modelNew: (f) => (f.currency ? `"${moneyText(f.n, f.currency)}"` : null),
    });
  }
  if (term.duration && typeof term.duration.amount === 'number') {
    const want = term.duration;
    const wb = durationBase(want.amount, want.unit);
    /** A figure's duration on the common scales, null without a unit. */
    const base = (f: Figure): { scale: string; n: number } | null => (f.unit ? durationBase(f.n, f.unit) : null);
    /** Not comparable with the term's: no unit, or another scale. */
    const otherScale = (f: Figure): boolean => base(f)?.scale !== wb.scale;
    out.push({
      kind: 'duration',
      field: 'duration',
      says: `duration: ${durationText(want.amount, want.unit)}`,
      // business days are not days, and two months are not 60 days: different scales differ (a warning)
      equal: (f) => {
        const b = base(f);
        return b && b.scale === wb.scale && Math.abs(b.n - wb.n) < 1e-9;
      },
      otherScale,
      newText: (f) => {
        if (otherScale(f)) return null;
        const n = wb.n / perUnit(f.unit!);
        if (!Number.isInteger(n)) return null;
        const s = rewriteFigure(f, n);
        return s === null ? null : pluralLike(s, n, f.n);
      },
      modelNew: (f) => (f.unit ? durationText(f.n, f.unit) : null),
      // a pair's text stops at the bracket ("sixty (60)"): its unit is said, so that 60 weeks is not read as 60 days
      describe: (f) => (f.unit && f.text.search(UNIT_WORD_RE) < 0 ? `${f.text} ${unitWords(f.unit, f.n)}` : f.text),
    });
  }
  return out;
};

/** "3 months", "45 business days" (as a message and the model write a duration). */
const durationText = (n: number, unit: DurationUnit): string => `${formatNumber(n)} ${unitWords(unit, n)}`;

/** "business days", "month": the unit as a message or a comment writes it after `n`. */
export const unitWords = (unit: DurationUnit, n: number): string => {
  const w = unit === 'business-day' ? 'business day' : unit;
  return n === 1 ? w : `${w}s`;
};

const INTEREST = 'interest|discount|rebate|tax|vat|withholding|late';
const INTEREST_WORDS = wordSet(INTEREST, 'taxes');
const WORD_RE = /[A-Za-z]{1,20}/g;

/** A substring of every word in INTEREST_WORDS: without one, none of them is in the text. */
const INTEREST_HINT_RE = RegExp(INTEREST, 'i');

const interestBefore = (s: string): boolean =>
  hasWord(s.slice(Math.max(s.lastIndexOf('.'), s.lastIndexOf(';')) + 1), INTEREST_HINT_RE, INTEREST_WORDS, WORD_RE);
const INTEREST_AFTER_RE = /^[^.;]{0,12}\b(?:per\s+(?:month|annum|year)|a\s+(?:month|year)|interest|(?:above|over)\s+the\s+prime)\b/i;

/** "interest at 1.5% per month", "withholding tax of 10%", "a volume rebate of 1.5%": a percentage that is not a share or stake rate. */
const interestRate = (text: string, clause: Span, f: Span): boolean => interestBefore(beforeIn(text, clause, f, 50))
    || INTEREST_AFTER_RE.test(afterIn(text, clause, f, 30));

/** After a percentage: a share of something that is not revenue ("of the Base Purchase Price", "of the fully diluted capitalisation", "of its advertising budget"). */
const NOT_REVENUE_BASE_RE = sp(/^\)? of (?:[Tt]he |[Ii]ts |such )?(?:[A-Za-z'’-]{1,20} ){0,3}(?:Purchase Price|[Cc]apitali[sz]ation|[Ss]hare [Cc]apital|[Ss]hares|[Ss]tock|[Ee]quity|[Ee]scrow|[Bb]udget|[Cc]osts|[Ee]xpenses)/);

/** A percentage of something that is not revenue: "of the Base Purchase Price", "of the shares of the Licensee". */
export const notRevenue = (text: string, clause: Span, f: Span): boolean =>
  NOT_REVENUE_BASE_RE.test(afterIn(text, clause, f, 100));

/** A clause defining a unit of time (`"Contract Year" means each successive twelve (12) month period`): its length is not a term's. */
const TIME_UNIT_DEFINITION_RE = /^[^"“]{0,20}["“][^"”]{0,40}\b(?:Year|Quarter|Month|Week|Day)s?["”]\s{0,3}(?:shall\s{1,3})?mean/;

/** "not exceed 50%", "up to 10%", "at least 30 days": a cap or floor, maybe not the agreed value itself. */
export const QUALIFIED_RE = /\b(?:exceed(?:s|ing)?|up\s+to|(?:maxim|minim)um\s+of|at\s+least|at\s+most|not?\s+(?:more|less)\s+than|below|above|limited\s+to|capped\s+at|in\s+excess\s+of)\s+(?:a\s+|the\s+)?$/i;

/**
 * Before an amount in its sentence: a carve-out with its own cap ("Notwithstanding Section 3.1, liability for breach of
 * Section 5 shall not exceed $5,000,000", "the limitation in Section 3.1 does not apply to ..., for which ...", "claims
 * under Section 2"), or for a named kind of claim ("liability for breach of its indemnification obligations", "arising
 * from a Data Breach", "for infringement of ...", "for gross negligence"): another cap than the term's. Not
 * "notwithstanding anything to the contrary / the foregoing", "in the case of any claim", "liability under this
 * Agreement, including for breach of Section 5" nor "for indemnification and all other claims" (the general cap).
 */
const CARVE_OUT_RE = /\b(?:notwithstanding (?:Section|Article|Clause|Paragraph|the (?:limitation|cap|limit))|(?:does|shall|will) not apply|(?:(?:breach|violation)(?:es)? of|(?:claims?|obligations|liabilit\w{1,3}) (?:arising )?(?:from|under)) (?:its obligations under )?(?:Section|Article|Clause|Paragraph)s?\s|liabilit\w{0,3} (?:for|arising|resulting|relating|(?:in|with) respect) (?:(?!agreement\b)[\w'’-]{1,20} ){0,5}?(?:indemn|(?:data|security) (?:breach|incident|protection)|confidential|infring|intellectual property|gross(?:ly)? neg|wil+ful|fraud|privacy|personal data))/i;

/** The durations of "90 days before …" (a figure in digits; words come with their own number-words pair). */
const deadlines = (values: readonly Value[]): Figure[] => {
  const out: Figure[] = [];
  for (const v of values) {
    const m = v.kind === 'relative-date' && v.direction === 'before' ? DEADLINE_RE.exec(v.text) : null;
    if (m) out.push({ start: v.start, end: v.start + m[0].length, text: m[0], n: (v as RelativeDateValue).amount, unit: (v as RelativeDateValue).unit });
  }
  return out;
};
const DEADLINE_RE = sp(/^\d{1,4} (?:\w{1,12} )?(?:day|week|month|quarter|year)s?\b/i);

/** Whether "notice" or "notify" is in the figure's sentence (a notice period's duration is a period of notice), not one of a price increase unless the term is about prices. */
export const noticeSentence = (text: string, clause: Span, f: Span, term: ModelTerm): boolean => {
  const { start: a, end: b } = sentenceOf(text, clause, f, 300);
  const sentence = text.slice(a, b);
  // "elects not to renew at least sixty (60) days before the end": a deadline is a period of notice too; a notice of a
  // price increase is a notice term's only when its `subject` says so
  return (/\bnoti(?:ce|f)/i.test(sentence) || IN_ADVANCE_RE.test(text.slice(f.end, f.end + 30)))
    && !(PRICE_NOTICE_RE.test(sentence) && !/price|fee|increase/i.test(`${term.subject}`));
};
/** A notice of a price increase ("may increase the Fees … by giving notice at least ninety (90) days before"). */
const PRICE_NOTICE_RE = /\b(?:increase|adjust|raise|change)[a-z]{0,3}\b[^.;]{0,40}\b(?:fees?|prices?|rates|charges)\b/i;
/** Right after a duration: the notice it is the length of ("sixty (60) days' prior written notice", "90 days notice"). */
export const NOTICE_AFTER_RE = /^\)?['’]?s?['’]?\s{0,3}(?:(?:prior|advance|written|formal|express)\s{1,3}){0,3}noti(?:ce|fication)\b/i;
/** Right after a duration: it is a deadline ("sixty (60) days before", "30 days prior to", "in advance"). */
const IN_ADVANCE_RE = sp(/^[\s,]{0,3}(?:days? |months? )?(?:before|prior to|in advance)\b/i);

/** After a cap: its defined name (`(the "Data Cap")`, `(the "Liability Cap")`). */
const CAP_NAME_RE = /^[\s,]{0,3}\(\s{0,3}(?:the\s{1,3})?["“]([^"”]{1,40})["”]/i;
/** Words of a cap's name that say nothing of what it caps. */
const GENERIC_CAP_WORDS = wordSet('cap|limit|ceiling|amount|liability|liabilities|general|aggregate|overall',
  'total|maximum|annual|yearly|contract|agreement|the|of|on');

/**
 * `(the "Data Cap")`, `(the "Super Cap")`, `(the "IP Indemnity Limit")`: a cap with its own name, another cap than the
 * term's, unless its name has no word beyond the generic ones ("Liability Cap", "Aggregate Cap") and the term holder's
 * name ("Supplier Cap" for `holder: supplier`), or its words are in the term's `subject`.
 */
const namedOtherCap = (ctx: CheckContext, term: ModelTerm, clause: Span, f: Span): boolean => {
  const m = CAP_NAME_RE.exec(afterIn(ctx.text, clause, f, 60));
  if (!m || !/\b(?:cap|limit|ceiling)(?:\s+amount)?$/i.test(m[1].trim())) return false;
  const own = new Set<string>();
  const parties = ctx.model ? (term.holder ? [ownParty(ctx.model, term.holder)] : Object.values(ctx.model.parties)) : [];
  for (const p of parties) for (const n of namesOf(p)) if (typeof n === 'string') for (const w of n.toLowerCase().split(/\W+/)) own.add(w);
  const subject = (term.subject ?? '').toLowerCase();
  return m[1].toLowerCase().split(/[^a-z0-9]+/).some((w) => w && !GENERIC_CAP_WORDS.has(w) && !own.has(w) && !subject.includes(w));
};

/**
 * Just before a party's name: "the liability of (the)" ("liability for breach of" is not it), also after another name
 * that shares the cap ("the liability of the Supplier and the").
 */
const LIABILITY_OF_RE = sp(/liabilit\w{0,3} of (?:the )?(?:[A-Z]\w{1,30},? (?:and|or) (?:the )?)?$/i);
/**
 * Right after a party's name: "'s (total aggregate) liability", " shall not be liable", " be liable", also before
 * another name that shares the cap ("'s and the Customer's liability").
 */
const PARTY_LIABILITY_RE = sp(/^(?:(?:['’]s?)?,? (?:and|or) (?:the )?[A-Z]\w{1,30})?(?:['’]s? (?:[a-z-]{1,20} ){0,3}liabilit| (?:(?:shall|will|may) (?:not )?(?:in any event )?)?be liable)/i);
const EACH_PARTY_RE = sp(/\b(?:each|either|neither|both|any) (?:part(?:y|ies)|of the parties)\b/i);
/** A capitalised name whose liability is capped, the model's party or not ("the Escrow Agent's liability"). */
const NAMED_LIABILITY_RE = sp(/\b([A-Z][A-Za-z]{1,30})(?:['’]s? (?:[a-z-]{1,20} ){0,3}liabilit| (?:shall|will) not be liable)|\bliabilit\w{0,3} of (?:the )?([A-Z][A-Za-z]{1,30})/g);
const NOT_A_NAME = wordSet('Each|Either|Neither|Any|Both|Party|Parties|Its|Their|The|Such|This|In|No',
  'Section|Article|Clause|Schedule|Exhibit|Annex|Appendix|Paragraph|Agreement|Contract');
const needleCache = new WeakMap<object, { text: string; party: string }[]>();
const mentionsIn = (ctx: CheckContext, start: number, end: number): PartyMention[] =>
  findPartyMentions(ctx.text, start, end, memo(needleCache, ctx.model!, () => partyNeedles(ctx.model!)));

/**
 * Whose liability is capped in text[start, end): the model's parties named so (by id), and other capitalised names so
 * used ("Escrow Agent's liability": "Agent"); "each party's" adds 'each'.
 */
const capHolders = (ctx: CheckContext, start: number, end: number): Set<string> => {
  const found = new Set<string>();
  const { text } = ctx;
  if (ctx.model) {
    for (const p of mentionsIn(ctx, start, end)) {
      if (PARTY_LIABILITY_RE.test(textAfter(text, p.end, 60, end)) || LIABILITY_OF_RE.test(textBefore(text, p.start, 50, start))) found.add(p.party);
    }
  }
  const part = text.slice(start, end);
  if (found.size === 0) {
    for (const m of part.matchAll(NAMED_LIABILITY_RE)) {
      const name = m[1] ?? m[2];
      if (!NOT_A_NAME.has(name)) found.add(`?${name}`);
    }
  }
  if (EACH_PARTY_RE.test(part)) found.add('each');
  return found;
};

/**
 * Whose liability a cap limits, from its sentence before the amount: a party ("The Customer's aggregate liability",
 * "the total liability of the Supplier", "Alpha shall not be liable"; `?Name` for a name the model does not know),
 * 'each' ("each party's", "either party", or two parties named), or null when it names none.
 */
const capHolder = (ctx: CheckContext, clause: Span, f: Span): string | null => {
  const { start } = sentenceOf(ctx.text, clause, f, 300);
  // "The Supplier's liability shall not exceed £500,000 and the Customer's … £1,500,000": after the first cap's
  // amount, a second cap of its own (not "The Supplier's and the Customer's liability")
  const before = ctx.text.slice(start, f.start);
  const and = before.lastIndexOf(' and ');
  const found = capHolders(ctx, and > 0 && /[$£€]\s?\d|\b(?:USD|EUR|GBP) ?\d/.test(before.slice(0, and)) ? start + and : start, f.start);
  return found.size === 0 ? null : found.size === 1 ? [...found][0] : 'each';
};

const draftHolders = new WeakMap<object, Set<string>>();

/** Whose liability the draft's liability-cap clauses cap, all together (see `capHolders`). */
const holdersInDraft = (ctx: CheckContext): Set<string> => memo(draftHolders, ctx.clauses, () => {
  const all = new Set<string>();
  for (const pos of clauseIndex(ctx.clauses).byType.get('liability-cap') ?? []) {
    const c = ctx.clauses[pos];
    for (const h of capHolders(ctx, c.start, c.end)) all.add(h);
  }
  return all;
});

export const carveOut = (text: string, clause: Span, f: Span): boolean => {
  const before = beforeIn(text, clause, f, 300);
  const part = squash(before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1));
  const m = CARVE_OUT_RE.exec(part);
  // "Save in respect of a breach of clause 1, for which … shall not exceed $5,000,000": the exception's own cap
  if (m !== null && /\bfor which\b/i.test(part.slice(m.index))) return true;
  // "Except for breach of Section 3, ... shall not exceed EUR 2,000,000", "Except for (a) fraud, (b) obligations under
  // Section 10, …, each party's liability shall not exceed": excluded from the cap, which is the amount (not in "…,
  // except that liability for breach of Section 5 shall not exceed", a proviso with a cap of its own)
  const x = part.search(/\b(?:except|excluding|other than|save)\b(?! that)/i);
  return m !== null && !(x >= 0 && x < m.index && /\bliab/i.test(part.slice(part.indexOf(',', m.index))))
    && !EXCEPT_RE.test(textBefore(part, m.index, 30)) && !/\b(?:all|any) other\b/i.test(part.slice(m.index));
};
const EXCEPT_RE = /\b(?:except|excluding|other than|save|including)\b[^,]{0,20}$/i;

/**
 * Whose stake a figure is: the party right after it with "by" ("60% by Halvorsen", "50% shall be held by Crestline"), else the one named last before it
 * in its sentence; with "respectively", the name in the same place among the sentence's names as the figure among its
 * figures (nobody's, '', when the counts differ; a cap's holder is read so only with "respectively").
 */
const stakeParty = (ctx: CheckContext, clause: Span, f: Figure, list: readonly Figure[], cap = false): string | undefined => {
  const { start, end } = sentenceOf(ctx.text, clause, f, 300);
  const ms = mentionsIn(ctx, start, end);
  if (/respectively/i.test(ctx.text.slice(start, end))) {
    // "Halvorsen and Crestline shall hold 60% and 40% … respectively": the figures in the order of the names before them
    const figs = list.filter((g) => g.start >= start && g.end <= end);
    const names = [...new Set(ms.filter((m) => m.end <= figs[0].start).map((m) => m.party))];
    return names.length === figs.length ? names[figs.indexOf(f)] : '';
  }
  return cap ? undefined : (ms.find((m) => m.start >= f.end && BY_HOLDER_RE.test(ctx.text.slice(f.end, m.start)))
    ?? ms.filter((m) => m.end <= f.start).pop())?.party;
};
/**
 * Between a stake and its holder: "by" ("60% by Halvorsen", "as to 60 per cent. by Halvorsen", "50% shall be held by"),
 * also after what it is a stake of when the stake is the subject ("60% of the Shares shall be held by"; not "40% of
 * the Shares held by Crestline", which are all of Crestline's shares).
 */
const BY_HOLDER_RE = sp(/^[.)]?(?:(?: of(?: [\w-]{1,30}){1,4}?)?(?: (?:shall|will) be| is| are))?(?: held| owned)? by(?: the)? $/i);

/**
 * Before a cap's amount: a threshold below which no claim is brought, not the cap ("shall not be liable for a Claim
 * unless the amount of that Claim exceeds £50,000", "until the aggregate Losses exceed", "is less than").
 */
export const THRESHOLD_RE = sp(/\b(?:(?:unless|until)\b[^.;]{0,80}\b(?:exceed(?:s|ed)?|is greater than)|does not exceed|less than) $/i);

/**
 * Before a stake: a condition on a holding, not the stake ("for so long as the Investor holds at least ten per cent.
 * (10%) of the Shares", "if a buyer would hold more than fifty per cent. (50%)").
 */
const STAKE_THRESHOLD_RE = sp(/\b(?:so long as|if|while|whilst|unless|until|provided that|where)\b[^.;]{0,80}\b(?:at least|(?:not |no )?(?:more|less|fewer) than|in excess of|below|above) $/i);

/**
 * Before a percentage: a change of another amount ("shall be increased by five percent (5%)"), or a cap or floor on
 * something the sentence does not pay or hold ("the deductions … shall not exceed ten percent (10%)", "spend not less
 * than two percent (2%) of Net Sales on advertising", "not exceeding in the aggregate ten percent (10%) of the Fully
 * Diluted Shares"): neither a rate nor a stake. A bounded rate or stake ("a royalty of not less than 5%", "shall hold at
 * least 20%") is still compared.
 */
const OTHER_PCT_RE = sp(/\b(?:(?:(?:in|de)creas|reduc)\w{0,4} (by)|exceed(?:s|ing)?|up to|at (?:least|most)|(?:more|less) than|in excess of) (?:[a-z]{1,20} ){0,3}$/i);
export const otherPercent = (text: string, type: string, clause: Span, f: Span): boolean => {
  const b = beforeIn(text, clause, f, 80);
  const m = OTHER_PCT_RE.exec(b);
  // (or a cap on what a base deducts: "Net Receipts means all sums received …, less … fees not exceeding 15%")
  const said = b.slice(b.lastIndexOf('. ') + 1, m?.index);
  return !!m && (!!m[1] || !(type === 'equity' ? /\b(?:hold|held|own|stake|represent)/i : /\b(?:pay|royalt|commission|fee|share of|rate)/i).test(said)
    // (a bounded stake in a condition is a threshold: "shall terminate on the date that the Farids Group owns less than 3%")
    || (type === 'equity' && /\b(?:if|when(?:ever)?|unless|until|so long as|date (?:on which|that)|event that)\b/i.test(said))
    || /\b(?:less(?! than)|net of|minus)\b[^.;]{0,150}$/i.test(beforeIn(text, clause, f, 200)));
};

/**
 * Before a period: a payment's deadline or a condition's ("payable within", "are due within sixty (60) days", "rent not
 * paid within", "is not dismissed within", "does not cure the failure within"), not a term's length.
 */
const DEADLINE_DUTY_RE = blanks('i')`\b(?:pa(?:id|yable)|due|not)~(?:[\w'’-]{1,20}~){0,5}within~$`;

/**
 * Before and after a period: a part of the term's own period, named after its type or subject ("during the first
 * twelve (12) months of the Exclusive Period" against an exclusivity), not its length.
 */
const portionOfOwn = (text: string, term: ModelTerm, clause: Span, f: Span): boolean => {
  const m = /(?:first|last|remaining)\s+$/i.test(beforeIn(text, clause, f, 12)) && /^\s+of\s+the\s+([A-Z][a-z]{5})[a-z]*\s+(?:Period|Term)/.exec(afterIn(text, clause, f, 50));
  return !!m && ` ${term.type} ${term.subject}`.toLowerCase().includes(` ${m[1].toLowerCase()}`);
};

/** Before a figure: a deadline ("no later than", "not later than", "within"). */
const DEADLINE_BEFORE_RE = /\b(?:(?:no|not)\s{1,3}later\s{1,3}than|within)\s{1,3}$/i;

/** Before a first refusal's period: a sale to someone else ("may transfer the Shares to a third party within", "sell those Shares to the proposed buyer"). */
const SALE_TO = sp(/\b(?:transfer|sell|dispose of)\b[^.;]{0,60}\bto (?:a |any |the )?(?:third part(?:y|ies)|(?:other|proposed) (?:person|purchaser|buyer|transferee)s?)\b/).source;
const THIRD_PARTY_RE = new RegExp(`${SALE_TO}[^.;]{0,40}$`, 'i');
/** The same after the period: "may, within sixty (60) days after …, sell those Shares to the proposed buyer". */
const THIRD_PARTY_AFTER_RE = new RegExp(`^(?:[^.;]|\\.\\d){0,80}?${SALE_TO}`, 'i');

/** After a party's name: it acts ("The Executive may resign", "Customer shall have the right to terminate"). */
const ACTOR_RE = sp(/^ (?:may|shall|will)\b/);
/**
 * Whether the figure's sentence gives the right to other parties than the term's holder only ("The Executive may resign
 * upon sixty (60) days' notice" is not `holder: company`'s right; "Either party may" and naming no party are anyone's).
 */
const otherActor = (ctx: CheckContext, clause: Span, f: Span, holder: string): boolean => {
  const { start, end } = sentenceOf(ctx.text, clause, f, 300);
  const acts = mentionsIn(ctx, start, end).filter((m) => ACTOR_RE.test(ctx.text.slice(m.end, end)));
  return acts.length > 0 && acts.every((m) => m.party !== holder);
};

/** After a rate: "of the Margin", a share of what the term is (its type's title, its id or `subject`), not its value. */
const words = (s: string): string => `${s} `.toLowerCase().replace(/[^a-z]+/g, ' ');
const ofOwn = (ctx: CheckContext, term: ModelTerm, clause: Span, f: Span): boolean => {
  const w = words(afterIn(ctx.text, clause, f, 60));
  const i = /^ of (?:the )?/.exec(w)?.[0].length;
  // (a revenue share's `subject` is what it is a share of: "three percent (3%) of Net Sales" is its rate)
  return !!i && [typeTitle(term.type, ctx.model), term.id, term.type !== 'revenue-share' && term.subject].some((n) => n && w.startsWith(words(n), i));
};

const checkClause = (ctx: CheckContext, clause: Clause, term: ModelTerm, figs: ReturnType<typeof lazyFigures>, out: Finding[], seen: Set<number>, agreed: ReadonlyMap<number, string>): void => {
  const text = ctx.text;
  const link = linkKind(ctx, clause, term);
  const certainLink = isCertainLink(link);
  const label = clauseLabel(clause);
  for (const check of checksOf(term)) {
    const kind = check.kind;
    let list = figs.get(kind);
    // "notice … at least 90 days before the end of the Term": the notice period is the relative date's duration
    const notice = kind === 'duration' && term.type === 'notice-period';
    if (notice) list = [...list, ...deadlines(clause.values)].sort((a, b) => a.start - b.start);
    if (list.length === 0) continue;
    if (kind === 'duration' && TIME_UNIT_DEFINITION_RE.test(text.slice(clause.start, clause.start + 100))) continue;
    const all = list.filter((f) => check.equal(f) !== null && !seen.has(f.start));
    const amount = kind === 'money';
    const pct = kind === 'percent';
    const cap = amount && term.type === 'liability-cap';
    // stakes or caps of several holders in the model: a figure is its holder's ("Halvorsen shall hold fifty percent
    // (50%) and Crestline shall hold …"; "the Customer's liability shall not exceed"), and another's does not agree
    const several = !!term.holder && link === 'subject' && (cap || term.type === 'equity');
    const stake = several && !cap;
    // (the context tests only when nothing states the term's value: the common case costs nothing)
    if (all.length === 0 || (!several && all.some((f) => check.equal(f) === true))) continue;
    // a cap in the form of another document (an escrow agreement in an exhibit) is that document's
    if (inFormOfOther(ctx, clause)) return;
    // a cap of another party than the term's holder, or one with a name of its own, is another cap
    const holders = new Map<Figure, string | null>();
    const holderOf = (f: Figure): string | null => memo(holders, f, () => (several ? stakeParty(ctx, clause, f, list, true) : undefined) ?? capHolder(ctx, clause, f));
    const candidates = all.filter((f) => !(amount && (carveOut(text, clause, f) || namedOtherCap(ctx, term, clause, f)))
      && !(stake && ![term.holder, undefined].includes(stakeParty(ctx, clause, f, list)))
      && !(cap && THRESHOLD_RE.test(beforeIn(text, clause, f, 120)))
      && !(pct && term.type === 'equity' && STAKE_THRESHOLD_RE.test(beforeIn(text, clause, f, 120)))
      && !(pct && otherPercent(text, term.type, clause, f))
      // a price per share or a valuation ("$10.00 per share", "the pre-money valuation … is $342 million") is no stake's amount
      && !(amount && term.type === 'equity' && (/^\)?\s{1,3}per\s{1,3}(?:share|unit)/i.test(afterIn(text, clause, f, 20)) || /valuation[^.;]{0,80}$/i.test(beforeIn(text, clause, f, 80))))
      // an agreement's length is the period of "This Agreement shall continue for", not a breach's ("for three (3)
      // consecutive months") nor a deadline's ("twelve (12) months before the end of the Term")
      && !(kind === 'duration' && term.type === 'expiration-date' && !agreementPeriod(text, clause, f))
      // a cap of another party than the term's holder is another cap; a right given to another party, another right
      && !(term.holder && (cap ? ![null, 'each', term.holder].includes(holderOf(f)) : term.type !== 'equity' && otherActor(ctx, clause, f, term.holder)))
      && !oldText(text, clause, f) && !(notice && !noticeSentence(text, clause, f, term))
      && !(kind === 'duration' && term.type === 'renewal-term' && (initialPeriod(text, clause, f) || IN_ADVANCE_RE.test(text.slice(f.end, f.end + 30))))
      // "the Seller may transfer the Shares to a third party within ninety (90) days": the seller's window after the
      // right was not exercised, not the right's own period
      && !(kind === 'duration' && term.type === 'first-refusal' && (THIRD_PARTY_RE.test(beforeIn(text, clause, f, 120))
        || (/\bwithin $/i.test(beforeIn(text, clause, f, 10)) && THIRD_PARTY_AFTER_RE.test(afterIn(text, clause, f, 160)))))
      // "shall confirm its compliance in writing no later than thirty (30) days after Completion": a deadline in a
      // non-compete clause is another duty's, not the restriction's length
      // (and "Payments … are due within sixty (60) days": a payment's deadline; "the first twelve (12) months of the
      // Exclusive Period": a part of the term's own period)
      && !(kind === 'duration' && (term.type === 'non-compete' && DEADLINE_BEFORE_RE.test(beforeIn(text, clause, f, 30))
        || !notice && (DEADLINE_DUTY_RE.test(beforeIn(text, clause, f, 80)) || portionOfOwn(text, term, clause, f))))
      // a figure that states another type's term of the clause ("ninety (90) days' written notice" in a termination
      // that also names the Settlement Payment) is that term's (two holders' stakes or caps swapped are still compared)
      && (agreed.get(f.start) ?? term.type) === term.type);
    if (candidates.length === 0 || candidates.some((f) => check.equal(f) === true)) continue;
    const plausible = pct
      // (a term of interest, a margin or a rate: "per annum" is its value's)
      ? candidates.filter((f) => (/interest|margin|\brate\b/i.test(`${term.type} ${term.subject}`) || !interestRate(text, clause, f))
        && !(check.field === 'rate' && (notRevenue(text, clause, f) || ofOwn(ctx, term, clause, f))))
      : candidates;
    // figures in the model's own unit first; figures only in other units count when they all say one thing (in "every
    // ten (10) year term ... six (6) months notice", which of them is the notice is not clear)
    const sameScale = check.otherScale ? plausible.filter((f) => !check.otherScale!(f)) : plausible;
    let comparable = sameScale.length > 0 ? sameScale : new Set(plausible.map((f) => f.n)).size === 1 ? plausible : [];
    if (comparable.length === 0) continue;
    // "successive periods of two (2) years unless either party gives three (3) months' written notice": of several
    // figures, a notice term's is the one the word "notice" follows
    if (notice && comparable.length > 1) {
      const own = comparable.filter((f) => NOTICE_AFTER_RE.test(text.slice(f.end, f.end + 40)));
      if (own.length > 0) comparable = own;
    }
    const distinct = new Set(comparable.map((f) => f.n));
    // a cap of a named party, against a term that does not say whose cap it is, in a draft that caps another party's
    // liability too: maybe the other party's cap (unless a marker links the clause to the term)
    const certain = certainLink && distinct.size === 1 && !comparable.some((f) => check.otherScale?.(f))
      && !(cap && !term.holder && link !== 'marker' && comparable.some((f) => {
        const h = holderOf(f);
        return h !== null && h !== 'each' && [...holdersInDraft(ctx)].some((o) => o !== h && o !== 'each');
      }))
      && !(pct && comparable.some((f) => QUALIFIED_RE.test(beforeIn(text, clause, f, 30))));
    const single = distinct.size === 1;
    const report = single ? comparable : comparable.slice(0, 1);
    for (const f of report) {
      seen.add(f.start);
      const fixes: Fix[] = [];
      if (single) {
        const nt = check.newText(f);
        if (nt !== null && nt !== f.text) fixes.push(changeTo(f.start, f.end, nt, certain, `term \`${term.id}\``));
        const mt = check.modelNew(f);
        if (mt !== null) fixes.push(...termFix(term, check.field, mt, label));
      }
      const share = check.ended || (term.type === 'revenue-share' && check.field === 'rate');
      const message = `${label} ${share ? 'provides a revenue share of' : 'says'} ${check.describe?.(f) ?? f.text}; term \`${term.id}\` says ${check.ended ? 'the rate is 0% (ended)' : check.says}`;
      out.push(conflict('value-conflict', certain, f, message, clause, term.id, [termRelated(term, check.field, `Term \`${term.id}\` says ${check.says}`)], fixes));
    }
  }
};

/**
 * A renewal clause's first period, not a renewal's: "for a period of three years (the "Initial Term")", "an initial
 * term of two (2) years" (with no renewal or extension between the words and the figure).
 */
const initialPeriod = (text: string, clause: Span, f: Span): boolean =>
  INITIAL_NAME_RE.test(afterIn(text, clause, f, 40)) || INITIAL_BEFORE_RE.test(beforeIn(text, clause, f, 80));
const INITIAL_NAME_RE = /^[\s,]{0,3}\(\s{0,3}(?:the\s{1,3})?["“*]{1,3}Initial\s{1,3}(?:Term|Period)\b/i;
const INITIAL_BEFORE_RE = /\binitial\s{1,3}(?:[a-z-]{1,20}\s{1,3})?(?:term|period)\b(?![^.;]*\b(?:renew|extend|extension|successive|additional|further))[^.;]{0,60}$/i;

/** Bits of the figure kinds a term compares (none: it checks nothing). */
const needOf = (term: ModelTerm): number => {
  let need = 0;
  for (const { kind } of checksOf(term)) need |= KIND_BIT[kind]!;
  return need;
};

/** Bits of the figure kinds a clause's values can give (a superset of what `lazyFigures` finds). */
const figureMask = (values: readonly Value[]): number => {
  let mask = 0;
  for (const v of values) mask |= v.kind === 'number-words' ? pairBit(v.unit) : KIND_BIT[v.kind] ?? 0;
  return mask;
};

export const valueRule: Rule = {
  codes: ['value-conflict'],
  perClause: true,
  check(ctx: CheckContext): Finding[] {
    if (!ctx.model) return [];
    const out: Finding[] = [];
    for (const [idx, terms] of termsByClause(ctx)) {
      // the figure kinds the clause's terms compare, and whether the clause has any of them
      let need = 0;
      for (const term of terms) need |= needOf(term);
      if (need === 0) continue;
      const clause = ctx.clauses[idx];
      if (!clause || (figureMask(clause.values) & need) === 0) continue;
      const figs = lazyFigures(clause.values);
      const seen = new Set<number>();
      // the figures that state a term's value, by start: the type of such a term
      const agreed = new Map<number, string>();
      for (const term of terms) for (const check of checksOf(term)) for (const f of figs.get(check.kind)) if (check.equal(f)) agreed.set(f.start, term.type);
      for (const term of terms) if (needOf(term)) checkClause(ctx, clause, term, figs, out, seen, agreed);
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
