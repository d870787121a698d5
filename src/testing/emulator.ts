/**
 * `createEmulator`: an offline osu! API (osu-web) as a `fetch` function and a `Request` handler.
 *
 * @module
 */
import { type Clock, systemClock } from "../clock.ts";
import { bearerToken, checkAuth, unauthenticated } from "./_auth_check.ts";
import { buildData } from "./_data.ts";
import { apiError, queryObject, readBody } from "./_http.ts";
import {
  completeAuthorization,
  readAuthorizeRequest,
  showAuthorizePage,
  submitAuthorizeForm,
} from "./_oauth_authorize.ts";
import { issueToken } from "./_oauth_token.ts";
import { acceptAll, acceptServed, HUBS, openInProcess } from "./_emulator_sockets.ts";
import { NotificationHub } from "./_notification_hub.ts";
import { redactBody } from "./_redact_log.ts";
import { hit, REPLAY_LIMIT, type Throttle, tooManyAttempts } from "./_rate_limit.ts";
import { route } from "./_router.ts";
import type { EmulatorState, OAuthClient } from "./_state.ts";
import { BOT_ID, PLAYER_ID } from "./fixtures/users.ts";
import { ROUTES } from "./routes/mod.ts";
import type { Emulator, EmulatorOptions, JsonObject, LoggedRequest } from "./types.ts";

/** The lazer client (NOTES.md): id 5 and its published secret. */
const LAZER: OAuthClient = {
  id: 5,
  secret: "FGc9GAtyHzeQDshWP5Ah7dega8hJACAJpQtw6OXk",
  redirectUri: "",
  name: "osu!lazer",
  ownerId: null,
  passwordClient: true,
};

/**
 * Creates an emulator with its own fresh data, tokens and rate-limit buckets.
 *
 * @param options clock, token lifetime, rate limit
 * @returns the emulator
 *
 * @example Get a token and read a user, in-process
 * ```ts
 * import { createEmulator, FakeClock } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const emulator = createEmulator({ clock: new FakeClock(0) });
 * const { clientId, clientSecret } = emulator.credentials;
 * const tokenResponse = await emulator.fetch("https://osu.ppy.sh/oauth/token", {
 *   method: "POST",
 *   headers: { "content-type": "application/x-www-form-urlencoded" },
 *   body: new URLSearchParams({
 *     client_id: String(clientId), client_secret: clientSecret,
 *     grant_type: "client_credentials", scope: "public",
 *   }),
 * });
 * const { access_token } = await tokenResponse.json();
 * const user = await emulator.fetch("https://osu.ppy.sh/api/v2/users/2", {
 *   headers: { authorization: `Bearer ${access_token}` },
 * });
 * assertEquals((await user.json()).username, "peppy");
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const clock: Clock = options.clock ?? systemClock;
  const app: OAuthClient = {
    id: 31337,
    secret: "emulator-client-secret-0000000000000000000",
    redirectUri: options.redirectUri ?? "http://localhost:8080/callback",
    name: "osu-ts test app",
    ownerId: PLAYER_ID,
    passwordClient: false,
  };
  const botApp: OAuthClient = {
    id: 31338,
    secret: "emulator-bot-secret-00000000000000000000000",
    redirectUri: "http://localhost:8080/bot/callback",
    name: "osu-ts test bot",
    ownerId: BOT_ID,
    passwordClient: false,
  };
  const state: EmulatorState = {
    clock,
    tokenLifetime: options.tokenLifetime ?? 86_400,
    limit: options.rateLimit?.limit ?? 1200,
    windowMs: options.rateLimit?.windowMs ?? 60_000,
    requireApiVersion: options.requireApiVersion ?? false,
    clients: new Map([[app.id, app], [botApp.id, botApp], [LAZER.id, LAZER]]),
    tokens: new Map(),
    refreshTokens: new Map(),
    codes: new Map(),
    pending: new Map(),
    buckets: new Map(),
    data: buildData(),
    log: [],
    playerId: PLAYER_ID,
    playerPassword: "emulator-password",
    nextId: 9_000_000_000,
  };
  const hub = state.hub = new NotificationHub(state);

  async function handler(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const entry: { -readonly [K in keyof LoggedRequest]?: LoggedRequest[K] } = {
      method: request.method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ""),
    };
    const response = await dispatch(state, request, url, entry);
    state.log.push({ ...entry, status: response.status } as LoggedRequest);
    return response;
  }

  const credentials = (client: OAuthClient) =>
    Object.freeze({
      clientId: client.id,
      clientSecret: client.secret,
      redirectUri: client.redirectUri,
    });

  const emulator: Emulator = {
    fetch:
      ((input: RequestInfo | URL, init?: RequestInit) =>
        handler(new Request(input, init))) as typeof fetch,
    handler,
    webSocket: (url, init) =>
      openInProcess(hub, acceptAll, url, init.headers.authorization ?? null),
    realtime: {
      get connections() {
        return [...hub.connections].map(({ userId, tokenId, chat }) => ({ userId, tokenId, chat }));
      },
      accept: (request, upgradeWebSocket) =>
        acceptServed(hub, acceptAll, request, upgradeWebSocket),
      drop: (dropOptions = {}) =>
        hub.drop((c) => dropOptions.userId === undefined || c.userId === dropOptions.userId),
      logout: (userId) => hub.logout(userId),
      notify: (userId, notification) => hub.notify(userId, notification),
    },
    credentials: credentials(app),
    botCredentials: credentials(botApp),
    player: Object.freeze({ id: PLAYER_ID, username: "EmuPlayer", password: state.playerPassword }),
    lazer: Object.freeze({ clientId: LAZER.id, clientSecret: LAZER.secret }),
    get requests() {
      return state.log;
    },
    data: state.data,
    approve(authorizeUrl, approveOptions = {}) {
      const { userId } = approveOptions;
      if (userId !== undefined && !state.data.users.some((user) => user.id === userId)) {
        return Promise.reject(new Error(`No user ${userId} in the emulator's data to log in as`));
      }
      const url = new URL(authorizeUrl);
      const result = readAuthorizeRequest(state, url.searchParams);
      if (!result.ok) {
        return result.response.text().then((text) => {
          throw new Error(
            `The authorize request was refused (${result.response.status}): ${text.slice(0, 300)}`,
          );
        });
      }
      return Promise.resolve(
        completeAuthorization(
          state,
          result.pending.id,
          !approveOptions.deny,
          userId,
        )!,
      );
    },
    revokeAllTokens() {
      for (const token of state.tokens.values()) {
        token.revoked = true;
        token.refreshRevoked = true;
      }
    },
    clearLog() {
      state.log.length = 0;
    },
  };
  HUBS.set(emulator, hub);
  return emulator;
}

type LogEntry = { -readonly [K in keyof LoggedRequest]?: LoggedRequest[K] };

async function dispatch(
  state: EmulatorState,
  request: Request,
  url: URL,
  entry: LogEntry,
): Promise<Response> {
  const path = url.pathname;
  if (path === "/oauth/token" && request.method === "POST") {
    const { fields, raw } = await readBody(request);
    entry.body = redactBody(raw, fields);
    const outcome = await issueToken(state, fields, request.headers);
    if (outcome.grant) entry.grant = outcome.grant;
    if (outcome.tokenId) entry.tokenId = outcome.tokenId;
    return outcome.response;
  }
  if (path === "/oauth/authorize") {
    if (request.method === "GET") return showAuthorizePage(state, url.searchParams);
    if (request.method === "POST" || request.method === "DELETE") {
      const { fields, raw } = await readBody(request);
      entry.body = raw;
      const flat: Record<string, string | undefined> = {};
      for (const [key, value] of Object.entries(fields)) {
        flat[key] = typeof value === "string" ? value : undefined;
      }
      return submitAuthorizeForm(state, flat, request.method);
    }
  }
  if (!path.startsWith("/api/v2/")) return apiError(404, null);
  return await dispatchApi(state, request, url, entry);
}

async function dispatchApi(
  state: EmulatorState,
  request: Request,
  url: URL,
  entry: LogEntry,
): Promise<Response> {
  const routed = route(request.method, url.pathname.slice("/api/v2/".length));
  if (routed.kind === "none") return apiError(404, null);
  if (routed.kind === "method") return apiError(405, null);
  const { endpoint, params } = routed.match;
  entry.endpoint = endpoint.name;
  const versionHeader = request.headers.get("x-api-version");
  if (state.requireApiVersion && !versionHeader) {
    return apiError(400, "The emulator requires an x-api-version header (requireApiVersion is on)");
  }
  // AuthApi: a bad token fails before anything else; no token fails unless the route needs none
  const token = bearerToken(state, request.headers.get("authorization"));
  if (token === null) return unauthenticated();
  if (token) {
    entry.tokenId = token.id;
    entry.grant = token.grant;
  } else if (!(endpoint.scope === "none" && endpoint.method === "GET")) {
    return unauthenticated();
  }
  // ThrottleRequests: refuse when full; count after the action, with its cost
  const key = token ? `token:${token.id}` : "ip:local";
  const throttles: Throttle[] = [{ key, limit: state.limit }];
  if (endpoint.bucket === "replay") throttles.push({ key: `replay:${key}`, limit: REPLAY_LIMIT });
  for (const throttle of throttles) {
    const refused = tooManyAttempts(state, throttle);
    if (refused) return refused;
  }
  let cost = 1;
  let response: Response;
  const auth = checkAuth(state, endpoint, request);
  if (!auth.ok) {
    response = auth.response;
  } else {
    const { fields, raw } = request.method === "GET" || request.method === "HEAD"
      ? { fields: {} as JsonObject, raw: "" }
      : await readBody(request);
    if (raw) entry.body = raw;
    const handle = ROUTES[endpoint.name];
    response = handle
      ? await handle({
        state,
        request,
        url,
        params,
        query: url.searchParams,
        queryFields: queryObject(url.searchParams),
        body: fields,
        ...(auth.caller.token ? { token: auth.caller.token } : {}),
        ...(auth.caller.userId !== undefined ? { userId: auth.caller.userId } : {}),
        apiVersion: Number(versionHeader ?? 0) || 0,
        setCost: (n) => cost = n,
      })
      : apiError(501, `The emulator does not implement ${endpoint.name} yet`);
  }
  for (const throttle of throttles) hit(state, throttle, cost, response);
  return response;
}
