/**
 * Test support for the Hono adapter: an app with `osuAuth` against the emulator, and a login
 * that can act as another osu! user (the emulator's `/me` answer is renamed), so tests can log
 * several users in.
 */
import { Hono } from "hono";
import type { FetchFunction } from "@osu-ts/api";
import { MemoryTokenStore } from "@osu-ts/api";
import { osuAuth, type OsuAuthEnv, type OsuAuthOptions } from "@osu-ts/api/hono";
import { createEmulator } from "@osu-ts/api/testing";

/** A test value; apps use a random one from a secret. */
export const SECRET = "tK8vQ2mW9xR4nB7cL1pZ6sD3fH0jG5yA";
export const ORIGIN = "http://localhost:8080";

/** An osu! user as the test logs them in. */
export interface TestUser {
  readonly id: number;
  readonly username: string;
}

/**
 * An app with `osuAuth` mounted, a `/` page naming the user and a `/me` page calling osu!.
 *
 * @param extra options of `osuAuth`
 * @returns the emulator, the stores, the middleware, the app and a `request` helper
 */
export function honoSetup(extra: Partial<OsuAuthOptions> = {}) {
  const osu = createEmulator();
  const tokenStore = extra.tokenStore ?? new MemoryTokenStore();
  const as: { user: TestUser | undefined } = { user: undefined };
  const fetch: FetchFunction = async (input, init) => {
    const response = await osu.fetch(input, init);
    const user = as.user;
    if (!user || new URL(new Request(input, init).url).pathname !== "/api/v2/me") return response;
    const body = { ...(await response.json()), id: user.id, username: user.username };
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: response.headers,
    });
  };
  const auth = osuAuth({ ...osu.credentials, secret: SECRET, fetch, ...extra, tokenStore });
  const app = new Hono<OsuAuthEnv>().use(auth);
  app.get("/", (c) => c.text(c.get("osuUser")?.username ?? "anonymous"));
  app.get("/me", auth.requireLogin, async (c) => {
    const me = await c.get("osu")!.getOwnData();
    return c.json({ id: me.id });
  });
  const request = (path: string, init: RequestInit = {}) =>
    Promise.resolve(app.request(new URL(path, ORIGIN).href, init));
  return { osu, tokenStore, auth, app, request, as };
}

/** What {@linkcode honoSetup} makes. */
export type HonoSetup = ReturnType<typeof honoSetup>;

/**
 * The `Set-Cookie` of the cookie `name` (with or without the `__Host-` prefix), if set.
 *
 * @param response the response
 * @param name the cookie's name
 * @returns the header value
 */
export function setCookie(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((c) =>
    c.startsWith(`${name}=`) || c.startsWith(`__Host-${name}=`)
  );
}

/**
 * The `name=value` part of a `Set-Cookie`.
 *
 * @param header the header value
 * @returns the pair, for a `Cookie` header
 */
export function pair(header: string | undefined): string {
  if (!header) throw new Error("No such cookie was set");
  return header.split(";")[0];
}

/**
 * Logs in all the way (as `user` when given); returns the session cookie (`name=value`).
 *
 * @param t the setup
 * @param user the osu! user to be, instead of the emulator's player
 * @returns the session cookie
 */
export async function logIn(t: HonoSetup, user?: TestUser): Promise<string> {
  const login = await t.request("/auth/login");
  const cookie = pair(setCookie(login, "osu_auth_state"));
  const callback = await t.osu.approve(login.headers.get("location")!);
  t.as.user = user;
  try {
    const done = await t.request(callback.pathname + callback.search, { headers: { cookie } });
    if (done.status !== 302) throw new Error(`Login failed: ${done.status} ${await done.text()}`);
    return pair(setCookie(done, "osu_session"));
  } finally {
    t.as.user = undefined;
  }
}

/**
 * Posts the logout form, as the site's own page does.
 *
 * @param t the setup
 * @param session the session cookie
 * @returns the response
 */
export function logOut(t: HonoSetup, session: string): Promise<Response> {
  return t.request("/auth/logout", {
    method: "POST",
    headers: { cookie: session, origin: ORIGIN },
  });
}

/**
 * Who `/` says is logged in with this cookie.
 *
 * @param t the setup
 * @param session the session cookie
 * @returns the username, or `"anonymous"`
 */
export async function whoIs(t: HonoSetup, session: string): Promise<string> {
  return await (await t.request("/", { headers: { cookie: session } })).text();
}
