/**
 * The example Worker in Miniflare for tests: bundled once with wrangler (as
 * `deno task worker:build` does), run in workerd with SQLite Durable Objects, talking to the osu!
 * API emulator served on 127.0.0.1.
 *
 * @module
 */
// The root import map is not ours to change; pinned here so CI fetches one known workerd.
// deno-lint-ignore no-import-prefix
import { Miniflare } from "npm:miniflare@4.20260730.0";
import {
  buildWorker,
  kib,
  ROOT,
  type WorkerBundle,
} from "../../examples/cloudflare_worker/build.ts";
import { createEmulator, type Emulator } from "@osu-ts/api/testing";

export type { Miniflare };

let bundle: Promise<WorkerBundle & { dir: string }> | undefined;

/**
 * Bundles the Worker once per test process (into a temp dir removed at exit) and logs its size.
 *
 * @returns the bundle
 */
export function workerBundle(): Promise<WorkerBundle & { dir: string }> {
  bundle ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "osu-ts-worker-" });
    globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
    const built = await buildWorker(dir);
    console.log(`Worker bundle: ${kib(built.bytes)} raw, ${kib(built.gzipBytes)} gzip`);
    return { ...built, dir };
  })();
  return bundle;
}

/** The `compatibility_date` of the top-level `wrangler.toml`. */
export async function compatibilityDate(): Promise<string> {
  const toml = await Deno.readTextFile(`${ROOT}wrangler.toml`);
  const match = toml.match(/^compatibility_date\s*=\s*"([^"]+)"/m);
  if (!match) throw new Error("wrangler.toml has no compatibility_date");
  return match[1];
}

/** The emulator on 127.0.0.1 with the arrival time of every request. */
export interface ServedEmulator {
  /** The emulator. */
  readonly osu: Emulator;
  /** Its address, for `OSU_BASE_URL`. */
  readonly url: string;
  /** When each request arrived (`performance.now()`) and its path. */
  readonly arrivals: { readonly at: number; readonly path: string }[];
  /** How many token requests it answered. */
  tokenRequests(): number;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves a new emulator on 127.0.0.1, port 0.
 *
 * @returns the served emulator
 */
export function serveEmulator(): ServedEmulator {
  const osu = createEmulator();
  const arrivals: { at: number; path: string }[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    arrivals.push({ at: performance.now(), path: new URL(request.url).pathname });
    return osu.handler(request);
  });
  return {
    osu,
    url: `http://127.0.0.1:${server.addr.port}`,
    arrivals,
    tokenRequests: () => osu.requests.filter((r) => r.path === "/oauth/token").length,
    close: () => server.shutdown(),
  };
}

/** Options of {@linkcode startWorker}. */
export interface StartWorkerOptions {
  /** Extra bindings (the limiter's knobs). */
  readonly vars?: Record<string, string>;
  /** Keeps Durable Object storage in this directory (survives a restart). */
  readonly persistTo?: string;
}

/** The Worker running in Miniflare. */
export interface RunningWorker {
  /** Miniflare itself. */
  readonly mf: Miniflare;
  /** The Worker's address on 127.0.0.1. */
  readonly url: URL;
  /**
   * Sends `GET path` to the Worker over HTTP (Deno's own `fetch`: Miniflare's `dispatchFetch`
   * runs on undici, whose bodies sometimes arrive empty under Deno with many requests at once).
   *
   * @param path e.g. `/user/peppy`
   * @returns the response
   */
  get(path: string): Promise<Response>;
  /**
   * Sends a request to the Worker without following redirects, as a browser's first hop.
   *
   * @param path e.g. `/auth/login`
   * @param init method, headers (cookies)
   * @returns the response
   */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Stops workerd. */
  dispose(): Promise<void>;
}

/**
 * Runs the bundled Worker in Miniflare against `upstream`.
 *
 * @param upstream the served emulator
 * @param options bindings and persistence
 * @returns the running Worker (dispose it)
 */
export async function startWorker(
  upstream: ServedEmulator,
  options: StartWorkerOptions = {},
): Promise<RunningWorker> {
  const built = await workerBundle();
  const mf = new Miniflare({
    modules: true,
    scriptPath: built.path,
    modulesRoot: built.dir,
    compatibilityDate: await compatibilityDate(),
    durableObjects: { OSU_COORDINATOR: { className: "OsuCoordinator", useSQLite: true } },
    durableObjectsPersist: options.persistTo ?? false,
    bindings: {
      OSU_CLIENT_ID: String(upstream.osu.credentials.clientId),
      OSU_CLIENT_SECRET: upstream.osu.credentials.clientSecret,
      OSU_BASE_URL: upstream.url,
      OSU_SESSION_SECRET: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
      // The callback registered with the emulator; tests send its path to the Worker.
      OSU_REDIRECT_URI: upstream.osu.credentials.redirectUri,
      ...options.vars,
    },
  });
  const url = await mf.ready;
  return {
    mf,
    url,
    get: (path) => fetch(new URL(path, url)),
    request: (path, init = {}) => fetch(new URL(path, url), { ...init, redirect: "manual" }),
    dispose: () => mf.dispose(),
  };
}
