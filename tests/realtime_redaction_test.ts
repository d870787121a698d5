/**
 * `NotificationWebsocket` keeps the client's secrets out of every event, also when the server
 * echoes them: the upgrade URL with `?access_token=`, the `Authorization` header, a non-JSON frame,
 * a binary frame, a JSON-escaped or percent-encoded token, the refresh token, the client secret.
 */
import { assert, assertEquals, assertFalse } from "@std/assert";
import {
  AuthHandler,
  Client,
  MemoryTokenStore,
  NotificationWebsocket,
  type UnknownEventData,
  type WebSocketLike,
} from "@osu-ts/api";
import { createEmulator, FakeClock } from "@osu-ts/api/testing";
import { BOT_SCOPE } from "../examples/chat_bot.ts";

/** A server that answers connection.ready, then sends back each of `frames(url, init)`. */
function echoingServer(
  frames: (url: string, authorization: string) => (string | ArrayBuffer)[],
): (url: string, init: { headers: Readonly<Record<string, string>> }) => WebSocketLike {
  return (url, init) => {
    const socket = Object.assign(new EventTarget(), {
      readyState: 1,
      send() {},
      close() {},
    });
    const message = (data: string | ArrayBuffer) => {
      const event = new Event("message");
      Object.defineProperty(event, "data", { value: data });
      socket.dispatchEvent(event);
    };
    setTimeout(() => {
      message(JSON.stringify({ event: "connection.ready" }));
      for (const frame of frames(url, init.headers.authorization)) message(frame);
    }, 0);
    return socket as unknown as WebSocketLike;
  };
}

Deno.test("NotificationWebsocket removes the token, refresh token and client secret from every event", async () => {
  const osu = createEmulator();
  const tokenStore = new MemoryTokenStore();
  const auth = new AuthHandler({ ...osu.credentials, scope: BOT_SCOPE, tokenStore });
  const client = new Client(auth, { fetch: osu.fetch, requestWaitTime: 0 });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  const record = (await tokenStore.get(auth.tokenKey))!;
  const secrets = [record.accessToken, record.refreshToken!, osu.credentials.clientSecret];
  const [token, refreshToken, clientSecret] = secrets;
  const escaped = [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const ws = new NotificationWebsocket(client, {
    clock: new FakeClock(),
    webSocket: echoingServer((url, authorization) => [
      // An echo of the upgrade, as a debugging proxy might send it.
      JSON.stringify({
        event: "echo",
        data: { url: `${url}?access_token=${encodeURIComponent(token)}`, authorization },
      }),
      `400 Bad Request: GET /?access_token=${token}`, // not JSON
      `{"event":"echo","data":{"token":"${escaped.join("")}"}}`, // JSON-escaped, every character
      JSON.stringify({ [token]: refreshToken, secret: clientSecret, nested: [[{ t: token }]] }),
      new TextEncoder().encode(`binary ${token}`).buffer,
    ]),
  });
  const heard: unknown[] = [];
  ws.on("unknown", (data) => void heard.push(data));
  await ws.connect();
  const iterated: UnknownEventData[] = [];
  for await (const event of ws) {
    if (event.event !== "unknown") continue;
    iterated.push(event.data);
    if (iterated.length === 5) ws.close();
  }
  assertEquals(heard.length, 5);
  const binary = iterated.map((e) => e.data).find((d) => d instanceof ArrayBuffer);
  assert(binary instanceof ArrayBuffer);
  const text = JSON.stringify([heard, iterated]) + new TextDecoder().decode(binary);
  for (const secret of secrets) assertFalse(text.includes(secret), "a secret reached an event");
  assertFalse(text.includes(encodeURIComponent(token)));
  assert(text.includes("Bearer ***") && text.includes("access_token=***"), text);
});
