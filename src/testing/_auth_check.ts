/**
 * osu-web's `AuthApi` + `RequireScopes` for one matched endpoint: which token a request carries,
 * and whether it may call the endpoint.
 *
 * @module
 */
import type { Endpoint } from "../endpoint_descriptor.ts";
import { json } from "./_http.ts";
import { tokenCan } from "./_scope_rules.ts";
import type { EmulatorState, TokenRecord } from "./_state.ts";

/** Who is calling. */
export interface Caller {
  /** The valid token, if one was sent. */
  readonly token?: TokenRecord;
  /** The user the token acts for (the authorizing user, or the bot owner with `delegate`). */
  readonly userId?: number;
}

/** The check's outcome. */
export type AuthOutcome =
  | { readonly ok: true; readonly caller: Caller }
  | { readonly ok: false; readonly response: Response; readonly token?: TokenRecord };

/** 401 `{"authentication":"basic"}`. */
export function unauthenticated(): Response {
  return json({ authentication: "basic" }, 401);
}

/**
 * Finds a valid (known, unrevoked, unexpired) token for a bearer header.
 *
 * @param state the state
 * @param header the `Authorization` header
 * @returns the token, `null` when a bearer token was sent but is not valid, undefined when none
 */
export function bearerToken(
  state: EmulatorState,
  header: string | null,
): TokenRecord | null | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return undefined;
  const token = state.tokens.get(m[1]);
  if (!token || token.revoked || state.clock.now() >= token.expiresAt) return null;
  return token;
}

/**
 * Checks a request against an endpoint's scope, as `RequireScopes` does.
 *
 * - `none` GET routes need no token; a bad token sent anyway still fails (AuthApi validates any
 *   bearer token it gets);
 * - otherwise no or bad token → 401 `{"authentication":"basic"}`;
 * - `*` routes (no scope declared) need a `*` token, else 403 with Passport's default message
 *   `"Invalid scope(s) provided."`;
 * - a missing scope → 403 `{"error":"A required scope is missing."}`;
 * - routes that act for a user (`grant: "user"`) need a token with a user (osu-web's `auth`
 *   middleware answers 401 otherwise).
 *
 * @param state the state
 * @param endpoint the endpoint
 * @param request the request
 * @returns the caller or the error response
 */
export function checkAuth(state: EmulatorState, endpoint: Endpoint, request: Request): AuthOutcome {
  const token = bearerToken(state, request.headers.get("authorization"));
  if (token === null) return { ok: false, response: unauthenticated() };
  const noTokenRoute = endpoint.scope === "none" && endpoint.method === "GET";
  if (!token) {
    return noTokenRoute ? { ok: true, caller: {} } : { ok: false, response: unauthenticated() };
  }
  const userId = resourceOwner(state, token);
  const caller: Caller = userId === undefined ? { token } : { token, userId };
  if (noTokenRoute) return { ok: true, caller };
  if (endpoint.scope === "*") {
    if (!tokenCan(token.scopes, "*")) {
      return { ok: false, response: json({ error: "Invalid scope(s) provided." }, 403), token };
    }
  } else if (endpoint.scope !== "any" && !tokenCan(token.scopes, endpoint.scope)) {
    return { ok: false, response: json({ error: "A required scope is missing." }, 403), token };
  }
  if ((endpoint.grant === "user" || endpoint.grant === "lazer") && userId === undefined) {
    return { ok: false, response: unauthenticated(), token };
  }
  return { ok: true, caller };
}

/**
 * The user a token acts for: the authorizing user, or, for client credentials with `delegate`,
 * the client's owner (`Token::getResourceOwner`).
 *
 * @param state the state
 * @param token the token
 * @returns the user id, or undefined
 */
export function resourceOwner(state: EmulatorState, token: TokenRecord): number | undefined {
  if (token.userId !== null) return token.userId;
  if (token.scopes.includes("delegate")) {
    return state.clients.get(token.clientId)?.ownerId ?? undefined;
  }
  return undefined;
}
