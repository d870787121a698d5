/**
 * The errors of the notification websocket. Like every osu-ts error they never carry a token:
 * the endpoint is given without its query string, and messages and causes are cleaned of it.
 *
 * @module
 */
import { OsuError } from "../errors.ts";

/** Why a connection attempt or a connection failed. */
export type WebSocketFailure =
  /** The socket could not be opened, or closed before `connection.ready`. */
  | "connect"
  /** No `connection.ready` came within `connectTimeout`. */
  | "timeout"
  /** osu! answered `{"error":"authentication failed"}`, also with a fresh token. */
  | "authentication"
  /** Reconnecting gave up after `reconnect.maxAttempts` attempts. */
  | "reconnect"
  /** The websocket is closed, or not connected yet, so the command cannot be sent. */
  | "state";

/**
 * The notification websocket failed.
 *
 * @example Branch on the kind of failure
 * ```ts
 * import { WebSocketError } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const error = new WebSocketError("No connection.ready within 30000 ms", {
 *   failure: "timeout",
 *   endpoint: "wss://notify.ppy.sh",
 * });
 * assertEquals(error.failure, "timeout");
 * ```
 */
export class WebSocketError extends OsuError {
  /** What failed. */
  readonly failure: WebSocketFailure;
  /** The websocket URL, without its query string (where a token could travel). */
  readonly endpoint: string;
  /** The close code, when the socket closed. */
  readonly code: number | undefined;

  /**
   * Creates the instance.
   *
   * @param message what went wrong and what to do
   * @param init the failure, the endpoint, the close code and the cause (already cleaned of secrets)
   */
  constructor(
    message: string,
    init: {
      readonly failure: WebSocketFailure;
      readonly endpoint: string;
      readonly code?: number | undefined;
      readonly cause?: unknown;
    },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.failure = init.failure;
    this.endpoint = init.endpoint;
    this.code = init.code;
  }
}
