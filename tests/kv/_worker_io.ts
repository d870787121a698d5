/**
 * What the subprocess scripts share: reading their settings, waiting for the test's "go", and
 * printing one JSON result line.
 *
 * @module
 */

/**
 * Reads the JSON settings passed as the first argument.
 *
 * @returns the settings
 */
export function settings<T>(): T {
  return JSON.parse(Deno.args[0]) as T;
}

/** Says "ready" and waits until the test writes a line to stdin (so all workers start together). */
export async function readyThenWait(): Promise<void> {
  console.log("ready");
  const reader = Deno.stdin.readable.getReader();
  await reader.read();
  reader.releaseLock();
}

/**
 * Prints the result as the last line of stdout.
 *
 * @param result anything JSON
 */
export function report(result: unknown): void {
  console.log(JSON.stringify(result));
}
