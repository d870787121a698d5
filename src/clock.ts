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
   * @param ms how long to wait, in milliseconds
   * @param signal cancels the wait
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * A signal that aborts (with a `DOMException` named `"TimeoutError"`) once `ms` milliseconds
   * have passed: the one way the library times a request out, on every clock.
   *
   * @param ms the timeout, in milliseconds
   * @param cancel aborting it means the timeout is no longer needed (a clock may then free its
   * timer at once)
   * @returns the timeout signal
   */
  timeout(ms: number, cancel?: AbortSignal): AbortSignal;
}

/**
 * The real clock: `Date.now()` and `setTimeout`. The only place the library reads the time.
 *
 * Its `timeout` is one platform timer per attempt, cleared as soon as `cancel` aborts: a signal
 * shared between requests would break on Cloudflare Workers, where a timer belongs to the request
 * that made it, and timers left to fire would pile up under load.
 *
 * @example
 * ```ts
 * import { systemClock } from "@osu-ts/api";
 * import { assert } from "@std/assert";
 *
 * const before = systemClock.now();
 * await systemClock.sleep(1);
 * assert(systemClock.now() >= before);
 * assert(!systemClock.timeout(60_000).aborted);
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
  timeout(ms: number, cancel?: AbortSignal): AbortSignal {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException(`Timed out after ${ms} ms`, "TimeoutError")),
      ms,
    );
    cancel?.addEventListener("abort", () => clearTimeout(timer), { once: true });
    return controller.signal;
  },
};

/**
 * `Clock.timeout` for clocks that have only `sleep` (fakes and simulations): a signal aborted when
 * the sleep ends, whose sleep is cancelled with `cancel`.
 *
 * @param clock the clock to sleep on
 * @param ms the timeout, in milliseconds
 * @param cancel frees the timer when the timeout is no longer needed
 * @returns the timeout signal
 *
 * @example
 * ```ts
 * import { timeoutBySleep } from "@osu-ts/api";
 * import { FakeClock } from "@osu-ts/api/testing";
 * import { assert } from "@std/assert";
 *
 * const clock = new FakeClock();
 * const signal = timeoutBySleep(clock, 1_000);
 * await clock.tick(1_000);
 * assert(signal.aborted);
 * ```
 */
export function timeoutBySleep(
  clock: Pick<Clock, "sleep">,
  ms: number,
  cancel?: AbortSignal,
): AbortSignal {
  const controller = new AbortController();
  clock.sleep(ms, cancel).then(
    () => controller.abort(new DOMException(`Timed out after ${ms} ms`, "TimeoutError")),
    () => {},
  );
  return controller.signal;
}
