/**
 * `GET /oauth/authorize` (the page with Authorize / Cancel) and `POST /oauth/authorize` (the
 * buttons). osu-web adds `identify` to every request and validates the scopes against the
 * logged-in user before showing the page (`Passport\AuthorizationController`); the rest is
 * league/oauth2-server's `AuthCodeGrant`. The logged-in user is the emulator's player.
 *
 * @module
 */
import {
  invalidClient,
  invalidRequest,
  invalidScope,
  OAuthError,
  TokenScopeError,
  unsupportedGrantType,
} from "./_oauth_errors.ts";
import { validate } from "./_oauth_token.ts";
import { authorizePage, errorPage } from "./_authorize_page.ts";
import { KNOWN_SCOPES } from "./_scope_rules.ts";
import { type EmulatorState, findUser, type PendingAuthorization, randomToken } from "./_state.ts";

/** Authorization codes live 10 minutes (NOTES.md). */
const CODE_LIFETIME_MS = 10 * 60_000;

/** The outcome of reading an authorize request: a pending authorization or a response. */
export type AuthorizeResult =
  | { readonly ok: true; readonly pending: PendingAuthorization }
  | { readonly ok: false; readonly response: Response };

/**
 * Validates an authorize request and stores it as pending.
 *
 * @param state the state
 * @param query the query
 * @returns the pending authorization, or the error response osu-web would give
 */
export function readAuthorizeRequest(
  state: EmulatorState,
  query: URLSearchParams,
): AuthorizeResult {
  try {
    if (query.get("response_type") !== "code") throw unsupportedGrantType();
    const clientId = query.get("client_id");
    if (!clientId) throw invalidRequest("client_id");
    const client = state.clients.get(Number(clientId));
    if (!client || client.passwordClient) throw invalidClient();
    const redirectUri = query.get("redirect_uri") ?? client.redirectUri;
    if (redirectUri !== client.redirectUri) throw invalidClient();
    const requested = (query.get("scope") ?? "").split(/\s+/).filter(Boolean);
    const scopes = [...new Set([...requested, "identify"])].sort();
    validate(state, client, state.playerId, scopes);
    const unknown = scopes.find((scope) => !KNOWN_SCOPES.has(scope));
    if (unknown !== undefined) {
      const target = new URL(redirectUri);
      const error = invalidScope(unknown);
      for (const [key, value] of Object.entries(errorParams(error))) {
        target.searchParams.set(key, value);
      }
      return { ok: false, response: redirect(target) };
    }
    let challenge = query.get("code_challenge");
    let method: string | null = null;
    if (challenge !== null) {
      method = query.get("code_challenge_method") ?? "plain";
      if (method !== "S256" && method !== "plain") {
        throw invalidRequest(
          "code_challenge_method",
          "Code challenge method must be one of `S256`, `plain`",
        );
      }
      if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(challenge)) {
        throw invalidRequest(
          "code_challenge",
          "Code challenge must follow the specifications of RFC-7636.",
        );
      }
    } else {
      challenge = null;
    }
    const pending: PendingAuthorization = {
      id: randomToken(24),
      clientId: client.id,
      redirectUri,
      // Passport drops `*` from authorization-code scopes (ScopeRepository::finalizeScopes)
      scopes: scopes.filter((scope) => scope !== "*"),
      state: query.get("state"),
      challenge,
      challengeMethod: method,
    };
    state.pending.set(pending.id, pending);
    return { ok: true, pending };
  } catch (error) {
    if (error instanceof OAuthError) return { ok: false, response: error.toResponse() };
    if (error instanceof TokenScopeError) {
      return { ok: false, response: errorPage(400, error.message) };
    }
    throw error;
  }
}

/**
 * `GET /oauth/authorize`: the page, or the error.
 *
 * @param state the state
 * @param query the query
 * @returns the response
 */
export function showAuthorizePage(state: EmulatorState, query: URLSearchParams): Response {
  const result = readAuthorizeRequest(state, query);
  if (!result.ok) return result.response;
  const client = state.clients.get(result.pending.clientId);
  const player = findUser(state, state.playerId);
  return authorizePage({
    pending: result.pending,
    clientName: client?.name ?? "Unknown app",
    username: String(player?.username ?? "player"),
  });
}

/**
 * Completes a pending authorization: Authorize or Cancel.
 *
 * @param state the state
 * @param id the pending authorization's id (the form's `auth_token`)
 * @param approve true for Authorize
 * @param userId who is logged in on osu! @default {state.playerId}
 * @returns the redirect URL, or undefined when the id is unknown
 */
export function completeAuthorization(
  state: EmulatorState,
  id: string,
  approve: boolean,
  userId: number = state.playerId,
): URL | undefined {
  const pending = state.pending.get(id);
  if (!pending) return undefined;
  state.pending.delete(id);
  const target = new URL(pending.redirectUri);
  if (!approve) {
    if (pending.state !== null) target.searchParams.set("state", pending.state);
    const denied = new OAuthError(
      401,
      "access_denied",
      "The resource owner or authorization server denied the request.",
      "The user denied the request",
    );
    for (const [key, value] of Object.entries(errorParams(denied))) {
      target.searchParams.set(key, value);
    }
    return target;
  }
  const code = `def50200${randomToken(64)}`;
  state.codes.set(code, {
    code,
    clientId: pending.clientId,
    userId,
    scopes: pending.scopes,
    redirectUri: pending.redirectUri,
    expiresAt: state.clock.now() + CODE_LIFETIME_MS,
    challenge: pending.challenge,
    challengeMethod: pending.challengeMethod,
    used: false,
  });
  target.searchParams.set("code", code);
  if (pending.state !== null) target.searchParams.set("state", pending.state);
  return target;
}

/**
 * `POST /oauth/authorize` (Authorize) or `DELETE` / `_method=DELETE` (Cancel).
 *
 * @param state the state
 * @param fields the form fields
 * @param method the HTTP method
 * @returns a 302 to the app, or 400 when the form is stale
 */
export function submitAuthorizeForm(
  state: EmulatorState,
  fields: Record<string, string | undefined>,
  method: string,
): Response {
  const deny = method === "DELETE" || fields._method?.toUpperCase() === "DELETE" ||
    fields.action === "deny";
  const target = completeAuthorization(state, fields.auth_token ?? "", !deny);
  if (!target) return errorPage(400, "Authorization request was not present in the session.");
  return redirect(target);
}

function redirect(target: URL): Response {
  return new Response(null, { status: 302, headers: { location: target.href } });
}

function errorParams(error: OAuthError): Record<string, string> {
  const out: Record<string, string> = { error: error.error, error_description: error.description };
  if (error.hint !== undefined) out.hint = error.hint;
  out.message = error.description;
  return out;
}
