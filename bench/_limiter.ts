/**
 * Rate-limiter accuracy: many concurrent callers hammer one limiter for a number of windows, and
 * every granted start is recorded with the limiter's clock. From the starts: how many sliding
 * windows held more than the cap, how much of the cap was used, and how evenly the callers were
 * served.
 *
 * @module
 */
import { type Clock, timeoutBySleep } from "../src/clock.ts";
import type { RateLimiter } from "../src/ratelimit.ts";

/**
 * A fast clock paced by real timers: limiter time moves only when a sleep ends, and then to
 * exactly that sleep's target, while the real wait is `ms / speed`. So a minute passes in
 * `60 / speed` seconds, real timers and real I/O (Deno KV commits) stay in the loop, and the CPU
 * time of handing out a burst is not counted as limiter time (at 300x, 1 ms of CPU would
 * otherwise be 300 ms of limiter time, which says nothing about a real minute).
 *
 * @param speed how many times faster than the wall clock
 * @param start the starting time in ms since the epoch
 * @returns the clock
 */
export function pacedClock(speed: number, start = Date.now()): Clock {
  let now = start;
  const clock: Clock = {
    now: () => now,
    timeout: (ms, cancel) => timeoutBySleep(clock, ms, cancel),
    sleep(ms: number, signal?: AbortSignal): Promise<void> {
      const target = now + Math.max(0, ms);
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener("abort", onAbort);
          now = Math.max(now, target);
          resolve();
        }, Math.max(0, ms) / speed);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
  return clock;
}

/** What one accuracy run found. */
export interface AccuracyResult {
  readonly callers: number;
  readonly cap: number;
  readonly windows: number;
  /** Starts granted in the measured span. */
  readonly granted: number;
  /** granted / (cap × windows). */
  readonly utilization: number;
  /** Sliding windows (one anchored at each start) holding more than the cap. */
  readonly overCap: number;
  /** The most starts seen in any sliding window. */
  readonly maxInWindow: number;
  /** Starts per caller: fewest, most, mean; spread = (most − fewest) / mean. */
  readonly fairness: { readonly min: number; readonly max: number; readonly mean: number };
  readonly spread: number;
  /** Wall-clock milliseconds the run took. */
  readonly wallMs: number;
}

/** Options of {@linkcode measureAccuracy}. */
export interface AccuracyOptions {
  /** Concurrent callers. */
  readonly callers: number;
  /** The limiter's cap per window. */
  readonly cap: number;
  /** The limiter's window. */
  readonly windowMs: number;
  /** How many windows to run. */
  readonly windows: number;
}

/**
 * Runs `callers` loops of `acquire()` against `limiter` for `windows` windows.
 *
 * @param limiter the limiter under test
 * @param clock the limiter's clock
 * @param options callers, cap and window
 * @returns what was measured
 */
export async function measureAccuracy(
  limiter: RateLimiter,
  clock: Clock,
  options: AccuracyOptions,
): Promise<AccuracyResult> {
  const { callers, cap, windowMs, windows } = options;
  const starts: number[] = [];
  const perCaller = new Array<number>(callers).fill(0);
  const stop = new AbortController();
  const wall0 = performance.now();
  const begin = clock.now();
  const end = begin + windows * windowMs;
  const caller = async (index: number) => {
    for (;;) {
      try {
        await limiter.acquire({ signal: stop.signal });
      } catch {
        return;
      }
      const at = clock.now();
      if (at >= end) return;
      starts.push(at);
      perCaller[index]++;
    }
  };
  const all = Promise.all(perCaller.map((_, index) => caller(index)));
  await clock.sleep(end - clock.now());
  stop.abort();
  await all;
  const wallMs = performance.now() - wall0;

  starts.sort((a, b) => a - b);
  let overCap = 0;
  let maxInWindow = 0;
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (j < starts.length && starts[j] < starts[i] + windowMs) j++;
    const inWindow = j - i;
    if (inWindow > cap) overCap++;
    maxInWindow = Math.max(maxInWindow, inWindow);
  }
  const min = Math.min(...perCaller);
  const max = Math.max(...perCaller);
  const mean = starts.length / callers;
  return {
    callers,
    cap,
    windows,
    granted: starts.length,
    utilization: starts.length / (cap * windows),
    overCap,
    maxInWindow,
    fairness: { min, max, mean },
    spread: mean > 0 ? (max - min) / mean : NaN,
    wallMs,
  };
}

/**
 * The average cost of one uncontended `acquire()` (no wait: the limiter always has room).
 *
 * @param limiter the limiter
 * @param count how many acquires
 * @returns milliseconds per acquire
 */
export async function acquireCost(limiter: RateLimiter, count: number): Promise<number> {
  for (let i = 0; i < Math.min(1000, count); i++) await limiter.acquire();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await limiter.acquire();
  return (performance.now() - t0) / count;
}
