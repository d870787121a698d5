/**
 * The sessions table of the coordinator Durable Object (the Hono adapter's `SessionStore` in
 * SQLite). Private: `SqlCoordinator` runs it, `DurableObjectSessionStore` calls it over RPC.
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";
import type { CoordinatorSql } from "./durable_object_coordinator.ts";

/** A session row, as the coordinator answers it over RPC. */
export interface SessionRow {
  /** The osu! user id. */
  readonly userId: number;
  /** The osu! username at login. */
  readonly username: string;
  /** When the session ends (milliseconds since the Unix epoch). */
  readonly expiresAt: number;
}

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS osu_sessions (key TEXT PRIMARY KEY, user_id INTEGER NOT NULL, " +
  "username TEXT NOT NULL, expires_at INTEGER NOT NULL)",
  "CREATE INDEX IF NOT EXISTS osu_sessions_user ON osu_sessions (user_id)",
  "CREATE INDEX IF NOT EXISTS osu_sessions_expiry ON osu_sessions (expires_at)",
];

/** The sessions of one coordinator. Each method is one synchronous, hence atomic, step. */
export class SqlSessions {
  readonly #sql: CoordinatorSql;
  readonly #clock: Clock;

  /**
   * Creates the table when it is missing.
   *
   * @param sql the Durable Object's `ctx.storage.sql`
   * @param clock the clock of expiry
   */
  constructor(sql: CoordinatorSql, clock: Clock) {
    this.#sql = sql;
    this.#clock = clock;
    for (const statement of SCHEMA) sql.exec(statement);
  }

  /**
   * Stores a session; expired ones are removed on the way (the index makes it cheap).
   *
   * @param key the session's key
   * @param row who it is for and until when
   */
  create(key: string, row: SessionRow): void {
    this.deleteExpired();
    this.#sql.exec(
      "INSERT INTO osu_sessions (key, user_id, username, expires_at) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (key) DO UPDATE SET user_id = excluded.user_id, " +
        "username = excluded.username, expires_at = excluded.expires_at",
      key,
      row.userId,
      row.username,
      row.expiresAt,
    );
  }

  /**
   * Reads a live session.
   *
   * @param key the session's key
   * @returns the session, or `null` when there is none or it has expired
   */
  read(key: string): SessionRow | null {
    const [row] = this.#sql.exec(
      "SELECT user_id, username, expires_at FROM osu_sessions WHERE key = ? AND expires_at > ?",
      key,
      this.#clock.now(),
    ).toArray();
    if (!row) return null;
    return {
      userId: Number(row.user_id),
      username: String(row.username),
      expiresAt: Number(row.expires_at),
    };
  }

  /**
   * Ends one session.
   *
   * @param key the session's key
   */
  delete(key: string): void {
    this.#sql.exec("DELETE FROM osu_sessions WHERE key = ?", key);
  }

  /**
   * Counts a user's live sessions.
   *
   * @param userId the osu! user id
   * @returns how many
   */
  countByUser(userId: number): number {
    const [row] = this.#sql.exec(
      "SELECT COUNT(*) AS n FROM osu_sessions WHERE user_id = ? AND expires_at > ?",
      userId,
      this.#clock.now(),
    ).toArray();
    return Number(row?.n ?? 0);
  }

  /**
   * Removes every expired session.
   *
   * @returns how many were removed
   */
  deleteExpired(): number {
    const now = this.#clock.now();
    const [row] = this.#sql.exec(
      "SELECT COUNT(*) AS n FROM osu_sessions WHERE expires_at <= ?",
      now,
    ).toArray();
    const removed = Number(row?.n ?? 0);
    if (removed > 0) this.#sql.exec("DELETE FROM osu_sessions WHERE expires_at <= ?", now);
    return removed;
  }
}
