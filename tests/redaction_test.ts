/**
 * No client secret, password, access or refresh token appears in any error's message, `String()`,
 * JSON, `cause` chain or hook payload, whatever osu! (or a proxy) answers.
 */
import { assert, assertRejects } from "@std/assert";
import { AuthHandler, Client, LazerAuthHandler, MemoryTokenStore, Scope } from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { recordingFetch, tokenResponse } from "./_support.ts";

const SECRETS = {
  clientSecret: "cs-9f8e7d6c5b4a",
  password: "pw-hunter2",
  accessToken: "at-3c2b1a",
  refreshToken: "rt-7e6d5c",
  code: "code-5a4b3c",
};
const ALL = Object.values(SECRETS);

function everythingAbout(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 10; depth++) {
    parts.push(String(current));
    if (current instanceof Error) {
      parts.push(current.message, current.stack ?? "");
      parts.push(JSON.stringify(current, Object.getOwnPropertyNames(current)));
      parts.push(JSON.stringify({ ...current }));
      current = current.cause;
    } else break;
  }
  return parts.join("\n");
}

/** Fails when `text` holds any of `secrets` (the ones the client under test holds). */
function assertClean(text: string, where: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    assert(!text.includes(secret), `${where} leaks ${secret}: ${text.slice(0, 300)}`);
  }
}

/** Bodies that echo every secret back, as a broken proxy or a hostile server might. */
const echo = `{"error":"invalid_grant","message":"bad ${ALL.join(" ")}","hint":"${ALL.join(",")}"}`;
const answers: [string, () => Response | Promise<Response>][] = [
  ["401 echo", () => new Response(echo, { status: 401 })],
  ["400 echo", () => new Response(echo, { status: 400 })],
  ["403 echo", () => new Response(echo, { status: 403 })],
  ["422 echo", () => new Response(echo, { status: 422 })],
  ["429 echo", () => new Response(echo, { status: 429 })],
  ["503 html echo", () => new Response(`<html>${ALL.join(" ")}</html>`, { status: 503 })],
  [
    "200 truncated echo",
    () =>
      new Response(
        `{"access_token":"${SECRETS.accessToken}","refresh_token":"${SECRETS.refreshToken}`,
      ),
  ],
  ["network error echo", () => Promise.reject(new TypeError(`failed ${ALL.join(" ")}`))],
];

for (const [name, answer] of answers) {
  Deno.test(`redaction: the token request (${name}) leaks no secret`, async () => {
    const payloads: string[] = [];
    const api = recordingFetch(answer);
    const auth = new AuthHandler({
      clientId: 1,
      clientSecret: SECRETS.clientSecret,
      redirectUri: "http://localhost/cb",
      scope: Scope.identify(),
      code: SECRETS.code,
    });
    const client = new Client(auth, {
      fetch: api.fetch,
      requestWaitTime: 0,
      retry: false,
      hooks: {
        onRequest: (i) => payloads.push(JSON.stringify(i)),
        onResponse: (i) => payloads.push(JSON.stringify(i)),
        onRetry: (i) => payloads.push(JSON.stringify(i), everythingAbout(i.error)),
        onRateLimit: (i) => payloads.push(JSON.stringify(i)),
      },
    });
    const error = await assertRejects(() => client.getOwnData());
    // This client holds the client secret and the code (and, in the truncated answer, tokens).
    const received = name.startsWith("200") ? [SECRETS.accessToken, SECRETS.refreshToken] : [];
    const held = [SECRETS.clientSecret, SECRETS.code, ...received];
    assertClean(everythingAbout(error), "error", held);
    assertClean(payloads.join("\n"), "hook payload", held);
    assertClean(String(auth) + JSON.stringify(auth) + String(client), "handler", held);
  });

  Deno.test(`redaction: an API call (${name}) leaks no token`, async () => {
    const payloads: string[] = [];
    const api = recordingFetch((r) =>
      r.path === "/oauth/token"
        ? tokenResponse(SECRETS.accessToken, SECRETS.refreshToken)
        : answer()
    );
    const auth = new LazerAuthHandler({
      username: "u",
      password: SECRETS.password,
      acknowledgeRisk: true,
    });
    const client = new Client(auth, {
      fetch: api.fetch,
      requestWaitTime: 0,
      retry: { retries: 1, baseDelay: 1, maxDelay: 1 },
      hooks: {
        onRequest: (i) => payloads.push(JSON.stringify(i)),
        onResponse: (i) => payloads.push(JSON.stringify(i)),
        onRetry: (i) => payloads.push(JSON.stringify(i), everythingAbout(i.error)),
        onRateLimit: (i) => payloads.push(JSON.stringify(i)),
      },
    });
    const error = await assertRejects(() => client.getUser(2));
    const held = [SECRETS.password, SECRETS.accessToken, SECRETS.refreshToken];
    assertClean(everythingAbout(error), "error", held);
    assertClean(payloads.join("\n"), "hook payload", held);
    assertClean(String(auth) + JSON.stringify(auth), "handler", held);
  });
}

Deno.test("redaction: a rejected refresh leaks neither the refresh token nor the old access token", async () => {
  const clock = new FakeClock(0);
  let first = true;
  const api = recordingFetch((r) => {
    if (r.path !== "/oauth/token") return Response.json({ id: 1 });
    if (first) {
      first = false;
      return tokenResponse(SECRETS.accessToken, SECRETS.refreshToken, 61);
    }
    return new Response(echo, { status: 401 });
  });
  const auth = new LazerAuthHandler({
    username: "u",
    password: SECRETS.password,
    acknowledgeRisk: true,
    tokenStore: new MemoryTokenStore(),
  });
  const client = new Client(auth, { fetch: api.fetch, clock, requestWaitTime: 0 });
  await client.getOwnData();
  await clock.tick(40_000); // past half the 61 s life: a short-lived token renews then
  const error = await assertRejects(() => client.getOwnData());
  assertClean(everythingAbout(error), "error", [
    SECRETS.password,
    SECRETS.accessToken,
    SECRETS.refreshToken,
  ]);
});
