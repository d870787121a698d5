/**
 * After an unplanned drop: wait (back-off with jitter), open again, and repeat until a connection
 * is ready, the websocket is closed, an error says trying again cannot help, or the attempts run out.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { AuthError } from "../errors.ts";
import { reconnectDelay, type ReconnectPolicy } from "./_backoff.ts";
import type { SocketSession } from "./_socket_session.ts";
import type { NotificationWebsocketEventMap } from "./notification_events.ts";
import { WebSocketError } from "./web_socket_error.ts";

/** What the loop needs. */
export interface ReconnectInput {
  readonly policy: ReconnectPolicy;
  readonly clock: Clock;
  /** Aborts when the websocket closes. */
  readonly signal: AbortSignal;
  /** The drop that started it. */
  readonly first: { readonly code: number; readonly reason: string };
  /** One connection attempt (with its own token refresh). */
  readonly open: () => Promise<SocketSession>;
  /** Emits `disconnect` before each wait. */
  readonly emit: (event: "disconnect", data: NotificationWebsocketEventMap["disconnect"]) => void;
  /** The endpoint without secrets, for the final error. */
  readonly endpoint: string;
}

/** How it ended. */
export type ReconnectOutcome =
  | { readonly ok: true; readonly session: SocketSession; readonly attempts: number }
  | { readonly ok: false; readonly error: Error };

/**
 * Whether trying again cannot help: osu! refused a fresh token, or refused to refresh it (the
 * user must log in again).
 *
 * @param error why an attempt failed
 * @returns true to give up
 */
function isFatal(error: unknown): boolean {
  return (error instanceof WebSocketError && error.failure === "authentication") ||
    (error instanceof AuthError && error.status >= 400 && error.status < 500);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Reconnects.
 *
 * @param input the policy, clock, signal, first drop, opener and error rule
 * @returns the new session, or why it gave up (also when the websocket was closed meanwhile)
 */
export async function reconnectLoop(input: ReconnectInput): Promise<ReconnectOutcome> {
  const { policy, signal } = input;
  let { code, reason } = input.first;
  for (let attempt = 1;; attempt++) {
    if (attempt > policy.maxAttempts) {
      input.emit("disconnect", { code, reason, willReconnect: false, delay: 0, attempt });
      return {
        ok: false,
        error: new WebSocketError(
          `Gave up reconnecting to ${input.endpoint} after ${policy.maxAttempts} attempts ` +
            `(last close code ${code})`,
          { failure: "reconnect", endpoint: input.endpoint, code },
        ),
      };
    }
    const delay = reconnectDelay(attempt, policy);
    input.emit("disconnect", { code, reason, willReconnect: true, delay, attempt });
    try {
      await input.clock.sleep(delay, signal);
      return { ok: true, session: await input.open(), attempts: attempt };
    } catch (error) {
      if (signal.aborted) return { ok: false, error: asError(signal.reason) };
      if (isFatal(error)) return { ok: false, error: asError(error) };
      code = error instanceof WebSocketError ? error.code ?? 1006 : 1006;
      reason = error instanceof Error ? error.message : String(error);
    }
  }
}
