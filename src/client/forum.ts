/**
 * Forum methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type {
  CreatedForumTopic,
  ForumAndTopics,
  ForumListing,
  ForumPost,
  ForumTopic,
  ForumTopicAndPosts,
  ForumTopics,
} from "../models/forum.ts";
import { checkId } from "../_ids.ts";
import { CommentsApi } from "./comments.ts";
import type { CallOptions } from "./options.ts";

/** Options of `getForumTopics`. */
export interface ForumTopicsOptions extends CallOptions {
  /** Only in this forum. */
  readonly forumId?: number;
  /** Sort order. @default {"new"} */
  readonly sort?: "new" | "old";
  /** Topics per page (osu-web: up to 50). */
  readonly limit?: number;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** Options of `getTopicAndPosts`. */
export interface TopicPostsOptions extends CallOptions {
  /** Sort order of the posts. @default {"id_asc"} */
  readonly sort?: "id_asc" | "id_desc";
  /** Posts per page (osu-web: up to 50). */
  readonly limit?: number;
  /** The first post id. */
  readonly start?: number;
  /** The last post id. */
  readonly end?: number;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** A poll for `createTopic`. */
export interface NewForumPoll {
  /** The title. */
  readonly title: string;
  /** The options, one per entry. */
  readonly options: readonly string[];
  /** Days it runs (0: forever). */
  readonly lengthDays: number;
  /** Options a voter may pick. @default {1} */
  readonly maxOptions?: number;
  /** Hide results until it ends. */
  readonly hideResults?: boolean;
  /** Allow changing votes. */
  readonly voteChange?: boolean;
}

/** The forum methods; `Client` has them all. */
export class ForumApi<V extends string = DefaultApiVersion> extends CommentsApi<V> {
  /**
   * Get Forum Listing: the forums, with their subforums.
   *
   * @param options `signal`, `timeout`
   * @returns the forum tree
   */
  async getForums(options: CallOptions = {}): Promise<ForumListing> {
    return await this.request(endpoints.getForums, options);
  }

  /**
   * Get Forum and Topics: a forum with its first topics and pinned topics.
   *
   * @param forum the forum id
   * @param options `signal`, `timeout`
   * @returns the forum and topics
   */
  async getForum(forum: number, options: CallOptions = {}): Promise<ForumAndTopics> {
    return await this.request(endpoints.getForum, {
      ...options,
      path: { forum: checkId("forum id", forum) },
    });
  }

  /**
   * Get Topic Listing: topics, newest first, one page at a time.
   *
   * @param options `forumId`, `sort`, `limit`, `cursorString`, `signal`, `timeout`
   * @returns one page of topics and the next cursor
   */
  async getForumTopics(options: ForumTopicsOptions = {}): Promise<ForumTopics> {
    return await this.request(endpoints.getForumTopics, {
      ...options,
      query: {
        forum_id: options.forumId,
        sort: options.sort,
        limit: options.limit,
        cursor_string: options.cursorString,
      },
    });
  }

  /**
   * Get Topic and Posts: a topic and a page of its posts.
   *
   * @param topic the topic id
   * @param options `sort`, `limit`, `start`, `end`, `cursorString`, `signal`, `timeout`
   * @returns the topic, the posts and the next cursor
   */
  async getTopicAndPosts(
    topic: number,
    options: TopicPostsOptions = {},
  ): Promise<ForumTopicAndPosts> {
    return await this.request(endpoints.getTopicAndPosts, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      query: {
        sort: options.sort,
        limit: options.limit,
        start: options.start,
        end: options.end,
        cursor_string: options.cursorString,
      },
    });
  }

  /**
   * Create Topic: start a topic, optionally with a poll (needs `forum.write`).
   *
   * @param forum the forum id
   * @param title the title
   * @param body the first post (BBCode)
   * @param options `poll`, `signal`, `timeout`
   * @returns the topic and its first post
   * @throws {MissingScopeError} before sending, without `forum.write`
   */
  async createTopic(
    forum: number,
    title: string,
    body: string,
    options: CallOptions & { readonly poll?: NewForumPoll } = {},
  ): Promise<CreatedForumTopic> {
    const poll = options.poll;
    return await this.request(endpoints.createTopic, {
      ...options,
      body: {
        forum_id: checkId("forum id", forum),
        title: checkText("title", title),
        body: checkText("body", body),
        with_poll: poll !== undefined,
        forum_topic_poll: poll && {
          title: poll.title,
          options: poll.options.join("\n"),
          length_days: poll.lengthDays,
          max_options: poll.maxOptions ?? 1,
          hide_results: poll.hideResults ?? false,
          vote_change: poll.voteChange ?? false,
        },
      },
    });
  }

  /**
   * Reply Topic: post a reply (needs `forum.write`).
   *
   * @param topic the topic id
   * @param body the post (BBCode)
   * @param options `signal`, `timeout`
   * @returns the new post
   */
  async replyTopic(topic: number, body: string, options: CallOptions = {}): Promise<ForumPost> {
    return await this.request(endpoints.replyTopic, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      body: { body: checkText("body", body) },
    });
  }

  /**
   * Edit Topic: change a topic's title (needs `forum.write`).
   *
   * @param topic the topic id
   * @param title the new title
   * @param options `signal`, `timeout`
   * @returns the topic
   */
  async editTopic(topic: number, title: string, options: CallOptions = {}): Promise<ForumTopic> {
    return await this.request(endpoints.editTopic, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      body: { forum_topic: { topic_title: checkText("title", title) } },
    });
  }

  /**
   * Edit Post: change a post's text (needs `forum.write`).
   *
   * @param post the post id
   * @param body the new text (BBCode)
   * @param options `signal`, `timeout`
   * @returns the post
   */
  async editPost(post: number, body: string, options: CallOptions = {}): Promise<ForumPost> {
    return await this.request(endpoints.editPost, {
      ...options,
      path: { post: checkId("post id", post) },
      body: { body: checkText("body", body) },
    });
  }

  /**
   * Lock Topic: lock or unlock a topic (needs `forum.write_manage`).
   *
   * @param topic the topic id
   * @param lock `true` to lock, `false` to unlock
   * @param options `signal`, `timeout`
   */
  async lockTopic(topic: number, lock: boolean, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.lockTopic, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      body: { lock },
    });
  }

  /**
   * Pin Topic: make a topic normal, sticky or an announcement (needs `forum.write_manage`).
   *
   * @param topic the topic id
   * @param pin `0` normal, `1` sticky, `2` announcement
   * @param options `signal`, `timeout`
   */
  async pinTopic(topic: number, pin: 0 | 1 | 2, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.pinTopic, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      body: { pin },
    });
  }

  /**
   * Move Topic: move a topic to another forum (lazer only; moderators).
   *
   * @param topic the topic id
   * @param destinationForum the forum id to move it to
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async moveTopic(
    topic: number,
    destinationForum: number,
    options: CallOptions = {},
  ): Promise<void> {
    await this.request(endpoints.moveTopic, {
      ...options,
      path: { topic: checkId("topic id", topic) },
      body: { destination_forum_id: checkId("forum id", destinationForum) },
    });
  }
}

function checkText(what: string, value: unknown): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new InvalidArgumentError(`A forum ${what} must be a non-empty string`);
}
