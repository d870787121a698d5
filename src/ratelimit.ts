/**
 * Rate limiting: what every limiter is (a queue callers wait on before each request goes out),
 * what it is told, and how long it may pause. The in-memory limiter is
 * `MemoryRateLimiter`; Deno KV and Durable Objects have their own in the adapters.
 *
 * @module
 */

/**
 * The longest a limiter pauses after one response, in milliseconds: 1 hour. osu-web's throttle
 * (Laravel's `ThrottleRequests`, one-minute decay) answers a 429 with a `Retry-After` of at most
 * 60 s; a longer one comes from a broken proxy or a hostile server, and obeying it (a
 * `Retry-After: 2592000` asks for 30 days) would stop every call. A longer pause is cut to this;
 * if osu! still refuses, the next 429 pauses again. Each waiting call still gives up on its own
 * signal.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_PAUSE_MS } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * assertEquals(DEFAULT_MAX_PAUSE_MS, 60 * 60 * 1000);
 * ```
 */
export const DEFAULT_MAX_PAUSE_MS = 3_600_000;

/** What a caller asks the limiter for. */
export interface AcquireOptions {
  /** How many units this request costs (osu-web charges `GET users` one per id). @default {1} */
  readonly cost?: number;
  /** A separate budget (osu-web throttles replay downloads on their own). */
  readonly bucket?: string;
  /** Gives up waiting; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * The most milliseconds the caller may wait for its slot. A limiter rejects with a
   * `RateLimitError` once it has waited that long, or at once when it already knows the wait is
   * longer (a pause osu! asked for). Limiters should honour it; the pipeline passes the call's
   * `maxWait`. @default {Infinity}
   */
  readonly maxWait?: number;
}

/** What the server said about the budget on a response. */
export interface RateLimitObservation {
  /** `X-RateLimit-Limit`. */
  readonly limit?: number | undefined;
  /** `X-RateLimit-Remaining`. */
  readonly remaining?: number | undefined;
  /** `Retry-After`, in seconds, on a 429. */
  readonly retryAfter?: number | undefined;
}

/** Decides when each request may go out. */
export interface RateLimiter {
  /**
   * Resolves when a request may start; counts it at once.
   *
   * @param options cost, bucket and an abort signal
   * @throws {InvalidArgumentError} when the cost is not a number of 0 or more, or more than the
   * limiter could ever grant at once (see `maxCost`): such a request is refused, never let
   * through unlimited
   * @throws the signal's reason when it aborts while waiting
   */
  acquire(options?: AcquireOptions): Promise<void>;
  /**
   * The largest cost one `acquire` can ask for (optional): the smaller of the limit per window
   * and the bucket's own cap. Callers that batch (many ids per request, each id costing one)
   * split their batches so that no request costs more.
   *
   * @param bucket the bucket the request counts in, if any
   * @returns cost units; `Infinity` when there is no cap
   */
  maxCost?(bucket?: string): number;
  /**
   * Learns from the server's rate-limit headers (optional).
   *
   * @param observation what the response said
   */
  observe?(observation: RateLimitObservation): void;
}
