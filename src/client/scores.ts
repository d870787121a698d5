/**
 * Score methods of `Client`: leaderboards, single scores, replays, submission and pins.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion, Mod, ModInput, Ruleset } from "../models/common.ts";
import type {
  BeatmapScores,
  BeatmapUserScore,
  Score,
  ScoreFor,
  ScoreRank,
  ScoresPage,
  ScoreStatistics,
  ScoreToken,
} from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import { DiscussionsApi } from "./discussions.ts";
import type { CallOptions } from "./options.ts";
import { modAcronyms, tokenBody } from "./_params.ts";

/** Leaderboard kinds: global, country (supporters) or friends (supporters). */
export type LeaderboardType = "global" | "country" | "friend";

/** Options of `getBeatmapScores`. */
export interface BeatmapScoresOptions extends CallOptions {
  /** The ruleset (for converts). */
  readonly mode?: Ruleset;
  /** Only scores with exactly these mods. */
  readonly mods?: readonly ModInput[];
  /** The leaderboard kind. @default {"global"} */
  readonly type?: LeaderboardType;
  /** Only stable scores. */
  readonly legacyOnly?: boolean;
  /** How many (osu-web: up to 100). */
  readonly limit?: number;
}

/** Options of `getUserBeatmapScore` and `getUserBeatmapScores`. */
export interface UserBeatmapScoreOptions extends CallOptions {
  /** The ruleset (for converts). */
  readonly mode?: Ruleset;
  /** Only scores with these mods (`getUserBeatmapScore` only). */
  readonly mods?: readonly ModInput[];
  /** Only stable scores. */
  readonly legacyOnly?: boolean;
}

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

/** The score methods; `Client` has them all. */
export class ScoresApi<V extends string = DefaultApiVersion> extends DiscussionsApi<V> {
  /**
   * Get Beatmap scores: a beatmap's leaderboard.
   *
   * @param beatmap the beatmap id
   * @param options `mode`, `mods`, `type`, `legacyOnly`, `limit`, `signal`, `timeout`
   * @returns the scores (format per API version) and the token owner's, if any
   */
  async getBeatmapScores(
    beatmap: number,
    options: BeatmapScoresOptions = {},
  ): Promise<BeatmapScores<ScoreFor<V>>> {
    return await this.request(endpoints.getBeatmapScores, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap) },
      query: {
        mode: options.mode,
        mods: modAcronyms(options.mods),
        type: options.type,
        legacy_only: options.legacyOnly,
        limit: options.limit,
      },
    });
  }

  /**
   * Get Beatmap scores (non-legacy): a beatmap's leaderboard, always in the lazer format
   * (deprecated by osu-web in favour of `getBeatmapScores`).
   *
   * @param beatmap the beatmap id
   * @param options `mode`, `mods`, `type`, `limit`, `signal`, `timeout`
   * @returns the scores
   */
  async getBeatmapScoresNonLegacy(
    beatmap: number,
    options: Omit<BeatmapScoresOptions, "legacyOnly"> = {},
  ): Promise<BeatmapScores<Score>> {
    return await this.request(endpoints.getBeatmapScoresNonLegacy, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap) },
      query: {
        mode: options.mode,
        mods: modAcronyms(options.mods),
        type: options.type,
        limit: options.limit,
      },
    });
  }

  /**
   * Get a User Beatmap score: a user's best score on a beatmap, with its position.
   *
   * @param beatmap the beatmap id
   * @param user the user id
   * @param options `mode`, `mods`, `legacyOnly`, `signal`, `timeout`
   * @returns the position and the score
   * @throws {NotFoundError} when the user has no score there
   */
  async getUserBeatmapScore(
    beatmap: number,
    user: number,
    options: UserBeatmapScoreOptions = {},
  ): Promise<BeatmapUserScore<ScoreFor<V>>> {
    return await this.request(endpoints.getUserBeatmapScore, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap), user: checkId("user id", user) },
      query: {
        mode: options.mode,
        mods: modAcronyms(options.mods),
        legacy_only: options.legacyOnly,
      },
    });
  }

  /**
   * Get a User Beatmap scores: all of a user's scores on a beatmap.
   *
   * @param beatmap the beatmap id
   * @param user the user id
   * @param options `mode`, `legacyOnly`, `signal`, `timeout`
   * @returns the scores
   */
  async getUserBeatmapScores(
    beatmap: number,
    user: number,
    options: Omit<UserBeatmapScoreOptions, "mods"> = {},
  ): Promise<{ scores: ScoreFor<V>[] }> {
    return await this.request(endpoints.getUserBeatmapScores, {
      ...options,
      path: { beatmap: checkId("beatmap id", beatmap), user: checkId("user id", user) },
      query: { ruleset: options.mode, legacy_only: options.legacyOnly },
    });
  }

  /**
   * Get Score (legacy id): a stable score by its per-ruleset id.
   *
   * @param ruleset the ruleset of the id
   * @param score the stable score id
   * @param options `signal`, `timeout`
   * @returns the score (format per API version)
   * @throws {NotFoundError} when there is no such score
   */
  async getScoreById(
    ruleset: Ruleset,
    score: number,
    options: CallOptions = {},
  ): Promise<ScoreFor<V>> {
    return await this.request(endpoints.getScoreById, {
      ...options,
      path: { ruleset, score: checkId("score id", score) },
    });
  }

  /**
   * Get Score: a score by its id.
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the score (format per API version)
   * @throws {NotFoundError} when there is no such score
   */
  async getScoreByIdOnly(score: number, options: CallOptions = {}): Promise<ScoreFor<V>> {
    return await this.request(endpoints.getScoreByIdOnly, {
      ...options,
      path: { score: checkId("score id", score) },
    });
  }

  /**
   * Get Scores: the most recent passes on ranked beatmaps (always the lazer format).
   *
   * @param options `ruleset`, `cursorString`, `signal`, `timeout`
   * @returns one page of scores and the next cursor
   */
  async getAllScores(
    options: CallOptions & { readonly ruleset?: Ruleset; readonly cursorString?: string } = {},
  ): Promise<ScoresPage> {
    return await this.request(endpoints.getAllScores, {
      ...options,
      query: { ruleset: options.ruleset, cursor_string: options.cursorString },
    });
  }

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
