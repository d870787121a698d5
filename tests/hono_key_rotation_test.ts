/**
 * A token store the Hono adapter cannot read (sealed under another key) means "logged out", not
 * a 500 on every page; the error goes to `onError`; `encryptionKey` takes a list to rotate keys.
 */
import {
  assert,
  assertEquals,
  assertFalse,
  assertInstanceOf,
  assertStringIncludes,
} from "@std/assert";
import {
  KvSessionStore,
  KvTokenStore,
  type SealingKeys,
  TokenDecryptionError,
} from "@osu-ts/api/kv";
import { DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
import type { OsuAuthErrorEvent } from "@osu-ts/api/hono";
import { honoSetup, logIn, logOut, setCookie, whoIs } from "./_hono.ts";
import { sqlNamespace } from "./_sql_namespace.ts";

const OLD_KEY = new Uint8Array(32).fill(1);
const NEW_KEY = new Uint8Array(32).fill(2);

/** Two deployments of one site on one KV database, each with its own token key. */
async function kvSites(keys: SealingKeys, nextKeys: SealingKeys) {
  const kv = await Deno.openKv(":memory:");
  const events: OsuAuthErrorEvent[] = [];
  const site = (encryptionKey: SealingKeys) =>
    honoSetup({
      tokenStore: new KvTokenStore(kv, { encryptionKey }),
      sessionStore: new KvSessionStore(kv),
      onError: (event) => events.push(event),
    });
  return { before: site(keys), after: site(nextKeys), site, events, close: () => kv.close() };
}

Deno.test("osuAuth() treats a user whose token is sealed under another key as logged out", async () => {
  const { before, after, events, close } = await kvSites(OLD_KEY, NEW_KEY);
  const session = await logIn(before);
  const home = await after.request("/", { headers: { cookie: session } });
  assertEquals([home.status, await home.text()], [200, "anonymous"]);
  assertStringIncludes(setCookie(home, "osu_session")!, "Max-Age=0");
  const me = await after.request("/me", { headers: { cookie: session } });
  assertEquals([me.status, me.headers.get("location")], [302, "/auth/login?next=%2Fme"]);
  assertEquals(events.map((event) => event.stage), ["read-token"]);
  assertInstanceOf(events[0].error, TokenDecryptionError);
  close();
});

Deno.test("osuAuth() logout with a token sealed under another key ends the session, not a 500", async () => {
  const { before, after, close } = await kvSites(OLD_KEY, NEW_KEY);
  const session = await logIn(before);
  const response = await logOut(after, session);
  assertEquals(response.status, 303);
  assertStringIncludes(setCookie(response, "osu_session")!, "Max-Age=0");
  assertEquals(await whoIs(after, session), "anonymous");
  close();
});

Deno.test("osuAuth() reports the error to onError without a token in it", async () => {
  const { before, after, events, close } = await kvSites(OLD_KEY, NEW_KEY);
  const session = await logIn(before);
  await after.request("/", { headers: { cookie: session } });
  const key = `osu-ts:hono:${before.osu.credentials.clientId}:user:${before.osu.player.id}`;
  const record = await before.tokenStore.get(key);
  const text = JSON.stringify(events) + Deno.inspect(events, { depth: 10 });
  for (const secret of [record!.accessToken, record!.refreshToken!]) {
    assertFalse(text.includes(secret));
  }
  assert(events.length === 1);
  close();
});

Deno.test("osuAuth() with encryptionKey [new, old] keeps users logged in across a key rotation", async () => {
  const { before, after, site, events, close } = await kvSites(OLD_KEY, [NEW_KEY, OLD_KEY]);
  const session = await logIn(before);
  assertEquals(await whoIs(after, session), "EmuPlayer", "a token sealed under the old key opens");
  const again = await logIn(after); // the token is written again, sealed under the new key
  assertEquals(await whoIs(site(NEW_KEY), again), "EmuPlayer", "once the old key is dropped");
  assertEquals(events, []);
  close();
});

Deno.test("DurableObjectTokenStore with encryptionKey [new, old] opens records of either key", async () => {
  const { namespace, close } = sqlNamespace();
  const record = {
    accessToken: "t",
    expiresAt: 1,
    scope: "identify",
    grant: "authorization_code",
  } as const;
  const old = new DurableObjectTokenStore(namespace, "app", { encryptionKey: OLD_KEY });
  await old.set("k", record);
  const rotated = new DurableObjectTokenStore(namespace, "app", {
    encryptionKey: [NEW_KEY, OLD_KEY],
  });
  assertEquals((await rotated.get("k"))?.accessToken, "t");
  await rotated.set("k", record);
  const onlyNew = new DurableObjectTokenStore(namespace, "app", { encryptionKey: NEW_KEY });
  assertEquals((await onlyNew.get("k"))?.accessToken, "t", "rewritten under the new key");
  close();
});
