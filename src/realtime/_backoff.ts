/**
 * The wait before each reconnect attempt: exponential back-off with jitter.
 *
 * @module
 */
import { backoff } from "../_retry_rules.ts";

/** Reconnect settings: the back-off and the most attempts in a row. */
export interface ReconnectOptions {
  /** The first wait in milliseconds; it doubles each attempt. @default {1000} */
  readonly initialDelay?: number;
  /** The longest wait in milliseconds. @default {60000} */
  readonly maxDelay?: number;
  /** Attempts in a row before giving up (the count restarts after each success). @default {Infinity} */
  readonly maxAttempts?: number;
  /** A number in [0, 1) for the jitter (inject it in tests). @default {Math.random} */
  readonly random?: () => number;
}

/** The settings with their defaults filled in. */
export type ReconnectPolicy = Required<ReconnectOptions>;

/**
 * Fills in the defaults.
 *
 * @param options what the caller gave
 * @returns the policy
 */
export function reconnectPolicy(options: ReconnectOptions = {}): ReconnectPolicy {
  return {
    initialDelay: options.initialDelay ?? 1_000,
    maxDelay: options.maxDelay ?? 60_000,
    maxAttempts: options.maxAttempts ?? Infinity,
    random: options.random ?? Math.random,
  };
}

/**
 * The wait before attempt `attempt` (from 1): the pipeline's {@linkcode backoff} from
 * `initialDelay` up to `maxDelay`, so that many clients dropped at once do not come back at once.
 *
 * @param attempt the attempt, from 1
 * @param policy the settings
 * @returns milliseconds
 */
export function reconnectDelay(attempt: number, policy: ReconnectPolicy): number {
  return backoff(attempt, policy.initialDelay, policy.maxDelay, policy.random);
}
