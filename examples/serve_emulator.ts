/**
 * Serves the osu! API emulator on 127.0.0.1 so any app (or a browser) can talk to it:
 *
 *   deno run -A examples/serve_emulator.ts --port 8787
 *
 * Prints the base URL, the registered app's credentials and the player's login. `GET /` answers
 * with a short page saying what this is and where the API and the authorize page are. The
 * notification websocket is served on the same port: give `ws://127.0.0.1:8787/` as `endpoint` to
 * `NotificationWebsocket`.
 *
 * @module
 */
import { createEmulator } from "@osu-ts/api/testing";

const index = Deno.args.indexOf("--port");
const port = index === -1 ? 8787 : Number(Deno.args[index + 1]);
const emulator = createEmulator();

/**
 * The page at `/`: what this server is, and where to go.
 *
 * @param base the server's origin
 * @returns the HTML response
 */
function indexPage(base: string): Response {
  const html = `<!doctype html>
<meta charset="utf-8"><title>osu! API emulator</title>
<h1>osu! API emulator (osu-ts)</h1>
<p>An offline stand-in for osu.ppy.sh, for development and tests: it answers the osu! API v2 and
OAuth with a small fixed data set. Nothing here reaches the real osu!.</p>
<ul>
<li>API: <code>${base}/api/v2/</code> (for example <a href="/api/v2/news">/api/v2/news</a>, no token needed)</li>
<li>Authorize page: <code>${base}/oauth/authorize</code>; token endpoint: <code>POST ${base}/oauth/token</code></li>
<li>Notification websocket: <code>${base.replace("http", "ws")}/</code></li>
<li>Point a client at it with <code>baseUrl: "${base}"</code> (the demo: <code>OSU_BASE_URL=${base}</code>).
The app's credentials and the player's login are printed in the terminal that started it.</li>
</ul>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

function serve(): Deno.HttpServer<Deno.NetAddr> {
  try {
    return Deno.serve(
      { hostname: "127.0.0.1", port, onListen: () => {} },
      (request) => {
        if (request.headers.get("upgrade")?.toLowerCase() === "websocket") {
          return emulator.realtime.accept(request, Deno.upgradeWebSocket);
        }
        const url = new URL(request.url);
        return url.pathname === "/" && request.method === "GET"
          ? indexPage(url.origin)
          : emulator.handler(request);
      },
    );
  } catch (error) {
    if (!(error instanceof Deno.errors.AddrInUse)) throw error;
    console.error(`Port ${port} is taken: pass another with --port (e.g. --port ${port + 1})`);
    Deno.exit(1);
  }
}

const server = serve();
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
