/**
 * How much of an answer the client reads: a cap per kind of answer, so that an endless or huge
 * body (a broken proxy, a hostile server) is cut off with a `ResponseTooLargeError` instead of
 * filling the memory.
 *
 * @module
 */

/**
 * The most bytes the client reads of one answer, by kind of answer. Each defaults to
 * {@linkcode DEFAULT_MAX_RESPONSE_BYTES}.
 */
export interface MaxResponseBytes {
  /**
   * Any JSON answer, in bytes. osu!'s largest are a few MB at most (docs/reliability.md: a
   * beatmapset of 200 difficulties with converts about 1.1 MB, a search page of 50 beatmapsets
   * about 0.6 MB, a user with everything about 40 kB, measured on the emulator's fixtures).
   * @default {16777216} (16 MiB)
   */
  readonly json?: number;
  /**
   * A download (a replay, a beatmapset's `.osz`), in bytes. A replay is rarely over 1 MB; a
   * beatmapset with a long video can pass 64 MiB: raise this to download those.
   * @default {67108864} (64 MiB)
   */
  readonly bytes?: number;
}

/**
 * The default limits: 16 MiB for JSON answers, 64 MiB for downloads (replays, `.osz`).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_RESPONSE_BYTES } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(DEFAULT_MAX_RESPONSE_BYTES.json, 16 * 1024 * 1024);
 * assertEquals(DEFAULT_MAX_RESPONSE_BYTES.bytes, 64 * 1024 * 1024);
 * ```
 */
export const DEFAULT_MAX_RESPONSE_BYTES: Readonly<Required<MaxResponseBytes>> = Object.freeze({
  json: 16 * 1024 * 1024,
  bytes: 64 * 1024 * 1024,
});
