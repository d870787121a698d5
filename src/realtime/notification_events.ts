/**
 * The events of osu!'s notification websocket, as {@linkcode NotificationWebsocket} hands them
 * out: what the server pushes (osu-web's `resources/views/docs/_websocket_events.md`,
 * `app/Events/*.php`; ppy/osu-notification-server's `src/user-connection.ts`) and what the
 * connection itself reports (dropped, reconnected, closed).
 *
 * @module
 */
import type { ChatChannel, ChatMessage } from "../models/chat.ts";
import type { Notification } from "../models/misc.ts";
import type { UserCompact } from "../models/users.ts";

/** `chat.message.new`: messages the user received (osu-web `ChatMessageEvent`). */
export interface ChatMessageNewData {
  /** The messages, oldest first. */
  readonly messages: readonly ChatMessage[];
  /** The senders of the messages. */
  readonly users: readonly UserCompact[];
}

/** Which notifications a `read` or `delete` event is about (osu-web `BatchIdentities`). */
export interface NotificationIdentity {
  /** The notification id, when one notification is meant. */
  readonly id?: number;
  /** The category, e.g. `"beatmapset_state"`. */
  readonly category?: string;
  /** The object's type, e.g. `"beatmapset"`. */
  readonly object_type?: string;
  /** The object's id. */
  readonly object_id?: number;
}

/**
 * `read` and `delete`: notifications were read or deleted elsewhere. osu-web's
 * `NotificationReadEvent` sends `notifications`, `read_count` and `timestamp` in `data`; its docs
 * describe a top-level `ids` array instead. Both are read: `ids` holds the top-level ids or, when
 * there are none, the ids of `notifications`.
 */
export interface NotificationReadData {
  /** The ids of the notifications (may be empty when only identities were sent). */
  readonly ids: readonly number[];
  /** The notifications or groups of notifications. */
  readonly notifications: readonly NotificationIdentity[];
  /** How many were marked read, when osu! says. */
  readonly read_count?: number;
  /** When, as osu! sends it. */
  readonly timestamp?: string;
}

/** `disconnect`: the connection dropped without `close()` or `logout`. */
export interface DisconnectData {
  /** The WebSocket close code (1006 when the connection was lost without one). */
  readonly code: number;
  /** The close reason the server gave, if any (secrets removed). */
  readonly reason: string;
  /** Whether a reconnect is scheduled. */
  readonly willReconnect: boolean;
  /** Milliseconds until the next attempt (0 when none is scheduled). */
  readonly delay: number;
  /** Which reconnect attempt comes next, from 1. */
  readonly attempt: number;
}

/** `reconnect`: a new connection is ready after a drop (chat was started again if it was on). */
export interface ReconnectData {
  /** How many attempts it took, from 1. */
  readonly attempts: number;
}

/** `close`: the websocket is closed for good. */
export interface CloseData {
  /** Why: `close()`, the `signal`, osu!'s `logout`, or an error that ended it. */
  readonly reason: "close" | "abort" | "logout" | "error";
  /** The error, when `reason` is `"error"`. */
  readonly error?: Error;
}

/** `error`: something went wrong that did not end the connection (a keepalive, a listener). */
export interface ErrorData {
  /** The error (an `OsuError` for failures of osu!, or what a listener threw). */
  readonly error: unknown;
}

/** `unknown`: an event this version does not know, passed through as it came. */
export interface UnknownEventData {
  /** The event's name, or `null` when the message had none (or was not JSON). */
  readonly event: string | null;
  /** Its `data`, or the whole message when it had no `data` field. */
  readonly data: unknown;
}

/**
 * Every event by name, with the type of its data. The names without a dot that are not osu!'s
 * (`ready`, `disconnect`, `reconnect`, `close`, `error`, `unknown`) are the connection's own.
 */
export interface NotificationWebsocketEventMap {
  /** The first connection is ready (`connection.ready`). */
  readonly ready: undefined;
  /** A new notification (osu-web `NewPrivateNotificationEvent`; needs the `*` scope). */
  readonly new: Notification;
  /** Notifications were read elsewhere (needs the `*` scope). */
  readonly read: NotificationReadData;
  /** Notifications were deleted elsewhere (needs the `*` scope). */
  readonly delete: NotificationReadData;
  /** The session was logged out; the server closes and no reconnect follows. */
  readonly logout: undefined;
  /** The session was verified (osu-notification-server sends it after verification). */
  readonly verified: undefined;
  /** The user joined a channel (after `chatStart()`). */
  readonly "chat.channel.join": ChatChannel;
  /** The user left a channel (after `chatStart()`). */
  readonly "chat.channel.part": ChatChannel;
  /** The user received messages (after `chatStart()`; public channels need the keepalive). */
  readonly "chat.message.new": ChatMessageNewData;
  /** The connection dropped unplanned. */
  readonly disconnect: DisconnectData;
  /** A new connection is ready after a drop. */
  readonly reconnect: ReconnectData;
  /** The websocket is closed for good. */
  readonly close: CloseData;
  /** A failure that did not end the connection. */
  readonly error: ErrorData;
  /** An event this version does not know. */
  readonly unknown: UnknownEventData;
}

/** An event name. */
export type NotificationWebsocketEventName = keyof NotificationWebsocketEventMap;

/** The names the async iterator yields: every event but `close` (the iteration ends instead). */
export type NotificationWebsocketYieldedName = Exclude<NotificationWebsocketEventName, "close">;

/** One event as the async iterator yields it (never `close`): narrow it by `event`. */
export type NotificationWebsocketEvent = {
  readonly [K in NotificationWebsocketYieldedName]: {
    readonly event: K;
    readonly data: NotificationWebsocketEventMap[K];
  };
}[NotificationWebsocketYieldedName];

/**
 * A listener of one event. Whatever it returns is ignored, so a function that returns a number
 * or a `Promise<number>` fits too; what it throws, or a promise (any thenable) it returns
 * rejects with, becomes an `error` event.
 */
export type NotificationWebsocketListener<K extends NotificationWebsocketEventName> = (
  data: NotificationWebsocketEventMap[K],
) => unknown;
