/**
 * Chat requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type {
  ChatChannel,
  ChatChannelWithUsers,
  ChatKeepalive,
  ChatMessageWithSender,
  ChatUpdates,
  CreatedChatChannel,
  ListedChatChannel,
  NewPm,
} from "../models/chat.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
import { checkNonEmpty } from "./_params.ts";

/** Options of `getChannelMessages`. */
export interface ChannelMessagesOptions extends CallOptions {
  /** How many (osu-web: 1–50). @default {50} */
  readonly limit?: number;
  /** Only messages after this message id. */
  readonly since?: number;
  /** Only messages before this message id. */
  readonly until?: number;
}

/** Options of `chatKeepalive`. */
export interface ChatKeepaliveOptions extends CallOptions {
  /** A message id: only silences after that message come back. */
  readonly since?: number;
  /** The last silence id seen: only silences after it come back (it wins over `since`). */
  readonly historySince?: number;
}

/** Options of `sendMessageToChannel`. */
export interface ChatMessageOptions extends CallOptions {
  /** Send the message as an action (a `/me` message). @default {false} */
  readonly isAction?: boolean;
}

/** Options of `createNewPm`. */
export interface NewPmOptions extends ChatMessageOptions {
  /** An id of the sender's own for the message, sent back as it came (lazer's echo check). */
  readonly uuid?: string;
}

/** Options of `getUpdates`. */
export interface ChatUpdatesOptions extends CallOptions {
  /** The last silence id seen: only silences after it come back. */
  readonly historySince?: number;
  /** Which parts to send back. */
  readonly includes?: readonly ("messages" | "presence" | "silences")[];
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

export async function chatKeepalive(
  context: RequestContext,
  options: ChatKeepaliveOptions = {},
): Promise<ChatKeepalive> {
  return await context.request(endpoints.chatKeepalive, {
    ...options,
    body: { since: options.since, history_since: options.historySince },
  });
}

export async function createNewPm(
  context: RequestContext,
  targetId: number,
  message: string,
  options: NewPmOptions = {},
): Promise<NewPm> {
  return await context.request(endpoints.createNewPm, {
    ...options,
    body: {
      target_id: checkId("user id", targetId),
      message: checkMessage(message),
      is_action: options.isAction ?? false,
      uuid: options.uuid,
    },
  });
}

export async function getUpdates(
  context: RequestContext,
  since: number,
  options: ChatUpdatesOptions = {},
): Promise<ChatUpdates> {
  return await context.request(endpoints.getUpdates, {
    ...options,
    query: {
      since: checkId("message id", since),
      history_since: options.historySince,
      includes: options.includes,
    },
  });
}

export async function getChatPresence(
  context: RequestContext,
  options: CallOptions = {},
): Promise<ListedChatChannel[]> {
  return await context.request(endpoints.getChatPresence, options);
}

export async function getChannelMessages(
  context: RequestContext,
  channel: number,
  options: ChannelMessagesOptions = {},
): Promise<ChatMessageWithSender[]> {
  return await context.request(endpoints.getChannelMessages, {
    ...options,
    path: { channel: checkId("channel id", channel) },
    query: { limit: options.limit, since: options.since, until: options.until },
  });
}

export async function sendMessageToChannel(
  context: RequestContext,
  channel: number,
  message: string,
  options: ChatMessageOptions = {},
): Promise<ChatMessageWithSender> {
  return await context.request(endpoints.sendMessageToChannel, {
    ...options,
    path: { channel: checkId("channel id", channel) },
    body: { message: checkMessage(message), is_action: options.isAction ?? false },
  });
}

export async function joinChannel(
  context: RequestContext,
  channel: number,
  user: number,
  options: CallOptions = {},
): Promise<ListedChatChannel> {
  return await context.request(endpoints.joinChannel, {
    ...options,
    path: { channel: checkId("channel id", channel), user: checkId("user id", user) },
  });
}

export async function leaveChannel(
  context: RequestContext,
  channel: number,
  user: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.leaveChannel, {
    ...options,
    path: { channel: checkId("channel id", channel), user: checkId("user id", user) },
  });
}

export async function markChannelAsRead(
  context: RequestContext,
  channel: number,
  message: number,
  options: CallOptions = {},
): Promise<void> {
  const ids = {
    channel: checkId("channel id", channel),
    message: checkId("message id", message),
  };
  await context.request(endpoints.markChannelAsRead, {
    ...options,
    path: ids,
    query: { channel_id: ids.channel, message_id: ids.message },
  });
}

export async function getChannelList(
  context: RequestContext,
  options: CallOptions = {},
): Promise<ChatChannel[]> {
  return await context.request(endpoints.getChannelList, options);
}

export async function getChannel(
  context: RequestContext,
  channel: number,
  options: CallOptions = {},
): Promise<ChatChannelWithUsers> {
  return await context.request(endpoints.getChannel, {
    ...options,
    path: { channel: checkId("channel id", channel) },
  });
}

export async function createChannel(
  context: RequestContext,
  channel: NewChannel,
  options: CallOptions = {},
): Promise<CreatedChatChannel> {
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
  return await context.request(endpoints.createChannel, { ...options, body });
}

export async function createPmChannel(
  context: RequestContext,
  targetId: number,
  options: CallOptions = {},
): Promise<CreatedChatChannel> {
  return await createChannel(context, { type: "PM", targetId }, options);
}

export async function createAnnouncementChannel(
  context: RequestContext,
  channel: { readonly name: string; readonly description: string },
  targetIds: readonly number[],
  message: string,
  options: CallOptions = {},
): Promise<CreatedChatChannel> {
  return await createChannel(
    context,
    { type: "ANNOUNCE", ...channel, targetIds, message },
    options,
  );
}

function checkMessage(message: unknown): string {
  return checkNonEmpty(message, "A chat message or channel name must be a non-empty string");
}
