/**
 * Serves the osu! API emulator on 127.0.0.1 so any app (or a browser) can talk to it:
 *
 *   deno run -A examples/serve_emulator.ts --port 8787
 *
 * Prints the base URL, the registered app's credentials and the player's login. The notification
 * websocket is served on the same port: give `ws://127.0.0.1:8787/` as `endpoint` to
 * `NotificationWebsocket`.
 *
 * @module
 */
import { createEmulator } from "@osu-ts/api/testing";

const index = Deno.args.indexOf("--port");
const port = index === -1 ? 8787 : Number(Deno.args[index + 1]);
const emulator = createEmulator();

const server = Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, (request) => {
  if (request.headers.get("upgrade")?.toLowerCase() === "websocket") {
    return emulator.realtime.accept(request, Deno.upgradeWebSocket);
  }
  return emulator.handler(request);
});
const base = `http://127.0.0.1:${server.addr.port}`;
console.log(`osu! API emulator listening on ${base}`);
console.log(`  API base:      ${base}/api/v2/`);
console.log(`  authorize:     ${base}/oauth/authorize`);
console.log(`  websocket:     ws://127.0.0.1:${server.addr.port}/`);
console.log(`  client id:     ${emulator.credentials.clientId}`);
console.log(`  client secret: ${emulator.credentials.clientSecret}`);
console.log(`  redirect uri:  ${emulator.credentials.redirectUri}`);
console.log(
  `  player:        ${emulator.player.username} / ${emulator.player.password} (id ${emulator.player.id})`,
);
Deno.addSignalListener("SIGINT", () => server.shutdown());
await server.finished;
