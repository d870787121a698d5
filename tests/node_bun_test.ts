/**
 * "Node.js and Bun work": `tests/runtimes/program.ts` bundled with `deno bundle` (as a bundler in a
 * Node or Bun app would bundle the package) and run by `node` and `bun` against the emulator served
 * on 127.0.0.1. Each runtime that is not installed is skipped with a message (`.ci/run` installs
 * Bun with `npm install -g bun`).
 */
import { assertEquals } from "@std/assert";
import { createEmulator } from "@osu-ts/api/testing";
import { run } from "./_run.ts";
import { bundleProgram, installedVersion } from "./_bundle.ts";

const PROGRAM = new URL("runtimes/program.ts", import.meta.url).pathname;
const EXPECTED = {
  user: "peppy",
  beatmap: 75,
  scores: 3,
  notFound: true,
  stalledBody: "TimeoutError",
};

let bundled: Promise<string> | undefined;

/** Bundles the program once per test run; resolves to the bundle's path. */
function bundle(): Promise<string> {
  bundled ??= bundleProgram(PROGRAM, "osu-ts-runtimes-").then((built) => built.path);
  return bundled;
}

/** Headers and the start of a JSON body, then nothing (the client's abort cancels it). */
function stalledBody(): Response {
  const start = new TextEncoder().encode('{"id":');
  const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(start) });
  return new Response(body, { headers: { "content-type": "application/json" } });
}

async function runAgainstEmulator(runtime: string): Promise<unknown> {
  const osu = createEmulator();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    (request) => new URL(request.url).pathname === "/stall" ? stalledBody() : osu.handler(request),
  );
  try {
    const { clientId, clientSecret } = osu.credentials;
    const base = `http://127.0.0.1:${server.addr.port}`;
    const out = await run(runtime, [await bundle(), base, String(clientId), clientSecret]);
    if (out.code !== 0) throw new Error(`${runtime} exited with ${out.code}: ${out.stderr}`);
    return JSON.parse(out.stdout);
  } finally {
    await server.shutdown();
  }
}

for (const [runtime, name] of [["node", "Node.js"], ["bun", "Bun"]]) {
  const installed = installedVersion(runtime);
  if (!installed) console.warn(`Skipping the ${name} test: \`${runtime}\` is not installed`);
  Deno.test({
    name: `${name} (${installed ?? "missing"}): the bundled package calls the served emulator`,
    ignore: !installed,
    async fn() {
      assertEquals(await runAgainstEmulator(runtime), EXPECTED);
    },
  });
}
