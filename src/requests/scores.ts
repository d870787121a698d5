/**
 * Score requests of `Client`: leaderboards and single scores (replays, submission and pins are
 * in `score_actions.ts`).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { ModInput, Ruleset } from "../models/common.ts";
import type {
  BeatmapScores,
  BeatmapUserScore,
  Score,
  ScoreDetails,
  ScoreFor,
  ScoresPage,
  UserBeatmapScores,
} from "../models/scores.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";
import { modAcronyms, rulesetName } from "./_params.ts";

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

/** Options of `getUserBeatmapScore`. */
export interface UserBeatmapScoreOptions extends CallOptions {
  /** The ruleset (for converts). */
  readonly mode?: Ruleset;
  /** Only scores with these mods. */
  readonly mods?: readonly ModInput[];
  /** Only stable scores. */
  readonly legacyOnly?: boolean;
}

/** Options of `getUserBeatmapScores`. */
export interface UserBeatmapScoresOptions extends CallOptions {
  /** The ruleset (for converts). */
  readonly ruleset?: Ruleset;
  /**
   * The ruleset, by osu.py's name.
   *
   * @deprecated osu-web deprecates this route's `mode` parameter: use `ruleset` (both are sent
   * as `ruleset`).
   */
  readonly mode?: Ruleset;
  /** Only stable scores. */
  readonly legacyOnly?: boolean;
}

export async function getBeatmapScores<V extends string>(
  context: RequestContext,
  beatmap: number,
  options: BeatmapScoresOptions = {},
): Promise<BeatmapScores<ScoreFor<V>>> {
  return await context.request(endpoints.getBeatmapScores, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap) },
    query: { ...leaderboardQuery(options, "getBeatmapScores"), legacy_only: options.legacyOnly },
  });
}

/** The query both beatmap leaderboards take. */
function leaderboardQuery(options: Omit<BeatmapScoresOptions, "legacyOnly">, method: string) {
  return {
    mode: rulesetName(options.mode, method, "mode"),
    mods: modAcronyms(options.mods),
    type: options.type,
    limit: options.limit,
  };
}

export async function getBeatmapScoresNonLegacy(
  context: RequestContext,
  beatmap: number,
  options: Omit<BeatmapScoresOptions, "legacyOnly"> = {},
): Promise<BeatmapScores<Score>> {
  return await context.request(endpoints.getBeatmapScoresNonLegacy, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap) },
    query: leaderboardQuery(options, "getBeatmapScoresNonLegacy"),
  });
}

export async function getUserBeatmapScore<V extends string>(
  context: RequestContext,
  beatmap: number,
  user: number,
  options: UserBeatmapScoreOptions = {},
): Promise<BeatmapUserScore<ScoreFor<V>>> {
  return await context.request(endpoints.getUserBeatmapScore, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap), user: checkId("user id", user) },
    query: {
      mode: rulesetName(options.mode, "getUserBeatmapScore", "mode"),
      mods: modAcronyms(options.mods),
      legacy_only: options.legacyOnly,
    },
  });
}

export async function getUserBeatmapScores<V extends string>(
  context: RequestContext,
  beatmap: number,
  user: number,
  options: UserBeatmapScoresOptions = {},
): Promise<UserBeatmapScores<ScoreFor<V>>> {
  return await context.request(endpoints.getUserBeatmapScores, {
    ...options,
    path: { beatmap: checkId("beatmap id", beatmap), user: checkId("user id", user) },
    query: {
      ruleset: options.ruleset !== undefined
        ? rulesetName(options.ruleset, "getUserBeatmapScores")
        : rulesetName(options.mode, "getUserBeatmapScores", "mode"),
      legacy_only: options.legacyOnly,
    },
  });
}

export async function getScoreById<V extends string>(
  context: RequestContext,
  ruleset: Ruleset,
  score: number,
  options: CallOptions = {},
): Promise<ScoreDetails<ScoreFor<V>>> {
  return await context.request(endpoints.getScoreById, {
    ...options,
    path: { ruleset, score: checkId("score id", score) },
  });
}

export async function getScoreByIdOnly<V extends string>(
  context: RequestContext,
  score: number,
  options: CallOptions = {},
): Promise<ScoreDetails<ScoreFor<V>>> {
  return await context.request(endpoints.getScoreByIdOnly, {
    ...options,
    path: { score: checkId("score id", score) },
  });
}

/** Options of `getAllScores`. */
export interface GetAllScoresOptions extends CallOptions {
  /** Only scores of this ruleset. */
  readonly ruleset?: Ruleset;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

export async function getAllScores(
  context: RequestContext,
  options: GetAllScoresOptions = {},
): Promise<ScoresPage> {
  return await context.request(endpoints.getAllScores, {
    ...options,
    query: {
      ruleset: rulesetName(options.ruleset, "getAllScores"),
      cursor_string: options.cursorString,
    },
  });
}
