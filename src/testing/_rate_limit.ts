/**
 * Per-token fixed-window rate limiting, like Laravel's `ThrottleRequests` as osu-web uses it
 * (`App\Http\Middleware\ThrottleRequests`: keyed by token, hit after the action with the cost
 * the action set). Replay downloads have their own bucket of 10 per window.
 *
 * @module
 */
import { json } from "./_http.ts";
import type { EmulatorState } from "./_state.ts";

/** Replay downloads per window (config/osu.php `api.throttle.scores_download`). */
export const REPLAY_LIMIT = 10;

/** A bucket's answer. */
export interface Throttle {
  readonly limit: number;
  readonly key: string;
}

function bucketFor(state: EmulatorState, key: string) {
  const now = state.clock.now();
  let bucket = state.buckets.get(key);
  if (!bucket || now >= bucket.resetAt) {
    bucket = { hits: 0, resetAt: now + state.windowMs };
    state.buckets.set(key, bucket);
  }
  return bucket;
}

/**
 * The 429 response when the bucket is already full, else undefined.
 *
 * @param state the state
 * @param throttle the bucket
 * @returns the 429 or undefined
 */
export function tooManyAttempts(state: EmulatorState, throttle: Throttle): Response | undefined {
  const bucket = bucketFor(state, throttle.key);
  if (bucket.hits < throttle.limit) return undefined;
  const now = state.clock.now();
  const retryAfter = Math.max(1, Math.ceil((bucket.resetAt - now) / 1000));
  const response = json({ error: "Too Many Attempts." }, 429);
  response.headers.set("X-RateLimit-Limit", String(throttle.limit));
  response.headers.set("X-RateLimit-Remaining", "0");
  response.headers.set("Retry-After", String(retryAfter));
  response.headers.set("X-RateLimit-Reset", String(Math.ceil(bucket.resetAt / 1000)));
  return response;
}

/**
 * Counts a request and sets the headers on its response.
 *
 * @param state the state
 * @param throttle the bucket
 * @param cost how many hits the request costs
 * @param response the response to decorate
 */
export function hit(
  state: EmulatorState,
  throttle: Throttle,
  cost: number,
  response: Response,
): void {
  const bucket = bucketFor(state, throttle.key);
  bucket.hits += cost;
  response.headers.set("X-RateLimit-Limit", String(throttle.limit));
  response.headers.set("X-RateLimit-Remaining", String(Math.max(0, throttle.limit - bucket.hits)));
}
