/**
 * `NotificationWebsocket` on Node.js and Bun with their own `WebSocket` (Node 20 needs
 * `--experimental-websocket`; 22+ has it by default): `tests/realtime_node/program.ts` bundled with
 * `deno bundle` and run by `node` and by `bun` against the emulator served on 127.0.0.1. Each is
 * skipped with a message when its runtime is not installed.
 */
import { assertEquals } from "@std/assert";
import { AuthHandler, Scope } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";
import { botClient } from "./_realtime.ts";
import { bundleProgram, installedVersion } from "./_bundle.ts";

const PROGRAM = new URL("realtime_node/program.ts", import.meta.url).pathname;

/** Reads JSON lines from a stream. */
async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  let buffered = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, end).trim();
      buffered = buffered.slice(end + 1);
      if (line) yield JSON.parse(line);
    }
  }
}

for (const [runtime, title] of [["node", "Node.js"], ["bun", "Bun"]] as const) {
  const version = installedVersion(runtime);
  if (!version) {
    console.warn(`Skipping the ${title} websocket test: \`${runtime}\` is not installed`);
  }
  const major = Number(version?.replace(/^v/, "").split(".")[0] ?? 0);
  const flags = runtime === "node" && major < 22
    ? ["--experimental-websocket", "--no-warnings"]
    : [];

  Deno.test({
    name: `${title} (${version ?? "missing"}): NotificationWebsocket gets a PM over 127.0.0.1`,
    ignore: !version,
    async fn() {
      const osu = createEmulator();
      const server = Deno.serve(
        { hostname: "127.0.0.1", port: 0, onListen: () => {} },
        (request) =>
          request.headers.get("upgrade")?.toLowerCase() === "websocket"
            ? osu.realtime.accept(request, Deno.upgradeWebSocket)
            : osu.handler(request),
      );
      const base = `http://127.0.0.1:${server.addr.port}`;
      const auth = new AuthHandler({ ...osu.credentials, scope: new Scope("public", "chat.read") });
      const { url, codeVerifier } = await auth.getAuthUrl();
      const code = (await osu.approve(url)).searchParams.get("code")!;
      const { clientId, clientSecret, redirectUri } = osu.credentials;
      const child = new Deno.Command(runtime, {
        args: [
          ...flags,
          (await bundleProgram(PROGRAM, "osu-ts-realtime-node-")).path,
          base,
          `ws://127.0.0.1:${server.addr.port}/`,
          String(clientId),
          clientSecret,
          redirectUri,
          code,
          codeVerifier!,
        ],
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const stderr = new Response(child.stderr).text();
      const output: unknown[] = [];
      for await (const line of lines(child.stdout)) {
        output.push(line);
        if (output.length === 1) {
          await botClient(osu).createNewPm(osu.player.id, `hello ${runtime}`);
        }
      }
      const status = await child.status;
      await server.shutdown();
      assertEquals(status.code, 0, await stderr);
      assertEquals(output, [{ ready: true }, { content: `hello ${runtime}` }]);
    },
  });
}
