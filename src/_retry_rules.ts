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
 * otherwise exponential back-off with full jitter (a random wait between half and all of it).
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
  const exponential = Math.min(options.maxDelay, options.baseDelay * 2 ** (retry - 1));
  return Math.round(exponential / 2 + options.random() * exponential / 2);
}
