/**
 * Ranking models (RankingController, SpotlightTransformer, CountryStatisticsTransformer).
 *
 * @module
 */
import type { BeatmapsetCompact } from "./beatmaps.ts";
import type { Timestamp } from "./common.ts";
import type { Team, UserCompact, UserStatistics } from "./users.ts";

/** A country's totals (`country` ranking). */
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
  /** The country. */
  readonly country?: { readonly code: string; readonly name: string };
}

/** A team's totals (`team` ranking). */
export interface TeamStatistics {
  /** The team. */
  readonly team?: Team;
  /** Other fields. */
  readonly [key: string]: unknown;
}

/** A spotlight (SpotlightTransformer). */
export interface Spotlight {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** `monthly`, `spotlight`, `theme`, `special` or `bestof`. */
  readonly type: string;
  /** Whether it has its own leaderboard per ruleset. */
  readonly mode_specific: boolean;
  /** When it starts. */
  readonly start_date: Timestamp;
  /** When it ends. */
  readonly end_date: Timestamp;
  /** Include: players. */
  readonly participant_count?: number | null;
}

/** A page of rankings (`GET rankings/{mode}/{type}`). */
export interface Rankings {
  /** The rows: user statistics (with `user`), or country statistics for `country`. */
  readonly ranking: readonly (UserStatistics | CountryStatistics)[];
  /** The cursor for the next page, or null at the end. */
  readonly cursor: { readonly page: number } | null;
  /** Total rows. */
  readonly total: number;
  /** The spotlight's beatmapsets (`charts`). */
  readonly beatmapsets?: readonly BeatmapsetCompact[];
  /** The spotlight (`charts`). */
  readonly spotlight?: Spotlight;
}

/** `GET rankings/kudosu`: users with `kudosu` included. */
export interface KudosuRanking {
  /** The users, 50 a page. */
  readonly ranking: readonly UserCompact[];
}

/** `GET spotlights`. */
export interface Spotlights {
  /** The spotlights. */
  readonly spotlights: readonly Spotlight[];
}
