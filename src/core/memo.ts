import { detach } from './text/detach';

/**
 * A Map that forgets everything once it holds `limit` entries: the memo of a pure function that is called again and
 * again with the same few arguments (while a draft is edited), bounded whatever text it sees. These memos are shared
 * by every draft analysed, so string keys and values are stored detached from the text they were cut from (else one
 * entry would keep a whole draft, even a closed one, alive; see detach).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(typeof key === 'string' ? detach(key) as K : key, typeof value === 'string' ? detach(value) as V : value);
  }
}

/** `fn` (a pure function of one string) remembered by its argument in a BoundedMap of `limit` entries. */
export const memoized = <V>(fn: (key: string) => V, limit: number): (key: string) => V => {
  const memo = new BoundedMap<string, V>(limit);
  return (key) => {
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = fn(key)));
    return v;
  };
};
