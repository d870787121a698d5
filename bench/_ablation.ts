/**
 * Where `Client`'s per-request time goes: the same in-process request sent through growing
 * parts of the pipeline, all measured in one round-robin with raw `fetch` (the profile behind
 * the overhead table). Each variant has its own objects, so limiter state never carries over.
 *
 * @module
 */
import { Client, HttpHandler, MemoryRateLimiter, type RateLimiter, systemClock } from "../mod.ts";
import { readText } from "../src/_read_body.ts";
import type { Emulator } from "../src/testing/types.ts";
import {
  type CompareOptions,
  type Comparison,
  measureMany,
  pipelineSender,
  type Send,
} from "./_overhead.ts";

/** One row of the breakdown. */
export interface AblationRow {
  readonly variant: string;
  readonly result: Comparison;
  /** Microseconds per request above raw fetch (at concurrency 1). */
  readonly extraUs: number;
}

const noLimit: RateLimiter = { acquire: () => Promise.resolve() };

/**
 * Runs the breakdown against an in-process emulator.
 *
 * @param emulator the emulator (rate limit out of the way)
 * @param raw the raw-fetch sender for `GET users/2`
 * @param token the token the raw side uses (the pipeline variants send it too)
 * @param options rounds and sizes
 * @returns one row per variant
 */
export async function ablation(
  emulator: Emulator,
  raw: Send,
  token: string,
  options: CompareOptions,
): Promise<AblationRow[]> {
  const base = "https://osu.ppy.sh";
  const pipeline = (http: HttpHandler): Send =>
    pipelineSender(http, `${base}/api/v2/users/2`, token);
  const client = (extra: Record<string, unknown>): Send => {
    const c = Client.fromClientCredentials({
      ...emulator.credentials,
      fetch: emulator.fetch,
      requestWaitTime: 0,
      limitPerMinute: 1e9,
      ...extra,
    });
    return () => c.getUser(2);
  };
  // Raw fetch with what any bounded call does: a timeout signal the fetch must follow, and (with
  // a fetch that is not the platform's) a body counted chunk by chunk: the floor for `Client`.
  const url = `${base}/api/v2/users/2`;
  const headers = {
    accept: "application/json",
    "x-api-version": "20241022",
    authorization: `Bearer ${token}`,
  };
  const bounded = (counted: boolean): Send => async () => {
    const response = await emulator.fetch(url, { headers, signal: systemClock.timeout(30_000) });
    if (!counted) return await response.json();
    const text = await readText(response, 16 * 1024 * 1024, { reject: () => new Error("large") });
    return JSON.parse(text);
  };
  const variants: [string, () => Send][] = [
    ["raw fetch + a 30 s timeout signal", () => bounded(false)],
    ["raw fetch + a 30 s timeout signal + the body counted chunk by chunk", () => bounded(true)],
    [
      "HttpHandler.send, no limiter, timeout 0",
      () => pipeline(new HttpHandler({ fetch: emulator.fetch, timeout: 0 })),
    ],
    [
      "HttpHandler.send, no limiter, timeout 30 s (default)",
      () => pipeline(new HttpHandler({ fetch: emulator.fetch })),
    ],
    ["HttpHandler.send + MemoryRateLimiter (1e9/min), timeout 30 s", () =>
      pipeline(
        new HttpHandler({
          fetch: emulator.fetch,
          rateLimiter: new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1e9 }),
        }),
      )],
    ["Client, no-op limiter, timeout 0", () => client({ rateLimiter: noLimit, timeout: 0 })],
    ["Client, no-op limiter, timeout 30 s", () => client({ rateLimiter: noLimit })],
    ["Client, MemoryRateLimiter 1e9/min over a 1 s window", () =>
      client({
        rateLimiter: new MemoryRateLimiter({
          requestWaitTime: 0,
          limitPerMinute: 1e9,
          windowMs: 1000,
        }),
      })],
    ["Client as configured by users (requestWaitTime 0, limitPerMinute 1e9)", () => client({})],
  ];
  // One round-robin over raw and every variant, so all rows share the same rounds.
  const senders: Record<string, Send> = { raw };
  for (const [variant, make] of variants) senders[variant] = make();
  const measured = await measureMany(senders, {
    ...options,
    between: () => emulator.clearLog(),
  });
  const rows: AblationRow[] = [];
  for (const [variant] of variants) {
    const client = measured[variant];
    const result = {
      raw: measured.raw,
      client,
      ratio: client.rps / measured.raw.rps,
      concurrency: 1,
    };
    rows.push({ variant, result, extraUs: (1 / client.rps - 1 / measured.raw.rps) * 1e6 });
  }
  return rows;
}

/**
 * The cost of the small operations the pipeline does per attempt, measured the same way.
 *
 * @returns microseconds per operation, by name
 */
export async function microCosts(): Promise<Record<string, number>> {
  const reason = new Error("done");
  const measured = await measureMany({
    "a call that returns a resolved promise": () => Promise.resolve(),
    "new AbortController().abort() (no reason: builds a DOMException)": () => {
      new AbortController().abort();
      return Promise.resolve();
    },
    "new AbortController().abort(reason)": () => {
      new AbortController().abort(reason);
      return Promise.resolve();
    },
    "setTimeout + clearTimeout": () => {
      clearTimeout(setTimeout(() => {}, 30_000));
      return Promise.resolve();
    },
    "new Headers (3 entries)": () => {
      new Headers({ accept: "a", "x-api-version": "b", authorization: "c" });
      return Promise.resolve();
    },
  }, { rounds: 20, perRound: 2000, warmup: 2000 });
  return Object.fromEntries(Object.entries(measured).map(([name, r]) => [name, 1e6 / r.rps]));
}
