/**
 * The Hono adapter gives each user a rate-limit budget of their own (osu! throttles per token),
 * kept where the sessions are, and bounds how long a request waits for it.
 */
import { assert, assertEquals, assertInstanceOf } from "@std/assert";
import { MemoryRateLimiter, RateLimitError } from "@osu-ts/api";
import { MemorySessionStore, type OsuAuthOptions, type SessionStore } from "@osu-ts/api/hono";
import { KvSessionStore } from "@osu-ts/api/kv";
import { DurableObjectSessionStore } from "@osu-ts/api/durable-objects";
import { FakeClock } from "@osu-ts/api/testing";
import { testNamespace } from "./cloudflare/_namespace.ts";
import { honoSetup, logIn } from "./_hono.ts";

const ALICE = { id: 1001, username: "alice" };
const BOB = { id: 1002, username: "bob" };

/** An app whose `/call` makes one API call for the user and says how it went. */
function setup(extra: Partial<OsuAuthOptions> & { clock?: FakeClock } = {}) {
  const clock = extra.clock ?? new FakeClock(1_700_000_000_000);
  const t = honoSetup({ clock, ...extra });
  t.app.get("/call", async (c) => {
    try {
      await c.get("osu")!.getUser(2);
      return c.text("done");
    } catch (error) {
      return c.text(error instanceof RateLimitError ? "RateLimitError" : String(error), 503);
    }
  });
  const call = (session: string) => t.request("/call", { headers: { cookie: session } });
  return { ...t, clock, call };
}

/**
 * Waits until a call is waiting on the fake clock (its `maxWait` timer and the limiter's sleep),
 * and says whether it is still unsettled then.
 */
async function waitsOnClock(promise: Promise<unknown>, clock: FakeClock): Promise<boolean> {
  let settled = false;
  promise.then(() => settled = true, () => settled = true);
  for (let i = 0; i < 1000 && !settled && clock.pending < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return !settled && clock.pending >= 2;
}

Deno.test("osuAuth() one busy user does not keep another user's login or calls waiting", async () => {
  const t = setup({ client: { maxWait: 120_000 } });
  const alice = await logIn(t, ALICE);
  for (let i = 0; i < 60; i++) assertEquals(await (await t.call(alice)).text(), "done");
  const waiting = t.call(alice); // Alice's 61st call this minute waits for her budget
  assert(await waitsOnClock(waiting, t.clock));
  const bob = await logIn(t, BOB); // no clock tick: Bob's login and call do not wait
  assertEquals(await (await t.call(bob)).text(), "done");
  await t.clock.tick(60_000);
  assertEquals(await (await waiting).text(), "done");
});

Deno.test("osuAuth() maxWait bounds a user's wait for their budget with a RateLimitError", async () => {
  const t = setup({ client: { maxWait: 5_000 } });
  const alice = await logIn(t, ALICE);
  for (let i = 0; i < 60; i++) await t.call(alice);
  const waiting = t.call(alice);
  assert(await waitsOnClock(waiting, t.clock));
  await t.clock.tick(5_000);
  const response = await waiting;
  assertEquals([response.status, await response.text()], [503, "RateLimitError"]);
  await t.clock.tick(60_000);
  assertEquals(await (await t.call(alice)).text(), "done", "the abandoned slot was given back");
});

Deno.test("osuAuth() a rateLimiter in the client options is one budget shared by every user", async () => {
  const clock = new FakeClock(1_700_000_000_000);
  // Each login costs 2 (the code exchange and getOwnData); Alice's 2 calls then use up the 6.
  const shared = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 6, clock });
  const t = setup({ clock, client: { rateLimiter: shared, maxWait: 120_000 } });
  const alice = await logIn(t, ALICE);
  const bob = await logIn(t, BOB); // the logins' calls count too
  await t.call(alice);
  await t.call(alice);
  const waiting = t.call(bob);
  assert(await waitsOnClock(waiting, t.clock), "Bob waits on the budget Alice used");
  await t.clock.tick(60_000);
  assertEquals(await (await waiting).text(), "done");
});

/**
 * Alice spends her budget through one isolate's store; through another's, her next call waits
 * and gives up at `maxWait`, while Bob's goes at once.
 */
async function budgetsPerUser(
  stores: readonly [SessionStore, SessionStore],
  clock: FakeClock,
): Promise<void> {
  const knobs = { requestWaitTime: 0, limitPerMinute: 60 };
  const [here, there] = stores;
  await here.userRateLimiter!(ALICE.id, knobs).acquire({ cost: 60 });
  await there.userRateLimiter!(BOB.id, knobs).acquire({ cost: 60 });
  const waiting = there.userRateLimiter!(ALICE.id, knobs).acquire({ maxWait: 1000 });
  let settled = false;
  const outcome = waiting.then(() => "granted", (error: unknown) => error)
    .finally(() => settled = true);
  for (let i = 0; i < 100 && !settled && clock.pending < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await clock.tick(1000); // the limiter may also refuse at once: the slot is a minute away
  assertInstanceOf(await outcome, RateLimitError);
}

Deno.test("KvSessionStore keeps one budget per user across isolates, bounded by maxWait", async () => {
  const kv = await Deno.openKv(":memory:");
  const clock = new FakeClock(Date.now());
  await budgetsPerUser(
    [new KvSessionStore(kv, { clock }), new KvSessionStore(kv, { clock })],
    clock,
  );
  kv.close();
});

Deno.test("DurableObjectSessionStore keeps one budget per user across isolates, bounded by maxWait", async () => {
  const clock = new FakeClock(Date.now());
  const namespace = testNamespace({ clock });
  await budgetsPerUser([
    new DurableObjectSessionStore(namespace, "app", { clock }),
    new DurableObjectSessionStore(namespace, "app", { clock }),
  ], clock);
  namespace.close();
});

Deno.test("osuAuth()'s per-user budget says what one request may cost, so batches are split to fit it", () => {
  const store = new MemorySessionStore();
  const limiter = store.userRateLimiter(2, { requestWaitTime: 0, limitPerMinute: 30 });
  assertEquals(limiter.maxCost?.(), 30);
});
