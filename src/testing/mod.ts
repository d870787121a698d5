/**
 * The offline osu! API emulator: a `fetch`-compatible handler that behaves like osu-web (OAuth,
 * scopes, rate limits, pagination, API versions) over a small realistic data set. Use it as the
 * client's `fetch` in tests, or serve it with `Deno.serve` (see `examples/serve_emulator.ts`).
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
