/**
 * Beatmapset methods of `Client`: search, lookup, download, favourites and ratings.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { BeatmapsetDetails } from "../models/beatmaps.ts";
import type { BeatmapsetSearchResult } from "../models/beatmapsets.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { FavouriteCount } from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import { BeatmapsApi } from "./beatmaps.ts";
import type { CallOptions } from "./options.ts";
import { rulesetId } from "./_params.ts";

/** Status categories of the beatmap search (`s`). */
export type BeatmapsetSearchStatus =
  | "any"
  | "leaderboard"
  | "ranked"
  | "qualified"
  | "loved"
  | "favourites"
  | "pending"
  | "wip"
  | "graveyard"
  | "mine";

/** Sort fields of the beatmap search, each `_asc` or `_desc`. */
export type BeatmapsetSearchSort = `${
  | "artist"
  | "creator"
  | "difficulty"
  | "favourites"
  | "nominations"
  | "plays"
  | "ranked"
  | "rating"
  | "relevance"
  | "title"
  | "updated"}_${"asc" | "desc"}`;

/** Filters of `searchBeatmapsets`, named as on the osu! website's search. */
export interface BeatmapsetSearchOptions extends CallOptions {
  /** Free text (`q`), with the website's filters such as `ar>9`. */
  readonly query?: string;
  /** Ruleset (`m`: 0–3). */
  readonly mode?: Ruleset;
  /** Status category (`s`). */
  readonly status?: BeatmapsetSearchStatus;
  /** Sort (`sort`). */
  readonly sort?: BeatmapsetSearchSort;
  /** Include NSFW sets (`nsfw`). */
  readonly nsfw?: boolean;
  /** General filters (`c`), e.g. `["recommended", "converts", "follows", "spotlights", "featured_artists"]`. */
  readonly general?: readonly string[];
  /** Extra filters (`e`): `video`, `storyboard`. */
  readonly extra?: readonly ("video" | "storyboard")[];
  /** Genre id (`g`). */
  readonly genre?: number;
  /** Language id (`l`). */
  readonly language?: number;
  /** Grades achieved (`r`), e.g. `["S", "A"]` (supporters). */
  readonly rank?: readonly string[];
  /** Played state (`played`): `played` or `unplayed` (supporters). */
  readonly played?: "played" | "unplayed";
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** The beatmapset methods; `Client` has them all. */
export class BeatmapsetsApi<V extends string = DefaultApiVersion> extends BeatmapsApi<V> {
  /**
   * Search Beatmapset: the website's beatmap search, one page at a time (use `paginate` to
   * walk all pages).
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
        m: rulesetId(options.mode),
        s: options.status,
        sort: options.sort,
        nsfw: options.nsfw,
        c: options.general?.join("."),
        e: options.extra?.join("."),
        g: options.genre,
        l: options.language,
        r: options.rank?.join("."),
        played: options.played,
        cursor_string: options.cursorString,
      },
    });
  }

  /**
   * Lookup Beatmapset: the beatmapset of a beatmap.
   *
   * @param beatmap a beatmap id of the set
   * @param options `signal`, `timeout`
   * @returns the beatmapset
   * @throws {NotFoundError} when there is no such beatmap
   */
  async lookupBeatmapset(beatmap: number, options: CallOptions = {}): Promise<BeatmapsetDetails> {
    return await this.request(endpoints.lookupBeatmapset, {
      ...options,
      query: { beatmap_id: checkId("beatmap id", beatmap) },
    });
  }

  /**
   * Get Beatmapset: one beatmapset with its beatmaps.
   *
   * @param beatmapset the beatmapset id
   * @param options `signal`, `timeout`
   * @returns the beatmapset
   * @throws {NotFoundError} when there is no such beatmapset
   */
  async getBeatmapset(beatmapset: number, options: CallOptions = {}): Promise<BeatmapsetDetails> {
    return await this.request(endpoints.getBeatmapset, {
      ...options,
      path: { beatmapset: checkId("beatmapset id", beatmapset) },
    });
  }

  /**
   * Download Beatmapset: the `.osz` archive (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param options `noVideo`, `signal`, `timeout`
   * @returns the archive's bytes
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async downloadBeatmapset(
    beatmapset: number,
    options: CallOptions & { readonly noVideo?: boolean } = {},
  ): Promise<Uint8Array> {
    return await this.request(endpoints.downloadBeatmapset, {
      ...options,
      path: { beatmapset: checkId("beatmapset id", beatmapset) },
      query: { noVideo: options.noVideo },
    });
  }

  /**
   * Favourite Beatmapset: add a beatmapset to, or remove it from, the favourites (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param action `favourite` or `unfavourite`
   * @param options `signal`, `timeout`
   * @returns the new favourite count
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async favouriteBeatmapset(
    beatmapset: number,
    action: "favourite" | "unfavourite",
    options: CallOptions = {},
  ): Promise<FavouriteCount> {
    return await this.request(endpoints.favouriteBeatmapset, {
      ...options,
      path: { beatmapset: checkId("beatmapset id", beatmapset) },
      body: { action },
    });
  }

  /**
   * Get Beatmapset Rating: the set's rating and the token owner's (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param options `signal`, `timeout`
   * @returns the ratings, and why the user may not rate, if so
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getBeatmapsetRating(beatmapset: number, options: CallOptions = {}): Promise<{
    disallow_rating_reason: string | null;
    total_rating: number;
    user_rating: number | null;
  }> {
    return await this.request(endpoints.getBeatmapsetRating, {
      ...options,
      path: { beatmapset: checkId("beatmapset id", beatmapset) },
    });
  }

  /**
   * Rate Beatmapset: rate a beatmapset from 1 to 10 (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param rating 1–10
   * @param options `signal`, `timeout`
   * @returns the set's new rating
   * @throws {InvalidArgumentError} when `rating` is not 1–10
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async rateBeatmapset(
    beatmapset: number,
    rating: number,
    options: CallOptions = {},
  ): Promise<{ updated_rating: number }> {
    const id = checkId("beatmapset id", beatmapset);
    if (!Number.isInteger(rating) || rating < 1 || rating > 10) {
      throw new InvalidArgumentError(`A rating must be a whole number from 1 to 10, got ${rating}`);
    }
    return await this.request(endpoints.rateBeatmapset, {
      ...options,
      path: { beatmapset: id },
      body: { rating },
    });
  }
}
