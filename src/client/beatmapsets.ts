/**
 * Beatmapset methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { Beatmapset } from "../models/beatmaps.ts";
import type { Ruleset } from "../models/common.ts";
import { BeatmapsApi } from "./beatmaps.ts";
import type { CallOptions } from "./options.ts";

/** Filters of `searchBeatmapsets`, named as on the osu! website's search. */
export interface BeatmapsetSearchOptions extends CallOptions {
  /** Free text (`q`). */
  readonly query?: string;
  /** Ruleset (`m`: 0–3). */
  readonly mode?: Ruleset;
  /** Status category (`s`): `ranked`, `loved`, `qualified`, `pending`, `graveyard`, `any`, ... */
  readonly status?: string;
  /** Sort (`sort`), e.g. `plays_desc`, `ranked_desc`. */
  readonly sort?: string;
  /** Include NSFW sets (`nsfw`). */
  readonly nsfw?: boolean;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** A page of `searchBeatmapsets`. */
export interface BeatmapsetSearchResult {
  /** The beatmapsets of this page. */
  readonly beatmapsets: readonly Beatmapset[];
  /** Pass it back for the next page; `null` at the end. */
  readonly cursor_string: string | null;
  /** How many match in all. */
  readonly total: number;
}

const RULESET_IDS: Record<Ruleset, number> = { osu: 0, taiko: 1, fruits: 2, mania: 3 };

/** The beatmapset methods; `Client` has them all. */
export class BeatmapsetsApi extends BeatmapsApi {
  /**
   * Search Beatmapset: the website's beatmap search, one page at a time.
   *
   * @param options the query and filters, `cursorString`, `signal`, `timeout`
   * @returns one page and the cursor of the next
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const page = await client.searchBeatmapsets({ mode: "osu" });
   * assert(page.beatmapsets.length > 0);
   * ```
   */
  async searchBeatmapsets(options: BeatmapsetSearchOptions = {}): Promise<BeatmapsetSearchResult> {
    return await this.request(endpoints.searchBeatmapsets, {
      ...options,
      query: {
        q: options.query,
        m: options.mode === undefined ? undefined : RULESET_IDS[options.mode],
        s: options.status,
        sort: options.sort,
        nsfw: options.nsfw,
        cursor_string: options.cursorString,
      },
    });
  }
}
