/**
 * Fault injection: each fault, against the emulator with a real `Client` on a fake clock. Every
 * test says how many attempts the client made (the injector's count) and how many reached osu!
 * (the emulator's log), and what the call gave back.
 */
import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  InvalidArgumentError,
  MalformedResponseError,
  NetworkError,
  RateLimitError,
  type RetryInfo,
  Scope,
  ServerError,
  TimeoutError,
} from "../mod.ts";
import {
  createEmulator,
  createFaultyFetch,
  type Emulator,
  FakeClock,
  type FaultOptions,
  type FaultRule,
  seededRandom,
  withFaults,
} from "../src/testing/mod.ts";

const USER = "/api/v2/users/2";
const MESSAGES = "/api/v2/chat/channels/1/messages";

/** An emulator behind the injector, and a client-credentials client on the same fake clock. */
function setup(options: FaultOptions = {}, emulatorOptions = {}) {
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock, ...emulatorOptions });
  const faulty = withFaults(osu, { clock, ...options });
  const retries: RetryInfo[] = [];
  const clientOptions = {
    fetch: faulty.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 1000,
    timeout: 1_000,
    retry: { random: () => 0.5 },
    hooks: { onRetry: (info: RetryInfo) => retries.push(info) },
  };
  const client = Client.fromClientCredentials({ ...osu.credentials, ...clientOptions });
  /** Requests that reached osu! for an endpoint (or a token grant). */
  const reached = (name: string) =>
    osu.requests.filter((r) =>
      r.endpoint === name || (r.path === "/oauth/token" && r.grant === name)
    )
      .length;
  /** Attempts the client made, the token request excluded. */
  const attempts = () => faulty.counts.requests - reached("client_credentials");
  return { clock, osu, faulty, client, clientOptions, retries, reached, attempts };
}

/** Logs the player in through the authorization-code flow, with faults off. */
async function userClient(t: ReturnType<typeof setup>) {
  const auth = new AuthHandler({ ...t.osu.credentials, scope: new Scope("public", "chat.write") });
  const user = new Client(auth, t.clientOptions);
  t.faulty.active = false;
  const { url, codeVerifier } = await auth.getAuthUrl();
  const callback = await t.osu.approve(url);
  await auth.getAuthToken(callback.searchParams.get("code")!, { codeVerifier });
  t.faulty.active = true;
  return { auth, user, before: t.faulty.counts.requests };
}

/** Runs the fake clock until nothing sleeps, then returns the call's outcome. */
async function settle<T>(clock: FakeClock, call: Promise<T>): Promise<T> {
  call.catch(() => {});
  await clock.runAll();
  return await call;
}

function posted(osu: Emulator, text: string): number {
  return (osu.data.collections.chat_messages ?? []).filter((m) => m.content === text).length;
}

Deno.test("withFaults: a 429 burst with Retry-After is waited out: 4 attempts, 1 reaches osu!", async () => {
  const t = setup({
    script: [{ path: USER, fault: { kind: "rateLimit", retryAfter: 2 }, times: 3 }],
  });
  const user = await settle(t.clock, t.client.getUser(2));
  assertEquals(user.username, "peppy");
  assertEquals(t.attempts(), 4);
  assertEquals(t.reached("getUser"), 1);
  assertEquals(t.faulty.counts.injected.rateLimit, 3);
  assertEquals(t.retries.map((r) => r.delayMs), [2000, 2000, 2000]);
  assertEquals(t.clock.now(), 6000);
});

Deno.test("withFaults: a 429 burst without Retry-After past the budget rejects with RateLimitError", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "rateLimit" }, times: 4 }] });
  const error = await assertRejects(() => settle(t.clock, t.client.getUser(2)), RateLimitError);
  assertEquals(error.retryAfter, undefined);
  assertEquals(t.attempts(), 4);
  assertEquals(t.reached("getUser"), 0);
  assertEquals(t.retries.map((r) => r.delayMs), [375, 750, 1500]);
});

Deno.test("withFaults: a 500 is not retried: 1 attempt, ServerError", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "serverError", status: 500 } }] });
  const error = await assertRejects(() => settle(t.clock, t.client.getUser(2)), ServerError);
  assertEquals(error.status, 500);
  assertEquals(t.attempts(), 1);
  assertEquals(t.reached("getUser"), 0);
});

Deno.test("withFaults: 502, 503 and 504 on a GET are retried: 4 attempts, then the answer", async () => {
  const script: FaultRule[] = ([502, 503, 504] as const).map((status) => ({
    path: USER,
    fault: { kind: "serverError", status },
  }));
  const t = setup({ script });
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.attempts(), 4);
  assertEquals(t.reached("getUser"), 1);
  assertEquals(t.retries.map((r) => r.error.status), [502, 503, 504]);
});

Deno.test("withFaults: a 503 on a write is not resent: ServerError, osu! never saw it", async () => {
  const t = setup({
    script: [{ method: "POST", path: MESSAGES, fault: { kind: "serverError", status: 503 } }],
  });
  const { user, before } = await userClient(t);
  const call = user.sendMessageToChannel(1, "hello 503");
  await assertRejects(() => settle(t.clock, call), ServerError);
  assertEquals(t.faulty.counts.requests - before, 1);
  assertEquals(t.reached("sendMessageToChannel"), 0);
  assertEquals(posted(t.osu, "hello 503"), 0);
});

Deno.test("withFaults: a 504 after osu! acted on a write is not resent: the message is posted once", async () => {
  const t = setup({
    script: [{
      method: "POST",
      path: MESSAGES,
      fault: { kind: "serverError", status: 504, upstream: true },
    }],
  });
  const { user, before } = await userClient(t);
  const call = user.sendMessageToChannel(1, "hello 504");
  const error = await assertRejects(() => settle(t.clock, call), ServerError);
  assertEquals(error.status, 504);
  assertEquals(t.faulty.counts.requests - before, 1);
  assertEquals(t.reached("sendMessageToChannel"), 1);
  assertEquals(posted(t.osu, "hello 504"), 1);
});

Deno.test("withFaults: a slow answer past the timeout is a TimeoutError, retried on a GET", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "slow", delayMs: 5_000 } }] });
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.attempts(), 2);
  assertEquals(t.reached("getUser"), 1); // the slow attempt was aborted before it went upstream
  assertInstanceOf(t.retries[0].error, TimeoutError);
  assertEquals(t.clock.now(), 1_000 + 375);
});

Deno.test("withFaults: a slow answer within the timeout arrives late, without a retry", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "slow", delayMs: 700 } }] });
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.attempts(), 1);
  assertEquals(t.retries.length, 0);
  assertEquals(t.clock.now(), 700);
});

Deno.test("withFaults: slow answers on every attempt reject with TimeoutError; none reaches osu!", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "slow", delayMs: 5_000 }, times: 9 }] });
  const error = await assertRejects(() => settle(t.clock, t.client.getUser(2)), TimeoutError);
  assertEquals(error.timeoutMs, 1_000);
  assertEquals(t.attempts(), 4);
  assertEquals(t.reached("getUser"), 0);
  assertEquals(t.faulty.counts.injected.slow, 4);
});

Deno.test("withFaults: a dropped connection on a GET is retried: 2 attempts, then the answer", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "drop" } }] });
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.attempts(), 2);
  assertEquals(t.reached("getUser"), 1);
  assertInstanceOf(t.retries[0].error, NetworkError);
});

Deno.test("withFaults: a connection dropped after osu! acted on a write is not resent", async () => {
  const t = setup({
    script: [{ method: "POST", path: MESSAGES, fault: { kind: "drop", upstream: true } }],
  });
  const { user, before } = await userClient(t);
  const call = user.sendMessageToChannel(1, "hello drop");
  await assertRejects(() => settle(t.clock, call), NetworkError, "connection reset");
  assertEquals(t.faulty.counts.requests - before, 1);
  assertEquals(t.reached("sendMessageToChannel"), 1);
  assertEquals(posted(t.osu, "hello drop"), 1);
});

Deno.test("withFaults: served, a cut body and a dropped connection abort the response body", async () => {
  const osu = createEmulator();
  const faulty = withFaults(osu, {
    script: [{ at: 0, fault: { kind: "cutBody" } }, { at: 1, fault: { kind: "drop" } }],
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, faulty.handler);
  try {
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`http://127.0.0.1:${server.addr.port}${USER}`);
      await assertRejects(() => response.text(), TypeError);
    }
    const last = await fetch(`http://127.0.0.1:${server.addr.port}${USER}`);
    assertEquals(last.status, 401); // no token: osu-web's answer, untouched
    await last.body?.cancel();
  } finally {
    await server.shutdown();
  }
  assertEquals(faulty.counts.injected.cutBody, 1);
  assertEquals(faulty.counts.injected.drop, 1);
  assertEquals(faulty.counts.forwarded, 2); // the dropped request never reached the emulator
  assertEquals(osu.requests.length, 2);
});

Deno.test("withFaults: a truncated JSON body is a MalformedResponseError, not retried", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "truncated" } }] });
  const error = await assertRejects(
    () => settle(t.clock, t.client.getUser(2)),
    MalformedResponseError,
    "not JSON",
  );
  assertEquals(error.status, 200);
  assertEquals(t.attempts(), 1);
  assertEquals(t.reached("getUser"), 1);
});

Deno.test("withFaults: an HTML page with status 200 is a MalformedResponseError with an excerpt", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "html", status: 200 } }] });
  const error = await assertRejects(
    () => settle(t.clock, t.client.getUser(2)),
    MalformedResponseError,
  );
  assertEquals(error.status, 200);
  assertStringIncludes(error.excerpt, "Just a moment");
  assertEquals(t.attempts(), 1);
  assertEquals(t.reached("getUser"), 0);
});

Deno.test("withFaults: nginx's HTML 502 page on every attempt rejects with ServerError after 4", async () => {
  const t = setup({ script: [{ path: USER, fault: { kind: "html" }, times: 4 }] });
  const error = await assertRejects(() => settle(t.clock, t.client.getUser(2)), ServerError);
  assertEquals(error.status, 502);
  assertStringIncludes(error.serverMessage ?? "", "502 Bad Gateway");
  assertEquals(t.attempts(), 4);
  assertEquals(t.reached("getUser"), 0);
});

Deno.test("withFaults: tokens revoked mid-run: a client-credentials client takes a new token and retries once", async () => {
  const t = setup({ script: [{ at: 2, fault: { kind: "revokeTokens" } }] });
  await settle(t.clock, t.client.getUser(2)); // requests 0 (token) and 1
  assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
  assertEquals(t.osu.requests.map((r) => `${r.endpoint ?? r.grant} ${r.status}`), [
    "client_credentials 200",
    "getUser 200",
    "getUser 401",
    "client_credentials 200",
    "getUser 200",
  ]);
  assertEquals(t.faulty.counts.injected.revokeTokens, 1);
});

Deno.test("withFaults: tokens revoked mid-run: a user's client cannot refresh and rejects with AuthError", async () => {
  const t = setup();
  const { user, before } = await userClient(t);
  t.osu.revokeAllTokens();
  const error = await assertRejects(() => settle(t.clock, user.getOwnData()), AuthError);
  assertEquals(error.oauthError, "invalid_request");
  assertEquals(t.faulty.counts.requests - before, 2); // getOwnData (401), refresh (401)
  assertEquals(t.osu.requests.slice(-2).map((r) => `${r.endpoint ?? r.grant} ${r.status}`), [
    "getOwnData 401",
    "refresh_token 401",
  ]);
  // The stored token was cleared: the next call fails before sending anything.
  await assertRejects(() => settle(t.clock, user.getOwnData()), AuthError, "getAuthUrl");
  assertEquals(t.faulty.counts.requests - before, 2);
});

Deno.test("withFaults: revokeTokens as a fault revokes the emulator's tokens", async () => {
  const t = setup({ script: [{ path: /^\/api\/v2\/me\/?$/, fault: { kind: "revokeTokens" } }] });
  const { user } = await userClient(t);
  await assertRejects(() => settle(t.clock, user.getOwnData()), AuthError, "log in again");
  assertEquals(t.faulty.counts.injected.revokeTokens, 1);
  assertEquals(t.reached("refresh_token"), 1);
});

Deno.test("withFaults: a rejected refresh token is osu-web's 401 invalid_request: AuthError, store cleared", async () => {
  const t = setup({ script: [{ fault: { kind: "rejectRefresh" } }] }, { tokenLifetime: 120 });
  const { user, auth } = await userClient(t);
  assertEquals(t.faulty.counts.injected.rejectRefresh, 0); // not for the code grant
  await t.clock.tick(61_000); // within the refresh margin
  const error = await assertRejects(() => settle(t.clock, user.getOwnData()), AuthError);
  assertEquals(error.status, 401);
  assertEquals(error.oauthError, "invalid_request");
  assertEquals(t.faulty.counts.injected.rejectRefresh, 1);
  assertEquals(t.reached("refresh_token"), 0);
  assertEquals(t.reached("getOwnData"), 0);
  await assertRejects(() => auth.getToken(), AuthError, "getAuthUrl");
});

Deno.test("createFaultyFetch: seeded probabilities inject the same faults on every run", async () => {
  const run = async () => {
    const osu = createEmulator({ clock: new FakeClock(0) });
    const faulty = createFaultyFetch(osu.fetch, {
      random: seededRandom(7),
      probabilities: [
        { fault: { kind: "serverError", status: 503 }, probability: 0.2 },
        { fault: { kind: "html" }, probability: 0.1 },
      ],
    });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      const response = await faulty.fetch(`https://osu.ppy.sh${USER}`);
      await response.body?.cancel();
      statuses.push(response.status);
    }
    return { statuses, counts: faulty.counts };
  };
  const [a, b] = [await run(), await run()];
  assertEquals(a, b);
  assertEquals(a.counts.requests, 200);
  assertEquals(a.counts.forwarded + a.counts.total, 200);
  assert(a.counts.injected.serverError > 20 && a.counts.injected.serverError < 60);
  assert(a.counts.injected.html > 5 && a.counts.injected.html < 40);
});

Deno.test("createFaultyFetch: active = false passes requests through untouched", async () => {
  const osu = createEmulator();
  const faulty = createFaultyFetch(osu.fetch, {
    probabilities: [{ fault: { kind: "drop" }, probability: 1 }],
  });
  faulty.active = false;
  const response = await faulty.fetch(`https://osu.ppy.sh${USER}`);
  assertEquals(response.status, 401);
  await response.body?.cancel();
  faulty.active = true;
  await assertRejects(() => faulty.fetch(`https://osu.ppy.sh${USER}`), TypeError);
  assertEquals(faulty.counts.forwarded, 1);
});

Deno.test("createFaultyFetch: a revokeTokens fault without revokeAllTokens, or a bad probability, throws", () => {
  const upstream = () => Promise.resolve(new Response());
  assertThrows(
    () => createFaultyFetch(upstream, { script: [{ fault: { kind: "revokeTokens" } }] }),
    InvalidArgumentError,
    "revokeAllTokens",
  );
  assertThrows(
    () =>
      createFaultyFetch(upstream, { probabilities: [{ fault: { kind: "drop" }, probability: 2 }] }),
    InvalidArgumentError,
    "[0, 1]",
  );
});

// Regression: a 2xx body cut mid-way is a NetworkError, and a GET is retried.
Deno.test({
  name: "Client.getUser() retries a body cut mid-way as a NetworkError",
  fn: async () => {
    const t = setup({ script: [{ path: USER, fault: { kind: "cutBody" } }] });
    assertEquals((await settle(t.clock, t.client.getUser(2))).id, 2);
    assertEquals(t.attempts(), 2);
    assertInstanceOf(t.retries[0].error, NetworkError);
  },
});

// Regression: an abort that lands as the rate limiter lets the request go is honoured.
Deno.test({
  name: "Client.getUser() honours an abort that lands while the rate limiter lets it go",
  fn: async () => {
    const controller = new AbortController();
    const reason = new Error("cancelled");
    let armed = false;
    const t = setup({
      script: [{ path: "/api/v2/users/3", fault: { kind: "slow", delayMs: 60_000 } }],
    });
    const client = Client.fromClientCredentials({
      ...t.osu.credentials,
      ...t.clientOptions,
      timeout: 0,
      rateLimiter: {
        acquire: () => {
          if (armed) controller.abort(reason);
          return Promise.resolve();
        },
      },
    });
    await client.getUser(2);
    armed = true;
    let outcome: unknown = "pending";
    const call = client.getUser(3, undefined, { signal: controller.signal });
    call.then(() => outcome = "resolved", (error) => outcome = error);
    await t.clock.tick(1);
    await t.clock.runAll(); // let the slow answer finish either way
    assertEquals(outcome, reason);
    assertEquals(t.reached("getUser"), 1); // the aborted call never went upstream
  },
});
