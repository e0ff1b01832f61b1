/**
 * A copy of `s` that shares no memory with the text it was cut from. JavaScript engines represent a substring of 13
 * or more characters as a view of its parent string, so one short phrase kept from an old version of a draft keeps
 * the whole old text alive: the incremental analyzer keeps facts across edits, and would keep every version of a
 * 1 MB draft (measured: 1.8 MB more heap per edit). Joining a character forces a flat copy; slicing it off again
 * views that small copy instead. Short strings are copies already.
 */
export const detach = (s: string): string => s.length < 13 ? s : (s + ' ').slice(0, -1);
