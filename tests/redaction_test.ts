/**
 * No client secret, password, access or refresh token appears in any error's message, `String()`,
 * JSON, `cause` chain or hook payload, whatever osu! (or a proxy) answers.
 */
import { assert, assertEquals, assertRejects } from "@std/assert";
import {
  AuthError,
  AuthHandler,
  Client,
  type FetchFunction,
  type Hooks,
  LazerAuthHandler,
  MemoryTokenStore,
  Scope,
} from "../mod.ts";
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

// ---------------------------------------------------------------------------------------------
// Echoing servers: osu! (or a proxy in front of it) answers a token request by echoing the
// request's form body back, in every encoding, in `error`, `error_description`, `message`, an
// HTML page or a 200 that is not JSON. Each grant's secrets must stay out of every error field,
// the `cause` chain, `JSON.stringify`, `Deno.inspect` and every hook payload.

/** Secrets with spaces, `/`, `+`, `&`, `=`, `%`, quotes and non-ASCII: every encoding differs. */
const ECHOED = {
  clientSecret: "cs 9f/8e+7d&6c=5b%4a",
  password: 'pw hunter2/ä+&="\\',
  code: "code 5a/4b+3c",
  codeVerifier: "verifier-Zq9.x~Yw_8kP",
  accessToken: "at 3c/2b+1a",
  refreshToken: "rt 7e/6d+5c=",
};

/** How a server may echo the form body it was sent. */
const ENCODINGS: Record<string, (body: string) => string> = {
  "as sent": (body) => body,
  "percent-decoded, + kept": (body) => decodeURIComponent(body),
  "form-decoded": (body) => [...new URLSearchParams(body)].map(([k, v]) => `${k}=${v}`).join("&"),
  "percent-encoded again": (body) => encodeURIComponent(body),
  "lower-case hex": (body) => body.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
  "as JSON": (body) => JSON.stringify(Object.fromEntries(new URLSearchParams(body))),
};

/** Where the echo lands in the answer. */
const PLACES: Record<string, (echo: string) => Response> = {
  "error": (echo) => Response.json({ error: echo }, { status: 400 }),
  "error_description": (echo) =>
    Response.json({ error: "invalid_request", error_description: echo }, { status: 400 }),
  "message and hint": (echo) =>
    Response.json({ error: "invalid_client", message: echo, hint: echo }, { status: 401 }),
  "an HTML 502 page": (echo) => new Response(`<html><p>${echo}</p></html>`, { status: 502 }),
  "a 200 that is not JSON": (echo) => new Response(`oops ${echo}`),
};

/** Each secret as a server could show it: raw, percent- and form-encoded, twice, JSON-escaped. */
function formsOf(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ v: secret }).toString().slice(2);
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
  return [
    secret,
    percent,
    lower(percent),
    form,
    lower(form),
    encodeURIComponent(form),
    secret.replaceAll(" ", "+"),
    JSON.stringify(secret).slice(1, -1),
  ];
}

/** Everything a caller or a log could see of an error: fields, causes, JSON and inspect. */
function allOf(error: unknown): string {
  return [
    everythingAbout(error),
    Deno.inspect(error, { depth: Infinity, showHidden: true }),
    JSON.stringify(error),
    error instanceof AuthError ? String(error.oauthError) : "",
  ].join("\n");
}

interface Grant {
  /** The secrets the client holds in this grant. */
  readonly held: string[];
  /** Makes the failing call against `fetch`, with `hooks`. */
  run(fetch: FetchFunction, hooks: Hooks): Promise<unknown>;
}

const clientId = 1;
/** One retry after 1 ms, so the retry hook sees the error too. */
const QUICK_RETRY = { retries: 1, baseDelay: 1, maxDelay: 1 };
const GRANTS: Record<string, Grant> = {
  "client credentials": {
    held: [ECHOED.clientSecret],
    run: (fetch, hooks) =>
      Client.fromClientCredentials({
        clientId,
        clientSecret: ECHOED.clientSecret,
        fetch,
        hooks,
        requestWaitTime: 0,
        retry: QUICK_RETRY,
      }).getUser(2),
  },
  "authorization code with PKCE": {
    held: [ECHOED.clientSecret, ECHOED.code, ECHOED.codeVerifier],
    run: (fetch, hooks) => {
      const auth = new AuthHandler({
        clientId,
        clientSecret: ECHOED.clientSecret,
        redirectUri: "http://localhost/cb",
        scope: Scope.identify(),
        code: ECHOED.code,
        codeVerifier: ECHOED.codeVerifier,
      });
      return new Client(auth, { fetch, hooks, requestWaitTime: 0, retry: QUICK_RETRY })
        .getOwnData();
    },
  },
  "refresh": {
    held: [ECHOED.clientSecret, ECHOED.accessToken, ECHOED.refreshToken],
    run: async (fetch, hooks) => {
      const clock = new FakeClock(0);
      let first = true;
      const auth = new AuthHandler({
        clientId,
        clientSecret: ECHOED.clientSecret,
        scope: Scope.identify(),
        code: "first-code",
      });
      const client = new Client(auth, {
        clock,
        hooks,
        requestWaitTime: 0,
        fetch: (input, init) => {
          const path = new URL(input instanceof Request ? input.url : input).pathname;
          if (path !== "/oauth/token") return Promise.resolve(Response.json({ id: 1 }));
          if (!first) return fetch(input, init);
          first = false;
          return Promise.resolve(tokenResponse(ECHOED.accessToken, ECHOED.refreshToken, 61));
        },
      });
      await client.getOwnData();
      await clock.tick(40_000); // past half the 61 s life: the next call refreshes
      const refreshing = client.getOwnData();
      refreshing.catch(() => {});
      await clock.runAll(); // any back-off before a retry
      return await refreshing;
    },
  },
  "lazer password": {
    held: [ECHOED.password],
    run: (fetch, hooks) => {
      const auth = new LazerAuthHandler({
        username: "u",
        password: ECHOED.password,
        acknowledgeRisk: true,
      });
      return new Client(auth, { fetch, hooks, requestWaitTime: 0, retry: QUICK_RETRY })
        .getOwnData();
    },
  },
};

for (const [grant, { held, run }] of Object.entries(GRANTS)) {
  Deno.test(`redaction: a server echoing the ${grant} token request in any encoding and place leaks no secret`, async () => {
    for (const [encoding, encode] of Object.entries(ENCODINGS)) {
      for (const [place, answer] of Object.entries(PLACES)) {
        const payloads: string[] = [];
        const api = recordingFetch((request) =>
          request.path === "/oauth/token" ? answer(encode(request.body)) : Response.json({})
        );
        const error = await assertRejects(() =>
          run(api.fetch, {
            onRequest: (i) => payloads.push(JSON.stringify(i)),
            onResponse: (i) => payloads.push(JSON.stringify(i)),
            onRetry: (i) => payloads.push(JSON.stringify(i), allOf(i.error)),
            onRateLimit: (i) => payloads.push(JSON.stringify(i)),
          })
        );
        const token = api.requests.find((r) =>
          r.path === "/oauth/token" && r.body.includes(
            grant === "refresh" ? "refresh_token" : "grant_type",
          )
        );
        assert(token, `${encoding} in ${place}: no token request was sent`);
        const echoed = held.filter((secret) => formsOf(secret).some((f) => token.body.includes(f)));
        assert(echoed.length, `${encoding} in ${place}: the request held none of the secrets`);
        const seen = allOf(error) + payloads.join("\n");
        for (const secret of held) {
          for (const form of formsOf(secret)) {
            assert(
              !seen.includes(form),
              `${grant}, echoed ${encoding} in ${place}: leaks ${JSON.stringify(form)}:\n${
                allOf(error).slice(0, 600)
              }`,
            );
          }
        }
      }
    }
  });
}

Deno.test("redaction: AuthError.oauthError keeps a real OAuth code and drops an echoed body", async () => {
  const codeOnly = recordingFetch(() =>
    Response.json({ error: "invalid_client" }, { status: 401 })
  );
  const client = Client.fromClientCredentials({
    clientId,
    clientSecret: ECHOED.clientSecret,
    fetch: codeOnly.fetch,
    requestWaitTime: 0,
  });
  const rejected = await assertRejects(() => client.getUser(2), AuthError);
  assertEquals(rejected.oauthError, "invalid_client");
  const echo = recordingFetch((r) =>
    Response.json({ error: `bad request: ${r.body}` }, { status: 400 })
  );
  const echoing = Client.fromClientCredentials({
    clientId,
    clientSecret: ECHOED.clientSecret,
    fetch: echo.fetch,
    requestWaitTime: 0,
  });
  const error = await assertRejects(() => echoing.getUser(2), AuthError);
  assertEquals(error.oauthError, undefined);
  assert(error.message.includes("&client_secret=***&"), error.message);
});
