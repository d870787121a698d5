/**
 * The clock every timed part of the library asks: the rate limiter, token expiry, timeouts and
 * retry back-off. Inject a fake one in tests (`FakeClock` from `@osu-ts/api/testing`).
 *
 * @module
 */

/** A source of time. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Resolves after `ms` milliseconds; rejects with the signal's reason if it aborts first.
   *
   * @param ms how long to wait
   * @param signal cancels the wait
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The longest delay `setTimeout` takes (2^31 - 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The real clock: `Date.now()` and `setTimeout`. The only place the library reads the time.
 *
 * @example
 * ```ts
 * import { systemClock } from "@osu-ts/api";
 * import { assert } from "@std/assert";
 *
 * const before = systemClock.now();
 * await systemClock.sleep(1);
 * assert(systemClock.now() >= before);
 * ```
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      // Timers take at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once, so a
      // long sleep is a chain of timers, each to the deadline or the maximum, whichever is nearer.
      const until = Date.now() + Math.max(0, ms);
      let timer: ReturnType<typeof setTimeout>;
      const wait = (left: number) => {
        timer = setTimeout(() => {
          if (left > MAX_TIMER_MS) return wait(until - Date.now());
          signal?.removeEventListener("abort", onAbort);
          resolve();
        }, Math.min(Math.max(0, left), MAX_TIMER_MS));
      };
      wait(Math.max(0, ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};
