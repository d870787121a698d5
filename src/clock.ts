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
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};
