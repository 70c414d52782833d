/**
 * Orders entity refs pseudo-randomly but stably: by a hash of the (case-folded) ref. A dashboard keeps its
 * relative place when others join or leave the policy, and slots do not cluster by team or name the way
 * an alphabetical order would.
 */
export function slotOrder(entityRefs: readonly string[]): string[] {
  const keyed = entityRefs.map(ref => ({ ref, key: hashRef(ref.toLocaleLowerCase('en-US')) }));
  keyed.sort((a, b) => a.key - b.key || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return keyed.map(k => k.ref);
}

/** FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so similar refs land far apart. */
export function hashRef(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
