/**
 * Fault injection for tests: wrap the emulator (or any `fetch`) so that some requests meet what
 * the real network and osu! sometimes do — 429 bursts, 5xx, slow answers, dropped connections,
 * bodies cut mid-way, proxy pages, revoked tokens and refused refresh tokens — by script or by
 * seeded chance, and count what was injected.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { FetchFunction } from "../http.ts";
import type { Emulator, UpgradeWebSocket } from "./types.ts";
import { FaultEngine } from "./_fault_engine.ts";
import type { WebSocketFactory } from "../realtime/web_socket_factory.ts";
import { gatedSockets } from "./_emulator_sockets.ts";

export { seededRandom } from "./seeded_random.ts";

/** 429 Too Many Requests, before osu! sees the request. */
export interface RateLimitFault {
  /** The kind. */
  readonly kind: "rateLimit";
  /** Seconds for `Retry-After`; leave it out to send none. */
  readonly retryAfter?: number;
}

/** A 5xx with osu-web's JSON error body. */
export interface ServerErrorFault {
  /** The kind. */
  readonly kind: "serverError";
  /** The status. */
  readonly status: 500 | 502 | 503 | 504;
  /** Send the request upstream first and replace its answer (the write happened). @default {false} */
  readonly upstream?: boolean;
}

/** A slow answer: waits on the injected clock (a timeout can fire first), then goes upstream. */
export interface SlowFault {
  /** The kind. */
  readonly kind: "slow";
  /** How long to wait, in milliseconds of the clock. */
  readonly delayMs: number;
}

/** A dropped connection: `fetch` rejects with a `TypeError` (served: the body aborts at once). */
export interface DropFault {
  /** The kind. */
  readonly kind: "drop";
  /** Drop after upstream answered (the write happened, the answer is lost). @default {false} */
  readonly upstream?: boolean;
}

/** Upstream's answer whose body stream fails half-way, as a reset connection does. */
export interface CutBodyFault {
  /** The kind. */
  readonly kind: "cutBody";
}

/** Upstream's answer with only the first half of its body (malformed JSON, same status). */
export interface TruncatedFault {
  /** The kind. */
  readonly kind: "truncated";
}

/** An HTML page from a proxy instead of the API's JSON. */
export interface HtmlFault {
  /** The kind. */
  readonly kind: "html";
  /** 502 (nginx's page) or 200 (a CDN challenge page). @default {502} */
  readonly status?: 200 | 502;
  /** Send the request upstream first and replace its answer. @default {false} */
  readonly upstream?: boolean;
}

/** Every access and refresh token is revoked, then the request goes upstream (and gets a 401). */
export interface RevokeTokensFault {
  /** The kind. */
  readonly kind: "revokeTokens";
}

/**
 * A `refresh_token` grant is answered with osu-web's 401 `{"error":"invalid_request",...}`;
 * applies only to refresh requests.
 */
export interface RejectRefreshFault {
  /** The kind. */
  readonly kind: "rejectRefresh";
}

/**
 * A websocket upgrade meets `{"error":"authentication failed"}` and a dropped socket, whatever its
 * token, as when osu! no longer accepts it; applies only to websocket upgrades (`withFaults`'s
 * `webSocket` and `acceptWebSocket`). Other faults on an upgrade: `slow` delays it,
 * `revokeTokens` revokes first, the rest make it fail before it opens.
 */
export interface RefuseTokenFault {
  /** The kind. */
  readonly kind: "refuseToken";
}

/** One fault the injector can cause. */
export type Fault =
  | RateLimitFault
  | ServerErrorFault
  | SlowFault
  | DropFault
  | CutBodyFault
  | TruncatedFault
  | HtmlFault
  | RevokeTokensFault
  | RejectRefreshFault
  | RefuseTokenFault;

/** The name of a kind of fault; the counters are keyed by it. */
export type FaultKind = Fault["kind"];

/** Which requests a fault applies to. All given conditions must hold. */
export interface FaultTarget {
  /** The path name, exactly (`"/api/v2/users/2"`), or a pattern tested against it. */
  readonly path?: string | RegExp;
  /** The HTTP method (`"POST"`). */
  readonly method?: string;
}

/** A scripted fault: injected on the requests it names, a number of times. */
export interface FaultRule extends FaultTarget {
  /** The fault. */
  readonly fault: Fault;
  /** Request indexes (from 0, counting every request the injector sees) it applies to. */
  readonly at?: number | readonly number[];
  /** How many requests it hits at most. @default {1, or the number of indexes in `at`} */
  readonly times?: number;
}

/** A fault injected by chance on the requests it applies to. */
export interface FaultChance extends FaultTarget {
  /** The fault. */
  readonly fault: Fault;
  /** The chance per request, in [0, 1]. */
  readonly probability: number;
}

/** Options of {@linkcode createFaultyFetch} and {@linkcode withFaults}. */
export interface FaultOptions {
  /** The clock slow answers wait on (give the client's, e.g. a `FakeClock`). @default {systemClock} */
  readonly clock?: Clock;
  /** Scripted faults; the first rule that applies wins, and wins over `probabilities`. */
  readonly script?: readonly FaultRule[];
  /** Faults by chance, tried in order (one draw each) when no scripted rule applied. */
  readonly probabilities?: readonly FaultChance[];
  /** A number in [0, 1) for the draws (pass {@linkcode seededRandom} to repeat a run). @default {Math.random} */
  readonly random?: () => number;
}

/** Options of {@linkcode createFaultyFetch}. */
export interface FaultyFetchOptions extends FaultOptions {
  /** What the `revokeTokens` fault calls (an emulator's `revokeAllTokens`). */
  readonly revokeAllTokens?: () => void;
}

/** What an injector has done so far. */
export interface FaultCounts {
  /** Requests it saw. */
  readonly requests: number;
  /** Requests it sent upstream. */
  readonly forwarded: number;
  /** Faults injected, by kind. */
  readonly injected: Readonly<Record<FaultKind, number>>;
  /** Faults injected in all. */
  readonly total: number;
}

/** A `fetch` that injects faults, with its counters. */
export interface FaultyFetch {
  /** The fetch to give the client. */
  readonly fetch: FetchFunction;
  /** What was injected so far (each read is a fresh snapshot). */
  readonly counts: FaultCounts;
  /** `false` passes every request through untouched (e.g. while logging in). @default {true} */
  active: boolean;
}

/** An emulator wrapped by {@linkcode withFaults}: an in-process `fetch` and a served handler. */
export interface FaultyEmulator extends FaultyFetch {
  /**
   * The emulator's handler with the same faults, for `Deno.serve`: a dropped connection or a cut
   * body becomes a response body that aborts, so the server resets the connection.
   *
   * @param request the request
   * @returns the response
   */
  handler(request: Request): Promise<Response>;
  /** The emulator's in-process websocket factory, with the same faults on each upgrade. */
  readonly webSocket: WebSocketFactory;
  /**
   * The emulator's `realtime.accept`, with the same faults on each upgrade.
   *
   * @param request the upgrade request
   * @param upgradeWebSocket upgrades it (`Deno.upgradeWebSocket`)
   * @returns the upgrade's response
   */
  acceptWebSocket(request: Request, upgradeWebSocket: UpgradeWebSocket): Response;
}

/**
 * Wraps a `fetch` so that requests meet faults, by script or by chance.
 *
 * @param fetch the upstream (`emulator.fetch`, or any fetch)
 * @param options the script, the chances, the random source and the clock
 * @returns the faulty fetch and its counters
 * @throws {InvalidArgumentError} on a probability outside [0, 1], a negative delay, or a
 * `revokeTokens` fault without `revokeAllTokens`
 *
 * @example Three 429s, then the answer
 * ```ts
 * import { Client, RateLimitError } from "@osu-ts/api";
 * import { createEmulator, createFaultyFetch, FakeClock } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const clock = new FakeClock(0);
 * const osu = createEmulator({ clock });
 * const faulty = createFaultyFetch(osu.fetch, {
 *   clock,
 *   script: [{ path: "/api/v2/users/2", fault: { kind: "rateLimit", retryAfter: 1 }, times: 3 }],
 * });
 * const client = Client.fromClientCredentials({
 *   ...osu.credentials, fetch: faulty.fetch, clock, requestWaitTime: 0,
 * });
 * const user = client.getUser(2);
 * await clock.runAll();
 * assertEquals((await user).username, "peppy");
 * assertEquals(faulty.counts.injected.rateLimit, 3);
 * ```
 */
export function createFaultyFetch(
  fetch: FetchFunction,
  options: FaultyFetchOptions = {},
): FaultyFetch {
  const engine = new FaultEngine(options, options.revokeAllTokens);
  return {
    fetch: (input, init) =>
      engine.serve(new Request(input, init), (request) => fetch(request), "fetch"),
    get counts() {
      return engine.counts;
    },
    get active() {
      return engine.active;
    },
    set active(value: boolean) {
      engine.active = value;
    },
  };
}

/**
 * Wraps an emulator with faults: `revokeTokens` revokes the emulator's tokens, and the result
 * has both an in-process `fetch` and a `handler` for `Deno.serve`, sharing one script and one set
 * of counters.
 *
 * @param emulator the emulator
 * @param options the script, the chances, the random source and the clock
 * @returns the faulty emulator
 * @throws {InvalidArgumentError} on a probability outside [0, 1] or a negative delay
 *
 * @example One dropped connection on a GET is retried
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator, FakeClock, withFaults } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const clock = new FakeClock(0);
 * const osu = createEmulator({ clock });
 * const faulty = withFaults(osu, { clock, script: [{ at: 1, fault: { kind: "drop" } }] });
 * const client = Client.fromClientCredentials({
 *   ...osu.credentials, fetch: faulty.fetch, clock, requestWaitTime: 0,
 * });
 * const user = client.getUser(2); // request 0 gets the token, request 1 is dropped
 * await clock.runAll();
 * assertEquals((await user).id, 2);
 * assertEquals(faulty.counts.injected.drop, 1);
 * assertEquals(osu.requests.length, 2); // the dropped request never reached the emulator
 * ```
 */
export function withFaults(emulator: Emulator, options: FaultOptions = {}): FaultyEmulator {
  const engine = new FaultEngine(options, () => emulator.revokeAllTokens());
  return {
    fetch: (input, init) =>
      engine.serve(new Request(input, init), (request) => emulator.handler(request), "fetch"),
    handler: (request) => engine.serve(request, (r) => emulator.handler(r), "handler"),
    ...gatedSockets(emulator, (request) => engine.upgrade(request)),
    get counts() {
      return engine.counts;
    },
    get active() {
      return engine.active;
    },
    set active(value: boolean) {
      engine.active = value;
    },
  };
}
