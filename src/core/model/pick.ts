/**
 * Which of a folder's term models a draft uses (the CLI and the editor alike). `names` are the folder's
 * `*.terms.yaml` / `*.terms.yml` file names, `stem` the draft's name without its extensions ("deal" for
 * deal.contract.md, "lease.v2" for lease.v2.md).
 */
export const pickModel = (names: readonly string[], stem: string): string | undefined => {
  const s = stem.toLowerCase();
  let best: string | undefined;
  let len = -1;
  for (const n of names) {
    const m = n.toLowerCase().replace(/\.terms\.ya?ml$/, '');
    // named after the draft, or after the deal the draft's name starts with ("lease" for lease-v2.md, lease.bad.md)
    if (m === s) return n;
    if (m.length > len && s.startsWith(m) && /[-._ ]/.test(s[m.length])) {
      best = n;
      len = m.length;
    }
  }
  // one model in the folder is the draft's; of several named after other deals, none is (a wrong one would report
  // the other deal's terms as conflicts)
  return best ?? (names.length === 1 ? names[0] : undefined);
};
