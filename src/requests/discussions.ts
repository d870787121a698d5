/**
 * Beatmapset discussion (modding) and event requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type {
  BeatmapsetDiscussionPosts,
  BeatmapsetDiscussions,
  BeatmapsetDiscussionVotes,
  BeatmapsetEvents,
  DiscussionMessageType,
} from "../models/beatmapsets.ts";
import type { RankStatus } from "../models/beatmaps.ts";
import type { CallOptions } from "../client_options.ts";

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

export async function getBeatmapsetDiscussions(
  context: RequestContext,
  options: DiscussionsOptions = {},
): Promise<BeatmapsetDiscussions> {
  return await context.request(endpoints.getBeatmapsetDiscussions, {
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

export async function getBeatmapsetDiscussionPosts(
  context: RequestContext,
  options: DiscussionPostsOptions = {},
): Promise<BeatmapsetDiscussionPosts> {
  return await context.request(endpoints.getBeatmapsetDiscussionPosts, {
    ...options,
    query: {
      ...listQuery(options),
      beatmapset_discussion_id: options.beatmapsetDiscussionId,
      types: options.types,
    },
  });
}

export async function getBeatmapsetDiscussionVotes(
  context: RequestContext,
  options: DiscussionVotesOptions = {},
): Promise<BeatmapsetDiscussionVotes> {
  return await context.request(endpoints.getBeatmapsetDiscussionVotes, {
    ...options,
    query: {
      ...listQuery(options),
      beatmapset_discussion_id: options.beatmapsetDiscussionId,
      receiver: options.receiver,
      score: options.score,
    },
  });
}

export async function getBeatmapsetEvents(
  context: RequestContext,
  options: BeatmapsetEventsOptions = {},
): Promise<BeatmapsetEvents> {
  return await context.request(endpoints.getBeatmapsetEvents, {
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
