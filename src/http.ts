/**
 * The request pipeline. Every request to osu! goes through {@linkcode HttpHandler}, whose stages
 * read top to bottom in this file:
 *
 * 1. **build** the request: URL, query, headers, body (`request`);
 * 2. **check** the endpoint's grant and scope before anything is sent (`authorize`, from
 *    `auth/_authorize.ts`);
 * 3. **token**: the auth handler owns it (cache, single-flight refresh); a 401 invalidates it and
 *    the call goes round once more with a fresh one (`#run`);
 * 4. **rate limiter**: wait for a slot, bounded by `maxWait` (`#run`);
 * 5. **fetch** with the clock's timeout and the caller's signal (`#attempt`);
 * 6. **decode** the body, or build the typed error (`#attempt`, with `_decode.ts`);
 * 7. **retry**: one loop decides whether and when to go again (`#run`).
 *
 * Token requests enter at stage 4 (`send`): they pass the same limiter, retry loop and decoding,
 * without the token stage.
 *
 * @module
 */
import { type Clock, systemClock } from "./clock.ts";
import type { Endpoint, HttpMethod, ResponseKind } from "./endpoint_descriptor.ts";
import {
  NetworkError,
  OsuApiError,
  OsuError,
  RateLimitError,
  TimeoutError,
  UnauthorizedError,
} from "./errors.ts";
import type { Hooks, RequestInfo } from "./hooks.ts";
import type { RateLimiter } from "./ratelimit.ts";
import { DEFAULT_RETRY, type RetryOptions } from "./retry.ts";
import type { BaseAuthHandler } from "./auth/base_auth_handler.ts";
import { secretValues } from "./auth/_transport.ts";
import { authorize } from "./auth/_authorize.ts";
import type { CallInput } from "./requests/_context.ts";
import { decodeBody, errorFromResponse, rateLimitHeaders } from "./_decode.ts";
import { DEFAULT_MAX_RESPONSE_BYTES, type MaxResponseBytes } from "./response_limits.ts";
import { callHook } from "./_hooks_call.ts";
import { anySignal } from "./_abortable.ts";
import { redact, redactError, redactSecrets } from "./_redact.ts";
import { appendQuery } from "./_query.ts";
import { fillPath } from "./_path.ts";
import { isRetryable, retryDelay } from "./_retry_rules.ts";
import { checkBaseUrl } from "./_base_url.ts";

/** The `fetch` the library calls: the platform's, or any function with its signature. */
export type FetchFunction = (
  input: Request | URL | string,
  init?: RequestInit,
) => Promise<Response>;

export { DEFAULT_BASE_URL } from "./_base_url.ts";

/** How long a call may wait before it is sent (rate limiter, `Retry-After`), in ms: 5 minutes. */
export const DEFAULT_MAX_WAIT = 300_000;

/** The default timeout of one attempt on the network, in ms. */
export const DEFAULT_TIMEOUT = 30_000;

/** One request, ready to send (what {@linkcode HttpHandler.send} takes). */
export interface PreparedRequest {
  /** The endpoint's name, for errors and hooks (`"token"` for OAuth). */
  readonly endpoint: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL. */
  readonly url: URL;
  /** The headers (a plain record is cheapest for `fetch` to read). */
  readonly headers: Record<string, string>;
  /** The body, for writes. */
  readonly body?: BodyInit | undefined;
  /** How to decode the response. */
  readonly response: ResponseKind;
  /** Rate-limit cost. @default {1} */
  readonly cost?: number | undefined;
  /** Rate-limit bucket. */
  readonly bucket?: string | undefined;
  /** Cancels the request (and the waits before it). */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds before the attempt gives up with a `TimeoutError`; 0 turns it off. */
  readonly timeout?: number | undefined;
  /** The most milliseconds this call may wait before it is sent. */
  readonly maxWait?: number | undefined;
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
  /** The clock for timeouts, waits and back-off. @default {systemClock} */
  readonly clock?: Clock | undefined;
  /** Waited on before every request; none when omitted. */
  readonly rateLimiter?: RateLimiter | undefined;
  /** Default timeout of one attempt, in ms; 0 turns it off. @default {30000} */
  readonly timeout?: number | undefined;
  /** Default most ms a call may wait before it is sent. @default {300000} */
  readonly maxWait?: number | undefined;
  /** Default retry budget; `false` turns retrying off. @default {DEFAULT_RETRY} */
  readonly retry?: RetryOptions | false | undefined;
  /** Callbacks on requests, responses, retries and 429s. */
  readonly hooks?: Hooks | undefined;
  /** The auth handler that supplies tokens to `request`; none: only token-less endpoints work. */
  readonly auth?: BaseAuthHandler | undefined;
  /** The osu! host. @default {"https://osu.ppy.sh"} */
  readonly baseUrl?: string | undefined;
  /** The `x-api-version` header `request` sends; none when omitted. */
  readonly apiVersion?: string | undefined;
  /** Cancels every request of this handler. */
  readonly signal?: AbortSignal | undefined;
  /**
   * The most bytes read of one answer, by kind; a longer one is a `ResponseTooLargeError`.
   * @default {DEFAULT_MAX_RESPONSE_BYTES} (16 MiB of JSON, 64 MiB of a download)
   */
  readonly maxResponseBytes?: MaxResponseBytes | undefined;
}

/**
 * The request pipeline (osu.py's `HTTPHandler`): builds requests from endpoint descriptors, checks
 * scope and grant, adds the token, waits for the rate limiter, sends with a timeout, decodes the
 * answer into a value or a typed error, and retries what is safe to retry. `Client` makes one.
 *
 * @example Send a request through the pipeline
 * ```ts
 * import { HttpHandler } from "@osu-ts/api";
 * import { assertEquals } from "@std/assert";
 *
 * const http = new HttpHandler({ fetch: () => Promise.resolve(Response.json({ ok: 1 })) });
 * const body = await http.send({
 *   endpoint: "example", method: "GET", url: new URL("https://osu.ppy.sh/api/v2/x"),
 *   headers: { accept: "application/json" }, response: "object",
 * });
 * assertEquals(body, { ok: 1 });
 * ```
 */
export class HttpHandler {
  /** The clock used for timeouts, waits and back-off. */
  readonly clock: Clock;
  /** The limiter, if any. */
  readonly rateLimiter: RateLimiter | undefined;
  /** The auth handler, if any. */
  readonly auth: BaseAuthHandler | undefined;
  /** The osu! host, without a trailing slash. */
  readonly baseUrl: string;
  /** The `x-api-version` sent by `request`, if any. */
  readonly apiVersion: string | undefined;
  readonly #fetch: FetchFunction;
  /** Whether `#fetch` is `globalThis.fetch`, which (unless replaced) ends a body at its length. */
  readonly #platformFetch: boolean;
  readonly #timeout: number;
  readonly #maxWait: number;
  readonly #maxResponseBytes: MaxResponseBytes;
  readonly #retry: RetryOptions | false;
  readonly #hooks: Hooks;
  readonly #hooked: boolean;
  readonly #signal: AbortSignal | undefined;

  /**
   * Creates the instance.
   *
   * @param options fetch, clock, limiter, timeout, retry budget, hooks, auth, base URL
   * @throws {InvalidArgumentError} when `baseUrl` has no http(s) scheme or ends in `/api/v2`
   */
  constructor(options: HttpHandlerOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#platformFetch = options.fetch === undefined;
    this.clock = options.clock ?? systemClock;
    this.rateLimiter = options.rateLimiter;
    this.auth = options.auth;
    this.baseUrl = checkBaseUrl(options.baseUrl);
    this.apiVersion = options.apiVersion;
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#maxWait = options.maxWait ?? DEFAULT_MAX_WAIT;
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#retry = options.retry ?? {};
    this.#hooks = options.hooks ?? {};
    this.#hooked = Object.values(this.#hooks).some((hook) => typeof hook === "function");
    this.#signal = options.signal;
  }

  /**
   * Calls an endpoint: stages 1 to 7.
   *
   * @param endpoint the descriptor (from `endpoints`)
   * @param input path values, query, body, cost, signal, timeout, maxWait and retry budget
   * @returns the decoded response
   * @throws {GrantError} before sending, when the endpoint needs a kind of token this client lacks
   * @throws {MissingScopeError} before sending, when the client lacks the endpoint's scope
   * @throws {InvalidArgumentError} before sending, when a path value is missing or not allowed
   * @throws {OsuApiError} a subclass for each failure of the request
   */
  async request<T>(endpoint: Endpoint, input: CallInput = {}): Promise<T> {
    // 1. Build.
    const url = new URL(
      `${this.baseUrl}/api/v2/${fillPath(endpoint.name, endpoint.path, input.path)}`,
    );
    if (input.query) appendQuery(url, input.query);
    const headers: Record<string, string> = { accept: "application/json" };
    if (this.apiVersion) headers["x-api-version"] = this.apiVersion;
    let body: BodyInit | undefined;
    if (input.body instanceof FormData) body = input.body;
    else if (input.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(input.body);
    }
    // 2. Check grant and scope: nothing is sent when the token could not be allowed.
    const auth = authorize(endpoint, this.auth) ? this.auth : undefined;
    return await this.#run({
      endpoint: endpoint.name,
      method: endpoint.method,
      url,
      headers,
      body,
      response: endpoint.response ?? "object",
      cost: input.cost,
      bucket: endpoint.bucket,
      signal: anySignal(this.#signal, input.signal),
      timeout: input.timeout,
      maxWait: input.maxWait,
      idempotent: endpoint.method === "GET" || endpoint.retrySafe === true,
      retry: input.retry,
    }, auth) as T;
  }

  /**
   * Sends a request that is already built (token requests, and anything outside the endpoint
   * table): stages 4 to 7, with no token added.
   *
   * @param request the prepared request
   * @returns the decoded body
   * @throws {OsuApiError} a subclass for each kind of failure; an aborted call rejects with the
   * signal's reason
   */
  async send(request: PreparedRequest): Promise<unknown> {
    return await this.#run(request, undefined);
  }

  /**
   * Stages 3 to 7: the one retry loop. Each round: token → limiter → attempt. A failed round is
   * sent again when that is safe and within the budgets: a 429 always (after `Retry-After`), a
   * 5xx/52x/408, network failure or timeout when the request is idempotent (after a back-off),
   * and a 401 once with a fresh token.
   */
  async #run(request: PreparedRequest, auth: BaseAuthHandler | undefined): Promise<unknown> {
    const { signal } = request;
    const started = this.clock.now();
    const maxWait = request.maxWait ?? this.#maxWait;
    let waited = 0;
    let refreshed = false;
    let token: string | undefined;
    for (let attempt = 1;; attempt++) {
      signal?.throwIfAborted();
      // 3. Token.
      if (auth) {
        token = auth.cachedToken() ?? await auth.getToken({ signal });
        request.headers.authorization = `Bearer ${token}`;
      }
      // 4. Rate limiter, bounded by what is left of `maxWait`.
      if (this.rateLimiter) {
        const before = this.clock.now();
        await this.#acquire(this.rateLimiter, request, maxWait - waited);
        waited += this.clock.now() - before;
      }
      // What the hooks are told; built only when there are hooks to tell.
      const info: RequestInfo = this.#hooked
        ? { endpoint: request.endpoint, method: request.method, url: request.url.href, attempt }
        : UNHOOKED;
      try {
        // 5 and 6.
        return await this.#attempt(request, info, auth);
      } catch (caught) {
        // The last guard: no field of the error (or its causes) may hold a secret of the request.
        const error = redactError(caught, secretsOf(request, auth), isOsuError);
        if (error instanceof UnauthorizedError && auth && token && !refreshed) {
          // osu! refused a token we thought valid (revoked or expired early): once more, fresh.
          refreshed = true;
          await auth.invalidate(token);
          continue;
        }
        if (error instanceof RateLimitError) {
          callHook(this.#hooks.onRateLimit, { ...info, retryAfter: error.retryAfter });
        }
        // 7. Retry?
        const budget = this.#budget(request);
        if (attempt > budget.retries || !isRetryable(error, request.idempotent ?? false)) {
          throw error;
        }
        const delayMs = retryDelay(error, attempt, budget);
        // A pause osu! asked for is bounded by maxWait; a back-off by the retry budget's maxTime.
        if (error instanceof RateLimitError) {
          if (waited + delayMs > maxWait) {
            throw new RateLimitError(
              `${request.endpoint}: osu! asked to wait ${Math.ceil(delayMs / 1000)} s, longer ` +
                `than this call may wait (maxWait ${maxWait} ms); try again later or raise maxWait`,
              {
                status: error.status,
                endpoint: error.endpoint,
                serverMessage: error.serverMessage,
                retryAfter: error.retryAfter,
                cause: error,
              },
            );
          }
          waited += delayMs;
        } else if (this.clock.now() + delayMs - started > budget.maxTime) {
          throw error;
        }
        callHook(this.#hooks.onRetry, { ...info, error, delayMs });
        await this.clock.sleep(delayMs, signal);
      }
    }
  }

  /** Waits for the limiter, for at most `budgetMs`; past it, a `RateLimitError` naming the call. */
  async #acquire(limiter: RateLimiter, request: PreparedRequest, budgetMs: number): Promise<void> {
    const { signal } = request;
    try {
      await limiter.acquire({
        cost: request.cost,
        bucket: request.bucket,
        signal,
        maxWait: Math.max(0, budgetMs),
      });
    } catch (error) {
      if (!(error instanceof RateLimitError) || error.status !== 0) throw error;
      throw new RateLimitError(
        `${request.endpoint}: ${error.message}; send fewer requests at once, or raise maxWait`,
        { status: 0, endpoint: request.endpoint, retryAfter: error.retryAfter, cause: error },
      );
    }
    signal?.throwIfAborted(); // an abort that landed as the limiter let the request go
  }

  /** The retry budget of a request: the defaults, the handler's, the request's. */
  #budget(request: PreparedRequest): Required<RetryOptions> {
    return request.retry === false || this.#retry === false
      ? { ...DEFAULT_RETRY, retries: 0 }
      : { ...DEFAULT_RETRY, ...this.#retry, ...request.retry };
  }

  /**
   * Stages 5 and 6: fetch under the clock's timeout and the caller's signal, then decode. The
   * race settles the attempt when the timeout passes or the caller aborts, even if the fetch
   * function ignores its signal.
   */
  async #attempt(
    request: PreparedRequest,
    info: RequestInfo,
    auth: BaseAuthHandler | undefined,
  ): Promise<unknown> {
    const timeoutMs = request.timeout ?? this.#timeout;
    const { signal } = request;
    if (this.#hooked) callHook(this.#hooks.onRequest, info);
    // Frees the attempt's timer (if the clock made one for it) once the attempt is settled.
    const done = timeoutMs > 0 ? new AbortController() : undefined;
    const fetchSignal = anySignal(signal, done && this.clock.timeout(timeoutMs, done.signal));
    const stopped = () =>
      signal?.aborted ? signal.reason : new TimeoutError(
        `${request.endpoint}: no response within ${timeoutMs} ms`,
        { status: 0, endpoint: request.endpoint, timeoutMs },
      );
    const exchange = this.#exchange(request, info, fetchSignal, stopped, auth);
    try {
      // A fetch may ignore its signal (a stub, a wrapper, or `globalThis.fetch` replaced after
      // the handler was made), so the attempt races the signal.
      if (!fetchSignal) return await exchange;
      return await new Promise((resolve, reject) => {
        const onStop = () => reject(stopped());
        const settle = (finish: (value: unknown) => void) => (value: unknown) => {
          fetchSignal.removeEventListener("abort", onStop);
          finish(value);
        };
        // Handlers on the exchange first: once the race is lost, its outcome goes nowhere.
        exchange.then(settle(resolve), settle(reject));
        if (fetchSignal.aborted) onStop();
        else fetchSignal.addEventListener("abort", onStop, { once: true });
      });
    } finally {
      done?.abort(SETTLED);
    }
  }

  /** Sends the request and reads the answer into a value or a typed error. */
  async #exchange(
    request: PreparedRequest,
    info: RequestInfo,
    signal: AbortSignal | undefined,
    stopped: () => unknown,
    auth: BaseAuthHandler | undefined,
  ): Promise<unknown> {
    const sentAt = this.#hooked ? this.clock.now() : 0;
    let response: Response;
    try {
      response = await this.#fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
      });
    } catch (cause) {
      throw signal?.aborted ? stopped() : this.#networkError(request, cause, "before a response");
    }
    if (this.rateLimiter?.observe) this.rateLimiter.observe(rateLimitHeaders(response, this.clock));
    const status = response.status;
    try {
      if (status >= 400) {
        const secrets = secretsOf(request, auth);
        // Only the request's own secrets are taken out: a long path is not a token.
        const asked = redactSecrets(`${request.method} ${request.url.pathname}`, secrets);
        const error = await errorFromResponse(
          request.endpoint,
          response,
          secrets,
          this.clock.now(),
          asked,
        );
        // An error body cut short by the signal says less than why it was cut.
        throw signal?.aborted ? stopped() : error;
      }
      return await decodeBody(
        request.endpoint,
        response,
        request.response,
        () => secretsOf(request, auth),
        this.#maxResponseBytes,
        this.#platformFetch && globalThis.fetch === PLATFORM_FETCH,
      );
    } catch (error) {
      if (error instanceof OsuApiError) throw error;
      // The body broke off (connection reset mid-way): a network failure, retried for reads.
      throw signal?.aborted
        ? stopped()
        : this.#networkError(request, error, "while reading the answer");
    } finally {
      if (this.#hooked) {
        callHook(this.#hooks.onResponse, {
          ...info,
          status,
          durationMs: this.clock.now() - sentAt,
        });
      }
    }
  }

  #networkError(request: PreparedRequest, cause: unknown, when: string): NetworkError {
    const reason = redact(describeCause(cause), secretsOf(request, this.auth));
    const { hostname, port, protocol } = request.url;
    const address = `${hostname}:${port || (protocol === "https:" ? 443 : 80)}`;
    return new NetworkError(
      `${request.endpoint}: the request to ${address} failed ${when} (${reason}); ` +
        "check the network and the baseUrl",
      {
        status: 0,
        endpoint: request.endpoint,
        // The platform's own error (its `code`, e.g. ECONNREFUSED, included); the pipeline takes
        // the request's secrets out of every error in the chain before it is thrown.
        cause,
      },
    );
  }
}

function isOsuError(value: unknown): value is OsuError {
  return value instanceof OsuError;
}

/** The platform's reason for a failed fetch, with the nested cause Deno and Node give. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? cause.cause.message : undefined;
  return inner && !cause.message.includes(inner) ? `${cause.message}: ${inner}` : cause.message;
}

/** The values no error may repeat: the request's own, the token sent, the auth handler's. */
function secretsOf(request: PreparedRequest, auth: BaseAuthHandler | undefined): string[] {
  const secrets = [...(request.secrets ?? [])];
  const authorization = request.headers.authorization;
  if (authorization?.startsWith("Bearer ")) secrets.push(authorization.slice(7));
  if (auth) secrets.push(...auth[secretValues]());
  return secrets;
}

/**
 * The platform's `fetch` as this module found it. Only it is trusted to end a body at its declared
 * length; a `globalThis.fetch` replaced later (a stub, a wrapper) is read like any custom fetch.
 */
const PLATFORM_FETCH = globalThis.fetch;

/** The `RequestInfo` of a pipeline without hooks: nobody reads it. */
const UNHOOKED: RequestInfo = Object.freeze({ endpoint: "", method: "GET", url: "", attempt: 0 });

/** The reason a finished attempt's timer is cancelled with (made once: building one costs). */
const SETTLED = new Error("settled");
