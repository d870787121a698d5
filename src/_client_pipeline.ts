/**
 * Builds the pipeline a `Client` sends through, from the client's options. Private.
 *
 * @module
 */
import { systemClock } from "./clock.ts";
import { HttpHandler } from "./http.ts";
import { MemoryRateLimiter } from "./memory_rate_limiter.ts";
import type { BaseAuthHandler } from "./auth/base_auth_handler.ts";
import { attachTransport } from "./auth/_transport.ts";
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
  const http = new HttpHandler({
    fetch: options.fetch,
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
    auth,
    baseUrl: options.baseUrl,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    signal: options.signal,
  });
  auth?.[attachTransport]({ http, baseUrl: http.baseUrl, clock, timeout: options.timeout });
  return http;
}
