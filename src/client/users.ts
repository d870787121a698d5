/**
 * User methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { OwnUser, User, UserCompact } from "../models/users.ts";
import { checkId, checkUserRef, chunk } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import { ClientCore } from "./core.ts";
import type { CallOptions } from "./options.ts";
import { rulesetId } from "./_params.ts";

/** The most ids `GET users` takes in one request (osu-web). */
export const USERS_PER_REQUEST = 50;

/** Options of `getUser`. */
export interface GetUserOptions extends CallOptions {
  /** How to read `user`: as an id or a username. By default osu! tries both (`@name` forces username). */
  readonly key?: "id" | "username";
}

/** Options of `lookupUsers`. */
export interface LookupUsersOptions extends CallOptions {
  /** Include `global_rank` and statistics in this ruleset. */
  readonly ruleset?: Ruleset;
  /** Leave bots out. */
  readonly excludeBots?: boolean;
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
  async getOwnData(mode?: Ruleset, options: CallOptions = {}): Promise<OwnUser> {
    return await this.request(endpoints.getOwnData, { ...options, path: { mode } });
  }
}
