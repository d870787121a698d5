/**
 * The offline osu! API emulator: a `fetch`-compatible handler that behaves like osu-web (OAuth,
 * scopes, rate limits, pagination, API versions) over a small realistic data set. Use it as the
 * client's `fetch` in tests, or serve it with `Deno.serve` (see https://github.com/osu-ts/api/blob/main/examples/serve_emulator.ts).
 *
 * @example A client against the emulator, and the emulator's request log
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
 * assertEquals((await client.getUser("@peppy")).username, "peppy");
 * assertEquals(osu.requests.map((r) => r.path), ["/oauth/token", "/api/v2/users/@peppy"]);
 * ```
 *
 * @module
 */
export { createEmulator } from "./emulator.ts";
export { FakeClock } from "./fake_clock.ts";
export * from "./faults.ts";
export type {
  Emulator,
  EmulatorConnection,
  EmulatorCredentials,
  EmulatorData,
  EmulatorOptions,
  EmulatorPlayer,
  EmulatorRealtime,
  JsonObject,
  JsonValue,
  LoggedRequest,
  UpgradeWebSocket,
} from "./types.ts";
