/**
 * Test support for the notification websocket: a user's client (authorization code, through the
 * authorize page as a user would), a bot that writes PMs, and a wait for one event.
 */
import { AuthHandler, Client, NotificationWebsocket, Scope } from "@osu-ts/api";
import type {
  NotificationWebsocketEventMap,
  NotificationWebsocketEventName,
  NotificationWebsocketOptions,
} from "@osu-ts/api";
import { createEmulator, type Emulator, FakeClock } from "@osu-ts/api/testing";

const FAST = { requestWaitTime: 0, limitPerMinute: 10_000 } as const;

/** A client for the emulator's player, with a token of `scope`. */
export async function userClient(
  osu: Emulator,
  scope = new Scope("public", "identify", "chat.read", "chat.write"),
  fetch: typeof globalThis.fetch = osu.fetch,
): Promise<{ client: Client; auth: AuthHandler }> {
  const auth = new AuthHandler({ ...osu.credentials, scope });
  const client = new Client(auth, { fetch, ...FAST });
  const { url, codeVerifier } = await auth.getAuthUrl();
  const code = (await osu.approve(url)).searchParams.get("code")!;
  await auth.getAuthToken(code, { codeVerifier });
  return { client, auth };
}

/** The player's websocket and what a test reads around it. */
export interface PlayerSocket {
  readonly osu: Emulator;
  readonly clock: FakeClock;
  readonly client: Client;
  readonly auth: AuthHandler;
  /** Not connected yet. */
  readonly ws: NotificationWebsocket;
}

/**
 * The player's `NotificationWebsocket` (a {@linkcode userClient}) on the emulator's in-process
 * websocket and a fake clock; `options` override those two and add the rest. Give `osu` and
 * `clock` when the test needs them set up first (a start time, `withFaults`), and `fetch` for the
 * client's HTTP calls (`osu.fetch` by default).
 */
export async function playerSocket(
  options: NotificationWebsocketOptions = {},
  setup: { osu?: Emulator; clock?: FakeClock; fetch?: typeof globalThis.fetch } = {},
): Promise<PlayerSocket> {
  const { osu = createEmulator(), clock = new FakeClock() } = setup;
  const { client, auth } = await userClient(osu, undefined, setup.fetch);
  const ws = new NotificationWebsocket(client, { webSocket: osu.webSocket, clock, ...options });
  return { osu, clock, client, auth, ws };
}

/** The player with the `*` token of the lazer password grant (receives notifications). */
export function lazerClient(osu: Emulator): Client {
  return Client.fromOsuCredentials({
    ...osu.player,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    ...FAST,
  });
}

/** BanchoBot (client credentials with `delegate`): another user who writes to the player. */
export function botClient(osu: Emulator, fetch: typeof globalThis.fetch = osu.fetch): Client {
  return Client.fromClientCredentials({
    ...osu.botCredentials,
    scope: new Scope("chat.write", "delegate"),
    fetch,
    ...FAST,
  });
}

/** Resolves with the data of the next `event`. */
export function next<K extends NotificationWebsocketEventName>(
  ws: NotificationWebsocket,
  event: K,
): Promise<NotificationWebsocketEventMap[K]> {
  return new Promise((resolve) => {
    const listener = (data: NotificationWebsocketEventMap[K]) => {
      ws.off(event, listener);
      resolve(data);
    };
    ws.on(event, listener);
  });
}

/** Token requests the emulator answered, by grant. */
export function tokenRequests(osu: Emulator, grant?: string): number {
  return osu.requests.filter((r) => r.path === "/oauth/token" && (!grant || r.grant === grant))
    .length;
}
