/**
 * User methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { Ruleset } from "../models/common.ts";
import type { Score } from "../models/scores.ts";
import type { User, UserCompact } from "../models/users.ts";
import { checkId, checkUserRef } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import { ClientCore } from "./core.ts";
import type { CallOptions } from "./options.ts";

/** The most ids `GET users` takes in one request (osu-web). */
export const USERS_PER_REQUEST = 50;

/** Which of a user's scores to list. */
export type UserScoreType = "best" | "firsts" | "recent" | "pinned";

/** Options of `getUser`. */
export interface GetUserOptions extends CallOptions {
  /** How to read `user`: as an id or a username. By default osu! tries both (`@name` forces username). */
  readonly key?: "id" | "username";
}

/** Options of `getUserScores`. */
export interface GetUserScoresOptions extends CallOptions {
  /** The ruleset; the user's default when omitted. */
  readonly mode?: Ruleset;
  /** How many scores (osu-web caps it at 100). */
  readonly limit?: number;
  /** How many to skip. */
  readonly offset?: number;
  /** Include failed plays (`recent` only). */
  readonly includeFails?: boolean;
  /** Only scores set on stable (osu!classic). */
  readonly legacyOnly?: boolean;
}

/** The user methods; `Client` has them all. */
export class UsersApi extends ClientCore {
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
   * Get Users: up to any number of users by id (sent 50 per request, each id costing one unit
   * of the rate limit, as osu-web charges), returned in the order of `ids`; ids osu! does not
   * know are left out.
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
   * Get User Scores: a user's best, first-place, recent or pinned scores.
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
  ): Promise<Score[]> {
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
}
