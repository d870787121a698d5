/**
 * When and how long to wait before sending a failed request again.
 *
 * @module
 */
import {
  NetworkError,
  type OsuApiError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "./errors.ts";

/** The retry budget of a call. */
export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). @default {3} */
  readonly retries?: number;
  /** The most milliseconds all attempts and waits of one call may take. @default {120000} */
  readonly maxTime?: number;
  /** The first back-off delay in milliseconds; it doubles each retry. @default {500} */
  readonly baseDelay?: number;
  /** The longest back-off delay in milliseconds. @default {30000} */
  readonly maxDelay?: number;
  /** A number in [0, 1) for the jitter (inject it in tests). @default {Math.random} */
  readonly random?: () => number;
}

/** The retry budget used when none is given. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 3,
  maxTime: 120_000,
  baseDelay: 500,
  maxDelay: 30_000,
  random: Math.random,
};

/**
 * Whether `error` is worth another attempt: a 429 always (osu! did not act on it); a 502, 503,
 * 504, network failure or timeout only when sending again cannot do a thing twice.
 *
 * @param error the failure
 * @param idempotent whether the request may be sent again safely
 * @returns true to retry
 */
export function isRetryable(error: unknown, idempotent: boolean): error is OsuApiError {
  if (error instanceof RateLimitError) return true;
  if (!idempotent) return false;
  if (error instanceof ServerError) return [502, 503, 504].includes(error.status);
  return error instanceof NetworkError || error instanceof TimeoutError;
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
