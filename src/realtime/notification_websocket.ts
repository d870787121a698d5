/**
 * `NotificationWebsocket`: osu!'s notification websocket (chat messages and notifications
 * pushed as they happen), kept connected: reconnects with back-off after a drop, refreshes a
 * refused token once, starts chat again, and calls the chat keepalive while chat is on.
 *
 * Facts from osu-web (`resources/views/docs/_websocket*.md`, `_using_chat.md`) and
 * ppy/osu-notification-server (`src/index.ts`, `src/oauth-verifier.ts`, `src/user-connection.ts`).
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import { type Clock, systemClock } from "../clock.ts";
import { AuthError, GrantError, MissingScopeError } from "../errors.ts";
import { type ReconnectOptions, type ReconnectPolicy, reconnectPolicy } from "./_backoff.ts";
import { EventHub } from "./_event_hub.ts";
import type { ParsedFrame } from "./_parse_event.ts";
import { reconnectLoop } from "./_reconnect.ts";
import {
  openSession,
  publicEndpoint,
  type SocketSession,
  TokenRefused,
} from "./_socket_session.ts";
import type {
  CloseData,
  NotificationWebsocketEvent,
  NotificationWebsocketEventName,
  NotificationWebsocketListener,
} from "./notification_events.ts";
import { defaultWebSocket, type WebSocketFactory } from "./web_socket_factory.ts";
import { WebSocketError } from "./web_socket_error.ts";

export type { ReconnectOptions } from "./_backoff.ts";

/** osu!'s notification websocket (`notification_endpoint` of `GET notifications`). */
export const DEFAULT_NOTIFICATION_ENDPOINT = "wss://notify.ppy.sh";

/** What the websocket needs of a `Client`: its auth handler and the chat keepalive. */
export interface NotificationClient {
  /** The auth handler whose token is sent (and refreshed when osu! refuses it). */
  readonly auth: BaseAuthHandler | undefined;
  /**
   * `POST chat/ack`, called on `keepaliveInterval` while chat is on.
   *
   * @param options the signal that stops it
   */
  chatKeepalive(options?: { readonly signal?: AbortSignal }): Promise<unknown>;
}

/** Options of {@linkcode NotificationWebsocket}. */
export interface NotificationWebsocketOptions {
  /** The websocket URL. @default {"wss://notify.ppy.sh"} */
  readonly endpoint?: string;
  /** Milliseconds between chat keepalives while chat is on (osu-web: "30 seconds is reasonable"). @default {30000} */
  readonly keepaliveInterval?: number;
  /** Back-off after an unplanned drop, or `false` to end on the first drop. @default {{}} */
  readonly reconnect?: ReconnectOptions | false;
  /** Closes the websocket for good when it aborts. */
  readonly signal?: AbortSignal;
  /** Opens the socket (the platform's way by default; the emulator's `osu.webSocket` in tests). @default {defaultWebSocket} */
  readonly webSocket?: WebSocketFactory;
  /** The clock of back-off, keepalive and timeouts. @default {systemClock} */
  readonly clock?: Clock;
  /** Milliseconds to wait for `connection.ready` after opening. @default {30000} */
  readonly connectTimeout?: number;
}

/** Where the websocket is in its life. */
export type NotificationWebsocketState = "idle" | "connecting" | "open" | "reconnecting" | "closed";

/**
 * osu!'s notification websocket for one user's token (scope `*` or `chat.read`; a `chat.read`
 * token receives only `chat.*` events). Listen with `on`, or iterate it with `for await`.
 *
 * @example A PM arrives over the websocket (on the emulator)
 * ```ts
 * import { AuthHandler, Client, NotificationWebsocket, Scope } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const auth = new AuthHandler({ ...osu.credentials, scope: new Scope("public", "chat.read") });
 * const { url, codeVerifier } = await auth.getAuthUrl();
 * const code = (await osu.approve(url)).searchParams.get("code")!;
 * const client = new Client(auth, { fetch: osu.fetch });
 * await auth.getAuthToken(code, { codeVerifier });
 *
 * const ws = new NotificationWebsocket(client, { webSocket: osu.webSocket });
 * await ws.connect();
 * await ws.chatStart();
 * const bot = Client.fromClientCredentials({
 *   ...osu.botCredentials, scope: new Scope("chat.write", "delegate"), fetch: osu.fetch,
 * });
 * await bot.createNewPm(osu.player.id, "hello");
 * for await (const event of ws) {
 *   if (event.event !== "chat.message.new") continue;
 *   assertEquals(event.data.messages[0].content, "hello");
 *   ws.close();
 * }
 * ```
 */
export class NotificationWebsocket implements AsyncIterable<NotificationWebsocketEvent> {
  readonly #client: NotificationClient;
  readonly #endpoint: string;
  readonly #factory: WebSocketFactory;
  readonly #clock: Clock;
  readonly #keepaliveInterval: number;
  readonly #connectTimeout: number;
  readonly #reconnect: ReconnectPolicy | undefined;
  readonly #hub = new EventHub();
  readonly #life = new AbortController();
  #state: NotificationWebsocketState = "idle";
  #session: SocketSession | undefined;
  #chat = false;
  #keepalive: AbortController | undefined;

  /**
   * Creates the websocket; nothing is sent until {@linkcode NotificationWebsocket.connect}.
   *
   * @param client the client whose token is used (a user's token with `*` or `chat.read`)
   * @param options endpoint, keepalive interval, reconnect back-off, signal, factory and clock
   */
  constructor(client: NotificationClient, options: NotificationWebsocketOptions = {}) {
    this.#client = client;
    this.#endpoint = options.endpoint ?? DEFAULT_NOTIFICATION_ENDPOINT;
    this.#factory = options.webSocket ?? defaultWebSocket;
    this.#clock = options.clock ?? systemClock;
    this.#keepaliveInterval = options.keepaliveInterval ?? 30_000;
    this.#connectTimeout = options.connectTimeout ?? 30_000;
    this.#reconnect = options.reconnect === false ? undefined : reconnectPolicy(options.reconnect);
    const signal = options.signal;
    if (signal?.aborted) this.#finish({ reason: "abort" }, signal.reason);
    signal?.addEventListener("abort", () => this.#finish({ reason: "abort" }, signal.reason), {
      once: true,
    });
  }

  /** Where the websocket is: `idle`, `connecting`, `open`, `reconnecting` or `closed`. */
  get state(): NotificationWebsocketState {
    return this.#state;
  }

  /** Whether chat is on (`chatStart()` was called and `chatEnd()` was not). */
  get chatActive(): boolean {
    return this.#chat;
  }

  /**
   * Listens to an event. Listeners may be async; what they throw becomes an `error` event.
   *
   * @param event the event's name (see `NotificationWebsocketEventMap`)
   * @param listener gets the event's data
   * @returns this websocket
   */
  on<K extends NotificationWebsocketEventName>(
    event: K,
    listener: NotificationWebsocketListener<K>,
  ): this {
    this.#hub.on(event, listener);
    return this;
  }

  /**
   * Stops listening.
   *
   * @param event the event's name
   * @param listener the listener given to `on`
   * @returns this websocket
   */
  off<K extends NotificationWebsocketEventName>(
    event: K,
    listener: NotificationWebsocketListener<K>,
  ): this {
    this.#hub.off(event, listener);
    return this;
  }

  /**
   * Connects, and resolves when osu! sends `connection.ready`. A refused token is invalidated
   * and refreshed through the client's auth handler, once.
   *
   * @param options `signal` gives up waiting (the websocket stays usable)
   * @throws {GrantError} before connecting, when the client has no user's token
   * @throws {MissingScopeError} before connecting, when the token has neither `*` nor `chat.read`
   * @throws {WebSocketError} when the socket could not be opened, timed out, or the token was
   * refused also after a refresh (`failure` says which), or the websocket is closed
   */
  async connect(options: { readonly signal?: AbortSignal } = {}): Promise<void> {
    if (this.#state !== "idle") {
      throw this.#stateError(
        this.#state === "closed"
          ? "This NotificationWebsocket is closed; make a new one"
          : "connect() was already called",
      );
    }
    this.#auth();
    this.#state = "connecting";
    const signal = options.signal
      ? AbortSignal.any([options.signal, this.#life.signal])
      : this.#life.signal;
    try {
      const session = await this.#open(signal);
      if (this.#life.signal.aborted) {
        session.close();
        throw this.#life.signal.reason;
      }
      this.#session = session;
      this.#state = "open";
    } catch (error) {
      if (this.#state === "connecting") this.#state = "idle";
      throw error;
    }
    this.#hub.emit("ready", undefined);
    if (this.#chat) this.#session.send("chat.start");
  }

  /**
   * Starts chat: sends `chat.start` (again after each reconnect) and calls the chat keepalive
   * now and every `keepaliveInterval` ms until `chatEnd()` or `close()`.
   *
   * @param options `signal` stops waiting for the first keepalive
   * @throws {WebSocketError} when not connected yet or closed
   * @throws {OsuApiError} when the first keepalive fails (chat stays on; later ones retry)
   */
  async chatStart(options: { readonly signal?: AbortSignal } = {}): Promise<void> {
    if (this.#state === "idle" || this.#state === "closed") {
      throw this.#stateError(
        this.#state === "idle"
          ? "Call connect() before chatStart()"
          : "This NotificationWebsocket is closed",
      );
    }
    this.#chat = true;
    this.#session?.send("chat.start");
    this.#keepalive ??= this.#keepaliveLoop();
    const signals = [this.#keepalive.signal, options.signal].filter((s): s is AbortSignal => !!s);
    await this.#client.chatKeepalive({ signal: AbortSignal.any(signals) });
  }

  /** Stops chat: sends `chat.end` and stops the keepalive. */
  chatEnd(): void {
    this.#chat = false;
    this.#keepalive?.abort();
    this.#keepalive = undefined;
    this.#session?.send("chat.end");
  }

  /** Closes the websocket for good: no reconnect, iterators end, a `close` event follows. */
  close(): void {
    this.#finish({ reason: "close" });
  }

  /**
   * Every event until the websocket closes (`close` itself is not yielded); the iteration throws
   * the error that ended the websocket, if one did. The first iterator starts with the events
   * since the websocket was made (the last 1000), so none is lost between `connect()` and the
   * loop; later iterators start from the moment they are made.
   *
   * @returns the iterator
   */
  [Symbol.asyncIterator](): AsyncIterator<NotificationWebsocketEvent> {
    return this.#hub.iterate();
  }

  #auth(): BaseAuthHandler {
    const auth = this.#client.auth;
    const where = "NotificationWebsocket.connect";
    if (!auth) {
      throw new GrantError(
        where,
        "user",
        `${where} needs a user's token, but this client has no auth handler`,
      );
    }
    if (!auth.scope.has("chat.read")) {
      throw new MissingScopeError(where, "chat.read", auth.scope.names);
    }
    if (!auth.actsForUser) {
      throw new GrantError(
        where,
        "user",
        `${where} needs a user's token (authorization code or password grant), not client credentials`,
      );
    }
    return auth;
  }

  /** One connection, with one refresh when osu! refuses the token. */
  async #open(signal: AbortSignal): Promise<SocketSession> {
    const auth = this.#auth();
    const token = auth.cachedToken() ?? await auth.getToken({ signal });
    try {
      return await this.#openWith(token, signal);
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      await auth.invalidate(token);
    }
    const fresh = await auth.getToken({ signal });
    try {
      return await this.#openWith(fresh, signal);
    } catch (error) {
      if (!(error instanceof TokenRefused)) throw error;
      throw new WebSocketError(
        `osu! refused the token, also after a refresh (${error.message}): the token needs the ` +
          `"*" or "chat.read" scope and must not be revoked; log in again`,
        { failure: "authentication", endpoint: publicEndpoint(this.#endpoint) },
      );
    }
  }

  #openWith(token: string, signal: AbortSignal): Promise<SocketSession> {
    return openSession({
      factory: this.#factory,
      url: this.#endpoint,
      token,
      clock: this.#clock,
      timeout: this.#connectTimeout,
      signal,
      onFrame: (frame) => this.#onFrame(frame),
      onClose: (code, reason) => this.#onDrop(code, reason),
    });
  }

  #onFrame(frame: ParsedFrame): void {
    if (frame.kind !== "event" || this.#state === "closed") return;
    this.#hub.emit(frame.event.event, frame.event.data as never);
    if (frame.event.event === "logout") this.#finish({ reason: "logout" });
  }

  #onDrop(code: number, reason: string): void {
    this.#session = undefined;
    if (this.#state === "closed") return;
    const policy = this.#reconnect;
    if (!policy) {
      this.#hub.emit("disconnect", { code, reason, willReconnect: false, delay: 0, attempt: 0 });
      const error = new WebSocketError(
        `The websocket closed (code ${code}) and reconnect is off`,
        { failure: "connect", endpoint: publicEndpoint(this.#endpoint), code },
      );
      this.#finish({ reason: "error", error }, error);
      return;
    }
    this.#state = "reconnecting";
    void reconnectLoop({
      policy,
      clock: this.#clock,
      signal: this.#life.signal,
      first: { code, reason },
      open: () => this.#open(this.#life.signal),
      fatal: (error) =>
        (error instanceof WebSocketError && error.failure === "authentication") ||
        (error instanceof AuthError && error.status >= 400 && error.status < 500),
      emit: (event, data) => this.#hub.emit(event, data),
      endpoint: publicEndpoint(this.#endpoint),
    }).then((outcome) => {
      if (this.#state === "closed") {
        if (outcome.ok) outcome.session.close();
        return;
      }
      if (!outcome.ok) {
        const error = outcome.error instanceof Error
          ? outcome.error
          : new Error(String(outcome.error));
        this.#finish({ reason: "error", error }, error);
        return;
      }
      this.#session = outcome.session;
      this.#state = "open";
      if (this.#chat) outcome.session.send("chat.start");
      this.#hub.emit("reconnect", { attempts: outcome.attempts });
    });
  }

  #keepaliveLoop(): AbortController {
    const stop = new AbortController();
    const signal = AbortSignal.any([stop.signal, this.#life.signal]);
    void (async () => {
      for (;;) {
        try {
          await this.#clock.sleep(this.#keepaliveInterval, signal);
        } catch {
          return;
        }
        try {
          await this.#client.chatKeepalive({ signal });
        } catch (error) {
          if (signal.aborted) return;
          this.#hub.emit("error", { error });
        }
      }
    })();
    return stop;
  }

  #finish(data: CloseData, error?: unknown): void {
    if (this.#state === "closed") return;
    this.#state = "closed";
    this.#life.abort(
      error ?? new DOMException("The NotificationWebsocket was closed", "AbortError"),
    );
    this.#keepalive?.abort();
    this.#keepalive = undefined;
    this.#session?.close();
    this.#session = undefined;
    this.#hub.emit("close", data);
    this.#hub.end(data.reason === "error" ? error : undefined);
  }

  #stateError(message: string): WebSocketError {
    return new WebSocketError(message, {
      failure: "state",
      endpoint: publicEndpoint(this.#endpoint),
    });
  }
}
