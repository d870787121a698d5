/**
 * What the osu-ts Durable Object does, over its SQLite storage: it keeps the token records, the
 * refresh leases and the rate-limit schedule of one OAuth client. This module does not import
 * `cloudflare:workers` (so it type-checks, tests and publishes everywhere); the Durable Object
 * class is the one `osuCoordinator(DurableObject)` makes, which hands each RPC method to a
 * {@linkcode SqlCoordinator}.
 *
 * Every method is synchronous: a Durable Object runs it to the end before the next event, and
 * SQLite writes made in one synchronous block are committed together, so each call is atomic.
 * Nothing lives only in memory, so eviction or a restart loses neither the token nor the budget.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import { InvalidArgumentError } from "../src/errors.ts";
import { DEFAULT_MAX_PAUSE_MS } from "../src/ratelimit.ts";
import { type SessionRow, SqlSessions } from "./_durable_object_sessions.ts";

export type { SessionRow } from "./_durable_object_sessions.ts";

/** A value SQLite hands back. */
export type SqlValue = string | number | null | ArrayBuffer;

/** The part of a Durable Object's `ctx.storage.sql` (`SqlStorage`) the coordinator uses. */
export interface CoordinatorSql {
  /**
   * Runs one statement.
   *
   * @param query the SQL text
   * @param bindings values for its `?` placeholders
   * @returns a cursor over the rows
   */
  exec(
    query: string,
    ...bindings: (string | number | null)[]
  ): { toArray(): Record<string, SqlValue>[] };
}

/** A request for a rate-limit slot: the caller's cost and bucket, and the limiter's knobs. */
export interface SlotRequest {
  /** Cost units of this request. @default {1} */
  readonly cost?: number;
  /** A separate budget, e.g. `"replay"`. */
  readonly bucket?: string | undefined;
  /** Seconds between request starts. @default {1} */
  readonly requestWaitTime?: number;
  /** Cost units allowed in any window. @default {60} */
  readonly limitPerMinute?: number;
  /** The window's length in milliseconds. @default {60000} */
  readonly windowMs?: number;
  /** The cap of `bucket` in any window, when it has one. */
  readonly bucketLimit?: number | undefined;
  /**
   * Extra milliseconds added to the spacing and the window, so that the gap between the slot
   * and the request reaching osu! (the RPC answer, a timer, `fetch`) cannot squeeze two starts
   * closer than the knobs allow. @default {0}
   */
  readonly marginMs?: number;
  /**
   * The longest a stored pause may still last, in milliseconds: a longer one (written by a
   * limiter with other knobs, or before pauses were capped) is cut to this. @default {3600000}
   */
  readonly maxPauseMs?: number;
}

/** A reserved slot: start after `delayMs`, or cancel it with `id`. */
export interface SlotGrant {
  /** The reservation, for {@linkcode SqlCoordinator.cancel}. */
  readonly id: string;
  /** Milliseconds from now until the request may start (0: now). */
  readonly delayMs: number;
}

/** Options of {@linkcode SqlCoordinator}. */
export interface SqlCoordinatorOptions {
  /** The clock for slots and lease expiry. @default {systemClock} */
  readonly clock?: Clock;
  /** Makes reservation and lease ids. @default {() => crypto.randomUUID()} */
  readonly randomId?: () => string;
}

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS osu_tokens (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  "CREATE TABLE IF NOT EXISTS osu_leases (key TEXT PRIMARY KEY, holder TEXT NOT NULL, until INTEGER NOT NULL)",
  "CREATE TABLE IF NOT EXISTS osu_starts (id TEXT PRIMARY KEY, at INTEGER NOT NULL, cost REAL NOT NULL, bucket TEXT)",
  "CREATE INDEX IF NOT EXISTS osu_starts_at ON osu_starts (at)",
  "CREATE TABLE IF NOT EXISTS osu_limiter (name TEXT PRIMARY KEY, value REAL NOT NULL)",
];

interface Start {
  readonly at: number;
  readonly cost: number;
  readonly bucket: string | null;
}

/**
 * The state of one OAuth client, in a Durable Object's SQLite storage: token records by key,
 * refresh leases, and the rate-limit schedule. The limiter hands out reservations in arrival
 * order, each at the earliest time that keeps both knobs of the core `MemoryRateLimiter`: at
 * least `requestWaitTime` seconds after the previous start, and at most `limitPerMinute` cost
 * units in any half-open window of `windowMs` (and a bucket's own cap in it).
 *
 * @example A slot, a token and a lease, on in-memory SQLite
 * ```ts
 * import { SqlCoordinator } from "@osu-ts/api/durable-objects";
 * import { assertEquals } from "@std/assert";
 * import { DatabaseSync } from "node:sqlite";
 *
 * const db = new DatabaseSync(":memory:");
 * const sql = {
 *   exec: (query: string, ...bindings: (string | number | null)[]) => {
 *     const rows = db.prepare(query).all(...bindings) as Record<string, string | number | null>[];
 *     return { toArray: () => rows };
 *   },
 * };
 * const coordinator = new SqlCoordinator(sql);
 * assertEquals(coordinator.reserve({ requestWaitTime: 0 }).delayMs, 0);
 * coordinator.setToken("app", "{}");
 * assertEquals(coordinator.getToken("app"), "{}");
 * const holder = coordinator.acquireLease("app", 10_000);
 * assertEquals(coordinator.acquireLease("app", 10_000), null);
 * coordinator.releaseLease("app", holder!);
 * ```
 */
export class SqlCoordinator {
  readonly #sql: CoordinatorSql;
  readonly #clock: Clock;
  readonly #randomId: () => string;
  readonly #sessions: SqlSessions;

  /**
   * Creates the tables when they are missing.
   *
   * @param sql the Durable Object's `ctx.storage.sql`
   * @param options the clock and the id maker
   */
  constructor(sql: CoordinatorSql, options: SqlCoordinatorOptions = {}) {
    this.#sql = sql;
    this.#clock = options.clock ?? systemClock;
    this.#randomId = options.randomId ?? (() => crypto.randomUUID());
    for (const statement of SCHEMA) sql.exec(statement);
    this.#sessions = new SqlSessions(sql, this.#clock);
  }

  /**
   * Reserves the next slot: counts the request at once, at the earliest start both knobs allow.
   * Every caller of one coordinator should pass the same knobs.
   *
   * @param request cost, bucket and the knobs
   * @returns the reservation and how long to wait before starting
   * @throws {InvalidArgumentError} when a knob is out of range or the cost exceeds a limit
   */
  reserve(request: SlotRequest = {}): SlotGrant {
    const cost = request.cost ?? 1;
    const waitMs = (request.requestWaitTime ?? 1) * 1000;
    const limit = request.limitPerMinute ?? 60;
    const marginMs = Math.max(0, request.marginMs ?? 0);
    const windowMs = (request.windowMs ?? 60_000) + marginMs;
    const bucket = request.bucket ?? null;
    const bucketLimit = bucket === null ? undefined : request.bucketLimit;
    checkKnobs(cost, waitMs, limit, windowMs, bucketLimit);
    const now = this.#clock.now();
    this.#sql.exec("DELETE FROM osu_starts WHERE at <= ?", now - Math.max(windowMs, waitMs));
    const starts = this.#sql.exec("SELECT at, cost, bucket FROM osu_starts ORDER BY at")
      .toArray() as unknown as Start[];
    const last = starts.length ? starts[starts.length - 1].at : -Infinity;
    const paused = Math.min(
      this.#pausedUntil(),
      now + (request.maxPauseMs ?? DEFAULT_MAX_PAUSE_MS),
    );
    let at = Math.max(now, last + waitMs + (waitMs > 0 ? marginMs : 0), paused);
    for (let previous = -Infinity; previous !== at;) {
      previous = at;
      at = Math.max(at, windowFreeAt(starts, cost, limit, null, at, windowMs));
      if (bucketLimit !== undefined) {
        at = Math.max(at, windowFreeAt(starts, cost, bucketLimit, bucket, at, windowMs));
      }
    }
    const id = this.#randomId();
    this.#sql.exec(
      "INSERT INTO osu_starts (id, at, cost, bucket) VALUES (?, ?, ?, ?)",
      id,
      at,
      cost,
      bucket,
    );
    return { id, delayMs: at - now };
  }

  /**
   * Gives a reservation back (its caller stopped waiting); later ones keep their slots.
   *
   * @param id the reservation's id
   */
  cancel(id: string): void {
    this.#sql.exec("DELETE FROM osu_starts WHERE id = ?", id);
  }

  /**
   * Lets nothing start for `ms` milliseconds (after a 429 with `Retry-After`, or when osu!'s
   * remaining budget runs low).
   *
   * @param ms how long to pause
   */
  pause(ms: number): void {
    if (!(ms > 0)) return;
    const until = Math.max(this.#pausedUntil(), this.#clock.now() + ms);
    this.#sql.exec(
      "INSERT INTO osu_limiter (name, value) VALUES ('paused_until', ?) " +
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      until,
    );
  }

  /**
   * Cost units reserved in the window ending now, reservations not yet started included.
   *
   * @param windowMs the window's length @default {60000}
   * @param bucket count only this bucket
   * @returns the units
   */
  used(windowMs = 60_000, bucket?: string): number {
    const from = this.#clock.now() - windowMs;
    const [row] = bucket === undefined
      ? this.#sql.exec("SELECT TOTAL(cost) AS used FROM osu_starts WHERE at > ?", from).toArray()
      : this.#sql.exec(
        "SELECT TOTAL(cost) AS used FROM osu_starts WHERE at > ? AND bucket = ?",
        from,
        bucket,
      ).toArray();
    return Number(row?.used ?? 0);
  }

  /**
   * Reads a stored token (a JSON or sealed string).
   *
   * @param key the token's key
   * @returns the stored string, or `null`
   */
  getToken(key: string): string | null {
    const [row] = this.#sql.exec("SELECT value FROM osu_tokens WHERE key = ?", key).toArray();
    return typeof row?.value === "string" ? row.value : null;
  }

  /**
   * Stores a token.
   *
   * @param key the token's key
   * @param value the record, as a JSON or sealed string
   */
  setToken(key: string, value: string): void {
    this.#sql.exec(
      "INSERT INTO osu_tokens (key, value) VALUES (?, ?) " +
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      key,
      value,
    );
  }

  /**
   * Removes a token.
   *
   * @param key the token's key
   */
  deleteToken(key: string): void {
    this.#sql.exec("DELETE FROM osu_tokens WHERE key = ?", key);
  }

  /**
   * Takes the refresh lease of `key` unless someone holds it and it has not lapsed.
   *
   * @param key the token's key
   * @param ttlMs how long the lease lasts if never released
   * @returns the holder id to release it with, or `null` when it is taken
   */
  acquireLease(key: string, ttlMs: number): string | null {
    const now = this.#clock.now();
    // Lapsed leases (a holder that crashed or never released) are swept here, so none piles up.
    this.#sql.exec("DELETE FROM osu_leases WHERE until <= ?", now);
    const [row] = this.#sql.exec("SELECT until FROM osu_leases WHERE key = ?", key).toArray();
    if (row && Number(row.until) > now) return null;
    const holder = this.#randomId();
    this.#sql.exec(
      "INSERT INTO osu_leases (key, holder, until) VALUES (?, ?, ?) " +
        "ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, until = excluded.until",
      key,
      holder,
      now + ttlMs,
    );
    return holder;
  }

  /**
   * Gives the lease up, if `holder` still holds it.
   *
   * @param key the token's key
   * @param holder the id {@linkcode SqlCoordinator.acquireLease} returned
   */
  releaseLease(key: string, holder: string): void {
    this.#sql.exec("DELETE FROM osu_leases WHERE key = ? AND holder = ?", key, holder);
  }

  /**
   * Stores a session of the Hono adapter (expired sessions are removed on the way).
   *
   * @param key the session's key
   * @param row the user and the expiry
   */
  createSession(key: string, row: SessionRow): void {
    this.#sessions.create(key, row);
  }

  /**
   * Reads a live session.
   *
   * @param key the session's key
   * @returns the session, or `null`
   */
  readSession(key: string): SessionRow | null {
    return this.#sessions.read(key);
  }

  /**
   * Ends one session.
   *
   * @param key the session's key
   */
  deleteSession(key: string): void {
    this.#sessions.delete(key);
  }

  /**
   * Counts a user's live sessions.
   *
   * @param userId the osu! user id
   * @returns how many
   */
  countUserSessions(userId: number): number {
    return this.#sessions.countByUser(userId);
  }

  /**
   * Removes every expired session.
   *
   * @returns how many were removed
   */
  deleteExpiredSessions(): number {
    return this.#sessions.deleteExpired();
  }

  #pausedUntil(): number {
    const [row] = this.#sql.exec("SELECT value FROM osu_limiter WHERE name = 'paused_until'")
      .toArray();
    return Number(row?.value ?? 0);
  }
}

function checkKnobs(
  cost: number,
  waitMs: number,
  limit: number,
  windowMs: number,
  bucketLimit: number | undefined,
): void {
  if (!(waitMs >= 0)) throw new InvalidArgumentError("requestWaitTime must be 0 or more");
  if (!(limit >= 1)) throw new InvalidArgumentError("limitPerMinute must be at least 1");
  if (!(windowMs > 0)) throw new InvalidArgumentError("windowMs must be more than 0");
  const cap = Math.min(limit, bucketLimit ?? Infinity);
  if (!(cost >= 0) || cost > cap) {
    throw new InvalidArgumentError(`A request costs ${cost}, more than the limit of ${cap}`);
  }
}

/** The earliest time from `at` on when `cost` more units fit under `limit` in the window. */
function windowFreeAt(
  starts: readonly Start[],
  cost: number,
  limit: number,
  bucket: string | null,
  at: number,
  windowMs: number,
): number {
  const inWindow = starts.filter((start) =>
    start.at > at - windowMs && (bucket === null || start.bucket === bucket)
  );
  let used = inWindow.reduce((sum, start) => sum + start.cost, 0);
  if (used + cost <= limit) return at;
  for (const start of inWindow) {
    used -= start.cost;
    if (used + cost <= limit) return start.at + windowMs;
  }
  return at;
}
