/**
 * `deno bench`: one in-process `GET users/2` through raw fetch (the baseline), the bare
 * pipeline, and `Client`. The report (`bench/report.ts`) measures the same side by side with
 * latencies; these give `deno bench`'s own view.
 *
 * @module
 */
import { Client, HttpHandler } from "../mod.ts";
import { fastEmulator, loadEmulator } from "./_optional.ts";
import { clientToken, pipelineSender, rawSender } from "./_overhead.ts";

const create = await loadEmulator();
if (!create) {
  console.warn("bench/overhead_bench.ts: skipped, src/testing/mod.ts does not exist yet");
} else {
  const emulator = fastEmulator(create);
  const base = "https://osu.ppy.sh";
  const token = await clientToken(emulator.fetch, base, emulator.credentials);
  const raw = rawSender(emulator.fetch, `${base}/api/v2/users/2`, token);
  const pipeline = pipelineSender(
    new HttpHandler({ fetch: emulator.fetch }),
    `${base}/api/v2/users/2`,
    token,
  );
  const client = Client.fromClientCredentials({
    ...emulator.credentials,
    fetch: emulator.fetch,
    requestWaitTime: 0,
    limitPerMinute: 1e9,
  });
  await client.getUser(2);
  let sent = 0;
  const tidy = () => {
    if (++sent % 10_000 === 0) emulator.clearLog();
  };
  const group = "GET users/2, in-process emulator";
  Deno.bench("raw fetch + json()", { group, baseline: true }, async () => {
    tidy();
    await raw();
  });
  Deno.bench("HttpHandler.send (no limiter)", { group }, async () => {
    tidy();
    await pipeline();
  });
  Deno.bench("Client.getUser(2)", { group }, async () => {
    tidy();
    await client.getUser(2);
  });
}
