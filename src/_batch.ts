/**
 * Batch endpoints accept a limited number of ids per request, and osu-web charges some of them
 * per id (`GET users`: 1 per id, 3 with variant statistics). Split the keys so each request stays
 * within both osu-web's count and what the rate limiter can grant at once, send one request
 * after another, and merge the answers back in the order the keys were given.
 *
 * @module
 */
import { InvalidArgumentError } from "./errors.ts";
import { chunk } from "./_ids.ts";

/** How a batch endpoint's keys are split. */
export interface Batching {
  /** The method's name, for errors (e.g. `"getUsers"`). */
  readonly method: string;
  /** The most keys osu-web takes in one request. */
  readonly size: number;
  /** Rate-limit units one key costs. @default {1} */
  readonly costPerId?: number;
  /** The most units the rate limiter can grant one request (`RateLimiter.maxCost`). @default {Infinity} */
  readonly maxCost?: number | undefined;
}

/**
 * The most keys one request may carry.
 *
 * @param batching the method, osu-web's count, the cost per key and the limiter's most
 * @returns the number of keys per request
 * @throws {InvalidArgumentError} when even one key costs more than the limiter can ever grant
 */
export function idsPerRequest(batching: Batching): number {
  const perId = batching.costPerId ?? 1;
  const most = batching.maxCost ?? Infinity;
  const fit = Math.floor(most / perId);
  if (fit < 1) {
    throw new InvalidArgumentError(
      `${batching.method}: one id costs ${perId} rate-limit units, more than the ${most} the ` +
        `configured rate limiter can ever grant at once, so no request could be sent: allow at ` +
        `least ${perId} per window (limitPerMinute), or ask for less per id`,
    );
  }
  return Math.min(batching.size, fit);
}

/**
 * Fetches `keys` in chunks (one after another, so the rate limiter sees each) and returns the
 * items in the order of `keys`, skipping keys osu! did not return. Checks that a request can be
 * sent at all before sending any.
 *
 * @param keys the keys (ids by default), in the order wanted; repeated keys are sent once
 * @param batching how to split them (a number: osu-web's count, at cost 1 per key, no limiter cap)
 * @param fetchChunk fetches one chunk; gets its keys and its rate-limit cost
 * @param keysOf the keys an item answers to (by default its `id`)
 * @returns the items in input order
 * @throws {InvalidArgumentError} when even one key costs more than the limiter can ever grant
 */
export async function fetchInOrder<T, K = number>(
  keys: readonly K[],
  batching: Batching | number,
  fetchChunk: (keys: K[], cost: number) => Promise<readonly T[]>,
  keysOf: (item: T) => readonly K[] = (item) => [(item as { readonly id: K }).id],
): Promise<T[]> {
  const rules = typeof batching === "number" ? { method: "batch", size: batching } : batching;
  const size = idsPerRequest(rules);
  const byKey = new Map<K, T>();
  for (const part of chunk([...new Set(keys)], size)) {
    for (const item of await fetchChunk(part, part.length * (rules.costPerId ?? 1))) {
      for (const key of keysOf(item)) byKey.set(key, item);
    }
  }
  return keys.flatMap((key) => byKey.has(key) ? [byKey.get(key)!] : []);
}
