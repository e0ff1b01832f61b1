/**
 * A Map that forgets everything once it holds `limit` entries: the memo of a pure function that is called again and
 * again with the same few arguments (while a draft is edited), bounded whatever text it sees.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
