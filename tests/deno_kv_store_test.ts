/** `KvTokenStore` in one process: sealing, wrong keys, leases, and KV's passing "locked" errors. */
import { Client, InvalidArgumentError } from "@osu-ts/api";
import { isTransientKvError, KvTokenStore, TokenDecryptionError } from "@osu-ts/api/kv";
import { createEmulator, FakeClock } from "@osu-ts/api/testing";
import {
  assert,
  assertEquals,
  assertExists,
  assertFalse,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { retryKv } from "../adapters/_kv_retry.ts";

const KEY = new Uint8Array(32).fill(42);

async function rawValues(kv: Deno.Kv): Promise<string> {
  const values: unknown[] = [];
  for await (const entry of kv.list({ prefix: [] })) values.push(entry.value);
  return JSON.stringify(values);
}

Deno.test("KvTokenStore with encryptionKey stores no token in the clear", async () => {
  const kv = await Deno.openKv(":memory:");
  const osu = createEmulator();
  const tokenStore = new KvTokenStore(kv, { encryptionKey: KEY });
  const client = Client.fromOsuCredentials({
    username: osu.player.username,
    password: osu.player.password,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    tokenStore,
    requestWaitTime: 0,
  });
  assertEquals((await client.getUser(2)).id, 2);
  const record = await tokenStore.get(client.auth!.tokenKey);
  assertExists(record?.refreshToken);
  const raw = await rawValues(kv);
  assertStringIncludes(raw, "osu-ts.v1.");
  assertFalse(raw.includes(record.accessToken));
  assertFalse(raw.includes(record.refreshToken));
  kv.close();
});

Deno.test("KvTokenStore.get() with the wrong key throws TokenDecryptionError", async () => {
  const kv = await Deno.openKv(":memory:");
  const osu = createEmulator();
  await new KvTokenStore(kv, { encryptionKey: KEY }).set("k", {
    accessToken: "secret-token",
    expiresAt: Date.now() + 60_000,
    scope: "public",
    grant: "client_credentials",
  });
  const wrong = new KvTokenStore(kv, { encryptionKey: new Uint8Array(32).fill(7) });
  const error = await assertRejects(() => wrong.get("k"), TokenDecryptionError);
  assertStringIncludes(error.message, "encryption key is wrong");
  assertFalse(error.message.includes("secret-token"));
  await assertRejects(() => new KvTokenStore(kv).get("k"), TokenDecryptionError);
  // A client on the wrong key fails with the same clear error, not a garbled token.
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    tokenStore: wrong,
    tokenKey: "k",
    requestWaitTime: 0,
  });
  await assertRejects(() => client.getUser(2), TokenDecryptionError);
  kv.close();
});

Deno.test("new KvTokenStore() refuses a key of the wrong length", async () => {
  const kv = await Deno.openKv(":memory:");
  assertThrows(
    () => new KvTokenStore(kv, { encryptionKey: new Uint8Array(10) }),
    InvalidArgumentError,
  );
  kv.close();
});

Deno.test("KvTokenStore.acquireLease() is exclusive and lapses after its ttl", async () => {
  const kv = await Deno.openKv(":memory:");
  const clock = new FakeClock(1_000);
  const a = new KvTokenStore(kv, { clock });
  const b = new KvTokenStore(kv, { clock });
  const first = await a.acquireLease("k", 500);
  assertExists(first);
  assertEquals(await b.acquireLease("k", 500), undefined);
  await clock.tick(500); // the holder crashed: its lease lapses without release
  const second = await b.acquireLease("k", 500);
  assertExists(second);
  await first.release(); // the old holder's late release leaves the new lease alone
  assertEquals(await a.acquireLease("k", 500), undefined);
  await second.release();
  assertExists(await a.acquireLease("k", 500));
  kv.close();
});

Deno.test("retryKv() retries 'database is locked' and nothing else", async () => {
  const clock = new FakeClock(0);
  let calls = 0;
  const locked = () => {
    calls++;
    if (calls < 3) return Promise.reject(new TypeError("database is locked"));
    return Promise.resolve("ok");
  };
  const result = retryKv(locked, { clock, random: () => 0.5 });
  await clock.runAll();
  assertEquals(await result, "ok");
  assertEquals(calls, 3);
  assert(isTransientKvError(new TypeError("database is locked")));
  assertFalse(isTransientKvError(new TypeError("Value too large")));
  await assertRejects(
    () => retryKv(() => Promise.reject(new TypeError("Value too large")), { clock }),
    TypeError,
  );
});

Deno.test("KvTokenStore with a list of keys seals with the first and opens with any (key rotation)", async () => {
  const kv = await Deno.openKv(":memory:");
  const previous = new Uint8Array(32).fill(1);
  const next = new Uint8Array(32).fill(2);
  const record = {
    accessToken: "t",
    expiresAt: 1,
    scope: "public",
    grant: "client_credentials",
  } as const;
  await new KvTokenStore(kv, { encryptionKey: previous }).set("old", record);
  const rotated = new KvTokenStore(kv, { encryptionKey: [next, previous] });
  assertEquals(await rotated.get("old"), record, "sealed under the previous key");
  await rotated.set("new", record);
  assertEquals(await new KvTokenStore(kv, { encryptionKey: next }).get("new"), record);
  // The first key seals: the previous key alone cannot open what the rotated store wrote.
  await assertRejects(
    () => new KvTokenStore(kv, { encryptionKey: previous }).get("new"),
    TokenDecryptionError,
  );
  assertThrows(() => new KvTokenStore(kv, { encryptionKey: [] }), InvalidArgumentError);
  kv.close();
});
