/**
 * User methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { BeatmapCompact, BeatmapsetCompact } from "../models/beatmaps.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { ScoreFor } from "../models/scores.ts";
import type {
  BeatmapsPassed,
  KudosuHistory,
  User,
  UserCompact,
  UserEvent,
} from "../models/users.ts";
import { checkId, checkUserRef, chunk } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import { ClientCore } from "./core.ts";
import type { CallOptions } from "./options.ts";
import { rulesetId } from "./_params.ts";

/** The most ids `GET users` takes in one request (osu-web). */
export const USERS_PER_REQUEST = 50;

/** The most beatmapset ids `GET users/{user}/beatmaps-passed` takes in one request (osu-web). */
export const BEATMAPSETS_PASSED_PER_REQUEST = 50;

/** Which of a user's scores to list. */
export type UserScoreType = "best" | "firsts" | "recent" | "pinned";

/** Which of a user's beatmapsets to list. */
export type UserBeatmapType =
  | "favourite"
  | "graveyard"
  | "guest"
  | "loved"
  | "most_played"
  | "nominated"
  | "pending"
  | "ranked";

/** Options of `getUser`. */
export interface GetUserOptions extends CallOptions {
  /** How to read `user`: as an id or a username. By default osu! tries both (`@name` forces username). */
  readonly key?: "id" | "username";
}

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

/** Options of `lookupUsers`. */
export interface LookupUsersOptions extends CallOptions {
  /** Include `global_rank` and statistics in this ruleset. */
  readonly ruleset?: Ruleset;
  /** Leave bots out. */
  readonly excludeBots?: boolean;
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

/** The user methods; `Client` has them all. */
export class UsersApi<V extends string = DefaultApiVersion> extends ClientCore {
  /**
   * Get User: one user's profile.
   *
   * @param user an id, or `"@username"`
   * @param mode the ruleset of the statistics; the user's default when omitted
   * @param options `key`, `signal`, `timeout`
   * @returns the user
   * @throws {NotFoundError} when there is no such user
   * @throws {InvalidArgumentError} when `user` is not an id or name
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * assertEquals((await client.getUser("@peppy")).id, 2);
   * assertEquals((await client.getUser(2, "taiko")).username, "peppy");
   * ```
   */
  async getUser(
    user: number | string,
    mode?: Ruleset,
    options: GetUserOptions = {},
  ): Promise<User> {
    return await this.request(endpoints.getUser, {
      ...options,
      path: { user: checkUserRef(user), mode },
      query: { key: options.key },
    });
  }

  /**
   * Get Users: any number of users by id (sent 50 per request, each id costing one unit of the
   * rate limit, as osu-web charges), returned in the order of `ids`; ids osu! does not know are
   * left out.
   *
   * @param ids user ids
   * @param options `includeVariantStatistics` (costs three units per id), `signal`, `timeout`
   * @returns the users, in the order of `ids`
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const users = await client.getUsers([osu.player.id, 2]);
   * assertEquals(users.map((u) => u.id), [osu.player.id, 2]);
   * ```
   */
  async getUsers(
    ids: readonly number[],
    options: CallOptions & { readonly includeVariantStatistics?: boolean } = {},
  ): Promise<UserCompact[]> {
    const checked = ids.map((id) => checkId("user id", id));
    const perId = options.includeVariantStatistics ? 3 : 1;
    return await fetchInOrder(checked, USERS_PER_REQUEST, async (part) => {
      const page = await this.request<{ users: UserCompact[] }>(endpoints.getUsers, {
        ...options,
        query: { ids: part, include_variant_statistics: options.includeVariantStatistics },
        cost: part.length * perId,
      });
      return page.users;
    });
  }

  /**
   * Lookup Users: users by id or name (`"@name"` or a plain name), 50 per request, in the order
   * asked; unknown ones are left out.
   *
   * @param users ids and names
   * @param options `ruleset`, `excludeBots`, `signal`, `timeout`
   * @returns the users, in the order of `users`
   * @throws {InvalidArgumentError} when an entry is not an id or name
   */
  async lookupUsers(
    users: readonly (number | string)[],
    options: LookupUsersOptions = {},
  ): Promise<UserCompact[]> {
    const refs = users.map((ref) => String(checkUserRef(ref)));
    const found = new Map<string, UserCompact>();
    for (const part of chunk([...new Set(refs)], USERS_PER_REQUEST)) {
      const page = await this.request<{ users: UserCompact[] }>(endpoints.lookupUsers, {
        ...options,
        query: {
          ids: part,
          ruleset_id: rulesetId(options.ruleset),
          exclude_bots: options.excludeBots,
        },
      });
      for (const user of page.users) {
        found.set(String(user.id), user);
        found.set(`@${user.username.toLowerCase()}`, user);
      }
    }
    return refs.flatMap((ref) => {
      const key = /^\d+$/.test(ref) ? ref : `@${ref.replace(/^@/, "").toLowerCase()}`;
      const user = found.get(key);
      return user ? [user] : [];
    });
  }

  /**
   * Get Own Data: the user the token belongs to (needs `identify`).
   *
   * @param mode the ruleset of the statistics
   * @param options `signal`, `timeout`
   * @returns the user
   * @throws {MissingScopeError} before sending, without `identify`
   * @throws {GrantError} before sending, with a client-credentials token
   */
  async getOwnData(mode?: Ruleset, options: CallOptions = {}): Promise<User> {
    return await this.request(endpoints.getOwnData, { ...options, path: { mode } });
  }

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
  async getUserScores(
    user: number,
    type: UserScoreType,
    options: GetUserScoresOptions = {},
  ): Promise<ScoreFor<V>[]> {
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
  async getUserBeatmaps(
    user: number,
    type: UserBeatmapType,
    options: OffsetOptions = {},
  ): Promise<BeatmapsetCompact[]> {
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
