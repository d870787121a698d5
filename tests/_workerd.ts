/**
 * Runs a test Worker in workerd through Miniflare: the entry is bundled as an app's bundler would
 * bundle it, then loaded as an ES module Worker.
 *
 * @module
 */
// The root import map is not ours to change; pinned as tests/cloudflare pins it.
// deno-lint-ignore no-import-prefix
import { Miniflare } from "npm:miniflare@4.20260730.0";
import { bundleProgram } from "./_bundle.ts";

/** What a test Worker gets besides its code. */
export interface WorkerOptions {
  /** Durable Object classes, by binding name. */
  readonly durableObjects?: Record<string, { className: string; useSQLite?: boolean }>;
  /** Text bindings (vars and secrets), by name. */
  readonly bindings?: Record<string, string>;
}

/** A Worker running in workerd. */
export interface TestWorker {
  /** Sends it a request. */
  readonly dispatchFetch: Miniflare["dispatchFetch"];
  /** Stops workerd and removes the bundle. */
  dispose(): Promise<void>;
}

/**
 * Bundles `entry` and starts it in workerd.
 *
 * @param entry the Worker's source path
 * @param prefix the temp directory's prefix
 * @param options more Miniflare options (Durable Objects, bindings)
 * @returns the running Worker
 */
export async function startWorker(
  entry: string,
  prefix: string,
  options: WorkerOptions = {},
): Promise<TestWorker> {
  const built = await bundleProgram(entry, prefix, "worker.mjs");
  const mf = new Miniflare({
    modules: true,
    scriptPath: built.path,
    modulesRoot: built.dir,
    compatibilityDate: "2026-07-01",
    ...options,
  });
  return {
    dispatchFetch: (...args) => mf.dispatchFetch(...args),
    async dispose() {
      await mf.dispose();
      await Deno.remove(built.dir, { recursive: true });
    },
  };
}
