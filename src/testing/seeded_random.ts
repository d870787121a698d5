/**
 * A seeded source of random numbers, for repeatable fault runs and retry jitter.
 *
 * @module
 */

/**
 * A repeatable source of numbers in [0, 1) (mulberry32), for `random` here and in retry options.
 *
 * @param seed any integer
 * @returns the generator
 *
 * @example The same seed, the same numbers
 * ```ts
 * import { seededRandom } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const a = seededRandom(42), b = seededRandom(42);
 * assertEquals([a(), a()], [b(), b()]);
 * ```
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
