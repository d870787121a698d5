/**
 * Chat routes: channels, messages (`since`/`until` message ids, newest 50 by default), sending
 * (the message appears in the channel), joining, leaving, marking read, PMs, keepalive, updates
 * and presence.
 *
 * @module
 */
import { apiError, bool, field, intParam, json, noContent, unprocessable } from "../_http.ts";
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

function channelJson(ctx: RouteContext, channel: JsonObject): JsonObject {
  const { _members, ...rest } = channel;
  const last = messages(ctx).filter((m) => m.channel_id === channel.channel_id).at(-1);
  const out: JsonObject = { ...rest, last_message_id: last?.message_id ?? null };
  if (ctx.userId !== undefined && (_members as number[]).includes(ctx.userId)) {
    out.current_user_attributes = {
      can_message: true,
      can_message_error: null,
      last_read_id: last?.message_id ?? null,
    };
  }
  return out;
}

function messageJson(ctx: RouteContext, message: JsonObject): JsonObject {
  const sender = ctx.state.data.users.find((u) => u.id === message.sender_id);
  return { ...message, sender: sender ? userCompact(sender, []) : null };
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
  hub.publish(hub.activeUserIds(channel), "chat.message.new", {
    messages: [message],
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
  return json({ channel: channelJson(ctx, channel), message, new_channel_id: channel.channel_id });
}

function createChannel(ctx: RouteContext): Response {
  const type = field(ctx.body, "type");
  if (type === "PM") {
    const target = Number(field(ctx.body, "target_id"));
    const user = ctx.state.data.users.find((u) => u.id === target);
    if (!user) return unprocessable("target_id is invalid");
    const channel = pmChannel(ctx, target, String(user.username));
    return json(channelJson(ctx, channel));
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
    return json(channelJson(ctx, channel));
  }
  return unprocessable("type must be PM or ANNOUNCE");
}

function getUpdates(ctx: RouteContext): Response {
  const since = Number(ctx.query.get("since") ?? 0);
  const mine = channels(ctx).filter((c) => isMember(ctx, c));
  const ids = new Set(mine.map((c) => c.channel_id));
  return json({
    presence: mine.map((c) => channelJson(ctx, c)),
    silences: [],
    messages: messages(ctx).filter((m) => ids.has(m.channel_id) && (m.message_id as number) > since)
      .slice(-50).map((m) => messageJson(ctx, m)),
  });
}

/** Chat route handlers by endpoint name. */
export const CHAT_ROUTES: RouteTable = {
  getChannelList: (ctx) =>
    json(channels(ctx).filter((c) => c.type === "PUBLIC").map((c) => channelJson(ctx, c))),
  getChannel: (ctx) => {
    const channel = findChannel(ctx);
    if (!channel) return apiError(404, CHANNEL_NOT_FOUND);
    const users = ctx.state.data.users.filter((u) =>
      (channel._members as number[]).includes(u.id as number)
    );
    return json({
      channel: channelJson(ctx, channel),
      users: channel.type === "PUBLIC" ? [] : users.map((u) => userCompact(u, [])),
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
