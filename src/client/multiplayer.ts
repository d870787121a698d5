/**
 * Multiplayer room methods of `Client` (playlist scores are in `playlists.ts`).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type {
  ListedRoom,
  RoomDetails,
  RoomEvents,
  RoomLeaderboard,
} from "../models/multiplayer.ts";
import { checkId } from "../_ids.ts";
import { ChatApi } from "./chat.ts";
import type { CallOptions } from "./options.ts";

/** Options of `getRooms`. */
export interface GetRoomsOptions extends CallOptions {
  /** Which rooms. @default {"active"} */
  readonly mode?: "active" | "all" | "ended" | "participated" | "owned";
  /** Playlists or realtime rooms. @default {"playlists"} */
  readonly typeGroup?: "playlists" | "realtime";
  /** Only rooms of this season. */
  readonly seasonId?: number;
  /** Sort order. */
  readonly sort?: "ended" | "created";
  /** How many. */
  readonly limit?: number;
  /** The `cursor_string` of the previous page (newer API versions). */
  readonly cursorString?: string;
}

/** A new room, as lazer sends it (`name`, `type`, `playlist`, ...). */
export interface NewRoom {
  /** The name. */
  readonly name: string;
  /** The kind. */
  readonly type?: "playlists" | "head_to_head" | "team_versus";
  /** The playlist items: `beatmap_id`, `ruleset_id`, mods. */
  readonly playlist: readonly { readonly beatmap_id: number; readonly [key: string]: unknown }[];
  /** Other room settings (`ends_at`, `max_attempts`, `password`, ...). */
  readonly [key: string]: unknown;
}

/** The multiplayer methods; `Client` has them all. */
export class MultiplayerApi<V extends string = DefaultApiVersion> extends ChatApi<V> {
  /**
   * Get Multiplayer Rooms: playlists or realtime rooms.
   *
   * @param options `mode`, `typeGroup`, `seasonId`, `sort`, `limit`, `signal`, `timeout`
   * @returns the rooms
   */
  async getRooms(options: GetRoomsOptions = {}): Promise<ListedRoom[]> {
    return await this.request(endpoints.getRooms, {
      ...options,
      query: {
        mode: options.mode,
        type_group: options.typeGroup,
        season_id: options.seasonId,
        sort: options.sort,
        limit: options.limit,
        cursor_string: options.cursorString,
      },
    });
  }

  /**
   * Get Room: one room with its playlist.
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @returns the room
   */
  async getRoom(room: number, options: CallOptions = {}): Promise<RoomDetails> {
    return await this.request(endpoints.getRoom, {
      ...options,
      path: { room: checkId("room id", room) },
    });
  }

  /**
   * Create Room: make a playlist or realtime room (lazer only).
   *
   * @param room the room's settings and playlist
   * @param options `signal`, `timeout`
   * @returns the room
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async createRoom(room: NewRoom, options: CallOptions = {}): Promise<RoomDetails> {
    return await this.request(endpoints.createRoom, { ...options, body: room });
  }

  /**
   * Delete Room: close a room (lazer only; the host).
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async deleteRoom(room: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.deleteRoom, {
      ...options,
      path: { room: checkId("room id", room) },
    });
  }

  /**
   * Join Room: join a room (lazer only).
   *
   * @param room the room id
   * @param user the token owner's user id
   * @param options `password`, `signal`, `timeout`
   * @returns the room
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async joinRoom(
    room: number,
    user: number,
    options: CallOptions & { readonly password?: string } = {},
  ): Promise<RoomDetails> {
    return await this.request(endpoints.joinRoom, {
      ...options,
      path: { room: checkId("room id", room), user: checkId("user id", user) },
      body: options.password === undefined ? undefined : { password: options.password },
    });
  }

  /**
   * Leave Room: leave a room (lazer only).
   *
   * @param room the room id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async leaveRoom(room: number, user: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.leaveRoom, {
      ...options,
      path: { room: checkId("room id", room), user: checkId("user id", user) },
    });
  }

  /**
   * Get Room Leaderboard: players' totals in a room.
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @returns the leaderboard and the token owner's row
   */
  async getRoomLeaderboard(room: number, options: CallOptions = {}): Promise<RoomLeaderboard> {
    return await this.request(endpoints.getRoomLeaderboard, {
      ...options,
      path: { room: checkId("room id", room) },
    });
  }

  /**
   * Get Room Events: what happened in a realtime room.
   *
   * @param room the room id
   * @param options `after`, `before` (event ids), `limit`, `signal`, `timeout`
   * @returns the events and what they refer to
   */
  async getRoomEvents(
    room: number,
    options: CallOptions & {
      readonly after?: number;
      readonly before?: number;
      readonly limit?: number;
    } = {},
  ): Promise<RoomEvents> {
    return await this.request(endpoints.getRoomEvents, {
      ...options,
      path: { room: checkId("room id", room) },
      query: { after: options.after, before: options.before, limit: options.limit },
    });
  }
}
