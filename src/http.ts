/**
 * The HTTP handler: one pipeline every request goes through, token requests included.
 * Stages: wait for the rate limiter → fetch (with timeout and abort) → learn from the rate-limit
 * headers → decode the body or build the typed error. The client adds the stages before it
 * (build the request, check the scope, get a token).
 *
 * @module
 */
import { type Clock, systemClock } from "./clock.ts";
import type { HttpMethod, ResponseKind } from "./endpoint.ts";
import { NetworkError, OsuApiError, OsuError, RateLimitError, TimeoutError } from "./errors.ts";
import { callHook, type Hooks, type RequestInfo } from "./hooks.ts";
import type { RateLimiter } from "./ratelimit.ts";
import { DEFAULT_RETRY, isRetryable, retryDelay, type RetryOptions } from "./retry.ts";
import { decodeBody, errorFromResponse, rateLimitHeaders } from "./_decode.ts";
import { redact, redactError } from "./_redact.ts";

/** The `fetch` the library calls: the platform's, or any function with its signature. */
export type FetchFunction = (
  input: Request | URL | string,
  init?: RequestInit,
) => Promise<Response>;

/** One request, ready to send. */
export interface PreparedRequest {
  /** The endpoint's name, for errors and hooks (`"token"` for OAuth). */
  readonly endpoint: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL. */
  readonly url: URL;
  /** The headers (a plain record is cheapest for `fetch` to read). */
  readonly headers: HeadersInit;
  /** The body, for writes. */
  readonly body?: BodyInit | undefined;
  /** How to decode the response. */
  readonly response: ResponseKind;
  /** Rate-limit cost. @default {1} */
  readonly cost?: number | undefined;
  /** Rate-limit bucket. */
  readonly bucket?: string | undefined;
  /** Cancels the request (and the wait before it). */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds before the attempt gives up with a `TimeoutError`; 0 turns it off. */
  readonly timeout?: number | undefined;
  /** Whether sending it again cannot do a thing twice (GETs, and writes marked safe). */
  readonly idempotent?: boolean | undefined;
  /** This call's retry budget; `false` turns retrying off. */
  readonly retry?: RetryOptions | false | undefined;
  /** Values (token, secret, password) that must never appear in an error built from the answer. */
  readonly secrets?: readonly string[] | undefined;
}

/** Options of {@linkcode HttpHandler}. */
export interface HttpHandlerOptions {
  /** The fetch function. @default {globalThis.fetch} */
  readonly fetch?: FetchFunction | undefined;
  /** The clock for timeouts. @default {systemClock} */
  readonly clock?: Clock | undefined;
  /** Waited on before every request; none when omitted. */
  readonly rateLimiter?: RateLimiter | undefined;
  /** Default timeout in milliseconds; 0 turns it off. @default {30000} */
  readonly timeout?: number | undefined;
  /** Default retry budget; `false` turns retrying off. @default {DEFAULT_RETRY} */
  readonly retry?: RetryOptions | false | undefined;
  /** Callbacks on requests, responses, retries and 429s. */
  readonly hooks?: Hooks | undefined;
}

/**
 * Sends prepared requests through the rate limiter and `fetch`, and decodes the answers.
 *
 * @example Send a request through the pipeline
 * ```ts
 * import { HttpHandler } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const http = new HttpHandler({ fetch: () => Promise.resolve(Response.json({ ok: 1 })) });
 * const body = await http.send({
 *   endpoint: "example", method: "GET", url: new URL("https://osu.ppy.sh/api/v2/x"),
 *   headers: { accept: "application/json" }, response: "json",
 * });
 * assertEquals(body, { ok: 1 });
 * ```
 */
export class HttpHandler {
  /** The clock used for timeouts. */
  readonly clock: Clock;
  /** The limiter, if any. */
  readonly rateLimiter: RateLimiter | undefined;
  readonly #fetch: FetchFunction;
  /** Whether `#fetch` is the platform's, which honours its signal. */
  readonly #platformFetch: boolean;
  readonly #timeout: number;
  readonly #retry: RetryOptions | false;
  readonly #hooks: Hooks;
  #timeoutSlot: { signal: AbortSignal; until: number; timeoutMs: number } | undefined;

  /**
   * Creates the instance.
   *
   * @param options fetch, clock, limiter and default timeout
   */
  constructor(options: HttpHandlerOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#platformFetch = options.fetch === undefined;
    this.clock = options.clock ?? systemClock;
    this.rateLimiter = options.rateLimiter;
    this.#timeout = options.timeout ?? 30_000;
    this.#retry = options.retry ?? {};
    this.#hooks = options.hooks ?? {};
  }

  /**
   * Waits for the limiter, sends the request, and decodes the answer; retries what is safe to
   * retry (429 always; 502/503/504, network failures and timeouts when idempotent) within the
   * retry budget, waiting `Retry-After` or an exponential back-off with jitter.
   *
   * @param request the prepared request
   * @returns the decoded body
   * @throws {OsuApiError} a subclass for each kind of failure; an aborted call rejects with the
   * signal's reason
   */
  async send(request: PreparedRequest): Promise<unknown> {
    const { signal } = request;
    const started = this.clock.now();
    for (let attempt = 1;; attempt++) {
      signal?.throwIfAborted();
      await this.rateLimiter?.acquire({ cost: request.cost, bucket: request.bucket, signal });
      signal?.throwIfAborted(); // an abort that landed as the limiter let the request go
      const info: RequestInfo = {
        endpoint: request.endpoint,
        method: request.method,
        url: request.url.toString(),
        attempt,
      };
      try {
        return await this.#attempt(request, info);
      } catch (caught) {
        // The last guard: no field of the error (or its causes) may hold a secret of the request.
        const error = redactError(caught, request.secrets ?? [], isOsuError);
        if (error instanceof RateLimitError) {
          callHook(this.#hooks.onRateLimit, { ...info, retryAfter: error.retryAfter });
        }
        const budget = this.#budget(request);
        if (attempt > budget.retries || !isRetryable(error, request.idempotent ?? false)) {
          throw error;
        }
        const delayMs = retryDelay(error, attempt, budget);
        if (this.clock.now() + delayMs - started > budget.maxTime) throw error;
        callHook(this.#hooks.onRetry, { ...info, error, delayMs });
        await this.clock.sleep(delayMs, signal);
      }
    }
  }

  /** The retry budget of a request: the defaults, the handler's, the request's. */
  #budget(request: PreparedRequest): Required<RetryOptions> {
    return request.retry === false || this.#retry === false
      ? { ...DEFAULT_RETRY, retries: 0 }
      : { ...DEFAULT_RETRY, ...this.#retry, ...request.retry };
  }

  /** One attempt: fetch and decode, bounded by the timeout and the caller's signal. */
  async #attempt(request: PreparedRequest, info: RequestInfo): Promise<unknown> {
    const timeoutMs = request.timeout ?? this.#timeout;
    const { signal } = request;
    callHook(this.#hooks.onRequest, info);
    const sentAt = this.clock.now();
    if (timeoutMs <= 0 && !signal) {
      return await this.#exchange(request, info, sentAt, undefined, () => undefined);
    }
    const timedOut = () => timeoutError(request.endpoint, timeoutMs);
    if (this.#platformFetch && timeoutMs > 0 && this.clock === systemClock) {
      // The platform's fetch honours its signal, so the platform's (shared) timeout signal is all
      // it takes: no timer to clear and no race per request (the fast path).
      const timeout = this.#sharedTimeout(timeoutMs);
      const fetchSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      const reason = () => signal?.aborted ? signal.reason : timedOut();
      return await this.#exchange(request, info, sentAt, fetchSignal, reason);
    }
    // `early` settles the call at once when the caller aborts or the timeout passes, even if the
    // fetch function (an injected one) ignores its signal.
    let rejectEarly: (reason: unknown) => void = () => {};
    const early = new Promise<never>((_, reject) => rejectEarly = reject);
    early.catch(() => {});
    let fetchSignal: AbortSignal;
    let reason: () => unknown;
    let cleanup: () => void;
    if (timeoutMs > 0 && this.clock === systemClock) {
      // The platform's timeout signal: no timer to clear per request (the cheap path).
      const timeout = this.#sharedTimeout(timeoutMs);
      fetchSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      reason = () => signal?.aborted ? signal.reason : timedOut();
      const onTimeout = () => rejectEarly(timedOut());
      timeout.addEventListener("abort", onTimeout, { once: true });
      cleanup = () => timeout.removeEventListener("abort", onTimeout);
    } else {
      const controller = new AbortController();
      fetchSignal = controller.signal;
      reason = () => controller.signal.reason;
      const timer = timeoutMs > 0 ? new AbortController() : undefined;
      if (timer) {
        this.clock.sleep(timeoutMs, timer.signal).then(() => {
          const error = timedOut();
          controller.abort(error);
          rejectEarly(error);
        }, () => {});
      }
      const forward = () => controller.abort(signal?.reason);
      signal?.addEventListener("abort", forward, { once: true });
      cleanup = () => {
        timer?.abort(SETTLED);
        signal?.removeEventListener("abort", forward);
      };
    }
    const onAbort = () => rejectEarly(signal?.reason);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const work = this.#exchange(request, info, sentAt, fetchSignal, reason);
      work.catch(() => {});
      return await Promise.race([work, early]);
    } finally {
      cleanup();
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /**
   * A platform timeout signal shared by the requests that start within one short slot (1/20 of
   * the timeout, at most 1 s): one timer per slot instead of per request. Each request's timeout
   * is then at least `timeoutMs` and at most one slot longer.
   */
  #sharedTimeout(timeoutMs: number): AbortSignal {
    const now = this.clock.now();
    const slot = this.#timeoutSlot;
    if (slot && slot.timeoutMs === timeoutMs && now < slot.until) return slot.signal;
    const slotMs = Math.min(1000, Math.max(1, Math.floor(timeoutMs / 20)));
    const signal = AbortSignal.timeout(timeoutMs + slotMs);
    this.#timeoutSlot = { signal, until: now + slotMs, timeoutMs };
    return signal;
  }

  /** Sends the request and reads the answer into a value or a typed error. */
  async #exchange(
    request: PreparedRequest,
    info: RequestInfo,
    sentAt: number,
    signal: AbortSignal | undefined,
    abortReason: () => unknown,
  ): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
      });
    } catch (cause) {
      throw signal?.aborted
        ? abortReason()
        : this.#networkError(request, cause, "before a response");
    }
    if (this.rateLimiter?.observe) this.rateLimiter.observe(rateLimitHeaders(response, this.clock));
    const status = response.status;
    const secrets = request.secrets ?? [];
    try {
      if (status >= 400) throw await errorFromResponse(request.endpoint, response, secrets);
      return await decodeBody(request.endpoint, response, request.response, secrets);
    } catch (error) {
      if (error instanceof OsuApiError) throw error;
      // The body broke off (connection reset mid-way): a network failure, retried for reads.
      throw signal?.aborted
        ? abortReason()
        : this.#networkError(request, error, "while reading the answer");
    } finally {
      callHook(this.#hooks.onResponse, { ...info, status, durationMs: this.clock.now() - sentAt });
    }
  }

  #networkError(request: PreparedRequest, cause: unknown, when: string): NetworkError {
    const reason = redact(cause instanceof Error ? cause.message : String(cause), request.secrets);
    return new NetworkError(`${request.endpoint}: the request failed ${when} (${reason})`, {
      status: 0,
      endpoint: request.endpoint,
      cause: cause instanceof Error ? new Error(reason) : undefined,
    });
  }
}

function isOsuError(value: unknown): value is OsuError {
  return value instanceof OsuError;
}

/** The reason a finished attempt's timer is cancelled with (made once: building one costs). */
const SETTLED = new Error("settled");

function timeoutError(endpoint: string, timeoutMs: number): OsuApiError {
  return new TimeoutError(`${endpoint}: no response within ${timeoutMs} ms`, {
    status: 0,
    endpoint,
    timeoutMs,
  });
}
