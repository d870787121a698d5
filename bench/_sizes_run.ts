/**
 * The size-and-start-up part of the report: bundles ours, the Cloudflare worker (when its build
 * exists) and the peers, and lists the entries whose start-up is timed.
 *
 * @module
 */
import {
  breakdown,
  bundle,
  type BundleSize,
  installPeers,
  moduleCount,
  PEERS,
  withoutRealtime,
} from "./_size.ts";
import { gzipSize } from "./_size.ts";
import type { StartupEntry } from "./_startup.ts";

export type { BundleSize };

/** What {@linkcode measureSizes} returns. */
export interface SizesRun {
  readonly sizes: BundleSize[];
  readonly breakdown: [string, number][];
  readonly whatIf?: BundleSize;
  /** Modules in each bundle, by row name. */
  readonly modules: Record<string, number>;
  readonly startupEntries: StartupEntry[];
}

async function worker(root: string, dir: string, notes: string[]): Promise<BundleSize | undefined> {
  try {
    await Deno.stat(`${root}/examples/cloudflare_worker/build.ts`);
  } catch {
    notes.push(
      "Skipped the Cloudflare worker bundle: `examples/cloudflare_worker/build.ts` does not exist yet.",
    );
    return undefined;
  }
  const outdir = `${dir}/worker`;
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "worker:build", outdir],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  try {
    const bytes = await Deno.readFile(`${outdir}/main.js`);
    return {
      name: "Cloudflare worker (`deno task worker:build`, main.js as built)",
      platform: "workerd",
      minified: bytes.byteLength,
      gzip: await gzipSize(bytes),
    };
  } catch {
    const why = new TextDecoder().decode(out.stderr).trim().split("\n").slice(-2).join(" ");
    notes.push(`The Cloudflare worker build failed, so it is not measured: ${why.slice(0, 200)}`);
    return undefined;
  }
}

/**
 * Bundles and sizes everything.
 *
 * @param root the repository root
 * @param dir a temp dir (peers are installed there)
 * @param notes where skips and failures are noted
 * @param log progress output
 * @returns the sizes, our breakdown, the what-if and the start-up entries
 */
export async function measureSizes(
  root: string,
  dir: string,
  notes: string[],
  log: (text: string) => void,
): Promise<SizesRun> {
  const sizes: BundleSize[] = [];
  const entries: StartupEntry[] = [{
    name: "empty script (the runtime's own start)",
    specifier: "",
  }];
  const ours = await bundle("@osu-ts/api (mod.ts)", `${root}/mod.ts`, root, dir, ["neutral"]);
  sizes.push(ours);
  entries.push({ name: "@osu-ts/api: mod.ts source", specifier: `file://${root}/mod.ts` });
  if (ours.file) {
    entries.push({ name: "@osu-ts/api: minified bundle", specifier: `file://${ours.file}` });
  }
  const top = ours.meta ? await breakdown(ours.meta) : [];
  const modules: Record<string, number> = {};
  if (ours.meta) modules[ours.name] = await moduleCount(ours.meta);
  const whatIf = await withoutRealtime(root, dir);
  const built = await worker(root, dir, notes);
  if (built) sizes.push(built);

  log("installing peers with npm");
  await Deno.writeTextFile(`${dir}/deno.json`, JSON.stringify({ nodeModulesDir: "manual" }));
  const failed = await installPeers(dir);
  if (failed) notes.push(`npm install of the peers failed: ${failed}`);
  for (const [name, version] of Object.entries(PEERS)) {
    if (failed) break;
    const entry = `${dir}/entry_${name}.mjs`;
    await Deno.writeTextFile(entry, `export * from ${JSON.stringify(name)};\n`);
    const size = await bundle(`${name}@${version}`, entry, dir, dir);
    sizes.push(size);
    if (size.meta) modules[size.name] = await moduleCount(size.meta);
    entries.push({ name: `${name}@${version}: package entry`, specifier: name });
    if (size.file) {
      entries.push({
        name: `${name}@${version}: minified bundle`,
        specifier: `file://${size.file}`,
      });
    }
  }
  return { sizes, breakdown: top, whatIf, modules, startupEntries: entries };
}
