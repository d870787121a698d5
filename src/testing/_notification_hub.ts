/**
 * The emulator's notification server, as ppy/osu-notification-server behaves: checks the token of
 * each upgrade (`src/oauth-verifier.ts`: header or `?access_token=`, unrevoked, unexpired, scope
 * `*` or `chat.read`), answers `connection.ready` or `{"error":"authentication failed"}` and drops
 * the socket (`src/index.ts`), takes `chat.start`/`chat.end`, and forwards what osu-web
 * broadcasts to a user's connections with the same filter (`src/user-connection.ts`: chat events
 * only while chat is on; a token without `*` gets only `chat.*` events).
 *
 * @module
 */
import { resourceOwner } from "./_auth_check.ts";
import type { EmulatorState } from "./_state.ts";
import { tokenCan } from "./_scope_rules.ts";
import type { JsonObject, JsonValue } from "./types.ts";

/** osu-web `Channel::CHAT_ACTIVITY_TIMEOUT`: a public channel's members count as active this long after `chat/ack`. */
const CHAT_ACTIVITY_TIMEOUT_MS = 60_000;

/** The server's end of one socket. */
export interface Peer {
  /**
   * Sends a text frame.
   *
   * @param text the frame
   */
  send(text: string): void;
  /**
   * Closes the socket; 1006 means dropped without a close frame.
   *
   * @param code the close code
   * @param reason the reason
   */
  close(code: number, reason: string): void;
}

/** One authenticated connection. */
export interface HubConnection {
  readonly userId: number;
  readonly tokenId: string;
  readonly scopes: readonly string[];
  chat: boolean;
  readonly peer: Peer;
}

/** What an upgrade carried (read before the upgrade: Deno's request is gone after it). */
export interface Upgrade {
  readonly url: string;
  readonly authorization: string | null;
}

/** The connections and what is broadcast to them. */
export class NotificationHub {
  readonly connections = new Set<HubConnection>();
  readonly #state: EmulatorState;
  readonly #ackAt = new Map<number, number>();

  /** @param state the emulator's state */
  constructor(state: EmulatorState) {
    this.#state = state;
  }

  /**
   * Authenticates an opened socket.
   *
   * @param peer the server's end
   * @param upgrade the URL and `Authorization` header of the upgrade
   * @param refuse refuse whatever the token (a fault)
   * @returns the connection, or undefined when refused (the socket is then dropped)
   */
  accept(peer: Peer, upgrade: Upgrade, refuse = false): HubConnection | undefined {
    const header = /^Bearer (.+)$/.exec(upgrade.authorization ?? "");
    const value = header ? header[1] : new URL(upgrade.url).searchParams.get("access_token");
    const token = value ? this.#state.tokens.get(value) : undefined;
    const userId = token ? resourceOwner(this.#state, token) : undefined;
    const valid = token && !token.revoked && this.#state.clock.now() < token.expiresAt &&
      (token.scopes.includes("*") || token.scopes.includes("chat.read")) && userId !== undefined;
    if (!valid || refuse) {
      peer.send(JSON.stringify({ error: "authentication failed" }));
      peer.close(1006, "");
      return undefined;
    }
    const connection: HubConnection = {
      userId: userId!,
      tokenId: token!.id,
      scopes: token!.scopes,
      chat: false,
      peer,
    };
    this.connections.add(connection);
    peer.send(JSON.stringify({ event: "connection.ready" }));
    return connection;
  }

  /**
   * A frame from a client: `chat.start` or `chat.end`; anything else is ignored, as osu! does.
   *
   * @param connection the connection
   * @param text the frame
   */
  receive(connection: HubConnection, text: unknown): void {
    let event: unknown;
    try {
      event = typeof text === "string" ? JSON.parse(text)?.event : undefined;
    } catch {
      return;
    }
    if (event === "chat.start") connection.chat = true;
    if (event === "chat.end") connection.chat = false;
  }

  /**
   * Forgets a closed connection.
   *
   * @param connection the connection
   */
  closed(connection: HubConnection): void {
    this.connections.delete(connection);
  }

  /**
   * Drops connections as a lost network does (close code 1006 in-process).
   *
   * @param match which ones @default {every connection}
   * @param code the close code @default {1006}
   * @returns how many were dropped
   */
  drop(match: (connection: HubConnection) => boolean = () => true, code = 1006): number {
    let dropped = 0;
    for (const connection of [...this.connections]) {
      if (!match(connection)) continue;
      this.connections.delete(connection);
      connection.peer.close(code, "");
      dropped++;
    }
    return dropped;
  }

  /**
   * Sends an event to every connection of the users, with osu-notification-server's filter.
   *
   * @param userIds the receivers
   * @param event the event's name
   * @param data its data
   * @param extra top-level fields besides `event` and `data`
   */
  publish(userIds: readonly number[], event: string, data: JsonValue, extra: JsonObject = {}) {
    const text = JSON.stringify({ event, data, ...extra });
    const isChat = event.startsWith("chat.");
    for (const connection of [...this.connections]) {
      if (!userIds.includes(connection.userId)) continue;
      if (isChat && !connection.chat) continue;
      if (
        !connection.scopes.includes("*") && !(isChat && tokenCan(connection.scopes, "chat.read"))
      ) {
        continue;
      }
      connection.peer.send(text);
    }
  }

  /**
   * `logout` to the user's connections, then the server closes them (no reconnect should follow).
   *
   * @param userId the user
   * @returns how many were logged out
   */
  logout(userId: number): number {
    const mine = [...this.connections].filter((c) => c.userId === userId);
    for (const connection of mine) {
      connection.peer.send(JSON.stringify({ event: "logout" }));
      this.connections.delete(connection);
      connection.peer.close(1000, "");
    }
    return mine.length;
  }

  /**
   * `POST chat/ack`: the user is active in its public channels for the next 60 s.
   *
   * @param userId the user
   */
  ack(userId: number): void {
    this.#ackAt.set(userId, this.#state.clock.now());
  }

  /**
   * osu-web `Channel::activeUserIds`: members who acked lately for a public channel, all members
   * otherwise.
   *
   * @param channel the channel fixture (with `_members`)
   * @returns the user ids
   */
  activeUserIds(channel: JsonObject): number[] {
    const members = channel._members as number[];
    if (channel.type !== "PUBLIC") return members;
    const since = this.#state.clock.now() - CHAT_ACTIVITY_TIMEOUT_MS;
    return members.filter((id) => (this.#ackAt.get(id) ?? -Infinity) >= since);
  }

  /**
   * A new notification for a user, stored and pushed as `new`.
   *
   * @param userId the receiver
   * @param notification its fields (osu-web NotificationTransformer)
   * @returns the notification as served
   */
  notify(userId: number, notification: JsonObject): JsonObject {
    const stored: JsonObject = {
      id: this.#state.nextId++,
      created_at: new Date(this.#state.clock.now()).toISOString().replace(/\.\d{3}Z$/, "+00:00"),
      source_user_id: null,
      is_read: false,
      details: {},
      ...notification,
      _user_id: userId,
    };
    (this.#state.data.collections.notifications ??= []).push(stored);
    const { _user_id, ...served } = stored;
    this.publish([userId], "new", served);
    return served;
  }
}
