/**
 * Builds the pipeline a `Client` sends through, from the client's options. Private.
 *
 * @module
 */
import { systemClock } from "../clock.ts";
import type { Endpoint } from "../endpoint.ts";
import { HttpHandler } from "../http.ts";
import { MemoryRateLimiter, type RateLimiter } from "../ratelimit.ts";
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import { attachTransport } from "../auth/_transport.ts";
import type { CallInput } from "../requests/_context.ts";
import { type ClientOptions, DEFAULT_API_VERSION } from "./options.ts";

export type { CallInput };

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

/** Until every method moves onto `Client`: the pipeline behind the `*Api` classes. */
export class ClientCore {
  /** The auth handler, if any. */
  readonly auth: BaseAuthHandler | undefined;
  /** The HTTP pipeline. */
  readonly http: HttpHandler;
  /** The rate limiter every request waits on. */
  readonly rateLimiter: RateLimiter;
  /** The `x-api-version` sent. */
  readonly apiVersion: string;
  /** The osu! host. */
  readonly baseUrl: string;

  /**
   * Creates the instance.
   *
   * @param auth an auth handler; without one only endpoints that need no token work
   * @param options fetch, base URL, API version, rate limits, timeout, signal and clock
   */
  constructor(auth?: BaseAuthHandler, options: ClientOptions = {}) {
    this.auth = auth;
    this.http = clientPipeline(auth, options);
    this.rateLimiter = this.http.rateLimiter!;
    this.apiVersion = this.http.apiVersion!;
    this.baseUrl = this.http.baseUrl;
  }

  /**
   * Calls an endpoint through the pipeline.
   *
   * @param endpoint the descriptor
   * @param input the call's values
   * @returns the decoded response
   */
  request<T>(endpoint: Endpoint, input: CallInput = {}): Promise<T> {
    return this.http.request<T>(endpoint, input);
  }
}
