/**
 * `deno bench`: the cost of one uncontended `acquire()` (the limiter always has room), for the
 * in-memory limiter with an empty and a full-ish window, and for the Deno KV limiter when it
 * exists.
 *
 * @module
 */
import { MemoryRateLimiter } from "../mod.ts";
import { loadKvRateLimiter } from "./_optional.ts";

const group = "RateLimiter.acquire()";
const empty = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1e9, windowMs: 1 });
Deno.bench(
  "MemoryRateLimiter, 1 ms window (log stays empty)",
  { group, baseline: true },
  async () => {
    await empty.acquire();
  },
);
const busy = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1e9 });
for (let i = 0; i < 1200; i++) await busy.acquire();
Deno.bench("MemoryRateLimiter, 60 s window (log grows with every acquire)", {
  group,
  n: 5000,
  warmup: 100,
}, async () => {
  await busy.acquire();
});

const Kv = await loadKvRateLimiter();
if (!Kv) {
  console.warn("bench/ratelimit_bench.ts: KvRateLimiter skipped, adapters/deno_kv.ts lacks it");
} else {
  const kv = await Deno.openKv(":memory:");
  const limiter = new Kv(kv, { requestWaitTime: 0, limitPerMinute: 1e9 });
  Deno.bench("KvRateLimiter (:memory:)", { group }, async () => {
    await limiter.acquire();
  });
}
