/**
 * What the request functions (`src/requests/<domain>.ts`) get from `Client`: the one request
 * pipeline and the auth handler. Private: users call the methods of `Client`.
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import type { Endpoint, PathParams, QueryParams } from "../endpoint.ts";
import type { CallOptions } from "../client/options.ts";
import type { RateLimiter } from "../ratelimit.ts";

/** What a request function hands to {@linkcode RequestContext.request}. */
export interface CallInput extends CallOptions {
  /** Values of the path template's `{name}` segments. */
  readonly path?: PathParams;
  /** Query parameters (osu-web's encoding). */
  readonly query?: QueryParams;
  /** A JSON body (an object) or a multipart body (`FormData`). */
  readonly body?: unknown;
  /** Rate-limit cost. @default {1} */
  readonly cost?: number;
}

/** The client as the request functions see it. */
export interface RequestContext {
  /**
   * Calls an endpoint through the pipeline: build, scope check, token, limiter, fetch, decode.
   *
   * @param endpoint the descriptor (from `endpoints`)
   * @param input path values, query, body, cost, signal and timeout
   * @returns the decoded response
   */
  request<T>(endpoint: Endpoint, input?: CallInput): Promise<T>;
  /** The auth handler, if any. */
  readonly auth: BaseAuthHandler | undefined;
  /** The rate limiter, if any: batch methods split their ids to fit its `maxCost`. */
  readonly rateLimiter?: RateLimiter | undefined;
}
