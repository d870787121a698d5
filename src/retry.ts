/**
 * The retry budget of a call: how often and for how long a failed request may be sent again.
 * The rules (what is retried, how long to wait) are in the pipeline's `_retry_rules.ts`.
 *
 * @module
 */
/** The retry budget of a call. */
export interface RetryOptions {
  /** Retries after the first attempt (0 turns retrying off). @default {3} */
  readonly retries?: number;
  /**
   * The most milliseconds all attempts and back-off waits of one call may take. A pause osu! asked
   * for (a 429's `Retry-After`) is bounded by `maxWait` instead. @default {120000}
   */
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
