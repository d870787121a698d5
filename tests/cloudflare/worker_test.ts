import { assert, assertEquals } from "@std/assert";
import { type CoordinatorNamespace, coordinatorStub } from "@osu-ts/api/durable-objects";
import { serveEmulator, startWorker, workerBundle } from "./_worker.ts";

const options = { sanitizeOps: false, sanitizeResources: false };

Deno.test({
  name: "Cloudflare Worker: 200 concurrent requests cause exactly one token request upstream",
  ...options,
  async fn() {
    const upstream = serveEmulator();
    const worker = await startWorker(upstream, {
      vars: { OSU_REQUEST_WAIT_TIME: "0", OSU_LIMIT_PER_MINUTE: "1200" },
    });
    try {
      const started = performance.now();
      const responses = await Promise.all(
        Array.from({ length: 200 }, () => worker.get("/user/peppy")),
      );
      const bodies = await Promise.all(responses.map((r) => r.text()));
      console.log(
        `200 requests through the Worker in ${Math.round(performance.now() - started)} ms`,
      );
      const failed = responses.findIndex((r) => r.status !== 200);
      assertEquals(failed, -1, `status ${responses[failed]?.status}: ${bodies[failed]}`);
      assertEquals(bodies.map((b) => JSON.parse(b).username), Array(200).fill("peppy"));
      assertEquals(upstream.tokenRequests(), 1);
      assertEquals(upstream.arrivals.filter((a) => a.path.startsWith("/api/v2/users")).length, 200);
    } finally {
      await worker.dispose();
      await upstream.close();
    }
  },
});

Deno.test({
  name:
    "Cloudflare Worker: the Durable Object limiter lets no more than the cap start in any window",
  ...options,
  async fn() {
    const upstream = serveEmulator();
    const cap = 5, windowMs = 2000, waitMs = 20;
    const worker = await startWorker(upstream, {
      vars: {
        OSU_REQUEST_WAIT_TIME: String(waitMs / 1000),
        OSU_LIMIT_PER_MINUTE: String(cap),
        OSU_RATE_WINDOW_MS: String(windowMs),
      },
    });
    try {
      const responses = await Promise.all(
        Array.from({ length: 19 }, () => worker.get("/user/peppy")),
      );
      await Promise.all(responses.map((r) => r.arrayBuffer()));
      assertEquals(responses.map((r) => r.status), Array(19).fill(200));
      // 20 requests (one for the token), 5 per window: they start in 4 windows.
      const at = upstream.arrivals.map((a) => a.at).sort((a, b) => a - b);
      assertEquals(at.length, 20);
      // Slots are exact on the Durable Object's clock (see the SqlCoordinator tests); a start
      // reaches the emulator after the RPC answer, a timer and a fetch in a busy isolate, so the
      // check allows 10% of the window for that jitter.
      const jitter = windowMs / 10;
      for (const start of at) {
        const inWindow = at.filter((t) => t >= start && t < start + windowMs - jitter);
        assert(
          inWindow.length <= cap,
          `${inWindow.length} requests in the window from ${start.toFixed(0)} ms: ` +
            at.map((t) => Math.round(t - at[0])).join(" "),
        );
      }
      const spread = at[at.length - 1] - at[0];
      console.log(
        `20 requests at ${cap} per ${windowMs} ms took ${Math.round(spread)} ms upstream`,
      );
      assert(spread >= 3 * windowMs - jitter, `${spread} ms is too fast`);
      assert(spread < 5 * windowMs, `${spread} ms is slower than the limits need`);
    } finally {
      await worker.dispose();
      await upstream.close();
    }
  },
});

Deno.test({
  name: "Cloudflare Worker: the token and the budget survive a Durable Object restart",
  ...options,
  async fn() {
    const upstream = serveEmulator();
    const persistTo = await Deno.makeTempDir({ prefix: "osu-ts-do-" });
    const vars = { OSU_REQUEST_WAIT_TIME: "0", OSU_LIMIT_PER_MINUTE: "3" };
    const clientId = String(upstream.osu.credentials.clientId);
    const knobs = { requestWaitTime: 0, limitPerMinute: 3, windowMs: 60_000 };
    try {
      let worker = await startWorker(upstream, { vars, persistTo });
      assertEquals((await worker.get("/user/peppy")).status, 200);
      await worker.dispose();
      assertEquals(upstream.tokenRequests(), 1);

      worker = await startWorker(upstream, { vars, persistTo });
      try {
        const response = await worker.get("/user/peppy");
        assertEquals((await response.json()).username, "peppy");
        assertEquals(upstream.tokenRequests(), 1, "the stored token was used after the restart");
        const namespace = await worker.mf.getDurableObjectNamespace(
          "OSU_COORDINATOR",
        ) as unknown as CoordinatorNamespace;
        const stub = coordinatorStub(namespace, clientId);
        assertEquals(await stub.used(60_000), 3, "token + two lookups, across the restart");
        const { delayMs } = await stub.reserve(knobs);
        assert(delayMs > 50_000, `the budget was reset early: next slot in ${delayMs} ms`);
      } finally {
        await worker.dispose();
      }
    } finally {
      await upstream.close();
      await Deno.remove(persistTo, { recursive: true });
    }
  },
});

Deno.test({
  name: "Cloudflare Worker: the bundle is built by wrangler and stays small",
  ...options,
  async fn() {
    const bundle = await workerBundle();
    assert(bundle.gzipBytes < 100 * 1024, `${bundle.gzipBytes} bytes gzipped`);
    const text = await Deno.readTextFile(bundle.path);
    assert(/export\s*{[^}]*\bOsuCoordinator\b/.test(text), "the Durable Object class is exported");
    assert(!/\bDeno\./.test(text), "the bundle touches no Deno API");
  },
});
