import { assert, assertEquals, assertFalse, assertStringIncludes } from "@std/assert";
import {
  CookieSigner,
  needsSecure,
  readCookie,
  serializeCookie,
  timingSafeEqual,
} from "../adapters/_cookies.ts";
import { checkState, STATE_COOKIE } from "../adapters/_hono_state.ts";
import { cookieNames, fromSameOrigin, nextPath, publicUrl } from "../adapters/_hono_request.ts";

const SECRET = "tK8vQ2mW9xR4nB7cL1pZ6sD3fH0jG5yA"; // a test value; apps use a random one

Deno.test("timingSafeEqual() tells equal strings from unequal ones of any length", () => {
  assert(timingSafeEqual("", ""));
  assert(timingSafeEqual("state-123", "state-123"));
  assertFalse(timingSafeEqual("state-123", "state-124"));
  assertFalse(timingSafeEqual("state-123", "state-12"));
  assertFalse(timingSafeEqual("", "x"));
  assertFalse(timingSafeEqual("é", "e\u0301"));
});

Deno.test("CookieSigner.verify() decodes what sign() made, with the same secret and name", async () => {
  const signer = new CookieSigner(SECRET);
  const value = await signer.sign("session", { id: 7, username: "a" });
  assertEquals(await signer.verify("session", value), { id: 7, username: "a" });
  assertEquals(await new CookieSigner(`${SECRET}!`).verify("session", value), undefined);
  assertEquals(await signer.verify("other", value), undefined, "the name is signed too");
});

Deno.test("CookieSigner.verify() refuses a changed payload or signature", async () => {
  const signer = new CookieSigner(SECRET);
  const value = await signer.sign("session", { id: 7 });
  const [payload, mac] = value.split(".");
  const forged = btoa(JSON.stringify({ id: 8 })).replace(/=+$/, "");
  assertEquals(await signer.verify("session", `${forged}.${mac}`), undefined);
  assertEquals(await signer.verify("session", `${payload}.${mac.slice(0, -1)}A`), undefined);
  assertEquals(await signer.verify("session", payload), undefined);
  assertEquals(await signer.verify("session", ""), undefined);
});

Deno.test("CookieSigner.verify() checks the signature with the constant-time compare", async () => {
  const calls: [string, string][] = [];
  const spy = (a: string, b: string) => {
    calls.push([a, b]);
    return timingSafeEqual(a, b);
  };
  const signer = new CookieSigner(SECRET, spy);
  const value = await signer.sign("session", { id: 7 });
  await signer.verify("session", value);
  assertEquals(calls, [[value.split(".")[1], value.split(".")[1]]]);
});

Deno.test("checkState() compares the callback's state with the cookie's in constant time", async () => {
  const signer = new CookieSigner(SECRET);
  const cookie = await signer.sign(STATE_COOKIE, {
    state: "abc",
    verifier: "v",
    next: "/",
    expiresAt: 1000,
  });
  const calls: [string, string][] = [];
  const spy = (a: string, b: string) => {
    calls.push([a, b]);
    return timingSafeEqual(a, b);
  };
  const ok = await checkState({ cookie, state: "abc", signer, now: 0 }, spy);
  assert(ok.ok);
  const bad = await checkState({ cookie, state: "abd", signer, now: 0 }, spy);
  assertEquals(bad, { ok: false, problem: "state_mismatch" });
  assertEquals(calls, [["abc", "abc"], ["abd", "abc"]]);
});

Deno.test("checkState() names each problem: missing, forged, expired, mismatched", async () => {
  const signer = new CookieSigner(SECRET);
  const login = { state: "abc", verifier: "v", next: "/", expiresAt: 1000 };
  const cookie = await signer.sign(STATE_COOKIE, login);
  const problem = async (input: { cookie?: string; state?: string; now?: number }) => {
    const check = await checkState({
      cookie: input.cookie,
      state: input.state,
      signer,
      now: input.now ?? 0,
    });
    return check.ok ? "ok" : check.problem;
  };
  assertEquals(await problem({ state: "abc" }), "missing_cookie");
  assertEquals(await problem({ cookie }), "missing_state");
  assertEquals(
    await problem({
      cookie: await new CookieSigner(`x${SECRET}`).sign(STATE_COOKIE, login),
      state: "abc",
    }),
    "forged_state",
  );
  assertEquals(
    await problem({ cookie: await signer.sign("osu_session", login), state: "abc" }),
    "forged_state",
  );
  assertEquals(await problem({ cookie, state: "abc", now: 1000 }), "expired_state");
  assertEquals(await problem({ cookie, state: "xyz" }), "state_mismatch");
  assertEquals(await problem({ cookie, state: "abc", now: 999 }), "ok");
});

Deno.test("serializeCookie() always sets HttpOnly and SameSite=Lax, and Secure when asked", () => {
  const secure = serializeCookie("a", "b", { path: "/", maxAge: 60, secure: true });
  assertEquals(secure, "a=b; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure");
  const gone = serializeCookie("a", "", { path: "/cb", maxAge: 0, secure: false });
  assertStringIncludes(gone, "Max-Age=0");
  assertStringIncludes(gone, "Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  assertFalse(gone.includes("Secure"));
});

Deno.test("needsSecure() is false only on plain-HTTP localhost and 127.0.0.1", () => {
  assertFalse(needsSecure(new URL("http://localhost:8080/")));
  assertFalse(needsSecure(new URL("http://127.0.0.1:8080/")));
  assertFalse(needsSecure(new URL("http://[::1]:8080/")));
  assert(needsSecure(new URL("https://localhost/")));
  assert(needsSecure(new URL("http://example.com/")), "behind a TLS proxy the URL may be http");
  assert(needsSecure(new URL("https://example.com/")));
});

Deno.test("readCookie() finds one cookie in a Cookie header", () => {
  assertEquals(readCookie("a=1; osu_session=x.y; b=2", "osu_session"), "x.y");
  assertEquals(readCookie("a=1", "osu_session"), undefined);
  assertEquals(readCookie(undefined, "a"), undefined);
});

Deno.test("nextPath() keeps local paths, refuses other hosts, and rejects control characters", () => {
  assertEquals(nextPath("/profile?x=1#top", "/"), "/profile?x=1#top");
  assertEquals(
    nextPath("/café", "/"),
    "/caf%C3%A9",
    "percent-encoded, so it fits a Location header",
  );
  assertEquals(nextPath("//evil.example/", "/"), "/");
  assertEquals(nextPath("/\\evil.example/", "/"), "/");
  assertEquals(nextPath("https://evil.example/", "/"), "/");
  assertEquals(nextPath("profile", "/"), "/");
  assertEquals(nextPath(undefined, "/home"), "/home");
  for (const bad of ["/a\r\nSet-Cookie: x=1", "/a\u0000", "/\t/evil", "/a\u007f", "/a\u0085"]) {
    assertEquals(nextPath(bad, "/"), undefined, JSON.stringify(bad));
  }
  assertEquals(nextPath(`/${"a".repeat(2000)}`, "/"), undefined, "too long for the state cookie");
});

Deno.test("publicUrl() takes X-Forwarded-Proto only when told to trust it", () => {
  const request = new Request("http://localhost:8000/", {
    headers: { "x-forwarded-proto": "https, http" },
  });
  assertEquals(publicUrl(request, false).protocol, "http:");
  assertEquals(publicUrl(request, true).protocol, "https:");
  const odd = new Request("http://localhost:8000/", { headers: { "x-forwarded-proto": "gopher" } });
  assertEquals(publicUrl(odd, true).protocol, "http:");
});

Deno.test("cookieNames() uses the __Host- prefix exactly when the cookies are Secure", () => {
  assertEquals(cookieNames(new URL("https://site.example/")), {
    secure: true,
    session: "__Host-osu_session",
    state: "__Host-osu_auth_state",
  });
  assertEquals(cookieNames(new URL("http://localhost:8080/")).session, "osu_session");
});

Deno.test("fromSameOrigin() checks Origin, then Sec-Fetch-Site, and lets header-less clients by", () => {
  const origins = ["https://site.example"];
  const post = (headers: Record<string, string>) =>
    fromSameOrigin(
      new Request("https://site.example/auth/logout", { method: "POST", headers }),
      origins,
    );
  assert(post({ origin: "https://site.example" }));
  assertFalse(post({ origin: "https://evil.example" }));
  assertFalse(post({ origin: "null" }));
  assertFalse(post({ origin: "http://site.example" }), "another scheme is another origin");
  assert(post({ "sec-fetch-site": "same-origin" }));
  assertFalse(post({ "sec-fetch-site": "cross-site" }));
  assertFalse(post({ "sec-fetch-site": "same-site" }), "a sibling subdomain is not this site");
  assert(post({}));
});
