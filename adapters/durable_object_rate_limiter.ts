/**
 * The rate limiter every isolate shares through the coordinator Durable Object.
 *
 * @module
 */
import { type Clock, systemClock } from "../src/clock.ts";
import { InvalidArgumentError } from "../src/errors.ts";
import {
  type AcquireOptions,
  DEFAULT_MAX_PAUSE_MS,
  type RateLimiter,
  type RateLimitObservation,
} from "../src/ratelimit.ts";
import {
  bucketCap,
  costProblem,
  maxCostOf,
  pauseAfter,
  slotTooFar,
} from "../src/_rate_limit_rules.ts";
import {
  type CoordinatorNamespace,
  type CoordinatorStub,
  coordinatorStub,
} from "./_durable_object_stub.ts";

/** Options of {@linkcode DurableObjectRateLimiter}. */
export interface DurableObjectRateLimiterOptions {
  /** Seconds between request starts, across every isolate. @default {1} */
  readonly requestWaitTime?: number;
  /** Cost units allowed in any window, across every isolate. @default {60} */
  readonly limitPerMinute?: number;
  /** The window's length in milliseconds (shorten it in tests). @default {60000} */
  readonly windowMs?: number;
  /** Per-bucket caps. @default {{ replay: 10 }} */
  readonly bucketLimits?: Readonly<Record<string, number>>;
  /**
   * The longest pause after one response, in milliseconds: a longer `Retry-After` is cut to it
   * (and so is a longer pause found in the object). @default {DEFAULT_MAX_PAUSE_MS} (1 hour)
   */
  readonly maxPauseMs?: number;
  /** The clock this isolate waits on. @default {systemClock} */
  readonly clock?: Clock;
  /**
   * Milliseconds added to the spacing and the window for the gap between a slot and the request
   * reaching osu! (RPC, timer, `fetch`), so jitter cannot put two starts too close. @default {5}
   */
  readonly marginMs?: number;
}

/**
 * A `RateLimiter` shared by every isolate through one Durable Object: the same knobs as the core
 * `MemoryRateLimiter` (`requestWaitTime` spacing, `limitPerMinute` in any window, cost, buckets).
 * Each `acquire` reserves a slot over RPC (one round trip) and waits here until it comes; an
 * aborted wait gives the slot back.
 *
 * It keeps the namespace and the object's name, makes a stub for each call, and waits on a timer
 * of the calling request: nothing of one request (stub, promise, timer) is used by another, so a
 * limiter made at module scope or in an earlier request works in every request of a Worker.
 *
 * @example
 * ```ts ignore
 * import { Client } from "@osu-ts/api";
 * import { DurableObjectRateLimiter } from "@osu-ts/api/durable-objects";
 *
 * const rateLimiter = new DurableObjectRateLimiter(env.OSU_COORDINATOR, env.OSU_CLIENT_ID, {
 *   limitPerMinute: 60,
 * });
 * const client = Client.fromClientCredentials({ clientId, clientSecret, rateLimiter });
 * ```
 */
export class DurableObjectRateLimiter implements RateLimiter {
  readonly #namespace: CoordinatorNamespace<unknown>;
  readonly #name: string;
  readonly #knobs: Required<Omit<DurableObjectRateLimiterOptions, "clock">>;
  readonly #clock: Clock;

  /**
   * Makes a limiter whose budget is the coordinator's named `name`; no stub and no RPC until
   * `acquire`.
   *
   * @param namespace the coordinator binding
   * @param name the object's name (one per OAuth client, e.g. the client id)
   * @param options the knobs and the clock
   * @throws {InvalidArgumentError} on a negative wait, a limit below 1 or an empty window
   */
  constructor(
    namespace: CoordinatorNamespace<unknown>,
    name: string | number,
    options: DurableObjectRateLimiterOptions = {},
  ) {
    this.#namespace = namespace;
    this.#name = String(name);
    this.#clock = options.clock ?? systemClock;
    this.#knobs = {
      requestWaitTime: options.requestWaitTime ?? 1,
      limitPerMinute: options.limitPerMinute ?? 60,
      windowMs: options.windowMs ?? 60_000,
      bucketLimits: options.bucketLimits ?? { replay: 10 },
      marginMs: Math.max(0, options.marginMs ?? 5),
      maxPauseMs: options.maxPauseMs ?? DEFAULT_MAX_PAUSE_MS,
    };
    const { requestWaitTime, limitPerMinute, windowMs, maxPauseMs } = this.#knobs;
    if (!(requestWaitTime >= 0)) {
      throw new InvalidArgumentError("requestWaitTime must be 0 or more");
    }
    if (!(limitPerMinute >= 1)) throw new InvalidArgumentError("limitPerMinute must be at least 1");
    if (!(windowMs > 0)) throw new InvalidArgumentError("windowMs must be more than 0");
    if (!(maxPauseMs >= 0)) throw new InvalidArgumentError("maxPauseMs must be 0 or more");
  }

  /** Implements `maxCost` of the core `RateLimiter` interface (see there). */
  maxCost(bucket?: string): number {
    const { limitPerMinute, bucketLimits } = this.#knobs;
    return maxCostOf(limitPerMinute, bucketLimits, bucket);
  }

  /**
   * Resolves when a request may start; the slot is counted at once, for every isolate.
   *
   * @param options cost, bucket and an abort signal
   * @returns when the request may start
   * @throws {InvalidArgumentError} when the cost exceeds the limit or the bucket's cap
   * @throws {RateLimitError} at once when the reserved slot is further away than `maxWait` (the
   * slot is given back)
   * @throws the signal's reason when it aborts; the slot is then given back
   */
  async acquire(options: AcquireOptions = {}): Promise<void> {
    const { signal, bucket } = options;
    const cost = options.cost ?? 1;
    const { bucketLimits, ...knobs } = this.#knobs;
    const problem = costProblem(cost, knobs.limitPerMinute, bucket, bucketLimits);
    if (problem) throw new InvalidArgumentError(problem);
    const bucketLimit = bucketCap(bucketLimits, bucket);
    signal?.throwIfAborted();
    const maxWait = options.maxWait ?? Infinity;
    const deadline = this.#clock.now() + maxWait;
    const grant = await this.#stub().reserve({ ...knobs, cost, bucket, bucketLimit });
    const until = this.#clock.now() + grant.delayMs;
    if (until > deadline) {
      // Further away than the caller may wait (a long pause, a long queue): say so now.
      await Promise.resolve(this.#stub().cancel(grant.id)).catch(() => {});
      throw slotTooFar(maxWait, grant.delayMs);
    }
    try {
      // Until the slot's time has come, whatever the timer did: one that fires early (a platform
      // timer given more than 2^31 - 1 ms fires at once) only means looking again.
      for (let delay = grant.delayMs; delay > 0; delay = until - this.#clock.now()) {
        await this.#clock.sleep(delay, signal);
      }
    } catch (reason) {
      await Promise.resolve(this.#stub().cancel(grant.id)).catch(() => {});
      throw reason;
    }
  }

  /**
   * Learns from osu!'s headers as the core limiter does: after a 429 with `Retry-After` nothing
   * starts before it passes; when `X-RateLimit-Remaining` runs low, every isolate pauses.
   *
   * @param observation what the response said
   */
  observe(observation: RateLimitObservation): void {
    const { limitPerMinute: limit, windowMs, maxPauseMs } = this.#knobs;
    const pause = pauseAfter(observation, { limit, windowMs, maxPauseMs });
    if (pause > 0) Promise.resolve(this.#stub().pause(pause)).catch(() => {});
  }

  /**
   * Cost units reserved in the window ending now, by every isolate.
   *
   * @param bucket count only this bucket
   * @returns the units
   */
  async used(bucket?: string): Promise<number> {
    return await this.#stub().used(this.#knobs.windowMs, bucket);
  }

  /** A stub for this call, from the caller's request (stubs must not outlive it). */
  #stub(): CoordinatorStub {
    return coordinatorStub(this.#namespace, this.#name);
  }
}
