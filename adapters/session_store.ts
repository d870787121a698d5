/**
 * Server-side sessions of the Hono adapter: the {@linkcode SessionStore} interface and the
 * in-memory {@linkcode MemorySessionStore}. The Deno KV (`KvSessionStore` in `@osu-ts/api/kv`) and
 * Durable Object (`DurableObjectSessionStore` in `@osu-ts/api/durable-objects`) stores implement
 * the same interface for a fleet of isolates.
 *
 * A session is one login on one device: the cookie carries only its random id (signed), and the
 * store keeps who it is for and until when. The user's osu! token is not in the session: it is
 * kept once per user in the `TokenStore` and shared by all their sessions.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import type { RateLimiter } from "../src/ratelimit.ts";
import { UserRateLimiters } from "./_user_rate_limiters.ts";

/** A session as a {@linkcode SessionStore} keeps it. */
export interface SessionRecord {
  /** The osu! user id. */
  readonly userId: number;
  /** The osu! username at login. */
  readonly username: string;
  /** When the session ends (milliseconds since the Unix epoch). */
  readonly expiresAt: number;
}

/** The knobs of one user's rate-limit budget (see `SessionStore.userRateLimiter`). */
export interface UserRateLimit {
  /** Seconds between the user's request starts. */
  readonly requestWaitTime: number;
  /** Requests (cost units) the user may make in any minute. */
  readonly limitPerMinute: number;
}

/**
 * Keeps the sessions of the Hono adapter. `id` is an opaque key the adapter derives from the
 * cookie's random session id (a SHA-256 hash of it, so the store never holds a usable cookie).
 * Implementations shared by many isolates must make a deleted session unreadable everywhere.
 */
export interface SessionStore {
  /**
   * Stores a new session until `record.expiresAt`.
   *
   * @param id the session's key
   * @param record who it is for and until when
   */
  create(id: string, record: SessionRecord): Promise<void>;
  /**
   * Reads a session.
   *
   * @param id the session's key
   * @returns the session, or `undefined` when there is none or it has expired
   */
  read(id: string): Promise<SessionRecord | undefined>;
  /**
   * Ends one session (logout); the user's other sessions stay.
   *
   * @param id the session's key
   */
  delete(id: string): Promise<void>;
  /**
   * Counts a user's live sessions (on every device).
   *
   * @param userId the osu! user id
   * @returns how many have not expired
   */
  countByUser(userId: number): Promise<number>;
  /**
   * Removes every expired session (stores also do it on their own as they go).
   *
   * @returns how many were removed
   */
  deleteExpired(): Promise<number>;
  /**
   * The rate-limit budget of one user, kept where the sessions are (in memory, in KV, in the
   * Durable Object), so a fleet keeps one budget per user. Optional: without it, the adapter
   * keeps each user's budget in this process's memory.
   *
   * @param userId the osu! user id
   * @param knobs the budget's knobs
   * @returns the user's limiter
   */
  userRateLimiter?(userId: number, knobs: UserRateLimit): RateLimiter;
}

/** Options of {@linkcode MemorySessionStore}. */
export interface MemorySessionStoreOptions {
  /** The clock of expiry. @default {systemClock} */
  readonly clock?: Clock;
}

/**
 * A {@linkcode SessionStore} in this process's memory: the default of `osuAuth`, for one process.
 * Expired sessions are removed as new ones are made (when the store has doubled since the last
 * sweep), so memory stays proportional to the live sessions. Each user's rate-limit budget is a
 * `MemoryRateLimiter` kept here while it is in use.
 *
 * @example
 * ```ts
 * import { MemorySessionStore } from "@osu-ts/api/hono";
 * import { FakeClock } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const clock = new FakeClock(0);
 * const store = new MemorySessionStore({ clock });
 * await store.create("laptop", { userId: 2, username: "peppy", expiresAt: 1000 });
 * await store.create("phone", { userId: 2, username: "peppy", expiresAt: 1000 });
 * await store.delete("laptop");
 * assertEquals((await store.read("phone"))?.username, "peppy");
 * assertEquals(await store.countByUser(2), 1);
 * await clock.tick(1000);
 * assertEquals(await store.read("phone"), undefined);
 * ```
 */
export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, SessionRecord>();
  readonly #byUser = new Map<number, Set<string>>();
  readonly #clock: Clock;
  readonly #limiters: UserRateLimiters;
  #sweepAt = 1024;

  /**
   * Creates the instance.
   *
   * @param options the clock
   */
  constructor(options: MemorySessionStoreOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#limiters = new UserRateLimiters(this.#clock);
  }

  /** How many sessions are held (live or not yet swept). */
  get size(): number {
    return this.#sessions.size;
  }

  /** Implements `create` of the interface (see there). */
  create(id: string, record: SessionRecord): Promise<void> {
    if (this.#sessions.size >= this.#sweepAt) {
      this.#sweep();
      this.#sweepAt = Math.max(1024, this.#sessions.size * 2);
    }
    this.#forget(id);
    this.#sessions.set(id, { ...record });
    let ids = this.#byUser.get(record.userId);
    if (!ids) this.#byUser.set(record.userId, ids = new Set());
    ids.add(id);
    return Promise.resolve();
  }

  /** Implements `read` of the interface (see there). */
  read(id: string): Promise<SessionRecord | undefined> {
    const record = this.#sessions.get(id);
    if (!record) return Promise.resolve(undefined);
    if (record.expiresAt <= this.#clock.now()) {
      this.#forget(id);
      return Promise.resolve(undefined);
    }
    return Promise.resolve({ ...record });
  }

  /** Implements `delete` of the interface (see there). */
  delete(id: string): Promise<void> {
    this.#forget(id);
    return Promise.resolve();
  }

  /** Implements `countByUser` of the interface (see there). */
  countByUser(userId: number): Promise<number> {
    const now = this.#clock.now();
    let count = 0;
    for (const id of this.#byUser.get(userId) ?? []) {
      if ((this.#sessions.get(id)?.expiresAt ?? 0) > now) count++;
    }
    return Promise.resolve(count);
  }

  /** Implements `deleteExpired` of the interface (see there). */
  deleteExpired(): Promise<number> {
    return Promise.resolve(this.#sweep());
  }

  /** Implements `userRateLimiter` of the interface: a `MemoryRateLimiter` per user. */
  userRateLimiter(userId: number, knobs: UserRateLimit): RateLimiter {
    return this.#limiters.get(userId, knobs);
  }

  #sweep(): number {
    const now = this.#clock.now();
    let removed = 0;
    for (const [id, record] of this.#sessions) {
      if (record.expiresAt > now) continue;
      this.#forget(id);
      removed++;
    }
    return removed;
  }

  #forget(id: string): void {
    const record = this.#sessions.get(id);
    if (!record) return;
    this.#sessions.delete(id);
    const ids = this.#byUser.get(record.userId);
    ids?.delete(id);
    if (ids?.size === 0) this.#byUser.delete(record.userId);
  }
}
