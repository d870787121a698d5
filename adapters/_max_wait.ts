/**
 * `AcquireOptions.maxWait` for a limiter that does not honour it itself: the wait is abandoned
 * at the deadline (the limiter gives the slot back, as on any abort) and the call rejects with a
 * `RateLimitError` of status 0, as `MemoryRateLimiter` does. Private to the session stores, for
 * their per-user `KvRateLimiter` and `DurableObjectRateLimiter`.
 *
 * TODO: drop it once those limiters honour `maxWait` themselves.
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";
import { RateLimitError } from "../src/errors.ts";
import type { AcquireOptions, RateLimiter } from "../src/ratelimit.ts";

/**
 * Wraps a limiter so that `acquire` waits at most `options.maxWait`.
 *
 * @param limiter the limiter
 * @param clock the clock of the deadline
 * @returns the limiter, bounded
 */
export function withMaxWait(limiter: RateLimiter, clock: Clock): RateLimiter {
  const bounded: RateLimiter = {
    async acquire(options: AcquireOptions = {}): Promise<void> {
      const maxWait = options.maxWait ?? Infinity;
      if (maxWait === Infinity) return await limiter.acquire(options);
      const done = new AbortController();
      const deadline = clock.timeout(Math.max(0, maxWait), done.signal);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      try {
        await limiter.acquire({ ...options, signal });
      } catch (error) {
        if (!deadline.aborted || options.signal?.aborted) throw error;
        throw new RateLimitError(
          `The rate limiter could not grant a slot within maxWait (${maxWait} ms)`,
          { status: 0, endpoint: "rateLimiter", retryAfter: undefined },
        );
      } finally {
        done.abort();
      }
    },
  };
  if (limiter.observe) bounded.observe = (observation) => limiter.observe!(observation);
  return bounded;
}
