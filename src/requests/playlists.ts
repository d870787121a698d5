/**
 * Multiplayer playlist requests of `Client`: an item's scores, a user's best, and score submission
 * (lazer only).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { MultiplayerScores, PlaylistScore } from "../models/multiplayer.ts";
import type { ScoreToken } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
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

export async function getScores(
  context: RequestContext,
  room: number,
  playlist: number,
  options: PlaylistScoresOptions = {},
): Promise<MultiplayerScores> {
  return await context.request(endpoints.getScores, {
    ...options,
    path: { room: checkId("room id", room), playlist: checkId("playlist item id", playlist) },
    query: { limit: options.limit, sort: options.sort, cursor_string: options.cursorString },
  });
}

export async function getPlaylistScore(
  context: RequestContext,
  room: number,
  playlist: number,
  score: number,
  options: CallOptions = {},
): Promise<PlaylistScore> {
  return await context.request(endpoints.getPlaylistScore, {
    ...options,
    path: {
      room: checkId("room id", room),
      playlist: checkId("playlist item id", playlist),
      score: checkId("score id", score),
    },
  });
}

export async function getPlaylistUserHighScore(
  context: RequestContext,
  room: number,
  playlist: number,
  user: number,
  options: CallOptions = {},
): Promise<PlaylistScore> {
  return await context.request(endpoints.getPlaylistUserHighScore, {
    ...options,
    path: {
      room: checkId("room id", room),
      playlist: checkId("playlist item id", playlist),
      user: checkId("user id", user),
    },
  });
}

export async function createPlaylistScoreToken(
  context: RequestContext,
  room: number,
  playlist: number,
  options: ScoreTokenOptions = {},
): Promise<ScoreToken> {
  return await context.request(endpoints.createPlaylistScoreToken, {
    ...options,
    path: { room: checkId("room id", room), playlist: checkId("playlist item id", playlist) },
    body: tokenBody(options),
  });
}

export async function submitPlaylistScore(
  context: RequestContext,
  room: number,
  playlist: number,
  token: number,
  score: ScoreSubmission,
  options: CallOptions = {},
): Promise<PlaylistScore> {
  return await context.request(endpoints.submitPlaylistScore, {
    ...options,
    path: {
      room: checkId("room id", room),
      playlist: checkId("playlist item id", playlist),
      score: checkId("score token id", token),
    },
    body: score,
  });
}
