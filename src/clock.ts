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

/** The longest delay `setTimeout` takes (2^31 - 1 ms); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The real clock: `Date.now()` and `setTimeout`. The only place the library reads the time.
 *
 * Its `timeout` shares one platform timeout signal between the attempts that start within a short
 * slot (1/20 of the timeout, at most 1 s), so an attempt may run up to one slot longer than asked,
 * and a busy client does not arm a timer per request. On Cloudflare Workers, where a timer belongs
 * to the request that set it (and another request may not use it), each attempt gets its own
 * timer, cleared as soon as `cancel` aborts.
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
  timeout(ms: number, cancel?: AbortSignal): AbortSignal {
    // A timer takes at most 2^31 - 1 ms (a longer one fires at once): chain sleeps instead.
    if (ms > MAX_TIMER_MS) return timeoutBySleep(systemClock, ms, cancel);
    if (PER_REQUEST_TIMERS) {
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new DOMException(`Timed out after ${ms} ms`, "TimeoutError")),
        ms,
      );
      cancel?.addEventListener("abort", () => clearTimeout(timer), { once: true });
      return controller.signal;
    }
    const now = Date.now();
    const slot = timeoutSlot;
    if (slot && slot.ms === ms && now < slot.until) return slot.signal;
    const slotMs = Math.min(1000, Math.max(1, Math.floor(ms / 20)));
    const signal = AbortSignal.timeout(ms + slotMs);
    timeoutSlot = { signal, until: now + slotMs, ms };
    return signal;
  },
};

/**
 * Whether timers belong to the request that set them, as on Cloudflare Workers (identified by
 * `navigator.userAgent`, as Cloudflare documents): there no timeout signal is shared.
 */
const PER_REQUEST_TIMERS =
  (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ===
    "Cloudflare-Workers";

/** The timeout signal the attempts starting in the current slot share. */
let timeoutSlot: { signal: AbortSignal; until: number; ms: number } | undefined;

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
