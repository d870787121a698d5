/**
 * One `MemoryRateLimiter` per user, kept while it matters: a user's limiter is dropped once
 * nothing waits on it and its window (and any pause osu! asked for) has passed, so a site with
 * many users keeps memory for the active ones only. Private to the Hono adapter and
 * `MemorySessionStore`.
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";
import type { AcquireOptions, RateLimiter, RateLimitObservation } from "../src/ratelimit.ts";
import { MemoryRateLimiter } from "../src/memory_rate_limiter.ts";
import type { UserRateLimit } from "./session_store.ts";

const WINDOW_MS = 60_000;

interface Entry {
  readonly knobs: string;
  readonly limiter: RateLimiter;
  /** Calls waiting in `acquire`. */
  pending: number;
  /** From when the entry holds nothing that matters (milliseconds). */
  idleFrom: number;
}

/** The per-user limiters of one process. */
export class UserRateLimiters {
  readonly #clock: Clock;
  readonly #entries = new Map<number, Entry>();
  #sweepAt = 256;

  /**
   * @param clock the limiters' clock
   */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** How many users' limiters are kept. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * The limiter of one user (the same one while it is kept).
   *
   * @param userId the osu! user id
   * @param knobs the budget's knobs
   * @returns the limiter
   */
  get(userId: number, knobs: UserRateLimit): RateLimiter {
    if (this.#entries.size >= this.#sweepAt) {
      this.#sweep();
      this.#sweepAt = Math.max(256, this.#entries.size * 2);
    }
    const key = `${knobs.requestWaitTime}/${knobs.limitPerMinute}`;
    const kept = this.#entries.get(userId);
    if (kept && kept.knobs === key) return kept.limiter;
    const inner = new MemoryRateLimiter({ ...knobs, windowMs: WINDOW_MS, clock: this.#clock });
    const entry: Entry = {
      knobs: key,
      pending: 0,
      idleFrom: 0,
      limiter: {
        acquire: async (options?: AcquireOptions) => {
          entry.pending++;
          try {
            await inner.acquire(options);
          } finally {
            entry.pending--;
            this.#busyUntil(entry, this.#clock.now() + WINDOW_MS);
          }
        },
        observe: (observation: RateLimitObservation) => {
          inner.observe(observation);
          const pauseMs = Math.max(0, (observation.retryAfter ?? 0) * 1000);
          this.#busyUntil(entry, this.#clock.now() + pauseMs + WINDOW_MS);
        },
        // What one request may cost, so batch methods split their ids to fit this user's budget.
        maxCost: (bucket?: string) => inner.maxCost(bucket),
      },
    };
    this.#entries.set(userId, entry);
    return entry.limiter;
  }

  #busyUntil(entry: Entry, at: number): void {
    entry.idleFrom = Math.max(entry.idleFrom, at);
  }

  #sweep(): void {
    const now = this.#clock.now();
    for (const [userId, entry] of this.#entries) {
      if (entry.pending === 0 && entry.idleFrom <= now) this.#entries.delete(userId);
    }
  }
}
