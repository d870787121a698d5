/**
 * Reads one text frame of osu!'s notification websocket: the server's own answers
 * (`connection.ready`, `{"error":"authentication failed"}`, ppy/osu-notification-server
 * `src/index.ts`) and the events osu-web broadcasts (`{"event": name, "data": …}`).
 *
 * @module
 */
import type {
  NotificationIdentity,
  NotificationReadData,
  NotificationWebsocketEvent,
} from "./notification_events.ts";

/** What one frame says. */
export type ParsedFrame =
  | { readonly kind: "ready" }
  | { readonly kind: "refused"; readonly error: string }
  | { readonly kind: "event"; readonly event: NotificationWebsocketEvent };

const DATA_EVENTS = new Set(["new", "chat.channel.join", "chat.channel.part"]);

/**
 * Parses a frame. Anything not understood becomes an `unknown` event, never an exception.
 *
 * @param data the frame (text; anything else is passed on as `unknown`)
 * @returns what it says
 */
export function parseFrame(data: unknown): ParsedFrame {
  if (typeof data !== "string") return unknown(null, data);
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return unknown(null, data);
  }
  if (!isObject(message)) return unknown(null, message);
  const name = typeof message.event === "string" ? message.event : null;
  if (name === null) {
    if (typeof message.error === "string") return { kind: "refused", error: message.error };
    return unknown(null, message);
  }
  const payload = message.data;
  switch (name) {
    case "connection.ready":
      return { kind: "ready" };
    case "logout":
    case "verified":
      return { kind: "event", event: { event: name, data: undefined } };
    case "read":
    case "delete":
      return { kind: "event", event: { event: name, data: readData(message) } };
    case "chat.message.new":
      if (!isObject(payload)) break;
      return {
        kind: "event",
        event: {
          event: name,
          data: { messages: list(payload.messages), users: list(payload.users) } as never,
        },
      };
    default:
      if (DATA_EVENTS.has(name) && isObject(payload)) {
        return { kind: "event", event: { event: name, data: payload } as never };
      }
  }
  return unknown(name, "data" in message ? payload : message);
}

function readData(message: Record<string, unknown>): NotificationReadData {
  const payload = isObject(message.data) ? message.data : {};
  const notifications = list(payload.notifications) as NotificationIdentity[];
  const topIds = Array.isArray(message.ids) ? message.ids : payload.ids;
  const ids = Array.isArray(topIds)
    ? topIds.filter((id): id is number => typeof id === "number")
    : notifications.map((n) => n.id).filter((id): id is number => typeof id === "number");
  return {
    ...payload,
    ids,
    notifications,
  } as NotificationReadData;
}

function unknown(event: string | null, data: unknown): ParsedFrame {
  return { kind: "event", event: { event: "unknown", data: { event, data } } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
