/**
 * A chat bot on osu!'s notification websocket: it answers `!ping` in a PM with `pong`, stays
 * connected (reconnects, refreshes its token, keeps chat alive) until Ctrl+C.
 *
 * On the emulator (the default; nothing to set up): it logs the emulator's player in, has
 * BanchoBot send it `!ping`, prints the exchange and exits.
 *
 *   deno run -A examples/chat_bot.ts
 *
 * On osu!, as the user who authorizes it (register an OAuth application with the callback URL
 * `http://localhost:8080/callback` first; the bot prints the URL to open):
 *
 *   OSU_CLIENT_ID=… OSU_CLIENT_SECRET=… deno run -A examples/chat_bot.ts
 *
 * If the websocket ends for good without Ctrl+C (osu! refused the refresh token, e.g. after the
 * emulator restarted; or logged the session out), the bot prints one line saying why and exits
 * with status 1.
 *
 * `OSU_REDIRECT_URI` changes the callback URL; `OSU_BASE_URL` and `OSU_NOTIFICATION_ENDPOINT`
 * point it at another server (e.g. `deno task emulator`: `http://127.0.0.1:8787` and
 * `ws://127.0.0.1:8787/`).
 *
 * @module
 */
import { AuthHandler, Client, NotificationWebsocket, Scope } from "@osu-ts/api";
import type { NotificationWebsocketOptions } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";
import { pingBot } from "./ping_bot.ts";

/** The scopes the bot needs: its own id, reading and writing chat. */
export const BOT_SCOPE: Scope = new Scope("public", "identify", "chat.read", "chat.write");

/**
 * Connects the bot and starts chat; it answers until the websocket closes.
 *
 * @param client a client with a user's token of {@linkcode BOT_SCOPE}
 * @param options the websocket's options: its factory and endpoint, the signal that stops the bot
 * @returns the websocket (listen to `close` to know when it stops)
 */
export async function startChatBot(
  client: Client,
  options: NotificationWebsocketOptions = {},
): Promise<NotificationWebsocket> {
  const me = await client.getOwnData();
  const answer = pingBot(client, me.id);
  const ws = new NotificationWebsocket(client, options);
  ws.on("chat.message.new", answer);
  ws.on("disconnect", ({ code, delay }) => console.log(`Dropped (${code}); again in ${delay} ms`));
  ws.on("reconnect", ({ attempts }) => console.log(`Reconnected after ${attempts} attempt(s)`));
  ws.on("error", ({ error }) => console.error("Error:", error));
  await ws.connect();
  await ws.chatStart();
  console.log(`${me.username} answers !ping in PMs`);
  return ws;
}

/**
 * Waits until the bot's websocket closes, and says why when it was not asked to: osu! logged the
 * session out, or an error ended it (a refresh token osu! refused, e.g. after the emulator
 * restarted; reconnecting gave up). The library's errors carry no token or secret, so the line is
 * safe to print.
 *
 * @param ws the bot's websocket
 * @returns `undefined` after `close()` or the signal (Ctrl+C), else one line saying why it stopped
 */
export function whyStopped(ws: NotificationWebsocket): Promise<string | undefined> {
  if (ws.state === "closed") {
    return Promise.resolve("The bot stopped: its websocket closed while it was starting");
  }
  return new Promise((resolve) =>
    ws.on("close", ({ reason, error }) => {
      if (reason === "logout") resolve("The bot stopped: osu! logged the session out");
      else if (reason === "error") {
        const line = `${error?.name ?? "Error"}: ${error?.message.split("\n")[0] ?? "unknown"}`;
        resolve(`The bot stopped: ${line}`);
      } else resolve(undefined);
    })
  );
}

/** Prints why the bot stopped, if it was not asked to, and exits with 1 then. */
function exitIfFailed(why: string | undefined): void {
  if (why === undefined) return;
  console.error(why);
  Deno.exit(1);
}

async function onEmulator(): Promise<void> {
  const osu = createEmulator();
  const auth = new AuthHandler({ ...osu.credentials, scope: BOT_SCOPE });
  const client = new Client(auth, { fetch: osu.fetch });
  const { url, codeVerifier } = await auth.getAuthUrl();
  const code = (await osu.approve(url)).searchParams.get("code")!; // the player clicks Authorize
  await auth.getAuthToken(code, { codeVerifier });
  const ws = await startChatBot(client, { webSocket: osu.webSocket });
  void whyStopped(ws).then(exitIfFailed);
  // osu! sends the bot its own messages too: its "pong" shows that it answered.
  const answered = new Promise<void>((resolve) =>
    ws.on("chat.message.new", ({ messages }) => {
      if (messages.some((m) => m.content === "pong")) resolve();
    })
  );
  const bancho = Client.fromClientCredentials({
    ...osu.botCredentials,
    scope: new Scope("chat.write", "delegate"),
    fetch: osu.fetch,
  });
  await bancho.createNewPm(osu.player.id, "!ping");
  console.log("BanchoBot: !ping");
  await answered;
  console.log(`${osu.player.username}: pong`);
  ws.close();
}

async function onOsu(clientId: string, clientSecret: string): Promise<void> {
  const redirectUri = Deno.env.get("OSU_REDIRECT_URI") ?? "http://localhost:8080/callback";
  const baseUrl = Deno.env.get("OSU_BASE_URL");
  const auth = new AuthHandler({ clientId, clientSecret, redirectUri, scope: BOT_SCOPE });
  const client = new Client(auth, baseUrl ? { baseUrl } : {});
  const { url, state, codeVerifier } = await auth.getAuthUrl();
  console.log(`Open this URL and authorize the bot:\n  ${url}`);
  const code = await waitForCode(new URL(redirectUri), state);
  await auth.getAuthToken(code, { codeVerifier });
  const stop = new AbortController();
  Deno.addSignalListener("SIGINT", () => stop.abort());
  const endpoint = Deno.env.get("OSU_NOTIFICATION_ENDPOINT");
  const ws = await startChatBot(client, { signal: stop.signal, ...(endpoint ? { endpoint } : {}) });
  exitIfFailed(await whyStopped(ws));
}

/** Serves the callback URL until osu! redirects the user there with a code. */
async function waitForCode(callback: URL, state: string): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  const port = Number(callback.port || (callback.protocol === "https:" ? 443 : 80));
  const server = Deno.serve({ hostname: callback.hostname, port, onListen() {} }, (request) => {
    const url = new URL(request.url);
    if (url.pathname !== callback.pathname) return new Response("Not found", { status: 404 });
    const code = url.searchParams.get("code");
    if (!code || url.searchParams.get("state") !== state) {
      return new Response("The authorization was cancelled or is not this bot's", { status: 400 });
    }
    resolve(code);
    return new Response("The bot is authorized: you can close this tab.");
  });
  const code = await promise;
  await server.shutdown();
  return code;
}

if (import.meta.main) {
  const clientId = Deno.env.get("OSU_CLIENT_ID");
  const clientSecret = Deno.env.get("OSU_CLIENT_SECRET");
  if (clientId && clientSecret) await onOsu(clientId, clientSecret);
  else await onEmulator();
}
