/**
 * Score methods of `Client`: leaderboards and single scores (replays, submission and pins are
 * in `score_actions.ts`).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion, ModInput, Ruleset } from "../models/common.ts";
import type {
  BeatmapScores,
  BeatmapUserScore,
  Score,
  ScoreDetails,
  ScoreFor,
  ScoresPage,
} from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import { DiscussionsApi } from "./discussions.ts";
import type { CallOptions } from "./options.ts";
import { modAcronyms } from "./_params.ts";

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
  ): Promise<ScoreDetails<ScoreFor<V>>> {
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
  async getScoreByIdOnly(
    score: number,
    options: CallOptions = {},
  ): Promise<ScoreDetails<ScoreFor<V>>> {
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
}
