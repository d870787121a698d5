/**
 * A Worker for the test: every request goes to the one chat bot Durable Object of
 * `examples/cloudflare_worker/chat_bot_object.ts`, which starts the bot.
 */
import { ChatBotObject } from "../../examples/cloudflare_worker/chat_bot_object.ts";

export { ChatBotObject };

interface Namespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(request: Request): Promise<Response> };
}

export default {
  fetch(request: Request, env: { CHAT_BOT: Namespace }): Promise<Response> {
    return env.CHAT_BOT.get(env.CHAT_BOT.idFromName("bot")).fetch(request);
  },
};
