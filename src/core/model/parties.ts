import type { DocumentAnalysis } from '../types';

/** A party read from a draft's opening clause: the id, its full name and the defined names the draft uses for it. */
export interface DraftParty {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Defined names that are not a party. */
const NOT_PARTY = /^(?:Agreement|Effective(?: Date)?|Term|Part(?:y|ies))$/;
const NAME_RE = /^[A-Z]\S{0,40}(?: [A-Z]\S{0,40})?$/;

/**
 * The parties of the opening clause (the first clause with "between", else the first clause): each parenthetical of
 * defined names is one party, `Acme Software, Inc., a Delaware corporation ("Acme" or the "Licensor")` → name
 * "Acme Software, Inc.", aliases Acme and Licensor. At most eight.
 */
export function draftParties(text: string, analysis: DocumentAnalysis): DraftParty[] {
  const out: { id: string; name: string; aliases: string[] }[] = [];
  /** Per party: where its parenthetical opens, or -1. */
  const opens: number[] = [];
  const opening = analysis.clauses.find((c) => /\bbetween\b/i.test(text.slice(c.start, Math.min(c.end, c.start + 2000)))) ?? analysis.clauses[0];
  for (const d of opening ? analysis.definitions : []) {
    if (d.start < opening.start || d.start >= opening.end || !NAME_RE.test(d.term) || NOT_PARTY.test(d.term)) continue;
    // the parenthetical around the name: `("Acme" or the "Licensor")` names one party
    let open = text.lastIndexOf('(', d.start);
    if (open < opening.start || open <= d.start - 40 || text.indexOf(')', open) < d.start) open = -1;
    const same = open >= 0 ? opens.indexOf(open) : -1;
    if (same >= 0) {
      if (!out[same].aliases.includes(d.term)) out[same].aliases.push(d.term);
      continue;
    }
    if (out.length >= 8) break;
    const id = d.term.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join('-');
    if (!id || out.some((p) => p.id === id)) continue;
    out.push({ id, name: fullName(text, opening.start, d.end, open) ?? d.term, aliases: [d.term] });
    opens.push(open);
  }
  return out;
}

/**
 * The full name of a party whose defined name ends at `end`: before its parenthetical (opening at `open`), back to the
 * previous one (or "between", "among", "by", ";"), without the description after ", a" (`Acme Software, Inc., a
 * Delaware corporation`); else after `"Lender" means`. Null when none reads as a name.
 */
function fullName(text: string, from: number, end: number, open: number): string | null {
  let name = open >= 0
    ? text.slice(Math.max(from, open - 300), open).split(CUT).pop()!.replace(LEAD, '').split(DESCRIPTION)[0]
    : MEANS.exec(text.slice(end, end + 120))?.[1] ?? '';
  name = name.trim();
  return name.length >= 2 && name.length <= 100 ? name : null;
}

/** What comes before a party's name: "between", "among", "by", the previous party's ")" or ";". */
const CUT = /between |among | by |[);]/i;
/** Then commas and "and". */
const LEAD = /^[\s,]*(?:and\s+)?/i;
/** `, a Delaware corporation`: the description after the name. */
const DESCRIPTION = /,\s+an?\s/;
/** `"Lender" means Albion Bank PLC and …`: the name, up to " and ", a comma, a full stop, ";" or "(". */
const MEANS = /^["”]?\s+means\s+([^,;.(]{1,100}?)(?:\sand\s|[,;.(]|$)/;
