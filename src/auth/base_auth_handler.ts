/**
 * What every auth handler shares: keeping a token fresh. Any number of concurrent callers cause
 * one token request (single-flight in this process); a shared {@linkcode TokenStore} with a lease
 * makes a fleet of isolates refresh once; a refresh token is never sent twice.
 *
 * @module
 */
import { systemClock } from "../clock.ts";
import { type FetchFunction, HttpHandler } from "../http.ts";
import { TOKEN_ENDPOINT } from "../_decode.ts";
import { refreshOnce } from "./_fleet_refresh.ts";
import { explainTokenError, loggedOut, refusesRefreshToken } from "./_token_errors.ts";
import { tokenRecordOf } from "./_token_response.ts";
import { abortable } from "../_abortable.ts";
import type { GrantType } from "./grant_rules.ts";
import type { Scope } from "./scope.ts";
import { MemoryTokenStore, type TokenRecord, type TokenStore } from "./token_store.ts";
import {
  attachTransport,
  type AuthTransport,
  type GivenTransport,
  givenTransport,
  secretValues,
} from "./_transport.ts";
import { checkBaseUrl } from "../_base_url.ts";

/** Options every auth handler takes. */
export interface BaseAuthOptions {
  /** Sends the token requests; when the handler is given to a `Client`, the client's is used instead unless set here. */
  readonly fetch?: FetchFunction;
  /**
   * The osu! host, with its scheme and without `/api/v2` (or a proxy's URL).
   * @default {"https://osu.ppy.sh"}
   */
  readonly baseUrl?: string;
  /** Where tokens are kept. @default {new MemoryTokenStore()} */
  readonly tokenStore?: TokenStore;
  /** The key of this token in the store (set it per user when many users share a store). */
  readonly tokenKey?: string;
  /** Refresh this many milliseconds before expiry. @default {60000} */
  readonly refreshMargin?: number;
  /** How long a refresh lease lasts if its holder dies, in milliseconds. @default {10000} */
  readonly leaseTtl?: number;
}

/** Token request fields whose values are secret. */
const SECRET_FIELDS = ["client_secret", "password", "refresh_token", "code", "code_verifier"];

/** The base class of {@linkcode AuthHandler} and {@linkcode LazerAuthHandler}. */
export abstract class BaseAuthHandler {
  /** The scopes this handler's token has (or will have). */
  abstract readonly scope: Scope;
  /** The grant of the current token. */
  abstract readonly grant: GrantType;
  /** Whether the token acts for a user (not just the application). */
  abstract readonly actsForUser: boolean;

  /** The key of this handler's token in the store. */
  readonly tokenKey: string;
  readonly #store: TokenStore;
  readonly #margin: number;
  readonly #leaseTtl: number;
  #transport: AuthTransport;
  #cached: TokenRecord | undefined;
  #inflight: Promise<TokenRecord> | undefined;
  readonly #given: GivenTransport;

  /**
   * Creates the instance.
   *
   * @param options shared options
   * @param defaultKey the store key when none is given
   * @throws {InvalidArgumentError} when `baseUrl` has no scheme or ends in `/api/v2`
   */
  constructor(options: BaseAuthOptions, defaultKey: string) {
    this.tokenKey = options.tokenKey ?? defaultKey;
    this.#store = options.tokenStore ?? new MemoryTokenStore();
    this.#margin = options.refreshMargin ?? 60_000;
    this.#leaseTtl = options.leaseTtl ?? 10_000;
    this.#given = {
      fetch: options.fetch,
      baseUrl: options.baseUrl === undefined ? undefined : checkBaseUrl(options.baseUrl),
    };
    this.#transport = {
      http: new HttpHandler({ fetch: options.fetch }),
      baseUrl: checkBaseUrl(options.baseUrl),
      clock: systemClock,
    };
  }

  /**
   * What this handler was given itself (`fetch`, `baseUrl`), so that a `Client` made without its
   * own uses them. Internal: not part of the public API.
   *
   * @ignore
   * @returns the handler's own `fetch` and `baseUrl`, when given
   */
  [givenTransport](): GivenTransport {
    return this.#given;
  }

  /**
   * Used by `Client` to route token requests through its own pipeline (its rate limiter, clock,
   * hooks and base URL; the handler's own `fetch` when it was given one). Internal: not part of the
   * public API.
   *
   * @ignore
   * @param transport the client's transport
   */
  [attachTransport](transport: AuthTransport): void {
    this.#transport = transport;
  }

  /**
   * The secret values this handler holds (tokens, client secret or password), so that no error
   * built from a response can repeat them.
   *
   * @ignore
   * @returns the values
   */
  [secretValues](): string[] {
    const record = this.#cached;
    return [record?.accessToken, record?.refreshToken, ...this.ownSecrets()].filter(
      (value): value is string => !!value,
    );
  }

  /**
   * The handler's own secrets (client secret, password).
   *
   * @returns the values
   */
  protected abstract ownSecrets(): string[];

  /** The osu! host token requests go to. */
  get baseUrl(): string {
    return this.#transport.baseUrl;
  }

  /**
   * The cached access token when it is fresh, without waiting (the client's fast path).
   *
   * @returns the token, or `undefined` when `getToken` must be awaited
   */
  cachedToken(): string | undefined {
    return this.#fresh(this.#cached) ? this.#cached.accessToken : undefined;
  }

  /**
   * A valid access token: the cached one, the stored one, or a new one (refreshing when it is
   * about to expire). Concurrent callers share one request (over a store with
   * `sharedInFlight: false`, each waits on the store's lease instead).
   *
   * @param options `signal` stops this caller waiting (the shared request goes on for others)
   * @returns the access token
   * @throws {AuthError} when osu! refuses to give one
   */
  async getToken(options: { signal?: AbortSignal | undefined } = {}): Promise<string> {
    options.signal?.throwIfAborted();
    if (this.#fresh(this.#cached)) return this.#cached!.accessToken;
    if (this.#store.sharedInFlight === false) {
      // Each caller waits with its own I/O; the store's lease keeps the refresh single.
      return (await abortable(this.#obtain(), options.signal)).accessToken;
    }
    this.#inflight ??= this.#obtain().finally(() => this.#inflight = undefined);
    const record = await abortable(this.#inflight, options.signal);
    return record.accessToken;
  }

  /**
   * Marks `accessToken` as no longer accepted (osu! answered 401), so the next `getToken`
   * refreshes. Does nothing when the token has already been replaced.
   *
   * @param accessToken the token osu! refused
   */
  async invalidate(accessToken: string): Promise<void> {
    if (this.#cached?.accessToken === accessToken) this.#cached = undefined;
    const stored = await this.#store.get(this.tokenKey);
    if (stored?.accessToken === accessToken) {
      await this.#store.set(this.tokenKey, { ...stored, expiresAt: 0 });
    }
  }

  /**
   * Revokes the current token at osu! (`DELETE /api/v2/oauth/tokens/current`) and forgets it.
   *
   * @param options `signal` cancels the request
   */
  async revoke(options: { signal?: AbortSignal } = {}): Promise<void> {
    const record = this.#cached ?? await this.#store.get(this.tokenKey);
    this.#cached = undefined;
    await this.#store.delete(this.tokenKey);
    if (!record) return;
    const { http, baseUrl } = this.#transport;
    await http.send({
      endpoint: "revokeCurrentToken",
      secrets: [record.accessToken],
      method: "DELETE",
      url: new URL(`${baseUrl}/api/v2/oauth/tokens/current`),
      headers: { authorization: `Bearer ${record.accessToken}`, accept: "application/json" },
      response: "empty",
      signal: options.signal,
    });
  }

  /** Forgets the token here and in the store, without telling osu!. */
  async forget(): Promise<void> {
    this.#cached = undefined;
    await this.#store.delete(this.tokenKey);
  }

  /**
   * Asks osu! for a token the first time (no refresh token yet).
   *
   * @param previous the stored record, if any (expired)
   * @returns the form fields of the token request
   */
  protected abstract initialGrant(previous: TokenRecord | undefined): Record<string, string>;

  /**
   * The form fields of a refresh request.
   *
   * @param refreshToken the current refresh token
   * @returns the fields
   */
  protected abstract refreshGrant(refreshToken: string): Record<string, string>;

  /**
   * Requests a token now, whatever is cached, and stores it.
   *
   * @param fields the token request's form fields
   * @param grant the grant being used
   * @param signal cancels the request
   * @returns the stored record
   */
  protected async requestToken(
    fields: Record<string, string>,
    grant: GrantType,
    signal?: AbortSignal,
  ): Promise<TokenRecord> {
    const { http, baseUrl, clock, timeout } = this.#transport;
    let body: unknown;
    try {
      body = await http.send({
        endpoint: TOKEN_ENDPOINT,
        // Give up before the refresh lease lapses, so no other isolate refreshes at the same time.
        timeout: Math.min(timeout ?? 30_000, this.#leaseTtl * 0.8),
        method: "POST",
        url: new URL(`${baseUrl}/oauth/token`),
        headers: {
          accept: "application/json",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams(fields).toString(),
        response: "object",
        signal,
        // Retried after a 429, 408, 5xx or network failure like any read: osu! did not act on a
        // 429 or 408, and after a lost answer to a used code or refresh token the retry is refused
        // (invalid_grant), which leaves things no worse than not retrying.
        idempotent: true,
        secrets: [
          ...SECRET_FIELDS.map((name) => fields[name]).filter(Boolean),
          ...this[secretValues](),
        ],
      });
    } catch (error) {
      throw explainTokenError(error, fields.grant_type);
    }
    const record = tokenRecordOf(body, {
      now: clock.now(),
      grant: grant === "refresh_token" ? this.grant : grant,
      previousRefreshToken: grant === "refresh_token" ? fields.refresh_token : undefined,
      scope: this.scope.toString(),
    });
    await this.#store.set(this.tokenKey, record);
    this.#cached = record;
    return record;
  }

  /**
   * The time now on the handler's clock (the client's once attached), in milliseconds.
   *
   * @returns milliseconds since the Unix epoch
   */
  protected now(): number {
    return this.#transport.clock.now();
  }

  #fresh(record: TokenRecord | undefined): record is TokenRecord {
    if (!record) return false;
    // A token that lives less than twice the margin is renewed at half its life instead, so a
    // short expires_in does not cost one token request per call.
    const life = record.issuedAt === undefined ? Infinity : record.expiresAt - record.issuedAt;
    const margin = Math.min(this.#margin, life / 2);
    return record.expiresAt - margin > this.#transport.clock.now();
  }

  async #obtain(): Promise<TokenRecord> {
    return this.#cached = await refreshOnce({
      store: this.#store,
      key: this.tokenKey,
      leaseTtl: this.#leaseTtl,
      clock: this.#transport.clock,
      fresh: (record): record is TokenRecord => this.#fresh(record),
      renew: (current) => this.#renew(current),
    });
  }

  async #renew(current: TokenRecord | undefined): Promise<TokenRecord> {
    const refreshToken = current?.refreshToken;
    if (!refreshToken) return await this.requestToken(this.initialGrant(current), this.grant);
    try {
      return await this.requestToken(this.refreshGrant(refreshToken), "refresh_token");
    } catch (error) {
      // Only osu!'s refusal of the refresh token itself logs the user out; a throttled, failed or
      // misconfigured request keeps the stored token for the next try.
      if (!refusesRefreshToken(error)) throw error;
      await this.forget();
      throw loggedOut(error);
    }
  }
}
