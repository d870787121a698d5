/**
 * The chat bot's Durable Object in workerd (Miniflare): it opens the notification websocket with
 * Workers' `fetch` and `Upgrade: websocket` (`webSocketOverFetch`) to the emulator served on
 * 127.0.0.1, and answers `!ping` in a PM.
 */
import { assert, assertEquals } from "@std/assert";
import { startWorker } from "./_workerd.ts";
import { AuthHandler, Client, MemoryTokenStore } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";
import { BOT_SCOPE } from "../examples/chat_bot.ts";
import { botClient } from "./_realtime.ts";

const ENTRY = new URL("realtime_workers/worker.ts", import.meta.url).pathname;

Deno.test("ChatBotObject in workerd connects with fetch + Upgrade and answers !ping", async () => {
  const osu = createEmulator();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    (request) =>
      request.headers.get("upgrade")?.toLowerCase() === "websocket"
        ? osu.realtime.accept(request, Deno.upgradeWebSocket)
        : osu.handler(request),
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  // The bot's account authorizes the app once; the Worker gets the refresh token as a secret.
  const tokenStore = new MemoryTokenStore();
  const auth = new AuthHandler({ ...osu.credentials, scope: BOT_SCOPE, tokenStore });
  new Client(auth, { fetch: osu.fetch });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  const refreshToken = (await tokenStore.get(auth.tokenKey))!.refreshToken!;

  const mf = await startWorker(ENTRY, "osu-ts-realtime-worker-", {
    durableObjects: { CHAT_BOT: { className: "ChatBotObject", useSQLite: true } },
    bindings: {
      OSU_CLIENT_ID: String(osu.credentials.clientId),
      OSU_CLIENT_SECRET: osu.credentials.clientSecret,
      OSU_BOT_REFRESH_TOKEN: refreshToken,
      OSU_BASE_URL: base,
      OSU_NOTIFICATION_ENDPOINT: `ws://127.0.0.1:${server.addr.port}/`,
    },
  });
  try {
    const started = await mf.dispatchFetch("http://bot.example/");
    assertEquals(await started.json(), { state: "open" });
    assertEquals(osu.realtime.connections.map((c) => c.chat), [true]);
    await botClient(osu).createNewPm(osu.player.id, "!ping");
    const pong = () =>
      osu.data.collections.chat_messages.some((m) =>
        m.content === "pong" && m.sender_id === osu.player.id
      );
    for (let i = 0; i < 1_000 && !pong(); i++) await new Promise((r) => setTimeout(r, 5));
    assert(pong(), "the bot did not answer");
    // A second request reaches the same object and the same socket.
    assertEquals(await (await mf.dispatchFetch("http://bot.example/")).json(), { state: "open" });
    assertEquals(osu.realtime.connections.length, 1);
  } finally {
    await mf.dispose();
    await server.shutdown();
  }
});
