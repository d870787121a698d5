/**
 * The repository stands alone: a plain `git clone` (nothing beside it) runs the README's first
 * command, `deno task demo`, with an empty Deno cache and no network, and no file reaches outside
 * the repository for data. The clone is of what is committed (`HEAD`), as a newcomer gets it.
 *
 * The offline run needs `unshare -n` (util-linux, and the right to make a network namespace); where
 * it is missing the test is skipped with a message.
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { run } from "./_run.ts";

const ROOT = new URL("../", import.meta.url).pathname;

function succeeds(command: string, args: string[]): boolean {
  try {
    return new Deno.Command(command, { args, stdout: "null", stderr: "null", cwd: ROOT })
      .outputSync().success;
  } catch {
    return false; // not installed
  }
}

const isCheckout = succeeds("git", ["rev-parse", "--is-inside-work-tree"]);
const offline = succeeds("unshare", ["-n", "true"]);
if (!isCheckout) console.warn("Skipping the fresh-clone demo test: not a git checkout");
else if (!offline) {
  console.warn("Skipping the fresh-clone demo test: `unshare -n` (no network) is not available");
}

Deno.test({
  name: "deno task demo runs in a fresh clone with an empty Deno cache and no network",
  ignore: !isCheckout || !offline,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "osu-ts-fresh-" });
    try {
      const clone = await run("git", ["clone", "--quiet", ROOT, `${dir}/clone`]);
      assertEquals(clone.code, 0, clone.output);
      const env = { DENO_DIR: `${dir}/cache`, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
      const demo = await run("unshare", ["-n", Deno.execPath(), "task", "demo"], {
        cwd: `${dir}/clone`,
        env,
        clearEnv: true,
        signal: AbortSignal.timeout(120_000), // a hang fails the test instead of blocking the run
      });
      assertEquals(demo.code, 0, demo.output);
      assertStringIncludes(demo.output, "Backend: the embedded offline osu! API emulator");
      assertStringIncludes(demo.output, 'getUser("@peppy")      → peppy');
      assert(!demo.output.includes("Download"), `the demo downloaded something:\n${demo.output}`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "no committed file reads data from the shared folder beside the repository",
  ignore: !isCheckout,
  async fn() {
    const files = await run("git", [
      "grep",
      "-l",
      "-e",
      String.raw`\.\./shared`,
      "--",
      ":!dev.lock",
    ], {
      cwd: ROOT,
    });
    assertEquals(files.output.trim(), "", "files that refer to the shared folder");
  },
});
