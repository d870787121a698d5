/**
 * osu.py's getting-started examples, transcribed line by line into osu-ts, run against the
 * emulator. The authorization-code example exchanges the code without passing the PKCE verifier
 * back: the AuthHandler that made the authorize URL remembers it.
 */
import {
  assert,
  assertEquals,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  InvalidArgumentError,
  InvalidScopeError,
  LazerAuthHandler,
  Scope,
} from "../mod.ts";
import { createEmulator, FakeClock } from "../src/testing/mod.ts";

const OPTIONS = { requestWaitTime: 0 } as const;

Deno.test("osu.py's authorization-code example works as written: getAuthToken(code) needs no verifier", async () => {
  const osu = createEmulator();
  const { clientId, clientSecret } = osu.credentials;
  const redirectUri = osu.credentials.redirectUri;
  const printed: unknown[] = [];

  // auth = AuthHandler(client_id, client_secret, redirect_url, Scope.identify())
  const auth = new AuthHandler({
    clientId,
    clientSecret,
    redirectUri,
    scope: Scope.identify(),
    fetch: osu.fetch,
  });
  // print(auth.get_auth_url())
  const authUrl = await auth.getAuthUrl();
  printed.push(authUrl.url);
  // auth.get_auth_token(input("Code: "))  (the user approves; the code is in the redirect URL)
  const code = (await osu.approve(authUrl.url)).searchParams.get("code")!;
  await auth.getAuthToken(code);
  // client = Client(auth)
  const client = new Client(auth, { fetch: osu.fetch, ...OPTIONS });
  // mode = 'osu'; user = client.get_own_data(mode); print(user.username)
  const mode = "osu";
  const user = await client.getOwnData(mode);
  printed.push(user.username);

  assertEquals(printed[1], osu.player.username);
  assertEquals(auth.grant, "authorization_code");
  // The user's token from the code exchange is the one kept and sent.
  const exchange = osu.requests.find((r) => r.path === "/oauth/token")!;
  assertEquals(osu.requests.at(-1)?.tokenId, exchange.tokenId);
  assert(auth.cachedToken());
  const tokenRequests = osu.requests.filter((r) => r.path === "/oauth/token");
  assertEquals(tokenRequests.map((r) => [r.grant, r.status]), [["authorization_code", 200]]);
});

Deno.test("osu.py's client-credentials examples: Client.fromClientCredentials and AuthHandler.getAuthToken()", async () => {
  const osu = createEmulator();
  const { clientId, clientSecret, redirectUri } = osu.credentials;
  // client = Client.from_client_credentials(client_id, client_secret, redirect_uri)
  const client = Client.fromClientCredentials({
    clientId,
    clientSecret,
    redirectUri,
    fetch: osu.fetch,
    ...OPTIONS,
  });
  assertEquals((await client.getUser(2)).id, 2);
  // auth = AuthHandler(client_id, client_secret, redirect_uri); auth.get_auth_token()
  const auth = new AuthHandler({ clientId, clientSecret, redirectUri, fetch: osu.fetch });
  await auth.getAuthToken();
  // client = Client(auth)
  assertEquals((await new Client(auth, { fetch: osu.fetch, ...OPTIONS }).getUser(2)).id, 2);
  const grants = osu.requests.filter((r) => r.path === "/oauth/token").map((r) => r.grant);
  assertEquals(grants, ["client_credentials", "client_credentials"]);
});

Deno.test("osu.py's password-grant examples: Client.fromOsuCredentials and LazerAuthHandler", async () => {
  const osu = createEmulator();
  const { username, password } = osu.player;
  // client = Client.from_osu_credentials(username, password)  (osu-ts asks to acknowledge the risk)
  const client = Client.fromOsuCredentials({
    username,
    password,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    ...OPTIONS,
  });
  assertEquals((await client.getOwnData()).id, osu.player.id);
  // auth = LazerAuthHandler(username, password); auth.get_auth_token()
  const auth = new LazerAuthHandler({
    username,
    password,
    acknowledgeRisk: true,
    fetch: osu.fetch,
  });
  await auth.getAuthToken();
  assertEquals(auth.scope.toString(), "*");
  assertEquals(
    osu.requests.filter((r) => r.path === "/oauth/token" && r.grant === "password").length,
    2,
  );
});

Deno.test("osu.py's Scope examples: default, identify, and a typo refused", () => {
  assertEquals(Scope.default().toString(), "public");
  assertEquals(Scope.identify().toString(), "public identify");
  // Scope("pubic", "identify", "friends.read"): the typo is refused before anything is sent
  // deno-lint-ignore no-explicit-any
  assertThrows(() => new Scope("pubic" as any, "identify", "friends.read"), InvalidScopeError);
});

function codeFlow() {
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock });
  const auth = new AuthHandler({ ...osu.credentials, scope: Scope.identify(), fetch: osu.fetch });
  // Attaching the handler to a client gives it the client's clock.
  new Client(auth, { fetch: osu.fetch, clock, ...OPTIONS });
  const codeOf = async (url: string) => (await osu.approve(url)).searchParams.get("code")!;
  const exchanges = () =>
    osu.requests.filter((r) => r.path === "/oauth/token" && r.grant === "authorization_code");
  return { clock, osu, auth, codeOf, exchanges };
}

Deno.test("AuthHandler.getAuthToken(code, { state }) picks the verifier of that URL among several", async () => {
  const { auth, codeOf, exchanges } = codeFlow();
  const first = await auth.getAuthUrl();
  const second = await auth.getAuthUrl();
  const code = await codeOf(second.url);
  await assertRejects(
    () => auth.getAuthToken(code),
    InvalidArgumentError,
    "pass the callback's state",
  );
  assertEquals(exchanges().length, 0);
  await auth.getAuthToken(code, { state: second.state });
  assertEquals(exchanges().map((r) => r.status), [200]);
  // The first URL is still outstanding, and now the only one.
  await auth.getAuthToken(await codeOf(first.url));
  assertEquals(exchanges().map((r) => r.status), [200, 200]);
});

Deno.test("AuthHandler.getAuthToken(code) for a URL it did not make says to pass codeVerifier", async () => {
  const { osu, auth, codeOf, exchanges } = codeFlow();
  const elsewhere = new AuthHandler({ ...osu.credentials, scope: Scope.identify() });
  const { url, codeVerifier } = await elsewhere.getAuthUrl();
  const code = await codeOf(url);
  await assertRejects(
    () => auth.getAuthToken(code),
    AuthError,
    "pass codeVerifier from getAuthUrl()",
  );
  assertEquals(exchanges().map((r) => r.status), [400]);
  // The code was refused, not used: with its verifier it still works.
  await auth.getAuthToken(code, { codeVerifier });
  assertEquals(exchanges().map((r) => r.status), [400, 200]);
});

Deno.test("AuthHandler forgets a verifier after 10 minutes, as osu! forgets the code", async () => {
  const { clock, auth, codeOf, exchanges } = codeFlow();
  const { url } = await auth.getAuthUrl();
  const code = await codeOf(url);
  await clock.tick(10 * 60_000);
  await assertRejects(() => auth.getAuthToken(code), AuthError);
  assertEquals(exchanges().length, 1);
});

Deno.test("new Client(auth) uses the fetch and baseUrl given to the AuthHandler when it has none", async () => {
  const osu = createEmulator();
  const sent: string[] = [];
  const fetch: typeof osu.fetch = (input, init) => {
    sent.push(new URL(input instanceof Request ? input.url : input).host);
    return osu.fetch(input, init);
  };
  const auth = new AuthHandler({
    ...osu.credentials,
    scope: Scope.identify(),
    fetch,
    baseUrl: "https://osu.example.test",
  });
  const { url } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!);
  const client = new Client(auth, { requestWaitTime: 0 });
  assertEquals((await client.getOwnData("osu")).username, osu.player.username);
  assertEquals(client.baseUrl, "https://osu.example.test");
  assertEquals(new Set(sent), new Set(["osu.example.test"]));
});

Deno.test("a Client whose baseUrl differs from its AuthHandler's is refused: tokens stay with their host", () => {
  const auth = new AuthHandler({
    clientId: 1,
    clientSecret: "s",
    baseUrl: "http://localhost:8000",
  });
  const error = assertThrows(
    () => new Client(auth, { baseUrl: "https://osu.ppy.sh" }),
    InvalidArgumentError,
  );
  assertStringIncludes(error.message, "http://localhost:8000");
  // The same host, written differently, is fine.
  new Client(auth, { baseUrl: "http://localhost:8000/" });
});

Deno.test("an AuthHandler's own fetch still sends its token requests through the client's limiter and hooks", async () => {
  const osu = createEmulator();
  let acquired = 0;
  const seen: string[] = [];
  const auth = new AuthHandler({ ...osu.credentials, fetch: osu.fetch });
  const client = new Client(auth, {
    fetch: osu.fetch, // the same fetch, or another: the budget is the client's either way
    rateLimiter: { acquire: () => (acquired++, Promise.resolve()) },
    hooks: { onRequest: (info) => seen.push(info.endpoint) },
  });
  await client.getUser(2);
  assertEquals(acquired, 2); // the token request and the call
  assertEquals(seen, ["token", "getUser"]);
});
