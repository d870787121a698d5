/**
 * Score methods of `Client` that fetch or act on one score: replays, score submission (lazer only)
 * and pins (lazer only).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion, Mod, Ruleset } from "../models/common.ts";
import type { Score, ScoreRank, ScoreStatistics, ScoreToken } from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "./options.ts";
import { ScoresApi } from "./scores.ts";
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

/** Replays, score submission and pins; `Client` has them all. */
export class ScoreActionsApi<V extends string = DefaultApiVersion> extends ScoresApi<V> {
  /**
   * Get Replay Data (legacy id): a replay file (`.osr`) by stable score id; with `mode`
   * undefined it downloads by score id instead (`getReplayDataByIdOnly`). Replays have their
   * own rate limit of 10 a minute.
   *
   * @param mode the ruleset of the stable id, or `undefined` for a score id
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the replay's bytes
   * @throws {NotFoundError} when the score has no replay
   */
  async getReplayData(
    mode: Ruleset | undefined,
    score: number,
    options: CallOptions = {},
  ): Promise<Uint8Array> {
    if (mode === undefined) return await this.getReplayDataByIdOnly(score, options);
    return await this.request(endpoints.getReplayData, {
      ...options,
      path: { ruleset: mode, score: checkId("score id", score) },
    });
  }

  /**
   * Get Replay Data: a replay file (`.osr`) by score id (10 a minute).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the replay's bytes
   * @throws {NotFoundError} when the score has no replay
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const [score] = await client.getUserScores(2, "best", { limit: 1 });
   * const replay = await client.getReplayDataByIdOnly(score.id);
   * assert(replay instanceof Uint8Array);
   * ```
   */
  async getReplayDataByIdOnly(score: number, options: CallOptions = {}): Promise<Uint8Array> {
    return await this.request(endpoints.getReplayDataByIdOnly, {
      ...options,
      path: { score: checkId("score id", score) },
    });
  }

  /**
   * Create Score Token: permission to submit a play on a beatmap (lazer only).
   *
   * @param beatmap the beatmap id
   * @param options `beatmapHash`, `ruleset`, `versionHash`, `signal`, `timeout`
   * @returns the token
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async createScoreToken(beatmap: number, options: ScoreTokenOptions = {}): Promise<ScoreToken> {
    return await this.request(endpoints.createScoreToken, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap) },
      body: tokenBody(options),
    });
  }

  /**
   * Submit Solo Score: submit a play made with a score token (lazer only).
   *
   * @param beatmap the beatmap id
   * @param token the score token id
   * @param score the play
   * @param options `signal`, `timeout`
   * @returns the stored score
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async submitSoloScore(
    beatmap: number,
    token: number,
    score: ScoreSubmission,
    options: CallOptions = {},
  ): Promise<Score> {
    return await this.request(endpoints.submitSoloScore, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap), token: checkId("score token id", token) },
      body: score,
    });
  }

  /**
   * Pin Score: pin a score on the profile (lazer only).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async pinScore(score: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.pinScore, {
      ...options,
      path: { score: checkId("score id", score) },
    });
  }

  /**
   * Unpin Score: unpin a score (lazer only).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async unpinScore(score: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.unpinScore, {
      ...options,
      path: { score: checkId("score id", score) },
    });
  }

  /**
   * Reorder Pinned Score: move a pinned score after or before another (lazer only).
   *
   * @param score the score id
   * @param place `afterScoreId` or `beforeScoreId`
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when neither place is given
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async reorderPinnedScore(
    score: number,
    place: { readonly afterScoreId?: number; readonly beforeScoreId?: number },
    options: CallOptions = {},
  ): Promise<void> {
    const id = checkId("score id", score);
    const { afterScoreId, beforeScoreId } = place ?? {};
    if (afterScoreId === undefined && beforeScoreId === undefined) {
      throw new InvalidArgumentError("reorderPinnedScore needs afterScoreId or beforeScoreId");
    }
    await this.request(endpoints.reorderPinnedScore, {
      ...options,
      path: { score: id },
      body: {
        after_score_id: afterScoreId === undefined ? undefined : checkId("score id", afterScoreId),
        before_score_id: beforeScoreId === undefined
          ? undefined
          : checkId("score id", beforeScoreId),
      },
    });
  }
}
