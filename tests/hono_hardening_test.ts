/**
 * The smaller findings of the attack review of the Hono adapter: weak secrets, `__Host-`
 * cookies, `X-Forwarded-Proto`, the logout's `Origin`, control characters in `next`, and string
 * ids above 2^53.
 */
import {
  assert,
  assertEquals,
  assertFalse,
  assertInstanceOf,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { Client, InvalidArgumentError } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";
import { honoSetup, logIn, ORIGIN, pair, setCookie, whoIs } from "./_hono.ts";

// ---- the cookie secret ----

Deno.test("osuAuth() refuses a weak secret, the docs' own example value included", () => {
  const weak = [
    "short",
    "a secret of at least 32 characters!", // the value the docs showed
    "a test secret of 32 characters!!",
    "A SECRET OF AT LEAST 32 CHARACTERS!",
    "a".repeat(64),
    "ab".repeat(32),
    "0123456789abcdef".repeat(2),
    "change-me-change-me-change-me-change-me-please",
    "my-example-session-secret-for-osu-login-2024",
    // Long and varied, but sequences, keyboard rows or words a person typed.
    "0123456789abcdefghijklmnopqrstuvwxyz",
    "abcdefghijklmnopqrstuvwxyzABCDEF",
    "qwertyuiopasdfghjklzxcvbnm123456",
    "passwordpasswordpassword12345678",
    "my super secret cookie signing key 2024",
  ];
  for (const secret of weak) {
    const error = assertThrows(() => honoSetup({ secret }), InvalidArgumentError, undefined);
    assertStringIncludes(error.message, "openssl rand", secret);
  }
});

Deno.test("osuAuth() accepts random secrets: base64, hex, two UUIDs", () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const strong = [
    btoa(String.fromCharCode(...bytes)), // openssl rand -base64 32
    Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(""), // openssl rand -hex 32
    crypto.randomUUID() + crypto.randomUUID(),
  ];
  for (const secret of strong) honoSetup({ secret });
});

// ---- cookies over HTTPS ----

Deno.test("osuAuth() Secure cookies carry the __Host- prefix, Path=/ and no Domain", async () => {
  const t = honoSetup();
  const login = await t.app.request("https://site.example/auth/login");
  const state = login.headers.getSetCookie()[0];
  assert(state.startsWith("__Host-osu_auth_state="), state);
  assertStringIncludes(state, "; Path=/;");
  assertStringIncludes(state, "; Secure");
  assertFalse(/domain=/i.test(state));
});

Deno.test("osuAuth() over HTTPS ignores a session cookie without the __Host- prefix", async () => {
  const t = honoSetup();
  const session = await logIn(t); // over http://localhost: the bare name
  const home = await t.app.request("https://site.example/", { headers: { cookie: session } });
  assertEquals(await home.text(), "anonymous", "a cookie a sibling subdomain could have set");
});

Deno.test("osuAuth() trustForwardedProto keeps cookies Secure behind a TLS proxy", async () => {
  const behindProxy = { headers: { "x-forwarded-proto": "https" } };
  const trusting = honoSetup({ trustForwardedProto: true });
  const secure = await trusting.app.request("http://localhost:8000/auth/login", behindProxy);
  assert(secure.headers.getSetCookie()[0].startsWith("__Host-osu_auth_state="));
  assertStringIncludes(secure.headers.getSetCookie()[0], "; Secure");
  const plain = await honoSetup().app.request("http://localhost:8000/auth/login", behindProxy);
  assertFalse(plain.headers.getSetCookie()[0].includes("Secure"), "the header is not trusted");
});

// ---- logout ----

Deno.test("osuAuth() refuses a logout POST from another origin", async () => {
  const t = honoSetup();
  const session = await logIn(t);
  for (const origin of ["https://evil.example", "null"]) {
    const response = await t.request("/auth/logout", {
      method: "POST",
      headers: { cookie: session, origin },
    });
    assertEquals(response.status, 403);
  }
  const crossSite = await t.request("/auth/logout", {
    method: "POST",
    headers: { cookie: session, "sec-fetch-site": "cross-site" },
  });
  assertEquals(crossSite.status, 403);
  assertEquals(await whoIs(t, session), "EmuPlayer", "still logged in");
  const own = await t.request("/auth/logout", {
    method: "POST",
    headers: { cookie: session, origin: ORIGIN },
  });
  assertEquals(own.status, 303);
  assertEquals(await whoIs(t, session), "anonymous");
});

Deno.test("osuAuth() accepts a logout from redirectUri's origin (the public one behind a proxy)", async () => {
  const t = honoSetup();
  const session = await logIn(t);
  const publicOrigin = new URL(t.osu.credentials.redirectUri).origin;
  const response = await t.app.request("http://127.0.0.1:8000/auth/logout", {
    method: "POST",
    headers: { cookie: session, origin: publicOrigin },
  });
  assertEquals(response.status, 303);
});

// ---- next ----

Deno.test("osuAuth() answers 400 for control characters in next, before osu! is called", async () => {
  const t = honoSetup();
  for (const next of ["/a%00b", "/a%0D%0ASet-Cookie:%20x=1", "/a%7F", "/%C2%85", "/%09/evil"]) {
    const response = await t.request(`/auth/login?next=${next}`);
    assertEquals(response.status, 400, next);
    assertEquals(setCookie(response, "osu_auth_state"), undefined);
  }
  assertEquals(t.osu.requests.length, 0);
});

Deno.test("osuAuth() returns to a next path with non-ASCII text, percent-encoded", async () => {
  const t = honoSetup();
  const login = await t.request(`/auth/login?next=${encodeURIComponent("/users/café?q=日本")}`);
  const cookie = pair(setCookie(login, "osu_auth_state"));
  const callback = await t.osu.approve(login.headers.get("location")!);
  const done = await t.request(callback.pathname + callback.search, { headers: { cookie } });
  assertEquals(done.status, 302);
  assertEquals(done.headers.get("location"), "/users/caf%C3%A9?q=%E6%97%A5%E6%9C%AC");
});

// ---- ids ----

Deno.test("Client refuses a string id above 2^53 instead of rounding it to another id", async () => {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  const id = "9007199254740993" as unknown as number; // e.g. a route parameter, unparsed
  const error = await assertRejects(() => client.getBeatmap(id));
  assertInstanceOf(error, InvalidArgumentError);
  assertStringIncludes(error.message, "9007199254740993");
  await assertRejects(() => client.getBeatmaps([1, id]), InvalidArgumentError);
  assertEquals(osu.requests.filter((r) => r.path.includes("9007199254740992")).length, 0);
});
