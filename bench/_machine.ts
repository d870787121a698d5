/**
 * The machine notes printed with every report: CPUs, memory, Deno version, load, date.
 *
 * @module
 */

/** What the report says about the machine. */
export interface MachineNotes {
  readonly nproc: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly deno: string;
  readonly v8: string;
  readonly os: string;
  readonly date: string;
  /** The 1-minute load average when the run started. */
  readonly loadStart: number;
  /** The 1-minute load average when it ended (set by the report). */
  loadEnd?: number;
}

/**
 * The 1-minute load average.
 *
 * @returns it, or NaN where the OS does not say
 */
export function loadAverage(): number {
  try {
    return Deno.loadavg()[0];
  } catch {
    return NaN;
  }
}

/**
 * Reads the machine notes.
 *
 * @returns them
 */
export async function machineNotes(): Promise<MachineNotes> {
  const nproc = await new Deno.Command("nproc", { stdout: "piped" }).output()
    .then((out) => Number(new TextDecoder().decode(out.stdout).trim()))
    .catch(() => navigator.hardwareConcurrency);
  const cpuinfo = await Deno.readTextFile("/proc/cpuinfo").catch(() => "");
  const cpu = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? "unknown";
  return {
    nproc,
    cpu,
    memoryGiB: Deno.systemMemoryInfo().total / 1024 ** 3,
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    os: `${Deno.build.os} ${Deno.build.arch} (${Deno.osRelease()})`,
    date: new Date().toISOString(),
    loadStart: loadAverage(),
  };
}
