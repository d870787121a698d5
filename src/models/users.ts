/**
 * User models, with osu-web's field names (UserCompactTransformer / UserTransformer,
 * UserStatisticsTransformer, UserRelationTransformer, KudosuHistoryTransformer).
 *
 * @module
 */
import type { BeatmapCompact } from "./beatmaps.ts";
import type { ApiVersionBefore, Ruleset, RulesetId, Timestamp } from "./common.ts";

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
  /** Other fields and includes (`leader`, `members`, `statistics`, `empty_slots`). */
  readonly [key: string]: unknown;
}

/** The short form of a user (UserCompactTransformer). */
export interface UserCompact {
  /** The user id. */
  readonly id: number;
  /** The username. */
  readonly username: string;
  /** The avatar URL. */
  readonly avatar_url: string;
  /** Two-letter country code. */
  readonly country_code: string;
  /** The identifier of the user's default group, e.g. `"default"`. */
  readonly default_group?: string | null;
  /** Whether the user is active. */
  readonly is_active: boolean;
  /** Whether the user is a bot. */
  readonly is_bot: boolean;
  /** Whether the account is deleted. */
  readonly is_deleted?: boolean;
  /** Whether the user is online. */
  readonly is_online: boolean;
  /** Whether the user supports osu!. */
  readonly is_supporter: boolean;
  /** Last visit, when visible. */
  readonly last_visit?: Timestamp | null;
  /** Whether only friends may send private messages. */
  readonly pm_friends_only?: boolean;
  /** Profile colour. */
  readonly profile_colour?: string | null;
  /** Include: the country. */
  readonly country?: Country | null;
  /** Include: the cover. */
  readonly cover?: { readonly custom_url: string | null; readonly url: string | null };
  /** Include: the team. */
  readonly team?: Team | null;
  /** Include: statistics in the requested ruleset. */
  readonly statistics?: UserStatistics;
  /** Include: kudosu (kudosu ranking). */
  readonly kudosu?: { readonly available: number; readonly total: number };
  /** Optional includes and fields not typed here. */
  readonly [key: string]: unknown;
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

/** A user's statistics in one ruleset (UserStatisticsTransformer). */
export interface UserStatistics {
  /** Performance points. */
  readonly pp: number;
  /** Global rank, if ranked. */
  readonly global_rank: number | null;
  /** Country rank, if ranked. */
  readonly country_rank?: number | null;
  /** Ranked score. */
  readonly ranked_score: number;
  /** Total score. */
  readonly total_score?: number;
  /** Hit accuracy in percent. */
  readonly hit_accuracy: number;
  /** Play count. */
  readonly play_count: number;
  /** Play time in seconds. */
  readonly play_time?: number | null;
  /** Highest combo. */
  readonly maximum_combo?: number;
  /** Level. */
  readonly level?: { readonly current: number; readonly progress: number };
  /** Grade counts. */
  readonly grade_counts?: GradeCounts;
  /** Whether the user is ranked. */
  readonly is_ranked?: boolean;
  /** The user, in rankings. */
  readonly user?: UserCompact;
  /** Other fields. */
  readonly [key: string]: unknown;
}

/** The full form of a user (`GET users/{user}`, `GET me`; UserTransformer). */
export interface User extends UserCompact {
  /** The ruleset the profile was shown in. */
  readonly playmode: Ruleset;
  /** The user's statistics in that ruleset. */
  readonly statistics?: UserStatistics;
  /** When the account was made. */
  readonly join_date: Timestamp;
  /**
   * Cover URL.
   *
   * @deprecated Read `cover.url`.
   */
  readonly cover_url?: string | null;
  /** Discord handle. */
  readonly discord?: string | null;
  /** Whether the user has a supporter tag. */
  readonly has_supported?: boolean;
  /** Interests text. */
  readonly interests?: string | null;
  /** Location text. */
  readonly location?: string | null;
  /** Max number of blocks. */
  readonly max_blocks?: number;
  /** Max number of friends. */
  readonly max_friends?: number;
  /** Occupation text. */
  readonly occupation?: string | null;
  /** Play style. */
  readonly playstyle?: readonly string[] | null;
  /** Number of forum posts. */
  readonly post_count?: number;
  /** Profile section order. */
  readonly profile_order?: readonly string[];
  /** Profile title. */
  readonly title?: string | null;
  /** Twitter handle. */
  readonly twitter?: string | null;
  /** Website. */
  readonly website?: string | null;
}

/** A friend or block (UserRelationTransformer; `GET friends` since version 20241022). */
export interface UserRelation {
  /** The other user's id. */
  readonly target_id: number;
  /** `friend` or `block`. */
  readonly relation_type: "friend" | "block";
  /** Whether the relation goes both ways. */
  readonly mutual: boolean;
  /** Include: the other user. */
  readonly target?: UserCompact;
}

/** One kudosu change (KudosuHistoryTransformer). */
export interface KudosuHistory {
  /** The id. */
  readonly id: number;
  /** What happened, e.g. `"vote.give"`, `"give"`. */
  readonly action: string;
  /** The amount. */
  readonly amount: number;
  /** What was given kudosu: `forum_post`, `beatmap_discussion`, ... */
  readonly model: string;
  /** When. */
  readonly created_at: Timestamp;
  /** Who gave it, when known. */
  readonly giver: { readonly url: string; readonly username: string } | null;
  /** The post it was given for. */
  readonly post: { readonly url: string | null; readonly title: string };
  /** Extra details. */
  readonly details: unknown;
}

/** One entry of a user's recent activity (EventTransformer). */
export interface UserEvent {
  /** The event id. */
  readonly id: number;
  /** The kind, e.g. `"rank"`, `"achievement"`, `"beatmapsetUpload"`. */
  readonly type: string;
  /** When. */
  readonly created_at: Timestamp;
  /** The event's details, by kind. */
  readonly [key: string]: unknown;
}

/** `GET users/{user}/beatmaps-passed`: the beatmaps the user has passed. */
export interface BeatmapsPassed {
  /** The passed beatmaps. */
  readonly beatmaps_passed: readonly BeatmapCompact[];
}

/** A ruleset id or name accepted by user lookups. */
export type RulesetRef = Ruleset | RulesetId;

/**
 * What `GET friends` returns for the `x-api-version` `V`: {@linkcode UserRelation}s from
 * 20241022 on, users before.
 *
 * @typeParam V the `x-api-version` the client sends
 */
export type FriendsFor<V extends string> = ApiVersionBefore<V, "20241022"> extends true
  ? UserCompact[]
  : ApiVersionBefore<V, "20241022"> extends false ? UserRelation[]
  : (UserCompact | UserRelation)[];
