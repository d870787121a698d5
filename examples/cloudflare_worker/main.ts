/**
 * The Worker's main module (`main` in `wrangler.toml`): the fetch handler (the Hono app of
 * `app.ts`, and `GET /chat-bot`, which starts the chat bot), the coordinator Durable Object class,
 * imported from the package, and the chat bot's Durable Object (`chat_bot_object.ts`, see
 * docs/realtime.md). Type-checked with Workers types by `deno.workers.json`.
 *
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import { osuCoordinator } from "../../adapters/durable_objects.ts";
import { app, type AppEnv } from "./app.ts";

export { ChatBotObject } from "./chat_bot_object.ts";

/** The osu-ts coordinator: one object per OAuth client keeps its tokens and budget. */
export class OsuCoordinator extends osuCoordinator(DurableObject) {}

/** The bindings as Workers types them (checked to fit {@linkcode AppEnv}). */
interface Env extends Omit<AppEnv, "OSU_COORDINATOR"> {
  readonly OSU_COORDINATOR: DurableObjectNamespace<OsuCoordinator>;
  /** The chat bot: one object (named "bot") holds the Worker's one notification websocket. */
  readonly CHAT_BOT: DurableObjectNamespace;
  /** The chat bot's first refresh token (see chat_bot_object.ts); only the bot reads it. */
  readonly OSU_BOT_REFRESH_TOKEN?: string;
}

export default {
  fetch: (request, env, ctx) =>
    new URL(request.url).pathname === "/chat-bot"
      // Starts the bot if it is not running (it needs the secret OSU_BOT_REFRESH_TOKEN), and
      // says how it is: { state }.
      ? env.CHAT_BOT.get(env.CHAT_BOT.idFromName("bot")).fetch(request)
      : app.fetch(request, env satisfies AppEnv, ctx),
} satisfies ExportedHandler<Env>;
