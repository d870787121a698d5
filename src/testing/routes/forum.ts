/**
 * Forum routes: forums, topic listing (`cursor_string`), a topic with its posts
 * (`cursor_string`, 20 a page), creating topics, replying, editing, and the moderation routes.
 *
 * @module
 */
import { apiError, bool, field, intParam, json, noContent, unprocessable } from "../_http.ts";
import { cursorStringPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { coll, notFoundMessage } from "./_lookup.ts";

const TOPIC_NOT_FOUND = notFoundMessage("Forum\\Topic");

function findTopic(ctx: RouteContext): JsonObject | undefined {
  return coll(ctx, "forum_topics").find((t) => String(t.id) === ctx.params.topic);
}

function now(ctx: RouteContext): string {
  return new Date(ctx.state.clock.now()).toISOString();
}

function addPost(ctx: RouteContext, topic: JsonObject, body: string): JsonObject {
  const post: JsonObject = {
    id: ctx.state.nextId++,
    forum_id: topic.forum_id,
    topic_id: topic.id,
    user_id: ctx.userId ?? null,
    created_at: now(ctx),
    edited_at: null,
    edited_by_id: null,
    deleted_at: null,
    body: { html: `<div class="bbcode">${body}</div>`, raw: body },
  };
  coll(ctx, "forum_posts").push(post);
  topic.last_post_id = post.id;
  topic.post_count = (topic.post_count as number) + 1;
  topic.updated_at = post.created_at;
  return post;
}

function getForumTopics(ctx: RouteContext): Response {
  const forum = ctx.query.get("forum_id");
  const sort = ctx.query.get("sort") ?? "new";
  const topics = coll(ctx, "forum_topics").filter((t) => !forum || String(t.forum_id) === forum)
    .sort((a, b) =>
      sort === "old" ? (a.id as number) - (b.id as number) : (b.id as number) - (a.id as number)
    );
  const page = cursorStringPage(topics, ctx.query, 50);
  return json({ topics: page.items, cursor: page.cursor, cursor_string: page.cursorString });
}

function getTopicAndPosts(ctx: RouteContext): Response {
  const topic = findTopic(ctx);
  if (!topic) return apiError(404, TOPIC_NOT_FOUND);
  const sort = ctx.query.get("sort") ?? "id_asc";
  let posts = coll(ctx, "forum_posts").filter((p) => p.topic_id === topic.id)
    .sort((a, b) =>
      sort === "id_desc" ? (b.id as number) - (a.id as number) : (a.id as number) - (b.id as number)
    );
  const start = ctx.query.get("start");
  const end = ctx.query.get("end");
  if (start !== null) posts = posts.filter((p) => (p.id as number) >= Number(start));
  if (end !== null) posts = posts.filter((p) => (p.id as number) <= Number(end));
  const page = cursorStringPage(posts, ctx.query, intParam(ctx.query.get("limit"), 20, 1, 50), 50);
  return json({
    cursor: page.cursor,
    cursor_string: page.cursorString,
    posts: page.items,
    search: { limit: page.items.length, sort },
    topic,
  });
}

function createTopic(ctx: RouteContext): Response {
  const title = field(ctx.body, "title");
  const body = field(ctx.body, "body");
  const forumId = Number(field(ctx.body, "forum_id"));
  if (!title || !body) return unprocessable("title and body are required");
  if (!coll(ctx, "forums").some((f) => f.id === forumId)) {
    return apiError(404, notFoundMessage("Forum\\Forum"));
  }
  const topic: JsonObject = {
    id: ctx.state.nextId++,
    forum_id: forumId,
    title,
    user_id: ctx.userId ?? null,
    created_at: now(ctx),
    updated_at: now(ctx),
    deleted_at: null,
    first_post_id: 0,
    last_post_id: 0,
    is_locked: false,
    type: "normal",
    post_count: 0,
    views: 0,
    poll: null,
  };
  coll(ctx, "forum_topics").push(topic);
  const post = addPost(ctx, topic, body);
  topic.first_post_id = post.id;
  return json({ topic, post });
}

function replyTopic(ctx: RouteContext): Response {
  const topic = findTopic(ctx);
  if (!topic) return apiError(404, TOPIC_NOT_FOUND);
  if (topic.is_locked) return apiError(403, "Can't reply to a locked thread.");
  const body = field(ctx.body, "body");
  if (!body) return unprocessable("body is required");
  return json(addPost(ctx, topic, body));
}

function editTopic(ctx: RouteContext): Response {
  const topic = findTopic(ctx);
  if (!topic) return apiError(404, TOPIC_NOT_FOUND);
  if (topic.user_id !== ctx.userId) return apiError(403, null);
  const title = field(ctx.body, "forum_topic.topic_title") ?? field(ctx.body, "topic_title");
  if (!title) return unprocessable("forum_topic[topic_title] is required");
  topic.title = title;
  return json(topic);
}

function editPost(ctx: RouteContext): Response {
  const post = coll(ctx, "forum_posts").find((p) => String(p.id) === ctx.params.post);
  if (!post) return apiError(404, notFoundMessage("Forum\\Post"));
  if (post.user_id !== ctx.userId) return apiError(403, null);
  const body = field(ctx.body, "body");
  if (!body) return unprocessable("body is required");
  post.body = { html: `<div class="bbcode">${body}</div>`, raw: body };
  post.edited_at = now(ctx);
  post.edited_by_id = ctx.userId ?? null;
  return json(post);
}

function moderate(key: "is_locked" | "pinned" | "forum_id", param: string) {
  return (ctx: RouteContext): Response => {
    const topic = findTopic(ctx);
    if (!topic) return apiError(404, TOPIC_NOT_FOUND);
    const value = field(ctx.body, param);
    if (value === undefined) return unprocessable(`${param} is required`);
    if (key === "forum_id") topic.forum_id = Number(value);
    else if (key === "pinned") {
      topic.type = value === "0" || value === "false" ? "normal" : "sticky";
    } else topic.is_locked = bool(value) ?? false;
    // osu-web answers lock and pin with 204 and an empty body; move returns the topic
    return key === "forum_id" ? json(topic) : noContent();
  };
}

/**
 * A forum as ForumTransformer sends it, with `depth` levels of `subforums` (the routes include
 * `subforums.subforums`).
 */
function forumJson(ctx: RouteContext, forum: JsonObject, depth: number): JsonObject {
  const out: JsonObject = { id: forum.id, name: forum.name, description: forum.description };
  if (depth > 0) {
    out.subforums = coll(ctx, "forums").filter((s) => s.parent_id === forum.id).map((s) =>
      forumJson(ctx, s, depth - 1)
    );
  }
  return out;
}

/** Forum route handlers by endpoint name. */
export const FORUM_ROUTES: RouteTable = {
  getForums: (ctx) =>
    json({
      forums: coll(ctx, "forums").filter((f) => f.parent_id === null).map((f) =>
        forumJson(ctx, f, 2)
      ),
    }),
  getForum: (ctx) => {
    const forum = coll(ctx, "forums").find((f) => String(f.id) === ctx.params.forum);
    if (!forum) return apiError(404, notFoundMessage("Forum\\Forum"));
    const topics = coll(ctx, "forum_topics").filter((t) => t.forum_id === forum.id);
    return json({
      forum: forumJson(ctx, forum, 2),
      topics: topics.filter((t) => t.type === "normal").slice(0, 50),
      pinned_topics: topics.filter((t) => t.type !== "normal"),
    });
  },
  getForumTopics,
  getTopicAndPosts,
  createTopic,
  replyTopic,
  editTopic,
  editPost,
  lockTopic: moderate("is_locked", "lock"),
  pinTopic: moderate("pinned", "pin"),
  moveTopic: moderate("forum_id", "destination_forum_id"),
};
