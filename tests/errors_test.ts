import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertRejects,
  assertStringIncludes,
} from "@std/assert";
import {
  Client,
  ForbiddenError,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  OsuApiError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { recordingFetch, tokenResponse } from "./_support.ts";

function clientAnswering(answer: () => Response | Promise<Response>, extra = {}) {
  const api = recordingFetch((r) => r.path === "/oauth/token" ? tokenResponse("at") : answer());
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch: api.fetch,
    requestWaitTime: 0,
    retry: false,
    ...extra,
  });
  return { api, client };
}

const cases: [number, unknown, new (...a: never[]) => OsuApiError, string][] = [
  [401, { authentication: "basic" }, UnauthorizedError, "authentication required"],
  [403, { error: "A required scope is missing." }, ForbiddenError, "A required scope is missing."],
  [404, { error: null }, NotFoundError, "404"],
  [422, { error: "title is too long" }, ValidationError, "title is too long"],
  [429, { error: "Too Many Attempts." }, RateLimitError, "Too Many Attempts."],
  [500, { error: "oops" }, ServerError, "500"],
  [503, { error: "maintenance" }, ServerError, "maintenance"],
  [418, { error: "teapot" }, OsuApiError, "teapot"],
];

for (const [status, body, ErrorClass, text] of cases) {
  Deno.test(`a ${status} answer rejects with ${ErrorClass.name} carrying the status and endpoint`, async () => {
    const { client } = clientAnswering(() => Response.json(body, { status }));
    const error = await assertRejects(() => client.getUser(2), ErrorClass);
    assertEquals(error.status, status);
    assertEquals(error.endpoint, "getUser");
    assertStringIncludes(error.message, text);
  });
}

Deno.test("a 429 with Retry-After carries retryAfter in seconds", async () => {
  const { client } = clientAnswering(() =>
    Response.json({ error: "Too Many Attempts." }, { status: 429, headers: { "retry-after": "7" } })
  );
  const error = await assertRejects(() => client.getUser(2), RateLimitError);
  assertEquals(error.retryAfter, 7);
});

Deno.test("an HTML error page from a proxy rejects with MalformedResponseError and a short excerpt", async () => {
  const html = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(5000) + "</body></html>";
  const { client } = clientAnswering(() => new Response(html, { status: 200 }));
  const error = await assertRejects(() => client.getUser(2), MalformedResponseError);
  assertEquals(error.status, 200);
  assert(error.excerpt.length <= 130);
  assertStringIncludes(error.excerpt, "502 Bad Gateway");
});

Deno.test("a truncated JSON body rejects with MalformedResponseError", async () => {
  const { client } = clientAnswering(() => new Response('{"id": 2, "usern', { status: 200 }));
  await assertRejects(() => client.getUser(2), MalformedResponseError, "not JSON");
});

Deno.test("a 404 with an empty body (the wiki's) is NotFoundError, not a JSON error", async () => {
  const { client } = clientAnswering(() => new Response("", { status: 404 }));
  const error = await assertRejects(() => client.getUser(2), NotFoundError);
  assertEquals(error.serverMessage, undefined);
});

Deno.test("a failed connection rejects with NetworkError", async () => {
  const { client } = clientAnswering(() => Promise.reject(new TypeError("connection refused")));
  const error = await assertRejects(() => client.getUser(2), NetworkError, "connection refused");
  assertEquals(error.status, 0);
});

Deno.test("no answer within the timeout rejects with TimeoutError (fake clock)", async () => {
  const clock = new FakeClock(0);
  const { client } = clientAnswering(
    () => new Promise<Response>(() => {}),
    { clock, timeout: 5_000 },
  );
  const pending = client.getUser(2);
  pending.catch(() => {});
  await clock.tick(5_000);
  const error = await assertRejects(() => pending, TimeoutError);
  assertEquals(error.timeoutMs, 5_000);
});

Deno.test("every error is an OsuError with a name that says its class", async () => {
  const { client } = clientAnswering(() => Response.json({ error: null }, { status: 404 }));
  const error = await assertRejects(() => client.getUser(2));
  assertInstanceOf(error, NotFoundError);
  assertEquals(error.name, "NotFoundError");
});

Deno.test("with the system clock, the platform's timeout signal rejects with TimeoutError", async () => {
  // Token requests answer; API requests never do, but honour their signal as the platform's fetch.
  const fetch = (input: Request | URL | string, init?: RequestInit) =>
    String(input).endsWith("/oauth/token")
      ? Promise.resolve(tokenResponse("at"))
      : new Promise<Response>(
        (_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
      );
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch,
    requestWaitTime: 0,
    retry: false,
    timeout: 20,
  });
  const error = await assertRejects(() => client.getUser(2), TimeoutError);
  assertEquals(error.timeoutMs, 20);
});

for (const timeout of [0, 60_000]) {
  Deno.test(`an aborted call rejects at once with the abort reason (timeout ${timeout})`, async () => {
    const { api, client } = clientAnswering(() => new Promise<Response>(() => {}), { timeout });
    const controller = new AbortController();
    const pending = client.getUser(2, undefined, { signal: controller.signal });
    pending.catch(() => {});
    while (api.requests.length < 2) await Promise.resolve(); // the API request is in flight
    const reason = new Error("user cancelled");
    controller.abort(reason);
    assertEquals(await pending.catch((e) => e), reason);
  });
}
