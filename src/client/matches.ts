/**
 * Legacy (stable) multiplayer match methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { MatchDetails, Matches } from "../models/matches.ts";
import type { MatchScoreFor } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import { PlaylistsApi } from "./playlists.ts";
import type { CallOptions } from "./options.ts";

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

/** The match methods; `Client` has them all. */
export class MatchesApi<V extends string = DefaultApiVersion> extends PlaylistsApi<V> {
  /**
   * Get Matches Listing: stable multiplayer matches, newest first, one page at a time.
   *
   * @param options `active`, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of matches and the next cursor
   */
  async getMatches(options: GetMatchesOptions = {}): Promise<Matches> {
    return await this.request(endpoints.getMatches, {
      ...options,
      query: {
        active: options.active,
        limit: options.limit,
        sort: options.sort,
        cursor_string: options.cursorString,
      },
    });
  }

  /**
   * Get Match: a match with some of its events (scores follow the API version).
   *
   * @param match the match id
   * @param options `before`, `after` (event ids), `limit` (events, up to 101), `signal`, `timeout`
   * @returns the match, events and users
   * @throws {NotFoundError} when there is no such match
   */
  async getMatch(
    match: number,
    options: CallOptions & {
      readonly before?: number;
      readonly after?: number;
      readonly limit?: number;
    } = {},
  ): Promise<MatchDetails<MatchScoreFor<V>>> {
    return await this.request(endpoints.getMatch, {
      ...options,
      path: { match: checkId("match id", match) },
      query: { before: options.before, after: options.after, limit: options.limit },
    });
  }
}
