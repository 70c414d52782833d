/**
 * A map whose entries expire `ttlMs` after they were set: DataLoader's `cacheMap` (it caches the promise
 * when a load starts) and the store of settled answers. Expired entries are dropped when read.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** The live entry, wrapped so that a stored `undefined` differs from nothing stored. */
  entry(key: string): { value: V } | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    if (found.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return { value: found.value };
  }

  get(key: string): V | undefined {
    return this.entry(key)?.value;
  }

  set(key: string, value: V): this {
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    return this;
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
