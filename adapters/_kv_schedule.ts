/**
 * The shared schedule of {@linkcode KvRateLimiter}, as pure functions over a plain value (no KV
 * here): where the next slot is, what a window holds, how a slot is given back.
 *
 * @module
 */
import type { RateLimitObservation } from "../src/ratelimit.ts";
import { bucketCap, costProblem, maxCostOf, pauseAfter } from "../src/_rate_limit_rules.ts";

/**
 * The value stored in KV. Starts are flat `[at, cost, at, cost, ...]` pairs, oldest first (they
 * are reserved in time order), kept while they can still affect a window.
 */
export interface Schedule {
  /** Format version. */
  v: 1;
  /** The latest reserved start (ms since the epoch). */
  last: number;
  /** Nothing starts before this (after a 429). */
  paused: number;
  /** Every start with a cost above 0. */
  starts: number[];
  /** The starts of each capped bucket. */
  buckets: Record<string, number[]>;
}

/** The knobs. */
export interface SchedulerOptions {
  /** Milliseconds between starts. */
  readonly waitMs: number;
  /** Units per window. */
  readonly limit: number;
  /** The window's length in milliseconds. */
  readonly windowMs: number;
  /** Per-bucket caps. */
  readonly bucketLimits: Readonly<Record<string, number>>;
  /** Added to the wait and the window when reserving, as slack for late timers. */
  readonly marginMs: number;
  /** The longest pause in milliseconds (a stored pause is cut to it as well). */
  readonly maxPauseMs: number;
}

/** Computes slots with `MemoryRateLimiter`'s rules: windows are half-open, `[t, t + windowMs)`. */
export class Scheduler {
  readonly #options: SchedulerOptions;

  /** @param options the knobs */
  constructor(options: SchedulerOptions) {
    this.#options = options;
  }

  /**
   * Why a cost cannot ever be granted, or `undefined` when it can.
   *
   * @param cost the units
   * @param bucket the bucket
   * @returns the error message
   */
  checkCost(cost: number, bucket: string | undefined): string | undefined {
    return costProblem(cost, this.#options.limit, bucket, this.#options.bucketLimits);
  }

  /**
   * The largest cost one request can have.
   *
   * @param bucket the bucket
   * @returns cost units
   */
  maxCost(bucket: string | undefined): number {
    const { limit, bucketLimits } = this.#options;
    return maxCostOf(limit, bucketLimits, bucket);
  }

  /**
   * A schedule to change: the stored one (or a new one), without starts that no window from
   * `now` on can contain.
   *
   * @param value what KV holds
   * @param now the time
   * @returns the schedule
   */
  load(value: Schedule | null, now: number): Schedule {
    const schedule: Schedule = value?.v === 1
      ? value
      : { v: 1, last: -Infinity, paused: 0, starts: [], buckets: {} };
    // A pause stored by an older version or another limiter's knobs never lasts beyond the cap.
    schedule.paused = Math.min(schedule.paused, now + this.#options.maxPauseMs);
    schedule.starts = this.#trim(schedule.starts, now);
    for (const [name, starts] of Object.entries(schedule.buckets)) {
      const kept = this.#trim(starts, now);
      if (kept.length) schedule.buckets[name] = kept;
      else delete schedule.buckets[name];
    }
    return schedule;
  }

  /**
   * Reserves the earliest start both knobs allow, and records it.
   *
   * @param schedule the schedule (changed)
   * @param now the earliest the start may be
   * @param cost the units
   * @param bucket the bucket
   * @returns the start time
   */
  reserve(schedule: Schedule, now: number, cost: number, bucket: string | undefined): number {
    const { waitMs, limit, bucketLimits, marginMs } = this.#options;
    let at = Math.max(now, schedule.last + waitMs + (waitMs > 0 ? marginMs : 0), schedule.paused);
    at = Math.max(at, this.#freeAt(schedule.starts, cost, limit, at));
    const bucketLimit = bucketCap(bucketLimits, bucket);
    if (bucketLimit !== undefined) {
      at = Math.max(at, this.#freeAt(schedule.buckets[bucket!] ?? [], cost, bucketLimit, at));
    }
    schedule.last = at;
    if (cost > 0) {
      schedule.starts.push(at, cost);
      if (bucketLimit !== undefined) (schedule.buckets[bucket!] ??= []).push(at, cost);
    }
    return at;
  }

  /**
   * Gives back a reserved start that never happened (its caller gave up, or woke too late).
   *
   * @param schedule the schedule (changed)
   * @param at the reserved start
   * @param cost its units
   * @param bucket its bucket
   */
  release(schedule: Schedule, at: number, cost: number, bucket: string | undefined): void {
    removePair(schedule.starts, at, cost);
    if (schedule.last === at) {
      // Nothing was reserved after it: the next start need only wait after the one before.
      schedule.last = schedule.starts.length
        ? schedule.starts[schedule.starts.length - 2]
        : -Infinity;
    }
    const list = bucket === undefined ? undefined : schedule.buckets[bucket];
    if (list) removePair(list, at, cost);
  }

  /**
   * Stops every start before `until`.
   *
   * @param schedule the schedule (changed)
   * @param until the time
   */
  pause(schedule: Schedule, until: number): void {
    schedule.paused = Math.max(schedule.paused, until);
  }

  /**
   * How long to pause after a response, as `MemoryRateLimiter.observe` decides.
   *
   * @param observation the response's rate-limit headers
   * @returns milliseconds (0 for none)
   */
  pauseFor(observation: RateLimitObservation): number {
    return pauseAfter(observation, this.#options);
  }

  /**
   * Units started in the window ending at `now` (reservations still ahead are not counted).
   *
   * @param value what KV holds
   * @param now the time
   * @param bucket count only this bucket
   * @returns the units
   */
  used(value: Schedule | null, now: number, bucket?: string): number {
    if (value?.v !== 1) return 0;
    const list = bucket === undefined ? value.starts : value.buckets[bucket] ?? [];
    let used = 0;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] <= now && list[i] + this.#options.windowMs > now) used += list[i + 1];
    }
    return used;
  }

  /** The earliest time at or after `at` when `cost` more units fit under `limit`. */
  #freeAt(starts: number[], cost: number, limit: number, at: number): number {
    // Twice the margin here: a start may run up to half a margin late and a later one early by
    // the gap between processes' timers and clocks; a window over the cap is what osu! punishes.
    const windowMs = this.#options.windowMs + 2 * this.#options.marginMs;
    let used = 0;
    for (let i = 0; i < starts.length; i += 2) {
      if (starts[i] + windowMs > at) used += starts[i + 1];
    }
    if (used + cost <= limit) return at;
    for (let i = 0; i < starts.length; i += 2) {
      if (starts[i] + windowMs <= at) continue;
      used -= starts[i + 1];
      if (used + cost <= limit) return starts[i] + windowMs;
    }
    return at;
  }

  #trim(starts: number[], now: number): number[] {
    // Twice the margin here: a start may run up to half a margin late and a later one early by
    // the gap between processes' timers and clocks; a window over the cap is what osu! punishes.
    const windowMs = this.#options.windowMs + 2 * this.#options.marginMs;
    let drop = 0;
    while (drop < starts.length && starts[drop] + windowMs <= now) drop += 2;
    return drop ? starts.slice(drop) : starts;
  }
}

function removePair(list: number[], at: number, cost: number): void {
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] === at && list[i + 1] === cost) {
      list.splice(i, 2);
      return;
    }
  }
}
