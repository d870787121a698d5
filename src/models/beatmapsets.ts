/**
 * Beatmapset discussion (modding) models: discussions, posts, votes, events and ratings
 * (BeatmapDiscussionTransformer, BeatmapDiscussionPostTransformer,
 * BeatmapDiscussionVoteTransformer, BeatmapsetEventTransformer).
 *
 * @module
 */
import type { Beatmap, BeatmapCompact, Beatmapset, BeatmapsetCompact } from "./beatmaps.ts";
import type { Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** The kind of a discussion. */
export type DiscussionMessageType =
  | "suggestion"
  | "problem"
  | "mapper_note"
  | "praise"
  | "hype"
  | "review";

/** A beatmapset discussion (a modding thread). */
export interface BeatmapsetDiscussion {
  /** The id. */
  readonly id: number;
  /** The beatmapset. */
  readonly beatmapset_id: number;
  /** The beatmap, or `null` for the whole set. */
  readonly beatmap_id: number | null;
  /** The author. */
  readonly user_id: number;
  /** The kind. */
  readonly message_type: DiscussionMessageType;
  /** The parent discussion (reviews). */
  readonly parent_id: number | null;
  /** The map position in milliseconds, if any. */
  readonly timestamp: number | null;
  /** Whether it is resolved. */
  readonly resolved: boolean;
  /** Whether it can be resolved. */
  readonly can_be_resolved: boolean;
  /** Whether it can earn kudosu. */
  readonly can_grant_kudosu: boolean;
  /** Whether kudosu was denied. */
  readonly kudosu_denied: boolean;
  /** Who deleted it. */
  readonly deleted_by_id: number | null;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp | null;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** Last post. */
  readonly last_post_at: Timestamp;
  /** Include: the first post. */
  readonly starting_post?: BeatmapsetDiscussionPost;
  /** Include: the posts. */
  readonly posts?: readonly BeatmapsetDiscussionPost[];
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Other includes. */
  readonly [key: string]: unknown;
}

/** A post in a discussion. */
export interface BeatmapsetDiscussionPost {
  /** The id. */
  readonly id: number;
  /** The discussion. */
  readonly beatmapset_discussion_id: number;
  /** The author. */
  readonly user_id: number;
  /** The text. */
  readonly message: string;
  /** Whether the system wrote it. */
  readonly system: boolean;
  /** The last editor. */
  readonly last_editor_id: number | null;
  /** Who deleted it. */
  readonly deleted_by_id: number | null;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp | null;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
}

/** A vote on a discussion. */
export interface BeatmapsetDiscussionVote {
  /** The id. */
  readonly id: number;
  /** The discussion. */
  readonly beatmapset_discussion_id: number;
  /** +1 or -1. */
  readonly score: number;
  /** The voter. */
  readonly user_id: number;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp;
}

/** A page of `GET beatmapsets/discussions`. */
export interface BeatmapsetDiscussions {
  /** The discussions. */
  readonly discussions: readonly BeatmapsetDiscussion[];
  /** Discussions these ones refer to. */
  readonly included_discussions: readonly BeatmapsetDiscussion[];
  /** The beatmaps referred to. */
  readonly beatmaps: readonly Beatmap[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** Review limits. */
  readonly reviews_config?: { readonly max_blocks: number };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}

/** A page of `GET beatmapsets/discussions/posts`. */
export interface BeatmapsetDiscussionPosts {
  /** The posts. */
  readonly posts: readonly BeatmapsetDiscussionPost[];
  /** Their discussions. */
  readonly beatmapsets?: readonly BeatmapsetCompact[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}

/** A page of `GET beatmapsets/discussions/votes`. */
export interface BeatmapsetDiscussionVotes {
  /** The votes. */
  readonly votes: readonly BeatmapsetDiscussionVote[];
  /** Their discussions. */
  readonly discussions: readonly BeatmapsetDiscussion[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}

/** A beatmapset event (nomination, qualification, ...; BeatmapsetEventTransformer). */
export interface BeatmapsetEvent {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"nominate"`, `"qualify"`, `"rank"`, `"kudosu_gain"`. */
  readonly type: string;
  /** Details, by kind. */
  readonly comment: unknown;
  /** When. */
  readonly created_at: Timestamp;
  /** Who did it. */
  readonly user_id: number | null;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include: the discussion. */
  readonly discussion?: BeatmapsetDiscussion | null;
}

/** A page of `GET beatmapsets/events`. */
export interface BeatmapsetEvents {
  /** The events. */
  readonly events: readonly BeatmapsetEvent[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** Review limits. */
  readonly reviewsConfig?: { readonly max_blocks: number };
}

/** The token owner's rating of a beatmapset (lazer). */
export interface BeatmapsetRating {
  /** The rating, 0 (none) to 10. */
  readonly rating: number;
}

/** A page of `GET beatmapsets/search`. */
export interface BeatmapsetSearchResult {
  /** The beatmapsets of this page. */
  readonly beatmapsets: readonly Beatmapset[];
  /** Pass it back for the next page; `null` at the end. */
  readonly cursor_string: string | null;
  /** How many match in all. */
  readonly total: number;
  /** A search error, if any. */
  readonly error?: string | null;
}
