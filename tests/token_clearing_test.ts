/**
 * What clears a stored token: only osu!'s refusal of the refresh token itself. Every test counts
 * the token requests, checks the outcome and the stored record.
 */
import { assert, assertEquals, assertInstanceOf, assertRejects } from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  MemoryTokenStore,
  OsuApiError,
  Scope,
  type TokenRecord,
} from "../mod.ts";
import { createEmulator, FakeClock } from "../src/testing/mod.ts";
import { type Recorded, recordingFetch, settle, tokenResponse } from "./_support.ts";

const SECRET = "client-secret-value-0123456789";
const HOUR = 3_600_000;

function form(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

/** A user's client whose token endpoint answers refreshes with `refresh(request)`. */
async function userClient(refresh: (request: Recorded) => Response) {
  const clock = new FakeClock(0);
  const tokenStore = new MemoryTokenStore();
  const api = recordingFetch((r) => {
    if (r.path !== "/oauth/token") return Response.json({ id: 1, username: "u" });
    return form(r.body).grant_type === "refresh_token"
      ? refresh(r)
      : tokenResponse("access-1", "refresh-1", 3600);
  });
  const client = Client.fromClientCredentials({
    clientId: 42,
    clientSecret: SECRET,
    redirectUri: "http://localhost/cb",
    scope: Scope.identify(),
    code: "code-1",
    tokenStore,
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
  });
  await client.getOwnData();
  await clock.tick(HOUR);
  const stored = () => tokenStore.get(client.auth!.tokenKey);
  const refreshes = () =>
    api.requests.filter((r) => form(r.body).grant_type === "refresh_token").length;
  return { client, api, clock, stored, refreshes };
}

const oauthError = (status: number, error: string, description: string, hint?: string) =>
  Response.json({ error, error_description: description, hint, message: description }, {
    status,
  });

Deno.test("a refresh refused 401 invalid_request (league/oauth2-server 8.5, osu-web's) clears the token", async () => {
  // The emulator answers as osu-web does: the refresh token was revoked.
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock, tokenLifetime: 3600 });
  const tokenStore = new MemoryTokenStore();
  const auth = new AuthHandler({
    ...osu.credentials,
    scope: Scope.identify(),
    tokenStore,
    fetch: osu.fetch,
  });
  const client = new Client(auth, { fetch: osu.fetch, clock, requestWaitTime: 0 });
  const { url } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!);
  osu.revokeAllTokens();
  await clock.tick(HOUR);
  const error = await assertRejects(() => client.getOwnData(), AuthError, "log in again");
  assertEquals([error.status, error.oauthError], [401, "invalid_request"]);
  assertEquals(osu.requests.filter((r) => r.grant === "refresh_token").length, 1);
  assertEquals(await tokenStore.get(auth.tokenKey), undefined);
});

Deno.test("a refresh refused 400 invalid_grant (league/oauth2-server 9) clears the token too", async () => {
  const { client, stored, refreshes } = await userClient(() =>
    oauthError(400, "invalid_grant", "The refresh token is invalid.", "Token has been revoked")
  );
  await assertRejects(() => client.getOwnData(), AuthError, "log in again");
  assertEquals(refreshes(), 1);
  assertEquals(await stored(), undefined);
});

Deno.test("invalid_client on a refresh is a configuration error that keeps the user's refresh token", async () => {
  let broken = true;
  const { client, stored, refreshes } = await userClient(() =>
    broken
      ? oauthError(401, "invalid_client", "Client authentication failed")
      : tokenResponse("access-2", "refresh-2", 3600)
  );
  const error = await assertRejects(() => client.getOwnData(), AuthError, "check clientId");
  assertEquals(error.oauthError, "invalid_client");
  assert(!error.message.includes("log in again"));
  assertEquals(refreshes(), 1);
  assertEquals((await stored())?.refreshToken, "refresh-1");
  broken = false; // the secret is deployed again
  await client.getOwnData();
  assertEquals(refreshes(), 2);
  assertEquals((await stored())?.refreshToken, "refresh-2");
});

Deno.test("a refresh answered 429, 400 invalid_request or 503 keeps the stored refresh token", async () => {
  // [answer, token requests sent]: a day's Retry-After is beyond any call's budget, a 400 is
  // final; a 503 is retried as the pipeline's retry budget allows (3 attempts).
  const answers: [() => Response, number][] = [
    [() =>
      Response.json({ message: "Too Many Attempts." }, {
        status: 429,
        headers: { "retry-after": "86400" },
      }), 1],
    [() => oauthError(400, "invalid_request", "The request is missing a required parameter"), 1],
    [() => new Response("<html>503</html>", { status: 503 }), 4],
  ];
  for (const [answer, sent] of answers) {
    let failing = true;
    const { client, clock, stored, refreshes } = await userClient(() =>
      failing ? answer() : tokenResponse("access-2", "refresh-2", 3600)
    );
    const error = await assertRejects(() => settle(client.getOwnData(), clock));
    assertInstanceOf(error, OsuApiError);
    assert(!error.message.includes("log in again"), error.message);
    assertEquals(refreshes(), sent, error.message);
    assertEquals((await stored())?.refreshToken, "refresh-1");
    failing = false;
    await clock.tick(86_400_000); // osu! asked for a day's pause
    assertEquals((await settle(client.getOwnData(), clock)).username, "u");
    assertEquals((await stored())?.refreshToken, "refresh-2");
  }
});

Deno.test("a refresh answer without refresh_token keeps the old refresh token", async () => {
  const { client, clock, api, stored, refreshes } = await userClient(() =>
    tokenResponse("access-2", undefined, 3600)
  );
  await client.getOwnData();
  const record = await stored() as TokenRecord;
  assertEquals([record.accessToken, record.refreshToken], ["access-2", "refresh-1"]);
  await clock.tick(HOUR);
  await client.getOwnData();
  assertEquals(refreshes(), 2);
  const sent = api.requests.filter((r) => form(r.body).grant_type === "refresh_token");
  assertEquals(sent.map((r) => form(r.body).refresh_token), ["refresh-1", "refresh-1"]);
});

Deno.test("an expires_in shorter than the refresh margin does not cost one token request per call", async () => {
  const clock = new FakeClock(0);
  const api = recordingFetch((r) =>
    r.path === "/oauth/token" ? tokenResponse(`access-${r.body.length}`, undefined, 30) : (
      Response.json({ id: 2 })
    )
  );
  const client = Client.fromClientCredentials({
    clientId: 42,
    clientSecret: SECRET,
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
  });
  for (let i = 0; i < 20; i++) await client.getUser(2);
  assertEquals(api.count("/oauth/token"), 1);
  await clock.tick(14_000); // the 60 s margin would call a 30 s token stale at once; half life
  await client.getUser(2);
  assertEquals(api.count("/oauth/token"), 1);
  await clock.tick(2_000);
  await client.getUser(2);
  assertEquals(api.count("/oauth/token"), 2);
});
