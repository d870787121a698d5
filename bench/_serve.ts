/**
 * Serves the emulator on 127.0.0.1 (a free port) in its own process, with its rate limit out of
 * the way, for the loopback benchmarks. Prints `{"port": N, ...credentials}` on one line, and
 * stops when its standard input closes.
 *
 * Run: `deno run -A bench/_serve.ts`
 *
 * @module
 */
import { fastEmulator, loadEmulator } from "./_optional.ts";

const create = await loadEmulator();
if (!create) {
  console.log(JSON.stringify({ error: "src/testing/mod.ts does not exist yet" }));
  Deno.exit(1);
}
const emulator = fastEmulator(create);
let served = 0;
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
  // The request log grows with every request; keep memory flat under load.
  if (++served % 10_000 === 0) emulator.clearLog();
  return emulator.handler(request);
});
console.log(JSON.stringify({ port: server.addr.port, ...emulator.credentials }));
// Stop when the parent closes our stdin (or dies).
for await (const _ of Deno.stdin.readable) { /* drain */ }
await server.shutdown();
