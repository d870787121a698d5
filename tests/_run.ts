/**
 * Runs a program to its end for a test: no stdin, both outputs captured and decoded.
 *
 * @module
 */

/** What a finished program left. */
export interface RunResult {
  /** Its exit code. */
  readonly code: number;
  /** Its standard output. */
  readonly stdout: string;
  /** Its standard error. */
  readonly stderr: string;
  /** Both, for assertion messages. */
  readonly output: string;
}

/**
 * Runs `command` with `args` (`"deno"` means the Deno running the tests) and waits for it to exit.
 *
 * @param command the program
 * @param args its arguments
 * @param options `cwd`, `env`, `clearEnv`, `signal` and the rest of `Deno.CommandOptions`
 * @returns the exit code and the output
 */
export async function run(
  command: string,
  args: readonly string[],
  options: Deno.CommandOptions = {},
): Promise<RunResult> {
  const out = await new Deno.Command(command === "deno" ? Deno.execPath() : command, {
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    ...options,
    args: [...args],
  }).output();
  const decoder = new TextDecoder();
  const stdout = decoder.decode(out.stdout);
  const stderr = decoder.decode(out.stderr);
  return { code: out.code, stdout, stderr, output: stdout + stderr };
}
