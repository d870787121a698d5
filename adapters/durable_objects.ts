/**
 * Cloudflare Durable Objects for osu-ts: one Durable Object per OAuth client keeps the token and
 * the rate-limit budget, so every isolate of a Worker refreshes once and shares one budget.
 * {@linkcode DurableObjectRateLimiter} and {@linkcode DurableObjectTokenStore} implement the core
 * `RateLimiter` and `TokenStore` over a namespace binding; {@linkcode SqlCoordinator} is what the
 * Durable Object runs (its class is a thin `DurableObject` subclass in your Worker, see
 * `docs/cloudflare.md`). This module does not import `cloudflare:workers`.
 *
 * @example One object per client id
 * ```ts ignore
 * import { Client } from "@osu-ts/api";
 * import { durableObjectClientOptions } from "@osu-ts/api/durable-objects";
 *
 * export default {
 *   async fetch(request: Request, env: Env): Promise<Response> {
 *     const client = Client.fromClientCredentials({
 *       clientId: env.OSU_CLIENT_ID,
 *       clientSecret: env.OSU_CLIENT_SECRET,
 *       ...durableObjectClientOptions(env.OSU_COORDINATOR, env.OSU_CLIENT_ID),
 *     });
 *     return Response.json(await client.getUser("@peppy"));
 *   },
 * };
 * ```
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import { InvalidArgumentError } from "../src/errors.ts";
import type { AcquireOptions, RateLimiter, RateLimitObservation } from "../src/ratelimit.ts";
import type { Lease, TokenRecord, TokenStore } from "../src/auth/token_store.ts";
import {
  checkRecord,
  importSealingKey,
  isSealed,
  openRecord,
  type SealingKeyInput,
  sealRecord,
  TokenDecryptionError,
} from "./_sealed_tokens.ts";
import type { SlotGrant, SlotRequest } from "./durable_object_coordinator.ts";

export * from "./durable_object_coordinator.ts";
export { TokenDecryptionError } from "./_sealed_tokens.ts";
export type { SealingKeyInput } from "./_sealed_tokens.ts";

/**
 * The RPC methods of the coordinator Durable Object, as its stub exposes them: the methods of
 * {@linkcode SqlCoordinator}, each answering a promise (an RPC result is a thenable). A stub of
 * the example's `OsuCoordinator` has this shape.
 */
export interface CoordinatorStub {
  /** See {@linkcode SqlCoordinator.reserve}. */
  reserve(request: SlotRequest): PromiseLike<SlotGrant>;
  /** See {@linkcode SqlCoordinator.cancel}. */
  cancel(id: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.pause}. */
  pause(ms: number): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.used}. */
  used(windowMs?: number, bucket?: string): PromiseLike<number>;
  /** See {@linkcode SqlCoordinator.getToken}. */
  getToken(key: string): PromiseLike<string | null>;
  /** See {@linkcode SqlCoordinator.setToken}. */
  setToken(key: string, value: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.deleteToken}. */
  deleteToken(key: string): PromiseLike<void>;
  /** See {@linkcode SqlCoordinator.acquireLease}. */
  acquireLease(key: string, ttlMs: number): PromiseLike<string | null>;
  /** See {@linkcode SqlCoordinator.releaseLease}. */
  releaseLease(key: string, holder: string): PromiseLike<void>;
}

/**
 * The part of a `DurableObjectNamespace` binding the adapters use (`env.OSU_COORDINATOR` with a
 * `durable_objects` binding in `wrangler.toml`).
 *
 * @typeParam Id the namespace's id type (`DurableObjectId`)
 */
export interface CoordinatorNamespace<Id = unknown> {
  /**
   * The id of the object named `name`.
   *
   * @param name the object's name
   * @returns its id
   */
  idFromName(name: string): Id;
  /**
   * A stub for the object with `id`.
   *
   * @param id its id
   * @returns the stub
   */
  get(id: Id): CoordinatorStub;
}

/**
 * A stub for the coordinator named `name` (one object per OAuth client, e.g. its client id).
 *
 * @param namespace the binding
 * @param name the object's name
 * @returns the stub
 *
 * @example
 * ```ts ignore
 * import { coordinatorStub } from "@osu-ts/api/durable-objects";
 *
 * const used = await coordinatorStub(env.OSU_COORDINATOR, env.OSU_CLIENT_ID).used();
 * ```
 */
export function coordinatorStub<Id>(
  namespace: CoordinatorNamespace<Id>,
  name: string | number,
): CoordinatorStub {
  return namespace.get(namespace.idFromName(String(name)));
}

/** Options of {@linkcode DurableObjectRateLimiter}. */
export interface DurableObjectRateLimiterOptions {
  /** Seconds between request starts, across every isolate. @default {1} */
  readonly requestWaitTime?: number;
  /** Cost units allowed in any window, across every isolate. @default {60} */
  readonly limitPerMinute?: number;
  /** The window's length in milliseconds (shorten it in tests). @default {60000} */
  readonly windowMs?: number;
  /** Per-bucket caps. @default {{ replay: 10 }} */
  readonly bucketLimits?: Readonly<Record<string, number>>;
  /** The clock this isolate waits on. @default {systemClock} */
  readonly clock?: Clock;
}

/**
 * A `RateLimiter` shared by every isolate through one Durable Object: the same knobs as the core
 * `MemoryRateLimiter` (`requestWaitTime` spacing, `limitPerMinute` in any window, cost, buckets).
 * Each `acquire` reserves a slot over RPC (one round trip) and waits here until it comes; an
 * aborted wait gives the slot back.
 *
 * @example
 * ```ts ignore
 * import { Client } from "@osu-ts/api";
 * import { DurableObjectRateLimiter } from "@osu-ts/api/durable-objects";
 *
 * const rateLimiter = new DurableObjectRateLimiter(env.OSU_COORDINATOR, env.OSU_CLIENT_ID, {
 *   limitPerMinute: 60,
 * });
 * const client = Client.fromClientCredentials({ clientId, clientSecret, rateLimiter });
 * ```
 */
export class DurableObjectRateLimiter implements RateLimiter {
  readonly #stub: CoordinatorStub;
  readonly #knobs: Required<Omit<DurableObjectRateLimiterOptions, "clock">>;
  readonly #clock: Clock;

  /**
   * Makes a limiter whose budget is the coordinator's named `name`; no RPC until `acquire`.
   *
   * @param namespace the coordinator binding
   * @param name the object's name (one per OAuth client, e.g. the client id)
   * @param options the knobs and the clock
   * @throws {InvalidArgumentError} on a negative wait, a limit below 1 or an empty window
   */
  constructor(
    namespace: CoordinatorNamespace<unknown>,
    name: string | number,
    options: DurableObjectRateLimiterOptions = {},
  ) {
    this.#stub = coordinatorStub(namespace, name);
    this.#clock = options.clock ?? systemClock;
    this.#knobs = {
      requestWaitTime: options.requestWaitTime ?? 1,
      limitPerMinute: options.limitPerMinute ?? 60,
      windowMs: options.windowMs ?? 60_000,
      bucketLimits: options.bucketLimits ?? { replay: 10 },
    };
    const { requestWaitTime, limitPerMinute, windowMs } = this.#knobs;
    if (!(requestWaitTime >= 0)) {
      throw new InvalidArgumentError("requestWaitTime must be 0 or more");
    }
    if (!(limitPerMinute >= 1)) throw new InvalidArgumentError("limitPerMinute must be at least 1");
    if (!(windowMs > 0)) throw new InvalidArgumentError("windowMs must be more than 0");
  }

  /**
   * Resolves when a request may start; the slot is counted at once, for every isolate.
   *
   * @param options cost, bucket and an abort signal
   * @returns when the request may start
   * @throws {InvalidArgumentError} when the cost exceeds the limit
   */
  async acquire(options: AcquireOptions = {}): Promise<void> {
    const { signal, bucket } = options;
    const cost = options.cost ?? 1;
    const { bucketLimits, ...knobs } = this.#knobs;
    const bucketLimit = bucket === undefined ? undefined : bucketLimits[bucket];
    const cap = Math.min(knobs.limitPerMinute, bucketLimit ?? Infinity);
    if (!(cost >= 0) || cost > cap) {
      throw new InvalidArgumentError(`A request costs ${cost}, more than the limit of ${cap}`);
    }
    signal?.throwIfAborted();
    const grant = await this.#stub.reserve({ ...knobs, cost, bucket, bucketLimit });
    if (grant.delayMs <= 0) return;
    try {
      await this.#clock.sleep(grant.delayMs, signal);
    } catch (reason) {
      await Promise.resolve(this.#stub.cancel(grant.id)).catch(() => {});
      throw reason;
    }
  }

  /**
   * Learns from osu!'s headers as the core limiter does: after a 429 with `Retry-After` nothing
   * starts before it passes; when `X-RateLimit-Remaining` runs low, every isolate pauses.
   *
   * @param observation what the response said
   */
  observe(observation: RateLimitObservation): void {
    const { retryAfter, remaining, limit } = observation;
    const windowMs = this.#knobs.windowMs;
    let pause = 0;
    if (retryAfter !== undefined && retryAfter >= 0) pause = retryAfter * 1000;
    else if (remaining !== undefined && Number.isFinite(remaining) && remaining >= 0) {
      const low = Math.max(1, Math.floor((limit ?? this.#knobs.limitPerMinute) * 0.05));
      if (remaining === 0) pause = windowMs;
      else if (remaining <= low) pause = windowMs / remaining;
    }
    if (pause > 0) Promise.resolve(this.#stub.pause(pause)).catch(() => {});
  }

  /**
   * Cost units reserved in the window ending now, by every isolate.
   *
   * @param bucket count only this bucket
   * @returns the units
   */
  async used(bucket?: string): Promise<number> {
    return await this.#stub.used(this.#knobs.windowMs, bucket);
  }
}

/** Options of {@linkcode DurableObjectTokenStore}. */
export interface DurableObjectTokenStoreOptions {
  /**
   * Seals every record with AES-GCM before it leaves the isolate (16 or 32 raw bytes, or an
   * AES-GCM `CryptoKey`); the Durable Object then stores no readable token. Keep it in a secret.
   */
  readonly encryptionKey?: SealingKeyInput;
}

/**
 * A `TokenStore` in one Durable Object: the record survives eviction and restarts, and the
 * refresh lease is exclusive across every isolate, so a fleet asks osu! for one token.
 *
 * @example
 * ```ts ignore
 * import { Client } from "@osu-ts/api";
 * import { DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
 *
 * const tokenStore = new DurableObjectTokenStore(env.OSU_COORDINATOR, env.OSU_CLIENT_ID, {
 *   encryptionKey: Uint8Array.from(atob(env.OSU_TOKEN_KEY), (c) => c.charCodeAt(0)),
 * });
 * const client = Client.fromClientCredentials({ clientId, clientSecret, tokenStore });
 * ```
 */
export class DurableObjectTokenStore implements TokenStore {
  readonly #stub: CoordinatorStub;
  readonly #key: Promise<CryptoKey> | undefined;

  /**
   * Makes a store over the coordinator named `name`; no RPC until it is used.
   *
   * @param namespace the coordinator binding
   * @param name the object's name (one per OAuth client, e.g. the client id)
   * @param options `encryptionKey` to seal records
   */
  constructor(
    namespace: CoordinatorNamespace<unknown>,
    name: string | number,
    options: DurableObjectTokenStoreOptions = {},
  ) {
    this.#stub = coordinatorStub(namespace, name);
    const key = options.encryptionKey;
    this.#key = key === undefined ? undefined : importSealingKey(key);
    this.#key?.catch(() => {});
  }

  /**
   * Reads a record.
   *
   * @param key the token's key
   * @returns the record, or `undefined`
   * @throws {TokenDecryptionError} when the stored value cannot be opened with this store's key
   */
  async get(key: string): Promise<TokenRecord | undefined> {
    const value = await this.#stub.getToken(key);
    if (value === null || value === undefined) return undefined;
    if (this.#key) return await openRecord(value, await this.#key, { context: key });
    if (isSealed(value)) {
      throw new TokenDecryptionError(
        "The stored token is encrypted, but this store has no encryptionKey; " +
          "pass the key it was written with",
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (cause) {
      throw new TokenDecryptionError("The stored token is not JSON", { cause });
    }
    return checkRecord(parsed);
  }

  /**
   * Writes a record (sealed when the store has a key).
   *
   * @param key the token's key
   * @param record the token
   * @returns when it is stored
   */
  async set(key: string, record: TokenRecord): Promise<void> {
    const value = this.#key
      ? await sealRecord(record, await this.#key, { context: key })
      : JSON.stringify(record);
    await this.#stub.setToken(key, value);
  }

  /**
   * Removes a record.
   *
   * @param key the token's key
   * @returns when it is gone
   */
  async delete(key: string): Promise<void> {
    await this.#stub.deleteToken(key);
  }

  /**
   * Tries to take the refresh lease for `key`, exclusive across every isolate.
   *
   * @param key the token's key
   * @param ttlMs how long the lease lasts if never released
   * @returns the lease, or `undefined` when another holder has it
   */
  async acquireLease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const holder = await this.#stub.acquireLease(key, ttlMs);
    if (holder === null || holder === undefined) return undefined;
    return { release: async () => await this.#stub.releaseLease(key, holder) };
  }
}

/** Options of {@linkcode durableObjectClientOptions}. */
export interface DurableObjectClientOptions
  extends DurableObjectRateLimiterOptions, DurableObjectTokenStoreOptions {}

/**
 * The `tokenStore` and `rateLimiter` of a client whose token and budget live in the coordinator
 * named `name`: spread it into `Client.fromClientCredentials`.
 *
 * @param namespace the coordinator binding
 * @param name the object's name (one per OAuth client, e.g. the client id)
 * @param options the limiter's knobs and the store's `encryptionKey`
 * @returns `{ tokenStore, rateLimiter }`
 *
 * @example
 * ```ts ignore
 * import { Client } from "@osu-ts/api";
 * import { durableObjectClientOptions } from "@osu-ts/api/durable-objects";
 *
 * const client = Client.fromClientCredentials({
 *   clientId: env.OSU_CLIENT_ID,
 *   clientSecret: env.OSU_CLIENT_SECRET,
 *   ...durableObjectClientOptions(env.OSU_COORDINATOR, env.OSU_CLIENT_ID, { limitPerMinute: 60 }),
 * });
 * ```
 */
export function durableObjectClientOptions(
  namespace: CoordinatorNamespace<unknown>,
  name: string | number,
  options: DurableObjectClientOptions = {},
): { tokenStore: DurableObjectTokenStore; rateLimiter: DurableObjectRateLimiter } {
  const { encryptionKey, ...limiter } = options;
  return {
    tokenStore: new DurableObjectTokenStore(namespace, name, { encryptionKey }),
    rateLimiter: new DurableObjectRateLimiter(namespace, name, limiter),
  };
}
