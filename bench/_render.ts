/**
 * Turns one run's measurements into the generated block of `BENCHMARKS.md`.
 *
 * @module
 */
import type { Report } from "./report.ts";
import { duration, fmt, kb, verdict } from "./_stats.ts";
import { table } from "./_markdown.ts";
import { firstRunTable } from "./_first_run.ts";

const pct = (value: number, digits = 1) => `${fmt(value * 100, digits)} %`;
const lat = (p50: number, p99: number) => `${duration(p50)} / ${duration(p99)}`;

function goals(r: Report): string[][] {
  const rows: string[][] = [];
  for (const { scenario, result } of r.overhead) {
    // The budgets of the One Client change: 0.85 against the in-process handler (where the client
    // has a few µs at most), 0.95 over loopback.
    const target = scenario.startsWith("in-process") ? 0.85 : 0.95;
    rows.push([
      `Client throughput / raw fetch, ${scenario}`,
      `≥ ${target}`,
      fmt(result.ratio, 3),
      verdict(result.ratio >= target),
    ]);
  }
  for (const { limiter, result } of r.accuracy) {
    rows.push([
      `${limiter}: windows over cap`,
      "0",
      String(result.overCap),
      verdict(result.overCap === 0),
    ]);
    rows.push([
      `${limiter}: utilization of the cap`,
      "≥ 98 %",
      pct(result.utilization),
      verdict(result.utilization >= 0.98),
    ]);
  }
  for (const storm of r.token?.storms ?? []) {
    rows.push([
      `1000 concurrent calls after expiry (${storm.grant}): token requests`,
      "1",
      String(storm.tokenRequests),
      verdict(storm.tokenRequests === 1 && storm.failed === 0),
    ]);
  }
  const ours = r.sizes[0];
  const peers = r.sizes.filter((s) =>
    !s.name.startsWith("@osu-ts") && !s.name.startsWith("Cloudflare") && Number.isFinite(s.gzip)
  );
  if (ours) {
    rows.push([
      "mod.ts min+gzip (esbuild), the budget of the One Client change",
      "≤ 17.8 KB (aiming at 15 KB)",
      kb(ours.gzip),
      verdict(ours.gzip <= 17_800),
    ]);
  }
  if (ours && peers.length) {
    const smallest = peers.reduce((a, b) => (a.gzip <= b.gzip ? a : b));
    rows.push([
      "Smallest min+gzip bundle of all",
      `< ${kb(smallest.gzip)} (${smallest.name})`,
      kb(ours.gzip),
      verdict(ours.gzip < smallest.gzip),
    ]);
  }
  const source = r.startup.find((s) => s.name.endsWith("mod.ts source"));
  for (const peer of r.startup.filter((s) => s.name.endsWith("package entry"))) {
    if (!source) break;
    rows.push([
      `Start-up not slower than ${peer.name.replace(": package entry", "")}`,
      `≤ ${fmt(peer.medianMs, 1)} ms`,
      `${fmt(source.medianMs, 1)} ms`,
      verdict(source.medianMs <= peer.medianMs),
    ]);
  }
  return rows;
}

function loopbackNote(r: Report): string {
  const served = r.overhead.filter((o) => o.scenario.startsWith("Deno.serve"));
  if (!served.length) return "";
  const parts = served.map((o) => {
    const extra = (1 / o.result.client.rps - 1 / o.result.raw.rps) * 1e6;
    return `${o.scenario.replace(/^.*\), /, "")}: ${fmt(extra, 0)} µs more per request, ratio ${
      fmt(o.result.ratio, 2)
    }`;
  });
  return [
    `Over loopback (${parts.join("; ")}) the same client-side CPU is spent per request, on a`,
    "2-CPU machine shared with the server process, so it shows up there too, if less than against",
    "the in-process handler (which answers in tens of µs).",
  ].join("\n");
}

function overheadWhy(r: Report): string {
  const row = (prefix: string) => r.ablation.find((a) => a.variant.startsWith(prefix));
  const cost = (fill: number) =>
    r.acquire.find((a) => a.limiter === "MemoryRateLimiter" && a.fill === fill)?.us ?? NaN;
  const signal = row("raw fetch + a 30 s timeout signal");
  const counted = row("raw fetch + a 30 s timeout signal + the body counted");
  const bare = row("HttpHandler.send, no limiter, timeout 0");
  const timed = row("HttpHandler.send, no limiter, timeout 30 s");
  const limited = row("HttpHandler.send + MemoryRateLimiter");
  const full = row("Client as configured");
  const noop = row("Client, no-op limiter, timeout 0");
  if (!bare || !full) return "";
  const floor = counted
    ? [
      "",
      `**The floor.** A raw fetch that does what every bounded call must do costs ${
        fmt(signal?.extraUs ?? NaN, 1)
      } µs`,
      `more with a timeout signal (ratio ${
        fmt(signal?.result.ratio ?? NaN, 2)
      }: the injected fetch`,
      "builds a `Request` that follows it), and " +
      `${fmt(counted.extraUs, 1)} µs more (ratio ${fmt(counted.result.ratio, 2)})`,
      "when the body is also counted chunk by chunk, as `maxResponseBytes` requires of any `fetch`",
      "that is not the platform's (a custom one may declare a length and stream forever; the",
      "platform's ends a body at its declared `Content-Length`, so its plain answers are read whole).",
      `Measured against that floor, \`Client\` as configured reaches ${
        fmt(full.result.client.rps / counted.result.client.rps, 2)
      }.`,
    ]
    : [];
  return [
    "**Why the in-process ratio misses** (numbers from this run; µs are per request above raw fetch,",
    "at 1 in flight). The in-process handler answers in about 50 µs, so 0.85 leaves the client",
    "under 9 µs for everything it does; over loopback the same work weighs less.",
    ...floor,
    "",
    `1. The pipeline with no limiter and no timeout: ${fmt(bare.extraUs, 1)} µs`,
    "   (`HttpHandler.send`: the retry loop, one async attempt, the body counted and decoded).",
    `2. The default 30 s timeout: ${
      fmt((timed?.extraUs ?? NaN) - bare.extraUs, 1)
    } µs more (within noise when small).`,
    "   On the system clock the attempts of one short slot share one `AbortSignal.timeout` (a",
    "   timer per request on Cloudflare Workers); the cost is the signal the injected `fetch` then",
    "   has to follow, and the race that settles the attempt even when a `fetch` ignores its",
    "   signal (a stub, a wrapper, a `globalThis.fetch` replaced after start).",
    `3. \`MemoryRateLimiter.acquire\`: ${fmt(cost(0), 1)} µs into an empty window, ${
      fmt(cost(1200), 1)
    } µs`,
    `   with 1,200 starts in the window, ${fmt(cost(12000), 1)} µs with 12,000 and ${
      fmt(cost(100000), 1)
    } µs with`,
    "   100,000 (running totals and a fast path when nobody waits). Client rows: " +
    `no-op limiter and timeout 0 → ${fmt(noop?.extraUs ?? NaN, 1)} µs; as configured → ${
      fmt(full.extraUs, 1)
    } µs` +
    (limited ? `; HttpHandler + limiter → ${fmt(limited.extraUs, 1)} µs.` : "."),
    "",
    "Small operations, measured in this run (µs each):",
    "",
    table(["operation", "µs"], Object.entries(r.micro).map(([name, us]) => [name, fmt(us, 2)])),
    "",
    loopbackNote(r),
  ].join("\n");
}

/**
 * Renders the report.
 *
 * @param r the measurements
 * @returns Markdown
 */
export function render(r: Report): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    "## Results (generated by `deno task bench:report`)",
    "",
    "Reproduce with one command: `deno task bench:report` (that is `deno run -A bench/report.ts`;",
    "`apt-get install -y wrk` first to load the emulator with wrk instead of a Deno fetch loop).",
    "It needs the npm registry once, for esbuild and the peer clients (installed into a temp",
    "directory with `npm install --prefix`). `deno task bench` runs the `deno bench` micro-benchmarks",
    "in `bench/*_bench.ts`. Every comparison below is a ratio measured side by side in the same run,",
    "in interleaved rounds; throughput comes from the median round, so a burst of load from elsewhere",
    "moves both sides alike. p99 latencies on a shared 2-CPU machine mostly show its scheduling.",
    r.quick ? "\n**This was a `--quick` run: smaller samples, for trying the script.**" : "",
    "",
    "### Machine",
    "",
    table(["nproc", "CPU", "memory", "Deno", "V8", "OS", "load avg (start → end)", "date"], [[
      String(m.nproc),
      m.cpu,
      `${fmt(m.memoryGiB, 1)} GiB`,
      m.deno,
      m.v8,
      m.os,
      `${fmt(m.loadStart, 2)} → ${fmt(m.loadEnd ?? NaN, 2)}`,
      m.date,
    ]]),
    "",
    "### Goals",
    "",
    table(["goal", "target", "measured", "verdict"], goals(r)),
  );
  if (r.overhead.length) {
    out.push(
      "",
      "### Per-request overhead: `Client.getUser(2)` against raw `fetch` of `GET /api/v2/users/2`",
      "",
      "Client with `requestWaitTime: 0, limitPerMinute: 1e9` (and its defaults otherwise: 30 s",
      "timeout, retries, cached token); raw fetch sends the same headers and calls `json()`.",
      "",
      table(
        ["scenario", "raw req/s", "Client req/s", "ratio", "raw p50 / p99", "Client p50 / p99"],
        r.overhead.map(({ scenario, result }) => [
          scenario,
          fmt(result.raw.rps),
          fmt(result.client.rps),
          `**${fmt(result.ratio, 3)}**`,
          lat(result.raw.p50, result.raw.p99),
          lat(result.client.p50, result.client.p99),
        ]),
      ),
    );
  }
  if (r.ablation.length) {
    out.push(
      "",
      "### Where the time goes (in-process, 1 in flight; each row measured against raw fetch)",
      "",
      table(
        ["variant", "req/s", "raw req/s", "ratio", "µs per request over raw"],
        r.ablation.map((a) => [
          a.variant,
          fmt(a.result.client.rps),
          fmt(a.result.raw.rps),
          fmt(a.result.ratio, 3),
          fmt(a.extraUs, 1),
        ]),
      ),
      "",
      overheadWhy(r),
    );
  }
  out.push(
    "",
    "### Rate limiter",
    "",
    "Acquire cost (uncontended, `requestWaitTime: 0`, sequential `await acquire()`):",
    "",
    table(
      ["limiter", "starts already in the window", "µs per acquire"],
      r.acquire.map((a) => [a.limiter, fmt(a.fill), fmt(a.us, 2)]),
    ),
  );
  if (r.accuracy.length) {
    out.push(
      "",
      "Accuracy: 1000 concurrent callers, each looping `acquire()`; cap 1200 per 60 s window (osu!'s",
      "limit), `requestWaitTime: 0`. The clock runs fast and is paced by real timers (limiter time",
      "jumps to each sleep's target; a 60 s window takes 60/speed s), so real timers and real I/O are in",
      "the loop and the run takes seconds. Over-cap counts sliding windows anchored at every start.",
      "Fairness: when the starts do not divide evenly among the callers, a perfectly fair FIFO still",
      "gives some callers one more than others (max − min = 1); more than that is unfairness.",
      "",
      table(
        [
          "limiter",
          "speed",
          "windows",
          "starts",
          "utilization",
          "windows over cap",
          "max in a window",
          "starts per caller min / mean / max",
          "spread (max−min)/mean",
          "wall",
        ],
        r.accuracy.map(({ limiter, speed, result: a }) => [
          limiter,
          `${speed}×`,
          String(a.windows),
          fmt(a.granted),
          pct(a.utilization),
          String(a.overCap),
          String(a.maxInWindow),
          `${a.fairness.min} / ${fmt(a.fairness.mean, 1)} / ${a.fairness.max}`,
          fmt(a.spread, 2),
          duration(a.wallMs),
        ]),
      ),
    );
  }
  if (r.token) {
    out.push(
      "",
      "### Token path",
      "",
      `\`getToken()\` with a cached token: **${duration(r.token.cachedMs)}** per call.`,
      "",
      "1000 concurrent `getUser` calls one day later (the token expired; emulator and client share a",
      "fake clock):",
      "",
      table(
        ["grant", "calls", "token requests", "grants sent", "failed calls", "401 answers"],
        r.token.storms.map((
          s,
        ) => [
          s.grant,
          fmt(s.calls),
          `**${s.tokenRequests}**`,
          s.tokenGrants.join(", ") || "-",
          String(s.failed),
          String(s.unauthorized),
        ]),
      ),
    );
  }
  if (r.sizes.length) {
    const ours = r.sizes[0];
    out.push(
      "",
      "### Bundle size (esbuild 0.28.2, `--bundle --minify --format=esm`, whole entry; gzip by CompressionStream)",
      "",
      table(
        ["bundle", "platform", "minified", "min + gzip", "gzip vs ours"],
        r.sizes.map((s) => [
          s.name,
          s.platform,
          kb(s.minified),
          `**${kb(s.gzip)}**`,
          s.error ? `failed: ${s.error}` : `${fmt(s.gzip / ours.gzip, 2)}×`,
        ]),
      ),
    );
    if (r.breakdown.length) {
      const total = ours.minified;
      out.push(
        "",
        "What dominates our bundle (bytes each module contributes to the minified output):",
        "",
        table(
          ["module", "minified bytes", "share"],
          r.breakdown.map(([path, bytes]) => [`\`${path}\``, fmt(bytes), pct(bytes / total)]),
        ),
      );
      if (r.whatIf && Number.isFinite(r.whatIf.gzip)) {
        out.push(
          "",
          `What-if: without the realtime client (\`NotificationWebsocket\` and its helpers, were it` +
            ` an entry of its own) \`mod.ts\` bundles to ${kb(r.whatIf.minified)} minified, ` +
            `**${kb(r.whatIf.gzip)}** min+gzip (${kb(ours.gzip - r.whatIf.gzip)} less).`,
        );
      }
    }
  }
  if (r.startup.length) {
    const empty = r.startup[0].medianMs;
    out.push(
      "",
      "### Start-up: fresh `deno run --no-check` that imports the entry and exits (median)",
      "",
      table(
        ["entry", "median", "minus empty script", "runs"],
        r.startup.map((
          s,
        ) => [
          s.name,
          s.error ? `failed: ${s.error.split("\n")[0]}` : `${fmt(s.medianMs, 1)} ms`,
          s.error ? "-" : `${fmt(s.medianMs - empty, 1)} ms`,
          String(s.runs),
        ]),
      ),
      "",
      "Modules each bundle was built from (a source import loads each one separately): " +
        Object.entries(r.modules).map(([name, count]) => `${name} ${count}`).join(", ") + ".",
      "Our source entry is a graph of TypeScript modules Deno loads (from its transpile cache) one by",
      "one; the bundle row shows the same code as one file. Peers ship compiled JavaScript.",
    );
  }
  if (r.firstRun.length) {
    out.push(
      "",
      "### First run: what each task downloads (fresh clone, empty `DENO_DIR`)",
      "",
      "Bytes through a counting HTTPS proxy (TLS included), then the size of the Deno cache. The root",
      "config names no npm package and has no lock, so `deno task` caches nothing before a task; the",
      "tasks that run npm tools pin them in `dev.lock`.",
      "",
      firstRunTable(r.firstRun),
    );
  }
  if (r.load.length) {
    out.push(
      "",
      `### Emulator throughput (served with \`Deno.serve\` on 127.0.0.1 in its own process; load: ${
        r.load[0].tool
      }${r.wrk ? ` — ${r.wrk}` : ""})`,
      "",
      "How hard your own tests can drive it on a machine like this one. The load generator shares",
      "the CPUs with the server.",
      "",
      table(
        ["request", "connections", "duration", "req/s", "p50", "p99", "non-2xx"],
        r.load.map((
          l,
        ) => [
          `GET ${l.path}`,
          String(l.connections),
          `${l.seconds} s`,
          fmt(l.rps),
          duration(l.p50Ms),
          duration(l.p99Ms),
          String(l.errors),
        ]),
      ),
    );
  }
  if (r.notes.length) {
    out.push(
      "",
      "### Skipped or failed in this run",
      "",
      ...r.notes.map((n) => `- ${n}`),
    );
  }
  return out.join("\n");
}
