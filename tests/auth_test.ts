import { assert, assertEquals, assertRejects } from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  InvalidArgumentError,
  LazerAuthHandler,
  MemoryTokenStore,
  Scope,
} from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { recordingFetch, simpleApi, tokenResponse } from "./_support.ts";

const SECRET = "client-secret-value-0123456789";

function form(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

Deno.test("client credentials: the token request body has grant_type, id, secret and scope", async () => {
  const api = simpleApi();
  const client = Client.fromClientCredentials({
    clientId: 42,
    clientSecret: SECRET,
    fetch: api.fetch,
    requestWaitTime: 0,
  });
  await client.getUser(2);
  assertEquals(form(api.requests[0].body), {
    grant_type: "client_credentials",
    client_id: "42",
    client_secret: SECRET,
    scope: "public",
  });
  assertEquals(api.requests[0].headers.get("content-type"), "application/x-www-form-urlencoded");
});

Deno.test("authorization code: the exchange sends code, redirect_uri and the PKCE verifier", async () => {
  const api = simpleApi();
  const auth = new AuthHandler({
    clientId: 42,
    clientSecret: SECRET,
    redirectUri: "http://127.0.0.1:8080/callback",
    scope: Scope.identify(),
    fetch: api.fetch,
  });
  const { url, state, codeVerifier } = await auth.getAuthUrl();
  const authorize = new URL(url);
  assertEquals(authorize.pathname, "/oauth/authorize");
  assertEquals(authorize.searchParams.get("state"), state);
  assertEquals(authorize.searchParams.get("scope"), "public identify");
  assertEquals(authorize.searchParams.get("code_challenge_method"), "S256");
  await auth.getAuthToken("the-code", { codeVerifier });
  assertEquals(form(api.requests[0].body), {
    grant_type: "authorization_code",
    client_id: "42",
    client_secret: SECRET,
    code: "the-code",
    redirect_uri: "http://127.0.0.1:8080/callback",
    code_verifier: codeVerifier!,
  });
});

Deno.test("refresh: an expired user token is refreshed with the refresh token, once", async () => {
  const clock = new FakeClock(0);
  const api = recordingFetch((r) =>
    r.path === "/oauth/token"
      ? tokenResponse(`access-${r.body.includes("refresh_token=") ? "new" : "old"}`, "rt-2", 3600)
      : Response.json({ id: 1, username: "u" })
  );
  const client = Client.fromClientCredentials({
    clientId: 42,
    clientSecret: SECRET,
    redirectUri: "http://localhost/cb",
    scope: Scope.identify(),
    code: "code-1",
    fetch: api.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 1000,
  });
  await client.getOwnData();
  await clock.tick(3_600_000);
  await Promise.all(Array.from({ length: 100 }, () => client.getOwnData()));
  const tokenBodies = api.requests.filter((r) => r.path === "/oauth/token").map((r) =>
    form(r.body)
  );
  assertEquals(tokenBodies.length, 2);
  assertEquals(tokenBodies[1].grant_type, "refresh_token");
  assertEquals(tokenBodies[1].refresh_token, "rt-2");
  assertEquals(api.requests.at(-1)!.headers.get("authorization"), "Bearer access-new");
});

Deno.test("password grant: lazer client id 5, scope *, username and password", async () => {
  const api = simpleApi();
  const client = Client.fromOsuCredentials({
    username: "player",
    password: "hunter2-password",
    acknowledgeRisk: true,
    fetch: api.fetch,
    requestWaitTime: 0,
  });
  await client.getOwnData();
  const body = form(api.requests[0].body);
  assertEquals(body.grant_type, "password");
  assertEquals(body.client_id, "5");
  assertEquals(body.scope, "*");
  assertEquals(body.username, "player");
  assertEquals(body.password, "hunter2-password");
});

Deno.test("Client.fromOsuCredentials() refuses without acknowledgeRisk: true", () => {
  let error: unknown;
  try {
    // deno-lint-ignore no-explicit-any
    Client.fromOsuCredentials({ username: "u", password: "p" } as any);
  } catch (e) {
    error = e;
  }
  assert(error instanceof InvalidArgumentError);
  assert(String(error).includes("acknowledgeRisk"));
});

Deno.test("Client.getUser() on a fresh client: 100 concurrent calls cause one token request", async () => {
  const api = simpleApi();
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: SECRET,
    fetch: api.fetch,
    requestWaitTime: 0,
    limitPerMinute: 1000,
  });
  await Promise.all(Array.from({ length: 100 }, () => client.getUser(2)));
  assertEquals(api.count("/oauth/token"), 1);
  assertEquals(api.count("/api/v2/users/2"), 100);
});

Deno.test("two handlers sharing a store take one token: the lease makes the second wait and read it", async () => {
  const store = new MemoryTokenStore();
  const api = simpleApi();
  const make = () =>
    Client.fromClientCredentials({
      clientId: 1,
      clientSecret: SECRET,
      fetch: api.fetch,
      tokenStore: store,
      requestWaitTime: 0,
    });
  await Promise.all([make().getUser(2), make().getUser(2), make().getUser(2)]);
  assertEquals(api.count("/oauth/token"), 1);
});

Deno.test("a rejected refresh token gives AuthError telling to log in again, and clears the store", async () => {
  const clock = new FakeClock(0);
  const store = new MemoryTokenStore();
  let first = true;
  const api = recordingFetch((r) => {
    if (r.path !== "/oauth/token") return Response.json({ id: 1 });
    if (first) {
      first = false;
      return tokenResponse("at", "rt", 60);
    }
    return Response.json({
      error: "invalid_request",
      error_description: "The refresh token is invalid.",
      hint: "Token has been revoked",
      message: "The refresh token is invalid.",
    }, { status: 401 });
  });
  const auth = new LazerAuthHandler({
    username: "u",
    password: "p",
    acknowledgeRisk: true,
    tokenStore: store,
    fetch: api.fetch,
  });
  const client = new Client(auth, { clock, fetch: api.fetch, requestWaitTime: 0 });
  await client.getOwnData();
  await clock.tick(60_000);
  const error = await assertRejects(() => client.getOwnData(), AuthError, "log in again");
  assertEquals(error.oauthError, "invalid_request");
  assertEquals(await store.get(auth.tokenKey), undefined);
});

Deno.test("bad client credentials reject with AuthError carrying osu-web's text", async () => {
  const api = recordingFetch(() =>
    Response.json({
      error: "invalid_client",
      error_description: "Client authentication failed",
      message: "Client authentication failed",
    }, { status: 401 })
  );
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: SECRET,
    fetch: api.fetch,
    requestWaitTime: 0,
  });
  const error = await assertRejects(
    () => client.getUser(2),
    AuthError,
    "Client authentication failed",
  );
  assertEquals(error.status, 401);
  assertEquals(error.oauthError, "invalid_client");
});

Deno.test("AuthHandler.revoke() sends DELETE oauth/tokens/current and forgets the token", async () => {
  const api = recordingFetch((r) =>
    r.path === "/oauth/token" ? tokenResponse("at") : new Response(null, { status: 204 })
  );
  const auth = new AuthHandler({ clientId: 1, clientSecret: SECRET, fetch: api.fetch });
  await auth.getAuthToken();
  await auth.revoke();
  const last = api.requests.at(-1)!;
  assertEquals([last.method, last.path], ["DELETE", "/api/v2/oauth/tokens/current"]);
  assertEquals(last.headers.get("authorization"), "Bearer at");
});

Deno.test("AuthHandler.toString() never shows the secret", () => {
  const auth = new AuthHandler({ clientId: 1, clientSecret: SECRET });
  assert(!String(auth).includes(SECRET));
  assert(!JSON.stringify(auth).includes(SECRET));
});

Deno.test('AuthHandler({ grant: "authorization_code" }) uses a stored user token and never falls back to client credentials', async () => {
  const store = new MemoryTokenStore();
  const api = simpleApi();
  const auth = new AuthHandler({
    clientId: 1,
    clientSecret: SECRET,
    scope: Scope.identify(),
    grant: "authorization_code",
    tokenStore: store,
    tokenKey: "user:7",
    fetch: api.fetch,
  });
  const client = new Client(auth, { fetch: api.fetch, requestWaitTime: 0 });
  await assertRejects(() => client.getOwnData(), AuthError, "getAuthUrl");
  assertEquals(api.count("/oauth/token"), 0);
  await store.set("user:7", {
    accessToken: "stored-access",
    refreshToken: "stored-refresh",
    expiresAt: 0,
    scope: "public identify",
    grant: "authorization_code",
  });
  await client.getOwnData();
  assertEquals(form(api.requests[0].body).grant_type, "refresh_token");
  assertEquals(form(api.requests[0].body).refresh_token, "stored-refresh");
});
