/**
 * What a refusal of osu!'s token endpoint means: whether the refresh token itself is dead (the
 * only refusal that clears a stored token), and what to tell the caller when the fix is theirs.
 *
 * @module
 */
import { AuthError } from "../errors.ts";
import { TOKEN_ENDPOINT } from "../_decode.ts";

/**
 * Says what to do about a token request osu! refused for a reason the caller must fix.
 *
 * @param error what the request threw
 * @param grantType the grant asked for
 * @returns the error to throw
 */
export function explainTokenError(error: unknown, grantType: string | undefined): unknown {
  if (!(error instanceof AuthError)) return error;
  const init = {
    status: error.status,
    endpoint: TOKEN_ENDPOINT,
    oauthError: error.oauthError,
    serverMessage: error.serverMessage,
    cause: error,
  };
  if (error.oauthError === "invalid_client") {
    return new AuthError(
      `osu! refused the application's credentials (${error.status} invalid_client${
        error.serverMessage ? `: ${error.serverMessage}` : ""
      }): check clientId and clientSecret (osu! account settings → OAuth); stored tokens were kept`,
      init,
    );
  }
  if (grantType === "authorization_code" && /code_verifier/.test(error.serverMessage ?? "")) {
    return new AuthError(
      `osu! wants the PKCE verifier of the authorize URL (${error.status} ${error.oauthError}${
        error.serverMessage ? `: ${error.serverMessage}` : ""
      }): pass codeVerifier from getAuthUrl() as getAuthToken(code, { codeVerifier }), or ` +
        "call getAuthToken on the AuthHandler that made the URL",
      init,
    );
  }
  return error;
}

/**
 * Whether a token-endpoint error is osu!'s refusal of the refresh token itself (expired, revoked,
 * issued to another client, or not one of osu!'s). league/oauth2-server, which osu-web uses
 * through Passport, answers it 401 `invalid_request` "The refresh token is invalid." in the 8.x
 * line osu-web's composer.lock pins (8.5.5, `OAuthServerException::invalidRefreshToken`), and 400
 * `invalid_grant` from 9.0 on; both are read as a refusal. Anything else (`invalid_client`, a 429,
 * a 5xx, a network error, a 400 `invalid_request` for a missing field) is not.
 *
 * @param error what the refresh request threw
 * @returns whether the refresh token is dead
 */
export function refusesRefreshToken(error: unknown): error is AuthError {
  if (!(error instanceof AuthError)) return false;
  return (error.status === 401 && error.oauthError === "invalid_request") ||
    (error.status === 400 && error.oauthError === "invalid_grant");
}

/**
 * The error for a refresh token osu! refused, once the stored token is deleted.
 *
 * @param error osu!'s refusal
 * @returns an `AuthError` saying the user must log in again
 */
export function loggedOut(error: AuthError): AuthError {
  return new AuthError(
    `osu! refused the refresh token (${error.status} ${error.oauthError}${
      error.serverMessage ? `: ${error.serverMessage}` : ""
    }); the stored token was cleared: log in again`,
    {
      status: error.status,
      endpoint: TOKEN_ENDPOINT,
      oauthError: error.oauthError,
      serverMessage: error.serverMessage,
      cause: error,
    },
  );
}
