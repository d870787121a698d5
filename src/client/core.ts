/**
 * The heart of `Client`: turns an endpoint descriptor and a call's values into a request, checks
 * the scope and grant before anything is sent, gets a token, and sends it through the pipeline.
 * The domain files (`users.ts`, `beatmaps.ts`, ...) add thin typed methods on top.
 *
 * @module
 */
import { systemClock } from "../clock.ts";
import type { Endpoint, PathParams, QueryParams } from "../endpoint.ts";
import { GrantError, MissingScopeError, UnauthorizedError } from "../errors.ts";
import { HttpHandler } from "../http.ts";
import { MemoryRateLimiter, type RateLimiter } from "../ratelimit.ts";
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import type { ScopeName } from "../auth/scope.ts";
import { attachTransport, DEFAULT_BASE_URL, secretValues } from "../auth/transport.ts";
import { appendQuery } from "../_query.ts";
import { fillPath } from "../_path.ts";
import { type CallOptions, type ClientOptions, DEFAULT_API_VERSION } from "./options.ts";

/** What a method hands to {@linkcode ClientCore.request}. */
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

/** The base of `Client`: the request pipeline, without the typed methods. */
export class ClientCore {
  /** The auth handler, if any. */
  readonly auth: BaseAuthHandler | undefined;
  /** The HTTP pipeline (fetch, rate limiter, clock). */
  readonly http: HttpHandler;
  /** The rate limiter every request waits on. */
  readonly rateLimiter: RateLimiter;
  /** The `x-api-version` sent. */
  readonly apiVersion: string;
  /** The osu! host. */
  readonly baseUrl: string;
  readonly #signal: AbortSignal | undefined;

  /**
   * Creates the instance.
   *
   * @param auth an auth handler; without one only endpoints that need no token work
   * @param options fetch, base URL, API version, rate limits, timeout, signal and clock
   */
  constructor(auth?: BaseAuthHandler, options: ClientOptions = {}) {
    this.auth = auth;
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
    const clock = options.clock ?? systemClock;
    this.rateLimiter = options.rateLimiter ?? new MemoryRateLimiter({
      requestWaitTime: options.requestWaitTime,
      limitPerMinute: options.limitPerMinute,
      bucketLimits: { replay: 10 },
      clock,
    });
    this.http = new HttpHandler({
      fetch: options.fetch,
      clock,
      rateLimiter: this.rateLimiter,
      timeout: options.timeout,
      retry: options.retry,
      hooks: options.hooks,
    });
    this.#signal = options.signal;
    auth?.[attachTransport]({
      http: this.http,
      baseUrl: this.baseUrl,
      clock,
      timeout: options.timeout,
    });
  }

  /**
   * Calls an endpoint: the one way every method reaches osu!.
   *
   * @param endpoint the descriptor (from `endpoints`)
   * @param input path values, query, body, cost, signal and timeout
   * @returns the decoded response
   * @throws {GrantError} before sending, when the endpoint needs a kind of token this client lacks
   * @throws {MissingScopeError} before sending, when the client lacks the endpoint's scope
   * @throws {OsuApiError} a subclass for each failure of the request
   */
  async request<T>(endpoint: Endpoint, input: CallInput = {}): Promise<T> {
    const url = new URL(
      `${this.baseUrl}/api/v2/${fillPath(endpoint.name, endpoint.path, input.path)}`,
    );
    if (input.query) appendQuery(url, input.query);
    const needsToken = this.#authorize(endpoint);
    const signal = anySignal(this.#signal, input.signal);
    const headers: Record<string, string> = {
      accept: "application/json",
      "x-api-version": this.apiVersion,
    };
    let body: BodyInit | undefined;
    if (input.body instanceof FormData) body = input.body;
    else if (input.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(input.body);
    }
    const send = async (token: string | undefined) => {
      if (token) headers.authorization = `Bearer ${token}`;
      return await this.http.send({
        endpoint: endpoint.name,
        method: endpoint.method,
        url,
        headers,
        body,
        response: endpoint.response ?? "json",
        cost: input.cost,
        bucket: endpoint.bucket,
        signal,
        timeout: input.timeout,
        retry: input.retry,
        idempotent: endpoint.method === "GET" || endpoint.retrySafe === true,
        secrets: token && this.auth ? [token, ...this.auth[secretValues]()] : undefined,
      }) as T;
    };
    if (!needsToken || !this.auth) return await send(undefined);
    const token = this.auth.cachedToken() ?? await this.auth.getToken({ signal });
    try {
      return await send(token);
    } catch (error) {
      if (!(error instanceof UnauthorizedError)) throw error;
      // osu! refused a token we thought valid (revoked or expired early): refresh once, retry once.
      await this.auth.invalidate(token);
      return await send(await this.auth.getToken({ signal }));
    }
  }

  /** Checks grant and scope locally; returns whether a token must be sent. */
  #authorize(endpoint: Endpoint): boolean {
    if (endpoint.grant === "none") return false;
    const auth = this.auth;
    if (!auth) {
      throw new GrantError(
        endpoint.name,
        endpoint.grant,
        `${endpoint.name} needs a token, but this client has no auth. ` +
          "Create it with Client.fromClientCredentials(...) or new Client(auth)",
      );
    }
    if (endpoint.grant === "lazer" && !auth.scope.names.includes("*")) {
      throw new GrantError(
        endpoint.name,
        "lazer",
        `${endpoint.name} is lazer-only: osu! allows it only with the official lazer client's ` +
          "password grant (scope *), which this client does not use",
      );
    }
    if (endpoint.grant === "user" && !auth.actsForUser) {
      throw new GrantError(
        endpoint.name,
        "user",
        `${endpoint.name} acts for a user, but this client only has a client-credentials token. ` +
          "Use the authorization-code flow (getAuthUrl, then getAuthToken(code))",
      );
    }
    const scope = endpoint.scope;
    if (scope !== "any" && !auth.scope.has(scope as ScopeName)) {
      throw new MissingScopeError(endpoint.name, scope, auth.scope.names);
    }
    return true;
  }
}

function anySignal(
  a: AbortSignal | undefined,
  b: AbortSignal | undefined,
): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}
