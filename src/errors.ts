/**
 * The error hierarchy. Every error this library throws is an {@linkcode OsuError}; errors that
 * come from a request (an HTTP status, a network failure, a timeout, a body that is not what it
 * should be) are {@linkcode OsuApiError}s with the endpoint and status. No error ever carries a
 * client secret, password, access or refresh token: messages are built from endpoint names,
 * statuses and osu-web's own error text only.
 *
 * @module
 */

/**
 * The base of every error thrown by osu-ts.
 *
 * @example Catch anything from the library
 * ```ts
 * import { OsuError, Scope } from "@osu-ts/api";
 * import { assert } from "@std/assert";
 *
 * try {
 *   // deno-lint-ignore no-explicit-any
 *   new Scope("pubic" as any);
 * } catch (error) {
 *   assert(error instanceof OsuError);
 * }
 * ```
 */
export class OsuError extends Error {
  /**
   * Creates the instance.
   *
   * @param message what went wrong and, where there is something to do, what to do next
   * @param options the underlying error, if any
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * A scope name that osu! does not know (for example the typo `"pubic"`), or a scope the chosen
 * grant cannot ask for.
 */
export class InvalidScopeError extends OsuError {
  /** The names at fault. */
  readonly scopes: readonly string[];
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param scopes the names at fault
   */
  constructor(message: string, scopes: readonly string[]) {
    super(message);
    this.scopes = scopes;
  }
}

/** The client's token lacks the scope an endpoint needs; thrown before any request is sent. */
export class MissingScopeError extends OsuError {
  /** The endpoint's method name. */
  readonly endpoint: string;
  /** The scope the endpoint needs. */
  readonly required: string;
  /** The scopes the client has. */
  readonly granted: readonly string[];
  /**
   * Creates the instance.
   *
   * @param endpoint the endpoint's method name
   * @param required the scope it needs
   * @param granted the scopes the client has
   */
  constructor(endpoint: string, required: string, granted: readonly string[]) {
    const have = granted.length ? granted.join(" ") : "no token";
    super(
      `${endpoint} needs the "${required}" scope, but this client has: ${have}. ` +
        `Create the client with a Scope that includes "${required}"`,
    );
    this.endpoint = endpoint;
    this.required = required;
    this.granted = granted;
  }
}

/**
 * The endpoint needs a kind of token this client cannot have: a user's token (authorization code
 * or password grant) or the lazer client's `*` token. Thrown before any request is sent.
 */
export class GrantError extends OsuError {
  /** The endpoint's method name. */
  readonly endpoint: string;
  /** Who may call it: `"user"` or `"lazer"` (or `"any"` when the client has no auth at all). */
  readonly needs: string;
  /**
   * Creates the instance.
   *
   * @param endpoint the endpoint's method name
   * @param needs who may call it
   * @param message the explanation
   */
  constructor(endpoint: string, needs: string, message: string) {
    super(message);
    this.endpoint = endpoint;
    this.needs = needs;
  }
}

/** An argument is not valid (a bad id, a missing required value); thrown before any request. */
export class InvalidArgumentError extends OsuError {}

/** What {@linkcode OsuApiError} is built from. */
export interface OsuApiErrorInit {
  /** The HTTP status; `0` when no response came (network failure, timeout). */
  readonly status: number;
  /** The endpoint's method name (or `"token"` for the OAuth token endpoint). */
  readonly endpoint: string;
  /** osu-web's own error text from the body, if any. */
  readonly serverMessage?: string | undefined;
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * An error that came from a request: an HTTP error status, a network failure, a timeout or a
 * body that could not be read. Subclasses say which.
 *
 * @example Branch on the kind of failure
 * ```ts
 * import { Client, NotFoundError } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertRejects } from "@std/assert";
 *
 * const osu = createEmulator();
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
 * await assertRejects(() => client.getUser(999_999_999), NotFoundError);
 * ```
 */
export class OsuApiError extends OsuError {
  /** The HTTP status; `0` when no response came. */
  readonly status: number;
  /** The endpoint's method name (or `"token"` for the OAuth token endpoint). */
  readonly endpoint: string;
  /** osu-web's own error text, if the body had any. */
  readonly serverMessage: string | undefined;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status, endpoint, server text and cause
   */
  constructor(message: string, init: OsuApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.serverMessage = init.serverMessage;
  }
}

/** 401: no token, or one osu-web no longer accepts. */
export class UnauthorizedError extends OsuApiError {}

/** 403: the token lacks a scope, or the action is not allowed. */
export class ForbiddenError extends OsuApiError {}

/** 404: nothing there (osu-web often sends `{"error": null}` or an empty body). */
export class NotFoundError extends OsuApiError {}

/** 422: osu-web refused the input. */
export class ValidationError extends OsuApiError {}

/** 429: too many requests. */
export class RateLimitError extends OsuApiError {
  /** Seconds osu-web asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status, endpoint, server text, cause and `retryAfter`
   */
  constructor(message: string, init: OsuApiErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: osu-web (or the proxy in front of it) failed. */
export class ServerError extends OsuApiError {}

/** The body was not what the endpoint sends (HTML from a proxy, truncated JSON). */
export class MalformedResponseError extends OsuApiError {
  /** A short, secret-free start of the body. */
  readonly excerpt: string;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status, endpoint, cause and the body excerpt
   */
  constructor(message: string, init: OsuApiErrorInit & { excerpt: string }) {
    super(message, init);
    this.excerpt = init.excerpt;
  }
}

/** The request never got a response: DNS, connection refused or reset. */
export class NetworkError extends OsuApiError {}

/** No response within the timeout. */
export class TimeoutError extends OsuApiError {
  /** The timeout that passed, in milliseconds. */
  readonly timeoutMs: number;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status (0), endpoint and the timeout
   */
  constructor(message: string, init: OsuApiErrorInit & { timeoutMs: number }) {
    super(message, init);
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * OAuth failed: bad client credentials, a bad or expired code, a refresh token osu-web rejected.
 * When a refresh is rejected the stored token is cleared and the user must log in again.
 */
export class AuthError extends OsuApiError {
  /**
   * The OAuth error code (`invalid_client`, `invalid_grant`, `invalid_request`, ...);
   * `undefined` when the answer's `error` field is not a code (such text shows, redacted, in
   * the message and `serverMessage`).
   */
  readonly oauthError: string | undefined;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status, endpoint (`"token"`), server text, cause and the OAuth error code
   */
  constructor(message: string, init: OsuApiErrorInit & { oauthError?: string | undefined }) {
    super(message, init);
    this.oauthError = init.oauthError;
  }
}

/**
 * A paginated listing did not move on: osu! answered a cursor the walk had already sent, or a page
 * of items it had already yielded (osu-web ignored the cursor). Each item before it was yielded
 * once; the walk stops here instead of looping or ending early without saying so.
 *
 * @example A listing that ignores its cursor
 * ```ts
 * import { Client, PaginationError } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals, assertRejects } from "@std/assert";
 *
 * const osu = createEmulator();
 * // A fetch that drops the cursor, so osu! answers the first page every time.
 * const fetch: typeof globalThis.fetch = (input, init) => {
 *   const url = new URL(new Request(input, init).url);
 *   url.searchParams.delete("cursor_string");
 *   return osu.fetch(url, init);
 * };
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch, requestWaitTime: 0 });
 * const ids: number[] = [];
 * await assertRejects(async () => {
 *   for await (const match of client.paginate("getMatches", [{ limit: 2 }])) ids.push(match.id);
 * }, PaginationError);
 * assertEquals(new Set(ids).size, ids.length); // each match once
 * ```
 */
export class PaginationError extends OsuApiError {
  /** Pages fetched, the one that repeated included. */
  readonly pages: number;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status (of the last page), endpoint and the number of pages fetched
   */
  constructor(message: string, init: OsuApiErrorInit & { pages: number }) {
    super(message, init);
    this.pages = init.pages;
  }
}

/**
 * The answer was longer than the client reads (`maxResponseBytes`: 16 MiB of JSON, 64 MiB of a
 * download by default). The body was read up to the limit, then its stream was cancelled, so
 * memory stays bounded even when a server or proxy sends without end. Not retried.
 *
 * @example An endless answer is cut off at the limit
 * ```ts
 * import { Client, ResponseTooLargeError } from "@osu-ts/api";
 * import { assertRejects } from "@std/assert";
 *
 * const endless = new ReadableStream<Uint8Array>({
 *   pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024).fill(0x20)),
 * });
 * const client = new Client(undefined, {
 *   fetch: () => Promise.resolve(new Response(endless)),
 *   maxResponseBytes: { json: 1024 * 1024 },
 * });
 * await assertRejects(() => client.getSeasonalBackgrounds(), ResponseTooLargeError);
 * ```
 */
export class ResponseTooLargeError extends OsuApiError {
  /** The limit that was passed, in bytes. */
  readonly maxBytes: number;
  /**
   * Creates the instance.
   *
   * @param message the explanation
   * @param init status, endpoint and the limit
   */
  constructor(message: string, init: OsuApiErrorInit & { maxBytes: number }) {
    super(message, init);
    this.maxBytes = init.maxBytes;
  }
}
