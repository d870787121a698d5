/**
 * Beatmapset discussion (modding) and event methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type {
  BeatmapsetDiscussionPosts,
  BeatmapsetDiscussions,
  BeatmapsetDiscussionVotes,
  BeatmapsetEvents,
  DiscussionMessageType,
} from "../models/beatmapsets.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { RankStatus } from "../models/beatmaps.ts";
import { BeatmapsetsApi } from "./beatmapsets.ts";
import type { CallOptions } from "./options.ts";

/** Sort orders of discussion listings. */
export type DiscussionSort = "id_desc" | "id_asc";

/** Options shared by the discussion listings. */
export interface DiscussionListOptions extends CallOptions {
  /** Results per page (osu-web: up to 50). */
  readonly limit?: number;
  /** Page number (older paging; prefer `cursorString`). */
  readonly page?: number;
  /** Sort order. @default {"id_desc"} */
  readonly sort?: DiscussionSort;
  /** Only by this user id. */
  readonly user?: number;
  /** Include deleted ones (moderators). */
  readonly withDeleted?: boolean;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** Options of `getBeatmapsetDiscussions`. */
export interface DiscussionsOptions extends DiscussionListOptions {
  /** Only on this beatmap. */
  readonly beatmapId?: number;
  /** Only on this beatmapset. */
  readonly beatmapsetId?: number;
  /** Only on sets with this status (or `all`). */
  readonly beatmapsetStatus?: RankStatus | "all";
  /** Only these kinds. */
  readonly messageTypes?: readonly DiscussionMessageType[];
  /** Only unresolved ones. */
  readonly onlyUnresolved?: boolean;
}

/** Options of `getBeatmapsetDiscussionPosts`. */
export interface DiscussionPostsOptions extends DiscussionListOptions {
  /** Only in this discussion. */
  readonly beatmapsetDiscussionId?: number;
  /** Only these kinds: `first`, `reply`, `system`. */
  readonly types?: readonly ("first" | "reply" | "system")[];
}

/** Options of `getBeatmapsetDiscussionVotes`. */
export interface DiscussionVotesOptions extends DiscussionListOptions {
  /** Only in this discussion. */
  readonly beatmapsetDiscussionId?: number;
  /** Only votes received by this user id. */
  readonly receiver?: number;
  /** Only up (`1`) or down (`-1`) votes. */
  readonly score?: 1 | -1;
}

/** Options of `getBeatmapsetEvents`. */
export interface BeatmapsetEventsOptions extends CallOptions {
  /** Only by this user (id or name). */
  readonly user?: number | string;
  /** Only these kinds, e.g. `["nominate", "qualify", "rank"]`. */
  readonly types?: readonly string[];
  /** Only on this beatmapset. */
  readonly beatmapsetId?: number;
  /** Not before this date (`YYYY-MM-DD`). */
  readonly minDate?: string;
  /** Not after this date (`YYYY-MM-DD`). */
  readonly maxDate?: string;
  /** Sort order. @default {"id_desc"} */
  readonly sort?: DiscussionSort;
  /** Events per page. */
  readonly limit?: number;
  /** The page, from 1. */
  readonly page?: number;
}

/** The discussion methods; `Client` has them all. */
export class DiscussionsApi<V extends string = DefaultApiVersion> extends BeatmapsetsApi<V> {
  /**
   * Get Beatmapset Discussions: modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: discussions, the beatmaps and users they refer to, the next cursor
   */
  async getBeatmapsetDiscussions(options: DiscussionsOptions = {}): Promise<BeatmapsetDiscussions> {
    return await this.request(endpoints.getBeatmapsetDiscussions, {
      ...options,
      query: {
        ...listQuery(options),
        beatmap_id: options.beatmapId,
        beatmapset_id: options.beatmapsetId,
        beatmapset_status: options.beatmapsetStatus,
        message_types: options.messageTypes,
        only_unresolved: options.onlyUnresolved,
      },
    });
  }

  /**
   * Get Beatmapset Discussion Posts: posts in modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: posts, the users they refer to, the next cursor
   */
  async getBeatmapsetDiscussionPosts(
    options: DiscussionPostsOptions = {},
  ): Promise<BeatmapsetDiscussionPosts> {
    return await this.request(endpoints.getBeatmapsetDiscussionPosts, {
      ...options,
      query: {
        ...listQuery(options),
        beatmapset_discussion_id: options.beatmapsetDiscussionId,
        types: options.types,
      },
    });
  }

  /**
   * Get Beatmapset Discussion Votes: votes on modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: votes, discussions and users, the next cursor
   */
  async getBeatmapsetDiscussionVotes(
    options: DiscussionVotesOptions = {},
  ): Promise<BeatmapsetDiscussionVotes> {
    return await this.request(endpoints.getBeatmapsetDiscussionVotes, {
      ...options,
      query: {
        ...listQuery(options),
        beatmapset_discussion_id: options.beatmapsetDiscussionId,
        receiver: options.receiver,
        score: options.score,
      },
    });
  }

  /**
   * Get Beatmapset Events: nominations, qualifications, rankings and other beatmapset events.
   *
   * @param options filters, `limit`, `page`, `signal`, `timeout`
   * @returns one page of events and the users they refer to
   */
  async getBeatmapsetEvents(options: BeatmapsetEventsOptions = {}): Promise<BeatmapsetEvents> {
    return await this.request(endpoints.getBeatmapsetEvents, {
      ...options,
      query: {
        user: options.user,
        types: options.types,
        beatmapset_id: options.beatmapsetId,
        min_date: options.minDate,
        max_date: options.maxDate,
        sort: options.sort,
        limit: options.limit,
        page: options.page,
      },
    });
  }
}

function listQuery(options: DiscussionListOptions) {
  return {
    limit: options.limit,
    page: options.page,
    sort: options.sort,
    user: options.user,
    with_deleted: options.withDeleted,
    cursor_string: options.cursorString,
  };
}
