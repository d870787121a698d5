/**
 * Start-up: a fresh `deno run` that imports an entry and exits, several runs interleaved, median
 * wall time. An empty script is measured alongside as the runtime's own start.
 *
 * @module
 */
import { median } from "./_stats.ts";

/** One entry to start. */
export interface StartupEntry {
  readonly name: string;
  /** The module to import (a path or specifier). */
  readonly specifier: string;
}

/** Its result. */
export interface StartupResult {
  readonly name: string;
  /** Median wall time of `deno run`, ms. */
  readonly medianMs: number;
  readonly runs: number;
  readonly error?: string;
}

async function once(script: string, cwd: string): Promise<{ ms: number; error?: string }> {
  const t0 = performance.now();
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--no-check", script],
    cwd,
    stdout: "null",
    stderr: "piped",
  }).output();
  const ms = performance.now() - t0;
  if (out.success) return { ms };
  // deno-lint-ignore no-control-regex
  const text = new TextDecoder().decode(out.stderr).replace(/\x1b\[[0-9;]*m/g, "");
  return { ms, error: text.trim().slice(0, 200) };
}

/**
 * Measures each entry `runs` times, round-robin, after one warm-up run each (which fills
 * Deno's transpile cache, as any second start would find it).
 *
 * @param entries what to import
 * @param dir where the scripts are written and run (its `deno.json` and node_modules apply)
 * @param runs runs per entry
 * @returns one result per entry
 */
export async function measureStartup(
  entries: readonly StartupEntry[],
  dir: string,
  runs = 11,
): Promise<StartupResult[]> {
  const scripts = await Promise.all(entries.map(async (entry, i) => {
    const script = `${dir}/start_${i}.mjs`;
    const body = entry.specifier
      ? `import * as m from ${JSON.stringify(entry.specifier)};\nif (!m) throw 0;\nDeno.exit(0);\n`
      : "Deno.exit(0);\n";
    await Deno.writeTextFile(script, body);
    return script;
  }));
  const times = entries.map(() => [] as number[]);
  const errors: (string | undefined)[] = entries.map(() => undefined);
  for (let i = 0; i < entries.length; i++) errors[i] = (await once(scripts[i], dir)).error;
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < entries.length; i++) {
      if (errors[i]) continue;
      const result = await once(scripts[i], dir);
      if (result.error) errors[i] = result.error;
      times[i].push(result.ms);
    }
  }
  return entries.map((entry, i) => ({
    name: entry.name,
    medianMs: errors[i] ? NaN : median(times[i]),
    runs: times[i].length,
    error: errors[i],
  }));
}
