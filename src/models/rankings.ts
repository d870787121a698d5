/**
 * Ranking models (RankingController::index, ::kudosu, ::spotlights; UserStatisticsTransformer,
 * CountryStatisticsTransformer, TeamStatisticsTransformer, SpotlightTransformer). Each ranking
 * type answers its own shape: {@linkcode RankingFor} picks it by the `type` argument.
 *
 * @module
 */
import type { Beatmap, Beatmapset } from "./beatmaps.ts";
import type { LegacyCursor, RulesetId, Timestamp } from "./common.ts";
import type { Country, Team, UserCompact, UserCover, UserStatistics } from "./users.ts";

/** The kinds of ranking. */
export type RankingType = "performance" | "score" | "country" | "charts" | "team";

/** A user as ranking rows carry it: with `country`, `cover` and `team`. */
export type RankedUser = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly team: Team | null;
};

/**
 * A row of the `performance` and `score` rankings (and of `charts`): the user's statistics
 * with the user. `country_rank` comes with a `country` filter; `rank_change_since_30_days` on the
 * unfiltered global performance ranking.
 */
export interface UserRankingRow extends UserStatistics {
  /** The user. */
  readonly user: RankedUser;
}

/** A country's totals (`country` ranking; CountryStatisticsTransformer). */
export interface CountryStatistics {
  /** Two-letter code. */
  readonly code: string;
  /** Active users. */
  readonly active_users: number;
  /** Play count. */
  readonly play_count: number;
  /** Ranked score. */
  readonly ranked_score: number;
  /** Performance. */
  readonly performance: number;
  /** Include: the country (`null` when unknown). */
  readonly country?: Country | null;
}

/** A team's totals (`team` ranking; TeamStatisticsTransformer). */
export interface TeamStatistics {
  /** The team. */
  readonly team_id: number;
  /** The ruleset id. */
  readonly ruleset_id: RulesetId;
  /** Play count. */
  readonly play_count: number;
  /** Ranked score. */
  readonly ranked_score: number;
  /** Performance. */
  readonly performance: number;
  /** Include: members. */
  readonly member_count?: number;
  /** Include: the rank. */
  readonly rank?: number | null;
  /** Include: the team. */
  readonly team?: Team;
}

/** A spotlight (SpotlightTransformer). */
export interface Spotlight {
  /** When it ends. */
  readonly end_date: Timestamp;
  /** The id. */
  readonly id: number;
  /** Whether it has its own leaderboard per ruleset. */
  readonly mode_specific: boolean;
  /** The name. */
  readonly name: string;
  /** When it starts. */
  readonly start_date: Timestamp;
  /** `monthly`, `spotlight`, `theme`, `special` or `bestof`. */
  readonly type: "monthly" | "spotlight" | "theme" | "special" | "bestof";
  /** Include: players in the ruleset asked for. */
  readonly participant_count?: number | null;
}

/**
 * A page of the `performance`, `score`, `country` or `team` ranking (50 rows a page).
 *
 * @typeParam Row the row type
 */
export interface RankingPage<Row> {
  /** The rows. */
  readonly ranking: readonly Row[];
  /** The cursor for the next page (`{ page }`), or `null` at the end. */
  readonly cursor: LegacyCursor | null;
  /** The same cursor, encoded; `null` at the end. */
  readonly cursor_string: string | null;
  /** Total rows available (at most 10 000). */
  readonly total: number;
}

/** `GET rankings/{mode}/charts`: a spotlight's ranking, its beatmapsets and the spotlight. */
export interface ChartRankings {
  /** The spotlight's beatmapsets, with their beatmaps. */
  readonly beatmapsets: readonly (Beatmapset & { readonly beatmaps: readonly Beatmap[] })[];
  /** The rows. */
  readonly ranking: readonly UserRankingRow[];
  /** The spotlight, with `participant_count`. */
  readonly spotlight: Spotlight & { readonly participant_count: number | null };
}

/** The answer of `GET rankings/{mode}/{type}` by type. */
export interface RankingsByType {
  /** Users by pp. */
  performance: RankingPage<UserRankingRow>;
  /** Users by ranked score. */
  score: RankingPage<UserRankingRow>;
  /** Countries. */
  country: RankingPage<CountryStatistics & { readonly country: Country | null }>;
  /** A spotlight. */
  charts: ChartRankings;
  /** Teams. */
  team: RankingPage<TeamStatistics & { readonly member_count: number; readonly team: Team }>;
}

/**
 * What `GET rankings/{mode}/{type}` returns for the ranking type `T`.
 *
 * @typeParam T the ranking type
 */
export type RankingFor<T extends RankingType> = RankingsByType[T];

/** Any ranking page (the answer when the type is not known statically). */
export type Rankings = RankingsByType[RankingType];

/** `GET rankings/kudosu`: users with `kudosu`, 50 a page. */
export interface KudosuRanking {
  /** The users. */
  readonly ranking: readonly (UserCompact & {
    readonly kudosu: { readonly available: number; readonly total: number };
  })[];
}

/** `GET spotlights`. */
export interface Spotlights {
  /** The spotlights. */
  readonly spotlights: readonly Spotlight[];
}
