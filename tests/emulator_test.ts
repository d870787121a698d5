import { createEmulator, type Emulator, FakeClock } from "@osu-ts/api/testing";
import { assert, assertEquals, assertMatch } from "@std/assert";

const BASE = "https://osu.ppy.sh";

function form(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams(fields),
  };
}

/** `POST /oauth/token` with a form body. */
function postToken(emulator: Emulator, fields: Record<string, string>): Promise<Response> {
  return emulator.fetch(`${BASE}/oauth/token`, form(fields));
}

async function clientToken(emulator: Emulator, scope = "public"): Promise<string> {
  const { clientId, clientSecret } = emulator.credentials;
  const response = await postToken(emulator, {
    client_id: String(clientId),
    client_secret: clientSecret,
    grant_type: "client_credentials",
    scope,
  });
  assertEquals(response.status, 200);
  return (await response.json()).access_token;
}

async function passwordToken(
  emulator: Emulator,
): Promise<{ access_token: string; refresh_token: string }> {
  const response = await postToken(emulator, {
    client_id: String(emulator.lazer.clientId),
    client_secret: emulator.lazer.clientSecret,
    grant_type: "password",
    username: emulator.player.username,
    password: emulator.player.password,
    scope: "*",
  });
  assertEquals(response.status, 200);
  return await response.json();
}

function get(
  emulator: Emulator,
  path: string,
  token?: string,
  headers: Record<string, string> = {},
) {
  return emulator.fetch(`${BASE}/api/v2/${path}`, {
    headers: {
      accept: "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  });
}

async function authCode(emulator: Emulator, scope: string, extra: Record<string, string> = {}) {
  const { clientId, redirectUri } = emulator.credentials;
  const url = new URL(`${BASE}/oauth/authorize`);
  for (
    const [k, v] of Object.entries({
      client_id: String(clientId),
      redirect_uri: redirectUri,
      response_type: "code",
      scope,
      state: "xyz",
      ...extra,
    })
  ) {
    url.searchParams.set(k, v);
  }
  const redirect = await emulator.approve(url);
  return redirect.searchParams.get("code")!;
}

Deno.test("POST /oauth/token client_credentials returns a Bearer token without refresh token", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { clientId, clientSecret } = emulator.credentials;
  const response = await postToken(emulator, {
    client_id: String(clientId),
    client_secret: clientSecret,
    grant_type: "client_credentials",
    scope: "public",
  });
  const body = await response.json();
  assertEquals(body.token_type, "Bearer");
  assertEquals(body.expires_in, 86400);
  assertEquals(body.refresh_token, undefined);
  assertEquals(emulator.requests[0].grant, "client_credentials");
  assertMatch(emulator.requests[0].body!, /client_secret=\*\*\*/);
});

Deno.test("POST /oauth/token accepts JSON bodies", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { clientId, clientSecret } = emulator.credentials;
  const response = await emulator.fetch(`${BASE}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: "client_credentials",
      scope: "public",
    }),
  });
  assertEquals(response.status, 200);
});

Deno.test("POST /oauth/token with a wrong secret is 401 invalid_client", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const response = await postToken(emulator, {
    client_id: String(emulator.credentials.clientId),
    client_secret: "nope",
    grant_type: "client_credentials",
    scope: "public",
  });
  assertEquals(response.status, 401);
  const body = await response.json();
  assertEquals(body.error, "invalid_client");
  assertEquals(body.message, "Client authentication failed");
});

Deno.test("POST /oauth/token refuses * for client credentials and unknown scopes", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { clientId, clientSecret } = emulator.credentials;
  const star = await postToken(emulator, {
    client_id: String(clientId),
    client_secret: clientSecret,
    grant_type: "client_credentials",
    scope: "*",
  });
  assertEquals(star.status, 400);
  assertEquals(await star.json(), { error: "* is not allowed with Client Credentials" });
  const unknown = await postToken(emulator, {
    client_id: String(clientId),
    client_secret: clientSecret,
    grant_type: "client_credentials",
    scope: "pubic",
  });
  assertEquals(unknown.status, 400);
  const body = await unknown.json();
  assertEquals(body.error, "invalid_scope");
  assertEquals(body.hint, "Check the `pubic` scope");
});

Deno.test("password grant gives a * token that reaches lazer-only routes", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { access_token, refresh_token } = await passwordToken(emulator);
  assert(refresh_token);
  const response = await get(emulator, "blocks", access_token);
  assertEquals(response.status, 200);
  const wrong = await postToken(emulator, {
    client_id: "5",
    client_secret: emulator.lazer.clientSecret,
    grant_type: "password",
    username: emulator.player.username,
    password: "wrong",
    scope: "*",
  });
  assertEquals(wrong.status, 400);
  assertEquals((await wrong.json()).error, "invalid_grant");
});

Deno.test("authorization_code: approve, exchange once, identify always included", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const code = await authCode(emulator, "public");
  const { clientId, clientSecret, redirectUri } = emulator.credentials;
  const exchange = () =>
    postToken(emulator, {
      client_id: String(clientId),
      client_secret: clientSecret,
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
    });
  const first = await exchange();
  assertEquals(first.status, 200);
  const token = await first.json();
  assert(token.refresh_token);
  const me = await get(emulator, "me", token.access_token);
  assertEquals((await me.json()).id, emulator.player.id);
  const again = await exchange();
  assertEquals(again.status, 400);
  assertEquals((await again.json()).error, "invalid_grant");
});

Deno.test("authorization_code expires after 10 minutes", async () => {
  const clock = new FakeClock(0);
  const emulator = createEmulator({ clock });
  const code = await authCode(emulator, "public");
  await clock.tick(10 * 60_000 + 1);
  const { clientId, clientSecret, redirectUri } = emulator.credentials;
  const response = await postToken(emulator, {
    client_id: String(clientId),
    client_secret: clientSecret,
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri,
  });
  assertEquals(response.status, 400);
  assertEquals((await response.json()).hint, "Authorization code has expired");
});

Deno.test("approve with deny redirects with access_denied and the state", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { clientId, redirectUri } = emulator.credentials;
  const url = `${BASE}/oauth/authorize?client_id=${clientId}&redirect_uri=${
    encodeURIComponent(redirectUri)
  }&response_type=code&scope=public&state=abc`;
  const redirect = await emulator.approve(url, { deny: true });
  assertEquals(redirect.searchParams.get("error"), "access_denied");
  assertEquals(redirect.searchParams.get("state"), "abc");
  assert(redirect.href.startsWith(redirectUri));
});

Deno.test("GET /oauth/authorize shows Authorize and Cancel; the form POST redirects with a code", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { clientId, redirectUri } = emulator.credentials;
  const page = await emulator.fetch(
    `${BASE}/oauth/authorize?client_id=${clientId}&redirect_uri=${
      encodeURIComponent(redirectUri)
    }&response_type=code&scope=public&state=s1`,
  );
  const html = await page.text();
  assertMatch(html, />Authorize</);
  assertMatch(html, />Cancel</);
  const authToken = /name="auth_token" value="([^"]+)"/.exec(html)![1];
  const approved = await emulator.fetch(`${BASE}/oauth/authorize`, form({ auth_token: authToken }));
  assertEquals(approved.status, 302);
  const location = new URL(approved.headers.get("location")!);
  assertEquals(location.searchParams.get("state"), "s1");
  assert(location.searchParams.get("code"));
});

Deno.test("PKCE S256: the right verifier passes, a wrong one fails", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const verifier = "a".repeat(43) + "bcdefgh";
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)),
  );
  const challenge = btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_")
    .replace(/=+$/, "");
  const { clientId, clientSecret, redirectUri } = emulator.credentials;
  const exchange = (code: string, codeVerifier: string) =>
    postToken(emulator, {
      client_id: String(clientId),
      client_secret: clientSecret,
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      code_verifier: codeVerifier,
    });
  const bad = await exchange(
    await authCode(emulator, "public", {
      code_challenge: challenge,
      code_challenge_method: "S256",
    }),
    "b".repeat(50),
  );
  assertEquals(bad.status, 400);
  assertEquals((await bad.json()).hint, "Failed to verify `code_verifier`.");
  const good = await exchange(
    await authCode(emulator, "public", {
      code_challenge: challenge,
      code_challenge_method: "S256",
    }),
    verifier,
  );
  assertEquals(good.status, 200);
});

Deno.test("refresh_token rotates; reusing the old one is 401 invalid_request", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const first = await passwordToken(emulator);
  const refresh = (token: string) =>
    postToken(emulator, {
      client_id: "5",
      client_secret: emulator.lazer.clientSecret,
      grant_type: "refresh_token",
      refresh_token: token,
    });
  const second = await refresh(first.refresh_token);
  assertEquals(second.status, 200);
  const body = await second.json();
  assert(body.refresh_token && body.refresh_token !== first.refresh_token);
  const reuse = await refresh(first.refresh_token);
  assertEquals(reuse.status, 401);
  const error = await reuse.json();
  assertEquals(error.error, "invalid_request");
  assertEquals(error.hint, "Token has been revoked");
  assertEquals((await get(emulator, "me", first.access_token)).status, 401);
  assertEquals((await get(emulator, "me", body.access_token)).status, 200);
});

Deno.test("API auth: no token 401, missing scope 403, user route with client credentials 401", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const none = await get(emulator, "users/2");
  assertEquals(none.status, 401);
  assertEquals(await none.json(), { authentication: "basic" });
  const token = await clientToken(emulator);
  const friends = await get(emulator, "friends", token);
  assertEquals(friends.status, 403);
  assertEquals(await friends.json(), { error: "A required scope is missing." });
  const lazerOnly = await get(emulator, "blocks", token);
  assertEquals(lazerOnly.status, 403);
});

Deno.test("tokens expire with the clock and can be revoked", async () => {
  const clock = new FakeClock(0);
  const emulator = createEmulator({ clock, tokenLifetime: 60 });
  const token = await clientToken(emulator);
  assertEquals((await get(emulator, "users/2", token)).status, 200);
  await clock.tick(60_000);
  assertEquals((await get(emulator, "users/2", token)).status, 401);
  const other = await clientToken(emulator);
  const revoke = await emulator.fetch(`${BASE}/api/v2/oauth/tokens/current`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${other}` },
  });
  assertEquals(revoke.status, 204);
  assertEquals((await get(emulator, "users/2", other)).status, 401);
  const third = await clientToken(emulator);
  emulator.revokeAllTokens();
  assertEquals((await get(emulator, "users/2", third)).status, 401);
});

Deno.test("rate limit headers count down and 429 carries Retry-After", async () => {
  const clock = new FakeClock(0);
  const emulator = createEmulator({ clock, rateLimit: { limit: 3, windowMs: 60_000 } });
  const token = await clientToken(emulator);
  const first = await get(emulator, "users/2", token);
  assertEquals(first.headers.get("x-ratelimit-limit"), "3");
  assertEquals(first.headers.get("x-ratelimit-remaining"), "2");
  await get(emulator, "users/2", token);
  await get(emulator, "users/2", token);
  const limited = await get(emulator, "users/2", token);
  assertEquals(limited.status, 429);
  assertEquals(await limited.json(), { error: "Too Many Attempts." });
  assertEquals(limited.headers.get("retry-after"), "60");
  assertEquals(limited.headers.get("x-ratelimit-reset"), "60");
  await clock.tick(60_000);
  assertEquals((await get(emulator, "users/2", token)).status, 200);
});

Deno.test("GET users?ids[] costs one per id and caps at 50", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  const ids = emulator.data.users.slice(0, 60).map((u) => `ids[]=${u.id}`).join("&");
  const response = await get(emulator, `users?${ids}`, token);
  assertEquals((await response.json()).users.length, 50);
  assertEquals(response.headers.get("x-ratelimit-remaining"), String(1200 - 60));
});

Deno.test("router: literal segments win over parameters", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  assertEquals(
    (await (await get(emulator, "users/lookup?ids[]=2&ids[]=@Cookiezi", token)).json()).users
      .length,
    2,
  );
  assertEquals((await (await get(emulator, "beatmaps/lookup?id=75", token)).json()).id, 75);
  const score = emulator.data.scores.find((s) => s.has_replay)!;
  const replay = await get(emulator, `scores/${score.id}/download`, token);
  assertEquals(replay.headers.get("content-type"), "application/x-osu-replay");
  assert((await replay.arrayBuffer()).byteLength > 0);
  const legacy = await get(emulator, `scores/osu/${score.legacy_score_id}`, token);
  assertEquals((await legacy.json()).id, score.legacy_score_id);
});

Deno.test("users by id, @name, key=username, key=id; 404 is {error: null}", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  assertEquals((await (await get(emulator, "users/@peppy", token)).json()).id, 2);
  assertEquals((await (await get(emulator, "users/peppy?key=username", token)).json()).id, 2);
  assertEquals(
    (await (await get(emulator, "users/2/taiko?key=id", token)).json()).rank_history.mode,
    "taiko",
  );
  const missing = await get(emulator, "users/999999999", token);
  assertEquals(missing.status, 404);
  assertEquals(await missing.json(), { error: null });
  const beatmap = await get(emulator, "beatmaps/1", token);
  assertEquals(await beatmap.json(), { error: "Specified beatmap difficulty couldn't be found." });
});

Deno.test("x-api-version picks the score format", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  const oldFormat = await (await get(emulator, "beatmaps/75/scores", token)).json();
  assertEquals(typeof oldFormat.scores[0].score, "number");
  assertEquals(typeof oldFormat.scores[0].statistics.count_300, "number");
  const newFormat =
    await (await get(emulator, "beatmaps/75/scores", token, { "x-api-version": "20240101" }))
      .json();
  assertEquals(newFormat.scores[0].type, "solo_score");
  assertEquals(typeof newFormat.scores[0].statistics.great, "number");
  const all = await (await get(emulator, "scores", token)).json();
  assertEquals(all.scores[0].type, "solo_score");
});

Deno.test("rankings page with cursor and end with cursor null", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  const first = await (await get(emulator, "rankings/osu/performance", token)).json();
  assertEquals(first.ranking.length, 50);
  assertEquals(first.cursor, { page: 2 });
  const last = await (await get(emulator, "rankings/osu/performance?cursor[page]=3", token)).json();
  assertEquals(last.cursor, null);
  assertEquals(first.ranking.length * 2 + last.ranking.length, first.total);
});

Deno.test("beatmapsets/search pages by cursor_string until null", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  let cursor: string | null = "";
  const seen = new Set<number>();
  let pages = 0;
  while (cursor !== null) {
    const query: string = cursor ? `?s=any&cursor_string=${encodeURIComponent(cursor)}` : "?s=any";
    const body = await (await get(emulator, `beatmapsets/search${query}`, token)).json();
    for (const set of body.beatmapsets) seen.add(set.id);
    cursor = body.cursor_string;
    pages++;
  }
  assertEquals(pages, 2);
  assertEquals(seen.size, emulator.data.beatmapsets.length);
});

Deno.test("served on 127.0.0.1 with Deno.serve", async () => {
  const emulator = createEmulator();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    emulator.handler,
  );
  try {
    const base = `http://127.0.0.1:${server.addr.port}`;
    const { clientId, clientSecret } = emulator.credentials;
    const tokenResponse = await fetch(
      `${base}/oauth/token`,
      form({
        client_id: String(clientId),
        client_secret: clientSecret,
        grant_type: "client_credentials",
        scope: "public",
      }),
    );
    const { access_token } = await tokenResponse.json();
    const user = await fetch(`${base}/api/v2/users/2`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    assertEquals((await user.json()).username, "peppy");
  } finally {
    await server.shutdown();
  }
});

Deno.test("every endpoint in the table has a handler (no 501)", async () => {
  const { endpoints } = await import("../src/endpoints.ts");
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { access_token } = await passwordToken(emulator);
  for (const endpoint of Object.values(endpoints)) {
    const path = endpoint.path.replace(
      /\{(\w+)\??\}/g,
      (_, name: string) => name === "path" ? "Main_page" : name === "locale" ? "en" : "1",
    );
    const response = await emulator.fetch(`${BASE}/api/v2/${path}`, {
      method: endpoint.method,
      headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
      ...(endpoint.method === "GET" ? {} : { body: "{}" }),
    });
    await response.body?.cancel();
    assert(
      response.status !== 501 && response.status < 500,
      `${endpoint.name} answered ${response.status}`,
    );
  }
});

Deno.test("chat: a sent message appears in the channel; since/until page", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const { access_token } = await passwordToken(emulator);
  const sent = await emulator.fetch(`${BASE}/api/v2/chat/channels/1/messages`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${access_token}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "message=hello+emulator",
  });
  assertEquals(sent.status, 200);
  const latest = await (await get(emulator, "chat/channels/1/messages", access_token)).json();
  assertEquals(latest.length, 50);
  assertEquals(latest.at(-1).content, "hello emulator");
  const older = await (await get(
    emulator,
    `chat/channels/1/messages?until=${latest[0].message_id}`,
    access_token,
  )).json();
  assertEquals(older.at(-1).message_id < latest[0].message_id, true);
  const empty = await (await get(
    emulator,
    `chat/channels/1/messages?since=${latest.at(-1).message_id}`,
    access_token,
  )).json();
  assertEquals(empty, []);
  const missing = await emulator.fetch(`${BASE}/api/v2/chat/channels/1/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
    body: "{}",
  });
  assertEquals(missing.status, 422);
});

Deno.test("comments page with the legacy cursor until it is null", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  let query = "commentable_type=beatmapset&commentable_id=1";
  let pages = 0;
  for (;;) {
    const body = await (await get(emulator, `comments?${query}`)).json();
    pages++;
    if (!body.cursor) break;
    query =
      `commentable_type=beatmapset&commentable_id=1&cursor[id]=${body.cursor.id}&cursor[created_at]=${
        encodeURIComponent(body.cursor.created_at)
      }`;
  }
  assertEquals(pages, 2);
});

Deno.test("user scores page with limit and offset", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  const all =
    await (await get(emulator, `users/${emulator.player.id}/scores/best?limit=100`, token)).json();
  const page =
    await (await get(emulator, `users/${emulator.player.id}/scores/best?limit=2&offset=2`, token))
      .json();
  assertEquals(
    page.map((s: { id: number }) => s.id),
    all.slice(2, 4).map((s: { id: number }) => s.id),
  );
  const beyond = await (await get(
    emulator,
    `users/${emulator.player.id}/scores/best?offset=${all.length}`,
    token,
  )).json();
  assertEquals(beyond, []);
});

Deno.test("replay downloads have their own bucket of 10", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const token = await clientToken(emulator);
  const score = emulator.data.scores.find((s) => s.has_replay)!;
  for (let i = 0; i < 10; i++) {
    await (await get(emulator, `scores/${score.id}/download`, token)).body?.cancel();
  }
  const limited = await get(emulator, `scores/${score.id}/download`, token);
  assertEquals(limited.status, 429);
  assertEquals((await get(emulator, "users/2", token)).status, 200);
});

Deno.test("client credentials with delegate need a bot-owned client and only delegatable scopes", async () => {
  const emulator = createEmulator({ clock: new FakeClock(0) });
  const request = (credentials: { clientId: number; clientSecret: string }, scope: string) =>
    postToken(emulator, {
      client_id: String(credentials.clientId),
      client_secret: credentials.clientSecret,
      grant_type: "client_credentials",
      scope,
    });
  const notBot = await request(emulator.credentials, "chat.write delegate");
  assertEquals(await notBot.json(), {
    error: "Delegation with Client Credentials is only available to bots.",
  });
  const bot = await request(emulator.botCredentials, "chat.write delegate");
  assertEquals(bot.status, 200);
  const mixed = await request(emulator.botCredentials, "public chat.write delegate");
  assertEquals(await mixed.json(), {
    error: "Delegation is not supported for this combination of scopes.",
  });
});
