/**
 * {@linkcode DurableObjectSessionStore}: the Hono adapter's sessions in the coordinator Durable
 * Object, so every isolate of a Worker sees the same logins and logouts.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import type { RateLimiter } from "../src/ratelimit.ts";
import type { SessionRow } from "./_durable_object_sessions.ts";
import { DurableObjectRateLimiter } from "./durable_object_rate_limiter.ts";
import type { CoordinatorNamespace, CoordinatorStub } from "./_durable_object_stub.ts";
import type { SessionRecord, SessionStore, UserRateLimit } from "./session_store.ts";

/**
 * The session methods of the coordinator Durable Object, as its stub exposes them (each answers
 * a promise). A stub of the class `osuCoordinator` makes has this shape.
 */
export interface SessionCoordinatorStub {
  /** See {@linkcode SqlCoordinator.createSession}. */
  createSession(key: string, row: SessionRow): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.readSession}. */
  readSession(key: string): PromiseLike<SessionRow | null>;
  /** See {@linkcode SqlCoordinator.deleteSession}. */
  deleteSession(key: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.countUserSessions}. */
  countUserSessions(userId: number): PromiseLike<number>;
  /** See {@linkcode SqlCoordinator.deleteExpiredSessions}. */
  deleteExpiredSessions(): PromiseLike<number>;
}

/**
 * The coordinator's namespace binding, whose stubs also answer the session methods (a binding of
 * the class `osuCoordinator` makes is one).
 *
 * @typeParam Id the namespace's id type (`DurableObjectId`)
 */
export interface SessionCoordinatorNamespace<Id = unknown> extends CoordinatorNamespace<Id> {
  /**
   * A stub for the object with `id`.
   *
   * @param id its id
   * @returns the stub
   */
  get(id: Id): CoordinatorStub & SessionCoordinatorStub;
}

/**
 * A `SessionStore` in the coordinator Durable Object named `name` (the one that keeps the tokens):
 * one SQLite table, indexed by user and by expiry, where expired sessions are removed as new ones
 * are made. It keeps the namespace and the name and makes a stub per operation, so one store made
 * at module scope works in every request. Each user's rate-limit budget is a
 * `DurableObjectRateLimiter` on an object of its own, named `<name>:user:<userId>`.
 *
 * @example
 * ```ts ignore
 * import { osuAuth } from "@osu-ts/api/hono";
 * import { DurableObjectSessionStore, DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
 *
 * const auth = osuAuth({
 *   clientId: env.OSU_CLIENT_ID,
 *   clientSecret: env.OSU_CLIENT_SECRET,
 *   redirectUri: env.OSU_REDIRECT_URI,
 *   secret: env.SESSION_SECRET,
 *   tokenStore: new DurableObjectTokenStore(env.OSU_COORDINATOR, env.OSU_CLIENT_ID),
 *   sessionStore: new DurableObjectSessionStore(env.OSU_COORDINATOR, env.OSU_CLIENT_ID),
 * });
 * ```
 */
export class DurableObjectSessionStore implements SessionStore {
  readonly #namespace: SessionCoordinatorNamespace<unknown>;
  readonly #name: string;
  readonly #clock: Clock;

  /**
   * Makes a store over the coordinator named `name`; no stub and no RPC until it is used.
   *
   * @param namespace the coordinator binding
   * @param name the object's name (one per OAuth client, e.g. the client id)
   * @param options `clock`: the clock the users' limiters wait on @default {systemClock}
   */
  constructor(
    namespace: SessionCoordinatorNamespace<unknown>,
    name: string | number,
    options: { readonly clock?: Clock } = {},
  ) {
    this.#namespace = namespace;
    this.#name = String(name);
    this.#clock = options.clock ?? systemClock;
  }

  /** Implements `create` of the interface (see there). */
  async create(id: string, record: SessionRecord): Promise<void> {
    const { userId, username, expiresAt } = record;
    await this.#stub().createSession(id, { userId, username, expiresAt });
  }

  /** Implements `read` of the interface (see there). */
  async read(id: string): Promise<SessionRecord | undefined> {
    return (await this.#stub().readSession(id)) ?? undefined;
  }

  /** Implements `delete` of the interface (see there). */
  async delete(id: string): Promise<void> {
    await this.#stub().deleteSession(id);
  }

  /** Implements `countByUser` of the interface (see there). */
  async countByUser(userId: number): Promise<number> {
    return await this.#stub().countUserSessions(userId);
  }

  /** Implements `deleteExpired` of the interface (see there). */
  async deleteExpired(): Promise<number> {
    return await this.#stub().deleteExpiredSessions();
  }

  /** Implements `userRateLimiter` of the interface: a Durable Object of its own per user. */
  userRateLimiter(userId: number, knobs: UserRateLimit): RateLimiter {
    const name = `${this.#name}:user:${userId}`;
    return new DurableObjectRateLimiter(this.#namespace, name, { ...knobs, clock: this.#clock });
  }

  /** A stub for this operation, from the caller's request (stubs must not outlive it). */
  #stub(): SessionCoordinatorStub {
    return this.#namespace.get(this.#namespace.idFromName(this.#name));
  }
}
