/**
 * Multiplayer room requests of `Client` (playlist scores are in `playlists.ts`).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type {
  ListedRoom,
  RoomDetails,
  RoomEvents,
  RoomLeaderboard,
} from "../models/multiplayer.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";

/** Options of `getRooms`. */
export interface GetRoomsOptions extends CallOptions {
  /** Which rooms. @default {"active"} */
  readonly mode?: "active" | "all" | "ended" | "participated" | "owned";
  /** Playlists, realtime (multiplayer) or ranked-play rooms (Room::search). @default {"playlists"} */
  readonly typeGroup?: "playlists" | "realtime" | "ranked-play";
  /** Only rooms of this season. */
  readonly seasonId?: number;
  /** Sort order. */
  readonly sort?: "ended" | "created";
  /** How many. */
  readonly limit?: number;
  /** The `cursor_string` of the previous page (newer API versions). */
  readonly cursorString?: string;
}

/** Options of `getRoomEvents`. */
export interface RoomEventsOptions extends CallOptions {
  /** Only events after this event id. */
  readonly after?: number;
  /** Only events before this event id. */
  readonly before?: number;
  /** How many events. */
  readonly limit?: number;
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

export async function getRooms(
  context: RequestContext,
  options: GetRoomsOptions = {},
): Promise<ListedRoom[]> {
  return await context.request(endpoints.getRooms, {
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

export async function getRoom(
  context: RequestContext,
  room: number,
  options: CallOptions = {},
): Promise<RoomDetails> {
  return await context.request(endpoints.getRoom, {
    ...options,
    path: { room: checkId("room id", room) },
  });
}

export async function createRoom(
  context: RequestContext,
  room: NewRoom,
  options: CallOptions = {},
): Promise<RoomDetails> {
  return await context.request(endpoints.createRoom, { ...options, body: room });
}

export async function deleteRoom(
  context: RequestContext,
  room: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.deleteRoom, {
    ...options,
    path: { room: checkId("room id", room) },
  });
}

/** Options of `joinRoom`. */
export interface JoinRoomOptions extends CallOptions {
  /** The room's password, for a room that has one. */
  readonly password?: string;
}

export async function joinRoom(
  context: RequestContext,
  room: number,
  user: number,
  options: JoinRoomOptions = {},
): Promise<RoomDetails> {
  return await context.request(endpoints.joinRoom, {
    ...options,
    path: { room: checkId("room id", room), user: checkId("user id", user) },
    body: options.password === undefined ? undefined : { password: options.password },
  });
}

export async function leaveRoom(
  context: RequestContext,
  room: number,
  user: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.leaveRoom, {
    ...options,
    path: { room: checkId("room id", room), user: checkId("user id", user) },
  });
}

export async function getRoomLeaderboard(
  context: RequestContext,
  room: number,
  options: CallOptions = {},
): Promise<RoomLeaderboard> {
  return await context.request(endpoints.getRoomLeaderboard, {
    ...options,
    path: { room: checkId("room id", room) },
  });
}

export async function getRoomEvents(
  context: RequestContext,
  room: number,
  options: RoomEventsOptions = {},
): Promise<RoomEvents> {
  return await context.request(endpoints.getRoomEvents, {
    ...options,
    path: { room: checkId("room id", room) },
    query: { after: options.after, before: options.before, limit: options.limit },
  });
}
