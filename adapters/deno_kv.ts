/**
 * Deno KV adapter (`@osu-ts/api/kv`): a shared {@linkcode KvTokenStore} and
 * {@linkcode KvRateLimiter}, so the many isolates of a Deno Deploy app fetch one token, refresh
 * it once, and keep to one rate limit together.
 *
 * @example A client whose token and rate limit are shared by every isolate
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { KvRateLimiter, KvTokenStore } from "@osu-ts/api/kv";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const kv = await Deno.openKv(":memory:");
 * const osu = createEmulator();
 * const client = Client.fromClientCredentials({
 *   ...osu.credentials,
 *   fetch: osu.fetch,
 *   tokenStore: new KvTokenStore(kv),
 *   rateLimiter: new KvRateLimiter(kv, { requestWaitTime: 0 }),
 * });
 * assertEquals((await client.getUser("@peppy")).username, "peppy");
 * kv.close();
 * ```
 *
 * @module
 */
export * from "./kv_token_store.ts";
export * from "./kv_rate_limiter.ts";
export { KvSessionStore, type KvSessionStoreOptions } from "./kv_session_store.ts";
export type { SessionRecord, SessionStore, UserRateLimit } from "./session_store.ts";
export {
  checkRecord,
  importSealingKey,
  importSealingKeys,
  isSealed,
  openRecord,
  SEALED_PREFIX,
  type SealingKeyInput,
  type SealingKeys,
  type SealOptions,
  sealRecord,
  TokenDecryptionError,
} from "./sealed_tokens.ts";
export { isTransientKvError } from "./_kv_retry.ts";
// The core types this module's signatures use, so its documentation is complete on its own.
export type { Lease, TokenRecord, TokenStore } from "../src/auth/token_store.ts";
export type { AcquireOptions, RateLimiter, RateLimitObservation } from "../src/ratelimit.ts";
export type { Clock } from "../src/clock.ts";
export type { GrantType } from "../src/auth/grant_rules.ts";
export { InvalidArgumentError, OsuError } from "../src/errors.ts";
