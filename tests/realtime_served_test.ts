/**
 * `NotificationWebsocket` with the platform's own `WebSocket` against the emulator served on
 * 127.0.0.1 (as `deno task emulator` serves it): the token in the header and in the URL, a PM
 * pushed after an HTTP call, a drop and its reconnect, and a refused token.
 */
import { assertEquals, assertInstanceOf, assertRejects, assertStringIncludes } from "@std/assert";
import {
  NotificationWebsocket,
  WebSocketError,
  webSocketWithHeaders,
  webSocketWithTokenInUrl,
} from "@osu-ts/api";
import { createEmulator, type Emulator, FakeClock, withFaults } from "@osu-ts/api/testing";
import { botClient, next, tokenRequests, userClient } from "./_realtime.ts";

/** Serves the emulator (HTTP and websocket) on 127.0.0.1, as examples/serve_emulator.ts does. */
function serve(osu: Emulator, accept = osu.realtime.accept, handler = osu.handler) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    if (request.headers.get("upgrade")?.toLowerCase() === "websocket") {
      return accept(request, Deno.upgradeWebSocket);
    }
    return handler(request);
  });
  const base = `http://127.0.0.1:${server.addr.port}`;
  // Every HTTP call goes over the loopback too: fetch with the emulator's host rewritten.
  const fetchOverLoopback: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    return fetch(new Request(base + url.pathname + url.search, request));
  };
  return {
    endpoint: `ws://127.0.0.1:${server.addr.port}/`,
    fetch: fetchOverLoopback,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

Deno.test("NotificationWebsocket over 127.0.0.1 gets a PM sent over HTTP", async () => {
  const osu = createEmulator();
  await using served = serve(osu);
  const { client } = await userClient(osu, undefined, served.fetch);
  const ws = new NotificationWebsocket(client, {
    endpoint: served.endpoint,
    clock: new FakeClock(),
  });
  await ws.connect();
  await ws.chatStart();
  const received = next(ws, "chat.message.new");
  await botClient(osu, served.fetch).createNewPm(osu.player.id, "!ping");
  assertEquals((await received).messages.map((m) => m.content), ["!ping"]);
  ws.close();
});

Deno.test("NotificationWebsocket over 127.0.0.1 sends the token in the header or the URL", async () => {
  const osu = createEmulator();
  await using served = serve(osu);
  const { client } = await userClient(osu, undefined, served.fetch);
  for (const webSocket of [webSocketWithHeaders, webSocketWithTokenInUrl]) {
    const ws = new NotificationWebsocket(client, {
      endpoint: served.endpoint,
      webSocket,
      clock: new FakeClock(),
    });
    await ws.connect();
    assertEquals(osu.realtime.connections.length, 1);
    const gone = new Promise<void>((resolve) => {
      const poll = () => osu.realtime.connections.length ? setTimeout(poll, 5) : resolve();
      poll();
    });
    ws.close();
    await gone;
  }
});

Deno.test("NotificationWebsocket over 127.0.0.1 reconnects after the server drops it", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  await using served = serve(osu);
  const { client } = await userClient(osu, undefined, served.fetch);
  const ws = new NotificationWebsocket(client, {
    endpoint: served.endpoint,
    clock,
    reconnect: { random: () => 0 },
  });
  await ws.connect();
  await ws.chatStart();
  const dropped = next(ws, "disconnect");
  osu.realtime.drop();
  const { delay } = await dropped;
  const back = next(ws, "reconnect");
  await clock.tick(delay);
  assertEquals(await back, { attempts: 1 });
  const received = next(ws, "chat.message.new");
  await botClient(osu, served.fetch).createNewPm(osu.player.id, "again");
  assertEquals((await received).messages[0].content, "again");
  ws.close();
});

Deno.test("NotificationWebsocket over 127.0.0.1 refreshes a refused token once", async () => {
  const osu = createEmulator();
  const faulty = withFaults(osu, { script: [{ fault: { kind: "refuseToken" } }] });
  await using served = serve(osu, faulty.acceptWebSocket);
  const { client } = await userClient(osu, undefined, served.fetch);
  const before = tokenRequests(osu);
  const ws = new NotificationWebsocket(client, {
    endpoint: served.endpoint,
    clock: new FakeClock(),
  });
  await ws.connect();
  assertEquals(tokenRequests(osu) - before, 1);
  assertEquals(faulty.counts.injected.refuseToken, 1);
  ws.close();
});

Deno.test("NotificationWebsocket over 127.0.0.1 fails clearly when nothing answers", async () => {
  const osu = createEmulator();
  const { client } = await userClient(osu);
  // A port that was just freed: the upgrade is refused by the OS.
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const ws = new NotificationWebsocket(client, {
    endpoint: `ws://127.0.0.1:${port}/`,
    clock: new FakeClock(),
  });
  const error = await assertRejects(() => ws.connect(), WebSocketError);
  assertEquals([error.failure, error.code], ["connect", 1006]); // Deno's close code 0 is 1006
  assertStringIncludes(error.message, "check that the endpoint");
  // The platform's reason is kept as the cause (Deno: "... tcp connect error").
  assertInstanceOf(error.cause, Error);
  assertStringIncludes(error.message, (error.cause as Error).message);
});

Deno.test("NotificationWebsocket over 127.0.0.1 says the upgrade was answered with 404", async () => {
  const osu = createEmulator();
  const { client } = await userClient(osu);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => new Response("Not found", { status: 404 }),
  );
  try {
    const ws = new NotificationWebsocket(client, {
      endpoint: `ws://127.0.0.1:${server.addr.port}/`,
      clock: new FakeClock(),
    });
    const error = await assertRejects(() => ws.connect(), WebSocketError);
    assertEquals([error.failure, error.code], ["connect", 1006]);
    assertStringIncludes((error.cause as Error).message, "404");
    assertStringIncludes(error.message, "404");
  } finally {
    await server.shutdown();
  }
});

Deno.test("NotificationWebsocket over 127.0.0.1 yields to the iterator and keeps chat alive", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  await using served = serve(osu);
  const { client } = await userClient(osu, undefined, served.fetch);
  const ws = new NotificationWebsocket(client, { endpoint: served.endpoint, clock });
  await ws.connect();
  await ws.chatStart();
  const acks = () => osu.requests.filter((r) => r.endpoint === "chatKeepalive").length;
  assertEquals(acks(), 1);
  await clock.tick(30_000);
  while (acks() < 2) await new Promise((resolve) => setTimeout(resolve, 5)); // over the loopback
  await botClient(osu, served.fetch).createNewPm(osu.player.id, "iterated");
  for await (const event of ws) {
    if (event.event !== "chat.message.new") continue;
    assertEquals(event.data.messages[0].content, "iterated");
    ws.close();
  }
  assertEquals(ws.state, "closed");
});

Deno.test("NotificationWebsocket over 127.0.0.1 ends on logout, close() or the signal, with no reconnect", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  await using served = serve(osu);
  const { client } = await userClient(osu, undefined, served.fetch);
  const gone = async () => {
    while (osu.realtime.connections.length) await new Promise((r) => setTimeout(r, 5));
  };
  const stop = new AbortController();
  const reasons: string[] = [];
  for (const end of ["logout", "close", "abort"] as const) {
    const ws = new NotificationWebsocket(client, {
      endpoint: served.endpoint,
      clock,
      ...(end === "abort" ? { signal: stop.signal } : {}),
    });
    const closed = next(ws, "close");
    await ws.connect();
    if (end === "logout") osu.realtime.logout(osu.player.id);
    if (end === "close") ws.close();
    if (end === "abort") stop.abort();
    reasons.push((await closed).reason);
    await gone();
    await clock.runAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assertEquals(osu.realtime.connections.length, 0);
  }
  assertEquals(reasons, ["logout", "close", "abort"]);
});
