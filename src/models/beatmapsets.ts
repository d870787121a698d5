/**
 * Beatmapset discussion (modding) models: discussions, posts, votes and events
 * (BeatmapDiscussionTransformer, BeatmapDiscussionPostTransformer,
 * BeatmapDiscussionVoteTransformer, BeatmapsetEventTransformer) and the pages osu-web's bundles
 * return (BeatmapsetDiscussionsBundle, BeatmapsetDiscussionPostsBundle,
 * BeatmapsetDiscussionVotesBundle, ModdingHistoryEventsBundle). Beatmapsets themselves are in
 * `beatmaps.ts`.
 *
 * @module
 */
import type { Beatmap, BeatmapCompact, Beatmapset, BeatmapsetCompact } from "./beatmaps.ts";
import type { LegacyCursor, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** The kind of a discussion. */
export type DiscussionMessageType =
  | "suggestion"
  | "problem"
  | "mapper_note"
  | "praise"
  | "hype"
  | "review";

/** A beatmapset discussion (a modding thread); optional fields are includes. */
export interface BeatmapsetDiscussion {
  /** The id. */
  readonly id: number;
  /** The beatmapset. */
  readonly beatmapset_id: number;
  /** The beatmap, or `null` for the whole set. */
  readonly beatmap_id: number | null;
  /** The author. */
  readonly user_id: number;
  /** Who deleted it. */
  readonly deleted_by_id: number | null;
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
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp | null;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** Last post. */
  readonly last_post_at: Timestamp;
  /** Whether kudosu was denied. */
  readonly kudosu_denied: boolean;
  /** Include: the first post. */
  readonly starting_post?: BeatmapsetDiscussionPost;
  /** Include: the posts. */
  readonly posts?: readonly BeatmapsetDiscussionPost[];
  /** Include: vote totals. */
  readonly votes?: {
    readonly up: number;
    readonly down: number;
    readonly voters: { readonly up: readonly number[]; readonly down: readonly number[] };
  };
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include (with a user): the token owner's vote, 1, 0 or -1. */
  readonly current_user_attributes?: {
    readonly vote_score: number;
    readonly can_moderate_kudosu: boolean;
    readonly can_resolve: boolean;
    readonly can_reopen: boolean;
    readonly can_destroy: boolean;
  };
}

/** A post in a discussion. */
export interface BeatmapsetDiscussionPost {
  /** The discussion. */
  readonly beatmapset_discussion_id: number;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** Who deleted it. */
  readonly deleted_by_id: number | null;
  /** The id. */
  readonly id: number;
  /** The last editor. */
  readonly last_editor_id: number | null;
  /** The text. */
  readonly message: string;
  /** Whether the system wrote it. */
  readonly system: boolean;
  /** Last update. */
  readonly updated_at: Timestamp | null;
  /** The author. */
  readonly user_id: number;
  /** Include: the discussion. */
  readonly beatmap_discussion?: BeatmapsetDiscussion;
}

/** A vote on a discussion. */
export interface BeatmapsetDiscussionVote {
  /** The discussion. */
  readonly beatmapset_discussion_id: number;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** The id. */
  readonly id: number;
  /** +1 or -1. */
  readonly score: number;
  /** Last update. */
  readonly updated_at: Timestamp;
  /** The voter. */
  readonly user_id: number;
}

/** Review limits (`Review::config()`). */
export interface ReviewsConfig {
  /** The most blocks a review may have. */
  readonly max_blocks: number;
}

/** A discussion with the includes the discussion listing turns on. */
export type ListedDiscussion = BeatmapsetDiscussion & {
  readonly starting_post: BeatmapsetDiscussionPost;
};

/** A page of `GET beatmapsets/discussions`. */
export interface BeatmapsetDiscussions {
  /** All beatmaps of the beatmapsets referred to. */
  readonly beatmaps: readonly Beatmap[];
  /** The beatmapsets referred to. */
  readonly beatmapsets: readonly Beatmapset[];
  /** The discussions, with `starting_post`. */
  readonly discussions: readonly ListedDiscussion[];
  /** Discussions these ones refer to. */
  readonly included_discussions: readonly ListedDiscussion[];
  /** Review limits. */
  readonly reviews_config: ReviewsConfig;
  /** The users referred to (with `groups`). */
  readonly users: readonly UserCompact[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** A page of `GET beatmapsets/discussions/posts`. */
export interface BeatmapsetDiscussionPosts {
  /** The beatmapsets of the posts' discussions. */
  readonly beatmapsets: readonly BeatmapsetCompact[];
  /** The posts' discussions. */
  readonly discussions: readonly BeatmapsetDiscussion[];
  /** The posts. */
  readonly posts: readonly BeatmapsetDiscussionPost[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** A page of `GET beatmapsets/discussions/votes`. */
export interface BeatmapsetDiscussionVotes {
  /** The votes' discussions. */
  readonly discussions: readonly BeatmapsetDiscussion[];
  /** The users referred to (with `groups`). */
  readonly users: readonly UserCompact[];
  /** The votes. */
  readonly votes: readonly BeatmapsetDiscussionVote[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** A beatmapset event (nomination, qualification, ...; BeatmapsetEventTransformer). */
export interface BeatmapsetEvent {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"nominate"`, `"qualify"`, `"rank"`, `"kudosu_gain"`. */
  readonly type: string;
  /** Details, by kind (e.g. `{ beatmap_discussion_id, beatmap_discussion_post_id }`), or `null`. */
  readonly comment: BeatmapsetEventComment | null;
  /** When. */
  readonly created_at: Timestamp;
  /** Who did it, when the token's user may see it. */
  readonly user_id?: number | null;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include: the discussion. */
  readonly discussion?: BeatmapsetDiscussion;
}

/**
 * The details of a beatmapset event, by kind. osu-web stores them as free-form JSON; the names
 * here are the ones its events write.
 */
export interface BeatmapsetEventComment {
  /** The discussion it concerns. */
  readonly beatmap_discussion_id?: number | null;
  /** The post it concerns. */
  readonly beatmap_discussion_post_id?: number | null;
  /** The reason, for disqualifications and resets. */
  readonly reason?: string;
  /** The rulesets, for nominations. */
  readonly modes?: readonly string[];
  /** Old and new values, for metadata changes (genre, language, owner, offset, tags, ...). */
  readonly old?: string | number | boolean | null;
  /** The new value. */
  readonly new?: string | number | boolean | null;
  /** The new votes' total, for kudosu changes. */
  readonly new_vote?: { readonly user_id: number; readonly score: number };
  /** Votes, for kudosu changes. */
  readonly votes?: readonly { readonly user_id: number; readonly score: number }[];
  /** The beatmap, for owner changes. */
  readonly beatmap_id?: number;
  /** The beatmap's name, for owner changes. */
  readonly beatmap_version?: string;
  /** New owners, for owner changes. */
  readonly new_users?: readonly { readonly id: number; readonly username: string }[];
  /** The new owner, for owner changes recorded before several owners were possible. */
  readonly new_user_id?: number;
  /** The new owner's name, for those changes. */
  readonly new_user_username?: string;
}

/** A page of `GET beatmapsets/events`. */
export interface BeatmapsetEvents {
  /** The events, with `discussion.starting_post` and `beatmapset.user`. */
  readonly events: readonly BeatmapsetEvent[];
  /** Review limits (camelCase, as osu-web names it here). */
  readonly reviewsConfig: ReviewsConfig;
  /** The users referred to (with `groups`). */
  readonly users: readonly UserCompact[];
}

/** `GET beatmapsets/{beatmapset}/ratings` (lazer; BeatmapsetRatingsController::index). */
export interface BeatmapsetRating {
  /** Why the token owner may not rate this set (e.g. they mapped it); `null` when they may. */
  readonly disallow_rating_reason: string | null;
  /** The set's rating, from its users' ratings (the beatmapset's `rating`). */
  readonly total_rating: number;
  /** The token owner's own rating, 1–10; `null` when they have not rated the set. */
  readonly user_rating: number | null;
}

/** `POST beatmapsets/{beatmapset}/ratings` (lazer; BeatmapsetRatingsController::store). */
export interface UpdatedBeatmapsetRating {
  /** The set's rating after this one counts (the beatmapset's `rating`). */
  readonly updated_rating: number;
}

/** The search a `GET beatmapsets/search` page answers. */
export interface BeatmapsetSearchParams {
  /** The sort used, e.g. `"ranked_desc"`. */
  readonly sort: string;
}

/** A page of `GET beatmapsets/search`. */
export interface BeatmapsetSearchResult {
  /** The beatmapsets of this page, with their beatmaps (with `max_combo`) and `pack_tags`. */
  readonly beatmapsets: readonly (Beatmapset & {
    readonly beatmaps: readonly (Beatmap & { readonly max_combo: number })[];
    readonly pack_tags: readonly string[];
  })[];
  /** The search used. */
  readonly search: BeatmapsetSearchParams;
  /** The suggested star rating for the token owner, if any. */
  readonly recommended_difficulty: number | null;
  /** A search error, if any. */
  readonly error: string | null;
  /** How many match in all. */
  readonly total: number;
  /** Pass it back for the next page; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}
