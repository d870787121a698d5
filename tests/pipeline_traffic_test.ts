/**
 * What real osu! traffic does to the pipeline: token-endpoint 429s, bodies that are not the
 * promised value, long pauses, Cloudflare's 52x pages, and errors that say what went wrong.
 */
import { assert, assertEquals, assertRejects, assertStringIncludes } from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  Scope,
  ServerError,
} from "@osu-ts/api";
import { createEmulator, FakeClock } from "@osu-ts/api/testing";
import { recordingFetch, tokenResponse } from "./_support.ts";

/** A client on a fake clock whose API answers come from `answer` (token requests from `token`). */
function scripted(
  answer: (path: string, index: number) => Response,
  token: (index: number) => Response = (i) => tokenResponse(`at-${i}`, "rt"),
  options: { maxWait?: number } = {},
) {
  const clock = new FakeClock(1_000_000);
  let tokens = 0;
  let calls = 0;
  const api = recordingFetch((r) =>
    r.path === "/oauth/token" ? token(tokens++) : answer(r.path, calls++)
  );
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 1000,
    retry: { random: () => 0.5 },
    ...options,
  });
  return { clock, api, client, tokenRequests: () => api.count("/oauth/token") };
}

async function settle<T>(clock: FakeClock, call: Promise<T>): Promise<T> {
  call.catch(() => {});
  await clock.runAll();
  return await call;
}

const tooManyAttempts = (seconds: string) =>
  Response.json({ message: "Too Many Attempts." }, {
    status: 429,
    headers: { "retry-after": seconds },
  });

Deno.test("client credentials: a token 429 with Retry-After: 1 is waited out, not an AuthError", async () => {
  const t = scripted(
    () => Response.json({ id: 2, username: "peppy" }),
    (i) => i === 0 ? tooManyAttempts("1") : tokenResponse("at", undefined),
  );
  const started = t.clock.now();
  const user = await settle(t.clock, t.client.getUser(2));
  assertEquals(user.username, "peppy");
  assertEquals(t.tokenRequests(), 2);
  assertEquals(t.clock.now() - started, 1000);
});

Deno.test("refresh: a token 429 with Retry-After: 5 is waited out; the refresh token is kept", async () => {
  const clock = new FakeClock(1_000_000);
  const osu = createEmulator({ clock });
  let refusals = 1;
  const fetch = (input: Request | URL | string, init?: RequestInit) => {
    const body = String(init?.body ?? "");
    if (String(input).endsWith("/oauth/token") && body.includes("refresh_token") && refusals > 0) {
      refusals--;
      return Promise.resolve(tooManyAttempts("5"));
    }
    return osu.fetch(input, init);
  };
  const auth = new AuthHandler({ ...osu.credentials, scope: new Scope("public", "identify") });
  const client = new Client(auth, { fetch, clock, requestWaitTime: 0 });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  await clock.tick(86_400_000); // the access token expired
  const me = await settle(clock, client.getOwnData());
  assertEquals(me.id, osu.player.id);
  assertEquals(refusals, 0);
});

Deno.test("a token endpoint that keeps answering 429 fails the call with RateLimitError, not AuthError", async () => {
  const t = scripted(() => Response.json({}), () => tooManyAttempts("1"));
  const error = await settle(t.clock, t.client.getUser(2).catch((e) => e));
  assert(error instanceof RateLimitError);
  assert(!(error instanceof AuthError));
  assertEquals(t.tokenRequests(), 4); // the first attempt and 3 retries
});

for (
  const [name, body, call] of [
    ["null where a score is promised", "null", (c: Client) => c.getUserBeatmapScore(75, 2)],
    ["an array where a user is promised", "[]", (c: Client) => c.getUser(2)],
    ["an object where a list is promised", "{}", (c: Client) => c.getFriends()],
    ["an empty body where a user is promised", "", (c: Client) => c.getUser(2)],
    ["a number where a beatmap is promised", "42", (c: Client) => c.getBeatmap(75)],
  ] as const
) {
  Deno.test(`a 200 with ${name} rejects with MalformedResponseError naming the method`, async () => {
    const osu = createEmulator();
    const fetch = (input: Request | URL | string, init?: RequestInit) =>
      String(input).includes("/api/v2/")
        ? Promise.resolve(new Response(body, { status: 200 }))
        : osu.fetch(input, init);
    const auth = new AuthHandler({
      ...osu.credentials,
      scope: new Scope("public", "friends.read"),
    });
    const client = new Client(auth, { fetch, requestWaitTime: 0, retry: false });
    const { url, codeVerifier } = await auth.getAuthUrl();
    await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
    const error = await assertRejects(() => call(client), MalformedResponseError);
    assertEquals(error.status, 200);
    assertStringIncludes(error.message, error.endpoint);
    assertStringIncludes(error.message, "answered 200");
  });
}

Deno.test("a void write accepts a 200 or 204 with an empty body", async () => {
  const osu = createEmulator();
  for (const status of [200, 204]) {
    const fetch = (input: Request | URL | string, init?: RequestInit) =>
      String(input).includes("/api/v2/chat/channels/")
        ? Promise.resolve(new Response(status === 204 ? null : "", { status }))
        : osu.fetch(input, init);
    const auth = new AuthHandler({ ...osu.credentials, scope: new Scope("chat.write_manage") });
    const client = new Client(auth, { fetch, requestWaitTime: 0 });
    const { url, codeVerifier } = await auth.getAuthUrl();
    await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
    assertEquals(await client.leaveChannel(1, osu.player.id), undefined);
  }
});

Deno.test("a 429 with Retry-After: 3600 rejects at once with retryAfter (maxWait 5 min)", async () => {
  const t = scripted((_, i) => i === 0 ? tooManyAttempts("3600") : Response.json({ id: 2 }));
  const started = t.clock.now();
  const error = await assertRejects(() => t.client.getUser(2), RateLimitError);
  assertEquals(error.retryAfter, 3600);
  assertEquals(t.clock.now(), started); // no wait at all
  assertStringIncludes(error.message, "maxWait");
  assertEquals(t.api.requests.filter((r) => r.path.startsWith("/api/")).length, 1);
});

Deno.test("after a 1-hour pause, the next call rejects at once, not an hour later", async () => {
  const t = scripted((_, i) => i === 0 ? tooManyAttempts("3600") : Response.json({ id: 2 }));
  await assertRejects(() => t.client.getUser(2), RateLimitError);
  const started = t.clock.now();
  const error = await assertRejects(() => t.client.getUser(3), RateLimitError);
  assertEquals(t.clock.now(), started);
  assertEquals(error.retryAfter, 3600);
  assertStringIncludes(error.message, "maxWait");
  assertEquals(t.api.requests.filter((r) => r.path.startsWith("/api/")).length, 1);
});

Deno.test("a call queued behind the pacing longer than maxWait rejects when maxWait passes", async () => {
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock });
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    clock,
    requestWaitTime: 20, // one request every 20 s
    maxWait: 100_000,
  });
  const outcomes: unknown[] = [];
  const calls = Array.from(
    { length: 8 },
    (_, i) => client.getUser(2).then(() => outcomes[i] = "ok", (error) => outcomes[i] = error),
  );
  await clock.tick(100_000);
  await clock.tick(1);
  await Promise.all(calls);
  // The token request and calls 1-5 start at 0, 20, ..., 100 s; the rest would wait longer.
  assertEquals(outcomes.filter((o) => o === "ok").length, 5);
  const refused = outcomes.filter((o) => o instanceof RateLimitError) as RateLimitError[];
  assertEquals(refused.length, 3);
  assertStringIncludes(refused[0].message, "getUser");
});

Deno.test("maxWait per call: a short budget rejects sooner; Infinity waits the pause out", async () => {
  const t = scripted((_, i) => i === 0 ? tooManyAttempts("60") : Response.json({ id: 2 }));
  await assertRejects(() => t.client.getUser(2, undefined, { maxWait: 30_000 }), RateLimitError);
  const user = await settle(t.clock, t.client.getUser(2, undefined, { maxWait: Infinity }));
  assertEquals(user.id, 2);
});

Deno.test("Retry-After as an HTTP date fills retryAfter in seconds from now", async () => {
  const t = scripted(() =>
    new Response("{}", {
      status: 429,
      headers: { "retry-after": new Date(1_000_000 + 7_000).toUTCString() },
    })
  );
  const error = await assertRejects(
    () => t.client.getUser(2, undefined, { retry: false }),
    RateLimitError,
  );
  assertEquals(error.retryAfter, 7);
});

Deno.test("an empty or malformed X-RateLimit-Remaining is ignored, not read as 0", async () => {
  const t = scripted(() =>
    Response.json({ id: 2 }, { headers: { "x-ratelimit-remaining": "", "x-ratelimit-limit": "" } })
  );
  for (let i = 0; i < 5; i++) await t.client.getUser(2);
  const garbled = scripted(() =>
    Response.json({ id: 2 }, { headers: { "x-ratelimit-remaining": "soon" } })
  );
  for (let i = 0; i < 5; i++) await garbled.client.getUser(2);
  assertEquals(t.clock.now(), 1_000_000); // nobody was paused
  assertEquals(garbled.clock.now(), 1_000_000);
});

for (const status of [408, 520, 521, 522, 523, 524]) {
  Deno.test(`a ${status} on a read is retried like a 503; a write is not resent`, async () => {
    const page = () => new Response("<html>Cloudflare</html>", { status });
    const read = scripted((_, i) => i === 0 ? page() : Response.json({ id: 2 }));
    assertEquals((await settle(read.clock, read.client.getUser(2))).id, 2);
    assertEquals(read.api.requests.filter((r) => r.path.startsWith("/api/")).length, 2);
  });
}

Deno.test("a 522 on a write is not resent", async () => {
  const osu = createEmulator();
  let writes = 0;
  const fetch = (input: Request | URL | string, init?: RequestInit) => {
    if (init?.method === "POST" && String(input).includes("/api/v2/chat/")) {
      writes++;
      return Promise.resolve(new Response("<html>522</html>", { status: 522 }));
    }
    return osu.fetch(input, init);
  };
  const auth = new AuthHandler({ ...osu.credentials, scope: new Scope("chat.write") });
  const client = new Client(auth, { fetch, requestWaitTime: 0 });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  await assertRejects(() => client.createNewPm(3, "hi"), ServerError);
  assertEquals(writes, 1);
});

Deno.test("a refused connection names the host and port and the platform's reason, with cause", async () => {
  const client = new Client(undefined, {
    baseUrl: "http://127.0.0.1:9",
    retry: false,
    requestWaitTime: 0,
  });
  const error = await assertRejects(() => client.getWikiPage("en", "Main_page"), NetworkError);
  assertStringIncludes(error.message, "127.0.0.1:9");
  assert(error.cause instanceof Error);
  assertStringIncludes(error.message, (error.cause as Error).message);
});

Deno.test("a 404 names what was asked for", async () => {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  const error = await assertRejects(() => client.getUser(999_999_999), NotFoundError);
  assertStringIncludes(error.message, "GET /api/v2/users/999999999");
});

Deno.test("a Retry-After within maxWait is waited out, even past the retry budget's maxTime", async () => {
  const t = scripted((_, i) => i === 0 ? tooManyAttempts("200") : Response.json({ id: 2 }));
  const started = t.clock.now();
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.clock.now() - started, 200_000);
});

Deno.test("maxWait: Infinity waits out an hour's pause", async () => {
  const t = scripted((_, i) => i === 0 ? tooManyAttempts("3600") : Response.json({ id: 2 }));
  const user = await settle(t.clock, t.client.getUser(2, undefined, { maxWait: Infinity }));
  assertEquals(user.id, 2);
});

Deno.test("a 404 on a long path still names the path (it is not taken for a token)", async () => {
  const t = scripted(() => Response.json({ error: null }, { status: 404 }));
  const error = await assertRejects(
    () => t.client.getUserBeatmapScores(4663536, 5321112),
    NotFoundError,
  );
  assertStringIncludes(error.message, "GET /api/v2/beatmaps/4663536/scores/users/5321112/all");
});

Deno.test("a NetworkError keeps the platform's own error as its cause", async () => {
  const refused = new TypeError("error sending request: Connection refused (os error 111)");
  const client = new Client(undefined, {
    fetch: () => Promise.reject(refused),
    retry: false,
    requestWaitTime: 0,
  });
  const error = await assertRejects(() => client.getWikiPage("en", "Main_page"), NetworkError);
  assertEquals(error.cause, refused);
});
