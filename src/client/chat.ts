/**
 * Chat methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type {
  ChatChannel,
  ChatChannelWithUsers,
  ChatKeepalive,
  ChatMessage,
  ChatUpdates,
  NewPm,
} from "../models/chat.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import { checkId } from "../_ids.ts";
import { ForumApi } from "./forum.ts";
import type { CallOptions } from "./options.ts";

/** Options of `getChannelMessages`. */
export interface ChannelMessagesOptions extends CallOptions {
  /** How many (osu-web: 1–50). @default {50} */
  readonly limit?: number;
  /** Only messages after this message id. */
  readonly since?: number;
  /** Only messages before this message id. */
  readonly until?: number;
}

/** What `createChannel` makes: a PM channel or an announcement channel. */
export type NewChannel =
  | { readonly type: "PM"; readonly targetId: number }
  | {
    readonly type: "ANNOUNCE";
    readonly name: string;
    readonly description: string;
    readonly targetIds: readonly number[];
    readonly message: string;
  };

/** The chat methods; `Client` has them all. */
export class ChatApi<V extends string = DefaultApiVersion> extends ForumApi<V> {
  /**
   * Chat Keepalive: keep the user online in chat and get new silences (needs `chat.read`).
   *
   * @param options `since` (message id), `historySince` (silence id), `signal`, `timeout`
   * @returns silences since then
   */
  async chatKeepalive(
    options: CallOptions & { readonly since?: number; readonly historySince?: number } = {},
  ): Promise<ChatKeepalive> {
    return await this.request(endpoints.chatKeepalive, {
      ...options,
      body: { since: options.since, history_since: options.historySince },
    });
  }

  /**
   * Create New PM: send a first private message, making the channel (deprecated by osu-web;
   * needs `chat.write`).
   *
   * @param targetId the user id to write to
   * @param message the text
   * @param options `isAction`, `uuid`, `signal`, `timeout`
   * @returns the channel and the message
   */
  async createNewPm(
    targetId: number,
    message: string,
    options: CallOptions & { readonly isAction?: boolean; readonly uuid?: string } = {},
  ): Promise<NewPm> {
    return await this.request(endpoints.createNewPm, {
      ...options,
      body: {
        target_id: checkId("user id", targetId),
        message: checkMessage(message),
        is_action: options.isAction ?? false,
        uuid: options.uuid,
      },
    });
  }

  /**
   * Get Updates: new messages, channels and silences since a message id (lazer only).
   *
   * @param since the last message id seen
   * @param options `historySince`, `includes`, `signal`, `timeout`
   * @returns the updates
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getUpdates(
    since: number,
    options: CallOptions & {
      readonly historySince?: number;
      readonly includes?: readonly ("messages" | "presence" | "silences")[];
    } = {},
  ): Promise<ChatUpdates> {
    return await this.request(endpoints.getUpdates, {
      ...options,
      query: {
        since: checkId("message id", since),
        history_since: options.historySince,
        includes: options.includes,
      },
    });
  }

  /**
   * Get Chat Presence: the channels the user is in (lazer only; deprecated by osu-web).
   *
   * @param options `signal`, `timeout`
   * @returns the channels
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getChatPresence(options: CallOptions = {}): Promise<ChatChannel[]> {
    return await this.request(endpoints.getChatPresence, options);
  }

  /**
   * Get Channel Messages: messages of a channel, oldest first (needs `chat.read`).
   *
   * @param channel the channel id
   * @param options `limit`, `since`, `until`, `signal`, `timeout`
   * @returns the messages
   */
  async getChannelMessages(
    channel: number,
    options: ChannelMessagesOptions = {},
  ): Promise<ChatMessage[]> {
    return await this.request(endpoints.getChannelMessages, {
      ...options,
      path: { channel: checkId("channel id", channel) },
      query: { limit: options.limit, since: options.since, until: options.until },
    });
  }

  /**
   * Send Message to Channel: post a message (needs `chat.write`).
   *
   * @param channel the channel id
   * @param message the text
   * @param options `isAction` (a /me message), `signal`, `timeout`
   * @returns the message
   */
  async sendMessageToChannel(
    channel: number,
    message: string,
    options: CallOptions & { readonly isAction?: boolean } = {},
  ): Promise<ChatMessage> {
    return await this.request(endpoints.sendMessageToChannel, {
      ...options,
      path: { channel: checkId("channel id", channel) },
      body: { message: checkMessage(message), is_action: options.isAction ?? false },
    });
  }

  /**
   * Join Channel: join a public channel (needs `chat.write_manage`).
   *
   * @param channel the channel id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   * @returns the channel
   */
  async joinChannel(
    channel: number,
    user: number,
    options: CallOptions = {},
  ): Promise<ChatChannel> {
    return await this.request(endpoints.joinChannel, {
      ...options,
      path: { channel: checkId("channel id", channel), user: checkId("user id", user) },
    });
  }

  /**
   * Leave Channel: leave a channel (needs `chat.write_manage`).
   *
   * @param channel the channel id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   */
  async leaveChannel(channel: number, user: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.leaveChannel, {
      ...options,
      path: { channel: checkId("channel id", channel), user: checkId("user id", user) },
    });
  }

  /**
   * Mark Channel as Read: mark messages up to one as read (needs `chat.read`).
   *
   * @param channel the channel id
   * @param message the last read message id
   * @param options `signal`, `timeout`
   */
  async markChannelAsRead(
    channel: number,
    message: number,
    options: CallOptions = {},
  ): Promise<void> {
    const ids = {
      channel: checkId("channel id", channel),
      message: checkId("message id", message),
    };
    await this.request(endpoints.markChannelAsRead, {
      ...options,
      path: ids,
      query: { channel_id: ids.channel, message_id: ids.message },
    });
  }

  /**
   * Get Channel List: the public channels (needs `chat.read`).
   *
   * @param options `signal`, `timeout`
   * @returns the channels
   */
  async getChannelList(options: CallOptions = {}): Promise<ChatChannel[]> {
    return await this.request(endpoints.getChannelList, options);
  }

  /**
   * Get Channel: a channel and, for PMs, its users (needs `chat.read`).
   *
   * @param channel the channel id
   * @param options `signal`, `timeout`
   * @returns the channel and users
   */
  async getChannel(channel: number, options: CallOptions = {}): Promise<ChatChannelWithUsers> {
    return await this.request(endpoints.getChannel, {
      ...options,
      path: { channel: checkId("channel id", channel) },
    });
  }

  /**
   * Create Channel: make a PM or announcement channel (needs `chat.write_manage`).
   *
   * @param channel a PM channel (`targetId`) or an announcement (name, description, users, message)
   * @param options `signal`, `timeout`
   * @returns the channel
   * @throws {InvalidArgumentError} when an id or text is missing
   */
  async createChannel(channel: NewChannel, options: CallOptions = {}): Promise<ChatChannel> {
    const body = channel?.type === "PM"
      ? { type: "PM", target_id: checkId("user id", channel.targetId) }
      : channel?.type === "ANNOUNCE"
      ? {
        type: "ANNOUNCE",
        channel: { name: checkMessage(channel.name), description: channel.description },
        target_ids: channel.targetIds.map((id) => checkId("user id", id)),
        message: checkMessage(channel.message),
      }
      : undefined;
    if (!body) throw new InvalidArgumentError('A channel type must be "PM" or "ANNOUNCE"');
    return await this.request(endpoints.createChannel, { ...options, body });
  }

  /**
   * Create Channel (PM): open a PM channel with a user (osu.py's `create_pm_channel`).
   *
   * @param targetId the user id
   * @param options `signal`, `timeout`
   * @returns the channel
   */
  async createPmChannel(targetId: number, options: CallOptions = {}): Promise<ChatChannel> {
    return await this.createChannel({ type: "PM", targetId }, options);
  }

  /**
   * Create Channel (announcement): message several users in a new announcement channel
   * (osu.py's `create_announcement_channel`).
   *
   * @param channel the channel's `name` and `description`
   * @param targetIds the user ids
   * @param message the first message
   * @param options `signal`, `timeout`
   * @returns the channel
   */
  async createAnnouncementChannel(
    channel: { readonly name: string; readonly description: string },
    targetIds: readonly number[],
    message: string,
    options: CallOptions = {},
  ): Promise<ChatChannel> {
    return await this.createChannel({ type: "ANNOUNCE", ...channel, targetIds, message }, options);
  }
}

function checkMessage(message: unknown): string {
  if (typeof message === "string" && message.trim() !== "") return message;
  throw new InvalidArgumentError("A chat message or channel name must be a non-empty string");
}
