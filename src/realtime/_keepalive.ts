/**
 * The chat keepalive while chat is on: `POST chat/ack` every interval, so public channels keep
 * sending (osu-web `_using_chat.md`: about every 30 s; `Channel::CHAT_ACTIVITY_TIMEOUT` is 60 s).
 *
 * @module
 */
import type { Clock } from "../clock.ts";

/**
 * Calls `ack` every `intervalMs` until `signal` aborts; a failure goes to `onError` and the next
 * one is tried on time.
 *
 * @param input the clock, interval, call, error sink and signal
 */
export async function keepChatAlive(input: {
  readonly clock: Clock;
  readonly intervalMs: number;
  readonly ack: (signal: AbortSignal) => Promise<unknown>;
  readonly onError: (error: unknown) => void;
  readonly signal: AbortSignal;
}): Promise<void> {
  const { clock, intervalMs, signal } = input;
  if (intervalMs <= 0) return;
  for (;;) {
    try {
      await clock.sleep(intervalMs, signal);
    } catch {
      return;
    }
    try {
      await input.ack(signal);
    } catch (error) {
      if (signal.aborted) return;
      input.onError(error);
    }
  }
}
