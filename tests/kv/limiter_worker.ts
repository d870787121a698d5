/**
 * A subprocess of `deno_kv_limiter_test.ts`: `count` acquires on a `KvRateLimiter` over a shared
 * KV file, `concurrency` at a time; reports when each one was let through and how long it waited.
 *
 * @module
 */
import { KvRateLimiter } from "@osu-ts/api/kv";
import { readyThenWait, report, settings } from "./_worker_io.ts";

const config = settings<{
  path: string;
  wait: number;
  limit: number;
  windowMs: number;
  count: number;
  concurrency: number;
}>();
const kv = await Deno.openKv(config.path);
const limiter = new KvRateLimiter(kv, {
  requestWaitTime: config.wait,
  limitPerMinute: config.limit,
  windowMs: config.windowMs,
});
// Warm up (JIT, the KV file) on a key of its own, so the measurement sees the steady state.
const warmup = new KvRateLimiter(kv, {
  prefix: ["warmup", crypto.randomUUID()],
  requestWaitTime: 0,
});
for (let i = 0; i < 5; i++) await warmup.acquire();
await readyThenWait();
const starts: number[] = [];
const latencies: number[] = [];
let next = 0;
async function lane(): Promise<void> {
  while (next < config.count) {
    next++;
    const asked = performance.now();
    await limiter.acquire();
    starts.push(performance.timeOrigin + performance.now());
    latencies.push(performance.now() - asked);
  }
}
await Promise.all(Array.from({ length: config.concurrency }, lane));
kv.close();
report({ starts, latencies });
