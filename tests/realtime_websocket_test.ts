/**
 * `NotificationWebsocket` against the emulator in-process (`osu.webSocket`): connecting, chat
 * messages to listeners and the iterator, notifications, and the scope check.
 */
import {
  assert,
  assertEquals,
  assertInstanceOf,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import {
  Client,
  GrantError,
  InvalidArgumentError,
  MissingScopeError,
  NotificationWebsocket,
  type NotificationWebsocketEvent,
  Scope,
  WebSocketError,
  webSocketOverFetch,
} from "@osu-ts/api";
import { createEmulator, FakeClock } from "@osu-ts/api/testing";
import { botClient, lazerClient, next, playerSocket, userClient } from "./_realtime.ts";

Deno.test("NotificationWebsocket.connect() resolves on connection.ready with a user token", async () => {
  const { osu, ws } = await playerSocket();
  const ready = next(ws, "ready");
  await ws.connect();
  await ready;
  assertEquals(ws.state, "open");
  assertEquals(osu.realtime.connections.map((c) => [c.userId, c.chat]), [[osu.player.id, false]]);
  ws.close();
});

Deno.test("NotificationWebsocket.connect() rejects a token without chat.read before connecting", async () => {
  const osu = createEmulator();
  let opened = 0;
  const { client } = await userClient(osu, new Scope("public", "identify"));
  const ws = new NotificationWebsocket(client, {
    webSocket: (url, init) => (opened++, osu.webSocket(url, init)),
  });
  const error = await assertRejects(() => ws.connect(), MissingScopeError);
  assertEquals(error.required, "chat.read");
  assertEquals(opened, 0);
  assertEquals(ws.state, "idle");
});

Deno.test("NotificationWebsocket emits chat.message.new when another user sends a PM over HTTP", async () => {
  const { osu, ws } = await playerSocket();
  await ws.connect();
  await ws.chatStart();
  const received = next(ws, "chat.message.new");
  await botClient(osu).createNewPm(osu.player.id, "!ping");
  const { messages, users } = await received;
  assertEquals(messages.map((m) => m.content), ["!ping"]);
  assertEquals(users.map((u) => u.username), ["BanchoBot"]);
  ws.close();
});

Deno.test("NotificationWebsocket yields chat.message.new to the async iterator, narrowed by event", async () => {
  const { osu, ws } = await playerSocket();
  await ws.connect();
  await ws.chatStart();
  await botClient(osu).createNewPm(osu.player.id, "first");
  await botClient(osu).createNewPm(osu.player.id, "second");
  const contents: string[] = [];
  for await (const event of ws) {
    if (event.event !== "chat.message.new") continue;
    contents.push(event.data.messages[0].content);
    if (contents.length === 2) ws.close();
  }
  assertEquals(contents, ["first", "second"]);
});

Deno.test("NotificationWebsocket receives no chat events before chatStart() nor after chatEnd()", async () => {
  const { osu, ws } = await playerSocket();
  const contents: string[] = [];
  ws.on("chat.message.new", (data) => void contents.push(data.messages[0].content));
  await ws.connect();
  const bot = botClient(osu);
  await bot.createNewPm(osu.player.id, "before");
  await ws.chatStart();
  const during = next(ws, "chat.message.new");
  await bot.createNewPm(osu.player.id, "during");
  await during;
  ws.chatEnd();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await bot.createNewPm(osu.player.id, "after");
  await new Promise((resolve) => setTimeout(resolve, 0));
  assertEquals(contents, ["during"]);
  ws.close();
});

Deno.test("NotificationWebsocket passes chat.channel.join and part on to listeners", async () => {
  const osu = createEmulator();
  const { client } = await userClient(
    osu,
    new Scope("public", "chat.read", "chat.write", "chat.write_manage"),
  );
  const ws = new NotificationWebsocket(client, {
    webSocket: osu.webSocket,
    clock: new FakeClock(),
  });
  await ws.connect();
  await ws.chatStart();
  const channel = (await client.getChannelList()).find((c) => c.type === "PUBLIC")!;
  const joined = next(ws, "chat.channel.join");
  await client.joinChannel(channel.channel_id, osu.player.id);
  assertEquals((await joined).channel_id, channel.channel_id);
  const parted = next(ws, "chat.channel.part");
  await client.leaveChannel(channel.channel_id, osu.player.id);
  assertEquals((await parted).channel_id, channel.channel_id);
  ws.close();
});

Deno.test("NotificationWebsocket emits new and read notifications to a * token", async () => {
  const osu = createEmulator();
  const client = lazerClient(osu);
  const ws = new NotificationWebsocket(client, {
    webSocket: osu.webSocket,
    clock: new FakeClock(),
  });
  await ws.connect();
  const arrived = next(ws, "new");
  const sent = osu.realtime.notify(osu.player.id, {
    name: "channel_message",
    object_type: "channel",
    object_id: 5,
    source_user_id: 2,
  });
  const notification = await arrived;
  assertEquals([notification.id, notification.name], [sent.id, "channel_message"]);
  const read = next(ws, "read");
  await client.markNotificationsAsRead({ notifications: [{ id: notification.id }] });
  assertEquals((await read).ids, [notification.id]);
  ws.close();
});

Deno.test("NotificationWebsocket with a chat.read token gets no notification events", async () => {
  const { osu, ws } = await playerSocket();
  const events: NotificationWebsocketEvent["event"][] = [];
  await ws.connect();
  await ws.chatStart();
  ws.on("new", () => void events.push("new"));
  osu.realtime.notify(osu.player.id, {
    name: "comment_new",
    object_type: "beatmapset",
    object_id: 1,
  });
  const message = next(ws, "chat.message.new");
  await botClient(osu).createNewPm(osu.player.id, "still here");
  await message;
  assertEquals(events, []);
  ws.close();
});

Deno.test("NotificationWebsocket passes an unknown event through as unknown", async () => {
  const osu = createEmulator();
  // A socket whose server sends one event this version does not know, then the ready answer.
  const { ws } = await playerSocket({
    webSocket: (url, init) => {
      const socket = osu.webSocket(url, init);
      socket.addEventListener("open", () => {
        queueMicrotask(() => {
          const event = new Event("message");
          Object.defineProperty(event, "data", {
            value: JSON.stringify({ event: "chat.typing", data: { user_id: 2 } }),
          });
          (socket as unknown as EventTarget).dispatchEvent(event);
        });
      });
      return socket;
    },
  }, { osu });
  const unknown = next(ws, "unknown");
  await ws.connect();
  const data = await unknown;
  assertEquals(data, { event: "chat.typing", data: { user_id: 2 } });
  ws.close();
});

Deno.test("NotificationWebsocket reports a throwing listener as an error event", async () => {
  const { ws } = await playerSocket();
  ws.on("ready", () => {
    throw new Error("listener bug");
  });
  const failed = next(ws, "error");
  await ws.connect();
  const { error } = await failed;
  assertInstanceOf(error, Error);
  assert(error.message === "listener bug");
  ws.close();
});

Deno.test("NotificationWebsocket refuses bad options with InvalidArgumentError", async () => {
  const osu = createEmulator();
  const { client } = await userClient(osu);
  for (
    const options of [
      { endpoint: "notify.ppy.sh" },
      { endpoint: "ftp://notify.ppy.sh" },
      { endpoint: "http://127.0.0.1:8787/" },
      { endpoint: "https://notify.ppy.sh" },
      { keepaliveInterval: -1 },
      { keepaliveInterval: Infinity },
      { connectTimeout: 0 },
      { reconnect: { initialDelay: Number.NaN } },
      { reconnect: { maxAttempts: 0 } },
    ]
  ) {
    assertThrows(() => new NotificationWebsocket(client, options), InvalidArgumentError);
  }
});

/** What the emulator's server sends a raw socket, until it closes. */
function rawSession(osu: ReturnType<typeof createEmulator>, authorization: string) {
  const socket = osu.webSocket("wss://notify.ppy.sh", { headers: { authorization }, token: "" });
  const frames: unknown[] = [];
  socket.addEventListener("message", (e) => void frames.push((e as MessageEvent).data));
  return new Promise<{ frames: unknown[]; code: number }>((resolve) =>
    socket.addEventListener("close", (e) => resolve({ frames, code: (e as CloseEvent).code }))
  );
}

Deno.test("Emulator refuses websocket tokens osu! refuses: no chat scope, revoked, unknown", async () => {
  const osu = createEmulator();
  const publicToken = await userClient(osu, new Scope("public", "identify"));
  const chatToken = await userClient(osu);
  const refused = { frames: ['{"error":"authentication failed"}'], code: 1006 };
  assertEquals(await rawSession(osu, `Bearer ${publicToken.auth.cachedToken()}`), refused);
  assertEquals(await rawSession(osu, "Bearer not-a-token"), refused);
  osu.revokeAllTokens();
  assertEquals(await rawSession(osu, `Bearer ${chatToken.auth.cachedToken()}`), refused);
});

Deno.test("NotificationWebsocket.connect() rejects client credentials with GrantError before the scope", async () => {
  const osu = createEmulator();
  // Without chat.read: the grant is what cannot work, so it is what the error names.
  const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
  const ws = new NotificationWebsocket(client, { webSocket: osu.webSocket });
  const error = await assertRejects(() => ws.connect(), GrantError);
  assertStringIncludes(error.message, "not client credentials");
  assertEquals(ws.state, "idle");
});

Deno.test("NotificationWebsocket over webSocketOverFetch says an upgrade answered 404 and what to check", async () => {
  const { ws } = await playerSocket({
    webSocket: webSocketOverFetch(() =>
      Promise.resolve(new Response("Not found", { status: 404 }))
    ),
  });
  const error = await assertRejects(() => ws.connect(), WebSocketError);
  assertEquals(error.failure, "connect");
  assertStringIncludes(error.message, "status 404");
  assertStringIncludes(error.message, "check that the endpoint");
});
