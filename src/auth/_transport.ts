/**
 * What an auth handler needs to send token requests: the client's HTTP pipeline (so token
 * requests go through the same `fetch` and rate limiter), the base URL and the clock. Private:
 * `Client` hands it over; users never see it.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { FetchFunction, HttpHandler } from "../http.ts";

/** How an auth handler reaches osu!. */
export interface AuthTransport {
  /** The HTTP pipeline. */
  readonly http: HttpHandler;
  /** The osu! host, e.g. `https://osu.ppy.sh`. */
  readonly baseUrl: string;
  /** The clock for expiry and lease waits. */
  readonly clock: Clock;
  /** Default timeout in milliseconds. */
  readonly timeout?: number | undefined;
}

/** The symbol the client uses to hand its transport to an auth handler it was given. */
export const attachTransport: unique symbol = Symbol("osu-ts.attachTransport");

/** The symbol by which an auth handler lists the secret values it holds, so errors can omit them. */
export const secretValues: unique symbol = Symbol("osu-ts.secretValues");

/**
 * The symbol by which an auth handler says the `fetch` and `baseUrl` it was given itself, so a
 * `Client` made without its own uses them (and refuses a different `baseUrl`).
 */
export const givenTransport: unique symbol = Symbol("osu-ts.givenTransport");

/** What an auth handler was given itself. */
export interface GivenTransport {
  /** Its own `fetch`, if any. */
  readonly fetch?: FetchFunction | undefined;
  /** Its own `baseUrl` (checked), if any. */
  readonly baseUrl?: string | undefined;
}
