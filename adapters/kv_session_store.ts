/**
 * {@linkcode KvSessionStore}: the Hono adapter's sessions in Deno KV, so every isolate of a Deno
 * Deploy app sees the same logins and logouts, and each user's rate-limit budget is shared by the
 * fleet.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import type { RateLimiter } from "../src/ratelimit.ts";
import { KvRateLimiter } from "./kv_rate_limiter.ts";
import { retryKv } from "./_kv_retry.ts";
import type { SessionRecord, SessionStore, UserRateLimit } from "./session_store.ts";

/** Options of {@linkcode KvSessionStore}. */
export interface KvSessionStoreOptions {
  /** The first parts of every KV key this store writes. @default {["osu-ts", "sessions"]} */
  readonly prefix?: Deno.KvKey;
  /** The clock of expiry (every isolate compares against the same wall time). @default {systemClock} */
  readonly clock?: Clock;
}

/**
 * A `SessionStore` in Deno KV. A session lives under `[...prefix, "session", id]` and is indexed
 * under `[...prefix, "user", userId, id]`; both are written and deleted in one atomic commit and
 * carry KV's `expireIn`, so KV removes expired sessions by itself (reads also check the expiry,
 * since KV's removal is lazy). Each user's rate-limit budget is a `KvRateLimiter` under
 * `[...prefix, "ratelimit", userId]`.
 *
 * @example Sessions shared by every isolate
 * ```ts
 * import { KvSessionStore } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * const kv = await Deno.openKv(":memory:");
 * const store = new KvSessionStore(kv);
 * const expiresAt = Date.now() + 60_000;
 * await store.create("laptop", { userId: 2, username: "peppy", expiresAt });
 * await store.create("phone", { userId: 2, username: "peppy", expiresAt });
 * await new KvSessionStore(kv).delete("laptop"); // another isolate
 * assertEquals(await store.read("laptop"), undefined);
 * assertEquals(await store.countByUser(2), 1);
 * kv.close();
 * ```
 */
export class KvSessionStore implements SessionStore {
  readonly #kv: Deno.Kv;
  readonly #prefix: Deno.KvKey;
  readonly #clock: Clock;

  /**
   * Makes a store on a KV database.
   *
   * @param kv the database every isolate opens (`await Deno.openKv()` on Deno Deploy)
   * @param options prefix and clock
   */
  constructor(kv: Deno.Kv, options: KvSessionStoreOptions = {}) {
    this.#kv = kv;
    this.#prefix = options.prefix ?? ["osu-ts", "sessions"];
    this.#clock = options.clock ?? systemClock;
  }

  /** Implements `create` of the interface (see there). */
  async create(id: string, record: SessionRecord): Promise<void> {
    const value: SessionRecord = {
      userId: record.userId,
      username: record.username,
      expiresAt: record.expiresAt,
    };
    const expireIn = Math.max(1, record.expiresAt - this.#clock.now());
    await this.#retry(() =>
      this.#kv.atomic()
        .set(this.#sessionKey(id), value, { expireIn })
        .set(this.#userKey(record.userId, id), record.expiresAt, { expireIn })
        .commit()
    );
  }

  /** Implements `read` of the interface (see there). */
  async read(id: string): Promise<SessionRecord | undefined> {
    const entry = await this.#retry(() => this.#kv.get<SessionRecord>(this.#sessionKey(id)));
    const record = entry.value;
    if (!record || typeof record !== "object") return undefined;
    if (!(record.expiresAt > this.#clock.now())) return undefined;
    return record;
  }

  /** Implements `delete` of the interface (see there). */
  async delete(id: string): Promise<void> {
    const entry = await this.#retry(() => this.#kv.get<SessionRecord>(this.#sessionKey(id)));
    const atomic = this.#kv.atomic().delete(this.#sessionKey(id));
    if (entry.value && typeof entry.value.userId === "number") {
      atomic.delete(this.#userKey(entry.value.userId, id));
    }
    await this.#retry(() => atomic.commit());
  }

  /** Implements `countByUser` of the interface (see there). */
  async countByUser(userId: number): Promise<number> {
    const now = this.#clock.now();
    let count = 0;
    for await (
      const entry of this.#kv.list<number>({ prefix: [...this.#prefix, "user", userId] })
    ) {
      if (entry.value > now) count++;
    }
    return count;
  }

  /** Implements `deleteExpired` of the interface (see there). */
  async deleteExpired(): Promise<number> {
    const now = this.#clock.now();
    let removed = 0;
    for await (
      const entry of this.#kv.list<SessionRecord>({ prefix: [...this.#prefix, "session"] })
    ) {
      if (entry.value.expiresAt > now) continue;
      await this.delete(String(entry.key[entry.key.length - 1]));
      removed++;
    }
    return removed;
  }

  /** Implements `userRateLimiter` of the interface: a `KvRateLimiter` per user. */
  userRateLimiter(userId: number, knobs: UserRateLimit): RateLimiter {
    return new KvRateLimiter(this.#kv, {
      ...knobs,
      prefix: [...this.#prefix, "ratelimit", userId],
      clock: this.#clock,
    });
  }

  #sessionKey(id: string): Deno.KvKey {
    return [...this.#prefix, "session", id];
  }

  #userKey(userId: number, id: string): Deno.KvKey {
    return [...this.#prefix, "user", userId, id];
  }

  #retry<T>(operation: () => Promise<T>): Promise<T> {
    return retryKv(operation, { clock: this.#clock });
  }
}
