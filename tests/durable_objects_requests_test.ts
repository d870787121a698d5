import { assert, assertEquals, assertRejects, assertThrows } from "@std/assert";
import { Client, MemoryRateLimiter, MemoryTokenStore } from "@osu-ts/api";
import {
  coordinatorStub,
  durableObjectClientOptions,
  DurableObjectRateLimiter,
  DurableObjectTokenStore,
} from "@osu-ts/api/durable-objects";
import { createEmulator, FakeClock } from "@osu-ts/api/testing";
import { testNamespace } from "./cloudflare/_namespace.ts";
import { CROSS_REQUEST_IO, FakeRequests } from "./cloudflare/_requests.ts";

const RECORD = {
  accessToken: "access-token-value",
  expiresAt: 1_900_000_000_000,
  scope: "public",
  grant: "client_credentials",
} as const;

Deno.test("Fake Workers requests: a stub used after its request ended throws the Workers error", async () => {
  const requests = new FakeRequests();
  const namespace = testNamespace();
  const bound = requests.namespace(namespace);
  const stub = await requests.run(() => Promise.resolve(coordinatorStub(bound, "app")));
  await requests.run(async () => {
    assertThrows(() => stub.getToken("k"), Error, CROSS_REQUEST_IO);
    assertEquals(await coordinatorStub(bound, "app").getToken("k"), null);
  });
  namespace.close();
});

Deno.test("DurableObjectTokenStore made at module scope works in every later request", async () => {
  const requests = new FakeRequests();
  const namespace = testNamespace();
  const store = new DurableObjectTokenStore(requests.namespace(namespace), "app");
  await requests.run(() => store.set("k", RECORD));
  const read = await Promise.all(
    Array.from({ length: 5 }, () => requests.run(() => store.get("k"))),
  );
  assertEquals(read, Array(5).fill(RECORD));
  const lease = await requests.run(() => store.acquireLease("k", 10_000));
  assert(lease);
  assertEquals(await requests.run(() => store.acquireLease("k", 10_000)), undefined);
  await requests.run(() => lease.release());
  assert(
    await requests.run(() => store.acquireLease("k", 10_000)),
    "released from a later request",
  );
  await requests.run(() => store.delete("k"));
  assertEquals(await requests.run(() => store.get("k")), undefined);
  assert(requests.stubs >= 11, "a stub per operation");
  namespace.close();
});

Deno.test("DurableObjectRateLimiter made at module scope counts the slots of every later request", async () => {
  const requests = new FakeRequests();
  const namespace = testNamespace();
  const limiter = new DurableObjectRateLimiter(requests.namespace(namespace), "app", {
    requestWaitTime: 0,
    limitPerMinute: 100,
  });
  await requests.run(() => limiter.acquire());
  await Promise.all(Array.from({ length: 4 }, () => requests.run(() => limiter.acquire())));
  requests.run(() => {
    limiter.observe({ retryAfter: 2 });
    return Promise.resolve();
  });
  assertEquals(await requests.run(() => limiter.used()), 5);
  namespace.close();
});

Deno.test("durableObjectClientOptions() made once serve one Client across requests, in sequence and in parallel, with one token request", async () => {
  const osu = createEmulator();
  const requests = new FakeRequests();
  const namespace = testNamespace();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    ...durableObjectClientOptions(requests.namespace(namespace), "app", {
      requestWaitTime: 0,
      limitPerMinute: 1200,
    }),
  });
  const lookup = () => requests.run(async () => (await client.getUser("@peppy")).username);
  const parallel = await Promise.all(Array.from({ length: 20 }, lookup));
  const later = [await lookup(), await lookup()];
  assertEquals([...parallel, ...later], Array(22).fill("peppy"));
  assertEquals(osu.requests.filter((r) => r.path === "/oauth/token").length, 1);
  assertEquals(namespace.object("app").used(), 23, "one budget: 22 lookups and the token");
  namespace.close();
});

/**
 * A Client made once, whose first token request hangs: request A starts it and goes away (its
 * caller aborts), so Workers cancel A's I/O and timers. Then request B needs a token.
 */
function abandonedRefresh(tokenStore: "durable-object" | "memory") {
  const osu = createEmulator();
  const clock = new FakeClock(0);
  const requests = new FakeRequests();
  const namespace = testNamespace({ clock });
  let tokenRequests = 0;
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (new URL(input instanceof Request ? input.url : input).pathname === "/oauth/token") {
      if (tokenRequests++ === 0) return new Promise<Response>(() => {}); // A's, cancelled
    }
    return osu.fetch(input, init);
  };
  const options = durableObjectClientOptions(requests.namespace(namespace), "app", {
    requestWaitTime: 0,
    clock: requests.clock(clock),
  });
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch,
    clock: requests.clock(clock),
    rateLimiter: options.rateLimiter,
    tokenStore: tokenStore === "memory" ? new MemoryTokenStore() : options.tokenStore,
  });
  const run = async () => {
    const controller = new AbortController();
    const a = requests.run(() =>
      client.getUser("@peppy", undefined, { signal: controller.signal })
    );
    while (tokenRequests === 0) await clock.tick(0);
    controller.abort(new Error("The visitor went away"));
    await assertRejects(() => a, Error, "The visitor went away");
    let answered: string | undefined;
    const b = requests.run(() => client.getUser("@peppy")).then((user) => answered = user.username);
    for (let waited = 0; waited < 60_000 && answered === undefined; waited += 100) {
      await clock.tick(100);
    }
    return { answered, tokenRequests, b, close: () => namespace.close() };
  };
  return run();
}

Deno.test("DurableObjectTokenStore: a refresh left by a finished request does not hang the next one, which takes over when the lease lapses", async () => {
  const outcome = await abandonedRefresh("durable-object");
  assertEquals(outcome.answered, "peppy");
  assertEquals(outcome.tokenRequests, 2);
  outcome.close();
});

Deno.test("MemoryTokenStore on Workers (shared in-flight refresh): the next request waits on the finished one forever", async () => {
  const outcome = await abandonedRefresh("memory");
  assertEquals(outcome.answered, undefined, "still waiting after a minute");
  assertEquals(outcome.tokenRequests, 1);
  outcome.close();
});

Deno.test("MemoryRateLimiter kept across requests: each waiter waits on its own timers, so a finished request strands nobody", async () => {
  const requests = new FakeRequests();
  const fake = new FakeClock(0);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 1, clock: requests.clock(fake) });
  const started: number[] = [];
  // Request 0 starts at once; 1 and 2 queue behind it (1 s apart); request 0 then ends.
  await requests.run(() => limiter.acquire().then(() => started.push(fake.now())));
  const queued = [1, 2].map(() =>
    requests.run(() => limiter.acquire().then(() => started.push(fake.now())))
  );
  // Request 1 ends once granted, while request 2 still waits: its wait must not hang on it.
  await fake.tick(1000);
  await fake.tick(1000);
  await Promise.all(queued);
  assertEquals(started, [0, 1000, 2000]);
});
