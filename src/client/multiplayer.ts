/**
 * Multiplayer (rooms and playlists) methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type {
  MultiplayerScore,
  MultiplayerScores,
  Room,
  RoomEvents,
  RoomLeaderboard,
} from "../models/multiplayer.ts";
import type { ScoreToken } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import { ChatApi } from "./chat.ts";
import type { CallOptions } from "./options.ts";
import type { ScoreSubmission, ScoreTokenOptions } from "./score_actions.ts";
import { tokenBody } from "./_params.ts";

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

/** Options of `getScores` (playlist item scores). */
export interface PlaylistScoresOptions extends CallOptions {
  /** Scores per page (osu-web: up to 50). */
  readonly limit?: number;
  /** Sort order. @default {"score_desc"} */
  readonly sort?: "score_asc" | "score_desc";
  /** The `cursor_string` of the previous page. */
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
  async getRooms(options: GetRoomsOptions = {}): Promise<Room[]> {
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
  async getRoom(room: number, options: CallOptions = {}): Promise<Room> {
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
  async createRoom(room: NewRoom, options: CallOptions = {}): Promise<Room> {
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
  ): Promise<Room> {
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

  /**
   * Get Playlist Scores: scores of a playlist item, one page at a time (osu.py's `get_scores`).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param options `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of scores and the next cursor
   */
  async getScores(
    room: number,
    playlist: number,
    options: PlaylistScoresOptions = {},
  ): Promise<MultiplayerScores> {
    return await this.request(endpoints.getScores, {
      ...options,
      path: { room: checkId("room id", room), playlist: checkId("playlist item id", playlist) },
      query: { limit: options.limit, sort: options.sort, cursor_string: options.cursorString },
    });
  }

  /**
   * Get Playlist Score: one score of a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the score
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getPlaylistScore(
    room: number,
    playlist: number,
    score: number,
    options: CallOptions = {},
  ): Promise<MultiplayerScore> {
    return await this.request(endpoints.getPlaylistScore, {
      ...options,
      path: {
        room: checkId("room id", room),
        playlist: checkId("playlist item id", playlist),
        score: checkId("score id", score),
      },
    });
  }

  /**
   * Get Playlist User High Score: a user's best score on a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param user the user id
   * @param options `signal`, `timeout`
   * @returns the score
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getPlaylistUserHighScore(
    room: number,
    playlist: number,
    user: number,
    options: CallOptions = {},
  ): Promise<MultiplayerScore> {
    return await this.request(endpoints.getPlaylistUserHighScore, {
      ...options,
      path: {
        room: checkId("room id", room),
        playlist: checkId("playlist item id", playlist),
        user: checkId("user id", user),
      },
    });
  }

  /**
   * Create Playlist Score Token: permission to submit a play on a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param options `beatmapHash`, `ruleset`, `versionHash`, `signal`, `timeout`
   * @returns the token
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async createPlaylistScoreToken(
    room: number,
    playlist: number,
    options: ScoreTokenOptions = {},
  ): Promise<ScoreToken> {
    return await this.request(endpoints.createPlaylistScoreToken, {
      ...options,
      path: { room: checkId("room id", room), playlist: checkId("playlist item id", playlist) },
      body: tokenBody(options),
    });
  }

  /**
   * Submit Playlist Score: submit a play made with a playlist score token (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param token the score token id
   * @param score the play
   * @param options `signal`, `timeout`
   * @returns the stored score
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async submitPlaylistScore(
    room: number,
    playlist: number,
    token: number,
    score: ScoreSubmission,
    options: CallOptions = {},
  ): Promise<MultiplayerScore> {
    return await this.request(endpoints.submitPlaylistScore, {
      ...options,
      path: {
        room: checkId("room id", room),
        playlist: checkId("playlist item id", playlist),
        score: checkId("score token id", token),
      },
      body: score,
    });
  }
}
