/**
 * `NotificationWebsocket` after a drop, against the emulator in-process on a fake clock: back-off
 * with jitter, chat started again, a refused token refreshed once, and when it gives up.
 */
import { assert, assertEquals, assertFalse, assertRejects } from "@std/assert";
import { AuthError, WebSocketError } from "@osu-ts/api";
import { createEmulator, FakeClock, withFaults } from "@osu-ts/api/testing";
import { botClient, next, playerSocket, tokenRequests } from "./_realtime.ts";

Deno.test("NotificationWebsocket reconnects after a drop with back-off and starts chat again", async () => {
  const { osu, clock, ws } = await playerSocket({
    reconnect: { initialDelay: 1_000, random: () => 1 },
  });
  await ws.connect();
  await ws.chatStart();
  const dropped = next(ws, "disconnect");
  osu.realtime.drop();
  const drop = await dropped;
  assertEquals(drop, { code: 1006, reason: "", willReconnect: true, delay: 1_000, attempt: 1 });
  assertEquals(ws.state, "reconnecting");
  const back = next(ws, "reconnect");
  await clock.tick(999);
  assertEquals(osu.realtime.connections.length, 0);
  await clock.tick(1);
  assertEquals(await back, { attempts: 1 });
  assertEquals(ws.state, "open");
  await clock.tick(0);
  assertEquals(osu.realtime.connections.map((c) => c.chat), [true]);
  const message = next(ws, "chat.message.new");
  await botClient(osu).createNewPm(osu.player.id, "welcome back");
  assertEquals((await message).messages[0].content, "welcome back");
  ws.close();
});

Deno.test("NotificationWebsocket backs off exponentially while reconnects fail", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  // Upgrade 0 is the first connection; upgrades 1 to 3 (the first three reconnects) fail.
  const faulty = withFaults(osu, { clock, script: [{ fault: { kind: "drop" }, at: [1, 2, 3] }] });
  const { ws } = await playerSocket({
    webSocket: faulty.webSocket,
    reconnect: { initialDelay: 1_000, maxDelay: 4_000, random: () => 1 },
  }, { osu, clock });
  await ws.connect();
  const delays: number[] = [];
  ws.on("disconnect", (d) => void delays.push(d.delay));
  const back = next(ws, "reconnect");
  osu.realtime.drop();
  await clock.runAll(20);
  assertEquals(await back, { attempts: 4 });
  assertEquals(delays, [1_000, 2_000, 4_000, 4_000]);
  ws.close();
});

Deno.test("NotificationWebsocket jitters each wait between half and all of the back-off", async () => {
  const { osu, ws } = await playerSocket({ reconnect: { initialDelay: 1_000, random: () => 0 } });
  await ws.connect();
  const dropped = next(ws, "disconnect");
  osu.realtime.drop();
  assertEquals((await dropped).delay, 500);
  ws.close();
});

Deno.test("NotificationWebsocket refreshes a refused token once and connects", async () => {
  const osu = createEmulator();
  const faulty = withFaults(osu, { script: [{ fault: { kind: "refuseToken" } }] });
  const { ws } = await playerSocket({ webSocket: faulty.webSocket }, { osu });
  const before = tokenRequests(osu);
  await ws.connect();
  assertEquals(ws.state, "open");
  assertEquals(faulty.counts.injected.refuseToken, 1);
  assertEquals(tokenRequests(osu) - before, 1);
  assertEquals(osu.requests.at(-1)?.grant, "refresh_token");
  ws.close();
});

Deno.test("NotificationWebsocket gives up when osu! refuses the fresh token too", async () => {
  const osu = createEmulator();
  const faulty = withFaults(osu, { script: [{ fault: { kind: "refuseToken" }, times: 5 }] });
  const { auth, ws } = await playerSocket({ webSocket: faulty.webSocket }, { osu });
  const token = auth.cachedToken()!;
  const before = tokenRequests(osu);
  const error = await assertRejects(() => ws.connect(), WebSocketError);
  assertEquals(error.failure, "authentication");
  assertEquals(faulty.counts.injected.refuseToken, 2);
  assertEquals(tokenRequests(osu) - before, 1);
  assertFalse(JSON.stringify([error.message, error.endpoint, String(error.cause)]).includes(token));
});

Deno.test("NotificationWebsocket refreshes a token refused on reconnect, then resumes", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  const faulty = withFaults(osu, { clock, script: [{ at: 1, fault: { kind: "refuseToken" } }] });
  const { ws } = await playerSocket(
    { webSocket: faulty.webSocket, reconnect: { random: () => 0 } },
    {
      osu,
      clock,
    },
  );
  await ws.connect();
  const before = tokenRequests(osu);
  const back = next(ws, "reconnect");
  osu.realtime.drop();
  await clock.runAll(10);
  assertEquals(await back, { attempts: 1 });
  assertEquals(tokenRequests(osu) - before, 1);
  ws.close();
});

Deno.test("NotificationWebsocket with reconnect: false ends with an error on a drop", async () => {
  const { osu, ws } = await playerSocket({ reconnect: false });
  await ws.connect();
  const iterating = (async () => {
    for await (const _ of ws) { /* drain */ }
  })();
  osu.realtime.drop();
  const error = await assertRejects(() => iterating, WebSocketError);
  assertEquals(error.code, 1006);
  assertEquals(ws.state, "closed");
});

Deno.test("NotificationWebsocket gives up after reconnect.maxAttempts failed attempts", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  const faulty = withFaults(osu, { clock, script: [{ fault: { kind: "drop" }, at: [1, 2] }] });
  const { ws } = await playerSocket({
    webSocket: faulty.webSocket,
    reconnect: { maxAttempts: 2, random: () => 0 },
  }, { osu, clock });
  await ws.connect();
  const closed = next(ws, "close");
  osu.realtime.drop();
  await clock.runAll(20);
  const { reason, error } = await closed;
  assertEquals(reason, "error");
  assert(error instanceof WebSocketError && error.failure === "reconnect");
  assertEquals(faulty.counts.injected.drop, 2);
});

Deno.test("NotificationWebsocket dropped right after connection.ready reconnects once", async () => {
  const osu = createEmulator();
  let first = true;
  const { clock, ws } = await playerSocket({
    reconnect: { random: () => 0 },
    webSocket: (url, init) => {
      const socket = osu.webSocket(url, init);
      if (first) socket.addEventListener("message", () => void osu.realtime.drop());
      first = false;
      return socket;
    },
  }, { osu });
  const back = next(ws, "reconnect");
  await ws.connect();
  assertEquals(ws.state, "reconnecting");
  await clock.runAll(10);
  assertEquals(await back, { attempts: 1 });
  assertEquals(ws.state, "open");
  assertEquals(osu.realtime.connections.length, 1);
  ws.close();
});

Deno.test("NotificationWebsocket.connect() rejects with AuthError when the refresh is refused too", async () => {
  const osu = createEmulator();
  const faulty = withFaults(osu, {
    script: [
      { fault: { kind: "refuseToken" } },
      { path: "/oauth/token", fault: { kind: "rejectRefresh" } },
    ],
  });
  const { ws } = await playerSocket({ webSocket: faulty.webSocket }, { osu, fetch: faulty.fetch });
  await assertRejects(() => ws.connect(), AuthError);
  assertEquals(ws.state, "idle");
});

Deno.test("NotificationWebsocket ends with the AuthError when a reconnect's refresh is refused", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  const faulty = withFaults(osu, {
    clock,
    script: [
      { at: 2, fault: { kind: "refuseToken" } }, // 0: token exchange, 1: first upgrade
      { path: "/oauth/token", method: "POST", fault: { kind: "rejectRefresh" } },
    ],
  });
  const { ws } = await playerSocket({ webSocket: faulty.webSocket }, {
    osu,
    clock,
    fetch: faulty.fetch,
  });
  await ws.connect();
  const closed = next(ws, "close");
  osu.realtime.drop();
  await clock.runAll(10);
  const { reason, error } = await closed;
  assertEquals(reason, "error");
  assert(error instanceof AuthError);
});

Deno.test("NotificationWebsocket reports a close with code 0 (Deno's lost connection) as 1006", async () => {
  const osu = createEmulator();
  let socket: EventTarget | undefined;
  const { ws } = await playerSocket({
    webSocket: (url, init) => {
      const opened = osu.webSocket(url, init);
      socket ??= opened as unknown as EventTarget;
      return opened;
    },
  }, { osu });
  await ws.connect();
  const dropped = next(ws, "disconnect");
  const lost = new Event("close");
  Object.defineProperties(lost, { code: { value: 0 }, reason: { value: "" } });
  socket!.dispatchEvent(lost);
  assertEquals((await dropped).code, 1006);
  ws.close();
});
