/**
 * Emulator throughput under a load generator: `wrk` when it is installed (`apt-get install -y
 * wrk`), else a small Deno load loop. Loopback only, bounded in time.
 *
 * @module
 */
import { percentile } from "./_stats.ts";

/** One load run. */
export interface LoadResult {
  readonly tool: string;
  readonly path: string;
  readonly connections: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses that were not 2xx. */
  readonly errors: number;
}

/** Options of {@linkcode loadTest}. */
export interface LoadOptions {
  readonly baseUrl: string;
  readonly path: string;
  readonly token?: string;
  readonly connections: number;
  readonly seconds: number;
}

function headers(token: string | undefined): Record<string, string> {
  return {
    accept: "application/json",
    "x-api-version": "20241022",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/**
 * Whether `wrk` is on the PATH.
 *
 * @returns its version line, or undefined
 */
export async function wrkVersion(): Promise<string | undefined> {
  try {
    const out = await new Deno.Command("wrk", {
      args: ["--version"],
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
    return text.split("\n")[0].trim() || "wrk";
  } catch {
    return undefined;
  }
}

function ms(text: string | undefined): number {
  const match = /([\d.]+)(us|ms|s)/.exec(text ?? "");
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

async function withWrk(options: LoadOptions): Promise<LoadResult> {
  const args = [
    `-t${Math.min(2, options.connections)}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    "--latency",
    ...Object.entries(headers(options.token)).flatMap(([k, v]) => ["-H", `${k}: ${v}`]),
    `${options.baseUrl}${options.path}`,
  ];
  const out = await new Deno.Command("wrk", { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout);
  const line = (re: RegExp) => re.exec(text)?.[1];
  return {
    tool: "wrk",
    path: options.path,
    connections: options.connections,
    seconds: options.seconds,
    rps: Number(line(/Requests\/sec:\s+([\d.]+)/) ?? NaN),
    p50Ms: ms(line(/\s50%\s+(\S+)/)),
    p99Ms: ms(line(/\s99%\s+(\S+)/)),
    errors: Number(line(/Non-2xx or 3xx responses:\s+(\d+)/) ?? 0),
  };
}

async function withDeno(options: LoadOptions): Promise<LoadResult> {
  const url = `${options.baseUrl}${options.path}`;
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const response = await fetch(url, { headers: headers(options.token) });
      await response.arrayBuffer();
      if (!response.ok) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  return {
    tool: "Deno fetch loop",
    path: options.path,
    connections: options.connections,
    seconds: options.seconds,
    rps: latencies.length / ((performance.now() - t0) / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
  };
}

/**
 * Drives the served emulator for `seconds` with `connections` connections.
 *
 * @param options where, what, how hard and how long
 * @param useWrk whether wrk is available
 * @returns the throughput and latency
 */
export async function loadTest(options: LoadOptions, useWrk: boolean): Promise<LoadResult> {
  return useWrk ? await withWrk(options) : await withDeno(options);
}
