/**
 * Beatmapset requests of `Client`: search, lookup, download, favourites and ratings.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { BeatmapsetDetails } from "../models/beatmaps.ts";
import type {
  BeatmapsetRating,
  BeatmapsetSearchResult,
  UpdatedBeatmapsetRating,
} from "../models/beatmapsets.ts";
import type { Ruleset } from "../models/common.ts";
import type { FavouriteCount } from "../models/misc.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
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

export async function searchBeatmapsets(
  context: RequestContext,
  options: BeatmapsetSearchOptions = {},
): Promise<BeatmapsetSearchResult> {
  return await context.request(endpoints.searchBeatmapsets, {
    ...options,
    query: {
      q: options.query,
      m: rulesetId(options.mode, "searchBeatmapsets", "mode"),
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

export async function lookupBeatmapset(
  context: RequestContext,
  beatmap: number,
  options: CallOptions = {},
): Promise<BeatmapsetDetails> {
  return await context.request(endpoints.lookupBeatmapset, {
    ...options,
    query: { beatmap_id: checkId("beatmap id", beatmap) },
  });
}

export async function getBeatmapset(
  context: RequestContext,
  beatmapset: number,
  options: CallOptions = {},
): Promise<BeatmapsetDetails> {
  return await context.request(endpoints.getBeatmapset, {
    ...options,
    path: { beatmapset: checkId("beatmapset id", beatmapset) },
  });
}

/** Options of `downloadBeatmapset`. */
export interface DownloadBeatmapsetOptions extends CallOptions {
  /** Download the set without its video. @default {false} */
  readonly noVideo?: boolean;
}

export async function downloadBeatmapset(
  context: RequestContext,
  beatmapset: number,
  options: DownloadBeatmapsetOptions = {},
): Promise<Uint8Array> {
  return await context.request(endpoints.downloadBeatmapset, {
    ...options,
    path: { beatmapset: checkId("beatmapset id", beatmapset) },
    query: { noVideo: options.noVideo },
  });
}

export async function favouriteBeatmapset(
  context: RequestContext,
  beatmapset: number,
  action: "favourite" | "unfavourite",
  options: CallOptions = {},
): Promise<FavouriteCount> {
  return await context.request(endpoints.favouriteBeatmapset, {
    ...options,
    path: { beatmapset: checkId("beatmapset id", beatmapset) },
    body: { action },
  });
}

export async function getBeatmapsetRating(
  context: RequestContext,
  beatmapset: number,
  options: CallOptions = {},
): Promise<BeatmapsetRating> {
  return await context.request(endpoints.getBeatmapsetRating, {
    ...options,
    path: { beatmapset: checkId("beatmapset id", beatmapset) },
  });
}

export async function rateBeatmapset(
  context: RequestContext,
  beatmapset: number,
  rating: number,
  options: CallOptions = {},
): Promise<UpdatedBeatmapsetRating> {
  const id = checkId("beatmapset id", beatmapset);
  if (!Number.isInteger(rating) || rating < 1 || rating > 10) {
    throw new InvalidArgumentError(`A rating must be a whole number from 1 to 10, got ${rating}`);
  }
  return await context.request(endpoints.rateBeatmapset, {
    ...options,
    path: { beatmapset: id },
    body: { rating },
  });
}
