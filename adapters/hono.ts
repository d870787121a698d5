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
import { Client } from "../mod.ts";
import { readCookie } from "./_cookies.ts";
import { fromSameOrigin } from "./_hono_request.ts";
import { type CurrentSession, currentSession } from "./_hono_current_session.ts";
import { callback, login } from "./_hono_login.ts";
import { type AuthSetup, setUpAuth } from "./_hono_setup.ts";

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
import type { OsuAuth, OsuAuthEnv, OsuAuthOptions, OsuAuthOptionsFunction } from "./_hono_types.ts";
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
  const s = setUpAuth(options, shared);
  const { paths } = s;

  const middleware: MiddlewareHandler<OsuAuthEnv> = async (c, next) => {
    const { path, method } = c.req;
    if (method === "GET" && path === paths.login) return await login(c, s);
    if (method === "GET" && path === paths.callback) return await callback(c, s);
    const current = await currentSession(readCookie(c.req.header("cookie"), s.names(c).session), {
      signer: s.signer,
      sessions: s.sessions,
      tokens: s.store,
      tokenKey: s.tokenKey,
      report: s.report,
    });
    if (method === "POST" && path === paths.logout) {
      if (!fromSameOrigin(c.req.raw, s.siteOrigins(c))) {
        return s.fail(c, 403, "Logout refused", "The logout form was not sent from this site.");
      }
      return await logout(c, s, current);
    }
    const user = current.kind === "in"
      ? { id: current.record.userId, username: current.record.username }
      : undefined;
    c.set("osuUser", user);
    c.set("osu", user ? new Client(s.userAuth(user.id), s.clientOptions(user.id)) : undefined);
    await next();
    if (current.kind === "out" && current.clear) {
      const clear = s.cookie(c, "session", "", 0);
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

/**
 * `POST` logout: ends this session; with the user's last one, revokes their token too. A session
 * that a store failure kept from being read is still ended (its key comes from the signed cookie);
 * when it cannot be deleted the answer is 503, never a logout that leaves the session alive.
 */
async function logout(c: Context, s: AuthSetup, current: CurrentSession): Promise<Response> {
  const key = current.key;
  if (key !== undefined) {
    try {
      await s.sessions.delete(key);
    } catch (error) {
      s.report({ stage: "logout", error });
      return s.fail(c, 503, "Logout failed", "The session could not be ended: try again.");
    }
  }
  if (current.kind === "in") {
    const { userId } = current.record;
    try {
      if (await s.sessions.countByUser(userId) === 0) {
        const auth = s.userAuth(userId);
        new Client(auth, s.clientOptions(userId)); // the revocation goes through the user's budget
        await auth.revoke().catch(async (error) => {
          s.report({ stage: "logout", error });
          await auth.forget();
        });
      }
    } catch (error) {
      s.report({ stage: "logout", error });
    }
  }
  c.header("set-cookie", s.cookie(c, "session", "", 0));
  return c.redirect(s.options.afterLogout ?? "/", 303);
}
