/**
 * "Log in with osu!" for [Hono](https://hono.dev): one middleware that mounts the login, callback
 * and logout routes and gives every later request a {@linkcode Client} for the logged-in user.
 *
 * The login binds a random `state` to the browser with a signed, HttpOnly, `SameSite=Lax`
 * cookie (and `Secure`, except on plain-HTTP localhost) and uses PKCE (S256). The callback checks
 * the state in constant time, accepts each state once, exchanges the code, keeps the user's
 * tokens in the `TokenStore` under the user's id (so the Deno KV and Durable Object stores work
 * too) and sets a signed session cookie that holds no token. Web-standard only: the same code
 * runs on Deno, Cloudflare Workers and Bun.
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
 * app.use(osuAuth({ ...osu.credentials, secret: "a secret of at least 32 characters!", fetch: osu.fetch }));
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
  type Clock,
  type FetchFunction,
  InvalidArgumentError,
  MemoryRateLimiter,
  MemoryTokenStore,
  Scope,
  systemClock,
  type TokenStore,
} from "../mod.ts";
import { CookieSigner, needsSecure, readCookie, serializeCookie } from "./_cookies.ts";
import { checkState, localPath, type LoginState, STATE_COOKIE } from "./_hono_state.ts";
import type { StateProblem } from "./_hono_state.ts";
import { readSession, type Session, SESSION_COOKIE } from "./_hono_session.ts";
import { UserAuthHandler, userTokenKey } from "./_hono_user_auth.ts";
import { loginErrorPage } from "./_hono_pages.ts";

/**
 * The logged-in osu! user, as `c.get("osuUser")` gives it.
 *
 * @example
 * ```ts
 * import type { OsuUser } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const user: OsuUser = { id: 2, username: "peppy" };
 * assertEquals(user.username, "peppy");
 * ```
 */
export interface OsuUser {
  /** The osu! user id. */
  readonly id: number;
  /** The osu! username when they logged in. */
  readonly username: string;
}

/**
 * The Hono variables {@linkcode osuAuth} sets on every request: both `undefined` when nobody is
 * logged in.
 *
 * @example
 * ```ts
 * import type { OsuAuthVariables } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const anonymous: OsuAuthVariables = { osu: undefined, osuUser: undefined };
 * assertEquals(anonymous.osuUser, undefined);
 * ```
 */
export interface OsuAuthVariables {
  /** A client acting for the logged-in user (their token, refreshed as needed). */
  osu: Client | undefined;
  /** Who is logged in. */
  osuUser: OsuUser | undefined;
}

/**
 * The Hono environment of an app using {@linkcode osuAuth}: `new Hono<OsuAuthEnv>()`.
 *
 * @example
 * ```ts
 * import { Hono } from "hono";
 * import type { OsuAuthEnv } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const app = new Hono<OsuAuthEnv>();
 * app.get("/", (c) => c.text(String(c.get("osuUser")?.id ?? "nobody")));
 * assertEquals(await (await app.request("/")).text(), "nobody");
 * ```
 */
export type OsuAuthEnv = { Variables: OsuAuthVariables };

/**
 * The routes {@linkcode osuAuth} answers itself.
 *
 * @example
 * ```ts
 * import type { OsuAuthPaths } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const paths: OsuAuthPaths = { login: "/login", callback: "/callback", logout: "/logout" };
 * assertEquals(paths.login, "/login");
 * ```
 */
export interface OsuAuthPaths {
  /** `GET`: redirects to osu!'s authorize page; `?next=/path` says where to come back to. */
  readonly login: string;
  /** `GET`: where osu! sends the user back (the path of `redirectUri`). */
  readonly callback: string;
  /** `POST`: revokes the token and ends the session. */
  readonly logout: string;
}

/**
 * Options of {@linkcode osuAuth}.
 *
 * @example
 * ```ts
 * import type { OsuAuthOptions } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const options: OsuAuthOptions = {
 *   clientId: 1234,
 *   clientSecret: "from osu! account settings",
 *   redirectUri: "http://localhost:8080/auth/callback",
 *   secret: "a secret of at least 32 characters!",
 * };
 * assertEquals(options.paths, undefined);
 * ```
 */
export interface OsuAuthOptions {
  /** The application's client id (osu! account settings → OAuth). */
  readonly clientId: number | string;
  /** The application's client secret. */
  readonly clientSecret: string;
  /** The callback URL registered for the application; its path is the callback route. */
  readonly redirectUri: string;
  /** Signs the cookies (HMAC-SHA256): at least 32 random characters, kept secret. */
  readonly secret: string;
  /** The scopes to ask for (`identify` is always added). @default {Scope.identify()} */
  readonly scope?: Scope;
  /** Where users' tokens are kept, keyed by osu! user id. @default {new MemoryTokenStore()} */
  readonly tokenStore?: TokenStore;
  /** The osu! host. @default {"https://osu.ppy.sh"} */
  readonly baseUrl?: string;
  /** Sends the requests to osu! (the emulator's `fetch` in tests). @default {globalThis.fetch} */
  readonly fetch?: FetchFunction;
  /** The routes. @default {{ login: "/auth/login", callback: <path of redirectUri>, logout: "/auth/logout" }} */
  readonly paths?: Partial<OsuAuthPaths>;
  /** Where to go after logging in, when the login had no `next`. @default {"/"} */
  readonly afterLogin?: string;
  /** Where to go after logging out. @default {"/"} */
  readonly afterLogout?: string;
  /** How long a session lasts, in milliseconds. @default {604800000} (7 days) */
  readonly sessionTtl?: number;
  /** How long a login may take on osu!'s page, in milliseconds. @default {600000} (10 minutes) */
  readonly stateTtl?: number;
  /** The clock of cookie expiry. @default {systemClock} */
  readonly clock?: Clock;
  /**
   * Options of each user's `Client`. The default rate limiter is one shared by all users of
   * this middleware: 60 requests a minute, no gap between requests.
   */
  readonly client?: Omit<ClientOptions, "fetch" | "baseUrl" | "tokenStore">;
}

/** What {@linkcode osuAuth} returns: the middleware, plus a guard and the routes. */
export interface OsuAuth extends MiddlewareHandler<OsuAuthEnv> {
  /**
   * A guard for routes that need a logged-in user: sends others to the login page (`GET`) or
   * answers 401.
   *
   * @example
   * ```ts
   * import { Hono } from "hono";
   * import { osuAuth, type OsuAuthEnv } from "@osu-ts/api/hono";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const auth = osuAuth({ ...osu.credentials, secret: "a secret of at least 32 characters!", fetch: osu.fetch });
   * const app = new Hono<OsuAuthEnv>().use(auth);
   * app.get("/me", auth.requireLogin, (c) => c.text(c.get("osuUser")!.username));
   * const response = await app.request("/me");
   * assertEquals(response.headers.get("location"), "/auth/login?next=%2Fme");
   * ```
   */
  readonly requireLogin: MiddlewareHandler<OsuAuthEnv>;
  /** The routes, for links and forms. */
  readonly paths: OsuAuthPaths;
}

/**
 * Creates the "log in with osu!" middleware. Mount it before your routes: it answers the login,
 * callback and logout routes, and sets `c.get("osu")` (a {@linkcode Client} for the user) and
 * `c.get("osuUser")` on every other request.
 *
 * @param options the application's credentials, the cookie secret, and optional store, paths,
 * host, fetch, lifetimes and client options
 * @returns the middleware, with `requireLogin` and `paths`
 * @throws {InvalidArgumentError} when the secret is shorter than 32 characters or an option is
 * missing
 *
 * @example Anonymous requests see no user, and login redirects to osu! with PKCE
 * ```ts
 * import { Hono } from "hono";
 * import { osuAuth, type OsuAuthEnv } from "@osu-ts/api/hono";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const auth = osuAuth({ ...osu.credentials, secret: "a secret of at least 32 characters!", fetch: osu.fetch });
 * const app = new Hono<OsuAuthEnv>().use(auth);
 * app.get("/", (c) => c.text(c.get("osuUser") ? "in" : "out"));
 * assertEquals(await (await app.request("/")).text(), "out");
 * const login = await app.request(auth.paths.login);
 * const target = new URL(login.headers.get("location")!);
 * assertEquals(target.searchParams.get("code_challenge_method"), "S256");
 * ```
 */
export function osuAuth(options: OsuAuthOptions): OsuAuth {
  if (typeof options.secret !== "string" || options.secret.length < 32) {
    throw new InvalidArgumentError(
      "osuAuth needs a secret of at least 32 characters to sign its cookies, e.g. from crypto.randomUUID() twice",
    );
  }
  if (!options.redirectUri) {
    throw new InvalidArgumentError("osuAuth needs the redirectUri registered for the application");
  }
  const paths: OsuAuthPaths = {
    login: options.paths?.login ?? "/auth/login",
    callback: options.paths?.callback ?? new URL(options.redirectUri).pathname,
    logout: options.paths?.logout ?? "/auth/logout",
  };
  const store = options.tokenStore ?? new MemoryTokenStore();
  const clock = options.clock ?? systemClock;
  const signer = new CookieSigner(options.secret);
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
  const clientOptions: ClientOptions = {
    ...options.client,
    rateLimiter: options.client?.rateLimiter ?? new MemoryRateLimiter({ requestWaitTime: 0 }),
    fetch: options.fetch,
    baseUrl: options.baseUrl,
  };
  const authorizer = new AuthHandler(app);
  const userAuth = (id: number) =>
    new UserAuthHandler({ ...app, tokenStore: store, tokenKey: userTokenKey(app.clientId, id) });

  const cookie = (c: Context, name: string, value: string, path: string, ttl: number) =>
    serializeCookie(name, value, {
      path,
      maxAge: Math.ceil(ttl / 1000),
      secure: needsSecure(new URL(c.req.url)),
    });

  const fail = (c: Context, status: 400 | 403 | 502, title: string, message: string) => {
    c.header("cache-control", "no-store");
    return c.html(loginErrorPage(title, message, paths.login), status);
  };

  async function login(c: Context): Promise<Response> {
    const { url, state, codeVerifier } = await authorizer.getAuthUrl({ pkce: true });
    const value: LoginState = {
      state,
      verifier: codeVerifier ?? "",
      next: localPath(c.req.query("next"), options.afterLogin ?? "/"),
      expiresAt: clock.now() + stateTtl,
    };
    c.header("cache-control", "no-store");
    c.header(
      "set-cookie",
      cookie(c, STATE_COOKIE, await signer.sign(STATE_COOKIE, value), paths.callback, stateTtl),
    );
    return c.redirect(url, 302);
  }

  async function callback(c: Context): Promise<Response> {
    const now = clock.now();
    const check = await checkState({
      cookie: readCookie(c.req.header("cookie"), STATE_COOKIE),
      state: c.req.query("state"),
      signer,
      now,
    });
    c.header("set-cookie", cookie(c, STATE_COOKIE, "", paths.callback, 0));
    if (!check.ok) return fail(c, 400, "Login failed", STATE_MESSAGES[check.problem]);
    const { login } = check;
    const lease = await store.acquireLease(
      `osu-ts:hono:state:${login.state}`,
      login.expiresAt - now,
    );
    if (!lease) {
      return fail(c, 400, "Login failed", "This login link was already used. Log in again.");
    }
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
      return fail(c, 502, "Login failed", "osu! could not be reached. Try again in a moment.");
    }
    const session: Session = { ...user, expiresAt: now + sessionTtl };
    c.header(
      "set-cookie",
      cookie(c, SESSION_COOKIE, await signer.sign(SESSION_COOKIE, session), "/", sessionTtl),
      { append: true },
    );
    c.header("cache-control", "no-store");
    return c.redirect(login.next, 302);
  }

  /** Exchanges the code in a private store, learns who it is, then files the tokens under them. */
  async function exchange(code: string, verifier: string): Promise<OsuUser> {
    const scratch = new MemoryTokenStore();
    const auth = new AuthHandler({ ...app, tokenStore: scratch, tokenKey: "login" });
    await auth.getAuthToken(code, { codeVerifier: verifier || undefined });
    const me = await new Client(auth, clientOptions).getOwnData();
    const record = await scratch.get("login");
    if (!record) throw new Error("The token was not kept");
    await store.set(userTokenKey(app.clientId, me.id), record);
    return { id: me.id, username: me.username };
  }

  async function logout(c: Context, session: Session | undefined): Promise<Response> {
    if (session) await userAuth(session.id).revoke().catch(() => {});
    c.header("set-cookie", cookie(c, SESSION_COOKIE, "", "/", 0));
    return c.redirect(options.afterLogout ?? "/", 303);
  }

  const middleware: MiddlewareHandler<OsuAuthEnv> = async (c, next) => {
    const { path, method } = c.req;
    if (method === "GET" && path === paths.login) return await login(c);
    if (method === "GET" && path === paths.callback) return await callback(c);
    const raw = readCookie(c.req.header("cookie"), SESSION_COOKIE);
    let session = await readSession(signer, raw, clock.now());
    if (session && !(await store.get(userTokenKey(app.clientId, session.id)))) {
      session = undefined; // logged out elsewhere, or the refresh token was rejected
    }
    if (method === "POST" && path === paths.logout) return await logout(c, session);
    c.set("osuUser", session ? { id: session.id, username: session.username } : undefined);
    c.set("osu", session ? new Client(userAuth(session.id), clientOptions) : undefined);
    await next();
    if (raw && !session) {
      c.res.headers.append("set-cookie", cookie(c, SESSION_COOKIE, "", "/", 0));
    }
    return undefined;
  };

  const requireLogin: MiddlewareHandler<OsuAuthEnv> = async (c, next) => {
    if (c.get("osuUser")) return await next();
    if (c.req.method !== "GET") return c.text("Log in with osu! first", 401);
    const url = new URL(c.req.url);
    return c.redirect(`${paths.login}?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
  };

  return Object.assign(middleware, { requireLogin, paths });
}

const STATE_MESSAGES: Record<StateProblem, string> = {
  missing_cookie:
    "This browser has no login in progress (it expired, or cookies are blocked). Log in again.",
  missing_state: "osu! sent no state with the callback. Log in again.",
  forged_state: "The login cookie is not valid: it was altered or signed with another secret.",
  expired_state: "The login took too long. Log in again.",
  state_mismatch: "The state does not match this browser's login: the link may be forged.",
};
