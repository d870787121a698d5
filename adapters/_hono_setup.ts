/**
 * What `osuAuth` makes of one set of options: the checked settings, the stores, the cookie
 * helpers and each user's client options, shared by the routes (`_hono_login.ts`) and the
 * middleware (`hono.ts`). Private to `hono.ts`.
 *
 * @module
 */
import type { Context } from "hono";
import {
  AuthHandler,
  type AuthHandlerOptions,
  type ClientOptions,
  type Clock,
  InvalidArgumentError,
  MemoryRateLimiter,
  MemoryTokenStore,
  Scope,
  systemClock,
  type TokenStore,
} from "../mod.ts";
import type { CookieSigner } from "./_cookies.ts";
import { serializeCookie } from "./_cookies.ts";
import { type CookieNames, cookieNames, publicUrl } from "./_hono_request.ts";
import { loginErrorPage } from "./_hono_pages.ts";
import { checkSecret } from "./_hono_secret.ts";
import { userAuthHandler, userTokenKey } from "./_hono_user_auth.ts";
import type { SharedAuthState } from "./_hono_options.ts";
import type { SessionStore, UserRateLimit } from "./session_store.ts";
import type { OsuAuthErrorEvent, OsuAuthOptions, OsuAuthPaths } from "./_hono_types.ts";

/** The settings and helpers of one `osuAuth` middleware. */
export interface AuthSetup {
  /** The options as given. */
  readonly options: OsuAuthOptions;
  /** The routes. */
  readonly paths: OsuAuthPaths;
  /** The users' tokens. */
  readonly store: TokenStore;
  /** The sessions. */
  readonly sessions: SessionStore;
  /** The clock of cookies, sessions and budgets. */
  readonly clock: Clock;
  /** Signs the cookies. */
  readonly signer: CookieSigner;
  /** How long a session lasts (ms). */
  readonly sessionTtl: number;
  /** How long a login may take (ms). */
  readonly stateTtl: number;
  /** Makes the authorize URLs. */
  readonly authorizer: AuthHandler;
  /** The application: credentials, redirect URI, scope, host and fetch. */
  readonly app: AuthHandlerOptions;
  /** Tells `onError`, ignoring a hook that throws. */
  report(event: OsuAuthErrorEvent): void;
  /**
   * The options of a user's client: their own budget (or the shared one), waits bounded.
   *
   * @param userId the user, or `undefined` for a login's first calls (a new token's budget)
   */
  clientOptions(userId: number | undefined): ClientOptions;
  /** An auth handler for a user's stored token. */
  userAuth(userId: number): AuthHandler;
  /** The store key of a user's token. */
  tokenKey(userId: number): string;
  /** The cookie names of this request (`__Host-` prefixed when `Secure`). */
  names(c: Context): CookieNames;
  /** The origins a logout form may come from: the request's public one and `redirectUri`'s. */
  siteOrigins(c: Context): string[];
  /** A `Set-Cookie` for one of the two cookies (`Path=/`, as `__Host-` requires). */
  cookie(c: Context, kind: "session" | "state", value: string, ttl: number): string;
  /** An HTML page saying why, with a "Log in again" link. */
  fail(c: Context, status: 400 | 403 | 502 | 503, title: string, message: string): Response;
}

/**
 * Checks the options and builds what the routes share.
 *
 * @param options the options
 * @param shared what outlives one set of options (signers, default stores, budgets)
 * @returns the setup
 * @throws {InvalidArgumentError} on a weak secret, a missing `redirectUri`, or a shared
 * `tokenStore` without a `sessionStore`
 */
export function setUpAuth(options: OsuAuthOptions, shared: SharedAuthState): AuthSetup {
  checkSecret(options.secret);
  if (!options.redirectUri) {
    throw new InvalidArgumentError("osuAuth needs the redirectUri registered for the application");
  }
  const { tokenStore, sessionStore } = options;
  if (tokenStore && !(tokenStore instanceof MemoryTokenStore) && !sessionStore) {
    throw new InvalidArgumentError(
      "osuAuth keeps sessions in memory unless told otherwise: with a shared tokenStore, pass a " +
        "sessionStore in the same place (KvSessionStore, DurableObjectSessionStore)",
    );
  }
  const paths: OsuAuthPaths = {
    login: options.paths?.login ?? "/auth/login",
    callback: options.paths?.callback ?? new URL(options.redirectUri).pathname,
    logout: options.paths?.logout ?? "/auth/logout",
  };
  const clock = options.clock ?? systemClock;
  const store = tokenStore ?? shared.defaultStore(options);
  const sessions = sessionStore ?? shared.defaultSessionStore(options, clock);
  const app: AuthHandlerOptions = {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri: options.redirectUri,
    scope: options.scope ?? Scope.identify(),
    fetch: options.fetch,
    baseUrl: options.baseUrl,
  };
  const budget: UserRateLimit = {
    requestWaitTime: options.client?.requestWaitTime ?? 0,
    limitPerMinute: options.client?.limitPerMinute ?? 60,
  };
  const localBudgets = shared.userRateLimiters(options, clock); // for a sessionStore keeping none
  const trustForwardedProto = options.trustForwardedProto ?? false;
  const names = (c: Context) => cookieNames(publicUrl(c.req.raw, trustForwardedProto));
  const tokenKey = (userId: number) => userTokenKey(app.clientId, userId);
  return {
    options,
    paths,
    store,
    sessions,
    clock,
    signer: shared.signer(options.secret),
    sessionTtl: options.sessionTtl ?? 7 * 24 * 3_600_000,
    stateTtl: options.stateTtl ?? 600_000,
    authorizer: new AuthHandler(app),
    app,
    report(event) {
      try {
        options.onError?.(event);
      } catch {
        // A hook must never break a request.
      }
    },
    clientOptions(userId) {
      const limiter = options.client?.rateLimiter ??
        (userId === undefined
          ? new MemoryRateLimiter({ requestWaitTime: 0 })
          : sessions.userRateLimiter?.(userId, budget) ?? localBudgets.get(userId, budget));
      return {
        maxWait: 10_000, // a page fails fast rather than hang on a spent budget
        clock,
        ...options.client,
        rateLimiter: limiter,
        fetch: options.fetch,
        baseUrl: options.baseUrl,
      };
    },
    userAuth: (userId) =>
      userAuthHandler({ ...app, tokenStore: store, tokenKey: tokenKey(userId) }),
    tokenKey,
    names,
    siteOrigins: (c) => [
      publicUrl(c.req.raw, trustForwardedProto).origin,
      new URL(options.redirectUri).origin,
    ],
    cookie(c, kind, value, ttl) {
      const { secure, ...name } = names(c);
      const maxAge = Math.ceil(ttl / 1000);
      return serializeCookie(name[kind], value, { path: "/", maxAge, secure });
    },
    fail(c, status, title, message) {
      c.header("cache-control", "no-store");
      return c.html(loginErrorPage(title, message, paths.login), status) as Response;
    },
  };
}
