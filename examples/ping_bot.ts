/**
 * What the example chat bot does, on any platform: answers `!ping` in a PM with `pong`. Used by
 * `examples/chat_bot.ts` (Deno, Node, Bun) and `examples/cloudflare_worker/chat_bot_object.ts`.
 *
 * Messages come from `chat.message.new`; osu! also sends the bot its own messages (osu-web's
 * `ChatMessageEvent` goes to every user of a PM channel), so it skips those.
 *
 * @module
 */
import type { ChatMessageNewData, Client } from "../mod.ts";

/** Handles one `chat.message.new`; resolves with how many replies it sent. */
export type MessageHandler = (data: ChatMessageNewData) => Promise<number>;

/**
 * Makes the `chat.message.new` handler of the bot.
 *
 * @param client the bot's client (scopes `identify`, `chat.read`, `chat.write`)
 * @param ownId the bot's user id (`(await client.getOwnData()).id`)
 * @returns the handler
 */
export function pingBot(client: Client, ownId: number): MessageHandler {
  const channelTypes = new Map<number, string>();
  const channelType = async (id: number) => {
    let type = channelTypes.get(id);
    if (!type) channelTypes.set(id, type = (await client.getChannel(id)).channel.type);
    return type;
  };
  return async ({ messages }) => {
    let replies = 0;
    for (const message of messages) {
      if (message.sender_id === ownId || message.content.trim() !== "!ping") continue;
      if (await channelType(message.channel_id) !== "PM") continue;
      await client.sendMessageToChannel(message.channel_id, "pong");
      replies++;
    }
    return replies;
  };
}
