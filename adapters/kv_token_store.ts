/**
 * {@linkcode KvTokenStore}: the core `TokenStore` on Deno KV, so every isolate of a Deno Deploy
 * app shares one token and one refresh lease.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import type { Lease, TokenRecord, TokenStore } from "../src/auth/token_store.ts";
import { retryKv } from "./_kv_retry.ts";
import {
  checkSealingKeyLengths,
  importSealingKeys,
  openStoredRecord,
  type SealingKeys,
  sealRecord,
} from "./sealed_tokens.ts";

/** Options of {@linkcode KvTokenStore}. */
export interface KvTokenStoreOptions {
  /** The first parts of every KV key this store writes. @default {["osu-ts", "tokens"]} */
  readonly prefix?: Deno.KvKey;
  /**
   * Seals records with AES-GCM: an AES-GCM `CryptoKey`, or 16 or 32 raw bytes. Every isolate
   * needs the same key (keep it in an environment variable). Without it records are stored as
   * plain objects. A list rotates keys: the first seals, every one of them opens.
   */
  readonly encryptionKey?: SealingKeys;
  /** The clock for lease expiry (every isolate compares against the same wall time). @default {systemClock} */
  readonly clock?: Clock;
}

interface LeaseValue {
  readonly id: string;
  readonly until: number;
}

/**
 * A {@linkcode TokenStore} in Deno KV. Records live under `[...prefix, "token", key]`; the refresh
 * lease under `[...prefix, "lease", key]` holds its expiry time, so a lease whose holder crashed
 * lapses after `ttlMs` (KV's own `expireIn` is lazy and only cleans up). Taking a lease is one
 * atomic check-and-set, so exactly one isolate refreshes and a refresh token is sent once.
 *
 * @example Share tokens between isolates
 * ```ts
 * import { KvTokenStore } from "@osu-ts/api/kv";
 * import { assertEquals } from "@std/assert";
 *
 * const kv = await Deno.openKv(":memory:");
 * const store = new KvTokenStore(kv, { encryptionKey: new Uint8Array(32).fill(1) });
 * await store.set("k", { accessToken: "t", expiresAt: 1, scope: "public", grant: "client_credentials" });
 * assertEquals((await store.get("k"))?.accessToken, "t");
 * const lease = await store.acquireLease("k", 10_000);
 * assertEquals(await store.acquireLease("k", 10_000), undefined);
 * await lease?.release();
 * kv.close();
 * ```
 */
export class KvTokenStore implements TokenStore {
  readonly #kv: Deno.Kv;
  readonly #prefix: Deno.KvKey;
  readonly #clock: Clock;
  readonly #key: Promise<CryptoKey[]> | undefined;

  /**
   * Makes a store on a KV database.
   *
   * @param kv the database every isolate opens (`await Deno.openKv()` on Deno Deploy)
   * @param options prefix, encryption key and clock
   * @throws {InvalidArgumentError} when an encryption key has the wrong length, or the list is
   * empty
   */
  constructor(kv: Deno.Kv, options: KvTokenStoreOptions = {}) {
    this.#kv = kv;
    this.#prefix = options.prefix ?? ["osu-ts", "tokens"];
    this.#clock = options.clock ?? systemClock;
    const key = options.encryptionKey;
    if (key !== undefined) checkSealingKeyLengths(key);
    this.#key = key === undefined ? undefined : importSealingKeys(key);
    this.#key?.catch(() => {});
  }

  /**
   * Reads a record.
   *
   * @param key the token's key
   * @returns the record, or `undefined`
   * @throws {TokenDecryptionError} when the record was sealed with another key, or the store's
   * encryption setting does not match the stored value
   * @throws {InvalidArgumentError} when the encryption key is not an AES-GCM key
   */
  async get(key: string): Promise<TokenRecord | undefined> {
    const entry = await this.#retry(() => this.#kv.get(this.#recordKey(key)));
    if (entry.value === null) return undefined;
    return await openStoredRecord(entry.value, this.#key ? await this.#key : undefined, key);
  }

  /**
   * Writes a record (sealed when the store has an encryption key).
   *
   * @param key the token's key
   * @param record the token
   * @throws {InvalidArgumentError} when the encryption key is not an AES-GCM key
   */
  async set(key: string, record: TokenRecord): Promise<void> {
    const value = this.#key
      ? await sealRecord(record, (await this.#key)[0], { context: key })
      : { ...record };
    await this.#retry(() => this.#kv.set(this.#recordKey(key), value));
  }

  /**
   * Removes a record.
   *
   * @param key the token's key
   */
  async delete(key: string): Promise<void> {
    await this.#retry(() => this.#kv.delete(this.#recordKey(key)));
  }

  /**
   * Tries to take the refresh lease for `key`, with one atomic check-and-set across every isolate.
   *
   * @param key the token's key
   * @param ttlMs how long the lease lasts if never released
   * @returns the lease, or `undefined` when another holder has it
   */
  async acquireLease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const leaseKey = [...this.#prefix, "lease", key];
    const entry = await this.#retry(() => this.#kv.get<LeaseValue>(leaseKey));
    const now = this.#clock.now();
    if (entry.value && entry.value.until > now) return undefined;
    const value: LeaseValue = { id: crypto.randomUUID(), until: now + ttlMs };
    const result = await this.#retry(() =>
      this.#kv.atomic()
        .check(entry)
        .set(leaseKey, value, { expireIn: Math.max(ttlMs, 0) + 60_000 })
        .commit()
    );
    if (!result.ok) return undefined;
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        // Deletes only our own lease: if it lapsed and another isolate took it, the check fails.
        await this.#retry(() =>
          this.#kv.atomic()
            .check({ key: leaseKey, versionstamp: result.versionstamp })
            .delete(leaseKey)
            .commit()
        );
      },
    };
  }

  #recordKey(key: string): Deno.KvKey {
    return [...this.#prefix, "token", key];
  }

  #retry<T>(operation: () => Promise<T>): Promise<T> {
    return retryKv(operation, { clock: this.#clock });
  }
}
