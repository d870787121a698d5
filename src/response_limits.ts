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
   * Any JSON answer, in bytes. osu!'s largest are under 1 MB, measured on the emulator's
   * fixtures (https://github.com/osu-ts/api/blob/main/docs/reliability.md): a beatmapset of 200 difficulties with their converts is about
   * 0.85 MB, a search page of 50 beatmapsets 0.16 MB, 50 scores of a beatmap 59 kB.
   * @default {16777216} (16 MiB)
   */
  readonly json?: number;
  /**
   * A download (a replay, a beatmapset's `.osz`), in bytes. A replay is usually 0.1–0.3 MB and
   * about 1–2 MB for an hour-long map; an `.osz` is usually 1–20 MB, but one with a long video can
   * pass 64 MiB: raise this to download those (sizes estimated, see https://github.com/osu-ts/api/blob/main/docs/reliability.md).
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
