/**
 * User models, with osu-web's field names (UserCompactTransformer / UserTransformer).
 *
 * @module
 */
import type { Ruleset, Timestamp } from "./common.ts";

/** The short form of a user. */
export interface UserCompact {
  /** The user id. */
  readonly id: number;
  /** The username. */
  readonly username: string;
  /** The avatar URL. */
  readonly avatar_url: string;
  /** Two-letter country code. */
  readonly country_code: string;
  /** Whether the user is active. */
  readonly is_active: boolean;
  /** Whether the user is a bot. */
  readonly is_bot: boolean;
  /** Whether the user is online. */
  readonly is_online: boolean;
  /** Whether the user supports osu!. */
  readonly is_supporter: boolean;
  /** Last visit, when visible. */
  readonly last_visit?: Timestamp | null;
  /** Profile colour. */
  readonly profile_colour?: string | null;
  /** Optional includes and fields not typed here. */
  readonly [key: string]: unknown;
}

/** A user's statistics in one ruleset. */
export interface UserStatistics {
  /** Performance points. */
  readonly pp: number;
  /** Global rank, if ranked. */
  readonly global_rank: number | null;
  /** Country rank, if ranked. */
  readonly country_rank?: number | null;
  /** Ranked score. */
  readonly ranked_score: number;
  /** Hit accuracy in percent. */
  readonly hit_accuracy: number;
  /** Play count. */
  readonly play_count: number;
  /** Other fields. */
  readonly [key: string]: unknown;
}

/** The full form of a user (`GET users/{user}`, `GET me`). */
export interface User extends UserCompact {
  /** The ruleset the profile was shown in. */
  readonly playmode: Ruleset;
  /** The user's statistics in that ruleset. */
  readonly statistics?: UserStatistics;
  /** When the account was made. */
  readonly join_date: Timestamp;
}
