/**
 * Turns a response into a value or a typed error.
 *
 * @module
 */
import type { Clock } from "./clock.ts";
import type { ResponseKind } from "./endpoint_descriptor.ts";
import type { RateLimitObservation } from "./ratelimit.ts";
import {
  AuthError,
  ForbiddenError,
  MalformedResponseError,
  NotFoundError,
  OsuApiError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  UnauthorizedError,
  ValidationError,
} from "./errors.ts";
import { excerpt, redact } from "./_redact.ts";
import { readBody, readText } from "./_read_body.ts";
import { DEFAULT_MAX_RESPONSE_BYTES, type MaxResponseBytes } from "./response_limits.ts";

/**
 * How much of an error answer is read: enough for any message osu! sends; the rest is cancelled,
 * not read.
 */
const SMALL_BODY_BYTES = 64 * 1024;

/** The endpoint name used for the OAuth token endpoint in errors and logs. */
export const TOKEN_ENDPOINT = "token";

/**
 * Reads a successful response's body, at most `limits` bytes of it, and checks that it is what
 * the endpoint promises.
 *
 * @param endpoint the endpoint's name
 * @param response the response
 * @param kind what the body must be
 * @param secrets values that must not appear in an error (asked for only when one is built)
 * @param limits the most bytes to read, by kind @default {DEFAULT_MAX_RESPONSE_BYTES}
 * @param framed whether the platform's `fetch` answered (it ends a body at its declared length)
 * @returns the decoded body (`undefined` for `"empty"`)
 * @throws {MalformedResponseError} when the body is not valid JSON, or not the promised kind
 * @throws {ResponseTooLargeError} when the body is longer than its limit (the rest is not read)
 */
export async function decodeBody(
  endpoint: string,
  response: Response,
  kind: ResponseKind,
  secrets: () => readonly string[] = () => [],
  limits: MaxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  framed = false,
): Promise<unknown> {
  const status = response.status;
  if (kind === "bytes") {
    const maxBytes = limits.bytes ?? DEFAULT_MAX_RESPONSE_BYTES.bytes;
    return await readBody(response, maxBytes, {
      reject: () => tooLarge(endpoint, status, maxBytes, "bytes"),
    }, framed);
  }
  if (kind === "empty") {
    await response.body?.cancel();
    return undefined;
  }
  const maxBytes = limits.json ?? DEFAULT_MAX_RESPONSE_BYTES.json;
  const text = await readText(response, maxBytes, {
    reject: () => tooLarge(endpoint, status, maxBytes, "json"),
  }, framed);
  if (text === "") {
    throw malformed(
      endpoint,
      status,
      text,
      `an empty body where ${PROMISED[kind]} was due`,
      secrets,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(endpoint, status, text, "a body that is not JSON", secrets);
  }
  const isArray = Array.isArray(value);
  const isObject = typeof value === "object" && value !== null && !isArray;
  if ((kind === "object" && !isObject) || (kind === "array" && !isArray)) {
    const got = value === null
      ? "null"
      : isArray
      ? "an array"
      : isObject
      ? "an object"
      : `a ${typeof value}`;
    throw malformed(endpoint, status, text, `${got} where ${PROMISED[kind]} was due`, secrets);
  }
  return value;
}

function tooLarge(
  endpoint: string,
  status: number,
  maxBytes: number,
  kind: "json" | "bytes",
): ResponseTooLargeError {
  const what = kind === "json" ? "JSON" : "download";
  return new ResponseTooLargeError(
    `${endpoint} answered ${status} with more than ${sizeOf(maxBytes)} (the ${what} limit); ` +
      `the rest was not read. If an answer this large is expected, raise ` +
      `maxResponseBytes.${kind} in the client's options`,
    { status, endpoint, maxBytes },
  );
}

/** Bytes for people: `16 MiB`, `64 kiB`, `100 bytes`. */
function sizeOf(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} kiB`;
  return `${bytes} bytes`;
}

const PROMISED: Readonly<Record<"object" | "array" | "json", string>> = {
  object: "a JSON object",
  array: "a JSON array",
  json: "a JSON value",
};

function malformed(
  endpoint: string,
  status: number,
  text: string,
  what: string,
  secrets: () => readonly string[],
): MalformedResponseError {
  const shown = excerpt(text, 120, secrets());
  return new MalformedResponseError(
    `${endpoint} answered ${status} with ${what}${shown ? `: ${JSON.stringify(shown)}` : ""}`,
    { status, endpoint, excerpt: shown },
  );
}

/**
 * Builds the typed error for an error response (status 400 and up).
 *
 * @param endpoint the endpoint's name
 * @param response the response; its body is read
 * @param secrets values that must not appear in the error
 * @param now the time now in ms, to read a `Retry-After` given as an HTTP date
 * @param asked what was asked for (`GET /api/v2/users/2`), named in a 404's message
 * @returns the error to throw
 */
export async function errorFromResponse(
  endpoint: string,
  response: Response,
  secrets: readonly string[] = [],
  now?: number,
  asked?: string,
): Promise<OsuApiError> {
  const status = response.status;
  const text = await readText(response, SMALL_BODY_BYTES, { truncate: true }).catch(() => "");
  const body = parseJson(text);
  const serverMessage = serverMessageOf(body, text, secrets);
  const said = serverMessage ? `: ${serverMessage}` : "";
  const init = { status, endpoint, serverMessage };
  // A 429 or 408 from the token endpoint is about traffic, not about the credentials: it stays a
  // RateLimitError / transient error, waited out and retried like any other.
  if (endpoint === TOKEN_ENDPOINT && status < 500 && status !== 429 && status !== 408) {
    const oauthError = oauthErrorCode(body?.error, secrets);
    return new AuthError(`The OAuth token request failed with ${status}${said}`, {
      ...init,
      oauthError,
    });
  }
  switch (status) {
    case 401:
      return new UnauthorizedError(
        `${endpoint} answered 401 Unauthorized${said}. The token is missing, expired or revoked`,
        init,
      );
    case 403:
      return new ForbiddenError(`${endpoint} answered 403 Forbidden${said}`, init);
    case 404:
      return new NotFoundError(
        `${endpoint} answered 404 Not Found${asked ? ` for ${asked}` : ""}${said}: osu! has ` +
          "nothing there (check the id or name)",
        init,
      );
    case 422:
      return new ValidationError(`${endpoint} answered 422 Unprocessable${said}`, init);
    case 429: {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
      return new RateLimitError(
        `${endpoint} answered 429 Too Many Requests${said}${
          retryAfter === undefined ? "" : `; retry after ${retryAfter} s`
        }`,
        { ...init, retryAfter },
      );
    }
  }
  if (status >= 500) return new ServerError(`${endpoint} answered ${status}${said}`, init);
  return new OsuApiError(`${endpoint} answered ${status}${said}`, init);
}

/**
 * The `error` field of an OAuth error answer when it is an error code (RFC 6749 section 5.2:
 * `invalid_client`, `invalid_grant`, ...). Anything else (a proxy or a hostile server may echo the
 * request body there, client secret included) is no code: it shows, redacted, in the message.
 */
function oauthErrorCode(value: unknown, secrets: readonly string[]): string | undefined {
  if (typeof value !== "string" || !/^[a-z][a-z0-9_.-]{0,63}$/i.test(value)) return undefined;
  return redact(value, secrets) === value ? value : undefined;
}

/**
 * Reads `Retry-After` (seconds, or an HTTP date, which counts from now).
 *
 * @param value the header
 * @param now the time now in milliseconds; without it a date is not read
 * @returns seconds, or `undefined` when the header is missing or unreadable
 */
export function parseRetryAfter(value: string | null, now?: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) || now === undefined ? undefined : Math.max(0, (date - now) / 1000);
}

type JsonObject = Record<string, unknown>;

function parseJson(text: string): JsonObject | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function serverMessageOf(
  body: JsonObject | undefined,
  text: string,
  secrets: readonly string[],
): string | undefined {
  if (!body) {
    return text.trim()
      ? `(non-JSON body) ${JSON.stringify(excerpt(text, 80, secrets))}`
      : undefined;
  }
  const parts: string[] = [];
  for (const key of ["error_description", "hint", "message", "error"]) {
    const value = body[key];
    if (typeof value === "string" && value && !parts.includes(value)) parts.push(value);
  }
  if (!parts.length && typeof body.authentication === "string") {
    parts.push(`authentication required (${body.authentication})`);
  }
  return parts.length ? redact(parts.join(" — "), secrets) : undefined;
}

/**
 * What a response says about the rate limit: `X-RateLimit-Limit`, `X-RateLimit-Remaining`, and on
 * a 429 `Retry-After`.
 *
 * @param response the response
 * @param clock the clock, for a `Retry-After` given as a date
 * @returns the observation for the limiter
 */
export function rateLimitHeaders(response: Response, clock: Clock): RateLimitObservation {
  // An empty or malformed header says nothing (it is not a 0).
  const number = (name: string) => {
    const value = response.headers.get(name)?.trim();
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  return {
    limit: number("x-ratelimit-limit"),
    remaining: number("x-ratelimit-remaining"),
    retryAfter: response.status === 429
      ? parseRetryAfter(response.headers.get("retry-after"), clock.now())
      : undefined,
  };
}
