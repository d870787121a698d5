/**
 * `POST /oauth/token`: the four grants, as osu-web answers them with the versions its
 * composer.lock pins (laravel/passport 12.4.2, league/oauth2-server 8.5.5). A refused refresh
 * token is 401 `invalid_request` "The refresh token is invalid." with a hint (league 8.x's
 * `invalidRefreshToken`; 9.0 made it 400 `invalid_grant`); a bad client is 401 `invalid_client`.
 * Facts from osu-web's and league's source; PKCE and refresh-token rotation are league's
 * defaults, not verified live.
 *
 * @module
 */
import { pkceChallenge } from "../auth/pkce.ts";
import { field, json } from "./_http.ts";
import {
  invalidClient,
  invalidCredentials,
  invalidGrant,
  invalidRefreshToken,
  invalidRequest,
  invalidScope,
  OAuthError,
  TokenScopeError,
  unsupportedGrantType,
} from "./_oauth_errors.ts";
import { KNOWN_SCOPES, validateTokenScopes } from "./_scope_rules.ts";
import {
  type EmulatorState,
  findUser,
  type OAuthClient,
  randomToken,
  type TokenRecord,
} from "./_state.ts";
import type { JsonObject } from "./types.ts";

/** Refresh tokens live about 3 months (Passport::refreshTokensExpireIn). */
const REFRESH_LIFETIME_MS = 90 * 86_400_000;

/** What a token request produced, for the log. */
export interface TokenOutcome {
  readonly response: Response;
  readonly grant?: string;
  readonly tokenId?: string;
}

/**
 * Answers a token request.
 *
 * @param state the emulator state
 * @param fields the parsed body
 * @param headers the request headers (for HTTP Basic client authentication)
 * @returns the response and what to log
 */
export async function issueToken(
  state: EmulatorState,
  fields: JsonObject,
  headers: Headers,
): Promise<TokenOutcome> {
  const grant = field(fields, "grant_type");
  try {
    if (
      grant !== "client_credentials" && grant !== "authorization_code" &&
      grant !== "refresh_token" && grant !== "password"
    ) {
      throw unsupportedGrantType();
    }
    const client = authenticateClient(state, fields, headers, grant);
    const token = await runGrant(state, grant, client, fields);
    const body: JsonObject = {
      token_type: "Bearer",
      expires_in: state.tokenLifetime,
      access_token: token.accessToken,
    };
    if (token.refreshToken) body.refresh_token = token.refreshToken;
    return { response: json(body), grant, tokenId: token.id };
  } catch (error) {
    if (error instanceof OAuthError || error instanceof TokenScopeError) {
      return { response: error.toResponse(), grant };
    }
    throw error;
  }
}

function authenticateClient(
  state: EmulatorState,
  fields: JsonObject,
  headers: Headers,
  grant: string,
): OAuthClient {
  let id = field(fields, "client_id");
  let secret = field(fields, "client_secret");
  const basic = /^Basic\s+(.+)$/i.exec(headers.get("authorization") ?? "");
  if (basic && id === undefined) {
    try {
      const [user, pass] = atob(basic[1]).split(":");
      id = decodeURIComponent(user);
      secret = decodeURIComponent(pass ?? "");
    } catch {
      // not base64: leave it to the checks below
    }
  }
  if (id === undefined || id === "") throw invalidRequest("client_id");
  const client = state.clients.get(Number(id));
  if (!client || client.secret !== secret) throw invalidClient();
  // Passport's handlesGrant: the password grant only for password clients, the code grant
  // only for third-party (not first-party) clients.
  if (grant === "password" && !client.passwordClient) throw invalidClient();
  if (grant === "authorization_code" && client.passwordClient) throw invalidClient();
  return client;
}

function parseScopes(text: string | undefined): string[] {
  const scopes = (text ?? "").split(/\s+/).filter(Boolean);
  for (const scope of scopes) if (!KNOWN_SCOPES.has(scope)) throw invalidScope(scope);
  return [...new Set(scopes)].sort();
}

async function runGrant(
  state: EmulatorState,
  grant: string,
  client: OAuthClient,
  fields: JsonObject,
): Promise<TokenRecord> {
  const now = state.clock.now();
  if (grant === "client_credentials") {
    const scopes = parseScopes(field(fields, "scope"));
    validate(state, client, null, scopes);
    return issue(state, { client, userId: null, scopes, grant, refresh: false });
  }
  if (grant === "password") {
    const username = field(fields, "username");
    const password = field(fields, "password");
    if (!username) throw invalidRequest("username");
    if (!password) throw invalidRequest("password");
    const scopes = parseScopes(field(fields, "scope"));
    const player = findUser(state, state.playerId);
    const match = player && String(player.username).toLowerCase() === username.toLowerCase();
    if (!match || password !== state.playerPassword) throw invalidCredentials();
    validate(state, client, state.playerId, scopes);
    return issue(state, { client, userId: state.playerId, scopes, grant, refresh: true });
  }
  if (grant === "authorization_code") {
    const text = field(fields, "code");
    if (!text) throw invalidRequest("code");
    const code = state.codes.get(text);
    if (!code) throw invalidRequest("code", "Cannot decrypt the authorization code");
    if (now > code.expiresAt) throw invalidGrant("Authorization code has expired");
    if (code.used) throw invalidGrant("Authorization code has been revoked");
    if (code.clientId !== client.id) {
      throw invalidRequest("client_id", "Authorization code was not issued to this client");
    }
    const redirectUri = field(fields, "redirect_uri");
    if (redirectUri === undefined) throw invalidRequest("redirect_uri");
    if (redirectUri !== code.redirectUri) {
      throw invalidRequest("redirect_uri", "Invalid redirect URI");
    }
    const verifier = field(fields, "code_verifier");
    if (code.challenge !== null) {
      if (verifier === undefined) throw invalidRequest("code_verifier");
      if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
        throw invalidRequest(
          "code_verifier",
          "Code Verifier must follow the specifications of RFC-7636.",
        );
      }
      const expected = code.challengeMethod === "S256" ? await pkceChallenge(verifier) : verifier;
      if (expected !== code.challenge) throw invalidGrant("Failed to verify `code_verifier`.");
    } else if (verifier !== undefined) {
      // league 8.5 refuses a verifier without a challenge (unverified live)
      throw invalidRequest(
        "code_challenge",
        "code_verifier received when no code_challenge is present",
      );
    }
    code.used = true;
    return issue(state, { client, userId: code.userId, scopes: code.scopes, grant, refresh: true });
  }
  // refresh_token
  const text = field(fields, "refresh_token");
  if (!text) throw invalidRequest("refresh_token");
  const old = state.refreshTokens.get(text);
  if (!old) throw invalidRefreshToken("Cannot decrypt the refresh token");
  if (old.clientId !== client.id) throw invalidRefreshToken("Token is not linked to client");
  if (now > old.refreshExpiresAt) throw invalidRefreshToken("Token has expired");
  if (old.refreshRevoked) throw invalidRefreshToken("Token has been revoked");
  const asked = field(fields, "scope");
  let scopes = [...old.scopes];
  if (asked) {
    scopes = parseScopes(asked);
    for (const scope of scopes) if (!old.scopes.includes(scope)) throw invalidScope(scope);
  }
  old.revoked = true;
  old.refreshRevoked = true;
  return issue(state, { client, userId: old.userId, scopes, grant: old.grant, refresh: true });
}

/**
 * Runs osu-web's token validation for these parties.
 *
 * @param state the state
 * @param client the client
 * @param userId the user, null for client credentials
 * @param scopes the scopes
 * @throws {TokenScopeError} when osu-web would refuse the token
 */
export function validate(
  state: EmulatorState,
  client: OAuthClient,
  userId: number | null,
  scopes: readonly string[],
): void {
  const owner = client.ownerId === null ? undefined : findUser(state, client.ownerId);
  validateTokenScopes(scopes, { client, userId, ownerIsBot: owner?.is_bot === true });
}

interface IssueArgs {
  readonly client: OAuthClient;
  readonly userId: number | null;
  readonly scopes: readonly string[];
  readonly grant: string;
  readonly refresh: boolean;
}

function issue(state: EmulatorState, args: IssueArgs): TokenRecord {
  const now = state.clock.now();
  const id = [...crypto.getRandomValues(new Uint8Array(20))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  const expiresAt = now + state.tokenLifetime * 1000;
  const record: TokenRecord = {
    id,
    accessToken: jwt(id, args, now, expiresAt),
    refreshToken: args.refresh ? `def50200${randomToken(96)}` : null,
    clientId: args.client.id,
    userId: args.userId,
    scopes: args.scopes,
    grant: args.grant,
    expiresAt,
    refreshExpiresAt: now + REFRESH_LIFETIME_MS,
    revoked: false,
    refreshRevoked: false,
  };
  state.tokens.set(record.accessToken, record);
  if (record.refreshToken) state.refreshTokens.set(record.refreshToken, record);
  return record;
}

/** A JWT-shaped access token like Passport's (the signature is random: nothing verifies it). */
function jwt(id: string, args: IssueArgs, now: number, expiresAt: number): string {
  const encode = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const payload = {
    aud: String(args.client.id),
    jti: id,
    iat: now / 1000,
    nbf: now / 1000,
    exp: Math.floor(expiresAt / 1000),
    sub: args.userId === null ? "" : String(args.userId),
    scopes: args.scopes,
  };
  return `${encode({ typ: "JWT", alg: "RS256" })}.${encode(payload)}.${randomToken(64)}`;
}
