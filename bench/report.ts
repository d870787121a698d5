/**
 * `deno task bench:report`: runs every benchmark in one go and rewrites the generated block of
 * `BENCHMARKS.md` (between `<!-- bench:report:start -->` and `<!-- bench:report:end -->`),
 * keeping the sections other benchmarks append below it. Pass `--quick` for a smaller run
 * (for trying the script; the committed figures come from a full run).
 *
 * @module
 */
import { Client, MemoryRateLimiter } from "../mod.ts";
import { ablation, microCosts } from "./_ablation.ts";
import { type AccuracyResult, acquireCost, measureAccuracy, pacedClock } from "./_limiter.ts";
import { type LoadResult, loadTest, wrkVersion } from "./_load.ts";
import { loadAverage, machineNotes } from "./_machine.ts";
import { writeBlock } from "./_markdown.ts";
import { fastEmulator, loadEmulator, loadKvRateLimiter } from "./_optional.ts";
import { clientToken, compare, type Comparison, rawSender } from "./_overhead.ts";
import { type BundleSize, measureSizes } from "./_sizes_run.ts";
import { serveEmulator } from "./_spawn.ts";
import { measureStartup, type StartupResult } from "./_startup.ts";
import { type FirstRunResult, measureFirstRuns } from "./_first_run.ts";
import { measureToken, type TokenResult } from "./_token.ts";
import { render } from "./_render.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const quick = Deno.args.includes("--quick");
const log = (text: string) => console.error(`[bench] ${text}`);

/** Everything one run measured; `_render.ts` turns it into Markdown. */
export interface Report {
  readonly quick: boolean;
  readonly machine: Awaited<ReturnType<typeof machineNotes>>;
  readonly notes: string[];
  overhead: { scenario: string; result: Comparison }[];
  ablation: Awaited<ReturnType<typeof ablation>>;
  micro: Record<string, number>;
  acquire: { limiter: string; fill: number; us: number }[];
  accuracy: { limiter: string; speed: number; result: AccuracyResult }[];
  token?: TokenResult;
  sizes: BundleSize[];
  breakdown: [string, number][];
  whatIf?: BundleSize;
  modules: Record<string, number>;
  startup: StartupResult[];
  firstRun: FirstRunResult[];
  load: LoadResult[];
  wrk?: string;
}

const machine = await machineNotes();
const report: Report = {
  quick,
  machine,
  notes: [],
  overhead: [],
  ablation: [],
  micro: {},
  acquire: [],
  accuracy: [],
  sizes: [],
  breakdown: [],
  modules: {},
  startup: [],
  firstRun: [],
  load: [],
};
const create = await loadEmulator();
const Kv = await loadKvRateLimiter();
if (!create) {
  report.notes.push(
    "Skipped everything that needs the emulator: `src/testing/mod.ts` does not exist yet.",
  );
}
if (!Kv) {
  report.notes.push(
    "Skipped the Deno KV limiter: `adapters/deno_kv.ts` does not export `KvRateLimiter` yet.",
  );
}

const sizes = { rounds: quick ? 8 : 30, perRound: quick ? 100 : 300 };

// 1. Per-request overhead: in-process handler, then the emulator served on 127.0.0.1.
if (create) {
  log("overhead: in-process");
  const emulator = fastEmulator(create);
  const base = "https://osu.ppy.sh";
  const token = await clientToken(emulator.fetch, base, emulator.credentials);
  const raw = rawSender(emulator.fetch, `${base}/api/v2/users/2`, token);
  const client = Client.fromClientCredentials({
    ...emulator.credentials,
    fetch: emulator.fetch,
    requestWaitTime: 0,
    limitPerMinute: 1e9,
  });
  for (const concurrency of [1, 16]) {
    const result = await compare(raw, () => client.getUser(2), {
      ...sizes,
      concurrency,
      between: () => emulator.clearLog(),
    });
    report.overhead.push({ scenario: `in-process handler, ${concurrency} in flight`, result });
  }
  log("overhead: breakdown");
  report.ablation = await ablation(emulator, raw, token, {
    rounds: quick ? 6 : 20,
    perRound: quick ? 100 : 250,
  });

  report.micro = await microCosts();

  log("overhead: loopback");
  const served = await serveEmulator();
  if (served) {
    try {
      const token = await clientToken(fetch, served.baseUrl, served.credentials);
      const raw = rawSender(fetch, `${served.baseUrl}/api/v2/users/2`, token);
      const client = Client.fromClientCredentials({
        ...served.credentials,
        baseUrl: served.baseUrl,
        requestWaitTime: 0,
        limitPerMinute: 1e9,
      });
      for (const concurrency of [1, 16]) {
        const result = await compare(raw, () => client.getUser(2), {
          rounds: quick ? 6 : 20,
          perRound: quick ? 100 : 300,
          concurrency,
        });
        report.overhead.push({
          scenario: `Deno.serve on 127.0.0.1 (other process), ${concurrency} in flight`,
          result,
        });
      }
    } finally {
      await served.stop();
    }
  }
}

// 2. Rate limiter: acquire cost, and accuracy under 1000 concurrent callers.
log("rate limiter");
for (const fill of [0, 1_200, 12_000, 100_000]) {
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1e9 });
  for (let i = 0; i < fill; i++) await limiter.acquire();
  report.acquire.push({
    limiter: "MemoryRateLimiter",
    fill,
    us: (await acquireCost(limiter, 2_000)) * 1000,
  });
}
const accuracy = { callers: 1000, cap: 1200, windowMs: 60_000, windows: quick ? 3 : 6 };
{
  const speed = 60;
  const clock = pacedClock(speed);
  const limiter = new MemoryRateLimiter({ requestWaitTime: 0, limitPerMinute: 1200, clock });
  report.accuracy.push({
    limiter: "MemoryRateLimiter",
    speed,
    result: await measureAccuracy(limiter, clock, accuracy),
  });
}
if (Kv) {
  const kv = await Deno.openKv(":memory:");
  try {
    const free = new Kv(kv, { requestWaitTime: 0, limitPerMinute: 1e9 });
    report.acquire.push({
      limiter: "KvRateLimiter (:memory:)",
      fill: 0,
      us: (await acquireCost(free, 500)) * 1000,
    });
    // Slower than the in-memory run: each KV reservation is a real commit (about a millisecond),
    // and the point is accuracy over a minute, not how many grants per real second KV can give.
    const speed = 20;
    const clock = pacedClock(speed);
    const limiter = new Kv(
      kv,
      { requestWaitTime: 0, limitPerMinute: 1200, clock, prefix: ["acc"] } as never,
    );
    report.accuracy.push({
      limiter: "KvRateLimiter (:memory:)",
      speed,
      result: await measureAccuracy(limiter, clock, { ...accuracy, windows: quick ? 2 : 4 }),
    });
  } finally {
    kv.close();
  }
}

// 3. Token path.
if (create) {
  log("token path");
  report.token = await measureToken(create, 1000);
}

// 4. Size and start-up.
log("bundle sizes and start-up");
const tmp = await Deno.makeTempDir({ prefix: "osu-ts-bench-" });
try {
  const sized = await measureSizes(ROOT, tmp, report.notes, log);
  report.sizes = sized.sizes;
  report.breakdown = sized.breakdown;
  report.whatIf = sized.whatIf;
  report.modules = sized.modules;
  report.startup = await measureStartup(sized.startupEntries, tmp, quick ? 5 : 11);
} finally {
  await Deno.remove(tmp, { recursive: true }).catch(() => {});
}

// 5. First run on a fresh machine: what each task downloads (needs the npm registry).
report.firstRun = await measureFirstRuns(ROOT, log);

// 6. Emulator throughput under a load generator.
if (create) {
  log("emulator throughput");
  report.wrk = await wrkVersion();
  if (!report.wrk) {
    report.notes.push(
      "`wrk` is not installed (`apt-get install -y wrk`): the load came from a Deno fetch loop instead.",
    );
  }
  const served = await serveEmulator();
  if (served) {
    try {
      const token = await clientToken(fetch, served.baseUrl, served.credentials);
      const seconds = quick ? 2 : 5;
      for (const connections of [1, 16, 64]) {
        report.load.push(
          await loadTest({
            baseUrl: served.baseUrl,
            path: "/api/v2/users/2",
            token,
            connections,
            seconds,
          }, !!report.wrk),
        );
      }
      report.load.push(
        await loadTest({
          baseUrl: served.baseUrl,
          path: "/api/v2/beatmapsets/search",
          token,
          connections: 16,
          seconds,
        }, !!report.wrk),
      );
    } finally {
      await served.stop();
    }
  }
}

report.machine.loadEnd = loadAverage();
await writeBlock(`${ROOT}/BENCHMARKS.md`, render(report));
// Keep `deno fmt --check` clean: Markdown tables get padded columns.
await new Deno.Command(Deno.execPath(), { args: ["fmt", `${ROOT}/BENCHMARKS.md`], stderr: "null" })
  .output();
log(`wrote ${ROOT}/BENCHMARKS.md`);
