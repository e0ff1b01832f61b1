import type { DocumentAnalysis } from '../types';

/** A party read from a draft's opening clause: the id, its full name and the defined names the draft uses for it. */
export interface DraftParty {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Defined names that are not a party. */
const NOT_PARTY = /^(?:Agreement|Effective(?: Date)?|Term|Part(?:y|ies))$/;
const NAME_RE = /^[A-Z][A-Za-z0-9&.'’-]{0,40}(?: [A-Z][A-Za-z0-9&.'’-]{0,40})?$/;

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
  const m = open >= 0
    ? /^(?:[^]*(?:\b(?:between|among|by)\s|[);]))?[\s,]*(?:and\s+)?([^]*?)(?:,\s+an?\s[^]*)?[\s,("“]*$/i.exec(text.slice(Math.max(from, open - 300), open))
    : /^["”]?\s+means\s+(.+?)(?:\s+and\s|[,;.(]|$)/.exec(text.slice(end, end + 120));
  const name = m ? m[1].trim() : '';
  return name.length >= 2 && name.length <= 100 ? name : null;
}
