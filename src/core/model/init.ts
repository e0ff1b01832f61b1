/**
 * `clause-annotator init`: a commented starting `*.terms.yaml` from what a draft states. One term per
 * built-in clause type found, with the first values the draft gives for it. The output always parses
 * with `parseTermModel` without problems. Pure, never throws.
 */
import { BUILTIN_TYPE_IDS, type Clause, type ClauseTypeId, type DurationUnit, type Value } from '../types';
import { ID_MAX_LENGTH, ID_PATTERN } from './schema';

export interface TermModelInitInput {
  readonly agreement?: string;
  readonly parties?: readonly { readonly id: string; readonly name: string }[];
  readonly clauses: readonly Clause[];
  /** The draft text the clauses' offsets refer to (for the comments quoting each clause). */
  readonly text: string;
}

const BUILTIN: ReadonlySet<string> = new Set(BUILTIN_TYPE_IDS);
/** Types whose first date is the term's `date` (the date itself), not the date it `ends`. */
const DATE_TYPES: ReadonlySet<string> = new Set(['effective-date', 'expiration-date']);
/** Types whose percentage is a `rate` (the others state a share: `percent`). */
const RATE_TYPES: ReadonlySet<string> = new Set(['revenue-share', 'most-favored-nation']);
const CURRENCY = /^[A-Z]{3}$/;
const UNITS: ReadonlySet<DurationUnit> = new Set(['day', 'business-day', 'week', 'month', 'quarter', 'year']);

interface Collected {
  readonly type: ClauseTypeId;
  readonly label: string;
  readonly excerpt: string;
  exclusive?: boolean;
  date?: string;
  percent?: number;
  money?: { amount: number; currency: string };
  duration?: { amount: number; unit: DurationUnit };
  clauses: number;
}

/** A YAML double-quoted string (JSON's escaping is valid YAML), on one line. */
function quote(s: string): string {
  return JSON.stringify(s.replace(/[\u0080-\u009F\u2028\u2029\uFFFE\uFFFF]/g, ' '));
}

/** Text safe inside a `#` comment: one line, no control characters, single spaces, clipped. */
function commentText(s: string, max = 80): string {
  const head = s.slice(0, max * 4);
  let flat = '';
  let space = false;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    const blank = c <= 32 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfffe || c === 0xffff;
    if (blank) {
      space = flat.length > 0;
      continue;
    }
    if (space) flat += ' ';
    space = false;
    flat += head[i];
  }
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function partyId(raw: string, taken: Set<string>): string {
  let base = raw.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  let a = 0;
  let b = base.length;
  while (a < b && (base[a] === '-' || base[a] === '_')) a++;
  while (b > a && base[b - 1] === '-') b--;
  base = base.slice(a, Math.min(b, a + ID_MAX_LENGTH - 4));
  if (!ID_PATTERN.test(base)) base = 'party';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : '0';
}

function take(c: Collected, v: Value): void {
  switch (v.kind) {
    case 'exclusive':
      if (c.exclusive === undefined) c.exclusive = v.value;
      break;
    case 'date':
      if (c.date === undefined && v.valid && /^\d{4}-\d{2}-\d{2}$/.test(v.iso)) c.date = v.iso;
      break;
    case 'percent':
      if (c.percent === undefined && Number.isFinite(v.value) && v.value >= 0 && v.value <= 100) c.percent = v.value;
      break;
    case 'money':
      if (c.money === undefined && CURRENCY.test(v.currency) && Number.isFinite(v.amount) && v.amount >= 0) c.money = { amount: v.amount, currency: v.currency };
      break;
    case 'duration':
      if (c.duration === undefined && UNITS.has(v.unit) && Number.isFinite(v.amount) && v.amount > 0) c.duration = { amount: v.amount, unit: v.unit };
      break;
    default:
      break;
  }
}

/** A commented starting term model for a draft. */
export function createTermModelYaml(input: TermModelInitInput): string {
  const text = typeof input.text === 'string' ? input.text : '';
  const byType = new Map<string, Collected>();
  const custom = new Set<string>();
  for (const clause of input.clauses ?? []) {
    for (const t of clause.types ?? []) {
      if (!BUILTIN.has(t.type)) {
        custom.add(t.type);
        continue;
      }
      let c = byType.get(t.type);
      if (!c) {
        const start = Math.max(0, Math.min(clause.start, text.length));
        const end = Math.max(start, Math.min(clause.end, text.length, start + 400));
        c = { type: t.type, label: clause.label || 'a clause', excerpt: commentText(text.slice(start, end)), clauses: 0 };
        byType.set(t.type, c);
      }
      c.clauses++;
      for (const v of clause.values ?? []) take(c, v);
    }
  }

  const out: string[] = [];
  out.push('# Term model for Clause Annotator (format version 1), started from the draft.');
  out.push('# Check every value against the agreed term sheet: the draft may be the thing that is wrong.');
  out.push('# Reference: the "Term model" section of the Clause Annotator README.');
  out.push('version: 1');
  out.push(input.agreement && input.agreement.trim() ? `agreement: ${quote(input.agreement.trim())}` : '# agreement: "Title of the agreement"');

  const effective = byType.get('effective-date')?.date;
  const expires = byType.get('expiration-date')?.date;
  out.push(effective ? `effective: ${effective}                # from ${commentText(byType.get('effective-date')!.label, 40)}` : '# effective: 2026-01-15');
  if (expires && (!effective || expires >= effective)) {
    out.push(`expires: ${expires}                  # from ${commentText(byType.get('expiration-date')!.label, 40)}`);
  } else if (expires) {
    out.push(`# expires: ${expires}                # the draft's expiration date is before its effective date: check it`);
  } else out.push('# expires: 2031-06-30');

  out.push('');
  out.push('# Parties: id -> full name and the words that name the party in the draft.');
  const parties = input.parties ?? [];
  if (parties.length === 0) {
    out.push('parties: {}');
    out.push('#  acme: { name: "Acme Corp.", aliases: [Acme] }');
  } else {
    out.push('parties:');
    const taken = new Set<string>();
    for (const p of parties) {
      const id = ID_PATTERN.test(p.id) && p.id.length <= ID_MAX_LENGTH && !taken.has(p.id) ? (taken.add(p.id), p.id) : partyId(p.id || p.name || 'party', taken);
      const name = (p.name ?? '').trim() || id;
      out.push(`  ${id}: { name: ${quote(name)}, aliases: [] }`);
    }
  }

  out.push('');
  out.push('# Terms: one per clause type found in the draft, with the first values it states.');
  out.push('# Party fields (holder, licensee, licensor, payer, payee, provider) take a party id from above.');
  if (byType.size === 0) {
    out.push('terms: {}');
    out.push('#  distribution: { type: exclusivity, holder: acme, exclusive: false }');
  } else {
    out.push('terms:');
    for (const c of byType.values()) {
      out.push(`  # ${commentText(c.label, 40)}${c.clauses > 1 ? ` and ${c.clauses - 1} more clause(s)` : ''}: ${c.excerpt}`);
      out.push(`  ${c.type}:`);
      out.push(`    type: ${c.type}`);
      if (c.exclusive !== undefined) out.push(`    exclusive: ${c.exclusive}`);
      if (c.date !== undefined) out.push(`    ${DATE_TYPES.has(c.type) ? 'date' : 'ends'}: ${c.date}`);
      if (c.percent !== undefined) {
        const n = formatNumber(c.percent);
        out.push(`    ${RATE_TYPES.has(c.type) ? 'rate' : 'percent'}: ${/e/i.test(n) ? n : `${n}%`}`);
      }
      if (c.money !== undefined) out.push(`    amount: { amount: ${formatNumber(c.money.amount)}, currency: ${c.money.currency} }`);
      if (c.duration !== undefined) out.push(`    duration: { amount: ${formatNumber(c.duration.amount)}, unit: ${c.duration.unit} }`);
      if (c.type === 'agi') out.push('    # allowed: false   # uncomment if the deal must contain no AGI clause');
      else out.push('    # required: true   # uncomment if the draft must always express this term');
    }
  }
  if (custom.size > 0) {
    out.push('');
    out.push(`# The draft also has clauses of custom types (${commentText([...custom].join(', '), 120)}); define them under clauseTypes to use them here.`);
  }
  out.push('');
  out.push('# clauseTypes:   # your own clause types: literal cue phrases, never regular expressions');
  out.push('#   data-residency: { title: Data residency, cues: [data residency, stored in the EU], color: "#3b82f6" }');
  return out.join('\n') + '\n';
}
