/**
 * A clock that only moves when told to, for deterministic tests of timing (rate limits, token
 * expiry, retries, timeouts).
 *
 * @module
 */
import { type Clock, timeoutBySleep } from "../clock.ts";

interface Sleeper {
  readonly at: number;
  readonly seq: number;
  readonly resolve: () => void;
}

/**
 * A fake {@linkcode Clock}. `sleep` resolves only when {@linkcode FakeClock.tick} or
 * {@linkcode FakeClock.runAll} moves the time past it.
 *
 * @example
 * ```ts
 * import { FakeClock } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const clock = new FakeClock(0);
 * let woke = false;
 * const sleeping = clock.sleep(500).then(() => woke = true);
 * await clock.tick(499);
 * assertEquals(woke, false);
 * await clock.tick(1);
 * await sleeping;
 * assertEquals(woke, true);
 * ```
 */
export class FakeClock implements Clock {
  #now: number;
  #seq = 0;
  #sleepers: Sleeper[] = [];

  /**
   * Creates the instance.
   *
   * @param start the starting time in milliseconds since the epoch @default {0}
   */
  constructor(start = 0) {
    this.#now = start;
  }

  /** Implements `now` of the interface (see there). */
  now(): number {
    return this.#now;
  }

  /** How many sleeps are waiting. */
  get pending(): number {
    return this.#sleepers.length;
  }

  /** Implements `sleep` of the interface (see there). */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = {
        at: this.#now + Math.max(0, ms),
        seq: this.#seq++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.#sleepers = this.#sleepers.filter((s) => s !== sleeper);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#sleepers.push(sleeper);
    });
  }

  /** Implements `timeout` of the interface (see there): a sleep that `cancel` frees. */
  timeout(ms: number, cancel?: AbortSignal): AbortSignal {
    return timeoutBySleep(this, ms, cancel);
  }

  /**
   * Moves time forward by `ms`, waking each sleeper at its own time, in order, and letting the
   * code it wakes run before moving on.
   *
   * @param ms how far to move
   */
  async tick(ms: number): Promise<void> {
    const target = this.#now + ms;
    await settle();
    for (;;) {
      const next = this.#next();
      if (!next || next.at > target) break;
      this.#now = Math.max(this.#now, next.at);
      this.#sleepers = this.#sleepers.filter((s) => s !== next);
      next.resolve();
      await settle();
    }
    this.#now = target;
    await settle();
  }

  /**
   * Wakes sleepers one after another, moving time to each, until none is left (or `limit` wakes).
   *
   * @param limit the most wakes, as a guard against loops that sleep forever @default {100000}
   * @returns how many sleepers were woken
   */
  async runAll(limit = 100_000): Promise<number> {
    let woken = 0;
    await settle();
    while (woken < limit) {
      const next = this.#next();
      if (!next) break;
      this.#now = Math.max(this.#now, next.at);
      this.#sleepers = this.#sleepers.filter((s) => s !== next);
      next.resolve();
      woken++;
      await settle();
    }
    return woken;
  }

  #next(): Sleeper | undefined {
    let best: Sleeper | undefined;
    for (const s of this.#sleepers) {
      if (!best || s.at < best.at || (s.at === best.at && s.seq < best.seq)) best = s;
    }
    return best;
  }
}

/** Lets queued promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
