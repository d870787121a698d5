/**
 * Per-request overhead: the same request sent through `Client` and through a raw `fetch`,
 * measured side by side in interleaved rounds so drift in the machine hits both equally.
 *
 * @module
 */
import type { HttpHandler } from "../mod.ts";
import { percentile } from "./_stats.ts";

/** One way of sending the request. */
export type Send = () => Promise<unknown>;

/** What one side measured. */
export interface SideResult {
  /** Requests per second: requests per round over the median round time. */
  readonly rps: number;
  /** Median latency, ms. */
  readonly p50: number;
  /** 99th percentile latency, ms. */
  readonly p99: number;
  /** Requests sent (after warm-up). */
  readonly count: number;
}

/** A side-by-side comparison. */
export interface Comparison {
  readonly raw: SideResult;
  readonly client: SideResult;
  /** client rps / raw rps. */
  readonly ratio: number;
  readonly concurrency: number;
}

/** Options of {@linkcode measureMany}. */
export interface CompareOptions {
  /** Rounds per variant. @default {30} */
  readonly rounds?: number;
  /** Requests per round. @default {300} */
  readonly perRound?: number;
  /** Requests in flight at once. @default {1} */
  readonly concurrency?: number;
  /** Requests per variant before measuring. @default {500} */
  readonly warmup?: number;
  /** Called before each round (e.g. to empty the emulator's request log). */
  readonly between?: () => void;
}

async function run(send: Send, count: number, concurrency: number, latencies: number[]) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      await send();
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - t0;
}

/**
 * Measures several senders in round-robin rounds (the order rotates every round), so a burst of
 * load from elsewhere on the machine hits them all alike; throughput comes from the median
 * round, which a few disturbed rounds do not move.
 *
 * @param senders the variants, by name
 * @param options rounds, requests per round, concurrency, warm-up
 * @returns each variant's throughput and latency
 */
export async function measureMany(
  senders: Readonly<Record<string, Send>>,
  options: CompareOptions = {},
): Promise<Record<string, SideResult>> {
  const rounds = options.rounds ?? 30;
  const perRound = options.perRound ?? 300;
  const concurrency = options.concurrency ?? 1;
  const names = Object.keys(senders);
  for (const name of names) await run(senders[name], options.warmup ?? 500, concurrency, []);
  const latencies = Object.fromEntries(names.map((name) => [name, [] as number[]]));
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      options.between?.();
      times[name].push(await run(senders[name], perRound, concurrency, latencies[name]));
    }
  }
  return Object.fromEntries(names.map((name) => [name, {
    rps: perRound / (percentile(times[name], 50) / 1000),
    p50: percentile(latencies[name], 50),
    p99: percentile(latencies[name], 99),
    count: rounds * perRound,
  }]));
}

/**
 * Measures `raw` and `client` side by side.
 *
 * @param raw the raw fetch
 * @param client the same request through `Client`
 * @param options rounds, requests per round, concurrency, warm-up
 * @returns both sides and the throughput ratio
 */
export async function compare(
  raw: Send,
  client: Send,
  options: CompareOptions = {},
): Promise<Comparison> {
  const result = await measureMany({ raw, client }, options);
  return {
    raw: result.raw,
    client: result.client,
    ratio: result.client.rps / result.raw.rps,
    concurrency: options.concurrency ?? 1,
  };
}

/**
 * Gets a client-credentials token the way any app would, for the raw side.
 *
 * @param fetchFn the fetch to use
 * @param baseUrl the host
 * @param credentials the app's id and secret
 * @returns the access token
 */
export async function clientToken(
  fetchFn: typeof fetch,
  baseUrl: string,
  credentials: { readonly clientId: number | string; readonly clientSecret: string },
): Promise<string> {
  const response = await fetchFn(`${baseUrl}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_id: String(credentials.clientId),
      client_secret: credentials.clientSecret,
      scope: "public",
    }),
  });
  const body = await response.json();
  if (typeof body?.access_token !== "string") {
    throw new Error(`No token from ${baseUrl}: ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

/**
 * The raw side: `fetch` with the headers `Client` sends, then `json()`.
 *
 * @param fetchFn the fetch to use
 * @param url the endpoint
 * @param token the access token
 * @returns a sender
 */
export function rawSender(fetchFn: typeof fetch, url: string, token: string): Send {
  return async () => {
    const response = await fetchFn(url, {
      headers: {
        accept: "application/json",
        "x-api-version": "20241022",
        authorization: `Bearer ${token}`,
      },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    return await response.json();
  };
}

/**
 * The bare pipeline side: the same request through `HttpHandler.send`, built as `Client` builds
 * it (plain header record), with no client layer on top.
 *
 * @param http the handler
 * @param url the endpoint
 * @param token the access token
 * @returns a sender
 */
export function pipelineSender(http: HttpHandler, url: string, token: string): Send {
  return () =>
    http.send({
      endpoint: "getUser",
      method: "GET",
      url: new URL(url),
      headers: {
        accept: "application/json",
        "x-api-version": "20241022",
        authorization: `Bearer ${token}`,
      },
      response: "json",
      idempotent: true,
    });
}
