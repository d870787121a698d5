/**
 * The rules every rate limiter shares (in memory, in Deno KV, in a Durable Object): which costs
 * can be granted at all, and how long to pause after a response (`Retry-After` on a 429, or a
 * spread when osu!'s remaining budget runs low; never longer than the limiter's `maxPauseMs`).
 *
 * @module
 */
import { RateLimitError } from "./errors.ts";
import type { RateLimitObservation } from "./ratelimit.ts";

/** The knobs the pause depends on. */
export interface PauseKnobs {
  /** Cost units per window (when osu! does not say `X-RateLimit-Limit`). */
  readonly limit: number;
  /** The window's length in milliseconds. */
  readonly windowMs: number;
  /** The longest pause in milliseconds. */
  readonly maxPauseMs: number;
}

/**
 * The pause a response asks for: after a 429 with `Retry-After`, that long; when
 * `X-RateLimit-Remaining` is 0, a whole window; when it is at or below 5 % of the limit, the
 * window spread over what remains. Capped at `maxPauseMs`, so a huge or hostile `Retry-After`
 * (30 days) pauses the limiter, never stops it for good.
 *
 * @param observation what the response said
 * @param knobs the limit, the window and the longest pause
 * @returns milliseconds (0 for none)
 */
export function pauseAfter(observation: RateLimitObservation, knobs: PauseKnobs): number {
  const { retryAfter, remaining, limit } = observation;
  let pause = 0;
  if (retryAfter !== undefined && retryAfter >= 0) pause = retryAfter * 1000;
  else if (remaining !== undefined && Number.isFinite(remaining) && remaining >= 0) {
    const low = Math.max(1, Math.floor((limit ?? knobs.limit) * 0.05));
    if (remaining === 0) pause = knobs.windowMs;
    else if (remaining <= low) pause = knobs.windowMs / remaining;
  }
  return pause > 0 ? Math.min(pause, knobs.maxPauseMs) : 0;
}

/**
 * Why a cost can never be granted, or `undefined` when it can: it must be a number of 0 or more
 * and fit in the limit per window and in the bucket's cap. A cost above a cap would otherwise
 * have to be let through unlimited or wait forever; it is refused instead.
 *
 * @param cost the request's cost units
 * @param limit units per window
 * @param bucket the request's bucket, if any
 * @param bucketLimits the caps per bucket
 * @returns the message for an `InvalidArgumentError`, or `undefined`
 */
export function costProblem(
  cost: number,
  limit: number,
  bucket: string | undefined,
  bucketLimits: Readonly<Record<string, number>>,
): string | undefined {
  if (!(cost >= 0) || !Number.isFinite(cost)) {
    return `A request's cost must be a number of 0 or more, not ${cost}`;
  }
  if (cost > limit) {
    return `A request costs ${cost}, more than the limit of ${limit} per window: ` +
      "split it into smaller requests (the limiter's maxCost() says the most one may cost)";
  }
  const bucketLimit = bucketCap(bucketLimits, bucket);
  if (bucketLimit !== undefined && cost > bucketLimit) {
    return `A request costs ${cost}, more than the "${bucket}" bucket's limit of ${bucketLimit} ` +
      "per window: split it into smaller requests";
  }
  return undefined;
}

/**
 * The cap of `bucket`, if it has one (own keys only: a bucket named `"constructor"` has none).
 *
 * @param bucketLimits the caps per bucket
 * @param bucket the bucket, if any
 * @returns the cap, or `undefined`
 */
export function bucketCap(
  bucketLimits: Readonly<Record<string, number>>,
  bucket: string | undefined,
): number | undefined {
  return bucket !== undefined && Object.hasOwn(bucketLimits, bucket)
    ? bucketLimits[bucket]
    : undefined;
}

/**
 * The largest cost one request can have: the limit per window, or the bucket's cap when lower.
 *
 * @param limit units per window
 * @param bucketLimits the caps per bucket
 * @param bucket the request's bucket, if any
 * @returns cost units
 */
export function maxCostOf(
  limit: number,
  bucketLimits: Readonly<Record<string, number>>,
  bucket: string | undefined,
): number {
  return Math.min(limit, bucketCap(bucketLimits, bucket) ?? Infinity);
}

/**
 * The error for a caller whose slot is further away than its `maxWait` (the pipeline names the
 * call in its message).
 *
 * @param maxWait the caller's budget, in milliseconds
 * @param waitMs how far away its slot is, in milliseconds
 * @param cause `"pause"` when the wait is osu!'s pause (a `Retry-After`), `"slot"` otherwise
 * @returns the error, with `retryAfter` in seconds
 */
export function slotTooFar(
  maxWait: number,
  waitMs: number,
  cause: "slot" | "pause" = "slot",
): RateLimitError {
  const retryAfter = waitMs > 0 ? Math.ceil(waitMs / 1000) : undefined;
  const tail = cause === "pause"
    ? `; osu! asked to pause for ${retryAfter} s more`
    : `; the next free slot is ${retryAfter} s away`;
  return new RateLimitError(
    `The rate limiter could not grant a slot within maxWait (${maxWait} ms)` +
      (retryAfter === undefined ? "" : tail),
    { status: 0, endpoint: "rateLimiter", retryAfter },
  );
}
