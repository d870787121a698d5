/**
 * What the request functions (`src/requests/<domain>.ts`) get from `Client`: the one request
 * pipeline and the auth handler. Private: users call the methods of `Client`.
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import type { Endpoint } from "../endpoint_descriptor.ts";
import type { CallInput } from "../client_options.ts";
import type { RateLimiter } from "../ratelimit.ts";

export type { CallInput };

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
