/**
 * The retry rules of the pipeline: which failures are sent again, and after how long.
 *
 * @module
 */
import { NetworkError, OsuApiError, RateLimitError, TimeoutError } from "./errors.ts";
import type { RetryOptions } from "./retry.ts";

/**
 * Statuses that mean "the request did not get through, try again": a 408, the gateway errors
 * 502/503/504, and Cloudflare's 520-524 (osu! is behind Cloudflare), which answer with an HTML
 * page when the origin is unreachable or slow.
 */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([
  408,
  502,
  503,
  504,
  520,
  521,
  522,
  523,
  524,
]);

/**
 * Whether `error` is worth another attempt: a 429 always (osu! did not act on it); a transient
 * status (408, 502-504, 520-524), network failure or timeout only when sending again cannot do a
 * thing twice.
 *
 * @param error the failure
 * @param idempotent whether the request may be sent again safely
 * @returns true to retry
 */
export function isRetryable(error: unknown, idempotent: boolean): error is OsuApiError {
  if (error instanceof RateLimitError) return true;
  if (!idempotent) return false;
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return error instanceof OsuApiError && TRANSIENT_STATUSES.has(error.status);
}

/**
 * The wait before retry number `retry` (1 for the first): `Retry-After` when osu! sent one,
 * otherwise {@linkcode backoff} from `baseDelay` up to `maxDelay`.
 *
 * @param error the failure
 * @param retry which retry this is, from 1
 * @param options the budget
 * @returns milliseconds to wait
 */
export function retryDelay(
  error: OsuApiError,
  retry: number,
  options: Required<RetryOptions>,
): number {
  if (error instanceof RateLimitError && error.retryAfter !== undefined) {
    return error.retryAfter * 1000;
  }
  return backoff(retry, options.baseDelay, options.maxDelay, options.random);
}

/**
 * Exponential back-off with jitter: the wait before attempt `attempt` (from 1) is between half
 * and all of `min(maxMs, baseMs * 2^(attempt-1))`, so that many clients failing at once do not
 * come back at once.
 *
 * @param attempt the attempt, from 1
 * @param baseMs the first wait in milliseconds; it doubles each attempt
 * @param maxMs the longest wait in milliseconds
 * @param random a number in [0, 1) for the jitter
 * @returns milliseconds, rounded
 */
export function backoff(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + random() * exponential / 2);
}
