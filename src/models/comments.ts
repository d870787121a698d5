/**
 * Comment models (CommentTransformer, CommentableMetaTransformer).
 *
 * @module
 */
import type { LegacyCursor, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** What a comment can be on. */
export type CommentableType = "beatmapset" | "build" | "news_post";

/** The sort orders of comments. */
export type CommentSort = "new" | "old" | "top";

/** A comment. */
export interface Comment {
  /** The id. */
  readonly id: number;
  /** The parent comment, for replies. */
  readonly parent_id: number | null;
  /** The author (null when deleted). */
  readonly user_id: number | null;
  /** Whether it is pinned. */
  readonly pinned: boolean;
  /** Replies. */
  readonly replies_count: number;
  /** Votes. */
  readonly votes_count: number;
  /** What it is on. */
  readonly commentable_type: CommentableType;
  /** The id of what it is on. */
  readonly commentable_id: number;
  /** The author's name for comments imported from the old site. */
  readonly legacy_name: string | null;
  /** The Markdown text (`null` when deleted; absent when the token's user may not see it). */
  readonly message?: string | null;
  /** The HTML text (`null` when deleted; absent when the token's user may not see it). */
  readonly message_html?: string | null;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** Last update. */
  readonly updated_at: Timestamp;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** When it was edited. */
  readonly edited_at: Timestamp | null;
  /** Who edited it. */
  readonly edited_by_id: number | null;
  /** Who deleted it (moderators only). */
  readonly deleted_by_id?: number | null;
  /** Include: the author. */
  readonly user?: UserCompact;
}

/** What a comment thread is on (CommentableMetaTransformer). */
export interface CommentableMeta {
  /** Whether the token's user may comment, and why not. */
  readonly current_user_attributes: { readonly can_new_comment_reason: string | null };
  /** The id. */
  readonly id: number;
  /** The kind. */
  readonly type: CommentableType;
  /** The title. */
  readonly title: string;
  /** The page. */
  readonly url: string;
  /** The owner (the mapper, for beatmapsets). */
  readonly owner_id: number | null;
  /** The owner's title (`MAPPER` for beatmapsets). */
  readonly owner_title: string | null;
  /** Whether new comments are refused. */
  readonly locked: boolean;
}

/** The entry osu-web adds for deleted commentables (always last in `commentable_meta`). */
export interface DeletedCommentableMeta {
  /** `"deleted item"`. */
  readonly title: string;
}

/** A bundle of comments (`GET comments`, `GET comments/{comment}`, writes; CommentBundle). */
export interface CommentBundle {
  /** The comments. */
  readonly comments: readonly Comment[];
  /** Whether more comments follow. */
  readonly has_more: boolean;
  /** The parent the list is of (`null` for top level). */
  readonly has_more_id: number | null;
  /** Parents and other comments referred to. */
  readonly included_comments: readonly Comment[];
  /** Pinned comments. */
  readonly pinned_comments: readonly Comment[];
  /** The comments the token owner voted for. */
  readonly user_votes: readonly number[];
  /** Whether the token owner follows the thread. */
  readonly user_follow: boolean;
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The sort used. */
  readonly sort: CommentSort;
  /** The next page's cursor (sent back as `cursor[...]`); `null` at the end. */
  readonly cursor: LegacyCursor | null;
  /** The user the list was filtered by (`user_id`), when given. */
  readonly user?: UserCompact;
  /** Top-level comment count (top-level lists only). */
  readonly top_level_count?: number;
  /** Total comment count (top-level lists only). */
  readonly total?: number;
  /** What the comments are on, and a last entry for deleted ones. */
  readonly commentable_meta: readonly (CommentableMeta | DeletedCommentableMeta)[];
}
