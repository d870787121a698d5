/**
 * The Hono adapter (`osuAuth`) against the emulator, through `app.request()`: the login, the
 * callback and each way it refuses, the session, refresh and logout.
 */
import {
  assert,
  assertEquals,
  assertFalse,
  assertInstanceOf,
  assertMatch,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { FakeClock } from "@osu-ts/api/testing";
import { InvalidArgumentError } from "../mod.ts";
import { Hono } from "hono";
import { MemoryTokenStore } from "../mod.ts";
import { osuAuth, type OsuAuthEnv, type OsuAuthOptions } from "@osu-ts/api/hono";
import { createEmulator } from "@osu-ts/api/testing";

const SECRET = "tK8vQ2mW9xR4nB7cL1pZ6sD3fH0jG5yA"; // a test value; apps use a random one
const ORIGIN = "http://localhost:8080";

function setup(extra: Partial<OsuAuthOptions> = {}) {
  const osu = createEmulator();
  const store = new MemoryTokenStore();
  const auth = osuAuth({
    ...osu.credentials,
    secret: SECRET,
    fetch: osu.fetch,
    tokenStore: store,
    ...extra,
  });
  const app = new Hono<OsuAuthEnv>().use(auth);
  app.get("/", (c) => c.text(c.get("osuUser")?.username ?? "anonymous"));
  app.get("/me", auth.requireLogin, async (c) => {
    const me = await c.get("osu")!.getOwnData();
    return c.json({ id: me.id, username: me.username });
  });
  app.post("/me", auth.requireLogin, (c) => c.text("posted"));
  const request = (path: string, init: RequestInit = {}) =>
    Promise.resolve(app.request(new URL(path, ORIGIN).href, init));
  return { osu, store, auth, app, request };
}

/** The `name=value` of a cookie a response sets, or undefined. */
function setCookie(response: Response, name: string): string | undefined {
  return response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
}

/** The `name=value` part of a `Set-Cookie`. */
function pair(header: string | undefined): string {
  if (!header) throw new Error("No such cookie was set");
  return header.split(";")[0];
}

type Setup = ReturnType<typeof setup>;

/** Starts a login: the authorize URL and the state cookie (as a `Cookie` header value). */
async function startLogin(t: Setup, path = "/auth/login") {
  const response = await t.request(path);
  const cookie = pair(setCookie(response, "osu_auth_state"));
  return { response, authorizeUrl: response.headers.get("location")!, cookie };
}

/** The callback URL's path and query. */
function local(url: URL): string {
  return url.pathname + url.search;
}

/** Logs in all the way; returns the session cookie. */
async function logIn(t: Setup): Promise<string> {
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  const done = await t.request(local(callback), { headers: { cookie } });
  if (done.status !== 302) throw new Error(`Login failed: ${done.status} ${await done.text()}`);
  return pair(setCookie(done, "osu_session"));
}

// ---- login ----

Deno.test("osuAuth() login redirects to osu!'s authorize page with state and PKCE S256", async () => {
  const t = setup();
  const { response, authorizeUrl } = await startLogin(t);
  assertEquals(response.status, 302);
  const url = new URL(authorizeUrl);
  assertEquals(url.origin + url.pathname, "https://osu.ppy.sh/oauth/authorize");
  assertEquals(url.searchParams.get("client_id"), String(t.osu.credentials.clientId));
  assertEquals(url.searchParams.get("redirect_uri"), t.osu.credentials.redirectUri);
  assertEquals(url.searchParams.get("code_challenge_method"), "S256");
  assertMatch(url.searchParams.get("code_challenge")!, /^[A-Za-z0-9_-]{43}$/);
  assertMatch(url.searchParams.get("state")!, /^[A-Za-z0-9_-]{43}$/);
  assertStringIncludes(url.searchParams.get("scope")!, "identify");
});

Deno.test("osuAuth() login sets a signed, HttpOnly, SameSite=Lax state cookie", async () => {
  const t = setup();
  const { response } = await startLogin(t);
  const header = setCookie(response, "osu_auth_state")!;
  assertMatch(header, /^osu_auth_state=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}; /);
  assertStringIncludes(header, "; Path=/;");
  assertStringIncludes(header, "; Max-Age=600");
  assertStringIncludes(header, "; HttpOnly");
  assertStringIncludes(header, "; SameSite=Lax");
  assertFalse(header.includes("Secure"), "not on http://localhost");
  assertEquals(response.headers.get("cache-control"), "no-store");
});

Deno.test("osuAuth() cookies are Secure except on plain-HTTP localhost and 127.0.0.1", async () => {
  const t = setup();
  const flags = async (origin: string) => {
    const response = await t.app.request(`${origin}/auth/login`);
    const header = response.headers.getSetCookie()[0];
    assertEquals(header.startsWith("__Host-"), header.includes("; Secure"), header);
    return header.includes("; Secure");
  };
  assertFalse(await flags("http://127.0.0.1:8080"));
  assert(await flags("https://osu-app.example"));
  assert(await flags("http://osu-app.example"));
});

Deno.test("osuAuth() logs a user in: session cookie without a token, user and client on later requests", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  const done = await t.request(local(callback), { headers: { cookie } });
  assertEquals(done.status, 302);
  assertEquals(done.headers.get("location"), "/");
  const session = setCookie(done, "osu_session")!;
  assertStringIncludes(session, "; Path=/; Max-Age=604800; HttpOnly; SameSite=Lax");
  assertStringIncludes(setCookie(done, "osu_auth_state")!, "Max-Age=0");
  const home = await t.request("/", { headers: { cookie: pair(session) } });
  assertEquals(await home.text(), t.osu.player.username);
  const me = await t.request("/me", { headers: { cookie: pair(session) } });
  assertEquals(await me.json(), { id: t.osu.player.id, username: t.osu.player.username });
});

Deno.test("osuAuth() keeps the user's tokens in the TokenStore under their osu! user id", async () => {
  const t = setup();
  await logIn(t);
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  const record = await t.store.get(key);
  assertEquals(record?.grant, "authorization_code");
  assert(record?.refreshToken);
});

Deno.test("osuAuth() puts no token or verifier in any cookie or page", async () => {
  const t = setup();
  const seen: string[] = [];
  const record = async (response: Response) => {
    seen.push(...response.headers.getSetCookie(), response.headers.get("location") ?? "");
    seen.push(await response.clone().text());
    return response;
  };
  const login = await record(await t.request("/auth/login"));
  const cookie = pair(setCookie(login, "osu_auth_state"));
  const callback = await t.osu.approve(login.headers.get("location")!);
  const done = await record(await t.request(local(callback), { headers: { cookie } }));
  const session = pair(setCookie(done, "osu_session"));
  await record(await t.request("/", { headers: { cookie: session } }));
  await record(await t.request("/me", { headers: { cookie: session } }));
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  const tokens = await t.store.get(key);
  const secrets = [tokens!.accessToken, tokens!.refreshToken!, t.osu.credentials.clientSecret];
  const decoded = seen.map((text) => text + atobSafe(text));
  for (const secret of secrets) {
    assert(decoded.every((text) => !text.includes(secret)), "a secret leaked");
  }
});

function atobSafe(text: string): string {
  return text.split(/[=.;\s]/).map((part) => {
    try {
      return atob(part.replace(/-/g, "+").replace(/_/g, "/"));
    } catch {
      return "";
    }
  }).join(" ");
}

Deno.test("osuAuth() returns to the login's local `next` page, never to another host", async () => {
  const t = setup();
  for (
    const [next, expected] of [
      ["/me?tab=best", "/me?tab=best"],
      ["//evil.example/", "/"],
      // Paths that only turn protocol-relative once `.` and `..` are normalised.
      ["/.//evil.example", "/"],
      ["/x/../\\evil.example/path", "/"],
      ["/%2e%2e//evil.example", "/"],
    ]
  ) {
    const { authorizeUrl, cookie } = await startLogin(
      t,
      `/auth/login?next=${encodeURIComponent(next)}`,
    );
    const callback = await t.osu.approve(authorizeUrl);
    const done = await t.request(local(callback), { headers: { cookie } });
    assertEquals(done.headers.get("location"), expected);
  }
});

// ---- callback rejections ----

async function refused(response: Response, status = 400): Promise<string> {
  assertEquals(response.status, status);
  assertEquals(setCookie(response, "osu_session"), undefined);
  assertStringIncludes(response.headers.get("content-type")!, "text/html");
  return await response.text();
}

Deno.test("osuAuth() callback refuses a browser with no state cookie", async () => {
  const t = setup();
  const { authorizeUrl } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  assertStringIncludes(await refused(await t.request(local(callback))), "no login in progress");
});

Deno.test("osuAuth() callback refuses a callback without state", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  callback.searchParams.delete("state");
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertStringIncludes(page, "no state");
});

Deno.test("osuAuth() callback refuses a forged state cookie", async () => {
  const t = setup();
  const other = setup({ secret: `another ${SECRET}` });
  const { authorizeUrl, cookie } = await startLogin(other);
  const callback = await other.osu.approve(authorizeUrl);
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertStringIncludes(page, "not valid");
  const [name, value] = cookie.split("=");
  const tampered = `${name}=${value.slice(0, 5)}x${value.slice(6)}`;
  await refused(await t.request(local(callback), { headers: { cookie: tampered } }));
});

Deno.test("osuAuth() callback refuses a state that is not this browser's", async () => {
  const t = setup();
  const mine = await startLogin(t);
  const theirs = await startLogin(t);
  const callback = await t.osu.approve(theirs.authorizeUrl);
  const page = await refused(
    await t.request(local(callback), { headers: { cookie: mine.cookie } }),
  );
  assertStringIncludes(page, "does not match");
});

Deno.test("osuAuth() callback refuses an expired state", async () => {
  const clock = new FakeClock(Date.now());
  const t = setup({ clock });
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  await clock.tick(600_001);
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertStringIncludes(page, "took too long");
});

Deno.test("osuAuth() callback accepts each state once", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  assertEquals((await t.request(local(callback), { headers: { cookie } })).status, 302);
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertStringIncludes(page, "already used");
});

Deno.test("osuAuth() callback refuses a missing code", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl);
  callback.searchParams.delete("code");
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertStringIncludes(page, "no authorization code");
});

Deno.test("osuAuth() callback refuses a code that was already used", async () => {
  const t = setup();
  const first = await startLogin(t);
  const used = await t.osu.approve(first.authorizeUrl);
  await t.request(local(used), { headers: { cookie: first.cookie } });
  const second = await startLogin(t);
  const state = new URL(second.authorizeUrl).searchParams.get("state")!;
  used.searchParams.set("state", state);
  const page = await refused(await t.request(local(used), { headers: { cookie: second.cookie } }));
  assertStringIncludes(page, "did not accept the authorization code");
});

Deno.test("osuAuth() callback answers 403 when the user clicks Cancel (access_denied)", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl, { deny: true });
  assertEquals(callback.searchParams.get("error"), "access_denied");
  const page = await refused(await t.request(local(callback), { headers: { cookie } }), 403);
  assertStringIncludes(page, "did not authorize");
  assertEquals(t.osu.requests.filter((r) => r.path === "/oauth/token").length, 0);
});

Deno.test("osuAuth() escapes osu!'s error text on the error page", async () => {
  const t = setup();
  const { authorizeUrl, cookie } = await startLogin(t);
  const callback = await t.osu.approve(authorizeUrl, { deny: true });
  callback.searchParams.set("error", "<script>x</script>");
  const page = await refused(await t.request(local(callback), { headers: { cookie } }));
  assertFalse(page.includes("<script>x"));
});

// ---- sessions ----

Deno.test("osuAuth() treats a forged or expired session as anonymous and clears it", async () => {
  const clock = new FakeClock(Date.now());
  const t = setup({ clock, sessionTtl: 60_000 });
  const session = await logIn(t);
  const forged = session.replace(/\.[^.]*$/, ".AAAA");
  for (const cookie of [forged, "osu_session=garbage"]) {
    const response = await t.request("/", { headers: { cookie } });
    assertEquals(await response.text(), "anonymous");
    assertStringIncludes(setCookie(response, "osu_session")!, "Max-Age=0");
  }
  await clock.tick(60_000);
  assertEquals(await (await t.request("/", { headers: { cookie: session } })).text(), "anonymous");
});

Deno.test("osuAuth() ends the session when the store no longer has the user's token", async () => {
  const t = setup();
  const session = await logIn(t);
  await t.store.delete(`osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`);
  const response = await t.request("/", { headers: { cookie: session } });
  assertEquals(await response.text(), "anonymous");
});

Deno.test("osuAuth() refreshes an expired user token from the stored refresh token", async () => {
  const t = setup();
  const session = await logIn(t);
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  const before = (await t.store.get(key))!;
  await t.store.set(key, { ...before, expiresAt: 0 });
  const me = await t.request("/me", { headers: { cookie: session } });
  assertEquals((await me.json()).id, t.osu.player.id);
  const after = (await t.store.get(key))!;
  assert(after.accessToken !== before.accessToken);
  assert(after.refreshToken !== before.refreshToken);
  assertEquals(
    t.osu.requests.filter((r) => r.grant === "refresh_token" && r.path === "/oauth/token").length,
    1,
  );
});

Deno.test("osuAuth().requireLogin sends anonymous GETs to the login and refuses other methods", async () => {
  const t = setup();
  const get = await t.request("/me?x=1");
  assertEquals(get.status, 302);
  assertEquals(get.headers.get("location"), "/auth/login?next=%2Fme%3Fx%3D1");
  assertEquals((await t.request("/me", { method: "POST" })).status, 401);
});

// ---- logout ----

Deno.test("osuAuth() logout revokes the token, forgets it and clears the session", async () => {
  const t = setup();
  const session = await logIn(t);
  const response = await t.request("/auth/logout", {
    method: "POST",
    headers: { cookie: session },
  });
  assertEquals(response.status, 303);
  assertEquals(response.headers.get("location"), "/");
  assertStringIncludes(setCookie(response, "osu_session")!, "Max-Age=0");
  const revoke = t.osu.requests.find((r) => r.path === "/api/v2/oauth/tokens/current");
  assertEquals([revoke?.method, revoke?.status], ["DELETE", 204]);
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  assertEquals(await t.store.get(key), undefined);
  assertEquals(await (await t.request("/", { headers: { cookie: session } })).text(), "anonymous");
});

Deno.test("osuAuth() logout without a session just clears the cookie", async () => {
  const t = setup();
  const response = await t.request("/auth/logout", { method: "POST" });
  assertEquals(response.status, 303);
  assertEquals(t.osu.requests.length, 0);
});

// ---- options ----

Deno.test("osuAuth() needs a secret of at least 32 characters", () => {
  const error = assertThrows(() => setup({ secret: "short" }));
  assertInstanceOf(error, InvalidArgumentError);
});

Deno.test("osuAuth() paths can be moved", async () => {
  const t = setup({ paths: { login: "/in", logout: "/out" } });
  assertEquals(t.auth.paths, { login: "/in", callback: "/callback", logout: "/out" });
  assertEquals((await t.request("/in")).status, 302);
  assertEquals((await t.request("/auth/login")).status, 404);
});

Deno.test("osuAuth() clears a stale session cookie even on a response with immutable headers", async () => {
  const t = setup();
  t.app.get("/proxied", () => Response.redirect("https://osu.ppy.sh/", 302)); // immutable headers
  const response = await t.request("/proxied", { headers: { cookie: "osu_session=stale.x" } });
  assertStringIncludes(setCookie(response, "osu_session")!, "Max-Age=0");
});
