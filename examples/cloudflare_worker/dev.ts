/**
 * Runs the example Worker offline: serves the osu! API emulator on 127.0.0.1 and starts
 * `wrangler dev` on 127.0.0.1:8787 with `OSU_BASE_URL` pointing at it and the emulator's client
 * id and secret. Run it with `deno task worker:dev`, then open http://127.0.0.1:8787/user/peppy.
 * Pass another port as the first argument. Durable Object state is kept in `.wrangler/state`.
 *
 * @module
 */
import { createEmulator } from "../../src/testing/mod.ts";
import { wrangler } from "./build.ts";

const port = Number(Deno.args[0] ?? 8787);
const osu = createEmulator();
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, osu.handler);
const upstream = `http://127.0.0.1:${server.addr.port}`;
console.log(`osu! API emulator on ${upstream}`);

const child = wrangler([
  "dev",
  "--ip",
  "127.0.0.1",
  "--port",
  String(port),
  "--show-interactive-dev-session=false",
  "--var",
  `OSU_BASE_URL:${upstream}`,
  "--var",
  `OSU_CLIENT_ID:${osu.credentials.clientId}`,
  "--var",
  `OSU_CLIENT_SECRET:${osu.credentials.clientSecret}`,
], { stdout: "inherit", stderr: "inherit" }).spawn();
console.log(`Worker on http://127.0.0.1:${port}: try http://127.0.0.1:${port}/user/peppy`);

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
