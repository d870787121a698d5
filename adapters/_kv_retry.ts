/**
 * Retrying Deno KV calls that failed for a passing reason. A local KV file shared by several
 * processes answers reads and commits under contention with `TypeError: database is locked`
 * (SQLite's busy error); Deno Deploy's backend does not, but the same code runs on both. A failed
 * `check` is not an error (the commit answers `ok: false`) and is left to the caller's loop.
 *
 * @module
 */
import type { Clock } from "../src/clock.ts";

/** Options of {@linkcode retryKv}. */
export interface RetryKvOptions {
  /** The clock to sleep on. */
  readonly clock: Clock;
  /** Stops retrying; rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** How long to keep retrying, in milliseconds. @default {15000} */
  readonly budgetMs?: number;
  /** A number in [0, 1) for jitter. @default {Math.random} */
  readonly random?: () => number;
}

/**
 * Whether a KV error is a passing conflict worth retrying (the SQLite backend's "database is
 * locked" or "busy").
 *
 * @param error what a KV call threw
 * @returns true when retrying may succeed
 */
export function isTransientKvError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /database is (locked|busy)|SQLITE_BUSY|SQLITE_LOCKED/i.test(error.message);
}

/**
 * Calls `operation` until it does not throw a transient KV error, backing off exponentially
 * (1 ms doubling to 64 ms, with full jitter) for at most `budgetMs`.
 *
 * @param operation the KV call
 * @param options clock, signal, budget and randomness
 * @returns what `operation` returns
 * @throws whatever `operation` throws that is not transient, or the last transient error once
 * the budget is spent, or the signal's reason
 */
export async function retryKv<T>(operation: () => Promise<T>, options: RetryKvOptions): Promise<T> {
  const { clock, signal } = options;
  const random = options.random ?? Math.random;
  const deadline = clock.now() + (options.budgetMs ?? 15_000);
  for (let attempt = 0;; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation();
    } catch (error) {
      if (!isTransientKvError(error) || clock.now() >= deadline) throw error;
    }
    await clock.sleep(backoff(attempt, random), signal);
  }
}

/**
 * The wait before retry number `attempt` (full jitter, capped at 64 ms).
 *
 * @param attempt 0 for the first retry
 * @param random a number in [0, 1)
 * @returns milliseconds
 */
export function backoff(attempt: number, random: () => number): number {
  return random() * Math.min(64, 2 ** attempt);
}
