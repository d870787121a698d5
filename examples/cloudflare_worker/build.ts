/**
 * Bundles the example Worker the way `wrangler deploy` would, without deploying:
 * `wrangler deploy --dry-run --outdir dist` (esbuild inside wrangler), then reports the bundle
 * size, raw and gzipped. Run it with `deno task worker:build`.
 *
 * Wrangler 4 needs Node 22, so it runs through Deno's npm support; metrics and Cloudflare's
 * network are turned off, so the build works offline.
 *
 * @module
 */

/** The wrangler the example is built and served with. */
export const WRANGLER = "npm:wrangler@4.164.0";

/** The repository root, where `wrangler.toml` is. */
export const ROOT: string = new URL("../../", import.meta.url).pathname;

/** What {@linkcode buildWorker} made. */
export interface WorkerBundle {
  /** The bundled main module. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
  /** Its size gzipped, in bytes (what Cloudflare's limit counts). */
  readonly gzipBytes: number;
}

/**
 * A `wrangler` command, run from the repository root through Deno, offline.
 *
 * @param args wrangler's arguments
 * @param options `stdout`/`stderr` handling
 * @returns the command, not yet started
 */
export function wrangler(
  args: string[],
  options: { stdout?: "piped" | "inherit" | "null"; stderr?: "piped" | "inherit" | "null" } = {},
): Deno.Command {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--lock=dev.lock", WRANGLER, ...args],
    cwd: ROOT,
    env: {
      WRANGLER_SEND_METRICS: "false",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      NO_COLOR: "1",
    },
    stdin: "null",
    stdout: options.stdout ?? "piped",
    stderr: options.stderr ?? "piped",
  });
}

/**
 * Bundles the Worker into `outdir` with `wrangler deploy --dry-run`.
 *
 * @param outdir where to write `main.js` (relative to the repository root, or absolute)
 * @returns the bundle's path and sizes
 * @throws {Error} with wrangler's output when the build fails
 */
export async function buildWorker(outdir = "dist"): Promise<WorkerBundle> {
  const result = await wrangler(["deploy", "--dry-run", "--outdir", outdir]).output();
  if (!result.success) {
    const text = new TextDecoder().decode(result.stdout) + new TextDecoder().decode(result.stderr);
    throw new Error(`wrangler deploy --dry-run failed:\n${text}`);
  }
  const path = outdir.startsWith("/") ? `${outdir}/main.js` : `${ROOT}${outdir}/main.js`;
  const bytes = await Deno.readFile(path);
  const gzipped = await new Response(
    new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip")),
  ).arrayBuffer();
  return { path, bytes: bytes.byteLength, gzipBytes: gzipped.byteLength };
}

/**
 * Formats a size in KiB.
 *
 * @param bytes the size
 * @returns e.g. `"114.1 KiB"`
 */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (import.meta.main) {
  const bundle = await buildWorker(Deno.args[0] ?? "dist");
  console.log(
    `Built ${bundle.path}: ${kib(bundle.bytes)} raw, ${kib(bundle.gzipBytes)} gzip`,
  );
}
