/**
 * Reads the answer of osu!'s token endpoint (`{ token_type, expires_in, access_token,
 * refresh_token? }`, osu-web via Passport) into the record the handler stores.
 *
 * @module
 */
import { AuthError } from "../errors.ts";
import { TOKEN_ENDPOINT } from "../_decode.ts";
import type { GrantType } from "./grant_rules.ts";
import type { TokenRecord } from "./token_store.ts";

interface TokenResponse {
  readonly access_token?: unknown;
  readonly refresh_token?: unknown;
  readonly expires_in?: unknown;
  readonly scope?: unknown;
}

/** What goes with a token answer. */
export interface TokenContext {
  /** The time it came, in milliseconds since the Unix epoch. */
  readonly now: number;
  /** The grant the token stands for (a refresh keeps the grant it refreshes). */
  readonly grant: GrantType;
  /** The refresh token that was sent, for a refresh: kept when the answer has none. */
  readonly previousRefreshToken: string | undefined;
  /** The scopes asked for, when the answer does not say. */
  readonly scope: string;
}

/**
 * The record of a token answer.
 *
 * @param body the decoded answer
 * @param context the time, grant, previous refresh token and scope
 * @returns the record
 * @throws {AuthError} when the answer has no access token or no positive `expires_in`
 */
export function tokenRecordOf(body: unknown, context: TokenContext): TokenRecord {
  const answer = (body ?? {}) as TokenResponse;
  const expiresIn = answer.expires_in;
  if (
    typeof answer.access_token !== "string" || answer.access_token === "" ||
    typeof expiresIn !== "number" || !(expiresIn > 0)
  ) {
    throw new AuthError("The OAuth token response had no access_token or expires_in", {
      status: 200,
      endpoint: TOKEN_ENDPOINT,
    });
  }
  const refreshToken = answer.refresh_token;
  return {
    accessToken: answer.access_token,
    // osu! sends a new refresh token with each refresh; an answer without one keeps the old.
    refreshToken: typeof refreshToken === "string" && refreshToken !== ""
      ? refreshToken
      : context.previousRefreshToken,
    expiresAt: context.now + expiresIn * 1000,
    issuedAt: context.now,
    scope: typeof answer.scope === "string" ? answer.scope : context.scope,
    grant: context.grant,
  };
}
