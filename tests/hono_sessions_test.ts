/**
 * The Hono adapter's sessions are server-side records: the cookie carries a signed random id,
 * logout ends exactly that session, and a copied cookie stays dead. With each `SessionStore`.
 */
import { assert, assertEquals, assertFalse, assertMatch, assertThrows } from "@std/assert";
import { InvalidArgumentError, MemoryTokenStore } from "@osu-ts/api";
import { MemorySessionStore, type OsuAuthOptions } from "@osu-ts/api/hono";
import { KvSessionStore, KvTokenStore } from "@osu-ts/api/kv";
import { DurableObjectSessionStore, DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
import { FakeClock } from "@osu-ts/api/testing";
import { testNamespace } from "./cloudflare/_namespace.ts";
import { honoSetup, logIn, logOut, pair, setCookie, whoIs } from "./_hono.ts";

const PLAYER = "EmuPlayer";

/** The stores a fleet would use, each with its `close`. */
const fleets: Record<string, () => Promise<[Partial<OsuAuthOptions>, () => void]>> = {
  "memory": () => Promise.resolve([{ sessionStore: new MemorySessionStore() }, () => {}]),
  "Deno KV": async () => {
    const kv = await Deno.openKv(":memory:");
    const options = { tokenStore: new KvTokenStore(kv), sessionStore: new KvSessionStore(kv) };
    return [options, () => kv.close()];
  },
  "Durable Object": () => {
    const namespace = testNamespace();
    const options = {
      tokenStore: new DurableObjectTokenStore(namespace, "app"),
      sessionStore: new DurableObjectSessionStore(namespace, "app"),
    };
    return Promise.resolve([options, () => namespace.close()]);
  },
};

for (const [name, make] of Object.entries(fleets)) {
  Deno.test(`osuAuth() logout on the laptop keeps the phone logged in (${name})`, async () => {
    const [stores, close] = await make();
    const t = honoSetup(stores);
    const laptop = await logIn(t);
    const phone = await logIn(t);
    assertEquals(await whoIs(t, laptop), PLAYER);
    assertEquals((await logOut(t, laptop)).status, 303);
    assertEquals(await whoIs(t, laptop), "anonymous");
    assertEquals(await whoIs(t, phone), PLAYER);
    const me = await t.request("/me", { headers: { cookie: phone } });
    assertEquals((await me.json()).id, t.osu.player.id, "the shared token still works");
    assertEquals(t.osu.requests.filter((r) => r.path === "/api/v2/oauth/tokens/current").length, 0);
    close();
  });

  Deno.test(`osuAuth() a cookie copied before logout stays dead after the next login (${name})`, async () => {
    const [stores, close] = await make();
    const t = honoSetup(stores);
    const session = await logIn(t);
    const copied = session;
    await logOut(t, session);
    await logIn(t); // the user logs in again, anywhere
    assertEquals(await whoIs(t, copied), "anonymous");
    close();
  });
}

Deno.test("osuAuth() the session cookie holds only a signed random id", async () => {
  const t = honoSetup();
  const session = await logIn(t);
  const [payload] = session.slice(session.indexOf("=") + 1).split(".");
  const decoded = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
  assertMatch(decoded, /^[A-Za-z0-9_-]{43}$/, "256 random bits");
  assertFalse(JSON.stringify(decoded).includes(String(t.osu.player.id)));
  assertFalse(JSON.stringify(decoded).includes(PLAYER));
  const again = await logIn(t);
  assert(again !== session, "each login makes a new session");
});

Deno.test("osuAuth() keeps the user's token once, shared by their sessions", async () => {
  const t = honoSetup();
  const laptop = await logIn(t);
  const phone = await logIn(t);
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  const record = await t.tokenStore.get(key);
  assert(record);
  for (const session of [laptop, phone]) {
    const me = await t.request("/me", { headers: { cookie: session } });
    assertEquals((await me.json()).id, t.osu.player.id);
  }
  assertEquals((await t.tokenStore.get(key))?.accessToken, record.accessToken);
});

Deno.test("osuAuth() logout of the user's last session revokes the shared token", async () => {
  const t = honoSetup();
  const laptop = await logIn(t);
  const phone = await logIn(t);
  await logOut(t, laptop);
  await logOut(t, phone);
  const revokes = t.osu.requests.filter((r) => r.path === "/api/v2/oauth/tokens/current");
  assertEquals(revokes.map((r) => r.status), [204]);
  const key = `osu-ts:hono:${t.osu.credentials.clientId}:user:${t.osu.player.id}`;
  assertEquals(await t.tokenStore.get(key), undefined);
});

Deno.test("osuAuth() forgets expired sessions: the cookie is dead and the store sheds them", async () => {
  const clock = new FakeClock(1_700_000_000_000);
  const sessionStore = new MemorySessionStore({ clock });
  const t = honoSetup({ clock, sessionStore, sessionTtl: 60_000 });
  const session = await logIn(t);
  await clock.tick(60_000);
  assertEquals(await whoIs(t, session), "anonymous");
  assertEquals(sessionStore.size, 0);
});

Deno.test("osuAuth() with a shared tokenStore but no sessionStore says where sessions must go", async () => {
  const kv = await Deno.openKv(":memory:");
  const error = assertThrows(() => honoSetup({ tokenStore: new KvTokenStore(kv) }));
  assert(error instanceof InvalidArgumentError);
  assertMatch(error.message, /sessionStore/);
  kv.close();
});

Deno.test("osuAuth() files a session under a hash of its id, so a copy of the store opens nothing", async () => {
  const keys: string[] = [];
  const sessionStore = new MemorySessionStore();
  const create = sessionStore.create.bind(sessionStore);
  sessionStore.create = (key, record) => {
    keys.push(key);
    return create(key, record);
  };
  const t = honoSetup({ sessionStore });
  const session = await logIn(t);
  const [payload] = session.slice(session.indexOf("=") + 1).split(".");
  const id: string = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
  assertEquals(keys.length, 1);
  assert(keys[0] !== id);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(id));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  assertEquals(keys[0], hash);
});

Deno.test("osuAuth() a new login on the same browser ends its previous session", async () => {
  const t = honoSetup();
  const first = await logIn(t);
  const login = await t.request("/auth/login", { headers: { cookie: first } });
  const state = pair(setCookie(login, "osu_auth_state"));
  const callback = await t.osu.approve(login.headers.get("location")!);
  const done = await t.request(callback.pathname + callback.search, {
    headers: { cookie: `${first}; ${state}` },
  });
  const second = pair(setCookie(done, "osu_session"));
  assertEquals(await whoIs(t, first), "anonymous");
  await logOut(t, second);
  const revokes = t.osu.requests.filter((r) => r.path === "/api/v2/oauth/tokens/current");
  assertEquals(revokes.length, 1, "the last session's logout revokes the token");
});

Deno.test("osuAuth() a logout while a store fails still ends the session; if it cannot, 503", async () => {
  class FlakyTokens extends MemoryTokenStore {
    failing = false;
    override get(key: string) {
      return this.failing ? Promise.reject(new Error("store unreachable")) : super.get(key);
    }
  }
  class FlakySessions extends MemorySessionStore {
    failing = false;
    override delete(key: string) {
      return this.failing ? Promise.reject(new Error("store unreachable")) : super.delete(key);
    }
  }
  const tokenStore = new FlakyTokens();
  const sessionStore = new FlakySessions();
  const t = honoSetup({ tokenStore, sessionStore, onError: () => {} });
  // The token store fails while the user logs out: the session still ends.
  const session = await logIn(t);
  tokenStore.failing = true;
  assertEquals((await logOut(t, session)).status, 303);
  tokenStore.failing = false;
  assertEquals(await whoIs(t, session), "anonymous");
  // The session store cannot delete: the logout says so instead of pretending.
  const other = await logIn(t);
  sessionStore.failing = true;
  assertEquals((await logOut(t, other)).status, 503);
  sessionStore.failing = false;
  assertEquals(await whoIs(t, other), PLAYER);
});
