/**
 * The auth handler of one logged-in user of the Hono adapter: an `AuthHandler` for the user's own
 * (authorization-code) token, read from the `TokenStore` under the user's key and refreshed from
 * the stored refresh token; it never falls back to client credentials. Private to `hono.ts`.
 *
 * @module
 */
import { AuthHandler, type AuthHandlerOptions } from "../mod.ts";

/**
 * The store key of a user's token.
 *
 * @param clientId the application's client id
 * @param userId the osu! user id
 * @returns the key
 */
export function userTokenKey(clientId: number | string, userId: number): string {
  return `osu-ts:hono:${clientId}:user:${userId}`;
}

/**
 * An `AuthHandler` for a user's stored authorization-code token.
 *
 * @param options the application's options, with `tokenKey` set to the user's key
 * @returns the handler
 */
export function userAuthHandler(
  options: AuthHandlerOptions & { readonly tokenKey: string },
): AuthHandler {
  return new AuthHandler({ ...options, grant: "authorization_code" });
}
