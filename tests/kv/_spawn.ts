/**
 * Starts the subprocess scripts of the Deno KV tests: `deno run` on a script in this folder, with
 * JSON settings; each says "ready", waits for `go()`, and prints one JSON line of results.
 *
 * @module
 */

/** A running subprocess. */
export interface Worker<T> {
  /** Resolves when the script has opened KV and waits for `go()`. */
  readonly ready: Promise<void>;
  /** Lets it start. */
  go(): Promise<void>;
  /** Its JSON result (rejects with its stderr when it fails). */
  readonly result: Promise<T>;
  /** Its stdout lines so far. */
  readonly lines: string[];
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): void;
  /** Resolves when it has exited. */
  readonly exited: Promise<Deno.CommandStatus>;
}

const ROOT = new URL("../../", import.meta.url);

/**
 * Spawns `deno run -A <script> <settings>` from the repository root.
 *
 * @param script a file name in `tests/kv/`
 * @param settings passed as JSON in the first argument
 * @returns the worker
 */
export function spawnWorker<T>(script: string, settings: unknown): Worker<T> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--unstable-kv", `tests/kv/${script}`, JSON.stringify(settings)],
    cwd: ROOT,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const lines: string[] = [];
  const { promise: ready, resolve: onReady } = Promise.withResolvers<void>();
  const stdout = (async () => {
    let buffer = "";
    for await (const chunk of child.stdout.pipeThrough(new TextDecoderStream())) {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        lines.push(line);
        if (line === "ready") onReady();
      }
    }
    if (buffer) lines.push(buffer);
  })();
  const stderr = new Response(child.stderr).text();
  if (Deno.env.get("KV_DEBUG")) stderr.then((t) => console.error(t));
  const writer = child.stdin.getWriter();
  const exited = child.status;
  const result = (async () => {
    const [status, errors] = await Promise.all([exited, stderr, stdout]);
    await writer.close().catch(() => {});
    if (!status.success) throw new Error(`${script} failed (${status.code}): ${errors}`);
    return JSON.parse(lines.at(-1)!) as T;
  })();
  result.catch(() => {});
  return {
    ready: Promise.race([ready, exited.then(() => {})]),
    lines,
    result,
    exited,
    async go() {
      try {
        await writer.write(new TextEncoder().encode("go\n"));
      } catch {
        await result; // it exited before "go": throws with its stderr
      }
    },
    kill() {
      try {
        child.kill("SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

/**
 * Percentile of a list of numbers (nearest rank).
 *
 * @param values the numbers
 * @param p 0 to 100
 * @returns the value
 */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * A fresh temporary KV file, created (its folder is removed by `cleanup`).
 *
 * @returns the path and the cleanup
 */
export async function tempKvPath(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const dir = await Deno.makeTempDir({ prefix: "osu-ts-kv-" });
  // Create the database once here: three processes creating it at the same moment can collide.
  (await Deno.openKv(`${dir}/shared.kv`)).close();
  return {
    path: `${dir}/shared.kv`,
    cleanup: () => Deno.remove(dir, { recursive: true }).catch(() => {}),
  };
}
