/**
 * For the tests that run the package outside Deno (Node.js, Bun, workerd): a test program bundled
 * the way an app's bundler would bundle it, and which runtimes are installed.
 *
 * @module
 */
import { run } from "./_run.ts";

/** A bundled program. */
export interface Bundled {
  /** The temp directory that holds it (remove it when done). */
  readonly dir: string;
  /** The bundle's path. */
  readonly path: string;
}

/**
 * Bundles `entry` with `deno bundle --platform browser` into a new temp directory.
 *
 * @param entry the program's path
 * @param prefix the temp directory's prefix
 * @param file the bundle's file name @default {"program.mjs"}
 * @returns where the bundle is
 * @throws {Error} with `deno bundle`'s output when it fails
 */
export async function bundleProgram(
  entry: string,
  prefix: string,
  file = "program.mjs",
): Promise<Bundled> {
  const dir = await Deno.makeTempDir({ prefix });
  const path = `${dir}/${file}`;
  const out = await run("deno", [
    "bundle",
    "--quiet",
    "--platform",
    "browser",
    "--output",
    path,
    entry,
  ]);
  if (out.code !== 0) throw new Error(`deno bundle failed: ${out.stderr}`);
  return { dir, path };
}

/**
 * The version `runtime --version` prints.
 *
 * @param runtime the program (`node`, `bun`)
 * @returns the version, or `undefined` when it is not installed
 */
export function installedVersion(runtime: string): string | undefined {
  try {
    const out = new Deno.Command(runtime, { args: ["--version"], stdout: "piped", stderr: "null" })
      .outputSync();
    return out.success ? new TextDecoder().decode(out.stdout).trim() : undefined;
  } catch {
    return undefined; // not installed
  }
}
