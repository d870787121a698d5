/**
 * Chat routes: channels, messages (`since`/`until` message ids, newest 50 by default), sending
 * (the message appears in the channel), joining, leaving, marking read, PMs, keepalive, updates
 * and presence.
 *
 * @module
 */
import {
  apiError,
  bool,
  field,
  intParam,
  json,
  listField,
  noContent,
  unprocessable,
} from "../_http.ts";
import type { JsonObject } from "../types.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { notFoundMessage } from "./_lookup.ts";

const CHANNEL_NOT_FOUND = notFoundMessage("Chat\\Channel");

function channels(ctx: RouteContext): JsonObject[] {
  return (ctx.state.data.collections.chat_channels ??= []);
}

function messages(ctx: RouteContext): JsonObject[] {
  return (ctx.state.data.collections.chat_messages ??= []);
}

/** Which of ChannelTransformer's include sets a route turns on. */
type ChannelIncludes = "none" | "listing" | "conversation" | "recent";

/**
 * A channel as ChannelTransformer sends it with the route's includes: `listing`
 * (current_user_attributes, last_read_id, last_message_id, users), `conversation`
 * (last_message_id, users) or `recent` (recent_messages with sender).
 */
function channelJson(
  ctx: RouteContext,
  channel: JsonObject,
  includes: ChannelIncludes = "listing",
): JsonObject {
  const { _members, ...base } = channel;
  if (includes === "none") return base;
  const list = messages(ctx).filter((m) => m.channel_id === channel.channel_id);
  const last = list.at(-1)?.message_id ?? null;
  // `users` lists the members of PMs only (ChannelTransformer::includeUsers)
  const users = channel.type === "PM" ? _members as number[] : [];
  if (includes === "recent") {
    return { ...base, recent_messages: list.slice(-50).map((m) => messageJson(ctx, m)) };
  }
  if (includes === "conversation") return { ...base, last_message_id: last, users };
  const member = ctx.userId !== undefined && (_members as number[]).includes(ctx.userId);
  return {
    ...base,
    current_user_attributes: {
      can_list_users: channel.type !== "PUBLIC",
      can_message: member,
      can_message_error: member ? null : "You are not in this channel.",
      last_read_id: member ? last : null,
    },
    last_read_id: member ? last : null,
    last_message_id: last,
    users,
  };
}

function messageJson(ctx: RouteContext, message: JsonObject): JsonObject {
  const sender = ctx.state.data.users.find((u) => u.id === message.sender_id);
  // osu-web sends `uuid` only when the client gave one (Chat\MessageTransformer)
  const { uuid, ...rest } = message;
  return {
    ...rest,
    ...(uuid === null || uuid === undefined ? {} : { uuid }),
    sender: sender ? userCompact(sender, []) : null,
  };
}

function findChannel(ctx: RouteContext): JsonObject | undefined {
  return channels(ctx).find((c) => String(c.channel_id) === ctx.params.channel);
}

function isMember(ctx: RouteContext, channel: JsonObject): boolean {
  return ctx.userId !== undefined && (channel._members as number[]).includes(ctx.userId);
}

function post(ctx: RouteContext, channel: JsonObject): JsonObject | Response {
  const content = field(ctx.body, "message");
  if (!content || !content.trim()) return unprocessable("message is required");
  if (content.length > (channel.message_length_limit as number)) {
    return unprocessable("message is too long");
  }
  const message: JsonObject = {
    channel_id: channel.channel_id,
    content,
    is_action: bool(field(ctx.body, "is_action")) ?? false,
    message_id: ctx.state.nextId++,
    sender_id: ctx.userId ?? null,
    timestamp: new Date(ctx.state.clock.now()).toISOString(),
    type: bool(field(ctx.body, "is_action")) ? "action" : "plain",
    uuid: field(ctx.body, "uuid") ?? null,
  };
  messages(ctx).push(message);
  broadcastMessage(ctx, channel, message);
  return messageJson(ctx, message);
}

/** osu-web `ChatMessageEvent`: the message to the channel's active users, sender included. */
function broadcastMessage(ctx: RouteContext, channel: JsonObject, message: JsonObject): void {
  const hub = ctx.state.hub;
  if (!hub) return;
  const sender = ctx.state.data.users.find((u) => u.id === message.sender_id);
  // ChatMessageEvent: the message through MessageTransformer (no `uuid` when none was given)
  const { uuid, ...rest } = message;
  hub.publish(hub.activeUserIds(channel), "chat.message.new", {
    messages: [uuid === null || uuid === undefined ? rest : message],
    users: sender ? [userCompact(sender, [])] : [],
  });
}

/** osu-web `ChatChannelEvent`: `chat.channel.join` or `part` to the user who joined or left. */
function broadcastMembership(
  ctx: RouteContext,
  channel: JsonObject,
  userId: number,
  action: "join" | "part",
): void {
  ctx.state.hub?.publish([userId], `chat.channel.${action}`, channelJson(ctx, channel));
}

function getChannelMessages(ctx: RouteContext): Response {
  const channel = findChannel(ctx);
  if (!channel) return apiError(404, CHANNEL_NOT_FOUND);
  if (!isMember(ctx, channel)) return apiError(403, null);
  const since = ctx.query.get("since");
  const until = ctx.query.get("until");
  const limit = intParam(ctx.query.get("limit"), 50, 1, 50);
  let list = messages(ctx).filter((m) =>
    m.channel_id === channel.channel_id &&
    (since === null || (m.message_id as number) > Number(since)) &&
    (until === null || (m.message_id as number) < Number(until))
  );
  list = since !== null && until === null ? list.slice(0, limit) : list.slice(-limit);
  return json(list.map((m) => messageJson(ctx, m)));
}

function sendMessageToChannel(ctx: RouteContext): Response {
  const channel = findChannel(ctx);
  if (!channel) return apiError(404, CHANNEL_NOT_FOUND);
  if (!isMember(ctx, channel)) return apiError(403, null);
  const result = post(ctx, channel);
  return result instanceof Response ? result : json(result);
}

function membership(join: boolean) {
  return (ctx: RouteContext): Response => {
    const channel = findChannel(ctx);
    if (!channel) return apiError(404, CHANNEL_NOT_FOUND);
    if (String(ctx.userId) !== ctx.params.user) return apiError(403, null);
    const members = channel._members as number[];
    if (join && !members.includes(ctx.userId!)) members.push(ctx.userId!);
    if (!join) channel._members = members.filter((m) => m !== ctx.userId);
    broadcastMembership(ctx, channel, ctx.userId!, join ? "join" : "part");
    return join ? json(channelJson(ctx, channel)) : noContent();
  };
}

/** The PM channel between the caller and `target`, made on first use. */
function pmChannel(ctx: RouteContext, target: number, username: string): JsonObject {
  let channel = channels(ctx).find((c) =>
    c.type === "PM" && (c._members as number[]).includes(target) &&
    (c._members as number[]).includes(ctx.userId!)
  );
  if (!channel) {
    channel = {
      channel_id: ctx.state.nextId++,
      description: "",
      icon: null,
      message_length_limit: 1000,
      moderated: false,
      name: username,
      type: "PM",
      uuid: null,
      _members: [ctx.userId!, target],
    };
    channels(ctx).push(channel);
    for (const member of [ctx.userId!, target]) broadcastMembership(ctx, channel, member, "join");
  }
  return channel;
}

function newPm(ctx: RouteContext): Response {
  const target = Number(field(ctx.body, "target_id"));
  const user = ctx.state.data.users.find((u) => u.id === target);
  if (!user) return unprocessable("target_id is invalid");
  const channel = pmChannel(ctx, target, String(user.username));
  const message = post(ctx, channel);
  if (message instanceof Response) return message;
  return json({
    channel: channelJson(ctx, channel, "conversation"),
    message,
    new_channel_id: channel.channel_id,
  });
}

function createChannel(ctx: RouteContext): Response {
  const type = field(ctx.body, "type");
  if (type === "PM") {
    const target = Number(field(ctx.body, "target_id"));
    const user = ctx.state.data.users.find((u) => u.id === target);
    if (!user) return unprocessable("target_id is invalid");
    const channel = pmChannel(ctx, target, String(user.username));
    return json(channelJson(ctx, channel, "recent"));
  }
  if (type === "ANNOUNCE") {
    const name = field(ctx.body, "channel.name");
    const description = field(ctx.body, "channel.description");
    const targets = ctx.body.target_ids;
    if (!name || !description || !Array.isArray(targets) || !field(ctx.body, "message")) {
      return unprocessable(
        "channel.name, channel.description, message and target_ids are required",
      );
    }
    const channel: JsonObject = {
      channel_id: ctx.state.nextId++,
      description,
      icon: null,
      message_length_limit: 1000,
      moderated: false,
      name,
      type: "ANNOUNCE",
      uuid: null,
      _members: [ctx.userId!, ...targets.map(Number)],
    };
    channels(ctx).push(channel);
    const message = post(ctx, channel);
    if (message instanceof Response) return message;
    return json(channelJson(ctx, channel, "recent"));
  }
  return unprocessable("type must be PM or ANNOUNCE");
}

/**
 * `GET chat/updates` (ChatController::updates): the parts named in `includes[]` (all three by
 * default); `messages` is always empty (kept for old lazer versions).
 */
function getUpdates(ctx: RouteContext): Response {
  if (ctx.query.get("since") === null) return unprocessable("since is required");
  const asked = listField(ctx.queryFields, "includes");
  const wants = (part: string) => asked.length === 0 || asked.includes(part);
  const body: JsonObject = {};
  if (wants("presence")) {
    body.presence = channels(ctx).filter((c) => isMember(ctx, c)).map((c) => channelJson(ctx, c));
  }
  if (wants("silences")) body.silences = [];
  if (wants("messages")) body.messages = [];
  return json(body);
}

/** Chat route handlers by endpoint name. */
export const CHAT_ROUTES: RouteTable = {
  getChannelList: (ctx) =>
    json(channels(ctx).filter((c) => c.type === "PUBLIC").map((c) => channelJson(ctx, c, "none"))),
  getChannel: (ctx) => {
    const channel = findChannel(ctx);
    if (!channel) return apiError(404, CHANNEL_NOT_FOUND);
    const users = ctx.state.data.users.filter((u) =>
      (channel._members as number[]).includes(u.id as number)
    );
    return json({
      channel: channelJson(ctx, channel),
      users: channel.type === "PUBLIC"
        ? []
        : users.map((u) => userCompact(u, ["country", "cover", "groups", "team"])),
    });
  },
  getChannelMessages,
  sendMessageToChannel,
  joinChannel: membership(true),
  leaveChannel: membership(false),
  markChannelAsRead: (ctx) => findChannel(ctx) ? noContent() : apiError(404, CHANNEL_NOT_FOUND),
  createNewPm: newPm,
  createChannel,
  chatKeepalive: (ctx) => {
    if (ctx.userId !== undefined) ctx.state.hub?.ack(ctx.userId);
    return json({ silences: [] });
  },
  getUpdates,
  getChatPresence: (ctx) =>
    json(channels(ctx).filter((c) => isMember(ctx, c)).map((c) => channelJson(ctx, c))),
};
