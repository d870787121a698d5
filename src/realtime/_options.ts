/**
 * Checks the options of `NotificationWebsocket` and fills in the defaults.
 *
 * @module
 */
import { type Clock, systemClock } from "../clock.ts";
import { InvalidArgumentError } from "../errors.ts";
import { type ReconnectPolicy, reconnectPolicy } from "./_backoff.ts";
import { publicEndpoint } from "./_socket_session.ts";
import {
  DEFAULT_NOTIFICATION_ENDPOINT,
  type NotificationWebsocketOptions,
} from "./notification_websocket_options.ts";
import { defaultWebSocket, type WebSocketFactory } from "./web_socket_factory.ts";

/** The options, checked, with their defaults. */
export interface ResolvedOptions {
  readonly endpoint: string;
  readonly factory: WebSocketFactory;
  readonly clock: Clock;
  readonly keepaliveInterval: number;
  readonly connectTimeout: number;
  readonly reconnect: ReconnectPolicy | undefined;
}

/**
 * Checks and completes the options.
 *
 * @param options what the caller gave
 * @returns the resolved options
 * @throws {InvalidArgumentError} on an endpoint that is not a wss: or ws: URL, or a negative,
 * infinite or non-number interval, timeout or delay
 */
export function resolveOptions(options: NotificationWebsocketOptions): ResolvedOptions {
  const endpoint = options.endpoint ?? DEFAULT_NOTIFICATION_ENDPOINT;
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (!url || !/^wss?:$/.test(url.protocol)) {
    // http(s): is refused too: a `WebSocket` given one fails with no useful reason, and
    // `webSocketOverFetch` turns ws(s): into http(s): by itself.
    throw new InvalidArgumentError(
      `endpoint must be a wss: or ws: URL, not ${
        JSON.stringify(publicEndpoint(String(endpoint)))
      }: use wss://notify.ppy.sh for osu!, or the emulator's ws:// URL (ws://127.0.0.1:8787/)`,
    );
  }
  const reconnect = options.reconnect === false ? undefined : reconnectPolicy(options.reconnect);
  const resolved: ResolvedOptions = {
    endpoint,
    factory: options.webSocket ?? defaultWebSocket,
    clock: options.clock ?? systemClock,
    keepaliveInterval: milliseconds("keepaliveInterval", options.keepaliveInterval, 30_000, 0),
    connectTimeout: milliseconds("connectTimeout", options.connectTimeout, 30_000, 1),
    reconnect,
  };
  if (reconnect) {
    milliseconds("reconnect.initialDelay", reconnect.initialDelay, 0, 0);
    milliseconds("reconnect.maxDelay", reconnect.maxDelay, 0, 0);
    if (!(reconnect.maxAttempts >= 1)) {
      throw new InvalidArgumentError(
        `reconnect.maxAttempts must be 1 or more, not ${reconnect.maxAttempts}; ` +
          "pass reconnect: false to never reconnect",
      );
    }
  }
  return resolved;
}

function milliseconds(name: string, value: number | undefined, fallback: number, min: number) {
  const ms = value ?? fallback;
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < min) {
    throw new InvalidArgumentError(
      `${name} must be a finite number of milliseconds, ${min} or more, not ${value}`,
    );
  }
  return ms;
}
