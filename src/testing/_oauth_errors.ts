/**
 * OAuth error bodies as osu-web sends them (league/oauth2-server 8.5.5 via Passport 12.4.2): `{ error,
 * error_description, hint?, message }`, plus osu-web's own token-scope errors, which go through
 * its exception handler as `{"error": sentence}` with status 400 (read from source:
 * `App\Exceptions\InvalidScopeException`, `resources/lang/en/model_validation/token.php`).
 *
 * @module
 */
import { json } from "./_http.ts";

/** An OAuth error: status plus body. */
export class OAuthError extends Error {
  /**
   * @param status the HTTP status
   * @param error the RFC 6749 error code
   * @param description league's message
   * @param hint league's hint
   */
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly hint?: string,
  ) {
    super(description);
  }

  /** @returns the response */
  toResponse(): Response {
    const body: Record<string, string> = { error: this.error, error_description: this.description };
    if (this.hint !== undefined) body.hint = this.hint;
    body.message = this.description;
    return json(body, this.status);
  }
}

/** osu-web's token scope validation error: 400 `{"error": sentence}`. */
export class TokenScopeError extends Error {
  /** @returns the response */
  toResponse(): Response {
    return json({ error: this.message }, 400);
  }
}

const INVALID_REQUEST = "The request is missing a required parameter, includes an invalid " +
  "parameter value, includes a parameter more than once, or is otherwise malformed.";
const INVALID_GRANT = "The provided authorization grant (e.g., authorization code, resource " +
  "owner credentials) or refresh token is invalid, expired, revoked, does not match the " +
  "redirection URI used in the authorization request, or was issued to another client.";

/** league's `invalidRequest`. */
export function invalidRequest(parameter: string, hint?: string): OAuthError {
  return new OAuthError(
    400,
    "invalid_request",
    INVALID_REQUEST,
    hint ?? `Check the \`${parameter}\` parameter`,
  );
}

/** league's `invalidClient`: 401. */
export function invalidClient(): OAuthError {
  return new OAuthError(401, "invalid_client", "Client authentication failed");
}

/** league's `invalidScope`. */
export function invalidScope(scope: string): OAuthError {
  return new OAuthError(
    400,
    "invalid_scope",
    "The requested scope is invalid, unknown, or malformed",
    scope
      ? `Check the \`${scope}\` scope`
      : "Specify a scope in the request or set a default scope",
  );
}

/** league's `invalidGrant`. */
export function invalidGrant(hint?: string): OAuthError {
  return new OAuthError(400, "invalid_grant", INVALID_GRANT, hint);
}

/** league 8's `invalidCredentials` (400 `invalid_grant`). */
export function invalidCredentials(): OAuthError {
  return new OAuthError(400, "invalid_grant", "The user credentials were incorrect.");
}

/** league 8.5.5's `invalidRefreshToken`: 401 `invalid_request` (9.0 on: 400 `invalid_grant`). */
export function invalidRefreshToken(hint: string): OAuthError {
  return new OAuthError(401, "invalid_request", "The refresh token is invalid.", hint);
}

/** league's `unsupportedGrantType`. */
export function unsupportedGrantType(): OAuthError {
  return new OAuthError(
    400,
    "unsupported_grant_type",
    "The authorization grant type is not supported by the authorization server.",
    "Check that all required parameters have been provided",
  );
}
