/**
 * One connection to the notification server: opens the socket, waits for `connection.ready` (or
 * `{"error":"authentication failed"}`, a close, the timeout, an abort), then hands every frame
 * and the close to its owner. Nothing it reports carries the token or the client's other secrets.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { abortable } from "../_abortable.ts";
import { redact, redactSecrets } from "../_redact.ts";
import { type ParsedFrame, parseFrame } from "./_parse_event.ts";
import { eventDataRedactor } from "./_redact_event.ts";
import type { WebSocketFactory, WebSocketLike } from "./web_socket_factory.ts";
import { WebSocketError } from "./web_socket_error.ts";

/** osu! refused the token: `{"error":"authentication failed"}` (then it drops the socket). */
export class TokenRefused extends Error {}

/** What a session needs. */
export interface SessionInput {
  readonly factory: WebSocketFactory;
  readonly url: string;
  readonly token: string;
  /** The other secrets the client holds (refresh token, client secret), kept out of events too. */
  readonly secrets?: readonly string[];
  readonly clock: Clock;
  /** Milliseconds to wait for `connection.ready`. */
  readonly timeout: number;
  readonly signal: AbortSignal;
  /** Every frame but the ready/refused answer. */
  readonly onFrame: (frame: ParsedFrame) => void;
  /** The socket closed after it was ready, not by {@linkcode SocketSession.close}. */
  readonly onClose: (code: number, reason: string) => void;
}

/** An open, ready connection. */
export interface SocketSession {
  /**
   * Sends a command (`chat.start`, `chat.end`).
   *
   * @param event the command's name
   */
  send(event: string): void;
  /** Closes the socket on purpose; `onClose` is not called. */
  close(): void;
  /** Whether it is closed (on purpose or dropped; a drop has called `onClose`). */
  readonly closed: boolean;
}

/**
 * The URL without its query string and fragment, where a token could travel.
 *
 * @param url the websocket URL
 * @returns the safe form
 */
export function publicEndpoint(url: string): string {
  return url.replace(/[?#].*$/s, "");
}

/**
 * An error's message, cleaned of the token and of anything that looks like one, as a plain
 * `Error` to use as a cause (the original could carry the URL with the token).
 *
 * @param error anything thrown
 * @param secrets exact values to remove
 * @returns the clean error
 */
function cleanError(error: unknown, secrets: readonly string[]): Error {
  if (isErrorEvent(error)) {
    const inner = error.error instanceof Error ? error.error.message : undefined;
    const text = error.message || inner || "the platform gave no reason";
    // Only the secrets and query strings go: `redact` would also hide "status code: 404".
    const clean = new Error(redactSecrets(text, secrets).replace(/[?#][^\s"']*/g, ""));
    clean.name = "ErrorEvent";
    return clean;
  }
  const clean = new Error(redact(error instanceof Error ? error.message : String(error), secrets));
  clean.name = error instanceof Error ? error.name : "Error";
  return clean;
}

/**
 * Opens one connection and waits until it is ready.
 *
 * @param input the factory, URL, token, clock, timeout, signal and callbacks
 * @returns the ready session
 * @throws {TokenRefused} when osu! refused the token
 * @throws {WebSocketError} when the socket failed, closed or stayed silent first
 */
export async function openSession(input: SessionInput): Promise<SocketSession> {
  const endpoint = publicEndpoint(input.url);
  const secrets = [input.token, ...input.secrets ?? []];
  const scrub = eventDataRedactor(secrets);
  input.signal.throwIfAborted();
  let socket: WebSocketLike;
  let opening: WebSocketLike | Promise<WebSocketLike> | undefined;
  try {
    opening = input.factory(input.url, {
      headers: { authorization: `Bearer ${input.token}` },
      token: input.token,
      signal: input.signal,
    });
    // A socket made at once gets its listeners in this same task, before it can fire anything.
    socket = opening instanceof Promise ? await abortable(opening, input.signal) : opening;
  } catch (error) {
    // A socket that opens after the abort is closed at once.
    if (input.signal.aborted && opening instanceof Promise) {
      opening.then((late) => closeQuietly(late), () => {});
    }
    if (input.signal.aborted) throw input.signal.reason;
    const cause = cleanError(error, secrets);
    throw new WebSocketError(`Could not open the websocket to ${endpoint}: ${cause.message}`, {
      failure: "connect",
      endpoint,
      cause,
    });
  }
  return await new Promise<SocketSession>((resolve, reject) => {
    let ready = false;
    let done = false;
    // The platform's reason for a failed connection (Deno: "failed to connect to WebSocket: tcp
    // connect error", "Invalid status code: 404"), kept as the cause of the error.
    let failure: Error | undefined;
    const waiting = new AbortController();
    const detach = () => {
      socket.removeEventListener("message", onMessage);
      socket.removeEventListener("close", onClose);
      socket.removeEventListener("error", onError);
      input.signal.removeEventListener("abort", onAbort);
      waiting.abort();
    };
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      detach();
      closeQuietly(socket);
      reject(error);
    };
    const session: SocketSession = {
      send: (event) => {
        if (socket.readyState === 1) socket.send(JSON.stringify({ event }));
      },
      close: () => {
        if (done) return;
        done = true;
        detach();
        closeQuietly(socket, 1000);
      },
      get closed() {
        return done;
      },
    };
    function onMessage(event: Event) {
      const frame = parseFrame((event as MessageEvent).data);
      if (!ready && frame.kind === "ready") {
        ready = true;
        waiting.abort();
        resolve(session);
      } else if (!ready && frame.kind === "refused") {
        fail(new TokenRefused(redact(frame.error, secrets)));
      } else if (frame.kind === "event") {
        // Whatever the server echoes (the URL with ?access_token=, a header) loses its secrets.
        const { event: name, data } = frame.event;
        input.onFrame({
          kind: "event",
          event: { event: name, data: scrub(data) } as typeof frame.event,
        });
      }
    }
    function onError(event: Event) {
      if (!ready && isErrorEvent(event)) failure = cleanError(event, secrets);
    }
    function onClose(event: Event) {
      const { reason } = event as CloseEvent;
      const code = closeCode((event as CloseEvent).code);
      const cleanReason = redact(String(reason ?? ""), secrets);
      if (!ready) {
        const why = [cleanReason, failure?.message].filter(Boolean).join(": ");
        fail(
          new WebSocketError(
            `The websocket to ${endpoint} closed before connection.ready (code ${code}` +
              `${why ? `: ${why}` : ""}); check that the endpoint is osu!'s notification ` +
              `websocket (wss://notify.ppy.sh, or the emulator's ws:// URL) and that it is reachable`,
            { failure: "connect", endpoint, code, cause: failure },
          ),
        );
        return;
      }
      if (done) return;
      done = true;
      detach();
      input.onClose(code, cleanReason);
    }
    function onAbort() {
      fail(input.signal.reason);
    }
    // Binary frames as bytes, which can be cleaned of secrets (a Blob cannot be read at once).
    if ("binaryType" in socket) (socket as { binaryType: string }).binaryType = "arraybuffer";
    socket.addEventListener("message", onMessage);
    socket.addEventListener("close", onClose);
    socket.addEventListener("error", onError);
    input.signal.addEventListener("abort", onAbort, { once: true });
    if (socket.readyState >= 2) {
      fail(
        new WebSocketError(`The websocket to ${endpoint} closed at once`, {
          failure: "connect",
          endpoint,
          code: 1006,
        }),
      );
      return;
    }
    const timedOut = input.clock.timeout(input.timeout, waiting.signal);
    const onTimeout = () =>
      fail(
        new WebSocketError(
          `No connection.ready from ${endpoint} within ${input.timeout} ms; check the endpoint`,
          { failure: "timeout", endpoint },
        ),
      );
    // The timeout signal may be shared (systemClock): stop listening as soon as the wait ends.
    timedOut.addEventListener("abort", onTimeout, { once: true });
    waiting.signal.addEventListener(
      "abort",
      () => timedOut.removeEventListener("abort", onTimeout),
    );
  });
}

/**
 * A close code as osu-ts reports it: 1006 (closed abnormally) where the platform gives none, or
 * 0 as Deno does when the connection failed.
 *
 * @param code the platform's code
 * @returns the code to report
 */
function closeCode(code: number | undefined): number {
  return code === undefined || code === 0 ? 1006 : code;
}

/** The `error` event of the platform's `WebSocket` (Deno, Bun and Node give an `ErrorEvent`). */
function isErrorEvent(value: unknown): value is Event & { message?: string; error?: unknown } {
  return typeof Event === "function" && value instanceof Event &&
    (typeof (value as { message?: unknown }).message === "string" || "error" in value);
}

function closeQuietly(socket: WebSocketLike, code?: number): void {
  try {
    if (socket.readyState < 2) socket.close(code);
  } catch {
    // already closing
  }
}
