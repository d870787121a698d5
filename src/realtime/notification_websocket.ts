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
import { anySignal } from "../_abortable.ts";
import { secretValues } from "../auth/_transport.ts";
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import { chatAuth } from "./_chat_token.ts";
import { EventHub } from "./_event_hub.ts";
import { keepChatAlive } from "./_keepalive.ts";
import { type ResolvedOptions, resolveOptions } from "./_options.ts";
import type { ParsedFrame } from "./_parse_event.ts";
import { reconnectLoop } from "./_reconnect.ts";
import { openWithRefresh } from "./_open_with_refresh.ts";
import { openSession, publicEndpoint, type SocketSession } from "./_socket_session.ts";
import type {
  CloseData,
  NotificationWebsocketEvent,
  NotificationWebsocketEventName,
  NotificationWebsocketListener,
} from "./notification_events.ts";
import type {
  NotificationClient,
  NotificationWebsocketOptions,
  NotificationWebsocketState,
} from "./notification_websocket_options.ts";
import { WebSocketError } from "./web_socket_error.ts";

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
  readonly #options: ResolvedOptions;
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
   * @throws {InvalidArgumentError} on an endpoint that is not a `wss:` or `ws:` URL, or a bad
   * interval or delay
   */
  constructor(client: NotificationClient, options: NotificationWebsocketOptions = {}) {
    this.#client = client;
    this.#options = resolveOptions(options);
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
   * Listens to an event. Listeners may be async; what they throw (or reject with) becomes an
   * `error` event, or an uncaught error when nothing listens to `error` or iterates.
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
   * @throws {GrantError} before connecting, when the client has no user's token (checked first)
   * @throws {MissingScopeError} before connecting, when the user's token has neither `*` nor
   * `chat.read`
   * @throws {WebSocketError} when the socket could not be opened (`cause`: the platform's reason),
   * timed out, or the token was refused also after a refresh (`failure` says which); or, with
   * `failure: "state"`, when the websocket is closed, or `close()` is called while this waits
   * @throws {AuthError} when osu! refuses to refresh the refused token (the user must log in again)
   * @throws the reason of the `signal` (this call's or the constructor's) when it aborts
   */
  async connect(options: { readonly signal?: AbortSignal } = {}): Promise<void> {
    if (this.#state !== "idle") {
      throw this.#stateError(
        this.#state === "closed"
          ? "This NotificationWebsocket is closed; make a new one"
          : "connect() was already called",
      );
    }
    // Checked once: the client's auth handler cannot change, so reconnects reuse it.
    const auth = chatAuth(this.#client.auth);
    this.#state = "connecting";
    const signal = anySignal(options.signal, this.#life.signal)!;
    try {
      const session = await this.#open(auth, signal);
      if (this.#life.signal.aborted) {
        session.close();
        throw this.#life.signal.reason;
      }
      // Dropped right after it was ready: #onDrop has already started reconnecting.
      if (!session.closed) {
        this.#session = session;
        this.#state = "open";
      }
    } catch (error) {
      if (this.#state === "connecting") this.#state = "idle";
      throw error;
    }
    this.#hub.emit("ready", undefined);
    if (this.#chat) this.#session?.send("chat.start");
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
    this.#finish(
      { reason: "close" },
      this.#stateError("close() was called before the connection was ready"),
    );
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

  /** One connection, with one refresh when osu! refuses the token. */
  #open(auth: BaseAuthHandler, signal: AbortSignal): Promise<SocketSession> {
    return openWithRefresh(
      auth,
      (token) => this.#openWith(auth, token, signal),
      publicEndpoint(this.#options.endpoint),
      signal,
    );
  }

  #openWith(auth: BaseAuthHandler, token: string, signal: AbortSignal): Promise<SocketSession> {
    return openSession({
      factory: this.#options.factory,
      url: this.#options.endpoint,
      token,
      secrets: auth[secretValues](),
      clock: this.#options.clock,
      timeout: this.#options.connectTimeout,
      signal,
      onFrame: (frame) => this.#onFrame(frame),
      onClose: (code, reason) => this.#onDrop(auth, code, reason),
    });
  }

  #onFrame(frame: ParsedFrame): void {
    if (frame.kind !== "event" || this.#state === "closed") return;
    this.#hub.emit(frame.event.event, frame.event.data as never);
    if (frame.event.event === "logout") this.#finish({ reason: "logout" });
  }

  #onDrop(auth: BaseAuthHandler, code: number, reason: string): void {
    this.#session = undefined;
    if (this.#state === "closed") return;
    const policy = this.#options.reconnect;
    if (!policy) {
      this.#hub.emit("disconnect", { code, reason, willReconnect: false, delay: 0, attempt: 0 });
      const error = new WebSocketError(
        `The websocket closed (code ${code}) and reconnect is off`,
        { failure: "connect", endpoint: publicEndpoint(this.#options.endpoint), code },
      );
      this.#finish({ reason: "error", error }, error);
      return;
    }
    this.#state = "reconnecting";
    void reconnectLoop({
      policy,
      clock: this.#options.clock,
      signal: this.#life.signal,
      first: { code, reason },
      open: () => this.#open(auth, this.#life.signal),
      emit: (event, data) => this.#hub.emit(event, data),
      endpoint: publicEndpoint(this.#options.endpoint),
    }).then((outcome) => {
      if (this.#state === "closed") {
        if (outcome.ok) outcome.session.close();
        return;
      }
      if (!outcome.ok) {
        this.#finish({ reason: "error", error: outcome.error }, outcome.error);
        return;
      }
      if (outcome.session.closed) return; // dropped again at once: another loop has it
      this.#session = outcome.session;
      this.#state = "open";
      if (this.#chat) outcome.session.send("chat.start");
      this.#hub.emit("reconnect", { attempts: outcome.attempts });
    });
  }

  #keepaliveLoop(): AbortController {
    const stop = new AbortController();
    void keepChatAlive({
      clock: this.#options.clock,
      intervalMs: this.#options.keepaliveInterval,
      ack: (signal) => this.#client.chatKeepalive({ signal }),
      onError: (error) => this.#hub.emit("error", { error }),
      signal: AbortSignal.any([stop.signal, this.#life.signal]),
    });
    return stop;
  }

  /**
   * Closes for good. `error` is what a pending `connect()` rejects with (the signal's reason on an
   * abort, a `WebSocketError` on `close()`), and what iterators throw when `data.reason` is
   * `"error"`.
   */
  #finish(data: CloseData, error?: unknown): void {
    if (this.#state === "closed") return;
    this.#state = "closed";
    this.#life.abort(error ?? this.#stateError("The NotificationWebsocket was closed"));
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
      endpoint: publicEndpoint(this.#options.endpoint),
    });
  }
}
