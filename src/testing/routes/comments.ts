/**
 * Comment routes: the comment bundle with its legacy `cursor` (`cursor[id]`, `cursor[created_at]`,
 * 50 a page), one comment, and the lazer-only writes and votes.
 *
 * @module
 */
import { apiError, field, intParam, json, unprocessable } from "../_http.ts";
import type { JsonObject } from "../types.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { notFoundMessage } from "./_lookup.ts";

const COMMENT_NOT_FOUND = notFoundMessage("Comment");

function all(ctx: RouteContext): JsonObject[] {
  return (ctx.state.data.collections.comments ??= []);
}

function bundle(ctx: RouteContext, comments: JsonObject[], extra: JsonObject): JsonObject {
  const userIds = new Set(comments.map((c) => c.user_id));
  const votes = (ctx.state.data.collections.comment_votes ?? []).filter((v) =>
    v.user_id === ctx.userId
  );
  return {
    comments,
    has_more: false,
    has_more_id: null,
    included_comments: [],
    pinned_comments: [],
    user_votes: votes.map((v) => v.comment_id),
    user_follow: false,
    users: ctx.state.data.users.filter((u) => userIds.has(u.id)).map((u) => userCompact(u, [])),
    sort: "new",
    cursor: null,
    top_level_count: comments.filter((c) => c.parent_id === null).length,
    total: comments.length,
    commentable_meta: commentableMeta(ctx, comments),
    ...extra,
  };
}

/**
 * CommentableMetaTransformer for each commentable of the comments, then the entry osu-web
 * always adds for deleted commentables (`{ title }`).
 */
function commentableMeta(ctx: RouteContext, comments: JsonObject[]): JsonObject[] {
  const keys = new Map<string, JsonObject>();
  const wanted = ctx.query.get("commentable_type") && ctx.query.get("commentable_id")
    ? [{
      commentable_type: ctx.query.get("commentable_type"),
      commentable_id: Number(ctx.query.get("commentable_id")),
    }]
    : [];
  for (const c of [...comments, ...wanted]) {
    keys.set(`${c.commentable_type}:${c.commentable_id}`, c as JsonObject);
  }
  const meta = [...keys.values()].map((c): JsonObject => {
    const set = c.commentable_type === "beatmapset"
      ? ctx.state.data.beatmapsets.find((s) => s.id === c.commentable_id)
      : undefined;
    const path = c.commentable_type === "beatmapset"
      ? `beatmapsets/${c.commentable_id}`
      : c.commentable_type === "news_post"
      ? `home/news/${c.commentable_id}`
      : `home/changelog/${c.commentable_id}`;
    return {
      current_user_attributes: {
        can_new_comment_reason: ctx.userId === undefined ? "Please sign in to proceed." : null,
      },
      id: c.commentable_id,
      type: c.commentable_type,
      title: set ? `${set.artist} - ${set.title}` : `${c.commentable_type} ${c.commentable_id}`,
      url: `https://osu.ppy.sh/${path}`,
      owner_id: set ? set.user_id : null,
      owner_title: set ? "MAPPER" : null,
      locked: false,
    };
  });
  return [...meta, { title: "Deleted Item" }];
}

function getComments(ctx: RouteContext): Response {
  const type = ctx.query.get("commentable_type");
  const id = ctx.query.get("commentable_id");
  const parent = ctx.query.get("parent_id");
  const sort = ctx.query.get("sort") ?? "new";
  let list = all(ctx).filter((c) =>
    c.deleted_at === null && (!type || c.commentable_type === type) &&
    (!id || String(c.commentable_id) === id) &&
    (parent === null ? true : String(c.parent_id ?? 0) === parent)
  );
  list = [...list].sort((a, b) =>
    sort === "old"
      ? (a.id as number) - (b.id as number)
      : sort === "top"
      ? (b.votes_count as number) - (a.votes_count as number) || (b.id as number) - (a.id as number)
      : (b.id as number) - (a.id as number)
  );
  const cursorId = ctx.query.get("cursor[id]");
  const start = cursorId === null ? 0 : list.findIndex((c) => String(c.id) === cursorId) + 1;
  const limit = intParam(ctx.query.get("limit"), 50, 1, 50);
  const page = list.slice(start, start + limit);
  const more = start + limit < list.length;
  const last = page[page.length - 1];
  const cursor: JsonObject | null = more && last
    ? sort === "top"
      ? { votes_count: last.votes_count, id: last.id }
      : { created_at: last.created_at, id: last.id }
    : null;
  return json(bundle(ctx, page, { has_more: more, cursor, sort, total: list.length }));
}

function getComment(ctx: RouteContext): Response {
  const comment = all(ctx).find((c) => String(c.id) === ctx.params.comment);
  if (!comment) return apiError(404, COMMENT_NOT_FOUND);
  return json(bundle(ctx, [comment], {}));
}

function postNewComment(ctx: RouteContext): Response {
  const message = field(ctx.body, "comment.message") ?? field(ctx.body, "message");
  const type = field(ctx.body, "comment.commentable_type") ?? field(ctx.body, "commentable_type");
  const id = field(ctx.body, "comment.commentable_id") ?? field(ctx.body, "commentable_id");
  const parent = field(ctx.body, "comment.parent_id") ?? field(ctx.body, "parent_id");
  if (!message) return unprocessable("message is required");
  if (!parent && (!type || !id)) return unprocessable("commentable is required");
  const now = new Date(ctx.state.clock.now()).toISOString();
  const comment: JsonObject = {
    id: ctx.state.nextId++,
    commentable_id: Number(id ?? 0),
    commentable_type: type ?? "beatmapset",
    created_at: now,
    deleted_at: null,
    edited_at: null,
    edited_by_id: null,
    legacy_name: null,
    message,
    message_html: `<p>${message}</p>`,
    parent_id: parent ? Number(parent) : null,
    pinned: false,
    replies_count: 0,
    updated_at: now,
    user_id: ctx.userId ?? null,
    votes_count: 0,
  };
  all(ctx).push(comment);
  return json(bundle(ctx, [comment], {}));
}

function editComment(ctx: RouteContext): Response {
  const comment = all(ctx).find((c) => String(c.id) === ctx.params.comment);
  if (!comment) return apiError(404, COMMENT_NOT_FOUND);
  if (comment.user_id !== ctx.userId) return apiError(403, "You can only edit your own comments.");
  const message = field(ctx.body, "comment.message") ?? field(ctx.body, "message");
  if (!message) return unprocessable("message is required");
  comment.message = message;
  comment.edited_at = new Date(ctx.state.clock.now()).toISOString();
  comment.edited_by_id = ctx.userId ?? null;
  return json(bundle(ctx, [comment], {}));
}

function deleteComment(ctx: RouteContext): Response {
  const comment = all(ctx).find((c) => String(c.id) === ctx.params.comment);
  if (!comment) return apiError(404, COMMENT_NOT_FOUND);
  if (comment.user_id !== ctx.userId) {
    return apiError(403, "You can only delete your own comments.");
  }
  comment.deleted_at = new Date(ctx.state.clock.now()).toISOString();
  return json(bundle(ctx, [comment], {}));
}

function vote(add: boolean) {
  return (ctx: RouteContext): Response => {
    const comment = all(ctx).find((c) => String(c.id) === ctx.params.comment);
    if (!comment) return apiError(404, COMMENT_NOT_FOUND);
    const votes = (ctx.state.data.collections.comment_votes ??= []);
    const index = votes.findIndex((v) => v.comment_id === comment.id && v.user_id === ctx.userId);
    if (add && index === -1) {
      votes.push({ comment_id: comment.id, user_id: ctx.userId ?? null });
      comment.votes_count = (comment.votes_count as number) + 1;
    } else if (!add && index !== -1) {
      votes.splice(index, 1);
      comment.votes_count = (comment.votes_count as number) - 1;
    }
    return json(bundle(ctx, [comment], {}));
  };
}

/** Comment route handlers by endpoint name. */
export const COMMENT_ROUTES: RouteTable = {
  getComments,
  getComment,
  postNewComment,
  editComment,
  deleteComment,
  addCommentVote: vote(true),
  removeCommentVote: vote(false),
};
