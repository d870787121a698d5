/**
 * `deno bench`: `getToken()` with a cached token (what every call pays on the token path).
 *
 * @module
 */
import { AuthHandler } from "../mod.ts";
import { fastEmulator, loadEmulator } from "./_optional.ts";

const create = await loadEmulator();
if (!create) {
  console.warn("bench/token_bench.ts: skipped, src/testing/mod.ts does not exist yet");
} else {
  const emulator = fastEmulator(create);
  const auth = new AuthHandler({ ...emulator.credentials, fetch: emulator.fetch });
  await auth.getToken();
  Deno.bench("AuthHandler.getToken(), cached", { group: "token" }, async () => {
    await auth.getToken();
  });
}
