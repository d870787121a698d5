/**
 * Score models, with osu-web's field names (ScoreTransformer). osu-web sends scores in the
 * current (lazer) format for `x-api-version` 20220705 and later, and in the older format before;
 * {@linkcode ScoreFor} picks the one for a version.
 *
 * @module
 */
import type { BeatmapCompact, BeatmapsetCompact } from "./beatmaps.ts";
import type { ApiVersionBefore, Mod, Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** A grade. */
export type ScoreRank = "XH" | "X" | "SH" | "S" | "A" | "B" | "C" | "D" | "F";

/** Hit counts of a lazer score, keyed by hit result (`great`, `ok`, `meh`, `miss`, ...). */
export type ScoreStatistics = { readonly [hitResult: string]: number | undefined };

/** A score in the current (lazer) format, sent for `x-api-version` 20220705 and later. */
export interface Score {
  /** The score id. */
  readonly id: number;
  /** `"solo_score"` (or a legacy kind such as `"score_best_osu"` for old match scores). */
  readonly type: string;
  /** The player's user id. */
  readonly user_id: number;
  /** The beatmap id. */
  readonly beatmap_id: number;
  /** The ruleset id (0–3). */
  readonly ruleset_id: RulesetId;
  /** Total score (standardised). */
  readonly total_score: number;
  /** Score in the classic scoring. */
  readonly classic_total_score?: number;
  /** The stable score, when set on stable. */
  readonly legacy_total_score?: number | null;
  /** The stable score id, when set on stable. */
  readonly legacy_score_id?: number | null;
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** The grade. */
  readonly rank: ScoreRank;
  /** Max combo. */
  readonly max_combo: number;
  /** The mods. */
  readonly mods: readonly Mod[];
  /** Hit counts. */
  readonly statistics: ScoreStatistics;
  /** The best possible hit counts. */
  readonly maximum_statistics?: ScoreStatistics;
  /** Whether the play passed. */
  readonly passed: boolean;
  /** Performance points, if any. */
  readonly pp: number | null;
  /** The id of the user's best score on the map, if this is it. */
  readonly best_id?: number | null;
  /** The lazer build id, if set on lazer. */
  readonly build_id?: number | null;
  /** When the play started. */
  readonly started_at?: Timestamp | null;
  /** When the play ended. */
  readonly ended_at: Timestamp;
  /** Whether a replay can be downloaded. */
  readonly has_replay: boolean;
  /** Whether the combo is full. */
  readonly is_perfect_combo?: boolean;
  /** Whether it is ranked. */
  readonly ranked?: boolean;
  /** Whether it is kept. */
  readonly preserve?: boolean;
  /** Whether pp was computed. */
  readonly processed?: boolean;
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include: the player. */
  readonly user?: UserCompact;
  /** Include: the weight in the player's total pp (best scores). */
  readonly weight?: { readonly percentage: number; readonly pp: number };
  /** Include: global rank on the map. */
  readonly rank_global?: number | null;
  /** Include: country rank on the map. */
  readonly rank_country?: number | null;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
}

/** A score in the older format, sent for `x-api-version` before 20220705 (or none). */
export interface LegacyScore {
  /** The score id. */
  readonly id: number;
  /** The player's user id. */
  readonly user_id: number;
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** Mod acronyms. */
  readonly mods: readonly string[];
  /** The score. */
  readonly score: number;
  /** Max combo. */
  readonly max_combo: number;
  /** Whether the play passed. */
  readonly passed: boolean;
  /** Whether the combo is full. */
  readonly perfect: boolean;
  /** Hit counts. */
  readonly statistics: {
    readonly count_50: number;
    readonly count_100: number;
    readonly count_300: number;
    readonly count_geki: number;
    readonly count_katu: number;
    readonly count_miss: number;
  };
  /** The grade. */
  readonly rank: ScoreRank;
  /** When it was set. */
  readonly created_at: Timestamp;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The ruleset id. */
  readonly mode_int: RulesetId;
  /** Performance points, if any. */
  readonly pp: number | null;
  /** Whether a replay can be downloaded. */
  readonly replay: boolean;
  /** The kind, e.g. `"score_best_osu"`. */
  readonly type: string;
  /** The id of the user's best score on the map. */
  readonly best_id: number | null;
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Include: the player. */
  readonly user?: UserCompact;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
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

/** A user's score on a beatmap with its position (`GET beatmaps/{beatmap}/scores/users/{user}`). */
export interface BeatmapUserScore<S = Score> {
  /** The position on the leaderboard. */
  readonly position: number;
  /** The score. */
  readonly score: S;
}

/** A beatmap's leaderboard (`GET beatmaps/{beatmap}/scores`). */
export interface BeatmapScores<S = Score> {
  /** The scores. */
  readonly scores: readonly S[];
  /** The token owner's score, if any. */
  readonly user_score?: BeatmapUserScore<S> | null;
  /** The number of scores. */
  readonly score_count?: number;
}

/** A page of `GET scores` (recent passes, always in the lazer format). */
export interface ScoresPage {
  /** The scores. */
  readonly scores: readonly Score[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
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
