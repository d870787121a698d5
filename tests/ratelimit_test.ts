import { assert, assertEquals, assertLessOrEqual, assertRejects } from "@std/assert";
import { Client, InvalidArgumentError, MemoryRateLimiter } from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { simpleApi } from "./_support.ts";

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
