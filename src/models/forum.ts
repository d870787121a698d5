/**
 * Forum models (ForumTransformer, TopicTransformer, PostTransformer, PollTransformer).
 *
 * @module
 */
import type { LegacyCursor, Timestamp } from "./common.ts";

/** A forum. */
export interface Forum {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The description. */
  readonly description: string;
  /** Include: the subforums. */
  readonly subforums?: readonly Forum[];
}

/** A forum poll. */
export interface ForumPoll {
  /** Whether votes can be changed. */
  readonly allow_vote_change: boolean;
  /** When it ends. */
  readonly ended_at: Timestamp | null;
  /** Whether results are hidden until it ends. */
  readonly hide_incomplete_results: boolean;
  /** The last vote, if any. */
  readonly last_vote_at: Timestamp | null;
  /** How many options a voter may pick. */
  readonly max_votes: number;
  /** The options. */
  readonly options: readonly {
    readonly id: number;
    readonly text: { readonly bbcode: string; readonly html: string };
    readonly vote_count?: number;
  }[];
  /** When it started. */
  readonly started_at: Timestamp;
  /** The title. */
  readonly title: { readonly bbcode: string; readonly html: string };
  /** Total votes. */
  readonly total_vote_count: number;
}

/** A forum topic. */
export interface ForumTopic {
  /** The id. */
  readonly id: number;
  /** The forum. */
  readonly forum_id: number;
  /** The title. */
  readonly title: string;
  /** The author. */
  readonly user_id: number;
  /** `normal`, `sticky` or `announcement`. */
  readonly type: "normal" | "sticky" | "announcement";
  /** Whether it is locked. */
  readonly is_locked: boolean;
  /** The first post. */
  readonly first_post_id: number;
  /** The last post. */
  readonly last_post_id: number;
  /** Posts. */
  readonly post_count: number;
  /** Views. */
  readonly views: number;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** The last post's time. */
  readonly updated_at: Timestamp;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** The poll, if any. */
  readonly poll: ForumPoll | null;
}

/** A forum post. */
export interface ForumPost {
  /** The id. */
  readonly id: number;
  /** The forum. */
  readonly forum_id: number;
  /** The topic. */
  readonly topic_id: number;
  /** The author. */
  readonly user_id: number;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** When it was edited. */
  readonly edited_at: Timestamp | null;
  /** Who edited it. */
  readonly edited_by_id: number | null;
  /** When it was deleted. */
  readonly deleted_at: Timestamp | null;
  /** Include: the body as HTML and BBCode. */
  readonly body?: { readonly html: string; readonly raw: string };
}

/** `GET forums`: the forum tree. */
export interface ForumListing {
  /** The top-level forums, with subforums. */
  readonly forums: readonly Forum[];
}

/** `GET forums/{forum}`: a forum, its topics and pinned topics. */
export interface ForumAndTopics {
  /** The forum. */
  readonly forum: Forum;
  /** The topics. */
  readonly topics: readonly ForumTopic[];
  /** Pinned topics. */
  readonly pinned_topics: readonly ForumTopic[];
}

/** A page of `GET forums/topics`. */
export interface ForumTopics {
  /** The topics. */
  readonly topics: readonly ForumTopic[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** A page of `GET forums/topics/{topic}`: the topic and some posts. */
export interface ForumTopicAndPosts {
  /** The topic. */
  readonly topic: ForumTopic;
  /** The posts. */
  readonly posts: readonly ForumPost[];
  /** The search parameters used. */
  readonly search?: { readonly limit: number; readonly sort: string };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** `POST forums/topics`: the new topic and its first post. */
export interface CreatedForumTopic {
  /** The topic. */
  readonly topic: ForumTopic;
  /** The first post. */
  readonly post: ForumPost;
}
