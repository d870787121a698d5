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
  /** The Markdown text (absent when deleted). */
  readonly message?: string | null;
  /** The HTML text (absent when deleted). */
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
  /** Who deleted it. */
  readonly deleted_by_id?: number | null;
}

/** What a comment thread is on (CommentableMetaTransformer). */
export interface CommentableMeta {
  /** The id. */
  readonly id?: number;
  /** The kind. */
  readonly type?: CommentableType;
  /** The title. */
  readonly title: string;
  /** The page. */
  readonly url?: string;
  /** The owner. */
  readonly owner_id?: number | null;
  /** The owner's title. */
  readonly owner_title?: string | null;
  /** Other fields. */
  readonly [key: string]: unknown;
}

/** A bundle of comments (`GET comments`, `GET comments/{comment}`, writes). */
export interface CommentBundle {
  /** The comments. */
  readonly comments: readonly Comment[];
  /** Parents and other comments referred to. */
  readonly included_comments: readonly Comment[];
  /** Pinned comments. */
  readonly pinned_comments?: readonly Comment[];
  /** What the comments are on. */
  readonly commentable_meta: readonly CommentableMeta[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The comments the token owner voted for. */
  readonly user_votes: readonly number[];
  /** The token owner's follow state. */
  readonly user_follow?: boolean;
  /** Whether more comments follow. */
  readonly has_more: boolean;
  /** The id of the comment more comments belong to. */
  readonly has_more_id?: number | null;
  /** The sort used. */
  readonly sort?: CommentSort;
  /** Top-level comment count. */
  readonly top_level_count?: number;
  /** Total comment count. */
  readonly total?: number;
  /** The next page's cursor (sent back as `cursor[...]`); `null` at the end. */
  readonly cursor: LegacyCursor | null;
}
