/**
 * Chat models (ChannelTransformer, MessageTransformer, UserSilenceTransformer).
 *
 * @module
 */
import type { Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** The kinds of channel (osu-web's `Chat\\Channel::TYPES`; `TEAM` is a team's own channel). */
export type ChannelType =
  | "PUBLIC"
  | "PRIVATE"
  | "MULTIPLAYER"
  | "SPECTATOR"
  | "TEMPORARY"
  | "PM"
  | "GROUP"
  | "ANNOUNCE"
  | "TEAM";

/** A chat channel. */
export interface ChatChannel {
  /** The id. */
  readonly channel_id: number;
  /** The name. */
  readonly name: string;
  /** The description. */
  readonly description: string | null;
  /** The icon URL (PMs: the other user's avatar). */
  readonly icon: string | null;
  /** The kind. */
  readonly type: ChannelType;
  /** Whether only moderators may write. */
  readonly moderated: boolean;
  /** The longest message allowed. */
  readonly message_length_limit: number;
  /** The client's uuid, for channels it made. */
  readonly uuid: string | null;
  /** Include: the last message id. */
  readonly last_message_id?: number | null;
  /**
   * Include: the last read message id.
   *
   * @deprecated Read `current_user_attributes.last_read_id`.
   */
  readonly last_read_id?: number | null;
  /**
   * Include: recent messages (Create Channel answers with them).
   *
   * @deprecated osu-web deprecates this attribute: read the messages with `getChannelMessages`.
   */
  readonly recent_messages?: readonly ChatMessage[];
  /** Include: user ids of a PM or multiplayer channel. */
  readonly users?: readonly number[];
  /** Include: the token owner's state. */
  readonly current_user_attributes?: ChatChannelUserAttributes;
}

/** A chat message. */
export interface ChatMessage {
  /** The id. */
  readonly message_id: number;
  /** The channel. */
  readonly channel_id: number;
  /** The text. */
  readonly content: string;
  /** Whether it is a /me action. */
  readonly is_action: boolean;
  /** The sender. */
  readonly sender_id: number;
  /** When it was sent. */
  readonly timestamp: Timestamp;
  /** `action`, `markdown` or `plain`. */
  readonly type: "action" | "markdown" | "plain";
  /** The client's uuid, if it sent one. */
  readonly uuid?: string;
  /** Include: the sender. */
  readonly sender?: UserCompact;
}

/** A silence (UserSilenceTransformer). */
export interface UserSilence {
  /** The id. */
  readonly id: number;
  /** The silenced user. */
  readonly user_id: number;
}

/** A message with its sender (`sender` include), as message lists and sends return it. */
export type ChatMessageWithSender = ChatMessage & { readonly sender: UserCompact };

/** What the token's user may do in a channel (`current_user_attributes` include). */
export interface ChatChannelUserAttributes {
  /** Whether the user may list the channel's users. */
  readonly can_list_users: boolean;
  /** Whether the user may send messages. */
  readonly can_message: boolean;
  /** Why not, when not. */
  readonly can_message_error: string | null;
  /** The last message the user read, if any. */
  readonly last_read_id: number | null;
}

/**
 * A channel as the user's channel list shows it (ChannelTransformer::LISTING_INCLUDES):
 * `getChatPresence`, `joinChannel`, `getChannel` and the `presence` of `getUpdates`.
 */
export type ListedChatChannel = ChatChannel & {
  readonly current_user_attributes: ChatChannelUserAttributes;
  readonly last_message_id: number | null;
  readonly last_read_id: number | null;
  readonly users: readonly number[];
};

/** A channel of a conversation (ChannelTransformer::CONVERSATION_INCLUDES; `createNewPm`). */
export type ConversationChatChannel = ChatChannel & {
  readonly last_message_id: number | null;
  readonly users: readonly number[];
};

/**
 * A channel as `POST chat/channels` returns it: with its recent messages (with `sender`;
 * deprecated by osu-web but still sent).
 */
export type CreatedChatChannel = ChatChannel & {
  readonly recent_messages: readonly ChatMessageWithSender[];
};

/** `POST chat/new`: the new PM channel and the first message. */
export interface NewPm {
  /** The channel, with `last_message_id` and `users`. */
  readonly channel: ConversationChatChannel;
  /** The message, with its sender. */
  readonly message: ChatMessageWithSender;
  /**
   * The channel's id.
   *
   * @deprecated osu-web deprecates this field: read `channel.channel_id`.
   */
  readonly new_channel_id: number;
}

/** `GET chat/updates`: the parts asked for with `includes` (all three by default). */
export interface ChatUpdates {
  /** The user's channels, with `includes` containing `presence`. */
  readonly presence?: readonly ListedChatChannel[];
  /**
   * Always empty: osu-web keeps the key for old lazer versions; messages arrive over the
   * notification websocket (or `getChannelMessages`).
   */
  readonly messages?: readonly never[];
  /** Silences, with `includes` containing `silences`. */
  readonly silences?: readonly UserSilence[];
}

/** `POST chat/ack`: silences since `historySince`. */
export interface ChatKeepalive {
  /** Silences. */
  readonly silences: readonly UserSilence[];
}

/** `GET chat/channels/{channel}`: the channel and its users. */
export interface ChatChannelWithUsers {
  /** The channel, as the channel list shows it. */
  readonly channel: ListedChatChannel;
  /** The channel's visible users, with `country`, `cover`, `groups` and `team`. */
  readonly users: readonly UserCompact[];
}
