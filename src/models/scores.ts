/**
 * Score models, with osu-web's field names (ScoreTransformer). osu-web sends scores in the
 * current (lazer) format for `x-api-version` 20220705 and later, and in the older format before;
 * {@linkcode ScoreFor} picks the one for a version. `GET scores` and multiplayer scores always
 * use the current format.
 *
 * Fields that depend on the version: `score`, `mode`, `mode_int`, `perfect`, `created_at` and
 * `statistics.count_*` are legacy-only; `total_score`, `legacy_total_score`, `ruleset_id`,
 * `ended_at`, `started_at`, `build_id`, `maximum_statistics`, `is_perfect_combo`,
 * `legacy_perfect`, `has_replay` and lazer mod objects are current-only.
 *
 * @module
 */
import type { Beatmap, BeatmapOwner, BeatmapsetCompact } from "./beatmaps.ts";
import type {
  ApiVersionBefore,
  LegacyCursor,
  Mod,
  Ruleset,
  RulesetId,
  Timestamp,
} from "./common.ts";
import type { Country, Team, UserCompact, UserCover, UserGroup } from "./users.ts";

/** A grade. */
export type ScoreRank = "XH" | "X" | "SH" | "S" | "A" | "B" | "C" | "D" | "F";

/** A lazer hit result, as score statistics name it (osu!'s `HitResult`, snake_case). */
export type ScoreStatisticName =
  | "miss"
  | "meh"
  | "ok"
  | "good"
  | "great"
  | "perfect"
  | "small_tick_miss"
  | "small_tick_hit"
  | "large_tick_miss"
  | "large_tick_hit"
  | "small_bonus"
  | "large_bonus"
  | "ignore_miss"
  | "ignore_hit"
  | "combo_break"
  | "slider_tail_hit"
  | "legacy_combo_increase";

/** Hit counts of a lazer score, keyed by hit result; results that did not occur are absent. */
export type ScoreStatistics = Readonly<Partial<Record<ScoreStatisticName, number>>>;

/** What the token's user may do with a score (Score\CurrentUserAttributesTransformer). */
export interface ScoreCurrentUserAttributes {
  /** Pin state, for the token owner's own scores; `null` otherwise. */
  readonly pin: { readonly is_pinned: boolean; readonly score_id: number } | null;
}

/** A player's slot and team in a stable match (`match` include). */
export interface ScoreMatchInfo {
  /** The slot, 0–15. */
  readonly slot: number;
  /** `none`, `blue` or `red`. */
  readonly team: "none" | "blue" | "red";
  /** Whether the player passed. */
  readonly pass: boolean;
}

/** Includes a score may carry; each route's docs say which it turns on. */
export interface ScoreIncludes {
  /** Include: the beatmap (the full form, converted to the score's ruleset). */
  readonly beatmap?: Beatmap;
  /** Include: the beatmapset (the compact form). */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include: the player. */
  readonly user?: UserCompact;
  /** Include (best scores): the weight in the player's total pp; absent when unweighted. */
  readonly weight?: { readonly percentage: number; readonly pp: number };
  /** Include: global rank on the map, if any. */
  readonly rank_global?: number | null;
  /** Include: country rank on the map, if any. */
  readonly rank_country?: number | null;
  /** Include: times its replay was watched. */
  readonly replay_views?: number;
}

/** The fields every score in the current format has. */
export interface ScoreFields extends ScoreIncludes {
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** The beatmap id. */
  readonly beatmap_id: number;
  /** No longer used. */
  readonly best_id: number | null;
  /** The lazer build id, if set on lazer. */
  readonly build_id: number | null;
  /** When the play ended. */
  readonly ended_at: Timestamp;
  /** Whether a replay can be downloaded. */
  readonly has_replay: boolean;
  /** Whether the combo is full (lazer rules). */
  readonly is_perfect_combo: boolean;
  /** Whether the combo is full (stable rules). */
  readonly legacy_perfect: boolean;
  /** The stable score id, when set on stable. */
  readonly legacy_score_id: number | null;
  /** The stable score (0 when set on lazer). */
  readonly legacy_total_score: number;
  /** Max combo. */
  readonly max_combo: number;
  /** The best possible hit counts. */
  readonly maximum_statistics: ScoreStatistics;
  /** The mods. */
  readonly mods: readonly Mod[];
  /** Whether the play passed. */
  readonly passed: boolean;
  /** Performance points, if any. */
  readonly pp: number | null;
  /** The grade. */
  readonly rank: ScoreRank;
  /** The ruleset id (0–3). */
  readonly ruleset_id: RulesetId;
  /** When the play started, if known. */
  readonly started_at: Timestamp | null;
  /** Hit counts. */
  readonly statistics: ScoreStatistics;
  /** Total score (standardised). */
  readonly total_score: number;
  /** Total score without mod multipliers (lazer scores with mods). */
  readonly total_score_without_mods?: number;
  /** The player's user id. */
  readonly user_id: number;
  /**
   * The same as `has_replay`.
   *
   * @deprecated Read `has_replay`.
   */
  readonly replay: boolean;
  /** Default include: what the token's user may do with it. */
  readonly current_user_attributes: ScoreCurrentUserAttributes;
}

/** A score in the current (lazer) format, sent for `x-api-version` 20220705 and later. */
export interface Score extends ScoreFields {
  /** The score id. */
  readonly id: number;
  /** `"solo_score"`. */
  readonly type: "solo_score";
  /** Score in lazer's classic scoring. */
  readonly classic_total_score: number;
  /** Whether it is kept (not eventually deleted). */
  readonly preserve: boolean;
  /** Whether it was fully processed (pp included). */
  readonly processed: boolean;
  /** Whether it may show on leaderboards. */
  readonly ranked: boolean;
}

/** A stable match score in the current format (`GET matches/{match}`). */
export interface MatchScore extends ScoreFields {
  /** Always `null`: match scores have no id of their own. */
  readonly id: null;
  /** `"legacy_match_score"`. */
  readonly type: "legacy_match_score";
  /** Include: slot, team and pass. */
  readonly match?: ScoreMatchInfo;
}

/** The hit counts of a legacy score; `null` where the ruleset has no such judgement. */
export interface LegacyScoreStatistics {
  /** 50s (osu!, catch droplets). */
  readonly count_50: number | null;
  /** 100s. */
  readonly count_100: number | null;
  /** 300s. */
  readonly count_300: number | null;
  /** Gekis (mania MAX, osu! katu chains). */
  readonly count_geki: number | null;
  /** Katus. */
  readonly count_katu: number | null;
  /** Misses. */
  readonly count_miss: number | null;
}

/** A score in the older format, sent for `x-api-version` before 20220705 (or none). */
export interface LegacyScore extends ScoreIncludes {
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** The stable score id of the best score, if this is one. */
  readonly best_id: number | null;
  /** When it was set. */
  readonly created_at: Timestamp;
  /** The score id (`null` for match scores). */
  readonly id: number | null;
  /** Max combo. */
  readonly max_combo: number;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The ruleset id. */
  readonly mode_int: RulesetId;
  /** Mod acronyms. */
  readonly mods: readonly string[];
  /** Whether the play passed. */
  readonly passed: boolean;
  /** Whether the combo is full. */
  readonly perfect: boolean;
  /** Performance points, if any. */
  readonly pp: number | null;
  /** The grade. */
  readonly rank: ScoreRank;
  /** Whether a replay can be downloaded. */
  readonly replay: boolean;
  /** The score. */
  readonly score: number;
  /** Hit counts. */
  readonly statistics: LegacyScoreStatistics;
  /** The kind, e.g. `"score_best_osu"`, `"solo_score"`, `"legacy_match_score"`. */
  readonly type: string;
  /** The player's user id. */
  readonly user_id: number;
  /** Default include: what the token's user may do with it. */
  readonly current_user_attributes: ScoreCurrentUserAttributes;
  /** Include (match scores): slot, team and pass. */
  readonly match?: ScoreMatchInfo;
}

/**
 * The score format osu-web sends for the `x-api-version` `V`: {@linkcode LegacyScore} before
 * 20220705, {@linkcode Score} from then on, and either when `V` is just `string`.
 *
 * @typeParam V the `x-api-version` the client sends (a `Client<V>`'s type parameter)
 */
export type ScoreFor<V extends string> = ApiVersionBefore<V, "20220705"> extends true ? LegacyScore
  : ApiVersionBefore<V, "20220705"> extends false ? Score
  : Score | LegacyScore;

/**
 * The match score format for the `x-api-version` `V` (see {@linkcode ScoreFor}).
 *
 * @typeParam V the `x-api-version` the client sends
 */
export type MatchScoreFor<V extends string> = ApiVersionBefore<V, "20220705"> extends true
  ? LegacyScore
  : ApiVersionBefore<V, "20220705"> extends false ? MatchScore
  : MatchScore | LegacyScore;

/**
 * A score with the includes a route turns on made required.
 *
 * @typeParam S the score type
 * @typeParam K the includes the route turns on
 */
export type WithIncludes<S, K extends keyof ScoreIncludes> = S & Required<Pick<ScoreIncludes, K>>;

/** The player as leaderboards carry them: with `country`, `cover` and `team`. */
export type LeaderboardUser = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly team: Team | null;
};

/**
 * A leaderboard score (`GET beatmaps/{beatmap}/scores`, `.../solo-scores`): with the player
 * (BeatmapsController::DEFAULT_SCORE_INCLUDES).
 *
 * @typeParam S the score format
 */
export type LeaderboardScore<S = Score> = S & { readonly user: LeaderboardUser };

/**
 * A user's score on a beatmap with its position (`GET beatmaps/{beatmap}/scores/users/{user}`).
 *
 * @typeParam S the score format
 */
export interface BeatmapUserScore<S = Score> {
  /** The position on the leaderboard. */
  readonly position: number;
  /** The score, with `beatmap` (with `owners`) and the player. */
  readonly score: LeaderboardScore<S> & {
    readonly beatmap: Beatmap & { readonly owners: readonly BeatmapOwner[] };
  };
}

/**
 * All of a user's scores on a beatmap (`GET beatmaps/{beatmap}/scores/users/{user}/all`).
 *
 * @typeParam S the score format
 */
export interface UserBeatmapScores<S = Score> {
  /** The scores. */
  readonly scores: readonly S[];
}

/**
 * A beatmap's leaderboard (`GET beatmaps/{beatmap}/scores`).
 *
 * @typeParam S the score format
 */
export interface BeatmapScores<S = Score> {
  /** The scores, with `user`. */
  readonly scores: readonly LeaderboardScore<S>[];
  /** The token owner's best score, when it has one on this board. */
  readonly user_score?: BeatmapLeaderboardPosition<S>;
  /**
   * The same as `user_score`.
   *
   * @deprecated Read `user_score`.
   */
  readonly userScore?: BeatmapLeaderboardPosition<S>;
  /** The number of scores on the board. */
  readonly score_count: number;
}

/**
 * The token owner's place on a leaderboard.
 *
 * @typeParam S the score format
 */
export interface BeatmapLeaderboardPosition<S = Score> {
  /** The position. */
  readonly position: number;
  /** The score, with `user`. */
  readonly score: LeaderboardScore<S>;
}

/**
 * A user's score of a profile list (`GET users/{user}/scores/{type}`): with `beatmap`,
 * `beatmapset` and `user`; best scores also carry `weight`.
 *
 * @typeParam S the score format
 */
export type ProfileScore<S = Score> = WithIncludes<S, "beatmap" | "beatmapset" | "user">;

/**
 * A score as `GET scores/{score}` and `GET scores/{ruleset}/{score}` return it
 * (ScoresController::show): the beatmap with `max_combo`, `user` and `owners`, the beatmapset,
 * the global rank, replay views, and the player with `country`, `cover`, `groups` and `team`.
 *
 * @typeParam S the score format
 */
export type ScoreDetails<S = Score> = S & {
  readonly beatmap: Beatmap & {
    readonly max_combo: number;
    readonly user: UserCompact;
    readonly owners: readonly BeatmapOwner[];
  };
  readonly beatmapset: BeatmapsetCompact;
  readonly rank_global: number | null;
  readonly replay_views: number;
  readonly user: UserCompact & {
    readonly country: Country | null;
    readonly cover: UserCover;
    readonly groups: readonly UserGroup[];
    readonly team: Team | null;
  };
};

/** A page of `GET scores` (recent passes, always in the lazer format). */
export interface ScoresPage {
  /** The scores. */
  readonly scores: readonly Score[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/** A score token (ScoreTokenTransformer): the permission to submit one play. */
export interface ScoreToken {
  /** The token id. */
  readonly id: number;
  /** The beatmap id. */
  readonly beatmap_id: number;
  /** The player. */
  readonly user_id: number;
  /** The playlist item, for multiplayer. */
  readonly playlist_item_id: number | null;
  /** When it was made. */
  readonly created_at: Timestamp;
}
