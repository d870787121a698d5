/**
 * A user's lists, as requests of `Client`: scores, beatmapsets, kudosu, recent activity and
 * passed beatmaps.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import type {
  UserBeatmapsFor,
  UserBeatmapType,
  UserScoresFor,
  UserScoreType,
} from "../models/user_lists.ts";
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { BeatmapCompact } from "../models/beatmaps.ts";
import type { Ruleset } from "../models/common.ts";
import type { ScoreFor } from "../models/scores.ts";
import type { BeatmapsPassed, KudosuHistory, UserEvent } from "../models/users.ts";
import { checkId, chunk } from "../_ids.ts";
import { idsPerRequest } from "../_batch.ts";
import type { CallOptions } from "../client_options.ts";
import { rulesetId, rulesetName } from "./_params.ts";

/** The most beatmapset ids `GET users/{user}/beatmaps-passed` takes in one request (osu-web). */
export const BEATMAPSETS_PASSED_PER_REQUEST = 50;

export type { UserBeatmapType, UserScoreType } from "../models/user_lists.ts";

/** Options of the `limit` + `offset` listings of a user. */
export interface OffsetOptions extends CallOptions {
  /** How many (osu-web: 1–100; 5 when omitted). */
  readonly limit?: number;
  /** How many to skip (osu-web lists at most 100 in all). */
  readonly offset?: number;
}

/** Options of `getUserScores`. */
export interface GetUserScoresOptions extends OffsetOptions {
  /** The ruleset; the user's default when omitted. */
  readonly mode?: Ruleset;
  /** Include failed plays (`recent` only). */
  readonly includeFails?: boolean;
  /** Only scores set on stable (osu!classic). */
  readonly legacyOnly?: boolean;
}

/** Options of `searchBeatmapsPassed`. */
export interface BeatmapsPassedOptions extends CallOptions {
  /** The beatmapsets to look in (any number; sent 50 per request). */
  readonly beatmapsetIds: readonly number[];
  /** Leave out converted beatmaps. */
  readonly excludeConverts?: boolean;
  /** Only stable (`true`) or only lazer (`false`) passes. */
  readonly isLegacy?: boolean;
  /** Leave out passes with difficulty-reduction mods. */
  readonly noDiffReduction?: boolean;
  /** Only this ruleset. */
  readonly ruleset?: Ruleset;
}

export async function getUserScores<V extends string, T extends UserScoreType>(
  context: RequestContext,
  user: number,
  type: T,
  options: GetUserScoresOptions = {},
): Promise<UserScoresFor<T, ScoreFor<V>>> {
  return await context.request(endpoints.getUserScores, {
    ...options,
    path: { user: checkId("user id", user), type },
    query: {
      mode: rulesetName(options.mode, "getUserScores", "mode"),
      limit: options.limit,
      offset: options.offset,
      include_fails: options.includeFails,
      legacy_only: options.legacyOnly,
    },
  });
}

export async function getUserKudosu(
  context: RequestContext,
  user: number,
  options: OffsetOptions = {},
): Promise<KudosuHistory[]> {
  return await context.request(endpoints.getUserKudosu, {
    ...options,
    path: { user: checkId("user id", user) },
    query: { limit: options.limit, offset: options.offset },
  });
}

export async function getUserBeatmaps<T extends UserBeatmapType>(
  context: RequestContext,
  user: number,
  type: T,
  options: OffsetOptions = {},
): Promise<UserBeatmapsFor<T>> {
  return await context.request(endpoints.getUserBeatmaps, {
    ...options,
    path: { user: checkId("user id", user), type },
    query: { limit: options.limit, offset: options.offset },
  });
}

export async function getUserRecentActivity(
  context: RequestContext,
  user: number,
  options: OffsetOptions = {},
): Promise<UserEvent[]> {
  return await context.request(endpoints.getUserRecentActivity, {
    ...options,
    path: { user: checkId("user id", user) },
    query: { limit: options.limit, offset: options.offset },
  });
}

export async function searchBeatmapsPassed(
  context: RequestContext,
  user: number,
  options: BeatmapsPassedOptions,
): Promise<BeatmapsPassed> {
  const userId = checkId("user id", user);
  const ids = [...new Set(options.beatmapsetIds.map((id) => checkId("beatmapset id", id)))];
  const passed: BeatmapCompact[] = [];
  // osu-web charges one per beatmapset: each request must fit the limiter.
  const size = idsPerRequest({
    method: "searchBeatmapsPassed",
    size: BEATMAPSETS_PASSED_PER_REQUEST,
    maxCost: context.rateLimiter?.maxCost?.(),
  });
  for (const part of chunk(ids, size)) {
    const page = await context.request<BeatmapsPassed>(endpoints.searchBeatmapsPassed, {
      ...options,
      path: { user: userId },
      query: {
        beatmapset_ids: part,
        exclude_converts: options.excludeConverts,
        is_legacy: options.isLegacy,
        no_diff_reduction: options.noDiffReduction,
        ruleset_id: rulesetId(options.ruleset, "searchBeatmapsPassed"),
      },
      cost: part.length,
    });
    passed.push(...page.beatmaps_passed);
  }
  return { beatmaps_passed: passed };
}
