/**
 * {@linkcode KvRateLimiter}: the core `RateLimiter` on Deno KV, with `MemoryRateLimiter`'s
 * semantics across every isolate that shares the database.
 *
 * How: one KV entry holds the schedule (the last reserved start, a pause, and the starts of the
 * current window). A caller reserves the earliest slot both knobs allow with one atomic
 * check-and-set, then sleeps until its slot. Slots are handed out in commit order, so the queue
 * is FIFO across isolates and no caller starves; in each isolate, callers queue locally and
 * reserve in small batches (one commit for up to `maxBatch` callers), which keeps contention low.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import { InvalidArgumentError } from "../src/errors.ts";
import {
  type AcquireOptions,
  DEFAULT_MAX_PAUSE_MS,
  type RateLimiter,
  type RateLimitObservation,
} from "../src/ratelimit.ts";
import { slotTooFar } from "../src/_rate_limit_rules.ts";
import { backoff, retryKv } from "./_kv_retry.ts";
import { type Schedule, Scheduler } from "./_kv_schedule.ts";

/** Options of {@linkcode KvRateLimiter}. */
export interface KvRateLimiterOptions {
  /** Seconds between request starts, across all isolates. @default {1} */
  readonly requestWaitTime?: number;
  /** Cost units allowed in any window, across all isolates. @default {60} */
  readonly limitPerMinute?: number;
  /** The window's length in milliseconds (shorten it in tests). @default {60000} */
  readonly windowMs?: number;
  /** Per-bucket caps (osu-web throttles replay downloads on their own). @default {{ replay: 10 }} */
  readonly bucketLimits?: Readonly<Record<string, number>>;
  /**
   * The longest pause after one response, in milliseconds: a longer `Retry-After` is cut to it
   * (and so is a longer pause found in the database). @default {DEFAULT_MAX_PAUSE_MS} (1 hour)
   */
  readonly maxPauseMs?: number;
  /** The first parts of the KV key of the schedule. @default {["osu-ts", "ratelimit"]} */
  readonly prefix?: Deno.KvKey;
  /** The clock; isolates compare wall times, so keep their clocks in sync. @default {systemClock} */
  readonly clock?: Clock;
  /** Most callers reserved in one commit. @default {16} */
  readonly maxBatch?: number;
  /**
   * Slack for timers, in milliseconds: slots are this much further apart than the knobs require
   * (twice this at the window's edge), and a caller woken more than half of it after its slot gives it back and reserves again (the
   * other half covers the moment between that check and the request), so a late timer or a slow
   * commit does not break the limits. 0 trusts timers to be exact. @default {5}
   */
  readonly marginMs?: number;
  /** A number in [0, 1) for back-off jitter. @default {Math.random} */
  readonly random?: () => number;
}

/** A reserved start. */
interface Slot {
  readonly at: number;
  readonly cost: number;
  readonly bucket: string | undefined;
  /** Given back already (each slot is given back at most once). */
  released: boolean;
}

interface Waiter {
  readonly cost: number;
  readonly bucket: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** The latest the caller may start (its `maxWait` from when it asked), in ms since the epoch. */
  readonly deadline: number;
  readonly maxWait: number;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  /** The reserved start, once reserved. */
  slot?: Slot | undefined;
  settled: boolean;
}

/**
 * A rate limiter shared through Deno KV: at least `requestWaitTime` seconds between request
 * starts and at most `limitPerMinute` cost units in any window of `windowMs`, counted over every
 * isolate using the same database and prefix. Transient `database is locked` errors of a local
 * KV file are retried with back-off.
 *
 * @example Two limiters on one database share one budget
 * ```ts
 * import { KvRateLimiter } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * const kv = await Deno.openKv(":memory:");
 * const a = new KvRateLimiter(kv, { requestWaitTime: 0, limitPerMinute: 100 });
 * const b = new KvRateLimiter(kv, { requestWaitTime: 0, limitPerMinute: 100 });
 * await a.acquire({ cost: 30 });
 * await b.acquire({ cost: 20 });
 * assertEquals(await a.used(), 50);
 * kv.close();
 * ```
 */
export class KvRateLimiter implements RateLimiter {
  readonly #kv: Deno.Kv;
  readonly #key: Deno.KvKey;
  readonly #clock: Clock;
  readonly #scheduler: Scheduler;
  readonly #maxBatch: number;
  readonly #queue: Waiter[] = [];
  /** Reserved slots whose callers gave up, to give back in the next commit. */
  readonly #releases: Slot[] = [];
  readonly #marginMs: number;
  readonly #random: () => number;
  /** How far ahead of now slots are reserved, learnt from commit times. */
  #lead = 0;
  /** How long the last commit took from reading the schedule. */
  #latency = 0;
  #pumping = false;

  /**
   * Makes a limiter on a KV database; limiters with the same database and prefix share a budget.
   *
   * @param kv the database every isolate opens
   * @param options the two knobs, the window, bucket caps, longest pause, prefix, clock and batch size
   * @throws {InvalidArgumentError} on a negative wait or pause, a limit below 1 or a window of 0
   */
  constructor(kv: Deno.Kv, options: KvRateLimiterOptions = {}) {
    const waitMs = (options.requestWaitTime ?? 1) * 1000;
    const limit = options.limitPerMinute ?? 60;
    const windowMs = options.windowMs ?? 60_000;
    if (!(waitMs >= 0)) throw new InvalidArgumentError("requestWaitTime must be 0 or more");
    if (!(limit >= 1)) throw new InvalidArgumentError("limitPerMinute must be at least 1");
    if (!(windowMs > 0)) throw new InvalidArgumentError("windowMs must be more than 0");
    const maxPauseMs = options.maxPauseMs ?? DEFAULT_MAX_PAUSE_MS;
    if (!(maxPauseMs >= 0)) throw new InvalidArgumentError("maxPauseMs must be 0 or more");
    this.#kv = kv;
    this.#key = [...(options.prefix ?? ["osu-ts", "ratelimit"]), "schedule"];
    this.#clock = options.clock ?? systemClock;
    this.#scheduler = new Scheduler({
      waitMs,
      limit,
      windowMs,
      marginMs: Math.max(0, options.marginMs ?? 5),
      bucketLimits: options.bucketLimits ?? { replay: 10 },
      maxPauseMs,
    });
    this.#maxBatch = Math.max(1, options.maxBatch ?? 16);
    this.#marginMs = Math.max(0, options.marginMs ?? 5);
    this.#random = options.random ?? Math.random;
  }

  /**
   * Cost units started in the window ending now, by every isolate.
   *
   * @param bucket count only this bucket
   * @returns the units
   */
  async used(bucket?: string): Promise<number> {
    const entry = await this.#retry(() => this.#kv.get<Schedule>(this.#key));
    return this.#scheduler.used(entry.value, this.#clock.now(), bucket);
  }

  /** Implements `maxCost` of the core `RateLimiter` interface (see there). */
  maxCost(bucket?: string): number {
    return this.#scheduler.maxCost(bucket);
  }

  /**
   * Resolves when a request may start: reserves a slot in the shared schedule, then waits for it.
   *
   * @param options cost, bucket, an abort signal and `maxWait`
   * @throws {InvalidArgumentError} when the cost exceeds the limit (or the bucket's)
   * @throws {RateLimitError} at once when the reserved slot is further away than `maxWait` (the
   * slot is given back)
   * @throws the signal's reason when it aborts; a reserved slot is then given back
   * @throws {TypeError} when Deno KV fails for good (for example the database was closed)
   */
  acquire(options: AcquireOptions = {}): Promise<void> {
    const cost = options.cost ?? 1;
    const { bucket, signal } = options;
    const problem = this.#scheduler.checkCost(cost, bucket);
    if (problem) return Promise.reject(new InvalidArgumentError(problem));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const maxWait = options.maxWait ?? Infinity;
      const waiter: Waiter = {
        cost,
        bucket,
        signal,
        maxWait,
        deadline: this.#clock.now() + maxWait,
        settled: false,
        resolve: () => {
          if (waiter.settled) return;
          waiter.settled = true;
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        reject: (reason) => {
          if (waiter.settled) return;
          waiter.settled = true;
          signal?.removeEventListener("abort", onAbort);
          reject(reason);
        },
      };
      const onAbort = () => {
        const index = this.#queue.indexOf(waiter);
        if (index >= 0) this.#queue.splice(index, 1);
        waiter.reject(signal?.reason);
        if (waiter.slot) this.#release(waiter.slot);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  /**
   * Learns from osu!'s headers as `MemoryRateLimiter` does, for every isolate: after a 429 with
   * `Retry-After` nothing starts before it passes; when `X-RateLimit-Remaining` runs low the
   * starts are spread out, and at 0 they wait a whole window. Written to KV in the background.
   *
   * @param observation what the response said
   */
  observe(observation: RateLimitObservation): void {
    const pause = this.#scheduler.pauseFor(observation);
    if (pause <= 0) return;
    const until = this.#clock.now() + pause;
    this.#update((schedule) => this.#scheduler.pause(schedule, until)).catch(() => {});
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length || this.#releases.length) {
        const batch = this.#queue.slice(0, this.#maxBatch);
        const releases = this.#releases.splice(0);
        let slots: Slot[] = [];
        try {
          slots = await this.#update((schedule, now) => {
            for (const { at, cost, bucket } of releases) {
              this.#scheduler.release(schedule, at, cost, bucket);
            }
            const earliest = now + this.#lead;
            return batch.map(({ cost, bucket }) => ({
              at: this.#scheduler.reserve(schedule, earliest, cost, bucket),
              cost,
              bucket,
              released: false,
            }));
          });
        } catch (error) {
          for (const waiter of batch) waiter.reject(error);
        }
        const now = this.#clock.now();
        const late: Waiter[] = [];
        batch.forEach((waiter, i) => {
          const slot = slots[i];
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          if (!slot) return;
          if (waiter.settled) return this.#release(slot); // aborted while the commit was in flight
          if (slot.at > waiter.deadline) {
            // Further away than the caller may wait (a long pause, a long queue): say so now.
            this.#release(slot);
            return waiter.reject(slotTooFar(waiter.maxWait, slot.at - now));
          }
          if (now > slot.at + this.#marginMs / 2) {
            // The commit took longer than the lead: the slot is already past. Give it back and
            // reserve again, further ahead.
            late.push(waiter);
            this.#release(slot);
            return;
          }
          waiter.slot = slot;
          this.#wait(waiter, slot);
        });
        this.#queue.unshift(...late);
        this.#lead = late.length
          ? Math.max(this.#lead * 2, this.#latency, 1)
          : this.#lead * 0.8 + this.#latency * 0.2;
        if (this.#queue.length && !late.length) {
          // Let other isolates' commits in between this isolate's batches. A nearly fixed pause
          // (3–4 ms, longer than a first conflict retry) makes busy isolates take turns: each
          // is ready again one pause after its own commit, so they alternate.
          await this.#clock.sleep(3 + this.#random());
        }
      }
    } finally {
      this.#pumping = false;
    }
  }

  async #wait(waiter: Waiter, slot: Slot): Promise<void> {
    // Until the slot's time has come, whatever the timer did: one that fires early (a platform
    // timer given more than 2^31 - 1 ms fires at once) only means looking again.
    for (let delay = slot.at - this.#clock.now(); delay > 0; delay = slot.at - this.#clock.now()) {
      try {
        await this.#clock.sleep(delay, waiter.signal);
      } catch {
        return; // aborted: onAbort rejected and gave the slot back
      }
    }
    if (waiter.settled) return;
    if (this.#clock.now() > slot.at + this.#marginMs / 2) {
      // Woken too late (a busy event loop): starting now could break the limits.
      waiter.slot = undefined;
      this.#release(slot);
      this.#queue.unshift(waiter);
      this.#pump();
      return;
    }
    waiter.resolve();
  }

  /** Gives a reserved slot back, once, in the pump's next commit. */
  #release(slot: Slot): void {
    if (slot.released) return;
    slot.released = true;
    this.#releases.push(slot);
    this.#pump();
  }

  /** Reads the schedule, changes it, and commits if nobody else did meanwhile; retries if they did. */
  async #update<T>(change: (schedule: Schedule, now: number) => T): Promise<T> {
    for (let attempt = 0;; attempt++) {
      const entry = await this.#retry(() => this.#kv.get<Schedule>(this.#key));
      const now = this.#clock.now();
      const schedule = this.#scheduler.load(entry.value, now);
      const result = change(schedule, now);
      const commit = await this.#retry(() =>
        this.#kv.atomic().check(entry).set(this.#key, schedule).commit()
      );
      this.#latency = this.#clock.now() - now;
      if (commit.ok) return result;
      await this.#clock.sleep(backoff(Math.min(attempt, 6), this.#random));
    }
  }

  #retry<T>(operation: () => Promise<T>): Promise<T> {
    return retryKv(operation, { clock: this.#clock });
  }
}
