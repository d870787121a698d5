/**
 * The in-memory rate limiter: a queue callers wait on before each request goes out, keeping
 * osu.py's two knobs exactly, under any concurrency: at least `requestWaitTime` seconds between
 * request starts, and at most `limitPerMinute` (cost-weighted) requests in any window.
 *
 * @module
 */
import { type Clock, systemClock } from "./clock.ts";
import { InvalidArgumentError } from "./errors.ts";
import {
  type AcquireOptions,
  DEFAULT_MAX_PAUSE_MS,
  type RateLimiter,
  type RateLimitObservation,
} from "./ratelimit.ts";
import {
  bucketCap,
  costProblem,
  maxCostOf,
  pauseAfter,
  type PauseKnobs,
  slotTooFar,
} from "./_rate_limit_rules.ts";

/** Options of {@linkcode MemoryRateLimiter}. */
export interface MemoryRateLimiterOptions {
  /** Seconds between request starts. @default {1} */
  readonly requestWaitTime?: number;
  /** Requests (cost units) allowed in any window. @default {60} */
  readonly limitPerMinute?: number;
  /** The window's length in milliseconds (shorten it in tests). @default {60000} */
  readonly windowMs?: number;
  /** Per-bucket caps, e.g. `{ replay: 10 }`. */
  readonly bucketLimits?: Readonly<Record<string, number>>;
  /**
   * The longest pause after one response, in milliseconds: a longer `Retry-After` is cut to it.
   * @default {DEFAULT_MAX_PAUSE_MS} (1 hour)
   */
  readonly maxPauseMs?: number;
  /** The clock. @default {systemClock} */
  readonly clock?: Clock;
}

interface Waiter {
  readonly cost: number;
  readonly bucket: string | undefined;
  readonly resolve: () => void;
  /** Tells a waiter that it may have become the head (set while it waits for its turn). */
  nudge?: () => void;
  /** Cuts the head's sleep short (set while it sleeps). */
  wake?: AbortController;
  /** Set once it has left the queue (granted, aborted or out of time). */
  done?: boolean;
}

/**
 * The default limiter, in this process's memory. One FIFO queue: the head waits until both
 * knobs allow it, so no caller starves and the knobs are exact. Each caller waits on timers of its
 * own (made by its own call), never on one a caller before it started: on Cloudflare Workers a
 * timer belongs to the request that set it, so a limiter kept across requests keeps working.
 *
 * @example
 * ```ts
 * import { MemoryRateLimiter } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1200 });
 * await limiter.acquire();
 * await limiter.acquire({ cost: 50 });
 * assertEquals(limiter.used(), 51);
 * ```
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #waitMs: number;
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #bucketLimits: Readonly<Record<string, number>>;
  readonly #maxPauseMs: number;
  /** What `observe` weighs an answer's headers against. */
  readonly #knobs: PauseKnobs;
  readonly #clock: Clock;
  readonly #queue: Waiter[] = [];
  /**
   * Start times (ms), costs and buckets of the requests in the current window, oldest first: three
   * columns rather than an object per start (a busy limiter keeps a window's worth of starts), and
   * starts in the same millisecond and bucket share one row.
   */
  #startAt: number[] = [];
  #startCost: number[] = [];
  #startBucket: (string | undefined)[] = [];
  /** Index of the oldest start still in the window (older ones are dropped in batches). */
  #first = 0;
  /** Running totals of the starts (all, and by bucket), so `acquire` does not re-add the window. */
  #total = 0;
  readonly #bucketTotals = new Map<string, number>();
  #lastStart = -Infinity;
  #pausedUntil = 0;

  /**
   * Creates the instance.
   *
   * @param options the two knobs, the window, bucket caps, the longest pause and the clock
   * @throws {InvalidArgumentError} on a negative wait or pause, a limit below 1 or an empty window
   */
  constructor(options: MemoryRateLimiterOptions = {}) {
    this.#waitMs = (options.requestWaitTime ?? 1) * 1000;
    this.#limit = options.limitPerMinute ?? 60;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#bucketLimits = options.bucketLimits ?? {};
    this.#maxPauseMs = options.maxPauseMs ?? DEFAULT_MAX_PAUSE_MS;
    this.#clock = options.clock ?? systemClock;
    if (!(this.#waitMs >= 0)) throw new InvalidArgumentError("requestWaitTime must be 0 or more");
    if (!(this.#limit >= 1)) throw new InvalidArgumentError("limitPerMinute must be at least 1");
    if (!(this.#windowMs > 0)) throw new InvalidArgumentError("windowMs must be more than 0");
    if (!(this.#maxPauseMs >= 0)) throw new InvalidArgumentError("maxPauseMs must be 0 or more");
    this.#knobs = { limit: this.#limit, windowMs: this.#windowMs, maxPauseMs: this.#maxPauseMs };
  }

  /** Implements `maxCost` of the interface (see there). */
  maxCost(bucket?: string): number {
    return maxCostOf(this.#limit, this.#bucketLimits, bucket);
  }

  /**
   * Cost units used in the window ending now.
   *
   * @param bucket count only this bucket
   * @returns the units
   */
  used(bucket?: string): number {
    this.#forget(this.#clock.now());
    return this.#sum(bucket);
  }

  /** Implements `acquire` of the interface (see there). */
  acquire(options: AcquireOptions = {}): Promise<void> {
    const cost = options.cost ?? 1;
    const { bucket, signal } = options;
    const problem = costProblem(cost, this.#limit, bucket, this.#bucketLimits);
    if (problem) return Promise.reject(new InvalidArgumentError(problem));
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (!this.#queue.length) {
      // Fast path: nobody waits and both knobs allow it now.
      const now = this.#clock.now();
      if (this.#delayFor(cost, bucket, now) <= 0) {
        this.#start(cost, bucket, now);
        return Promise.resolve();
      }
    }
    const maxWait = options.maxWait ?? Infinity;
    const pausedFor = this.#pausedUntil - this.#clock.now();
    if (pausedFor > maxWait) return Promise.reject(slotTooFar(maxWait, pausedFor, "pause"));
    return new Promise<void>((resolve, reject) => {
      // Only a waiting caller pays for a deadline timer; it is freed when the wait ends.
      const deadline = maxWait === Infinity ? undefined : new AbortController();
      const waiter: Waiter = {
        cost,
        bucket,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          deadline?.abort(WAITED);
          resolve();
        },
      };
      const leave = (reason: unknown) => {
        const index = this.#queue.indexOf(waiter);
        if (index < 0) return;
        this.#queue.splice(index, 1);
        waiter.done = true;
        waiter.wake?.abort(WAITED);
        waiter.nudge?.();
        if (index === 0) this.#queue[0]?.nudge?.();
        signal?.removeEventListener("abort", onAbort);
        deadline?.abort(WAITED);
        reject(reason);
      };
      const onAbort = () => leave(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      if (deadline) {
        this.#clock.sleep(maxWait, deadline.signal).then(
          () => leave(slotTooFar(maxWait, this.#pausedUntil - this.#clock.now(), "pause")),
          () => {},
        );
      }
      this.#queue.push(waiter);
      this.#wait(waiter);
    });
  }

  /**
   * Learns from osu!'s headers: after a 429 with `Retry-After`, nothing starts before it passes;
   * when `X-RateLimit-Remaining` runs low (another client shares the token), requests are spread
   * over the window so the budget lasts, and at 0 the limiter waits a whole window.
   *
   * @param observation what the response said
   */
  observe(observation: RateLimitObservation): void {
    const pause = pauseAfter(observation, this.#knobs);
    if (pause > 0) this.#pausedUntil = Math.max(this.#pausedUntil, this.#clock.now() + pause);
  }

  /**
   * One caller's wait, run by its own call: until it is the head, it waits to be nudged; as the
   * head, it sleeps until both knobs allow it, starts, and nudges the next head.
   */
  async #wait(waiter: Waiter): Promise<void> {
    while (!waiter.done) {
      if (this.#queue[0] !== waiter) {
        await new Promise<void>((resolve) => waiter.nudge = resolve);
        waiter.nudge = undefined;
        continue;
      }
      const now = this.#clock.now();
      const delay = this.#delayFor(waiter.cost, waiter.bucket, now);
      if (delay <= 0) {
        this.#queue.shift();
        waiter.done = true;
        this.#start(waiter.cost, waiter.bucket, now);
        waiter.resolve();
        this.#queue[0]?.nudge?.();
        return;
      }
      waiter.wake = new AbortController();
      await this.#clock.sleep(delay, waiter.wake.signal).catch(() => {});
      waiter.wake = undefined;
    }
  }

  #start(cost: number, bucket: string | undefined, now: number): void {
    this.#lastStart = now;
    const last = this.#startAt.length - 1;
    if (last >= this.#first && this.#startAt[last] === now && this.#startBucket[last] === bucket) {
      this.#startCost[last] += cost;
    } else {
      this.#startAt.push(now);
      this.#startCost.push(cost);
      this.#startBucket.push(bucket);
    }
    this.#count(cost, bucket);
  }

  #delayFor(cost: number, bucket: string | undefined, now: number): number {
    this.#forget(now);
    let at = Math.max(this.#lastStart + this.#waitMs, this.#pausedUntil);
    at = Math.max(at, this.#windowFreeAt(cost, this.#limit, undefined, now));
    const bucketLimit = bucketCap(this.#bucketLimits, bucket);
    if (bucketLimit !== undefined) {
      at = Math.max(at, this.#windowFreeAt(cost, bucketLimit, bucket, now));
    }
    return at - now;
  }

  /** The earliest time `cost` more units fit under `limit` in the window. */
  #windowFreeAt(cost: number, limit: number, bucket: string | undefined, now: number): number {
    let used = this.#sum(bucket);
    if (used + cost <= limit) return now;
    for (let i = this.#first; i < this.#startAt.length; i++) {
      if (bucket !== undefined && this.#startBucket[i] !== bucket) continue;
      used -= this.#startCost[i];
      if (used + cost <= limit) return this.#startAt[i] + this.#windowMs;
    }
    return now;
  }

  #sum(bucket: string | undefined): number {
    return bucket === undefined ? this.#total : this.#bucketTotals.get(bucket) ?? 0;
  }

  #count(cost: number, bucket: string | undefined): void {
    this.#total += cost;
    if (bucket !== undefined) {
      this.#bucketTotals.set(bucket, (this.#bucketTotals.get(bucket) ?? 0) + cost);
    }
  }

  #forget(now: number): void {
    const at = this.#startAt;
    while (this.#first < at.length && at[this.#first] + this.#windowMs <= now) {
      this.#count(-this.#startCost[this.#first], this.#startBucket[this.#first]);
      this.#first++;
    }
    if (this.#first > 1024 && this.#first * 2 > at.length) {
      this.#startAt = at.slice(this.#first);
      this.#startCost = this.#startCost.slice(this.#first);
      this.#startBucket = this.#startBucket.slice(this.#first);
      this.#first = 0;
    }
  }
}

/** The reason a finished wait's deadline timer is cancelled with (made once: building one costs). */
const WAITED = new Error("waited");
