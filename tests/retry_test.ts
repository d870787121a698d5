import { assertEquals, assertRejects } from "@std/assert";
import {
  Client,
  type Hooks,
  NetworkError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { recordingFetch, tokenResponse } from "./_support.ts";

/** A client whose API answers come from `script` in order (then 200), on a fake clock. */
function scripted(script: (() => Response | Promise<Response>)[], hooks: Hooks = {}) {
  const clock = new FakeClock(0);
  let tokens = 0;
  const api = recordingFetch((r) => {
    if (r.path === "/oauth/token") return tokenResponse(`at-${++tokens}`, "rt");
    const next = script.shift();
    return next ? next() : Response.json({ id: 2, username: "peppy" });
  });
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 1000,
    hooks,
    retry: { random: () => 0.5 },
  });
  const apiCalls = () => api.requests.filter((r) => r.path.startsWith("/api/")).length;
  return { clock, api, client, apiCalls };
}

const status = (code: number, headers: HeadersInit = {}) => () =>
  Response.json({ error: "x" }, { status: code, headers });

Deno.test("a 429 with Retry-After waits that long, then retries: 2 requests", async () => {
  const { clock, client, apiCalls } = scripted([status(429, { "retry-after": "3" })]);
  const pending = client.getUser(2);
  await clock.tick(2_999);
  assertEquals(apiCalls(), 1);
  await clock.tick(1);
  assertEquals((await pending).username, "peppy");
  assertEquals(apiCalls(), 2);
});

Deno.test("a 429 without Retry-After backs off and retries", async () => {
  const { clock, client, apiCalls } = scripted([status(429), status(429)]);
  const pending = client.getUser(2);
  await clock.runAll();
  await pending;
  assertEquals(apiCalls(), 3);
});

Deno.test("502, 503 and 504 on a GET are retried: 4 requests, then success", async () => {
  const { clock, client, apiCalls } = scripted([status(502), status(503), status(504)]);
  const pending = client.getUser(2);
  await clock.runAll();
  await pending;
  assertEquals(apiCalls(), 4);
});

Deno.test("a 500 is not retried", async () => {
  const { client, apiCalls } = scripted([status(500)]);
  await assertRejects(() => client.getUser(2), ServerError);
  assertEquals(apiCalls(), 1);
});

Deno.test("a network error on a GET is retried; past the budget the last error is thrown", async () => {
  const fail = () => Promise.reject(new TypeError("connection reset"));
  const { clock, client, apiCalls } = scripted([fail, fail, fail, fail, fail]);
  const pending = client.getUser(2);
  pending.catch(() => {});
  await clock.runAll();
  await assertRejects(() => pending, NetworkError);
  assertEquals(apiCalls(), 4);
});

Deno.test("a write is never resent after a 503 or a network error", async () => {
  const { client, apiCalls } = scripted([status(503)]);
  const scope = {
    title: "",
    path: "chat/channels/{channel}/messages",
    pagination: "none",
  } as const;
  const endpoint = {
    ...scope,
    name: "sendMessageToChannel",
    method: "POST",
    scope: "public",
    grant: "any",
  } as const;
  await assertRejects(
    () => client.request(endpoint, { path: { channel: 1 }, body: { message: "hi" } }),
    ServerError,
  );
  assertEquals(apiCalls(), 1);
});

Deno.test("a write is retried after a 429 (osu! did not act on it)", async () => {
  const { clock, client, apiCalls } = scripted([status(429, { "retry-after": "1" })]);
  const endpoint = {
    name: "sendMessageToChannel",
    title: "",
    method: "POST",
    path: "chat/channels/{channel}/messages",
    scope: "public",
    grant: "any",
    pagination: "none",
  } as const;
  const pending = client.request(endpoint, { path: { channel: 1 }, body: { message: "hi" } });
  await clock.runAll();
  await pending;
  assertEquals(apiCalls(), 2);
});

Deno.test("retry: false turns retrying off", async () => {
  const { client, apiCalls } = scripted([status(503)]);
  await assertRejects(() => client.getUser(2, undefined, { retry: false }), ServerError);
  assertEquals(apiCalls(), 1);
});

Deno.test("a 401 on a token thought valid refreshes once and retries once", async () => {
  const { client, api, apiCalls } = scripted([status(401)]);
  await client.getUser(2);
  assertEquals(apiCalls(), 2);
  assertEquals(api.count("/oauth/token"), 2);
  assertEquals(api.requests.at(-1)!.headers.get("authorization"), "Bearer at-2");
});

Deno.test("two 401s in a row reject with UnauthorizedError after one refresh", async () => {
  const { client, api, apiCalls } = scripted([status(401), status(401)]);
  await assertRejects(() => client.getUser(2), UnauthorizedError);
  assertEquals(apiCalls(), 2);
  assertEquals(api.count("/oauth/token"), 2);
});

Deno.test("an abort while waiting between retries rejects at once with the reason", async () => {
  const { clock, client, apiCalls } = scripted([status(503)]);
  const controller = new AbortController();
  const pending = client.getUser(2, undefined, { signal: controller.signal });
  pending.catch(() => {});
  await clock.tick(10);
  controller.abort(new Error("enough"));
  await assertRejects(() => pending, Error, "enough");
  assertEquals(apiCalls(), 1);
});

Deno.test("hooks see requests, responses, retries and 429s", async () => {
  const seen: string[] = [];
  const hooks: Hooks = {
    onRequest: (i) => seen.push(`request ${i.endpoint} #${i.attempt}`),
    onResponse: (i) => seen.push(`response ${i.status}`),
    onRetry: (i) => seen.push(`retry ${i.error.status} in ${i.delayMs}`),
    onRateLimit: (i) => seen.push(`429 ${i.retryAfter}`),
  };
  const { clock, client } = scripted([status(429, { "retry-after": "2" })], hooks);
  const pending = client.getUser(2);
  await clock.runAll();
  await pending;
  assertEquals(seen, [
    "request token #1",
    "response 200",
    "request getUser #1",
    "response 429",
    "429 2",
    "retry 429 in 2000",
    "request getUser #2",
    "response 200",
  ]);
});

Deno.test("a hook that throws does not break the call", async () => {
  const { client } = scripted([], {
    onRequest: () => {
      throw new Error("bad hook");
    },
  });
  assertEquals((await client.getUser(2)).username, "peppy");
});

Deno.test("the retry budget's maxTime stops a long Retry-After", async () => {
  const { client, apiCalls } = scripted([status(429, { "retry-after": "3600" })]);
  await assertRejects(
    () => client.getUser(2, undefined, { retry: { maxTime: 60_000 } }),
    RateLimitError,
  );
  assertEquals(apiCalls(), 1);
});
