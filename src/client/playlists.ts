/**
 * Multiplayer playlist methods of `Client`: an item's scores, a user's best, and score submission
 * (lazer only).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { MultiplayerScores, PlaylistScore } from "../models/multiplayer.ts";
import type { ScoreToken } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import { MultiplayerApi } from "./multiplayer.ts";
import type { CallOptions } from "./options.ts";
import type { ScoreSubmission, ScoreTokenOptions } from "./score_actions.ts";
import { tokenBody } from "./_params.ts";

/** Options of `getScores` (playlist item scores). */
export interface PlaylistScoresOptions extends CallOptions {
  /** Scores per page (osu-web: up to 50). */
  readonly limit?: number;
  /** Sort order. @default {"score_desc"} */
  readonly sort?: "score_asc" | "score_desc";
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** The playlist methods; `Client` has them all. */
export class PlaylistsApi<V extends string = DefaultApiVersion> extends MultiplayerApi<V> {
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
  ): Promise<PlaylistScore> {
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
  ): Promise<PlaylistScore> {
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
  ): Promise<PlaylistScore> {
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
