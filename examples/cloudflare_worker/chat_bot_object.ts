/**
 * The chat bot of `examples/chat_bot.ts` on Cloudflare Workers: a Durable Object holds the one
 * notification websocket of the whole Worker (opened with `fetch` and `Upgrade: websocket`, then
 * `accept()`), answers `!ping` in PMs, and an alarm every 30 s calls the chat keepalive and
 * reconnects if the object was evicted meanwhile. Its user token (with the refresh token) lives in
 * the object's storage; the first one comes from the `OSU_BOT_REFRESH_TOKEN` secret.
 *
 * To wire it into a Worker: export `ChatBotObject` from the main module; bind it in
 * `wrangler.toml` (`[[durable_objects.bindings]] name = "CHAT_BOT", class_name = "ChatBotObject"`
 * with a `new_sqlite_classes` migration); set the secrets `OSU_CLIENT_ID`, `OSU_CLIENT_SECRET`,
 * `OSU_BOT_REFRESH_TOKEN`; and start it from a route, e.g.
 * `env.CHAT_BOT.get(env.CHAT_BOT.idFromName("bot")).fetch(request)` (the example Worker's `main.ts`
 * does all this, on `GET /chat-bot`). When osu! refuses the refresh token, the alarm stops
 * (see {@linkcode ChatBotObject.alarm}). See docs/realtime.md.
 *
 * @module
 */
import {
  AuthError,
  AuthHandler,
  Client,
  type Lease,
  NotificationWebsocket,
  Scope,
  type TokenRecord,
  type TokenStore,
  type WebSocketFactory,
  webSocketOverFetch,
} from "../../mod.ts";
import { pingBot } from "../ping_bot.ts";

/** The scopes the bot needs. */
const BOT_SCOPE = new Scope("public", "identify", "chat.read", "chat.write");

/** How often the alarm keeps chat alive (osu-web: about every 30 s). */
export const KEEPALIVE_MS = 30_000;

/** The part of a Durable Object's storage the bot uses. */
export interface BotStorage {
  get<T>(key: string): Promise<T | undefined>;
  put<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<boolean>;
  setAlarm(scheduledTime: number): Promise<void>;
}

/** The bindings the bot reads. */
export interface ChatBotEnv {
  readonly OSU_CLIENT_ID: string;
  readonly OSU_CLIENT_SECRET: string;
  /** A refresh token of the bot's account with `identify chat.read chat.write`. */
  readonly OSU_BOT_REFRESH_TOKEN: string;
  /** Another osu! host (e.g. an emulator). */
  readonly OSU_BASE_URL?: string;
  /** Another notification websocket. */
  readonly OSU_NOTIFICATION_ENDPOINT?: string;
}

/** Tests run the object outside workerd: they give the emulator's `fetch` and `webSocket`. */
export interface ChatBotTestHooks {
  readonly fetch?: typeof fetch;
  readonly webSocket?: WebSocketFactory;
  readonly requestWaitTime?: number;
}

/** The token in the object's storage; the object is single-threaded, so the lease is in memory. */
class StorageTokenStore implements TokenStore {
  readonly #storage: BotStorage;
  readonly #leases = new Set<string>();

  constructor(storage: BotStorage) {
    this.#storage = storage;
  }

  get(key: string): Promise<TokenRecord | undefined> {
    return this.#storage.get<TokenRecord>(`token:${key}`);
  }

  set(key: string, record: TokenRecord): Promise<void> {
    return this.#storage.put(`token:${key}`, record);
  }

  async delete(key: string): Promise<void> {
    await this.#storage.delete(`token:${key}`);
  }

  acquireLease(key: string): Promise<Lease | undefined> {
    if (this.#leases.has(key)) return Promise.resolve(undefined);
    this.#leases.add(key);
    return Promise.resolve({ release: () => Promise.resolve(void this.#leases.delete(key)) });
  }
}

/**
 * Whether osu! refused the bot's credentials (a refresh token it does not accept, a wrong client
 * secret): a 4xx `AuthError` from the token endpoint, which no retry can fix.
 */
function refusesCredentials(error: unknown): error is AuthError {
  return error instanceof AuthError && error.status >= 400 && error.status < 500;
}

/** The one line logged when the bot stops (the library's errors carry no token or secret). */
function stoppedLine(error: AuthError): string {
  return `chat bot: stopped, osu! refused its credentials (${error.message.split("\n")[0]}); ` +
    "set a new OSU_BOT_REFRESH_TOKEN and send the object a request to start it again";
}

/** The Durable Object that runs the chat bot. */
export class ChatBotObject {
  readonly #storage: BotStorage;
  readonly #env: ChatBotEnv;
  readonly #hooks: ChatBotTestHooks;
  #client: Client | undefined;
  #ws: NotificationWebsocket | undefined;
  #starting: Promise<NotificationWebsocket> | undefined;

  /**
   * @param state the object's state (its storage)
   * @param env the Worker's bindings
   * @param hooks only for tests
   */
  constructor(
    state: { readonly storage: BotStorage },
    env: ChatBotEnv,
    hooks: ChatBotTestHooks = {},
  ) {
    this.#storage = state.storage;
    this.#env = env;
    this.#hooks = hooks;
  }

  /**
   * Starts the bot if it is not running, and says how it is.
   *
   * @returns `{ state }` as JSON; 503 with `{ state: "stopped", error }` when osu! refuses the
   * bot's credentials
   */
  async fetch(): Promise<Response> {
    try {
      const ws = await this.#running();
      return Response.json({ state: ws.state });
    } catch (error) {
      if (!refusesCredentials(error)) throw error;
      return Response.json({ state: "stopped", error: stoppedLine(error) }, { status: 503 });
    }
  }

  /**
   * Every 30 s: the chat keepalive, after reconnecting if the object was evicted. When osu!
   * refuses the bot's credentials (the refresh token is revoked or was used elsewhere: the
   * library then deletes the stored token), trying again cannot help: it logs one line and sets
   * no new alarm, so the bot stays stopped until a request starts it again (after
   * `wrangler secret put OSU_BOT_REFRESH_TOKEN` with a new one). Other failures (osu! down, a
   * network error) keep the alarm going.
   */
  async alarm(): Promise<void> {
    let again = true;
    try {
      await this.#running();
      await this.#client!.chatKeepalive();
    } catch (error) {
      if (!refusesCredentials(error)) throw error;
      again = false;
      console.error(stoppedLine(error));
    } finally {
      if (again) await this.#storage.setAlarm(Date.now() + KEEPALIVE_MS);
    }
  }

  #running(): Promise<NotificationWebsocket> {
    if (this.#ws && this.#ws.state !== "closed") return Promise.resolve(this.#ws);
    this.#starting ??= this.#start().finally(() => this.#starting = undefined);
    return this.#starting;
  }

  async #start(): Promise<NotificationWebsocket> {
    const env = this.#env;
    const tokenStore = new StorageTokenStore(this.#storage);
    const auth = new AuthHandler({
      clientId: env.OSU_CLIENT_ID,
      clientSecret: env.OSU_CLIENT_SECRET,
      scope: BOT_SCOPE,
      grant: "authorization_code",
      tokenStore,
    });
    if (!await tokenStore.get(auth.tokenKey)) {
      await tokenStore.set(auth.tokenKey, {
        accessToken: "",
        refreshToken: env.OSU_BOT_REFRESH_TOKEN,
        expiresAt: 0,
        scope: auth.scope.toString(),
        grant: "authorization_code",
      });
    }
    const client = this.#client = new Client(auth, {
      ...(this.#hooks.fetch ? { fetch: this.#hooks.fetch } : {}),
      ...(this.#hooks.requestWaitTime !== undefined
        ? { requestWaitTime: this.#hooks.requestWaitTime }
        : {}),
      ...(env.OSU_BASE_URL ? { baseUrl: env.OSU_BASE_URL } : {}),
    });
    const answer = pingBot(client, (await client.getOwnData()).id);
    const ws = this.#ws = new NotificationWebsocket(client, {
      webSocket: this.#hooks.webSocket ?? webSocketOverFetch(),
      keepaliveInterval: 0, // the alarm keeps chat alive, also across evictions
      ...(env.OSU_NOTIFICATION_ENDPOINT ? { endpoint: env.OSU_NOTIFICATION_ENDPOINT } : {}),
    });
    ws.on("chat.message.new", answer);
    ws.on("error", ({ error }) => console.error("chat bot:", error));
    await ws.connect();
    await ws.chatStart();
    await this.#storage.setAlarm(Date.now() + KEEPALIVE_MS);
    return ws;
  }
}
