/**
 * Builds the pipeline a `Client` sends through, from the client's options. Private.
 *
 * @module
 */
import { systemClock } from "./clock.ts";
import { HttpHandler } from "./http.ts";
import { MemoryRateLimiter } from "./memory_rate_limiter.ts";
import type { BaseAuthHandler } from "./auth/base_auth_handler.ts";
import { attachTransport, givenTransport } from "./auth/_transport.ts";
import { checkBaseUrl } from "./_base_url.ts";
import { InvalidArgumentError } from "./errors.ts";
import { type ClientOptions, DEFAULT_API_VERSION } from "./client_options.ts";

/**
 * The pipeline of a client: an {@linkcode HttpHandler} with the client's limiter and auth, whose
 * auth handler sends its token requests through the same pipeline.
 *
 * @param auth the auth handler, if any
 * @param options the client's options
 * @returns the pipeline
 */
export function clientPipeline(
  auth: BaseAuthHandler | undefined,
  options: ClientOptions,
): HttpHandler {
  const clock = options.clock ?? systemClock;
  // A handler given its own fetch or baseUrl lends them to a client given none, and a client must
  // not send the handler's tokens to another host than the one that issues them.
  const given = auth?.[givenTransport]() ?? {};
  const baseUrl = options.baseUrl === undefined ? given.baseUrl : checkBaseUrl(options.baseUrl);
  if (given.baseUrl !== undefined && baseUrl !== given.baseUrl) {
    throw new InvalidArgumentError(
      `The Client's baseUrl (${baseUrl}) differs from its auth handler's (${given.baseUrl}): ` +
        "its tokens would go to another host than the one that issues them. Give the same " +
        "baseUrl to both, or to one of them only",
    );
  }
  const shared = {
    clock,
    rateLimiter: options.rateLimiter ?? new MemoryRateLimiter({
      requestWaitTime: options.requestWaitTime,
      limitPerMinute: options.limitPerMinute,
      bucketLimits: { replay: 10 },
      clock,
    }),
    timeout: options.timeout,
    maxWait: options.maxWait,
    maxResponseBytes: options.maxResponseBytes,
    retry: options.retry,
    hooks: options.hooks,
    baseUrl,
    signal: options.signal,
  };
  const fetch = options.fetch ?? given.fetch;
  const http = new HttpHandler({
    ...shared,
    fetch,
    auth,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
  });
  // Token requests go through the same limiter, clock, hooks and budgets; with the handler's own
  // fetch when it was given one other than the client's.
  const tokens = given.fetch !== undefined && given.fetch !== fetch
    ? new HttpHandler({ ...shared, fetch: given.fetch })
    : http;
  auth?.[attachTransport]({ http: tokens, baseUrl: http.baseUrl, clock, timeout: options.timeout });
  return http;
}
