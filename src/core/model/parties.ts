import type { DocumentAnalysis } from '../types';
import { textAfter, textBefore } from '../text/chars';

/** A party read from a draft's opening clause: the id, its full name and the defined names the draft uses for it. */
export interface DraftParty {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Defined names that are not a party: the agreement, its term, a date (`June 15, 2026 (the "Issue Date")`). */
const NOT_PARTY = /^(?:Agreement|Effective|Term|Part(?:y|ies))$|\bDate$/;
const NAME_RE = /^[A-Z]\S{0,40}(?: [A-Z]\S{0,40})?$/;

const named = (term: string): boolean => NAME_RE.test(term) && !NOT_PARTY.test(term);
const slug = (s: string): string => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');

/**
 * The parties of a draft. English style: the numbered paragraphs right after "between:", "among:" or a PARTIES
 * heading, `(1) ACME HOLDINGS LIMITED, a company incorporated in … (the "Licensor"); and`, one party each: the name as
 * written up to its description, the defined names in the paragraph (none is fine). Else the opening clause (the first
 * clause with "between", else the first clause): each parenthetical of defined names is one party,
 * `Acme Software, Inc., a Delaware corporation ("Acme" or the "Licensor")` → name "Acme Software, Inc.", aliases Acme
 * and Licensor. At most eight.
 */
export const draftParties = (text: string, analysis: DocumentAnalysis): DraftParty[] => {
  const out: { id: string; name: string; aliases: string[] }[] = [];
  const { clauses, definitions } = analysis;
  /** Per party: where its parenthetical opens, or -1. */
  const opens: number[] = [];
  const opening = clauses.find((c) => /\b(?:between|among)\b/i.test(textAfter(text, c.start, 2000, c.end))) ?? clauses[0];
  for (const d of opening ? definitions : []) {
    if (d.start < opening.start || d.start >= opening.end || !named(d.term)) continue;
    // the parenthetical around the name: `("Acme" or the "Licensor")` names one party
    let open = text.lastIndexOf('(', d.start);
    if (open < opening.start || open <= d.start - 40 || text.indexOf(')', open) < d.start) open = -1;
    const same = open >= 0 ? opens.indexOf(open) : -1;
    const term = flat(d.term);
    if (same >= 0) {
      if (!out[same].aliases.includes(term)) out[same].aliases.push(term);
      continue;
    }
    if (out.length >= 8) break;
    const id = slug(term);
    const name = fullName(text, opening.start, d.end, open) ?? term;
    // `the Master Subscription Agreement dated May 1, 2024 (the "MSA")`, `… between Buyer and Supplier (the "Original
    // Agreement")`: a document, not a party
    if (!id || out.some((p) => p.id === id) || DOCUMENT.test(name) || DOCUMENT_NAME.test(term)) continue;
    out.push({ id, name, aliases: [term] });
    opens.push(open);
  }
  // English style, unless the opening clause read above is further up than the one leading into the list
  const list: typeof out = [];
  const first = clauses.findIndex((c) => c.number !== null);
  const at = clauses[first]?.start ?? 0;
  const before = textBefore(text, at, 30).trim();
  if (first >= 0 && (!out.length || clauses.indexOf(opening) >= first - 1) && (LIST_HEAD.test(before) || PARTIES.test(before.slice(before.lastIndexOf('\n') + 1)))) {
    // the numbered paragraphs that follow one another with nothing between them (a BACKGROUND heading ends the list)
    for (let i = first; list.length < 8 && clauses[i]?.number != null && (i === first || !text.slice(clauses[i - 1].end, clauses[i].start).trim()); i++) {
      const { start, end } = clauses[i];
      const aliases: string[] = [];
      for (const d of definitions) if (d.start >= start && d.start < end && named(d.term) && !aliases.includes(flat(d.term))) aliases.push(flat(d.term));
      // `(together with the Borrower, the "Original Guarantors")`: a name in quotes the definitions do not read
      if (!aliases.length) for (const m of text.slice(start, end).matchAll(QUOTED)) if (named(m[1])) aliases.push(flat(m[1]));
      const name = listName(textAfter(text, start, 300, end)) ?? aliases[0];
      const id = name && slug(aliases[0] ?? name);
      if (id && !list.some((p) => p.id === id)) list.push({ id, name, aliases });
    }
  }
  return list.length ? list : out;
};

/**
 * The full name of a party whose defined name ends at `end`: before its parenthetical (opening at `open`), back to the
 * previous one (or "between", "among", "by", ";"), without the description after ", a" (`Acme Software, Inc., a
 * Delaware corporation`); else after `"Lender" means`. Null when none reads as a name.
 */
const fullName = (text: string, from: number, end: number, open: number): string | null => fit(open >= 0
  ? textBefore(text, open, 300, from).split(CUT).pop()!.replace(LEAD, '').split(DESCRIPTION)[0]
  : MEANS.exec(text.slice(end, end + 120))?.[1] ?? '');

/** Line breaks and runs of blanks as single spaces (a hard-wrapped or CRLF draft: `Cloudlark,\r\nInc.`). */
export const flat = (s: string): string => String(s).replace(/\s+/g, ' ').trim();

/** A name of 2 to 100 characters, on one line, or null. */
const fit = (name: string): string | null => {
  name = flat(name);
  return name.length >= 2 && name.length <= 100 ? name : null;
};

/** What comes before a party's name: "between", "among", "by", the previous party's ")" or ";". */
const CUT = /between |among | by |[);]/i;
/** Then commas and words in lower case: "and", "furnishing the services of" (a loan-out's athlete). */
const LEAD = /^[\s,]*(?:[a-z][a-z'-]{0,30}\s+){0,8}/;
/** `, a Delaware corporation`, `, the sole member of Seller`: the description after the name. */
const DESCRIPTION = /,\s+(?:an?|the)\s/;
/** A document's name ("Master Subscription Agreement dated May 1, 2024"), not a party's. */
const DOCUMENT = /\b(?:Agreement|Order Form|Contract|Deed|Amendment|Schedule|Exhibit|dated)\b/;
/** A defined name of a document ("the Original Agreement", "the MSA", "the Principal Deed"), never of a party. */
const DOCUMENT_NAME = /\b(?:Agreements?|Contract|Deed|Amendment|Addendum|Order Form|Statement of Work|Schedule|Exhibit|Annex|Indenture|MSA|SOW|NDA|DPA|SLA|EULA)$/;
/** `"Lender" means Albion Bank PLC and …`: the name, up to " and ", a comma, a full stop, ";" or "(". */
const MEANS = /^["”]?\s+means\s+([^,;.(]{1,100}?)(?:\sand\s|[,;.(]|$)/;

/** Before an English-style list of parties: "between:", "among:". */
const LIST_HEAD = /(?:between|among)[\s:*]*$/i;
/** Or a PARTIES heading on the line before (`## Parties`, `1. PARTIES`; not "… agreed by the parties:"). */
const PARTIES = /^[\W\d]*(?:the )?parties\W*$/i;
/** `the "Original Guarantors"`, `each an "Original Lender"`. */
const QUOTED = /\b(?:the|each|an?)\s{1,3}["“]([^"”\n]{2,40})["”]/g;
/** The list marker `(1) `, `1. `. */
const MARKER = /^\S*\s+/;
/**
 * Where the name in a list paragraph ends: ";", "(" but not `(UK)`, a comma before a lower-case word or a digit
 * (`, a company`, `, incorporated`, `, 1 King Street`; not `, Inc.`), "whose", "incorporated", "registered", "as",
 * "acting", "of" and an address.
 */
const NAME_END = /;|\((?![A-Z]{2})|,\s(?=[a-z\d])|\s(?:whose|incorporated|registered|as|acting)\s|\sof\s\d/;

/**
 * The name of a party as a list paragraph writes it, Markdown emphasis removed; a name in capitals ends at the first
 * word that is not (`THE FINANCIAL INSTITUTIONS listed in …`). Null when none reads as a name.
 */
const listName = (item: string): string | null => {
  let name = item.replace(MARKER, '').split(NAME_END)[0].replace(/[*_]/g, '').trim();
  const words = name.split(' ');
  const lower = words.findIndex((w) => w !== w.toUpperCase());
  if (lower > 1) name = words.slice(0, lower).join(' ');
  return fit(name.replace(/,$/, ''));
};
