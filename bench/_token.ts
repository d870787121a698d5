/**
 * The token path: what a call pays for a cached token, and how many token requests 1000
 * concurrent calls make when the token has just expired (the goal is one). Runs on the
 * emulator, with one fake clock shared by the emulator and the client, so "a day later" takes
 * no time.
 *
 * @module
 */
import { AuthHandler, Client, Scope } from "../mod.ts";
import { FakeClock } from "../src/testing/fake_clock.ts";
import { type CreateEmulator, fastEmulator } from "./_optional.ts";

/** What the token benchmarks found. */
export interface TokenResult {
  /** `getToken()` with a cached token, ms per call. */
  readonly cachedMs: number;
  /** The 1000-call storms after expiry, by grant. */
  readonly storms: readonly StormResult[];
}

/** One storm. */
export interface StormResult {
  readonly grant: string;
  readonly calls: number;
  /** Token requests (`POST /oauth/token`) the calls caused. */
  readonly tokenRequests: number;
  /** The grants of those requests, as the emulator logged them. */
  readonly tokenGrants: readonly string[];
  /** Calls that failed. */
  readonly failed: number;
  /** API requests answered 401 (a stale token sent). */
  readonly unauthorized: number;
}

const DAY_MS = 86_400_000;

async function storm(
  create: CreateEmulator,
  grant: "client_credentials" | "authorization_code",
  calls: number,
): Promise<StormResult> {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const emulator = fastEmulator(create, { clock });
  const scope = new Scope("public", "identify");
  const auth = new AuthHandler({ ...emulator.credentials, scope });
  const client = new Client(auth, {
    fetch: emulator.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 1e9,
  });
  if (grant === "authorization_code") {
    const { url, codeVerifier } = await auth.getAuthUrl();
    const callback = await emulator.approve(url);
    await auth.getAuthToken(callback.searchParams.get("code")!, { codeVerifier });
  }
  await client.getUser(2);
  await clock.tick(DAY_MS + 1000);
  emulator.clearLog();
  const results = await Promise.allSettled(
    Array.from({ length: calls }, () => client.getUser(2)),
  );
  const log = emulator.requests;
  return {
    grant: grant === "authorization_code"
      ? "authorization code (refresh token)"
      : grant.replace("_", " "),
    calls,
    tokenRequests: log.filter((r) => r.path === "/oauth/token").length,
    tokenGrants: log.filter((r) => r.path === "/oauth/token").map((r) => r.grant ?? "?"),
    failed: results.filter((r) => r.status === "rejected").length,
    unauthorized: log.filter((r) => r.status === 401).length,
  };
}

/**
 * Runs the token benchmarks.
 *
 * @param create the emulator factory
 * @param calls concurrent calls after expiry
 * @returns what was measured
 */
export async function measureToken(create: CreateEmulator, calls = 1000): Promise<TokenResult> {
  const emulator = fastEmulator(create);
  const auth = new AuthHandler({ ...emulator.credentials, fetch: emulator.fetch });
  await auth.getToken();
  const count = 200_000;
  for (let i = 0; i < 10_000; i++) await auth.getToken();
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await auth.getToken();
  const cachedMs = (performance.now() - t0) / count;
  const storms = [
    await storm(create, "client_credentials", calls),
    await storm(create, "authorization_code", calls),
  ];
  return { cachedMs, storms };
}
