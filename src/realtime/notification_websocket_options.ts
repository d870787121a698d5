/**
 * The options of {@linkcode NotificationWebsocket}, and what it needs of a `Client`.
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import type { Clock } from "../clock.ts";
import type { ReconnectOptions } from "./_backoff.ts";
import type { WebSocketFactory } from "./web_socket_factory.ts";

export type { ReconnectOptions } from "./_backoff.ts";

/**
 * osu!'s notification websocket today (`notification_endpoint` of `GET notifications`,
 * osu-web `NotificationsController`).
 *
 * @example
 * ```ts
 * import { DEFAULT_NOTIFICATION_ENDPOINT } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(DEFAULT_NOTIFICATION_ENDPOINT, "wss://notify.ppy.sh");
 * ```
 */
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
  /**
   * The websocket URL: `wss:` or `ws:` (a fetch-based factory such as `webSocketOverFetch` turns it
   * into `https:`/`http:` itself; other schemes throw `InvalidArgumentError`).
   * @default {"wss://notify.ppy.sh"}
   */
  readonly endpoint?: string;
  /**
   * Milliseconds between chat keepalives while chat is on (osu-web: "30 seconds is a reasonable
   * interval"); 0 turns the timer off (`chatStart()` still calls it once), for hosts that call
   * `client.chatKeepalive()` themselves, e.g. from a Durable Object's alarm. @default {30000}
   */
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
