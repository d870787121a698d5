/**
 * Comment methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { CommentableType, CommentBundle, CommentSort } from "../models/comments.ts";
import type { DefaultApiVersion, LegacyCursor } from "../models/common.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "./options.ts";
import { ScoreActionsApi } from "./score_actions.ts";

/** Options of `getComments`. */
export interface GetCommentsOptions extends CallOptions {
  /** What the comments are on (with `commentableId`). */
  readonly commentableType?: CommentableType;
  /** The id of what the comments are on. */
  readonly commentableId?: number;
  /** Only replies to this comment (0 for top-level ones). */
  readonly parentId?: number;
  /** Only comments after this comment id (deprecated by osu-web; prefer `cursor`). */
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

/** The comment methods; `Client` has them all. */
export class CommentsApi<V extends string = DefaultApiVersion> extends ScoreActionsApi<V> {
  /**
   * Get Comments: a page of comments (no token needed).
   *
   * @param options what they are on, `parentId`, `sort`, `cursor`, `signal`, `timeout`
   * @returns the comments, the users they refer to and the next page's cursor
   */
  async getComments(options: GetCommentsOptions = {}): Promise<CommentBundle> {
    return await this.request(endpoints.getComments, {
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

  /**
   * Get a Comment: one comment with its replies (no token needed).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment bundle
   * @throws {NotFoundError} when there is no such comment
   */
  async getComment(comment: number, options: CallOptions = {}): Promise<CommentBundle> {
    return await this.request(endpoints.getComment, {
      ...options,
      path: { comment: checkId("comment id", comment) },
    });
  }

  /**
   * Post a new comment: comment on a beatmapset, build or news post, or reply (lazer only).
   *
   * @param comment what it is on, the text, and the parent
   * @param options `signal`, `timeout`
   * @returns the new comment's bundle
   * @throws {InvalidArgumentError} when the message is empty
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async postNewComment(comment: NewComment, options: CallOptions = {}): Promise<CommentBundle> {
    const id = checkId("commentable id", comment?.commentableId);
    return await this.request(endpoints.postNewComment, {
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

  /**
   * Edit Comment: change a comment's text (lazer only).
   *
   * @param comment the comment id
   * @param message the new text
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async editComment(
    comment: number,
    message: string,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return await this.request(endpoints.editComment, {
      ...options,
      path: { comment: checkId("comment id", comment) },
      body: { comment: { message: checkMessage(message) } },
    });
  }

  /**
   * Delete Comment: delete a comment (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async deleteComment(comment: number, options: CallOptions = {}): Promise<CommentBundle> {
    return await this.request(endpoints.deleteComment, {
      ...options,
      path: { comment: checkId("comment id", comment) },
    });
  }

  /**
   * Add Comment vote: upvote a comment (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async addCommentVote(comment: number, options: CallOptions = {}): Promise<CommentBundle> {
    return await this.request(endpoints.addCommentVote, {
      ...options,
      path: { comment: checkId("comment id", comment) },
    });
  }

  /**
   * Remove Comment vote: take back an upvote (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async removeCommentVote(comment: number, options: CallOptions = {}): Promise<CommentBundle> {
    return await this.request(endpoints.removeCommentVote, {
      ...options,
      path: { comment: checkId("comment id", comment) },
    });
  }
}

function checkMessage(message: unknown): string {
  if (typeof message === "string" && message.trim() !== "") return message;
  throw new InvalidArgumentError("A comment needs a non-empty message");
}
