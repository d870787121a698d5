/**
 * The options every `Client` takes.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { FetchFunction } from "../http.ts";
import type { Hooks } from "../hooks.ts";
import type { RateLimiter } from "../ratelimit.ts";
import type { RetryOptions } from "../retry.ts";
import type { TokenStore } from "../auth/token_store.ts";

/**
 * The `x-api-version` sent by default: `20241022`, the newest version whose changes are known
 * (scores in the lazer format since 20220705, the new `GET rooms` since 20240529, `GET friends`
 * returning UserRelation objects since 20241022; see NOTES.md). The models follow it.
 */
export const DEFAULT_API_VERSION = "20241022";

/** Options of `Client`. All are optional. */
export interface ClientOptions {
  /** Sends every request, token requests included. @default {globalThis.fetch} */
  readonly fetch?: FetchFunction;
  /** The osu! host. @default {"https://osu.ppy.sh"} */
  readonly baseUrl?: string;
  /** The `x-api-version` header (`YYYYMMDD`). @default {"20241022"} */
  readonly apiVersion?: string;
  /** Seconds between request starts (as osu.py). @default {1} */
  readonly requestWaitTime?: number;
  /** Requests allowed in any minute (as osu.py). @default {60} */
  readonly limitPerMinute?: number;
  /** Replaces the in-memory limiter built from `requestWaitTime` and `limitPerMinute`. */
  readonly rateLimiter?: RateLimiter;
  /** Where tokens are kept (used by `fromClientCredentials` and `fromOsuCredentials`). */
  readonly tokenStore?: TokenStore;
  /**
   * Milliseconds before each attempt gives up with a `TimeoutError`; 0 turns it off. On the
   * system clock, requests that start close together share one timer, so an attempt may run up to
   * 1/20 of the timeout (at most 1 s) longer. Retries have their own budget (`retry.maxTime`).
   * @default {30000}
   */
  readonly timeout?: number;
  /** Cancels every call of this client. */
  readonly signal?: AbortSignal;
  /** The clock (inject a fake one in tests). @default {systemClock} */
  readonly clock?: Clock;
  /** The retry budget of every call; `false` turns retrying off. @default {DEFAULT_RETRY} */
  readonly retry?: RetryOptions | false;
  /** Callbacks on requests, responses, retries and 429s (they never see a secret). */
  readonly hooks?: Hooks;
}

/** Options of one call. */
export interface CallOptions {
  /** Cancels this call (also while it waits in the rate limiter). */
  readonly signal?: AbortSignal;
  /** Milliseconds before each attempt of this call gives up; overrides the client's. */
  readonly timeout?: number;
  /** This call's retry budget; `false` turns retrying off. */
  readonly retry?: RetryOptions | false;
}
