/**
 * Loads the parts of the project that other work may not have landed yet (the emulator, the
 * Deno KV adapter), so the benchmarks can skip them with a note instead of failing to type-check.
 * The specifiers are computed, so `deno check bench/` does not need the files to exist.
 *
 * @module
 */
import type { Emulator, EmulatorOptions } from "../src/testing/types.ts";
import type { Clock } from "../src/clock.ts";
import type { RateLimiter } from "../src/ratelimit.ts";

/** `createEmulator` from `src/testing/mod.ts`. */
export type CreateEmulator = (options?: EmulatorOptions) => Emulator;

/** The shape of `KvRateLimiter` the benchmarks use. */
export type KvRateLimiterClass = new (kv: Deno.Kv, options?: {
  readonly requestWaitTime?: number;
  readonly limitPerMinute?: number;
  readonly windowMs?: number;
  readonly clock?: Clock;
}) => RateLimiter;

async function load(path: string): Promise<Record<string, unknown> | undefined> {
  const url = new URL(path, import.meta.url);
  try {
    await Deno.stat(url);
  } catch {
    return undefined;
  }
  return await import(url.href) as Record<string, unknown>;
}

/**
 * The emulator factory, or undefined when `src/testing/mod.ts` does not exist yet.
 *
 * @returns `createEmulator` or undefined
 */
export async function loadEmulator(): Promise<CreateEmulator | undefined> {
  const mod = await load("../src/testing/mod.ts");
  return typeof mod?.createEmulator === "function"
    ? mod.createEmulator as CreateEmulator
    : undefined;
}

/**
 * `KvRateLimiter`, or undefined when the Deno KV adapter does not export it yet.
 *
 * @returns the class or undefined
 */
export async function loadKvRateLimiter(): Promise<KvRateLimiterClass | undefined> {
  const mod = await load("../adapters/deno_kv.ts").catch(() => undefined);
  return typeof mod?.KvRateLimiter === "function"
    ? mod.KvRateLimiter as KvRateLimiterClass
    : undefined;
}

/**
 * An emulator with its rate limit out of the way (benchmarks measure the client, not a 429).
 *
 * @param create the factory
 * @param options more emulator options
 * @returns the emulator
 */
export function fastEmulator(create: CreateEmulator, options: EmulatorOptions = {}): Emulator {
  return create({ rateLimit: { limit: 1e12, windowMs: 60_000 }, ...options });
}
