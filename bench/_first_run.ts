/**
 * First run on a fresh machine: what each task downloads. Each case runs in a fresh `git clone` of
 * the committed tree with an empty `DENO_DIR`, its traffic sent through a counting HTTPS proxy on
 * 127.0.0.1 (`HTTPS_PROXY`), so the bytes are what crossed the network, TLS included. The cache
 * size is the `DENO_DIR` afterwards.
 *
 * Run alone: `deno run -A bench/_first_run.ts` prints the table; `deno task bench:report` puts it
 * into BENCHMARKS.md.
 *
 * @module
 */
import { table } from "./_markdown.ts";

/** One task's first run. */
export interface FirstRunResult {
  /** The task as a user types it. */
  readonly task: string;
  /** What it ran to fetch what the task needs (the task itself, or the caching part of it). */
  readonly command: string;
  /** Whether every command exited 0. */
  readonly ok: boolean;
  /** npm packages in the cache afterwards. */
  readonly npmPackages: number;
  /** Bytes through the proxy, both directions. */
  readonly networkBytes: number;
  /** Bytes in `DENO_DIR` afterwards. */
  readonly cacheBytes: number;
}

interface Case {
  readonly task: string;
  readonly commands: readonly (readonly string[])[];
}

/** The lock that pins the development tools, and the wrangler the Worker example uses. */
const LOCK = "--lock=dev.lock";

/**
 * The cases: the demo as a newcomer runs it, and for the heavier tasks the commands that fetch
 * what they need (the test task's type check, which caches its npm imports, then the wrangler it
 * runs and `deno bundle`'s esbuild; the example app's Hono; the Worker build's wrangler).
 */
const CASES: readonly Case[] = [
  { task: "deno task demo", commands: [["task", "demo"]] },
  { task: "deno task emulator", commands: [["cache", "examples/serve_emulator.ts"]] },
  { task: "deno task example:web", commands: [["cache", "examples/hono_app/main.ts"]] },
  { task: "deno task worker:build", commands: [["task", "worker:build"]] },
  {
    task: "deno task test",
    commands: [
      ["check", LOCK, "--doc", "mod.ts", "src/", "adapters/", "tests/"],
      ["cache", LOCK, "npm:wrangler@4.164.0"],
      ["bundle", "--quiet", "--output", "dist/first_run.mjs", "tests/runtimes/program.ts"],
    ],
  },
];

/** A CONNECT proxy that counts the bytes it relays. */
function countingProxy(): { url: string; bytes: () => number; close: () => void } {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  let bytes = 0;
  const pipe = async (from: Deno.Conn, to: Deno.Conn) => {
    const buffer = new Uint8Array(64 * 1024);
    try {
      for (let n; (n = await from.read(buffer)) !== null;) {
        bytes += n;
        let written = 0;
        while (written < n) written += await to.write(buffer.subarray(written, n));
      }
    } catch { /* the other side closed */ }
    try {
      to.closeWrite();
    } catch { /* already closed */ }
  };
  const serve = async (client: Deno.Conn) => {
    const head = new Uint8Array(8192);
    const n = await client.read(head).catch(() => null);
    const request = n ? new TextDecoder().decode(head.subarray(0, n)) : "";
    const target = /^CONNECT ([^:\s]+):(\d+) /.exec(request);
    if (!target) {
      await client.write(new TextEncoder().encode("HTTP/1.1 501 Not Implemented\r\n\r\n"));
      client.close();
      return;
    }
    const upstream = await Deno.connect({ hostname: target[1], port: Number(target[2]) });
    await client.write(new TextEncoder().encode("HTTP/1.1 200 Connection Established\r\n\r\n"));
    await Promise.all([pipe(client, upstream), pipe(upstream, client)]);
    client.close();
    upstream.close();
  };
  (async () => {
    for await (const conn of listener) serve(conn).catch(() => conn.close());
  })().catch(() => {});
  const { port } = listener.addr as Deno.NetAddr;
  return { url: `http://127.0.0.1:${port}`, bytes: () => bytes, close: () => listener.close() };
}

async function duBytes(path: string): Promise<number> {
  const out = await new Deno.Command("du", { args: ["-sb", path], stdout: "piped" }).output();
  return Number(new TextDecoder().decode(out.stdout).split("\t")[0]) || 0;
}

async function npmPackages(denoDir: string): Promise<number> {
  let count = 0;
  const walk = async (dir: string, depth: number) => {
    for await (const entry of Deno.readDir(dir)) {
      if (!entry.isDirectory) continue;
      if (entry.name.startsWith("@") && depth === 0) await walk(`${dir}/${entry.name}`, 0);
      else if (depth === 0) await walk(`${dir}/${entry.name}`, 1);
      else count++; // a version directory
    }
  };
  await walk(`${denoDir}/npm/registry.npmjs.org`, 0).catch(() => {});
  return count;
}

/**
 * Measures every case.
 *
 * @param root the repository root (its `HEAD` is cloned)
 * @param log progress lines
 * @returns one result per case
 */
export async function measureFirstRuns(
  root: string,
  log: (text: string) => void,
): Promise<FirstRunResult[]> {
  const results: FirstRunResult[] = [];
  for (const c of CASES) {
    log(`first run: ${c.task}`);
    const dir = await Deno.makeTempDir({ prefix: "osu-ts-first-run-" });
    const proxy = countingProxy();
    try {
      await new Deno.Command("git", { args: ["clone", "--quiet", root, `${dir}/clone`] }).output();
      const env = {
        DENO_DIR: `${dir}/cache`,
        HTTPS_PROXY: proxy.url,
        NO_COLOR: "1",
        DENO_NO_UPDATE_CHECK: "1",
        WRANGLER_SEND_METRICS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
      };
      let ok = true;
      for (const args of c.commands) {
        const out = await new Deno.Command(Deno.execPath(), {
          args: [...args],
          cwd: `${dir}/clone`,
          env,
          stdin: "null",
          stdout: "null",
          stderr: "null",
        }).output();
        ok &&= out.success;
      }
      results.push({
        task: c.task,
        command: c.commands.map((args) => `deno ${args.join(" ")}`).join("; "),
        ok,
        npmPackages: await npmPackages(`${dir}/cache`),
        networkBytes: proxy.bytes(),
        cacheBytes: await duBytes(`${dir}/cache`),
      });
    } finally {
      proxy.close();
      await Deno.remove(dir, { recursive: true });
    }
  }
  return results;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * The results as a Markdown table.
 *
 * @param results what {@linkcode measureFirstRuns} returned
 * @returns the table
 */
export function firstRunTable(results: readonly FirstRunResult[]): string {
  return table(
    ["task", "npm packages", "downloaded (MB)", "Deno cache after (MB)", "measured with"],
    results.map((r) => [
      `\`${r.task}\`${r.ok ? "" : " (failed)"}`,
      String(r.npmPackages),
      mb(r.networkBytes),
      mb(r.cacheBytes),
      `\`${r.command}\``,
    ]),
  );
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url).pathname;
  const results = await measureFirstRuns(root, (text) => console.error(`[first-run] ${text}`));
  console.log(firstRunTable(results));
}
