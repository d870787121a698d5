/**
 * Batch endpoints accept a limited number of ids per request: split, send, and merge the answers
 * back in the order the ids were given.
 *
 * @module
 */
import { chunk } from "./_ids.ts";

/**
 * Fetches `keys` in chunks of `size` (one after another, so the rate limiter sees each) and
 * returns the items in the order of `keys`, skipping keys osu! did not return.
 *
 * @param keys the keys (ids by default), in the order wanted; repeated keys are sent once
 * @param size the most keys one request takes
 * @param fetchChunk fetches one chunk
 * @param keysOf the keys an item answers to (by default its `id`)
 * @returns the items in input order
 */
export async function fetchInOrder<T, K = number>(
  keys: readonly K[],
  size: number,
  fetchChunk: (keys: K[]) => Promise<readonly T[]>,
  keysOf: (item: T) => readonly K[] = (item) => [(item as { readonly id: K }).id],
): Promise<T[]> {
  const byKey = new Map<K, T>();
  for (const part of chunk([...new Set(keys)], size)) {
    for (const item of await fetchChunk(part)) {
      for (const key of keysOf(item)) byKey.set(key, item);
    }
  }
  return keys.flatMap((key) => byKey.has(key) ? [byKey.get(key)!] : []);
}
