import { assert, assertEquals, assertFalse, assertLessOrEqual, assertRejects } from "@std/assert";
import { Client, DEFAULT_MAX_PAUSE_MS, InvalidArgumentError, RateLimitError } from "../mod.ts";
import {
  durableObjectClientOptions,
  DurableObjectRateLimiter,
  DurableObjectTokenStore,
  TokenDecryptionError,
} from "../adapters/durable_objects.ts";
import { createEmulator } from "../src/testing/mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { testNamespace } from "./cloudflare/_namespace.ts";
import { CountingClock, EarlyClock } from "./_early_clock.ts";

const RECORD = {
  accessToken: "access-token-value",
  refreshToken: "refresh-token-value",
  expiresAt: 1_900_000_000_000,
  scope: "public identify",
  grant: "authorization_code",
} as const;

Deno.test("durableObjectClientOptions() makes 50 isolates' clients share one token request", async () => {
  const osu = createEmulator();
  const namespace = testNamespace();
  const clientId = String(osu.credentials.clientId);
  const users = await Promise.all(Array.from({ length: 50 }, () => {
    const client = Client.fromClientCredentials({
      ...osu.credentials,
      fetch: osu.fetch,
      ...durableObjectClientOptions(namespace, clientId, {
        requestWaitTime: 0,
        limitPerMinute: 1200,
      }),
    });
    return client.getUser("@peppy");
  }));
  assertEquals(users.map((u) => u.id), Array(50).fill(2));
  assertEquals(osu.requests.filter((r) => r.path === "/oauth/token").length, 1);
  assertEquals(namespace.object(clientId).used(), 51, "the token request counts too");
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.acquire() spaces requests of every limiter sharing one object", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  const a = new DurableObjectRateLimiter(namespace, "app", {
    requestWaitTime: 1,
    clock,
    marginMs: 0,
  });
  const b = new DurableObjectRateLimiter(namespace, "app", {
    requestWaitTime: 1,
    clock,
    marginMs: 0,
  });
  await a.acquire();
  let started = false;
  const second = b.acquire().then(() => started = true);
  await clock.tick(999);
  assertFalse(started);
  await clock.tick(1);
  await second;
  assert(started);
  assertEquals(await a.used(), 2);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter adds a 5 ms safety margin to the spacing by default", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  const limiter = new DurableObjectRateLimiter(namespace, "app", { requestWaitTime: 1, clock });
  await limiter.acquire();
  let started = false;
  const second = limiter.acquire().then(() => started = true);
  await clock.tick(1_004);
  assertFalse(started);
  await clock.tick(1);
  await second;
  assert(started);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.acquire() rejects with the signal's reason and gives the slot back", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  const limiter = new DurableObjectRateLimiter(namespace, "app", {
    requestWaitTime: 0,
    limitPerMinute: 1,
    windowMs: 1000,
    clock,
  });
  await limiter.acquire();
  const controller = new AbortController();
  const waiting = limiter.acquire({ signal: controller.signal });
  while (namespace.calls < 2) await Promise.resolve();
  await clock.tick(10);
  controller.abort(new Error("Stop"));
  await assertRejects(() => waiting, Error, "Stop");
  assertEquals(await limiter.used(), 1);
  const aborted = AbortSignal.abort(new Error("Already"));
  await assertRejects(() => limiter.acquire({ signal: aborted }), Error, "Already");
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.acquire() rejects a cost above the limit before any RPC", async () => {
  const namespace = testNamespace();
  const limiter = new DurableObjectRateLimiter(namespace, "app", { limitPerMinute: 5 });
  await assertRejects(() => limiter.acquire({ cost: 6 }), InvalidArgumentError);
  await assertRejects(() => limiter.acquire({ bucket: "replay", cost: 11 }), InvalidArgumentError);
  assertEquals(namespace.calls, 0);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.observe() pauses every isolate after a 429 with Retry-After", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  const limiter = new DurableObjectRateLimiter(namespace, "app", { requestWaitTime: 0, clock });
  limiter.observe({ retryAfter: 3 });
  while (namespace.calls < 1) await Promise.resolve();
  await Promise.resolve();
  assertEquals(namespace.object("app").reserve({ requestWaitTime: 0 }).delayMs, 3000);
  namespace.close();
});

Deno.test("DurableObjectTokenStore keeps records and an exclusive lease", async () => {
  const namespace = testNamespace();
  const store = new DurableObjectTokenStore(namespace, "app");
  const other = new DurableObjectTokenStore(namespace, "app");
  assertEquals(await store.get("k"), undefined);
  await store.set("k", RECORD);
  assertEquals(await other.get("k"), RECORD);
  const lease = await store.acquireLease("k", 10_000);
  assert(lease);
  assertEquals(await other.acquireLease("k", 10_000), undefined);
  await lease.release();
  assert(await other.acquireLease("k", 10_000));
  await other.delete("k");
  assertEquals(await store.get("k"), undefined);
  namespace.close();
});

Deno.test("DurableObjectTokenStore with encryptionKey stores no readable token", async () => {
  const namespace = testNamespace();
  const key = crypto.getRandomValues(new Uint8Array(32));
  const store = new DurableObjectTokenStore(namespace, "app", { encryptionKey: key });
  await store.set("k", RECORD);
  const raw = namespace.object("app").getToken("k") ?? "";
  assertFalse(raw.includes(RECORD.accessToken));
  assertFalse(raw.includes(RECORD.refreshToken));
  assertEquals(await store.get("k"), RECORD);
  const plain = new DurableObjectTokenStore(namespace, "app");
  await assertRejects(() => plain.get("k"), TokenDecryptionError);
  const wrong = new DurableObjectTokenStore(namespace, "app", {
    encryptionKey: new Uint8Array(32),
  });
  await assertRejects(() => wrong.get("k"), TokenDecryptionError);
  namespace.object("app").setToken("moved", raw);
  await assertRejects(
    () => store.get("moved"),
    TokenDecryptionError,
    undefined,
    "bound to its key",
  );
  namespace.close();
});

Deno.test("DurableObjectRateLimiter after Retry-After: 2592000 pauses every isolate one hour, not 30 days, and lets nothing through before", async () => {
  const clock = new CountingClock(0);
  const namespace = testNamespace({ clock });
  const options = { requestWaitTime: 1, marginMs: 0, clock };
  new DurableObjectRateLimiter(namespace, "app", options).observe({ retryAfter: 2_592_000 });
  while (namespace.calls < 1) await Promise.resolve();
  await clock.tick(0);
  const limiter = new DurableObjectRateLimiter(namespace, "app", options);
  const times: number[] = [];
  const all = Promise.all(
    [0, 1, 2].map(() => limiter.acquire().then(() => times.push(clock.now()))),
  );
  await clock.tick(0);
  assertEquals(clock.pending, 3);
  await clock.tick(DEFAULT_MAX_PAUSE_MS - 1);
  assertEquals(times, [], "nothing passes during the pause");
  assertEquals(clock.sleeps, 3, "the waiting callers do not spin");
  await clock.tick(2_001);
  await all;
  assertEquals(times, [3_600_000, 3_601_000, 3_602_000]);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter grants a slot only when its time has come, even when timers fire early", async () => {
  const clock = new EarlyClock(0);
  const namespace = testNamespace({ clock });
  const limiter = new DurableObjectRateLimiter(namespace, "app", { requestWaitTime: 0, clock });
  limiter.observe({ retryAfter: 600 });
  while (namespace.calls < 1) await Promise.resolve();
  await clock.tick(0);
  let at = -1;
  const pending = limiter.acquire().then(() => at = clock.now());
  await clock.tick(599_999);
  assertEquals(at, -1);
  await clock.tick(1);
  await pending;
  assertEquals(at, 600_000);
  assertLessOrEqual(clock.sleeps, 25, "each early wake halves what is left: no spin");
  namespace.close();
});

Deno.test("DurableObjectRateLimiter cuts a longer pause found in the object to its maxPauseMs", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  namespace.object("app").pause(2_592_000_000); // written by an older version, or other knobs
  const limiter = new DurableObjectRateLimiter(namespace, "app", {
    requestWaitTime: 0,
    maxPauseMs: 1_000,
    clock,
  });
  let at = -1;
  const pending = limiter.acquire().then(() => at = clock.now());
  await clock.tick(1_000);
  await pending;
  assertEquals(at, 1_000);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.maxCost() is the most one acquire may cost, per bucket", () => {
  const namespace = testNamespace();
  const limiter = new DurableObjectRateLimiter(namespace, "app", { limitPerMinute: 60 });
  assertEquals(limiter.maxCost(), 60);
  assertEquals(limiter.maxCost("replay"), 10);
  assertEquals(limiter.maxCost("toString"), 60);
  namespace.close();
});

Deno.test("DurableObjectRateLimiter.acquire() with maxWait rejects at once when its slot is further away, and gives the slot back", async () => {
  const clock = new FakeClock(0);
  const namespace = testNamespace({ clock });
  const limiter = new DurableObjectRateLimiter(namespace, "app", { requestWaitTime: 1, clock });
  limiter.observe({ retryAfter: 600 });
  while (namespace.calls < 1) await Promise.resolve();
  await clock.tick(0);
  const error = await assertRejects(
    () => limiter.acquire({ maxWait: 60_000 }),
    RateLimitError,
    "maxWait",
  );
  assertEquals(error.retryAfter, 600);
  assertEquals(await limiter.used(), 0, "the refused caller's slot was given back");
  assertEquals(clock.pending, 0, "no timer was left waiting");
  namespace.close();
});
