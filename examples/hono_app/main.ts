/**
 * Runs the example site: `deno task example:web`.
 *
 * Without configuration it talks to the offline osu! API emulator, served in this process
 * (its authorize page included), so "Log in with osu!" works with no account and no network.
 * With `OSU_CLIENT_ID`, `OSU_CLIENT_SECRET` and `OSU_REDIRECT_URI` set (an OAuth application
 * from your osu! account settings, whose callback URL ends in `/callback`), it talks to the real
 * osu!. Set `OSU_SESSION_SECRET` (32+ characters) to keep sessions across restarts.
 *
 * @module
 */
import { MemoryTokenStore, Scope } from "@osu-ts/api";
import { createEmulator, type Emulator } from "@osu-ts/api/testing";
import { createApp } from "./app.ts";

/** A running example. */
export interface RunningExample {
  /** The site's address, e.g. `http://localhost:8080`. */
  readonly url: string;
  /** The emulator, when the site talks to it. */
  readonly emulator: Emulator | undefined;
  /** The emulator's address, when served. */
  readonly emulatorUrl: string | undefined;
  /** Stops the servers. */
  shutdown(): Promise<void>;
}

/**
 * Starts the site (and the emulator, unless real credentials are given).
 *
 * @param env reads the environment @default {Deno.env.get}
 * @param options `port` of the site on the emulator (0 picks a free one) @default {8080}
 * @returns the running site
 */
export function startExample(
  env: (name: string) => string | undefined = (name) => Deno.env.get(name),
  options: { readonly port?: number } = {},
): RunningExample {
  const secret = env("OSU_SESSION_SECRET") ?? crypto.randomUUID() + crypto.randomUUID();
  const clientId = env("OSU_CLIENT_ID");
  const clientSecret = env("OSU_CLIENT_SECRET");
  const redirectUri = env("OSU_REDIRECT_URI");
  const quiet = { onListen: () => {} };
  if (clientId && clientSecret && redirectUri) {
    const app = createApp({
      auth: { clientId, clientSecret, redirectUri, secret, scope: Scope.identify() },
      footer: "Talking to osu.ppy.sh",
    });
    const port = Number(new URL(redirectUri).port || 8080);
    const server = Deno.serve({ port, ...quiet }, app.fetch);
    return {
      url: new URL(redirectUri).origin,
      emulator: undefined,
      emulatorUrl: undefined,
      shutdown: () => server.shutdown(),
    };
  }
  // Serve the site first, so the emulator's app can be registered with its real callback URL.
  let site: (request: Request) => Response | Promise<Response> = () =>
    new Response("Starting", { status: 503 });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: options.port ?? 8080, ...quiet },
    (request) => site(request),
  );
  const callback = new URL(`http://localhost:${server.addr.port}/callback`);
  const osu = createEmulator({ redirectUri: callback.href });
  const emulatorServer = Deno.serve({ hostname: "127.0.0.1", port: 0, ...quiet }, osu.handler);
  const emulatorUrl = `http://localhost:${emulatorServer.addr.port}`;
  const app = createApp({
    auth: {
      ...osu.credentials,
      secret,
      scope: Scope.identify(),
      baseUrl: emulatorUrl,
      fetch: osu.fetch,
      tokenStore: new MemoryTokenStore(),
    },
    footer: `Talking to the offline osu! API emulator at ${emulatorUrl}`,
  });
  site = app.fetch;
  return {
    url: callback.origin,
    emulator: osu,
    emulatorUrl,
    async shutdown() {
      await Promise.all([server.shutdown(), emulatorServer.shutdown()]);
    },
  };
}

if (import.meta.main) {
  const running = startExample();
  console.log(`osu! stats is running at ${running.url}`);
  if (running.emulator) {
    console.log(
      `Using the osu! API emulator at ${running.emulatorUrl}: you log in as ` +
        `"${running.emulator.player.username}". Set OSU_CLIENT_ID, OSU_CLIENT_SECRET and ` +
        "OSU_REDIRECT_URI to use the real osu!.",
    );
  }
}
