/**
 * "Log in with osu!" for [Hono](https://hono.dev): one middleware that mounts the login, callback
 * and logout routes and gives every later request a {@linkcode Client} for the logged-in user.
 *
 * The login binds a random `state` to the browser with a signed, HttpOnly, `SameSite=Lax`
 * cookie (`Secure` and `__Host-` prefixed, except on plain-HTTP localhost) and uses PKCE (S256).
 * The callback checks the state in constant time, accepts each state once, exchanges the code,
 * keeps the user's tokens in the `TokenStore` under the user's id (one token per user, shared by
 * their devices), creates a session in the {@linkcode SessionStore} and sets a cookie holding
 * only the session's signed random id. Logout ends that one session. Each user has a rate-limit
 * budget of their own. Web-standard only: the same code runs on Deno, Cloudflare Workers and Bun.
 *
 * @example Log in against the emulator
 * ```ts
 * import { Hono } from "hono";
 * import { osuAuth, type OsuAuthEnv } from "@osu-ts/api/hono";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const app = new Hono<OsuAuthEnv>();
 * const secret = crypto.randomUUID() + crypto.randomUUID(); // in an app: from a secret
 * app.use(osuAuth({ ...osu.credentials, secret, fetch: osu.fetch }));
 * app.get("/", (c) => c.text(c.get("osuUser")?.username ?? "anonymous"));
 *
 * const login = await app.request("http://localhost/auth/login");
 * const stateCookie = login.headers.get("set-cookie")!.split(";")[0];
 * const callback = await osu.approve(login.headers.get("location")!);
 * const done = await app.request(callback.pathname + callback.search, {
 *   headers: { cookie: stateCookie },
 * });
 * const session = done.headers.getSetCookie().find((c) => c.startsWith("osu_session="))!.split(";")[0];
 * const home = await app.request("http://localhost/", { headers: { cookie: session } });
 * assertEquals(await home.text(), osu.player.username);
 * ```
 *
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import {
  AuthError,
  AuthHandler,
  Client,
  type ClientOptions,
  InvalidArgumentError,
  type Lease,
  MalformedResponseError,
  MemoryRateLimiter,
  MemoryTokenStore,
  Scope,
  systemClock,
} from "../mod.ts";
import { readCookie, serializeCookie } from "./_cookies.ts";
import { checkState, type LoginState, STATE_COOKIE } from "./_hono_state.ts";
import { cookieNames, fromSameOrigin, nextPath, publicUrl } from "./_hono_request.ts";
import type { StateProblem } from "./_hono_state.ts";
import { newSessionId, readSessionId, SESSION_COOKIE, sessionKey } from "./_hono_session.ts";
import { type CurrentSession, currentSession } from "./_hono_current_session.ts";
import type { UserRateLimit } from "./session_store.ts";
import { userAuthHandler, userTokenKey } from "./_hono_user_auth.ts";
import { loginErrorPage } from "./_hono_pages.ts";
import { checkSecret } from "./_hono_secret.ts";

export type {
  OsuAuth,
  OsuAuthEnv,
  OsuAuthErrorEvent,
  OsuAuthOptions,
  OsuAuthOptionsFunction,
  OsuAuthPaths,
  OsuAuthVariables,
  OsuUser,
} from "./_hono_types.ts";
import type {
  OsuAuth,
  OsuAuthEnv,
  OsuAuthErrorEvent,
  OsuAuthOptions,
  OsuAuthOptionsFunction,
  OsuAuthPaths,
  OsuUser,
} from "./_hono_types.ts";
import { perRequestAuth, SharedAuthState } from "./_hono_options.ts";
export {
  MemorySessionStore,
  type MemorySessionStoreOptions,
  type SessionRecord,
  type SessionStore,
  type UserRateLimit,
} from "./session_store.ts";

/**
 * Creates the "log in with osu!" middleware. Mount it before your routes: it answers the login,
 * callback and logout routes, and sets `c.get("osu")` (a {@linkcode Client} for the user) and
 * `c.get("osuUser")` on every other request.
 *
 * @typeParam E the app's Hono environment, when it has more than {@linkcode OsuAuthEnv} (e.g.
 * Workers `Bindings`)
 * @param options the application's credentials, the cookie secret, and optional store, paths,
 * host, fetch, lifetimes and client options; or a function of the request's context that returns
 * them (bindings and secrets on Cloudflare Workers), called on every request
 * @returns the middleware, with `requireLogin` and `paths`
 * @throws {InvalidArgumentError} when the secret is weak (shorter than 32 characters, too
 * regular, a placeholder or a value shown in the docs) or an option is missing
 *
 * @example Anonymous requests see no user, and login redirects to osu! with PKCE
 * ```ts
 * import { Hono } from "hono";
 * import { osuAuth, type OsuAuthEnv } from "@osu-ts/api/hono";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const secret = crypto.randomUUID() + crypto.randomUUID(); // in an app: from a secret
 * const auth = osuAuth({ ...osu.credentials, secret, fetch: osu.fetch });
 * const app = new Hono<OsuAuthEnv>().use(auth);
 * app.get("/", (c) => c.text(c.get("osuUser") ? "in" : "out"));
 * assertEquals(await (await app.request("/")).text(), "out");
 * const login = await app.request(auth.paths.login);
 * const target = new URL(login.headers.get("location")!);
 * assertEquals(target.searchParams.get("code_challenge_method"), "S256");
 * ```
 *
 * @example Options from the request's bindings, made once at module scope (Cloudflare Workers)
 * ```ts
 * import { Hono } from "hono";
 * import { osuAuth, type OsuAuthVariables } from "@osu-ts/api/hono";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * type Bindings = { OSU_CLIENT_ID: string; OSU_CLIENT_SECRET: string; SESSION_SECRET: string };
 * type AppEnv = { Bindings: Bindings; Variables: OsuAuthVariables };
 * const osu = createEmulator();
 * const auth = osuAuth<AppEnv>((c) => ({
 *   clientId: c.env.OSU_CLIENT_ID,
 *   clientSecret: c.env.OSU_CLIENT_SECRET,
 *   redirectUri: osu.credentials.redirectUri,
 *   secret: c.env.SESSION_SECRET,
 *   fetch: osu.fetch,
 * }));
 * const app = new Hono<AppEnv>().use(auth);
 * const env: Bindings = {
 *   OSU_CLIENT_ID: String(osu.credentials.clientId),
 *   OSU_CLIENT_SECRET: osu.credentials.clientSecret,
 *   SESSION_SECRET: crypto.randomUUID() + crypto.randomUUID(), // a secret of the Worker
 * };
 * const login = await app.request("/auth/login", {}, env);
 * assertEquals(new URL(login.headers.get("location")!).searchParams.get("client_id"), "31337");
 * ```
 */
export function osuAuth<E extends OsuAuthEnv = OsuAuthEnv>(
  options: OsuAuthOptions | OsuAuthOptionsFunction<E>,
): OsuAuth<E> {
  const shared = new SharedAuthState();
  if (typeof options !== "function") return buildAuth<E>(options, shared);
  return perRequestAuth(options, (resolved) => buildAuth<E>(resolved, shared));
}

/** The middleware of one set of options; `shared` keeps what outlives it. */
function buildAuth<E extends OsuAuthEnv>(
  options: OsuAuthOptions,
  shared: SharedAuthState,
): OsuAuth<E> {
  checkSecret(options.secret);
  if (!options.redirectUri) {
    throw new InvalidArgumentError("osuAuth needs the redirectUri registered for the application");
  }
  const paths: OsuAuthPaths = {
    login: options.paths?.login ?? "/auth/login",
    callback: options.paths?.callback ?? new URL(options.redirectUri).pathname,
    logout: options.paths?.logout ?? "/auth/logout",
  };
  if (
    options.tokenStore && !(options.tokenStore instanceof MemoryTokenStore) && !options.sessionStore
  ) {
    throw new InvalidArgumentError(
      "osuAuth keeps sessions in memory unless told otherwise: with a shared tokenStore, pass a " +
        "sessionStore in the same place (KvSessionStore, DurableObjectSessionStore)",
    );
  }
  const store = options.tokenStore ?? shared.defaultStore(options);
  const clock = options.clock ?? systemClock;
  const sessions = options.sessionStore ?? shared.defaultSessionStore(options, clock);
  const report = (event: OsuAuthErrorEvent) => {
    try {
      options.onError?.(event);
    } catch {
      // A hook must never break a request.
    }
  };
  const signer = shared.signer(options.secret);
  const sessionTtl = options.sessionTtl ?? 7 * 24 * 3_600_000;
  const stateTtl = options.stateTtl ?? 600_000;
  const scope = options.scope ?? Scope.identify();
  const app = {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: options.redirectUri,
    scope,
    fetch: options.fetch,
    baseUrl: options.baseUrl,
  };
  const budget: UserRateLimit = {
    requestWaitTime: options.client?.requestWaitTime ?? 0,
    limitPerMinute: options.client?.limitPerMinute ?? 60,
  };
  const localBudgets = shared.userRateLimiters(options, clock); // for a sessionStore keeping none
  /** The options of a user's client: their own budget (or the shared one), waits bounded. */
  const clientOptions = (userId: number | undefined): ClientOptions => {
    const limiter = options.client?.rateLimiter ??
      (userId === undefined
        ? new MemoryRateLimiter({ requestWaitTime: 0 }) // a login's first calls, on a new token
        : sessions.userRateLimiter?.(userId, budget) ?? localBudgets.get(userId, budget));
    return {
      maxWait: 10_000, // a page fails fast rather than hang on a spent budget
      clock,
      ...options.client,
      rateLimiter: limiter,
      fetch: options.fetch,
      baseUrl: options.baseUrl,
    };
  };
  const authorizer = new AuthHandler(app);
  const userAuth = (id: number) =>
    userAuthHandler({ ...app, tokenStore: store, tokenKey: userTokenKey(app.clientId, id) });

  const trustForwardedProto = options.trustForwardedProto ?? false;
  const siteOrigins = (c: Context) => [
    publicUrl(c.req.raw, trustForwardedProto).origin,
    new URL(options.redirectUri).origin,
  ];
  /** The cookie names of this request: `__Host-` prefixed when the cookies are `Secure`. */
  const names = (c: Context) => cookieNames(publicUrl(c.req.raw, trustForwardedProto));
  /** A `Set-Cookie` for one of the two cookies (`Path=/`, as `__Host-` requires). */
  const cookie = (c: Context, kind: "session" | "state", value: string, ttl: number) => {
    const { secure, ...name } = names(c);
    return serializeCookie(name[kind], value, { path: "/", maxAge: Math.ceil(ttl / 1000), secure });
  };

  const fail = (c: Context, status: 400 | 403 | 502 | 503, title: string, message: string) => {
    c.header("cache-control", "no-store");
    return c.html(loginErrorPage(title, message, paths.login), status);
  };

  async function login(c: Context): Promise<Response> {
    const next = nextPath(c.req.query("next"), options.afterLogin ?? "/");
    if (next === undefined) {
      return fail(c, 400, "Login failed", "The page to return to is not a valid address.");
    }
    const { url, state, codeVerifier } = await authorizer.getAuthUrl({ pkce: true });
    const value: LoginState = {
      state,
      verifier: codeVerifier ?? "",
      next,
      expiresAt: clock.now() + stateTtl,
    };
    c.header("cache-control", "no-store");
    c.header("set-cookie", cookie(c, "state", await signer.sign(STATE_COOKIE, value), stateTtl));
    return c.redirect(url, 302);
  }

  async function callback(c: Context): Promise<Response> {
    const now = clock.now();
    const check = await checkState({
      cookie: readCookie(c.req.header("cookie"), names(c).state),
      state: c.req.query("state"),
      signer,
      now,
    });
    c.header("set-cookie", cookie(c, "state", "", 0));
    if (!check.ok) return fail(c, 400, "Login failed", STATE_MESSAGES[check.problem]);
    const { login } = check;
    // One lease per state: a callback racing this one (or replayed later) is refused. It is
    // released on every path but success, where it stays until the state expires (and is then
    // swept), so anonymous login/callback pairs leave nothing behind.
    let lease: Lease | undefined;
    try {
      lease = await store.acquireLease(`osu-ts:hono:state:${login.state}`, login.expiresAt - now);
    } catch (error) {
      report({ stage: "callback", error });
      return fail(c, 503, "Login failed", "The login could not be checked. Try again in a moment.");
    }
    if (!lease) {
      return fail(c, 400, "Login failed", "This login link was already used. Log in again.");
    }
    let loggedIn = false;
    try {
      const response = await finishLogin(c, login, now);
      loggedIn = response.status === 302;
      return response;
    } finally {
      if (!loggedIn) await lease.release().catch((error) => report({ stage: "callback", error }));
    }
  }

  /** The rest of the callback, once the state is checked and leased: code → tokens → session. */
  async function finishLogin(c: Context, login: LoginState, now: number): Promise<Response> {
    const error = c.req.query("error");
    if (error === "access_denied") {
      return fail(c, 403, "Login cancelled", "You did not authorize this site on osu!.");
    }
    if (error) return fail(c, 400, "Login failed", `osu! refused the login (${error}).`);
    const code = c.req.query("code");
    if (!code) return fail(c, 400, "Login failed", "osu! sent no authorization code.");
    let user: OsuUser;
    try {
      user = await exchange(code, login.verifier);
    } catch (error) {
      if (error instanceof AuthError && error.status >= 400 && error.status < 500) {
        return fail(
          c,
          400,
          "Login failed",
          "osu! did not accept the authorization code: it is invalid, expired or already used.",
        );
      }
      report({ stage: "callback", error });
      return fail(c, 502, "Login failed", "osu! could not be reached. Try again in a moment.");
    }
    const id = newSessionId();
    try {
      // A login on a browser that had a session replaces it: the old one would outlive its
      // cookie and keep the user's token from being revoked at their last logout.
      const previous = await readSessionId(
        signer,
        readCookie(c.req.header("cookie"), names(c).session),
      );
      if (previous) await sessions.delete(await sessionKey(previous));
      await sessions.create(await sessionKey(id), {
        userId: user.id,
        username: user.username,
        expiresAt: now + sessionTtl,
      });
    } catch (error) {
      report({ stage: "callback", error });
      return fail(c, 503, "Login failed", "The session could not be saved. Try again in a moment.");
    }
    c.header(
      "set-cookie",
      cookie(c, "session", await signer.sign(SESSION_COOKIE, id), sessionTtl),
      { append: true },
    );
    c.header("cache-control", "no-store");
    return c.redirect(login.next, 302);
  }

  /** Exchanges the code in a private store, learns who it is, then files the tokens under them. */
  async function exchange(code: string, verifier: string): Promise<OsuUser> {
    const scratch = new MemoryTokenStore();
    const auth = new AuthHandler({ ...app, tokenStore: scratch, tokenKey: "login" });
    const client = new Client(auth, clientOptions(undefined)); // its limiter counts the exchange
    await auth.getAuthToken(code, { codeVerifier: verifier || undefined });
    const me = await client.getOwnData();
    if (!Number.isSafeInteger(me.id) || me.id <= 0) {
      throw new MalformedResponseError("osu! answered a user id that is not a whole number", {
        status: 200,
        endpoint: "getOwnData",
        excerpt: "",
      });
    }
    const record = await scratch.get("login");
    if (!record) throw new Error("The token was not kept");
    await store.set(userTokenKey(app.clientId, me.id), record);
    return { id: me.id, username: me.username };
  }

  /** Ends this session; on the user's last one, revokes their token too. */
  async function logout(c: Context, current: CurrentSession): Promise<Response> {
    if (current.kind === "in") {
      const { userId } = current.record;
      try {
        await sessions.delete(current.key);
        if (await sessions.countByUser(userId) === 0) {
          const auth = userAuth(userId);
          new Client(auth, clientOptions(userId)); // the revocation goes through the user's budget
          await auth.revoke().catch(async (error) => {
            report({ stage: "logout", error });
            await auth.forget();
          });
        }
      } catch (error) {
        report({ stage: "logout", error });
      }
    }
    c.header("set-cookie", cookie(c, "session", "", 0));
    return c.redirect(options.afterLogout ?? "/", 303);
  }

  const middleware: MiddlewareHandler<OsuAuthEnv> = async (c, next) => {
    const { path, method } = c.req;
    if (method === "GET" && path === paths.login) return await login(c);
    if (method === "GET" && path === paths.callback) return await callback(c);
    const raw = readCookie(c.req.header("cookie"), names(c).session);
    const current = await currentSession(raw, {
      signer,
      sessions,
      tokens: store,
      tokenKey: (userId) => userTokenKey(app.clientId, userId),
      report,
    });
    if (method === "POST" && path === paths.logout) {
      if (!fromSameOrigin(c.req.raw, siteOrigins(c))) {
        return fail(c, 403, "Logout refused", "The logout form was not sent from this site.");
      }
      return await logout(c, current);
    }
    const user = current.kind === "in"
      ? { id: current.record.userId, username: current.record.username }
      : undefined;
    c.set("osuUser", user);
    c.set("osu", user ? new Client(userAuth(user.id), clientOptions(user.id)) : undefined);
    await next();
    if (current.kind === "out" && current.clear) {
      const clear = cookie(c, "session", "", 0);
      try {
        c.res.headers.append("set-cookie", clear);
      } catch { // a response with immutable headers (e.g. straight from fetch)
        c.res = new Response(c.res.body, c.res);
        c.res.headers.append("set-cookie", clear);
      }
    }
    return undefined;
  };

  const requireLogin: MiddlewareHandler<OsuAuthEnv> = async (c, next) => {
    if (c.get("osuUser")) return await next();
    if (c.req.method !== "GET") return c.text("Log in with osu! first", 401);
    const url = new URL(c.req.url);
    return c.redirect(`${paths.login}?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
  };

  // The handlers only touch the variables of OsuAuthEnv, which every E has.
  return Object.assign(middleware, { requireLogin, paths }) as unknown as OsuAuth<E>;
}

const STATE_MESSAGES: Record<StateProblem, string> = {
  missing_cookie:
    "This browser has no login in progress (it expired, or cookies are blocked). Log in again.",
  missing_state: "osu! sent no state with the callback. Log in again.",
  forged_state: "The login cookie is not valid: it was altered or signed with another secret.",
  expired_state: "The login took too long. Log in again.",
  state_mismatch: "The state does not match this browser's login: the link may be forged.",
};
