/**
 * The session cookie of the Hono adapter: who is logged in (osu! user id and username) and until
 * when, signed; never a token. The tokens stay in the `TokenStore`. Private to `hono.ts`.
 *
 * @module
 */
import type { CookieSigner } from "./_cookies.ts";

/** The session cookie's name. */
export const SESSION_COOKIE = "osu_session";

/** What the session cookie holds. */
export interface Session {
  /** The osu! user id. */
  readonly id: number;
  /** The osu! username at login. */
  readonly username: string;
  /** When the session ends (milliseconds since the epoch). */
  readonly expiresAt: number;
}

/**
 * Reads a session cookie: signed by us and not expired.
 *
 * @param signer the signer
 * @param cookie the cookie value, if any
 * @param now the time now (milliseconds)
 * @returns the session, or `undefined`
 */
export async function readSession(
  signer: CookieSigner,
  cookie: string | undefined,
  now: number,
): Promise<Session | undefined> {
  if (!cookie) return undefined;
  const value = await signer.verify(SESSION_COOKIE, cookie);
  if (typeof value !== "object" || value === null) return undefined;
  const { id, username, expiresAt } = value as Record<string, unknown>;
  if (typeof id !== "number" || typeof username !== "string" || typeof expiresAt !== "number") {
    return undefined;
  }
  return expiresAt > now ? { id, username, expiresAt } : undefined;
}
