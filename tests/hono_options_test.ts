/**
 * `osuAuth` with its options as a function of the request (`c.env` on Cloudflare Workers): made
 * once at module scope, resolved on every request, and safe across requests whose I/O objects
 * die with them.
 */
import { assert, assertEquals, assertInstanceOf } from "@std/assert";
import { Hono } from "hono";
import { InvalidArgumentError, Scope } from "@osu-ts/api";
import { osuAuth, type OsuAuthOptions, type OsuAuthVariables } from "@osu-ts/api/hono";
import { createEmulator, type Emulator } from "@osu-ts/api/testing";
import { DurableObjectSessionStore, DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
import { testNamespace } from "./cloudflare/_namespace.ts";
import { FakeRequests } from "./cloudflare/_requests.ts";

const ORIGIN = "http://localhost:8080";

type Bindings = { CLIENT_ID: string; CLIENT_SECRET: string; SESSION_SECRET: string };
type AppEnv = { Bindings: Bindings; Variables: OsuAuthVariables };

function setup(extra: (c: { env: Bindings }) => Partial<OsuAuthOptions> = () => ({})) {
  const osu = createEmulator();
  let calls = 0;
  const auth = osuAuth<AppEnv>((c) => {
    calls++;
    return {
      clientId: c.env.CLIENT_ID,
      clientSecret: c.env.CLIENT_SECRET,
      redirectUri: osu.credentials.redirectUri,
      secret: c.env.SESSION_SECRET,
      scope: Scope.identify(), // a new object each time, the same value
      fetch: osu.fetch,
      ...extra(c),
    };
  });
  const app = new Hono<AppEnv>().use(auth);
  app.get("/", (c) => c.text(c.get("osuUser")?.username ?? "anonymous"));
  app.get(
    "/me",
    auth.requireLogin,
    async (c) => c.text((await c.get("osu")!.getOwnData()).username),
  );
  const env: Bindings = {
    CLIENT_ID: String(osu.credentials.clientId),
    CLIENT_SECRET: osu.credentials.clientSecret,
    SESSION_SECRET: randomSecret(),
  };
  const request = async (path: string, init: RequestInit = {}, bindings = env) =>
    await app.request(new URL(path, ORIGIN).href, init, bindings);
  return { osu, auth, app, env, request, calls: () => calls };
}

type Setup = ReturnType<typeof setup>;

function randomSecret(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
}

function cookie(response: Response, name: string): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`No ${name} cookie was set (status ${response.status})`);
  return header.split(";")[0];
}

async function logIn(t: Setup, options: { userId?: number; osu?: Emulator } = {}) {
  const login = await t.request("/auth/login");
  const state = cookie(login, "osu_auth_state");
  const callback = await t.osu.approve(login.headers.get("location")!, options);
  const done = await t.request(callback.pathname + callback.search, { headers: { cookie: state } });
  assertEquals(done.status, 302, await done.clone().text());
  return cookie(done, "osu_session");
}

Deno.test("osuAuth((c) => options) reads the options from the request's bindings on every request", async () => {
  const t = setup();
  const login = await t.request("/auth/login");
  const target = new URL(login.headers.get("location")!);
  assertEquals(target.searchParams.get("client_id"), t.env.CLIENT_ID);
  await t.request("/");
  assertEquals(t.calls(), 2);
  assertEquals(t.auth.paths, {
    login: "/auth/login",
    callback: "/callback",
    logout: "/auth/logout",
  });
});

Deno.test("osuAuth((c) => options) keeps users logged in across requests with the default store", async () => {
  const t = setup();
  const session = await logIn(t);
  assertEquals(await (await t.request("/", { headers: { cookie: session } })).text(), "EmuPlayer");
  assertEquals(
    await (await t.request("/me", { headers: { cookie: session } })).text(),
    "EmuPlayer",
  );
});

Deno.test("osuAuth((c) => options) uses a changed secret from the next request on", async () => {
  const t = setup();
  const session = await logIn(t);
  const rotated = { ...t.env, SESSION_SECRET: randomSecret() };
  const home = await t.request("/", { headers: { cookie: session } }, rotated);
  assertEquals(await home.text(), "anonymous", "a cookie signed with the old secret is refused");
});

Deno.test("osuAuth((c) => options) refuses a short secret on the request with InvalidArgumentError", async () => {
  const t = setup();
  let caught: unknown;
  t.app.onError((error, c) => {
    caught = error;
    return c.text("error", 500);
  });
  const response = await t.request("/", {}, { ...t.env, SESSION_SECRET: "short" });
  assertEquals(response.status, 500);
  assertInstanceOf(caught, InvalidArgumentError);
});

Deno.test("osuAuth((c) => options) on Workers: two users log in at once, each request with its own Durable Object stubs", async () => {
  const requests = new FakeRequests();
  const coordinators = testNamespace();
  const namespace = requests.namespace(coordinators);
  const t = setup((c) => ({
    tokenStore: new DurableObjectTokenStore(namespace, c.env.CLIENT_ID),
    sessionStore: new DurableObjectSessionStore(namespace, c.env.CLIENT_ID),
  }));
  const request = t.request;
  t.request = (path, init, bindings) => requests.run(() => request(path, init, bindings));
  const [player, peppy] = await Promise.all([logIn(t), logIn(t, { userId: 2 })]);
  const me = await Promise.all(
    [player, peppy, player, peppy].map(async (session) =>
      await (await t.request("/me", { headers: { cookie: session } })).text()
    ),
  );
  assertEquals(me, ["EmuPlayer", "peppy", "EmuPlayer", "peppy"]);
  assert(requests.stubs > 8, "stubs were made in each request");
  coordinators.close();
});
