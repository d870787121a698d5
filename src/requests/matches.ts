/**
 * Legacy (stable) multiplayer match requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { MatchDetails, Matches } from "../models/matches.ts";
import type { MatchScoreFor } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";

/** Options of `getMatches`. */
export interface GetMatchesOptions extends CallOptions {
  /** Only open (`true`) or closed (`false`) matches. */
  readonly active?: boolean;
  /** Matches per page (osu-web: up to 50). */
  readonly limit?: number;
  /** Sort order. @default {"id_desc"} */
  readonly sort?: "id_asc" | "id_desc";
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** Options of `getMatch`. */
export interface MatchOptions extends CallOptions {
  /** Only events before this event id. */
  readonly before?: number;
  /** Only events after this event id. */
  readonly after?: number;
  /** How many events (osu-web: up to 101). */
  readonly limit?: number;
}

export async function getMatches(
  context: RequestContext,
  options: GetMatchesOptions = {},
): Promise<Matches> {
  return await context.request(endpoints.getMatches, {
    ...options,
    query: {
      active: options.active,
      limit: options.limit,
      sort: options.sort,
      cursor_string: options.cursorString,
    },
  });
}

export async function getMatch<V extends string>(
  context: RequestContext,
  match: number,
  options: MatchOptions = {},
): Promise<MatchDetails<MatchScoreFor<V>>> {
  return await context.request(endpoints.getMatch, {
    ...options,
    path: { match: checkId("match id", match) },
    query: { before: options.before, after: options.after, limit: options.limit },
  });
}
