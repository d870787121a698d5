/**
 * User requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { Ruleset } from "../models/common.ts";
import type { BatchUser, CardUser, OwnUser, User } from "../models/users.ts";
import { checkId, checkUserRef } from "../_ids.ts";
import { fetchInOrder } from "../_batch.ts";
import type { CallOptions } from "../client_options.ts";
import { rulesetId } from "./_params.ts";

/** The most ids `GET users` takes in one request (osu-web). */
export const USERS_PER_REQUEST = 50;

/** Options of `getUser`. */
export interface GetUserOptions extends CallOptions {
  /**
   * How to read `user`: as an id or a username. By default osu! tries both.
   *
   * @deprecated osu-web deprecates the `key` parameter: prefix a username with `@`
   * (`getUser("@peppy")`), pass an id as a number.
   */
  readonly key?: "id" | "username";
}

/** Options of `lookupUsers`. */
export interface LookupUsersOptions extends CallOptions {
  /** Include `global_rank` and statistics in this ruleset. */
  readonly ruleset?: Ruleset;
  /** Leave bots out. */
  readonly excludeBots?: boolean;
}

export async function getUser(
  context: RequestContext,
  user: number | string,
  mode?: Ruleset,
  options: GetUserOptions = {},
): Promise<User> {
  return await context.request(endpoints.getUser, {
    ...options,
    path: { user: checkUserRef(user), mode },
    query: { key: options.key },
  });
}

/** Options of `getUsers`. */
export interface GetUsersOptions extends CallOptions {
  /**
   * Add each user's statistics per ruleset variant (osu!mania 4K and 7K). osu-web counts such a
   * request 3 times per id against the rate limit, not once. @default {false}
   */
  readonly includeVariantStatistics?: boolean;
}

export async function getUsers(
  context: RequestContext,
  ids: readonly number[],
  options: GetUsersOptions = {},
): Promise<BatchUser[]> {
  const checked = ids.map((id) => checkId("user id", id));
  // osu-web charges 1 per id, 3 with variant statistics: each request must fit the limiter.
  const batching = {
    method: "getUsers",
    size: USERS_PER_REQUEST,
    costPerId: options.includeVariantStatistics ? 3 : 1,
    maxCost: context.rateLimiter?.maxCost?.(),
  };
  return await fetchInOrder(checked, batching, async (part, cost) => {
    const page = await context.request<{ users: BatchUser[] }>(endpoints.getUsers, {
      ...options,
      query: { ids: part, include_variant_statistics: options.includeVariantStatistics },
      cost,
    });
    return page.users;
  });
}

export async function lookupUsers(
  context: RequestContext,
  users: readonly (number | string)[],
  options: LookupUsersOptions = {},
): Promise<CardUser[]> {
  // An id is looked up as itself, a name (with or without "@") by its lower case.
  const keyOf = (ref: string) =>
    /^\d+$/.test(ref) ? ref : `@${ref.replace(/^@/, "").toLowerCase()}`;
  const sendAs = new Map<string, string>();
  const keys = users.map((user) => {
    const ref = String(checkUserRef(user));
    const key = keyOf(ref);
    if (!sendAs.has(key)) sendAs.set(key, ref);
    return key;
  });
  return await fetchInOrder(keys, USERS_PER_REQUEST, async (part) => {
    const page = await context.request<{ users: CardUser[] }>(endpoints.lookupUsers, {
      ...options,
      query: {
        ids: part.map((key) => sendAs.get(key)!),
        ruleset_id: rulesetId(options.ruleset, "lookupUsers"),
        exclude_bots: options.excludeBots,
      },
    });
    return page.users;
  }, (user) => [String(user.id), `@${user.username.toLowerCase()}`]);
}

export async function getOwnData(
  context: RequestContext,
  mode?: Ruleset,
  options: CallOptions = {},
): Promise<OwnUser> {
  return await context.request(endpoints.getOwnData, { ...options, path: { mode } });
}
