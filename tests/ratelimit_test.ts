import { assert, assertEquals, assertLessOrEqual, assertRejects } from "@std/assert";
import {
  Client,
  DEFAULT_MAX_PAUSE_MS,
  InvalidArgumentError,
  MemoryRateLimiter,
  RateLimitError,
} from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { recordingFetch, simpleApi, tokenResponse } from "./_support.ts";
import { CountingClock, EarlyClock } from "./_early_clock.ts";

/** Starts `n` concurrent acquires and records the time each was let through. */
async function run(limiter: MemoryRateLimiter, clock: FakeClock, n: number, cost = 1) {
  const starts: number[] = [];
  const all = Promise.all(
    Array.from({ length: n }, () => limiter.acquire({ cost }).then(() => starts.push(clock.now()))),
  );
  await clock.runAll();
  await all;
  return starts;
}

function maxInAnyWindow(starts: number[], windowMs: number, costs?: number[]): number {
  let max = 0;
  for (let i = 0; i < starts.length; i++) {
    let sum = 0;
    for (let j = i; j < starts.length && starts[j] < starts[i] + windowMs; j++) {
      sum += costs?.[j] ?? 1;
    }
    max = Math.max(max, sum);
  }
  return max;
}

Deno.test("MemoryRateLimiter keeps requestWaitTime between 200 concurrent callers", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0.5, limitPerMinute: 1000, clock });
  const starts = await run(limiter, clock, 200);
  assertEquals(starts.length, 200);
  for (let i = 1; i < starts.length; i++) assert(starts[i] - starts[i - 1] >= 500);
});

Deno.test("MemoryRateLimiter never lets more than limitPerMinute through in any window", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 60, clock });
  const starts = await run(limiter, clock, 200);
  assertEquals(starts.length, 200);
  assertEquals(maxInAnyWindow(starts, 60_000), 60);
  // The cap is used fully: the 61st request starts exactly one window after the first.
  assertEquals(starts[60] - starts[0], 60_000);
});

Deno.test("MemoryRateLimiter honours both knobs together with a short window", async () => {
  const clock = new FakeClock(1_000);
  const limiter = new MemoryRateLimiter({
    requestWaitTime: 0.01,
    limitPerMinute: 10,
    windowMs: 1_000,
    clock,
  });
  const starts = await run(limiter, clock, 200);
  for (let i = 1; i < starts.length; i++) assert(starts[i] - starts[i - 1] >= 10);
  assertLessOrEqual(maxInAnyWindow(starts, 1_000), 10);
});

Deno.test("MemoryRateLimiter counts cost: 50 ids use 50 units", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 60, clock });
  await limiter.acquire({ cost: 50 });
  let second = false;
  const pending = limiter.acquire({ cost: 20 }).then(() => second = true);
  await clock.tick(59_999);
  assertEquals(second, false);
  await clock.tick(1);
  await pending;
  assertEquals(limiter.used(), 20);
});

Deno.test("MemoryRateLimiter rejects a cost above the limit instead of hanging", async () => {
  const limiter = new MemoryRateLimiter({ limitPerMinute: 60 });
  await assertRejects(() => limiter.acquire({ cost: 61 }), InvalidArgumentError);
});

Deno.test("MemoryRateLimiter.acquire() rejects at once with the abort reason and keeps the queue moving", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 1, clock });
  await limiter.acquire();
  const controller = new AbortController();
  const aborted = limiter.acquire({ signal: controller.signal });
  const next = limiter.acquire();
  controller.abort(new Error("stop"));
  await assertRejects(() => aborted, Error, "stop");
  await clock.tick(1000);
  await next;
  assertEquals(limiter.used(), 2);
});

Deno.test("MemoryRateLimiter waits Retry-After after a 429", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, clock });
  limiter.observe({ retryAfter: 5 });
  let through = false;
  const pending = limiter.acquire().then(() => through = true);
  await clock.tick(4_999);
  assertEquals(through, false);
  await clock.tick(1);
  await pending;
});

Deno.test("MemoryRateLimiter slows down when X-RateLimit-Remaining reaches 0", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, windowMs: 60_000, clock });
  limiter.observe({ limit: 1200, remaining: 0 });
  let through = false;
  const pending = limiter.acquire().then(() => through = true);
  await clock.tick(59_999);
  assertEquals(through, false);
  await clock.tick(1);
  await pending;
});

Deno.test("MemoryRateLimiter rejects nonsense knobs", () => {
  let error: unknown;
  try {
    new MemoryRateLimiter({ limitPerMinute: 0 });
  } catch (e) {
    error = e;
  }
  assert(error instanceof InvalidArgumentError);
});

Deno.test("MemoryRateLimiter keeps a separate bucket cap (replay downloads)", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({
    requestWaitTime: 0,
    limitPerMinute: 1000,
    bucketLimits: { replay: 2 },
    clock,
  });
  const starts: number[] = [];
  const all = Promise.all(
    Array.from(
      { length: 3 },
      () => limiter.acquire({ bucket: "replay" }).then(() => starts.push(clock.now())),
    ),
  );
  await clock.runAll();
  await all;
  assertEquals(starts, [0, 0, 60_000]);
});

Deno.test("Client's rate limiter counts the token request too", async () => {
  const api = simpleApi();
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 100 });
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "secret",
    fetch: api.fetch,
    rateLimiter: limiter,
  });
  await client.getUser(2);
  assertEquals(api.requests.map((r) => r.path), ["/oauth/token", "/api/v2/users/2"]);
  assertEquals(limiter.used(), 2);
});

Deno.test("MemoryRateLimiter after Retry-After: 2592000 pauses one hour, lets nothing through at full speed, and does not spin", async () => {
  const clock = new CountingClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 1, clock });
  limiter.observe({ retryAfter: 2_592_000 }); // 30 days
  const times: number[] = [];
  const all = Promise.all(
    [0, 1, 2].map(() => limiter.acquire().then(() => times.push(clock.now()))),
  );
  await clock.tick(DEFAULT_MAX_PAUSE_MS - 1);
  assertEquals(times, []);
  assertLessOrEqual(clock.sleeps, 2, "the queue sleeps until the pause ends, it does not spin");
  await clock.tick(2_001);
  await all;
  assertEquals(times, [3_600_000, 3_601_000, 3_602_000]);
});

Deno.test("MemoryRateLimiter caps a pause at its maxPauseMs", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, maxPauseMs: 10_000, clock });
  limiter.observe({ retryAfter: 1e300 });
  let through = false;
  const pending = limiter.acquire().then(() => through = true);
  await clock.tick(9_999);
  assertEquals(through, false);
  await clock.tick(1);
  await pending;
});

Deno.test("MemoryRateLimiter grants a slot only when its time has come, even when timers fire early", async () => {
  const clock = new EarlyClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, clock });
  limiter.observe({ retryAfter: 600 });
  let at = -1;
  const pending = limiter.acquire().then(() => at = clock.now());
  await clock.tick(599_999);
  assertEquals(at, -1);
  await clock.tick(1);
  await pending;
  assertEquals(at, 600_000);
  assertLessOrEqual(clock.sleeps, 25, "each early wake halves what is left: no spin");
});

Deno.test("MemoryRateLimiter.acquire() waiting out a long pause gives up on its own signal", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, clock });
  limiter.observe({ retryAfter: 2_592_000 });
  const controller = new AbortController();
  const waiting = limiter.acquire({ signal: controller.signal });
  await clock.tick(5_000);
  controller.abort(new Error("Budget spent"));
  await assertRejects(() => waiting, Error, "Budget spent");
  assertEquals(limiter.used(), 0);
});

Deno.test("MemoryRateLimiter refuses a cost above a bucket's cap instead of granting it", async () => {
  const clock = new FakeClock(0);
  const limiter = new MemoryRateLimiter({
    requestWaitTime: 0,
    limitPerMinute: 60,
    bucketLimits: { replay: 10 },
    clock,
  });
  const error = await assertRejects(
    () => limiter.acquire({ cost: 11, bucket: "replay" }),
    InvalidArgumentError,
  );
  assert(error.message.includes('"replay" bucket\'s limit of 10'), error.message);
  assertEquals(limiter.used(), 0);
  await limiter.acquire({ cost: 10, bucket: "replay" });
  assertEquals(limiter.used("replay"), 10);
});

Deno.test("MemoryRateLimiter refuses a cost that is not a number of 0 or more", async () => {
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0 });
  for (const cost of [NaN, -1, Infinity]) {
    await assertRejects(() => limiter.acquire({ cost }), InvalidArgumentError);
  }
  assertEquals(limiter.used(), 0);
});

Deno.test("MemoryRateLimiter.maxCost() is the most one acquire may cost, per bucket", () => {
  const limiter = new MemoryRateLimiter({ limitPerMinute: 60, bucketLimits: { replay: 10 } });
  assertEquals(limiter.maxCost(), 60);
  assertEquals(limiter.maxCost("replay"), 10);
  assertEquals(limiter.maxCost("other"), 60);
  assertEquals(limiter.maxCost("constructor"), 60);
});

Deno.test("Client after a 429 with Retry-After: 2592000 sends nothing for an hour; waiting calls give up at maxWait", async () => {
  const clock = new FakeClock(0);
  let throttled = true;
  const api = recordingFetch((request) => {
    if (request.path === "/oauth/token") return tokenResponse("access-token-1");
    if (throttled) {
      throttled = false;
      return Response.json({ error: "Too Many Attempts." }, {
        status: 429,
        headers: { "retry-after": "2592000" },
      });
    }
    return Response.json({ id: 2 });
  });
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "secret-value",
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
    maxWait: 300_000,
  });
  // osu! asks for 30 days: longer than the call may wait, so it fails at once instead of sleeping.
  const first = client.getUser(2);
  first.catch(() => {});
  await clock.tick(0);
  await assertRejects(() => first, RateLimitError);
  const sent = api.count("/api/v2/users/2");
  const waiting = [client.getUser(2), client.getUser(2)];
  for (const call of waiting) call.catch(() => {});
  await clock.tick(300_000);
  for (const call of waiting) await assertRejects(() => call, RateLimitError, "maxWait");
  assertEquals(api.count("/api/v2/users/2"), sent, "nothing was sent during the pause");
  await clock.tick(DEFAULT_MAX_PAUSE_MS - 300_000);
  const later = client.getUser(2);
  await clock.tick(0);
  assertEquals((await later).id, 2, "after the capped pause (one hour), calls go through again");
});
