import { assert } from "@std/assert";
import { ROOT } from "../../examples/cloudflare_worker/build.ts";

const CONFIG = "examples/cloudflare_worker/deno.workers.json";
// The Workers-only files are excluded from the root config (Deno cannot resolve
// `cloudflare:workers` nor knows Workers types), so they are checked, linted and formatted here.
const WORKERS_ONLY = [
  "examples/cloudflare_worker/main.ts",
  "examples/cloudflare_worker/types/cloudflare_workers.d.ts",
  "examples/cloudflare_worker/types/workers_globals.d.ts",
];

async function deno(args: string[]): Promise<{ ok: boolean; output: string }> {
  const result = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return {
    ok: result.success,
    output: decoder.decode(result.stdout) + decoder.decode(result.stderr),
  };
}

Deno.test("Cloudflare Worker: the Worker and the code it bundles type-check with Workers types", async () => {
  const { ok, output } = await deno([
    "check",
    "--config",
    CONFIG,
    "examples/cloudflare_worker/main.ts",
  ]);
  assert(ok, output);
});

Deno.test("Cloudflare Worker: a Deno API in shared code fails the Workers type check", async () => {
  const dir = await Deno.makeTempDir({ prefix: "osu-ts-probe-" });
  const probe = `${dir}/probe.ts`;
  const adapter = new URL("../../adapters/durable_objects.ts", import.meta.url).href;
  await Deno.writeTextFile(
    probe,
    `import "${adapter}";\nexport const home = Deno.env.get("HOME");\n`,
  );
  try {
    const { ok, output } = await deno(["check", "--config", CONFIG, probe]);
    assert(!ok && output.includes("Cannot find name 'Deno'"), output);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("Cloudflare Worker: the Workers-only files are linted and formatted", async () => {
  const lint = await deno(["lint", "--config", CONFIG, ...WORKERS_ONLY]);
  assert(lint.ok, lint.output);
  const fmt = await deno(["fmt", "--check", "--config", CONFIG, ...WORKERS_ONLY]);
  assert(fmt.ok, fmt.output);
});
