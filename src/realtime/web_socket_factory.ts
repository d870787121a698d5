/**
 * How {@linkcode NotificationWebsocket} opens a socket on each platform. osu!'s notification
 * server takes the token as `Authorization: Bearer …` on the upgrade, or as `?access_token=…`
 * when a platform's `WebSocket` cannot send headers (ppy/osu-notification-server
 * `src/oauth-verifier.ts`).
 *
 * - Deno, Bun and Node (20 with `--experimental-websocket`, 22+): `new WebSocket(url, { headers })`
 *   ({@linkcode webSocketWithHeaders});
 * - Cloudflare Workers: `fetch` with `Upgrade: websocket`, then `accept()`
 *   ({@linkcode webSocketOverFetch});
 * - browsers and other platforms whose `WebSocket` takes no headers: the token in the URL
 *   ({@linkcode webSocketWithTokenInUrl}).
 *
 * {@linkcode defaultWebSocket} picks one of them.
 *
 * @module
 */

/** The part of the web-standard `WebSocket` the notification websocket uses. */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /**
   * Sends a text frame.
   *
   * @param data the text
   */
  send(data: string): void;
  /**
   * Closes the socket.
   *
   * @param code the close code
   * @param reason the close reason
   */
  close(code?: number, reason?: string): void;
  /**
   * Listens to `open`, `message` (`MessageEvent`), `close` (`CloseEvent`) or `error`.
   *
   * @param type the event type
   * @param listener the listener
   */
  addEventListener(type: string, listener: (event: Event) => void): void;
  /**
   * Stops listening.
   *
   * @param type the event type
   * @param listener the listener
   */
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** What a {@linkcode WebSocketFactory} gets besides the URL. */
export interface WebSocketInit {
  /** The headers to send on the upgrade: `authorization: Bearer …`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The access token, for factories that must put it in the URL. Never log it. */
  readonly token: string;
  /** Aborts opening (a factory that awaits something should honour it). */
  readonly signal?: AbortSignal;
}

/**
 * Opens a socket. It may return the socket at once (still connecting) or a promise of one
 * (already open, as after a Worker's `accept()`).
 */
export type WebSocketFactory = (
  url: string,
  init: WebSocketInit,
) => WebSocketLike | Promise<WebSocketLike>;

/**
 * `new WebSocket(url, { headers })`: Deno, Bun and Node's built-in `WebSocket` (undici) send the
 * headers on the upgrade.
 *
 * @param url the websocket URL
 * @param init the headers
 * @returns the socket
 *
 * @example
 * ```ts
 * import { webSocketWithHeaders } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(typeof webSocketWithHeaders, "function");
 * ```
 */
export function webSocketWithHeaders(url: string, init: WebSocketInit): WebSocketLike {
  // The options object is the Deno/Bun/undici extension of the standard constructor.
  const Socket = globalThis.WebSocket as unknown as new (
    url: string,
    options: { headers: Readonly<Record<string, string>> },
  ) => WebSocketLike;
  return new Socket(url, { headers: init.headers });
}

/**
 * `new WebSocket(url?access_token=…)`: for platforms whose `WebSocket` cannot send headers. The
 * notification websocket never puts this URL in an error or an event.
 *
 * @param url the websocket URL
 * @param init the token
 * @returns the socket
 *
 * @example
 * ```ts
 * import { webSocketWithTokenInUrl } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(typeof webSocketWithTokenInUrl, "function");
 * ```
 */
export function webSocketWithTokenInUrl(url: string, init: WebSocketInit): WebSocketLike {
  const withToken = new URL(url);
  withToken.searchParams.set("access_token", init.token);
  return new WebSocket(withToken.href);
}

/** The part of a Cloudflare Workers `Response` that carries a client websocket. */
interface UpgradeResponse {
  readonly status: number;
  readonly webSocket?: (WebSocketLike & { accept(): void }) | null;
}

/**
 * Makes a factory for Cloudflare Workers: `fetch(url, { headers: { Upgrade: "websocket", … } })`,
 * then `response.webSocket.accept()`. `wss:` becomes `https:` (Workers' `fetch` wants http(s)).
 *
 * @param fetchFn the `fetch` to use @default {globalThis.fetch}
 * @returns the factory
 *
 * @example What a Worker sends (here with a stand-in for its `fetch`)
 * ```ts
 * import { webSocketOverFetch } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const sent: { url?: string; headers?: Headers } = {};
 * const socket = {
 *   readyState: 1, accept() {}, send() {}, close() {},
 *   addEventListener() {}, removeEventListener() {},
 * };
 * const open = webSocketOverFetch((url, init) => {
 *   Object.assign(sent, { url, headers: new Headers(init.headers) });
 *   return Promise.resolve(Object.assign(new Response(null), { webSocket: socket }));
 * });
 * await open("wss://notify.ppy.sh", { headers: { authorization: "Bearer t" }, token: "t" });
 * assertEquals(sent.url, "https://notify.ppy.sh");
 * assertEquals(sent.headers?.get("upgrade"), "websocket");
 * ```
 */
export function webSocketOverFetch(
  fetchFn: (input: string, init: RequestInit) => Promise<Response> = (input, init) =>
    fetch(input, init),
): WebSocketFactory {
  return async (url, init) => {
    const httpUrl = url.replace(/^ws(s?):/i, "http$1:");
    const response = await fetchFn(httpUrl, {
      headers: { ...init.headers, upgrade: "websocket" },
      signal: init.signal,
    }) as unknown as UpgradeResponse;
    const socket = response.webSocket;
    if (!socket) {
      throw new TypeError(
        `The websocket upgrade was answered with status ${response.status}, without a socket; ` +
          "check that the endpoint is osu!'s notification websocket (wss://notify.ppy.sh)",
      );
    }
    socket.accept();
    return socket;
  };
}

/** Whether this is a Cloudflare Worker (its `navigator.userAgent` says so). */
function isCloudflareWorker(): boolean {
  const nav = (globalThis as { navigator?: { userAgent?: string } }).navigator;
  return nav?.userAgent === "Cloudflare-Workers";
}

/**
 * The platform's way: {@linkcode webSocketOverFetch} on Cloudflare Workers,
 * {@linkcode webSocketWithHeaders} where `WebSocket` takes headers (Deno, Bun, Node), and
 * {@linkcode webSocketWithTokenInUrl} where its constructor refuses them (browsers).
 *
 * @param url the websocket URL
 * @param init the headers and the token
 * @returns the socket
 * @throws {TypeError} when the platform has no `WebSocket`: pass `webSocket` to the constructor
 *
 * @example
 * ```ts
 * import { defaultWebSocket } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(typeof defaultWebSocket, "function");
 * ```
 */
export function defaultWebSocket(
  url: string,
  init: WebSocketInit,
): WebSocketLike | Promise<WebSocketLike> {
  if (isCloudflareWorker()) return webSocketOverFetch()(url, init);
  if (typeof globalThis.WebSocket !== "function") {
    throw new TypeError(
      "This platform has no WebSocket: pass a `webSocket` factory to NotificationWebsocket " +
        "(Node 20 needs --experimental-websocket)",
    );
  }
  try {
    return webSocketWithHeaders(url, init);
  } catch (error) {
    // A browser's WebSocket reads the options object as a sub-protocol name and throws.
    if (error instanceof DOMException && error.name === "SyntaxError") {
      return webSocketWithTokenInUrl(url, init);
    }
    throw error;
  }
}
