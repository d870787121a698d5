/**
 * Forum requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
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
import type { CallOptions } from "../client_options.ts";
import { checkNonEmpty } from "./_params.ts";

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

export async function getForums(
  context: RequestContext,
  options: CallOptions = {},
): Promise<ForumListing> {
  return await context.request(endpoints.getForums, options);
}

export async function getForum(
  context: RequestContext,
  forum: number,
  options: CallOptions = {},
): Promise<ForumAndTopics> {
  return await context.request(endpoints.getForum, {
    ...options,
    path: { forum: checkId("forum id", forum) },
  });
}

export async function getForumTopics(
  context: RequestContext,
  options: ForumTopicsOptions = {},
): Promise<ForumTopics> {
  return await context.request(endpoints.getForumTopics, {
    ...options,
    query: {
      forum_id: options.forumId,
      sort: options.sort,
      limit: options.limit,
      cursor_string: options.cursorString,
    },
  });
}

export async function getTopicAndPosts(
  context: RequestContext,
  topic: number,
  options: TopicPostsOptions = {},
): Promise<ForumTopicAndPosts> {
  return await context.request(endpoints.getTopicAndPosts, {
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

/** Options of `createTopic`. */
export interface CreateTopicOptions extends CallOptions {
  /** A poll to open with the topic. Without it, the topic has no poll. */
  readonly poll?: NewForumPoll;
}

export async function createTopic(
  context: RequestContext,
  forum: number,
  title: string,
  body: string,
  options: CreateTopicOptions = {},
): Promise<CreatedForumTopic> {
  const poll = options.poll;
  return await context.request(endpoints.createTopic, {
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

export async function replyTopic(
  context: RequestContext,
  topic: number,
  body: string,
  options: CallOptions = {},
): Promise<ForumPost> {
  return await context.request(endpoints.replyTopic, {
    ...options,
    path: { topic: checkId("topic id", topic) },
    body: { body: checkText("body", body) },
  });
}

export async function editTopic(
  context: RequestContext,
  topic: number,
  title: string,
  options: CallOptions = {},
): Promise<ForumTopic> {
  return await context.request(endpoints.editTopic, {
    ...options,
    path: { topic: checkId("topic id", topic) },
    body: { forum_topic: { topic_title: checkText("title", title) } },
  });
}

export async function editPost(
  context: RequestContext,
  post: number,
  body: string,
  options: CallOptions = {},
): Promise<ForumPost> {
  return await context.request(endpoints.editPost, {
    ...options,
    path: { post: checkId("post id", post) },
    body: { body: checkText("body", body) },
  });
}

export async function lockTopic(
  context: RequestContext,
  topic: number,
  lock: boolean,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.lockTopic, {
    ...options,
    path: { topic: checkId("topic id", topic) },
    body: { lock },
  });
}

export async function pinTopic(
  context: RequestContext,
  topic: number,
  pin: 0 | 1 | 2,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.pinTopic, {
    ...options,
    path: { topic: checkId("topic id", topic) },
    body: { pin },
  });
}

export async function moveTopic(
  context: RequestContext,
  topic: number,
  destinationForum: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.moveTopic, {
    ...options,
    path: { topic: checkId("topic id", topic) },
    body: { destination_forum_id: checkId("forum id", destinationForum) },
  });
}

function checkText(what: string, value: unknown): string {
  return checkNonEmpty(value, `A forum ${what} must be a non-empty string`);
}
