/**
 * The example chat bot (`examples/chat_bot.ts`) and its Durable Object
 * (`examples/cloudflare_worker/chat_bot_object.ts`) against the emulator: `!ping` in a PM gets
 * `pong`; other messages, public channels and the bot's own messages get nothing.
 */
import { assert, assertEquals, assertFalse, assertStringIncludes } from "@std/assert";
import { AuthHandler, Client, MemoryTokenStore } from "@osu-ts/api";
import { createEmulator, type Emulator, FakeClock, withFaults } from "@osu-ts/api/testing";
import { BOT_SCOPE, startChatBot, whyStopped } from "../examples/chat_bot.ts";
import {
  type BotStorage,
  ChatBotObject,
  KEEPALIVE_MS,
} from "../examples/cloudflare_worker/chat_bot_object.ts";
import { botClient, next } from "./_realtime.ts";

/** The player's messages in its PM channel with BanchoBot, once `count` are there. */
function pmContents(osu: Emulator): string[] {
  const pm = osu.data.collections.chat_channels.find((c) =>
    c.type === "PM" && (c._members as number[]).includes(3)
  );
  return osu.data.collections.chat_messages.filter((m) => m.channel_id === pm?.channel_id)
    .map((m) => m.content as string);
}

/** Waits (on real I/O, polling) until `done` holds, for at most 5 s. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  assert(done(), "timed out waiting");
}

async function authorized(osu: Emulator, tokenStore = new MemoryTokenStore()) {
  const auth = new AuthHandler({ ...osu.credentials, scope: BOT_SCOPE, tokenStore });
  const client = new Client(auth, { fetch: osu.fetch, requestWaitTime: 0 });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  return { auth, client, tokenStore };
}

Deno.test("examples/chat_bot.ts answers !ping in a PM with pong, once", async () => {
  const osu = createEmulator();
  const { client } = await authorized(osu);
  const ws = await startChatBot(client, { webSocket: osu.webSocket });
  const pong = new Promise<void>((resolve) =>
    ws.on("chat.message.new", ({ messages }) => {
      if (messages.some((m) => m.content === "pong")) resolve();
    })
  );
  const bancho = botClient(osu);
  await bancho.createNewPm(osu.player.id, "hello");
  await bancho.createNewPm(osu.player.id, "!ping");
  await pong;
  assertEquals(pmContents(osu), ["hello", "!ping", "pong"]);
  ws.close();
});

Deno.test("examples/chat_bot.ts ignores !ping in a public channel", async () => {
  const osu = createEmulator();
  const { client } = await authorized(osu);
  const ws = await startChatBot(client, { webSocket: osu.webSocket });
  const channel = osu.data.collections.chat_channels.find((c) => c.type === "PUBLIC")!;
  (channel._members as number[]).push(osu.player.id, 3);
  const seen = next(ws, "chat.message.new");
  await botClient(osu).sendMessageToChannel(channel.channel_id as number, "!ping");
  await seen;
  // The bot looks the channel up, sees it is public, and does not answer.
  await until(() => osu.requests.some((r) => r.endpoint === "getChannel"));
  await new Promise((resolve) => setTimeout(resolve, 10));
  const sent = osu.requests.filter((r) => r.endpoint === "sendMessageToChannel");
  assertEquals(sent.map((r) => r.status), [200]); // BanchoBot's !ping only
  ws.close();
});

Deno.test("examples/chat_bot.ts runs on the emulator by default and exits", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("../examples/chat_bot.ts", import.meta.url).pathname],
    env: { OSU_CLIENT_ID: "", OSU_CLIENT_SECRET: "" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  assert(out.success, new TextDecoder().decode(out.stderr));
  assertStringIncludes(stdout, "BanchoBot: !ping\nEmuPlayer: pong");
});

Deno.test("examples/chat_bot.ts says why it stopped when osu! refuses its refresh token", async () => {
  const clock = new FakeClock();
  const osu = createEmulator();
  const faulty = withFaults(osu, {
    clock,
    script: [
      { at: 4, fault: { kind: "refuseToken" } }, // the reconnect after the drop below
      { path: "/oauth/token", method: "POST", fault: { kind: "rejectRefresh" } },
    ],
  });
  const tokenStore = new MemoryTokenStore();
  const auth = new AuthHandler({ ...osu.credentials, scope: BOT_SCOPE, tokenStore });
  const client = new Client(auth, { fetch: faulty.fetch, requestWaitTime: 0, clock });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  const secrets = Object.values((await tokenStore.get(auth.tokenKey))!).filter((v) =>
    typeof v === "string" && v.length > 20
  );
  const ws = await startChatBot(client, { webSocket: faulty.webSocket, clock });
  const stopped = whyStopped(ws);
  osu.realtime.drop();
  await clock.runAll(10);
  const why = await stopped;
  assert(why !== undefined);
  assertStringIncludes(why, "The bot stopped: AuthError: ");
  assertEquals(why.split("\n").length, 1);
  for (const secret of [...secrets, osu.credentials.clientSecret]) {
    assertFalse(why.includes(secret as string));
  }
});

Deno.test("examples/chat_bot.ts stops quietly after close()", async () => {
  const osu = createEmulator();
  const { client } = await authorized(osu);
  const ws = await startChatBot(client, { webSocket: osu.webSocket });
  const stopped = whyStopped(ws);
  ws.close();
  assertEquals(await stopped, undefined);
});

/** A Durable Object's storage in memory, with its alarm. */
function memoryStorage(): BotStorage & { alarm: number | undefined; data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    alarm: undefined,
    get: <T>(key: string) => Promise.resolve(data.get(key) as T | undefined),
    put: (key, value) => Promise.resolve(void data.set(key, value)),
    delete: (key) => Promise.resolve(data.delete(key)),
    setAlarm(at) {
      this.alarm = at;
      return Promise.resolve();
    },
  };
}

Deno.test("ChatBotObject holds the websocket, answers !ping and keeps chat alive on its alarm", async () => {
  const osu = createEmulator();
  const { auth, tokenStore } = await authorized(osu);
  const refreshToken = (await tokenStore.get(auth.tokenKey))!.refreshToken!;
  const storage = memoryStorage();
  const bot = new ChatBotObject({ storage }, {
    OSU_CLIENT_ID: String(osu.credentials.clientId),
    OSU_CLIENT_SECRET: osu.credentials.clientSecret,
    OSU_BOT_REFRESH_TOKEN: refreshToken,
  }, { fetch: osu.fetch, webSocket: osu.webSocket, requestWaitTime: 0 });
  assertEquals(await (await bot.fetch()).json(), { state: "open" });
  assertEquals(osu.realtime.connections.map((c) => c.chat), [true]);
  assert(storage.alarm !== undefined && storage.alarm > Date.now() + KEEPALIVE_MS - 5_000);
  await botClient(osu).createNewPm(osu.player.id, "!ping");
  await until(() => pmContents(osu).includes("pong"));
  assertEquals(pmContents(osu), ["!ping", "pong"]);
  const acks = () => osu.requests.filter((r) => r.endpoint === "chatKeepalive").length;
  const before = acks();
  await bot.alarm();
  assertEquals(acks(), before + 1);
  assertEquals(osu.realtime.connections.length, 1); // the same socket, not a second one
  // The token (refreshed from the secret) is kept in the object's storage.
  assert([...storage.data.keys()].some((key) => key.startsWith("token:")));
  osu.realtime.logout(osu.player.id);
  await new Promise((resolve) => setTimeout(resolve, 0)); // the in-process logout arrives
  assertEquals(osu.realtime.connections.length, 0);
  await bot.alarm(); // evicted or logged out: the alarm connects again
  assertEquals(osu.realtime.connections.length, 1);
});

Deno.test("ChatBotObject stops its alarm, with one line, when osu! refuses its refresh token", async () => {
  const osu = createEmulator();
  const storage = memoryStorage();
  const bot = new ChatBotObject({ storage }, {
    OSU_CLIENT_ID: String(osu.credentials.clientId),
    OSU_CLIENT_SECRET: osu.credentials.clientSecret,
    OSU_BOT_REFRESH_TOKEN: "a-refresh-token-osu-never-issued",
  }, { fetch: osu.fetch, webSocket: osu.webSocket, requestWaitTime: 0 });
  const logged: unknown[][] = [];
  const error = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    await bot.alarm(); // resolves: nothing for the runtime to retry
  } finally {
    console.error = error;
  }
  assertEquals(storage.alarm, undefined); // no new alarm: it does not try again every 30 s
  assertEquals(logged.length, 1);
  assertStringIncludes(String(logged[0][0]), "chat bot: stopped, osu! refused its credentials");
  assertFalse(String(logged[0][0]).includes("a-refresh-token-osu-never-issued"));
  assertEquals(osu.realtime.connections.length, 0);
  // A request says why instead of failing with a 500.
  const answer = await bot.fetch();
  assertEquals(answer.status, 503);
  assertEquals((await answer.json()).state, "stopped");
});
