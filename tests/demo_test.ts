/**
 * `deno task demo` and `deno task emulator` as a newcomer uses them: the demo against a served
 * emulator through `OSU_BASE_URL`, one line when the backend cannot be reached, and the emulator's
 * page at `GET /`.
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { createEmulator } from "@osu-ts/api/testing";
import { run } from "./_run.ts";

const ROOT = new URL("../", import.meta.url);
const DEMO = ["run", "--allow-env", "--allow-net", "examples/demo.ts"];

function demo(env: Record<string, string>) {
  return run("deno", DEMO, { cwd: ROOT, env: { NO_COLOR: "1", ...env }, clearEnv: true });
}

/** A port nothing listens on: one the system just handed out and took back. */
function closedPort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

Deno.test("demo: OSU_BASE_URL points it at another host (a served emulator)", async () => {
  const osu = createEmulator();
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, osu.handler);
  try {
    const base = `http://127.0.0.1:${server.addr.port}`;
    const run = await demo({
      OSU_CLIENT_ID: String(osu.credentials.clientId),
      OSU_CLIENT_SECRET: osu.credentials.clientSecret,
      OSU_BASE_URL: base,
    });
    assertEquals(run.code, 0, run.stderr);
    assertStringIncludes(run.stdout, `Backend: the osu! API at ${base}`);
    assertStringIncludes(run.stdout, 'getUser("@peppy")      → peppy');
    assert(osu.requests.some((r) => r.path === "/oauth/token"), "no token request reached it");
  } finally {
    await server.shutdown();
  }
});

Deno.test("demo: an unreachable backend prints one line saying what failed and what to check", async () => {
  const base = `http://127.0.0.1:${closedPort()}`;
  const run = await demo({ OSU_CLIENT_ID: "1", OSU_CLIENT_SECRET: "secret", OSU_BASE_URL: base });
  assertEquals(run.code, 1);
  const lines = run.stderr.trim().split("\n");
  assertEquals(lines.length, 1, run.stderr);
  assertStringIncludes(lines[0], "NetworkError");
  assertStringIncludes(lines[0], `(OSU_BASE_URL: ${base})`);
});

Deno.test("emulator task: GET / says what it is and where the API and authorize URLs are", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "examples/serve_emulator.ts", "--port", "0"],
    cwd: ROOT,
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  try {
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let printed = "";
    while (!/listening on (\S+)/.test(printed)) {
      const { value, done } = await reader.read();
      if (done) break;
      printed += value;
    }
    const base = /listening on (\S+)/.exec(printed)![1];
    const page = await fetch(`${base}/`);
    assertEquals(page.status, 200);
    assertStringIncludes(page.headers.get("content-type") ?? "", "text/html");
    const html = await page.text();
    assertStringIncludes(html, "osu! API emulator");
    assertStringIncludes(html, `${base}/api/v2/`);
    assertStringIncludes(html, `${base}/oauth/authorize`);
    reader.releaseLock();
  } finally {
    child.kill();
    await child.status;
    await child.stdout.cancel().catch(() => {});
  }
});
