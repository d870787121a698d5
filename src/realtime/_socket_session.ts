/**
 * One connection to the notification server: opens the socket, waits for `connection.ready` (or
 * `{"error":"authentication failed"}`, a close, the timeout, an abort), then hands every frame
 * and the close to its owner. Nothing it reports carries the token.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { abortable } from "../_abortable.ts";
import { redact } from "../_redact.ts";
import { type ParsedFrame, parseFrame } from "./_parse_event.ts";
import type { WebSocketFactory, WebSocketLike } from "./web_socket_factory.ts";
import { WebSocketError } from "./web_socket_error.ts";

/** osu! refused the token: `{"error":"authentication failed"}` (then it drops the socket). */
export class TokenRefused extends Error {}

/** What a session needs. */
export interface SessionInput {
  readonly factory: WebSocketFactory;
  readonly url: string;
  readonly token: string;
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
export function cleanError(error: unknown, secrets: readonly string[]): Error {
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
  const secrets = [input.token];
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
    const waiting = new AbortController();
    const detach = () => {
      socket.removeEventListener("message", onMessage);
      socket.removeEventListener("close", onClose);
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
      } else if (frame.kind !== "ready") {
        input.onFrame(frame);
      }
    }
    function onClose(event: Event) {
      const { code, reason } = event as CloseEvent;
      const cleanReason = redact(String(reason ?? ""), secrets);
      if (!ready) {
        fail(
          new WebSocketError(
            `The websocket to ${endpoint} closed before connection.ready (code ${code ?? 1006}` +
              `${cleanReason ? `: ${cleanReason}` : ""})`,
            { failure: "connect", endpoint, code: code ?? 1006 },
          ),
        );
        return;
      }
      if (done) return;
      done = true;
      detach();
      input.onClose(code ?? 1006, cleanReason);
    }
    function onAbort() {
      fail(input.signal.reason);
    }
    socket.addEventListener("message", onMessage);
    socket.addEventListener("close", onClose);
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

function closeQuietly(socket: WebSocketLike, code?: number): void {
  try {
    if (socket.readyState < 2) socket.close(code);
  } catch {
    // already closing
  }
}
