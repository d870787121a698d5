/**
 * Runs the example Worker offline: serves the osu! API emulator on 127.0.0.1 and starts
 * `wrangler dev` on 127.0.0.1:8787 with `OSU_BASE_URL` pointing at it, the emulator's client id
 * and secret, and a callback registered with it. Run it with `deno task worker:dev`, then open
 * http://127.0.0.1:8787/ and "Log in with osu!" (the emulator's authorize page logs you in as
 * `EmuPlayer`), or http://127.0.0.1:8787/user/peppy. Pass another port as the first argument.
 * Durable Object state is kept in `.wrangler/state`.
 *
 * The Worker is bundled first, as `deno task worker:build` does (`wrangler dev` ignores the
 * `--alias` that finds `hono` in Deno's cache), and served unbundled: restart to see changes.
 *
 * @module
 */
import { createEmulator } from "../../src/testing/mod.ts";
import { buildWorker, wrangler } from "./build.ts";

const port = Number(Deno.args[0] ?? 8787);
const origin = `http://127.0.0.1:${port}`;
const osu = createEmulator({ redirectUri: `${origin}/callback` });
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, osu.handler);
const upstream = `http://127.0.0.1:${server.addr.port}`;
console.log(`osu! API emulator on ${upstream}`);

const vars = {
  OSU_BASE_URL: upstream,
  OSU_CLIENT_ID: String(osu.credentials.clientId),
  OSU_CLIENT_SECRET: osu.credentials.clientSecret,
  OSU_REDIRECT_URI: osu.credentials.redirectUri,
  // A new one each run: sessions end when the dev server stops.
  OSU_SESSION_SECRET: crypto.randomUUID() + crypto.randomUUID(),
};
const bundle = await buildWorker(".wrangler/dev-bundle");
const child = wrangler([
  "dev",
  bundle.path,
  "--no-bundle",
  "--ip",
  "127.0.0.1",
  "--port",
  String(port),
  "--show-interactive-dev-session=false",
  ...Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]),
], { stdout: "inherit", stderr: "inherit" }).spawn();
console.log(`Worker on ${origin}: open ${origin}/ to log in, or ${origin}/user/peppy`);

const stop = () => {
  try {
    child.kill("SIGTERM");
  } catch {
    // Already gone.
  }
};
Deno.addSignalListener("SIGINT", stop);
Deno.addSignalListener("SIGTERM", stop);
const status = await child.status;
await server.shutdown();
Deno.exit(status.code);
