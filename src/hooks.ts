/**
 * Hooks: observe every request, response, retry and rate-limit wait without wrapping `fetch`.
 * Nothing passed to a hook carries a secret: no headers, no token, no request body.
 *
 * @module
 */
import type { HttpMethod } from "./endpoint_descriptor.ts";
import type { OsuApiError } from "./errors.ts";

/** What every hook is told about the request. */
export interface RequestInfo {
  /** The endpoint's method name (`"token"` for OAuth token requests). */
  readonly endpoint: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The URL, with its query (it never holds a secret). */
  readonly url: string;
  /** The attempt, from 1. */
  readonly attempt: number;
}

/** What `onResponse` is told. */
export interface ResponseInfo extends RequestInfo {
  /** The HTTP status. */
  readonly status: number;
  /** Milliseconds from sending to the end of the body (by the client's clock). */
  readonly durationMs: number;
}

/** What `onRetry` is told. */
export interface RetryInfo extends RequestInfo {
  /** Why: the typed error of the failed attempt. */
  readonly error: OsuApiError;
  /** Milliseconds until the next attempt. */
  readonly delayMs: number;
}

/** What `onRateLimit` is told: osu! answered 429. */
export interface RateLimitInfo extends RequestInfo {
  /** Seconds osu! asked to wait, if it said. */
  readonly retryAfter: number | undefined;
}

/**
 * Callbacks the client calls as requests go. A hook that throws is ignored (it cannot break a
 * call).
 */
export interface Hooks {
  /** Before each attempt is sent (after the rate limiter let it go). */
  readonly onRequest?: (info: RequestInfo) => void;
  /** After each response, whatever its status. */
  readonly onResponse?: (info: ResponseInfo) => void;
  /** Before waiting to retry. */
  readonly onRetry?: (info: RetryInfo) => void;
  /** When osu! answers 429. */
  readonly onRateLimit?: (info: RateLimitInfo) => void;
}
