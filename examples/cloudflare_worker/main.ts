/**
 * The Worker's main module (`main` in `wrangler.toml`): the fetch handler and the coordinator
 * Durable Object class. Type-checked with Workers types by `deno.workers.json`.
 *
 * @module
 */
import { OsuCoordinator } from "./coordinator.ts";
import { type AppEnv, handleRequest } from "./app.ts";

export { OsuCoordinator };

/** The bindings as Workers types them (checked to fit {@linkcode AppEnv}). */
interface Env extends Omit<AppEnv, "OSU_COORDINATOR"> {
  readonly OSU_COORDINATOR: DurableObjectNamespace<OsuCoordinator>;
}

export default {
  fetch: (request, env) => handleRequest(request, env),
} satisfies ExportedHandler<Env>;
