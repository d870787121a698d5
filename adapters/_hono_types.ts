/**
 * The public types of the Hono adapter; `hono.ts` re-exports them.
 *
 * @module
 */
import type { Context, MiddlewareHandler } from "hono";
import type { Client, ClientOptions, Clock, FetchFunction, Scope, TokenStore } from "../mod.ts";
import type { SessionStore } from "./session_store.ts";

/**
 * Hono's `MiddlewareHandler`, which {@linkcode OsuAuth} and its `requireLogin` are. Hono documents
 * it; `@ignore` keeps the docs lint from asking this package to re-export Hono's types.
 *
 * @ignore
 */
type HonoMiddleware<E extends OsuAuthEnv> = MiddlewareHandler<E>;

/**
 * Hono's `Context`, which {@linkcode OsuAuthOptionsFunction} is given. Hono documents it.
 *
 * @ignore
 */
type HonoContext<E extends OsuAuthEnv> = Context<E>;

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
  /**
   * `POST`: ends this session (other devices keep theirs); on the user's last session it also
   * revokes the token. Refused (403) from another origin.
   */
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
 *   secret: crypto.randomUUID() + crypto.randomUUID(), // in an app: from a secret
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
  /**
   * Where users' tokens are kept, one per osu! user, shared by all their sessions.
   * @default {new MemoryTokenStore()}
   */
  readonly tokenStore?: TokenStore;
  /**
   * Where sessions are kept (one per login on one device), and each user's rate-limit budget:
   * `KvSessionStore` (`@osu-ts/api/kv`) or `DurableObjectSessionStore`
   * (`@osu-ts/api/durable-objects`) for a fleet. Required with a `tokenStore` other than
   * `MemoryTokenStore`, so sessions live where the tokens do. @default {new MemorySessionStore()}
   */
  readonly sessionStore?: SessionStore;
  /**
   * Trust the first `X-Forwarded-Proto` value for the request's scheme: set it behind a proxy
   * that terminates TLS and forwards plain HTTP to `localhost`, so cookies stay `Secure` (and
   * `__Host-`). Only when the proxy sets the header itself. @default {false}
   */
  readonly trustForwardedProto?: boolean;
  /**
   * Told of errors the adapter recovers from: a store it cannot read (a token sealed under
   * another key: the user is treated as logged out), a failed revoke at logout, osu! failing
   * during a login. Never given a token or secret. A hook that throws is ignored.
   */
  readonly onError?: (event: OsuAuthErrorEvent) => void;
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
  /** The clock of cookies, sessions, per-user budgets and users' clients. @default {systemClock} */
  readonly clock?: Clock;
  /**
   * Options of each user's `Client`. By default each user has a rate-limit budget of their own
   * (osu! throttles per token) of `limitPerMinute` (60) requests a minute, `requestWaitTime` (0)
   * seconds apart, kept by the `sessionStore` (in memory, in KV, in the Durable Object). A
   * `rateLimiter` given here is one budget shared by every user instead. `maxWait` (how long a
   * call may wait for its budget before a `RateLimitError`) is 10 s here, so a page fails fast
   * rather than hang; `clock` is `osuAuth`'s.
   */
  readonly client?: Omit<ClientOptions, "fetch" | "baseUrl" | "tokenStore">;
}

/**
 * What {@linkcode OsuAuthOptions.onError} is told.
 *
 * @example Log what the adapter recovered from
 * ```ts
 * import type { OsuAuthErrorEvent } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * const seen: string[] = [];
 * const onError = (event: OsuAuthErrorEvent) => seen.push(event.stage);
 * onError({ stage: "read-token", error: new Error("Wrong key") });
 * assertEquals(seen, ["read-token"]);
 * ```
 */
export interface OsuAuthErrorEvent {
  /**
   * Where it happened: reading the session or the user's token (the request goes on as logged
   * out), the logout (the session ends anyway), or the callback (the login fails).
   */
  readonly stage: "read-session" | "read-token" | "logout" | "callback";
  /** The error (a `TokenDecryptionError` for a token sealed under another key). */
  readonly error: unknown;
}

/**
 * The options of {@linkcode osuAuth} as a function of the request's context, for platforms where
 * secrets and bindings exist only per request (Cloudflare Workers: `c.env`). It is called on
 * every request; what the middleware builds from the result is cached by the values it depends
 * on (the cookie signer by `secret`, the default token and session stores by `clientId` and
 * `baseUrl`).
 *
 * @typeParam E the app's Hono environment
 *
 * @example Options from Workers bindings
 * ```ts
 * import type { OsuAuthEnv, OsuAuthOptionsFunction } from "@osu-ts/api/hono";
 * import { assertEquals } from "@std/assert";
 *
 * type Env = OsuAuthEnv & { Bindings: { OSU_CLIENT_ID: string; OSU_CLIENT_SECRET: string; SESSION_SECRET: string } };
 * const options: OsuAuthOptionsFunction<Env> = (c) => ({
 *   clientId: c.env.OSU_CLIENT_ID,
 *   clientSecret: c.env.OSU_CLIENT_SECRET,
 *   redirectUri: new URL("/callback", c.req.url).href,
 *   secret: c.env.SESSION_SECRET,
 * });
 * assertEquals(typeof options, "function");
 * ```
 */
export type OsuAuthOptionsFunction<E extends OsuAuthEnv = OsuAuthEnv> = (
  c: HonoContext<E>,
) => OsuAuthOptions | Promise<OsuAuthOptions>;

/**
 * What {@linkcode osuAuth} returns: the middleware, plus a guard and the routes. `E` is the
 * app's Hono environment (add your `Bindings`; its `Variables` must include
 * {@linkcode OsuAuthVariables}).
 *
 * @example Link to the routes
 * ```ts
 * import { osuAuth } from "@osu-ts/api/hono";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const auth = osuAuth({ ...osu.credentials, secret: crypto.randomUUID() + crypto.randomUUID() });
 * assertEquals(auth.paths, { login: "/auth/login", callback: "/callback", logout: "/auth/logout" });
 * ```
 */
export interface OsuAuth<E extends OsuAuthEnv = OsuAuthEnv> extends HonoMiddleware<E> {
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
   * const secret = crypto.randomUUID() + crypto.randomUUID();
   * const auth = osuAuth({ ...osu.credentials, secret, fetch: osu.fetch });
   * const app = new Hono<OsuAuthEnv>().use(auth);
   * app.get("/me", auth.requireLogin, (c) => c.text(c.get("osuUser")!.username));
   * const response = await app.request("/me");
   * assertEquals(response.headers.get("location"), "/auth/login?next=%2Fme");
   * ```
   */
  readonly requireLogin: HonoMiddleware<E>;
  /**
   * The routes, for links and forms. With options given as a function, the routes of the latest
   * request's options (before the first request: the default routes, callback `/callback`).
   */
  readonly paths: OsuAuthPaths;
}
