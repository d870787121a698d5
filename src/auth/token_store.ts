/**
 * Where tokens live between requests, and how a fleet of isolates agrees on who refreshes.
 * The in-memory store serves one process; the Deno KV and Durable Object adapters implement the
 * same interface for many.
 *
 * @module
 */
import type { GrantType } from "./grant_rules.ts";

/** A stored token. Times are milliseconds since the Unix epoch. */
export interface TokenRecord {
  /** The bearer token sent as `Authorization: Bearer ...`. */
  readonly accessToken: string;
  /** The refresh token (authorization code and password grants only). */
  readonly refreshToken?: string | undefined;
  /** When the access token stops working. */
  readonly expiresAt: number;
  /**
   * When osu! issued it; with `expiresAt`, its lifetime, so that a short-lived token is renewed
   * at half its life rather than on every call.
   */
  readonly issuedAt?: number | undefined;
  /** The granted scopes, space-separated. */
  readonly scope: string;
  /** The grant that produced it. */
  readonly grant: GrantType;
}

/** A short, exclusive right to refresh one key's token. */
export interface Lease {
  /** Gives the lease up early (after the new token is stored). */
  release(): Promise<void>;
}

/**
 * Keeps token records by key. Implementations shared by many isolates must make `acquireLease`
 * exclusive across all of them, and let a lease lapse after `ttlMs` so a crashed holder does not
 * block the rest.
 */
export interface TokenStore {
  /**
   * Whether concurrent callers in one process may wait on one in-flight refresh (the auth
   * handler's single-flight). Stores for Cloudflare Workers set it to `false`: there concurrent
   * callers may serve different requests, and a request must not wait on another's I/O (a
   * finished request's timers and fetches are cancelled, so its waiters would hang). Each caller
   * then waits on the store's lease with its own I/O; the fleet still refreshes once.
   * @default {true}
   */
  readonly sharedInFlight?: boolean;
  /**
   * Reads a record.
   *
   * @param key the token's key
   * @returns the record, or `undefined`
   */
  get(key: string): Promise<TokenRecord | undefined>;
  /**
   * Writes a record.
   *
   * @param key the token's key
   * @param record the token
   */
  set(key: string, record: TokenRecord): Promise<void>;
  /**
   * Removes a record.
   *
   * @param key the token's key
   */
  delete(key: string): Promise<void>;
  /**
   * Tries to take the refresh lease for `key`.
   *
   * @param key the token's key
   * @param ttlMs how long the lease lasts if never released
   * @returns the lease, or `undefined` when another holder has it
   */
  acquireLease(key: string, ttlMs: number): Promise<Lease | undefined>;
}

/**
 * A {@linkcode TokenStore} in this process's memory: the default.
 *
 * @example
 * ```ts
 * import { MemoryTokenStore } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const store = new MemoryTokenStore();
 * await store.set("k", { accessToken: "t", expiresAt: 1, scope: "public", grant: "client_credentials" });
 * assertEquals((await store.get("k"))?.scope, "public");
 * const lease = await store.acquireLease("k", 1000);
 * assertEquals(await store.acquireLease("k", 1000), undefined);
 * await lease?.release();
 * ```
 */
export class MemoryTokenStore implements TokenStore {
  #records = new Map<string, TokenRecord>();
  #leases = new Map<string, { until: number; id: object }>();
  #now: () => number;
  /** Lapsed leases are swept when the map reaches this size, so it never grows unbounded. */
  #sweepAt = 64;

  /**
   * Creates the instance.
   *
   * @param options `now`: the clock for lease expiry (milliseconds)
   */
  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? (() => Date.now());
  }

  /** Implements `get` of the interface (see there). */
  get(key: string): Promise<TokenRecord | undefined> {
    return Promise.resolve(this.#records.get(key));
  }

  /** Implements `set` of the interface (see there). */
  set(key: string, record: TokenRecord): Promise<void> {
    this.#records.set(key, record);
    return Promise.resolve();
  }

  /** Implements `delete` of the interface (see there). */
  delete(key: string): Promise<void> {
    this.#records.delete(key);
    return Promise.resolve();
  }

  /** Implements `acquireLease` of the interface (see there). */
  acquireLease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const now = this.#now();
    if (this.#leases.size >= this.#sweepAt) {
      for (const [leased, { until }] of this.#leases) {
        if (until <= now) this.#leases.delete(leased);
      }
      this.#sweepAt = Math.max(64, this.#leases.size * 2);
    }
    const held = this.#leases.get(key);
    if (held && held.until > now) return Promise.resolve(undefined);
    const id = {};
    this.#leases.set(key, { until: now + ttlMs, id });
    return Promise.resolve({
      release: () => {
        if (this.#leases.get(key)?.id === id) this.#leases.delete(key);
        return Promise.resolve();
      },
    });
  }
}
