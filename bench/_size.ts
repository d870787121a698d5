/**
 * Bundle size: `mod.ts` and the peer clients bundled the same way with esbuild (minified ESM),
 * raw and gzip (CompressionStream), plus what dominates our bundle.
 *
 * @module
 */

/** The esbuild used for every bundle (npm, run by Deno). */
export const ESBUILD = "npm:esbuild@0.28.2";

/** The lock file that pins the development tools (the root config has none: see the README). */
const LOCK = new URL("../dev.lock", import.meta.url).pathname;

/** The peer clients, pinned so the numbers are reproducible. */
export const PEERS = {
  "osu-web.js": "2.6.0",
  "osu-api-v2-js": "2.1.5",
  "osu-api-extended": "3.1.12",
} as const;

/** One measured bundle. */
export interface BundleSize {
  readonly name: string;
  /** The esbuild platform that worked (neutral first, then browser, then node). */
  readonly platform: string;
  readonly minified: number;
  readonly gzip: number;
  /** Why it could not be bundled, if so. */
  readonly error?: string;
  /** The bundle file. */
  readonly file?: string;
  /** esbuild's metafile, for the breakdown. */
  readonly meta?: string;
}

/**
 * Gzip size of some bytes (CompressionStream's gzip, default level).
 *
 * @param bytes the data
 * @returns the compressed size
 */
export async function gzipSize(bytes: Uint8Array): Promise<number> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function esbuild(args: string[], cwd: string) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `--lock=${LOCK}`, ESBUILD, ...args],
    cwd,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { ok: out.success, stderr: new TextDecoder().decode(out.stderr) };
}

/**
 * Bundles `entry` minified, trying platforms in turn.
 *
 * @param name the row's name
 * @param entry the entry file
 * @param cwd where to run esbuild (its node_modules are used)
 * @param outDir where to write the bundle
 * @param platforms the platforms to try, in order
 * @returns the sizes, or the last error
 */
export async function bundle(
  name: string,
  entry: string,
  cwd: string,
  outDir: string,
  platforms: readonly string[] = ["neutral", "browser", "node"],
): Promise<BundleSize> {
  let error = "";
  for (const platform of platforms) {
    const file = `${outDir}/${name.replace(/[^\w.-]+/g, "_")}.${platform}.min.js`;
    const meta = `${file}.meta.json`;
    const result = await esbuild([
      entry,
      "--bundle",
      "--minify",
      "--format=esm",
      `--platform=${platform}`,
      "--main-fields=module,main",
      "--log-level=error",
      `--outfile=${file}`,
      `--metafile=${meta}`,
    ], cwd);
    if (!result.ok) {
      error = result.stderr.split("\n").find((line) => line.includes("ERROR"))?.trim() ??
        result.stderr.trim().slice(0, 200);
      continue;
    }
    const bytes = await Deno.readFile(file);
    return { name, platform, minified: bytes.byteLength, gzip: await gzipSize(bytes), file, meta };
  }
  return { name, platform: "-", minified: NaN, gzip: NaN, error };
}

/**
 * The modules that take the most bytes of a bundle.
 *
 * @param meta esbuild's metafile path
 * @param top how many
 * @returns module path and bytes in the output, largest first
 */
export async function breakdown(meta: string, top = 6): Promise<[string, number][]> {
  const json = JSON.parse(await Deno.readTextFile(meta));
  const output = Object.values(json.outputs)[0] as {
    inputs: Record<string, { bytesInOutput: number }>;
  };
  return Object.entries(output.inputs)
    .map(([path, input]) =>
      [path.replace(/^.*?(src\/|mod\.ts)/, "$1"), input.bytesInOutput] as [
        string,
        number,
      ]
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
}

/**
 * How many modules a bundle was built from.
 *
 * @param meta esbuild's metafile path
 * @returns the count of inputs
 */
export async function moduleCount(meta: string): Promise<number> {
  return Object.keys(JSON.parse(await Deno.readTextFile(meta)).inputs).length;
}

/**
 * Installs the peer clients into `dir` with `npm install --prefix` (no install scripts).
 *
 * @param dir the temp dir
 * @returns undefined, or npm's error
 */
export async function installPeers(dir: string): Promise<string | undefined> {
  await Deno.writeTextFile(`${dir}/package.json`, JSON.stringify({ private: true }));
  const out = await new Deno.Command("npm", {
    args: [
      "install",
      "--prefix",
      dir,
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      ...Object.entries(PEERS).map(([name, version]) => `${name}@${version}`),
    ],
    stdout: "piped",
    stderr: "piped",
  }).output().catch((error) => ({
    success: false,
    stderr: new TextEncoder().encode(String(error)),
  }));
  return out.success ? undefined : new TextDecoder().decode(out.stderr).slice(0, 300);
}

/**
 * A what-if: our bundle if `mod.ts` did not export the realtime client (`NotificationWebsocket`
 * and its helpers), as if it lived in an entry of its own: a copy of `mod.ts` without the export
 * blocks from `src/realtime/`, bundled the same way. This is what the realtime client adds to
 * `mod.ts`.
 *
 * @param root the repository root
 * @param dir a temp dir
 * @returns the sizes
 */
export async function withoutRealtime(root: string, dir: string): Promise<BundleSize> {
  const copy = `${dir}/no-realtime`;
  await Deno.mkdir(copy, { recursive: true });
  const cp = await new Deno.Command("cp", { args: ["-r", `${root}/src`, `${root}/mod.ts`, copy] })
    .output();
  if (!cp.success) return { name: "what-if", platform: "-", minified: NaN, gzip: NaN };
  const file = `${copy}/mod.ts`;
  const text = await Deno.readTextFile(file);
  const realtime = /export\s+(type\s+)?\{[^}]*\}\s+from\s+"\.\/src\/realtime\/[^"]*";\n?/g;
  await Deno.writeTextFile(file, text.replace(realtime, ""));
  return await bundle("osu-ts without realtime", file, copy, dir, ["neutral"]);
}
