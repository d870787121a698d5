/**
 * Starts `bench/_serve.ts` in a child process and hands back its address.
 *
 * @module
 */

/** A served emulator in another process. */
export interface ServedEmulator {
  /** `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  readonly port: number;
  readonly credentials: { readonly clientId: number; readonly clientSecret: string };
  /** Stops the child (closes its stdin, then waits). */
  stop(): Promise<void>;
}

/**
 * Serves the emulator on 127.0.0.1 in a child `deno run`.
 *
 * @returns the address, or undefined when the emulator does not exist yet
 */
export async function serveEmulator(): Promise<ServedEmulator | undefined> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("./_serve.ts", import.meta.url).pathname],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  reader.releaseLock();
  child.stdout.cancel().catch(() => {});
  const info = JSON.parse(text.split("\n")[0] || "{}");
  const stop = async () => {
    await child.stdin.close().catch(() => {});
    await child.status;
  };
  if (!info.port) {
    await stop();
    return undefined;
  }
  return {
    baseUrl: `http://127.0.0.1:${info.port}`,
    port: info.port,
    credentials: { clientId: info.clientId, clientSecret: info.clientSecret },
    stop,
  };
}
