/**
 * "Node.js and Bun work": `tests/runtimes/program.ts` bundled with `deno bundle` (as a bundler in a
 * Node or Bun app would bundle the package) and run by `node` and `bun` against the emulator served
 * on 127.0.0.1. Each runtime that is not installed is skipped with a message (`.ci/run` installs
 * Bun with `npm install -g bun`).
 */
import { assertEquals } from "@std/assert";
import { createEmulator } from "@osu-ts/api/testing";
import { run } from "./_run.ts";

const PROGRAM = new URL("runtimes/program.ts", import.meta.url).pathname;
const EXPECTED = {
  user: "peppy",
  beatmap: 75,
  scores: 3,
  notFound: true,
  stalledBody: "TimeoutError",
};

function version(runtime: string): string | undefined {
  try {
    const out = new Deno.Command(runtime, { args: ["--version"], stdout: "piped", stderr: "null" })
      .outputSync();
    return out.success ? new TextDecoder().decode(out.stdout).trim() : undefined;
  } catch {
    return undefined; // not installed
  }
}

let bundled: Promise<string> | undefined;

/** Bundles the program once per test run; resolves to the bundle's path. */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "osu-ts-runtimes-" });
    const output = `${dir}/program.mjs`;
    const args = ["bundle", "--quiet", "--platform", "browser", "--output", output, PROGRAM];
    const out = await run("deno", args);
    if (out.code !== 0) throw new Error(`deno bundle failed: ${out.stderr}`);
    return output;
  })();
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
  const installed = version(runtime);
  if (!installed) console.warn(`Skipping the ${name} test: \`${runtime}\` is not installed`);
  Deno.test({
    name: `${name} (${installed ?? "missing"}): the bundled package calls the served emulator`,
    ignore: !installed,
    async fn() {
      assertEquals(await runAgainstEmulator(runtime), EXPECTED);
    },
  });
}
