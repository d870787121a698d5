/**
 * The token store every isolate shares through the coordinator Durable Object, optionally sealed
 * with AES-GCM.
 *
 * @module
 */
import type { Lease, TokenRecord, TokenStore } from "../src/auth/token_store.ts";
import {
  importSealingKeys,
  openStoredRecord,
  type SealingKeys,
  sealRecord,
} from "./sealed_tokens.ts";
import {
  type CoordinatorNamespace,
  type CoordinatorStub,
  coordinatorStub,
} from "./_durable_object_stub.ts";

/** Options of {@linkcode DurableObjectTokenStore}. */
export interface DurableObjectTokenStoreOptions {
  /**
   * Seals every record with AES-GCM before it leaves the isolate (16 or 32 raw bytes, or an
   * AES-GCM `CryptoKey`); the Durable Object then stores no readable token. Keep it in a secret.
   * A list rotates keys: the first seals, every one of them opens.
   */
  readonly encryptionKey?: SealingKeys;
}

/**
 * A `TokenStore` in one Durable Object: the record survives eviction and restarts, and the
 * refresh lease is exclusive across every isolate, so a fleet asks osu! for one token.
 *
 * The store keeps the namespace and the object's name, and makes a stub for each operation (a
 * stub is an I/O object of the request that made it, which Workers forbid other requests to
 * use), so one store made at module scope or in an earlier request works in every request. It
 * sets `sharedInFlight: false`: auth handlers over it let each caller wait on the store's lease
 * with its own request's I/O, never on a refresh another request started.
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
  /**
   * `false`: concurrent callers may serve different Worker requests, which must not wait on each
   * other's I/O, so auth handlers share no in-flight refresh over this store.
   */
  readonly sharedInFlight = false;
  readonly #namespace: CoordinatorNamespace<unknown>;
  readonly #name: string;
  readonly #key: Promise<CryptoKey[]> | undefined;

  /**
   * Makes a store over the coordinator named `name`; no stub and no RPC until it is used.
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
    this.#namespace = namespace;
    this.#name = String(name);
    const key = options.encryptionKey;
    this.#key = key === undefined ? undefined : importSealingKeys(key);
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
    const value = await this.#stub().getToken(key);
    if (value === null || value === undefined) return undefined;
    return await openStoredRecord(value, this.#key ? await this.#key : undefined, key);
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
      ? await sealRecord(record, (await this.#key)[0], { context: key })
      : JSON.stringify(record);
    await this.#stub().setToken(key, value);
  }

  /**
   * Removes a record.
   *
   * @param key the token's key
   * @returns when it is gone
   */
  async delete(key: string): Promise<void> {
    await this.#stub().deleteToken(key);
  }

  /**
   * Tries to take the refresh lease for `key`, exclusive across every isolate.
   *
   * @param key the token's key
   * @param ttlMs how long the lease lasts if never released
   * @returns the lease, or `undefined` when another holder has it
   */
  async acquireLease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const holder = await this.#stub().acquireLease(key, ttlMs);
    if (holder === null || holder === undefined) return undefined;
    return { release: async () => await this.#stub().releaseLease(key, holder) };
  }

  /** A stub for this operation, from the caller's request (stubs must not outlive it). */
  #stub(): CoordinatorStub {
    return coordinatorStub(this.#namespace, this.#name);
  }
}
