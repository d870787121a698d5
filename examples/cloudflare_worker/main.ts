/**
 * The Worker's main module (`main` in `wrangler.toml`): the fetch handler (the Hono app of
 * `app.ts`) and the coordinator Durable Object class, imported from the package. Type-checked with
 * Workers types by `deno.workers.json`.
 *
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import { osuCoordinator } from "../../adapters/durable_objects.ts";
import { app, type AppEnv } from "./app.ts";

/** The osu-ts coordinator: one object per OAuth client keeps its tokens and budget. */
export class OsuCoordinator extends osuCoordinator(DurableObject) {}

/** The bindings as Workers types them (checked to fit {@linkcode AppEnv}). */
interface Env extends Omit<AppEnv, "OSU_COORDINATOR"> {
  readonly OSU_COORDINATOR: DurableObjectNamespace<OsuCoordinator>;
}

export default {
  fetch: (request, env, ctx) => app.fetch(request, env satisfies AppEnv, ctx),
} satisfies ExportedHandler<Env>;
