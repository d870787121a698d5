/**
 * Comment requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { CommentableType, CommentBundle, CommentSort } from "../models/comments.ts";
import type { LegacyCursor } from "../models/common.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
import { checkNonEmpty } from "./_params.ts";

/** Options of `getComments`. */
export interface GetCommentsOptions extends CallOptions {
  /** What the comments are on (with `commentableId`). */
  readonly commentableType?: CommentableType;
  /** The id of what the comments are on. */
  readonly commentableId?: number;
  /** Only replies to this comment (0 for top-level ones). */
  readonly parentId?: number;
  /**
   * Only comments after this comment id.
   *
   * @deprecated osu-web prefers `cursor` (what `paginate` walks with).
   */
  readonly after?: number;
  /** Sort order; the user's preference when omitted. */
  readonly sort?: CommentSort;
  /** The `cursor` of the previous page (sent as `cursor[key]=...`). */
  readonly cursor?: LegacyCursor;
}

/** What a new comment is on and says. */
export interface NewComment {
  /** What it is on. */
  readonly commentableType: CommentableType;
  /** The id of what it is on. */
  readonly commentableId: number;
  /** The text. */
  readonly message: string;
  /** The comment it replies to. */
  readonly parentId?: number;
}

export async function getComments(
  context: RequestContext,
  options: GetCommentsOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.getComments, {
    ...options,
    query: {
      commentable_type: options.commentableType,
      commentable_id: options.commentableId,
      parent_id: options.parentId,
      after: options.after,
      sort: options.sort,
      cursor: options.cursor,
    },
  });
}

export async function getComment(
  context: RequestContext,
  comment: number,
  options: CallOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.getComment, {
    ...options,
    path: { comment: checkId("comment id", comment) },
  });
}

export async function postNewComment(
  context: RequestContext,
  comment: NewComment,
  options: CallOptions = {},
): Promise<CommentBundle> {
  const id = checkId("commentable id", comment?.commentableId);
  return await context.request(endpoints.postNewComment, {
    ...options,
    body: {
      comment: {
        commentable_type: comment.commentableType,
        commentable_id: id,
        message: checkMessage(comment.message),
        parent_id: comment.parentId === undefined
          ? undefined
          : checkId("comment id", comment.parentId),
      },
    },
  });
}

export async function editComment(
  context: RequestContext,
  comment: number,
  message: string,
  options: CallOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.editComment, {
    ...options,
    path: { comment: checkId("comment id", comment) },
    body: { comment: { message: checkMessage(message) } },
  });
}

export async function deleteComment(
  context: RequestContext,
  comment: number,
  options: CallOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.deleteComment, {
    ...options,
    path: { comment: checkId("comment id", comment) },
  });
}

export async function addCommentVote(
  context: RequestContext,
  comment: number,
  options: CallOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.addCommentVote, {
    ...options,
    path: { comment: checkId("comment id", comment) },
  });
}

export async function removeCommentVote(
  context: RequestContext,
  comment: number,
  options: CallOptions = {},
): Promise<CommentBundle> {
  return await context.request(endpoints.removeCommentVote, {
    ...options,
    path: { comment: checkId("comment id", comment) },
  });
}

function checkMessage(message: unknown): string {
  return checkNonEmpty(message, "A comment needs a non-empty message");
}
