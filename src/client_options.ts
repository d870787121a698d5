/**
 * The options every `Client` takes.
 *
 * @module
 */
import type { Clock } from "./clock.ts";
import type { PathParams, QueryParams } from "./endpoint_descriptor.ts";
import type { FetchFunction } from "./http.ts";
import type { Hooks } from "./hooks.ts";
import type { RateLimiter } from "./ratelimit.ts";
import type { RetryOptions } from "./retry.ts";
import type { TokenStore } from "./auth/token_store.ts";
import type { MaxResponseBytes } from "./response_limits.ts";

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
   * Milliseconds before each attempt on the network gives up with a `TimeoutError`; 0 turns it
   * off. Waiting before the request is sent is bounded by `maxWait` instead, and retries have their
   * own budget (`retry.maxTime`). Token requests use the smaller of this and 80% of the auth
   * handler's `leaseTtl` (8 s by default), so a refresh gives up before another isolate may start
   * one.
   * @default {30000}
   */
  readonly timeout?: number;
  /**
   * The most milliseconds a call may wait before it is sent: in the rate limiter's queue and for
   * a pause osu! asked for (`Retry-After`). A call that would wait longer rejects with a
   * `RateLimitError` (at once when osu! asked for a longer pause). Time on the network is bounded
   * by `timeout` instead. `Infinity` waits as long as it takes.
   * @default {300000}
   */
  readonly maxWait?: number;
  /**
   * The most bytes read of one answer: `json` for JSON answers, `bytes` for downloads (replays,
   * `.osz`). A longer answer is cut off there (its stream cancelled, so memory stays bounded) and
   * the call rejects with a `ResponseTooLargeError`. osu!'s largest JSON answers are under 1 MB (a
   * beatmapset with 200 difficulties and their converts: about 0.85 MB; see https://github.com/osu-ts/api/blob/main/docs/reliability.md).
   * @default {DEFAULT_MAX_RESPONSE_BYTES} (`{ json: 16 MiB, bytes: 64 MiB }`)
   */
  readonly maxResponseBytes?: MaxResponseBytes;
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
  /** The most milliseconds this call may wait before it is sent; overrides the client's. */
  readonly maxWait?: number;
}

/** What a request function hands to `Client.request` (and what each method hands to the pipeline). */
export interface CallInput extends CallOptions {
  /** Values of the path template's `{name}` segments. */
  readonly path?: PathParams;
  /** Query parameters (osu-web's encoding). */
  readonly query?: QueryParams;
  /** A JSON body (an object) or a multipart body (`FormData`). */
  readonly body?: unknown;
  /** Rate-limit cost. @default {1} */
  readonly cost?: number;
}
