/**
 * `NotificationWebsocket`'s life against the emulator in-process, on a fake clock: the chat
 * keepalive and the ends (`logout`, `close()`, the signal, the connect timeout), with no token in
 * any error or event. Reconnecting is in `realtime_reconnect_test.ts`.
 */
import { assert, assertEquals, assertFalse, assertRejects } from "@std/assert";
import { NotificationWebsocket, WebSocketError } from "@osu-ts/api";
import { createEmulator, type Emulator, FakeClock } from "@osu-ts/api/testing";
import { botClient, next, playerSocket, userClient } from "./_realtime.ts";

const acks = (osu: Emulator) => osu.requests.filter((r) => r.endpoint === "chatKeepalive").length;

Deno.test("NotificationWebsocket.chatStart() calls the chat keepalive now and every interval", async () => {
  const { osu, clock, ws } = await playerSocket();
  await ws.connect();
  await ws.chatStart();
  assertEquals(acks(osu), 1);
  await clock.tick(29_999);
  assertEquals(acks(osu), 1);
  await clock.tick(1);
  assertEquals(acks(osu), 2);
  await clock.tick(60_000);
  assertEquals(acks(osu), 4);
  ws.chatEnd();
  await clock.tick(120_000);
  assertEquals(acks(osu), 4);
  ws.close();
});

Deno.test("NotificationWebsocket keepalive interval is configurable", async () => {
  const { osu, clock, ws } = await playerSocket({ keepaliveInterval: 10_000 });
  await ws.connect();
  await ws.chatStart();
  await clock.tick(30_000);
  assertEquals(acks(osu), 4);
  ws.close();
  await clock.tick(30_000);
  assertEquals(acks(osu), 4);
});

Deno.test("NotificationWebsocket with keepaliveInterval 0 keeps alive only once, on chatStart()", async () => {
  const { osu, clock, ws } = await playerSocket({ keepaliveInterval: 0 });
  await ws.connect();
  await ws.chatStart();
  await clock.tick(600_000);
  assertEquals(acks(osu), 1);
  assertEquals(clock.pending, 0);
  ws.close();
});

Deno.test("Emulator sends public channel messages only to members who kept chat alive", async () => {
  const clock = new FakeClock(Date.UTC(2026, 0, 1));
  const osu = createEmulator({ clock });
  const { ws } = await playerSocket({ keepaliveInterval: 120_000 }, { osu, clock });
  const contents: string[] = [];
  ws.on("chat.message.new", (data) => void contents.push(data.messages[0].content));
  await ws.connect();
  await ws.chatStart(); // acks once, now
  const channel = osu.data.collections.chat_channels.find((c) => c.type === "PUBLIC")!;
  // The player and BanchoBot (who writes as the bot app's owner) are members.
  (channel._members as number[]).push(osu.player.id, 3);
  const bot = botClient(osu);
  await bot.sendMessageToChannel(channel.channel_id as number, "active");
  await clock.tick(0);
  await clock.tick(61_000); // the ack is older than 60 s now
  await bot.sendMessageToChannel(channel.channel_id as number, "idle");
  await clock.tick(0);
  assertEquals(contents, ["active"]);
  ws.close();
});

Deno.test("NotificationWebsocket ends on logout with no reconnect", async () => {
  const { osu, clock, ws } = await playerSocket();
  await ws.connect();
  const events: string[] = [];
  const iterating = (async () => {
    for await (const event of ws) events.push(event.event);
  })();
  const closed = next(ws, "close");
  osu.realtime.logout(osu.player.id);
  assertEquals(await closed, { reason: "logout" });
  await iterating;
  await clock.runAll();
  assertEquals(events, ["ready", "logout"]);
  assertEquals(ws.state, "closed");
  assertEquals(osu.realtime.connections.length, 0);
});

Deno.test("NotificationWebsocket.close() ends iterators and never reconnects", async () => {
  const { osu, clock, ws } = await playerSocket();
  await ws.connect();
  await ws.chatStart();
  const iterating = (async () => {
    for await (const _ of ws) { /* drain */ }
  })();
  ws.close();
  await iterating;
  assertEquals(clock.pending, 0); // no timer left behind (keepalive, ready timeout)
  await clock.runAll();
  assertEquals(osu.realtime.connections.length, 0);
  assertEquals(ws.state, "closed");
  await assertRejects(() => ws.connect(), WebSocketError, "closed");
});

Deno.test("NotificationWebsocket closes when its signal aborts, also while connecting", async () => {
  const controller = new AbortController();
  const { ws } = await playerSocket({
    signal: controller.signal,
    webSocket: () => new Promise(() => {}), // never opens
  });
  const closed = next(ws, "close");
  const connecting = ws.connect();
  controller.abort(new Error("shutting down"));
  await assertRejects(() => connecting, Error, "shutting down");
  assertEquals(await closed, { reason: "abort" });
  assertEquals(ws.state, "closed");
});

Deno.test("NotificationWebsocket stops reconnecting when its signal aborts during back-off", async () => {
  const controller = new AbortController();
  const { osu, clock, ws } = await playerSocket({ signal: controller.signal });
  await ws.connect();
  const dropped = next(ws, "disconnect");
  osu.realtime.drop();
  await dropped;
  controller.abort();
  await clock.runAll();
  assertEquals(ws.state, "closed");
  assertEquals(osu.realtime.connections.length, 0);
});

Deno.test("NotificationWebsocket never puts a token sent in the URL in errors or events", async () => {
  const osu = createEmulator();
  const { client, auth } = await userClient(osu);
  const token = auth.cachedToken()!;
  const seen: unknown[] = [];
  const ws = new NotificationWebsocket(client, {
    clock: new FakeClock(),
    endpoint: "wss://notify.example/?access_token=" + token,
    webSocket: (url) => {
      throw new TypeError(`Failed to connect to ${url}?access_token=${token}`);
    },
  });
  ws.on("error", (e) => void seen.push(e));
  const error = await assertRejects(() => ws.connect(), WebSocketError);
  const text = JSON.stringify([
    error.message,
    error.endpoint,
    (error.cause as Error).message,
    seen,
  ]);
  assertFalse(text.includes(token));
  assertEquals(error.endpoint, "wss://notify.example/");
});

Deno.test("NotificationWebsocket.connect() times out when no connection.ready comes", async () => {
  let closed = false;
  const silent = {
    readyState: 1,
    send() {},
    close: () => void (closed = true),
    addEventListener() {},
    removeEventListener() {},
  };
  const { clock, ws } = await playerSocket({ webSocket: () => silent, connectTimeout: 5_000 });
  const connecting = assertRejects(() => ws.connect(), WebSocketError, "within 5000 ms");
  await clock.tick(5_000);
  assertEquals((await connecting).failure, "timeout");
  assert(closed);
});

Deno.test("NotificationWebsocket.close() while connect() waits rejects it with WebSocketError", async () => {
  const { ws } = await playerSocket({ webSocket: () => new Promise(() => {}) }); // never opens
  const connecting = ws.connect();
  ws.close();
  const error = await assertRejects(() => connecting, WebSocketError, "close() was called");
  assertEquals(error.failure, "state");
  assertEquals(ws.state, "closed");
});
