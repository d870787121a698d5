/**
 * Score requests of `Client` that fetch or act on one score: replays, score submission (lazer only)
 * and pins (lazer only).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Mod, Ruleset } from "../models/common.ts";
import type { Score, ScoreRank, ScoreStatistics, ScoreToken } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
import { tokenBody } from "./_params.ts";

/** A play to submit with a score token (lazer's `SoloScoreInfo`). */
export interface ScoreSubmission {
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** Max combo. */
  readonly max_combo: number;
  /** The mods. */
  readonly mods: readonly Mod[];
  /** Whether it passed. */
  readonly passed: boolean;
  /** The grade. */
  readonly rank: ScoreRank;
  /** The ruleset id. */
  readonly ruleset_id: number;
  /** Hit counts. */
  readonly statistics: ScoreStatistics;
  /** The best possible hit counts. */
  readonly maximum_statistics?: ScoreStatistics;
  /** Total score. */
  readonly total_score: number;
  /** Other fields lazer sends. */
  readonly [key: string]: unknown;
}

/** Options of `createScoreToken` and `createPlaylistScoreToken`. */
export interface ScoreTokenOptions extends CallOptions {
  /** The MD5 of the .osu file played. */
  readonly beatmapHash?: string;
  /** The ruleset played. */
  readonly ruleset?: Ruleset;
  /** The client's version hash. */
  readonly versionHash?: string;
}

export async function getReplayData(
  context: RequestContext,
  mode: Ruleset | undefined,
  score: number,
  options: CallOptions = {},
): Promise<Uint8Array> {
  if (mode === undefined) return await getReplayDataByIdOnly(context, score, options);
  return await context.request(endpoints.getReplayData, {
    ...options,
    path: { ruleset: mode, score: checkId("score id", score) },
  });
}

export async function getReplayDataByIdOnly(
  context: RequestContext,
  score: number,
  options: CallOptions = {},
): Promise<Uint8Array> {
  return await context.request(endpoints.getReplayDataByIdOnly, {
    ...options,
    path: { score: checkId("score id", score) },
  });
}

export async function createScoreToken(
  context: RequestContext,
  beatmap: number,
  options: ScoreTokenOptions = {},
): Promise<ScoreToken> {
  return await context.request(endpoints.createScoreToken, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap) },
    body: tokenBody(options),
  });
}

export async function submitSoloScore(
  context: RequestContext,
  beatmap: number,
  token: number,
  score: ScoreSubmission,
  options: CallOptions = {},
): Promise<Score> {
  return await context.request(endpoints.submitSoloScore, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap), token: checkId("score token id", token) },
    body: score,
  });
}

export async function pinScore(
  context: RequestContext,
  score: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.pinScore, {
    ...options,
    path: { score: checkId("score id", score) },
  });
}

export async function unpinScore(
  context: RequestContext,
  score: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.unpinScore, {
    ...options,
    path: { score: checkId("score id", score) },
  });
}

export async function reorderPinnedScore(
  context: RequestContext,
  score: number,
  place: { readonly afterScoreId?: number; readonly beforeScoreId?: number },
  options: CallOptions = {},
): Promise<void> {
  const id = checkId("score id", score);
  const { afterScoreId, beforeScoreId } = place ?? {};
  if (afterScoreId === undefined && beforeScoreId === undefined) {
    throw new InvalidArgumentError("reorderPinnedScore needs afterScoreId or beforeScoreId");
  }
  await context.request(endpoints.reorderPinnedScore, {
    ...options,
    path: { score: id },
    body: {
      after_score_id: afterScoreId === undefined ? undefined : checkId("score id", afterScoreId),
      before_score_id: beforeScoreId === undefined ? undefined : checkId("score id", beforeScoreId),
    },
  });
}
