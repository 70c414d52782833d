/**
 * Orders entity refs pseudo-randomly but stably: by a hash of the (case-folded) ref. A dashboard keeps its
 * relative place when others join or leave the policy, and slots do not cluster by team or name the way
 * an alphabetical order would. The rare hash collision is broken by the ref itself, so the order never
 * depends on the order of the input.
 *
 * @public
 */
export function slotOrder(entityRefs: readonly string[]): string[] {
  return orderRefs(entityRefs).ordered;
}

/**
 * {@link slotOrder}, plus the refs that repeat an earlier one case-insensitively: equal refs have equal
 * hashes, so the collision scan finds duplicates without a second pass over the input.
 */
export function orderRefs(entityRefs: readonly string[]): {
  ordered: string[];
  duplicates: string[];
} {
  const n = entityRefs.length;
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hashRef(entityRefs[i]);
  const order = sortIndicesByKey(hashes);
  const folded = (i: number) => entityRefs[i].toLowerCase();

  const duplicates: string[] = [];
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && hashes[order[j]] === hashes[order[i]]) j++;
    if (j - i > 1) {
      const run = Array.from(order.subarray(i, j)).sort(
        (a, b) =>
          compare(folded(a), folded(b)) ||
          compare(entityRefs[a], entityRefs[b]),
      );
      order.set(run, i);
      for (let k = i + 1; k < j; k++) {
        if (folded(order[k]) === folded(order[k - 1]))
          duplicates.push(entityRefs[Math.max(order[k], order[k - 1])]);
      }
    }
    i = j;
  }
  const ordered = new Array<string>(n);
  for (let i = 0; i < n; i++) ordered[i] = entityRefs[order[i]];
  return { ordered, duplicates };
}

/**
 * Indices 0..n-1 ordered by their 32-bit key (ties in index order): a two-pass LSD radix sort on 16-bit
 * digits. A comparison sort of 100,000 refs costs several times more and allocates per comparison.
 */
function sortIndicesByKey(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++)
      counts[((keys[from[i]] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d <= 65536; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < n; i++)
      to[counts[(keys[from[i]] >>> shift) & 0xffff]++] = from[i];
    [from, to] = [to, from];
  }
  return from;
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * FNV-1a over the case-folded UTF-16 code units, finished with murmur3's fmix32 so similar refs land far
 * apart. ASCII is folded inline (entity refs are ASCII in practice), anything else through toLowerCase.
 */
export function hashRef(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c > 127) return finish(fnv1a(value.toLowerCase()));
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return finish(h);
}

function fnv1a(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++)
    h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h;
}

/** murmur3's fmix32 avalanche. */
function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
