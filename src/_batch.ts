/**
 * Batch endpoints accept a limited number of ids per request: split, send, and merge the answers
 * back in the order the ids were given.
 *
 * @module
 */
import { chunk } from "./_ids.ts";

/**
 * Fetches `ids` in chunks of `size` (one after another, so the rate limiter sees each) and
 * returns the items in the order of `ids`, skipping ids osu! did not return.
 *
 * @param ids the ids, in the order wanted
 * @param size the most ids one request takes
 * @param fetchChunk fetches one chunk
 * @returns the items in input order
 */
export async function fetchInOrder<T extends { readonly id: number }>(
  ids: readonly number[],
  size: number,
  fetchChunk: (ids: number[]) => Promise<readonly T[]>,
): Promise<T[]> {
  const byId = new Map<number, T>();
  for (const part of chunk([...new Set(ids)], size)) {
    for (const item of await fetchChunk(part)) byId.set(item.id, item);
  }
  return ids.flatMap((id) => byId.has(id) ? [byId.get(id)!] : []);
}
