/**
 * The parts a user carries: country, team, cover, statistics, groups, badges and the profile's
 * histories (CountryTransformer, TeamTransformer, UserStatisticsTransformer, UserGroupTransformer,
 * UserBadgeTransformer, RankHistoryTransformer, RankHighestTransformer,
 * UserMonthlyPlaycountTransformer, UserAchievementTransformer, UserAccountHistoryTransformer,
 * ProfileBannerTransformer, DailyChallengeUserStatsTransformer, MatchmakingUserStatsTransformer,
 * `User\SeasonStats`).
 *
 * @module
 */
import type { Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** A country (CountryTransformer). */
export interface Country {
  /** Two-letter code. */
  readonly code: string;
  /** The English name. */
  readonly name: string;
}

/** A team (TeamTransformer). */
export interface Team {
  /** The team id. */
  readonly id: number;
  /** The team name. */
  readonly name: string;
  /** The short name (tag). */
  readonly short_name: string;
  /** The flag image URL. */
  readonly flag_url: string | null;
}

/** A user's profile cover (`cover` include). */
export interface UserCover {
  /** The uploaded cover, if any. */
  readonly custom_url: string | null;
  /** The cover shown. */
  readonly url: string | null;
  /** The preset's id as a string, or `null` for an uploaded cover. */
  readonly id: string | null;
}

/** A user's grade counts. */
export interface GradeCounts {
  /** SS. */
  readonly ss: number;
  /** Silver SS. */
  readonly ssh: number;
  /** S. */
  readonly s: number;
  /** Silver S. */
  readonly sh: number;
  /** A. */
  readonly a: number;
}

/** A mania key-count variant's rank (`statistics.variants`). */
export interface UserStatisticsVariant {
  /** The ruleset. */
  readonly mode: Ruleset;
  /** `4k` or `7k`. */
  readonly variant: string;
  /** Country rank, if ranked. */
  readonly country_rank: number | null;
  /** Global rank, if ranked. */
  readonly global_rank: number | null;
  /** Performance points. */
  readonly pp: number;
}

/** A user's statistics in one ruleset (UserStatisticsTransformer). */
export interface UserStatistics {
  /** 100s (osu!), goods. */
  readonly count_100: number;
  /** 300s. */
  readonly count_300: number;
  /** 50s. */
  readonly count_50: number;
  /** Misses. */
  readonly count_miss: number;
  /** Level, and progress to the next in percent. */
  readonly level: { readonly current: number; readonly progress: number };
  /** Global rank, if ranked. */
  readonly global_rank: number | null;
  /** The global rank as a fraction of ranked players (0–1), if ranked. */
  readonly global_rank_percent: number | null;
  /** Always `null` (experimental rank, unused). */
  readonly global_rank_exp: number | null;
  /** Performance points. */
  readonly pp: number;
  /** Always 0 (experimental pp, unused). */
  readonly pp_exp: number;
  /** Ranked score. */
  readonly ranked_score: number;
  /**
   * Hit accuracy in percent.
   *
   * @deprecated osu-web deprecates it: read `accuracy` (0–1).
   */
  readonly hit_accuracy: number;
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** Play count. */
  readonly play_count: number;
  /** Play time in seconds. */
  readonly play_time: number;
  /** Total score. */
  readonly total_score: number;
  /** Total hits. */
  readonly total_hits: number;
  /** Highest combo. */
  readonly maximum_combo: number;
  /** Times others watched the user's replays. */
  readonly replays_watched_by_others: number;
  /** Whether the user is ranked. */
  readonly is_ranked: boolean;
  /** Grade counts. */
  readonly grade_counts: GradeCounts;
  /** Include (profile, rankings): country rank, if ranked. */
  readonly country_rank?: number | null;
  /**
   * Include (profile): `{ country }` rank.
   *
   * @deprecated Read `country_rank`.
   */
  readonly rank?: { readonly country: number | null };
  /** Include (rankings): rank change over 30 days, if known. */
  readonly rank_change_since_30_days?: number | null;
  /** Include (rankings): the user. */
  readonly user?: UserCompact;
  /** Include (profile, `users?include_variant_statistics`): mania variants. */
  readonly variants?: readonly UserStatisticsVariant[] | null;
}

/** Statistics for each ruleset (`statistics_rulesets`); a ruleset never played is absent. */
export type UserStatisticsRulesets = { readonly [R in Ruleset]?: UserStatistics };

/** A group a user is in (UserGroupTransformer over GroupTransformer). */
export interface UserGroup {
  /** The id. */
  readonly id: number;
  /** The identifier, e.g. `"gmt"`. */
  readonly identifier: string;
  /** The name. */
  readonly name: string;
  /** The short name, e.g. `"GMT"`. */
  readonly short_name: string;
  /** The colour, e.g. `"#FF0000"`. */
  readonly colour: string | null;
  /** Whether the group has a public listing. */
  readonly has_listing: boolean;
  /** Whether membership is per ruleset. */
  readonly has_playmodes: boolean;
  /** Whether the membership is probationary. */
  readonly is_probationary: boolean;
  /** The rulesets of the membership, for groups with `has_playmodes`. */
  readonly playmodes: readonly Ruleset[] | null;
  /** Include: the description. */
  readonly description?: { readonly html: string; readonly markdown: string } | null;
}

/** A profile badge (UserBadgeTransformer). */
export interface UserBadge {
  /** When it was awarded. */
  readonly awarded_at: Timestamp;
  /** The description. */
  readonly description: string;
  /** The 2x image. */
  readonly "image@2x_url": string;
  /** The image. */
  readonly image_url: string;
  /** A link, or `""`. */
  readonly url: string;
}

/** A tournament banner (ProfileBannerTransformer). */
export interface ProfileBanner {
  /** The id. */
  readonly id: number;
  /** The tournament. */
  readonly tournament_id: number;
  /** The image. */
  readonly image: string | null;
  /** The 2x image. */
  readonly "image@2x": string | null;
}

/** A silence, restriction or note on the account (UserAccountHistoryTransformer). */
export interface UserAccountHistory {
  /** The reason. */
  readonly description: string | null;
  /** The id. */
  readonly id: number;
  /** Length in seconds. */
  readonly length: number;
  /** Whether it is permanent. */
  readonly permanent: boolean;
  /** When. */
  readonly timestamp: Timestamp;
  /** `note`, `restriction`, `silence` or `tournament_ban`. */
  readonly type: "note" | "restriction" | "silence" | "tournament_ban";
}

/** A count per month (UserMonthlyPlaycountTransformer, UserReplaysWatchedCountTransformer). */
export interface UserMonthlyCount {
  /** The month's first day, `YYYY-MM-DD`. */
  readonly start_date: string;
  /** The count. */
  readonly count: number;
}

/** An achievement (medal) a user unlocked (UserAchievementTransformer). */
export interface UserAchievement {
  /** When. */
  readonly achieved_at: Timestamp;
  /** The achievement. */
  readonly achievement_id: number;
}

/** A user's global rank over the last 90 days (RankHistoryTransformer). */
export interface RankHistory {
  /** The ruleset. */
  readonly mode: Ruleset;
  /** Ranks, oldest first (0 when unranked). */
  readonly data: readonly number[];
}

/** A user's best rank (RankHighestTransformer). */
export interface RankHighest {
  /** The rank. */
  readonly rank: number;
  /** When it was reached. */
  readonly updated_at: Timestamp;
}

/** Daily challenge totals (DailyChallengeUserStatsTransformer). */
export interface DailyChallengeUserStats {
  /** Longest daily streak. */
  readonly daily_streak_best: number;
  /** Current daily streak. */
  readonly daily_streak_current: number;
  /** Last play, if any. */
  readonly last_update: Timestamp | null;
  /** Last week counted in the weekly streak, if any. */
  readonly last_weekly_streak: Timestamp | null;
  /** Plays. */
  readonly playcount: number;
  /** Top 10% placements. */
  readonly top_10p_placements: number;
  /** Top 50% placements. */
  readonly top_50p_placements: number;
  /** The user. */
  readonly user_id: number;
  /** Longest weekly streak. */
  readonly weekly_streak_best: number;
  /** Current weekly streak. */
  readonly weekly_streak_current: number;
}

/** A matchmaking pool (MatchmakingPoolTransformer). */
export interface MatchmakingPool {
  /** Whether it is open. */
  readonly active: boolean;
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The ruleset id. */
  readonly ruleset_id: RulesetId;
  /** The kind, e.g. `"ranked_play"`. */
  readonly type: string;
  /** The variant (mania keys), if any. */
  readonly variant_id: number;
}

/** A user's matchmaking standing in one pool (MatchmakingUserStatsTransformer). */
export interface MatchmakingUserStats {
  /** First places. */
  readonly first_placements: number;
  /** Whether the rating is still provisional. */
  readonly is_rating_provisional: boolean;
  /** Plays. */
  readonly plays: number;
  /** The pool. */
  readonly pool_id: number;
  /** Rank in the pool, if any. */
  readonly rank: number | null;
  /** Rank as a fraction (0–1), if any. */
  readonly rank_percent: number | null;
  /** Rating. */
  readonly rating: number;
  /** Points. */
  readonly total_points: number;
  /** The user. */
  readonly user_id: number;
  /** Include (profile): the pool. */
  readonly pool?: MatchmakingPool;
}

/** A user's standing in the current season (`current_season_stats`; `User\SeasonStats`). */
export interface UserSeasonStats {
  /** The division reached. */
  readonly division: {
    readonly colour_tier: string;
    readonly id: number;
    readonly image_url: string;
    readonly name: string;
    readonly threshold: number;
  };
  /** Rank in the season. */
  readonly rank: number;
  /** The season. */
  readonly season: {
    readonly end_date: Timestamp | null;
    readonly id: number;
    readonly name: string;
    readonly room_count: number;
    readonly start_date: Timestamp | null;
  };
  /** Total score in the season. */
  readonly total_score: number;
}
