/**
 * A bound on how long a call may wait in a rate limiter: past `maxWaitMs` the wait is abandoned
 * (the limiter gives the slot back, as on any abort) and the call fails with a `RateLimitError`.
 * Private to the Hono adapter.
 *
 * TODO(issue 14, item 7): once `ClientOptions.maxWait` bounds every wait in the client pipeline,
 * pass `maxWait` to each user's client instead and drop this wrapper.
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";
import { RateLimitError } from "../src/errors.ts";
import type { AcquireOptions, RateLimiter } from "../src/ratelimit.ts";

/**
 * Wraps a limiter so that `acquire` waits at most `maxWaitMs`.
 *
 * @param limiter the limiter
 * @param maxWaitMs the longest wait, in milliseconds (`Infinity` or 0: no bound)
 * @param clock the clock of the bound
 * @returns the bounded limiter
 */
export function boundedRateLimiter(
  limiter: RateLimiter,
  maxWaitMs: number,
  clock: Clock,
): RateLimiter {
  if (!(maxWaitMs > 0) || maxWaitMs === Infinity) return limiter;
  const bounded: RateLimiter = {
    async acquire(options: AcquireOptions = {}): Promise<void> {
      const bound = new AbortController();
      const timer = new AbortController();
      clock.sleep(maxWaitMs, timer.signal).then(
        () =>
          bound.abort(
            new RateLimitError(
              `Waited ${maxWaitMs} ms for the rate-limit budget without a slot; ` +
                "try again later, or raise osuAuth's maxWait",
              { status: 0, endpoint: "rateLimiter" },
            ),
          ),
        () => {},
      );
      const signal = options.signal
        ? AbortSignal.any([options.signal, bound.signal])
        : bound.signal;
      try {
        await limiter.acquire({ ...options, signal });
      } finally {
        timer.abort();
      }
    },
  };
  if (limiter.observe) bounded.observe = (observation) => limiter.observe!(observation);
  return bounded;
}
