/**
 * The session cookie of the Hono adapter: a random session id (256 bits), signed, and nothing
 * else. Who the session is for lives in the `SessionStore`, under a SHA-256 hash of the id, so a
 * copy of the store holds no cookie that works. Private to `hono.ts`.
 *
 * @module
 */
import { base64Url } from "../src/auth/pkce.ts";
import type { CookieSigner } from "./_cookies.ts";

/** The session cookie's name (without the `__Host-` prefix); also what its signature covers. */
export const SESSION_COOKIE = "osu_session";

const ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new random session id.
 *
 * @returns 32 random bytes, base64url
 */
export function newSessionId(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The store key of a session: a SHA-256 hash of its id.
 *
 * @param id the session id from the cookie
 * @returns the key
 */
export async function sessionKey(id: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(id));
  return base64Url(new Uint8Array(digest));
}

/**
 * Reads the session id from a session cookie: signed by us and of the right shape.
 *
 * @param signer the signer
 * @param cookie the cookie value, if any
 * @returns the session id, or `undefined`
 */
export async function readSessionId(
  signer: CookieSigner,
  cookie: string | undefined,
): Promise<string | undefined> {
  if (!cookie) return undefined;
  const id = await signer.verify(SESSION_COOKIE, cookie);
  return typeof id === "string" && ID.test(id) ? id : undefined;
}
