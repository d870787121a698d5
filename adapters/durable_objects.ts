/**
 * Cloudflare Durable Objects for osu-ts: one Durable Object per OAuth client keeps the token and
 * the rate-limit budget, so every isolate of a Worker refreshes once and shares one budget.
 * {@linkcode DurableObjectRateLimiter} and {@linkcode DurableObjectTokenStore} implement the core
 * `RateLimiter` and `TokenStore` over a namespace binding; {@linkcode osuCoordinator} makes the
 * Durable Object class from your `DurableObject` (`export class OsuCoordinator extends
 * osuCoordinator(DurableObject) {}`), and {@linkcode SqlCoordinator} is what it runs. This module
 * does not import `cloudflare:workers`.
 *
 * Everything here keeps only the namespace binding and the object's name, and makes a Durable
 * Object stub for each operation: a store, limiter or client options made at module scope (or in
 * an earlier request) work in every request, as Workers require (a stub, like any I/O object,
 * belongs to the request that made it).
 *
 * @example One object per client id
 * ```ts ignore
 * import { DurableObject } from "cloudflare:workers";
 * import { Client } from "@osu-ts/api";
 * import { durableObjectClientOptions, osuCoordinator } from "@osu-ts/api/durable-objects";
 *
 * export class OsuCoordinator extends osuCoordinator(DurableObject) {}
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
import type { CoordinatorNamespace } from "./_durable_object_stub.ts";
import {
  DurableObjectRateLimiter,
  type DurableObjectRateLimiterOptions,
} from "./durable_object_rate_limiter.ts";
import {
  DurableObjectTokenStore,
  type DurableObjectTokenStoreOptions,
} from "./durable_object_token_store.ts";

export {
  type CoordinatorSql,
  type SessionRow,
  type SlotGrant,
  type SlotRequest,
  SqlCoordinator,
  type SqlCoordinatorOptions,
  type SqlValue,
} from "./durable_object_coordinator.ts";
export {
  type CoordinatorMethods,
  type CoordinatorState,
  osuCoordinator,
  type OsuCoordinatorClass,
} from "./osu_coordinator.ts";
export {
  type CoordinatorNamespace,
  type CoordinatorStub,
  coordinatorStub,
} from "./_durable_object_stub.ts";
export { DurableObjectRateLimiter, type DurableObjectRateLimiterOptions };
export { DurableObjectTokenStore, type DurableObjectTokenStoreOptions };
export { TokenDecryptionError } from "./sealed_tokens.ts";
export type { SealingKeyInput, SealingKeys } from "./sealed_tokens.ts";
export {
  DurableObjectSessionStore,
  type SessionCoordinatorNamespace,
  type SessionCoordinatorStub,
} from "./durable_object_session_store.ts";
export type { SessionRecord, SessionStore, UserRateLimit } from "./session_store.ts";

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
