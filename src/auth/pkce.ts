/**
 * The `state` and PKCE (S256) values of the authorization-code flow, from Web Crypto.
 *
 * @module
 */

/**
 * A random URL-safe string: for `state` and PKCE verifiers.
 *
 * @param bytes how many random bytes @default {32}
 * @returns base64url text
 *
 * @example
 * ```ts
 * import { randomState } from "@osu-ts/api";
 * import { assertMatch } from "@std/assert";
 *
 * assertMatch(randomState(), /^[A-Za-z0-9_-]{43}$/);
 * ```
 */
export function randomState(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A PKCE pair: keep the verifier, send the challenge. */
export interface PkcePair {
  /** Sent with the token request as `code_verifier`; keep it secret. */
  readonly verifier: string;
  /** Sent on the authorize URL as `code_challenge`. */
  readonly challenge: string;
  /** Always `"S256"`. */
  readonly method: "S256";
}

/**
 * Makes a PKCE verifier and its S256 challenge.
 *
 * @returns the pair
 *
 * @example
 * ```ts
 * import { createPkce } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const pkce = await createPkce();
 * assertEquals(pkce.method, "S256");
 * assertEquals(pkce.challenge.length, 43);
 * ```
 */
export async function createPkce(): Promise<PkcePair> {
  const verifier = randomState(32);
  return { verifier, challenge: await pkceChallenge(verifier), method: "S256" };
}

/**
 * The S256 challenge of a verifier: base64url(SHA-256(verifier)).
 *
 * @param verifier the PKCE verifier
 * @returns the challenge
 */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/**
 * Base64url without padding.
 *
 * @param bytes the bytes
 * @returns the text
 */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
