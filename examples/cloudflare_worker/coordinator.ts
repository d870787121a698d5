/**
 * The Durable Object class: one instance per OAuth client keeps its token and rate-limit state in
 * SQLite storage, and answers the adapters of `@osu-ts/api/durable-objects` over RPC. Each method
 * hands the call to `SqlCoordinator`, which holds the logic (and is tested without workerd).
 * Copy this file into your Worker, export the class from its main module, and bind it in
 * `wrangler.toml` with a `new_sqlite_classes` migration.
 *
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import {
  type SessionRow,
  type SlotGrant,
  type SlotRequest,
  SqlCoordinator,
} from "../../adapters/durable_objects.ts";

/** The osu-ts coordinator Durable Object (SQLite-backed). */
export class OsuCoordinator extends DurableObject<unknown> {
  readonly #coordinator: SqlCoordinator;

  /**
   * @param ctx the object's state (its SQLite storage)
   * @param env the Worker's bindings
   */
  constructor(ctx: DurableObjectState, env: unknown) {
    super(ctx, env);
    this.#coordinator = new SqlCoordinator(ctx.storage.sql);
  }

  /**
   * Reserves a rate-limit slot.
   *
   * @param request cost, bucket and the limiter's knobs
   * @returns the reservation and the wait before it
   */
  reserve(request: SlotRequest): SlotGrant {
    return this.#coordinator.reserve(request);
  }

  /**
   * Gives a reservation back.
   *
   * @param id the reservation
   */
  cancel(id: string): void {
    this.#coordinator.cancel(id);
  }

  /**
   * Lets nothing start for a while.
   *
   * @param ms milliseconds
   */
  pause(ms: number): void {
    this.#coordinator.pause(ms);
  }

  /**
   * Cost units reserved in the window ending now.
   *
   * @param windowMs the window
   * @param bucket only this bucket
   * @returns the units
   */
  used(windowMs?: number, bucket?: string): number {
    return this.#coordinator.used(windowMs, bucket);
  }

  /**
   * Reads a stored token.
   *
   * @param key the token's key
   * @returns the stored string, or `null`
   */
  getToken(key: string): string | null {
    return this.#coordinator.getToken(key);
  }

  /**
   * Stores a token.
   *
   * @param key the token's key
   * @param value the JSON or sealed record
   */
  setToken(key: string, value: string): void {
    this.#coordinator.setToken(key, value);
  }

  /**
   * Removes a token.
   *
   * @param key the token's key
   */
  deleteToken(key: string): void {
    this.#coordinator.deleteToken(key);
  }

  /**
   * Takes the refresh lease.
   *
   * @param key the token's key
   * @param ttlMs how long it lasts if never released
   * @returns the holder id, or `null` when taken
   */
  acquireLease(key: string, ttlMs: number): string | null {
    return this.#coordinator.acquireLease(key, ttlMs);
  }

  /**
   * Gives the lease up.
   *
   * @param key the token's key
   * @param holder the holder id
   */
  releaseLease(key: string, holder: string): void {
    this.#coordinator.releaseLease(key, holder);
  }

  /**
   * Stores a session of the Hono adapter.
   *
   * @param key the session's key
   * @param row the user and the expiry
   */
  createSession(key: string, row: SessionRow): void {
    this.#coordinator.createSession(key, row);
  }

  /**
   * Reads a live session.
   *
   * @param key the session's key
   * @returns the session, or `null`
   */
  readSession(key: string): SessionRow | null {
    return this.#coordinator.readSession(key);
  }

  /**
   * Ends one session.
   *
   * @param key the session's key
   */
  deleteSession(key: string): void {
    this.#coordinator.deleteSession(key);
  }

  /**
   * Counts a user's live sessions.
   *
   * @param userId the osu! user id
   * @returns how many
   */
  countUserSessions(userId: number): number {
    return this.#coordinator.countUserSessions(userId);
  }

  /**
   * Removes every expired session.
   *
   * @returns how many were removed
   */
  deleteExpiredSessions(): number {
    return this.#coordinator.deleteExpiredSessions();
  }
}
