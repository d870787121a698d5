/**
 * A user's lists, as methods of `Client`: scores, beatmapsets, kudosu, recent activity and
 * passed beatmaps.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { BeatmapCompact } from "../models/beatmaps.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { ScoreFor } from "../models/scores.ts";
import type { BeatmapsPassed, KudosuHistory, UserEvent } from "../models/users.ts";
import type {
  UserBeatmapsFor,
  UserBeatmapType,
  UserScoresFor,
  UserScoreType,
} from "../models/user_lists.ts";
import { checkId, chunk } from "../_ids.ts";
import type { CallOptions } from "./options.ts";
import { UsersApi } from "./users.ts";
import { rulesetId } from "./_params.ts";

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

/** A user's lists; `Client` has them all. */
export class UserListsApi<V extends string = DefaultApiVersion> extends UsersApi<V> {
  /**
   * Get User Scores: a user's best, first-place, recent or pinned scores (format per API
   * version, see `ScoreFor`).
   *
   * @param user the user id
   * @param type `best`, `firsts`, `recent` or `pinned`
   * @param options `mode`, `limit`, `offset`, `includeFails`, `legacyOnly`, `signal`, `timeout`
   * @returns the scores
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const scores = await client.getUserScores(2, "best", { mode: "osu", limit: 5 });
   * assert(scores.every((s) => s.user_id === 2));
   * ```
   */
  async getUserScores<T extends UserScoreType>(
    user: number,
    type: T,
    options: GetUserScoresOptions = {},
  ): Promise<UserScoresFor<T, ScoreFor<V>>> {
    return await this.request(endpoints.getUserScores, {
      ...options,
      path: { user: checkId("user id", user), type },
      query: {
        mode: options.mode,
        limit: options.limit,
        offset: options.offset,
        include_fails: options.includeFails,
        legacy_only: options.legacyOnly,
      },
    });
  }

  /**
   * Get User Kudosu: a user's kudosu history.
   *
   * @param user the user id
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the kudosu changes, newest first
   */
  async getUserKudosu(user: number, options: OffsetOptions = {}): Promise<KudosuHistory[]> {
    return await this.request(endpoints.getUserKudosu, {
      ...options,
      path: { user: checkId("user id", user) },
      query: { limit: options.limit, offset: options.offset },
    });
  }

  /**
   * Get User Beatmaps: a user's favourite, ranked, loved, ... beatmapsets, or most played
   * beatmaps (`most_played` returns play counts with the beatmap).
   *
   * @param user the user id
   * @param type which list
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the beatmapsets (or, for `most_played`, play counts)
   */
  async getUserBeatmaps<T extends UserBeatmapType>(
    user: number,
    type: T,
    options: OffsetOptions = {},
  ): Promise<UserBeatmapsFor<T>> {
    return await this.request(endpoints.getUserBeatmaps, {
      ...options,
      path: { user: checkId("user id", user), type },
      query: { limit: options.limit, offset: options.offset },
    });
  }

  /**
   * Get User Recent Activity: a user's recent events (ranks, achievements, uploads).
   *
   * @param user the user id
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the events, newest first
   */
  async getUserRecentActivity(user: number, options: OffsetOptions = {}): Promise<UserEvent[]> {
    return await this.request(endpoints.getUserRecentActivity, {
      ...options,
      path: { user: checkId("user id", user) },
      query: { limit: options.limit, offset: options.offset },
    });
  }

  /**
   * Search Beatmaps Passed: which beatmaps of the given sets a user has passed. The sets are
   * sent 50 per request, each set costing one unit of the rate limit (osu-web's cost).
   *
   * @param user the user id
   * @param options `beatmapsetIds`, filters, `signal`, `timeout`
   * @returns the passed beatmaps (none without beatmapset ids, without a request)
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   */
  async searchBeatmapsPassed(
    user: number,
    options: BeatmapsPassedOptions,
  ): Promise<BeatmapsPassed> {
    const userId = checkId("user id", user);
    const ids = [...new Set(options.beatmapsetIds.map((id) => checkId("beatmapset id", id)))];
    const passed: BeatmapCompact[] = [];
    for (const part of chunk(ids, BEATMAPSETS_PASSED_PER_REQUEST)) {
      const page = await this.request<BeatmapsPassed>(endpoints.searchBeatmapsPassed, {
        ...options,
        path: { user: userId },
        query: {
          beatmapset_ids: part,
          exclude_converts: options.excludeConverts,
          is_legacy: options.isLegacy,
          no_diff_reduction: options.noDiffReduction,
          ruleset_id: rulesetId(options.ruleset),
        },
        cost: part.length,
      });
      passed.push(...page.beatmaps_passed);
    }
    return { beatmaps_passed: passed };
  }
}
