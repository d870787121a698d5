/**
 * User models, with osu-web's field names (UserCompactTransformer, UserTransformer,
 * UserRelationTransformer, KudosuHistoryTransformer) and the includes each route turns on
 * (UsersController: `show`, `me`, `index`).
 *
 * @module
 */
import type { BeatmapCompact } from "./beatmaps.ts";
import type { Event } from "./events.ts";
import type { ApiVersionBefore, Ruleset, RulesetId, Timestamp } from "./common.ts";
import type {
  Country,
  DailyChallengeUserStats,
  MatchmakingUserStats,
  ProfileBanner,
  RankHighest,
  RankHistory,
  Team,
  UserAccountHistory,
  UserAchievement,
  UserBadge,
  UserCover,
  UserGroup,
  UserMonthlyCount,
  UserSeasonStats,
  UserStatistics,
  UserStatisticsRulesets,
} from "./user_parts.ts";

export type * from "./user_parts.ts";

/**
 * A profile's statistics: {@linkcode UserStatistics} with `country_rank` and `rank`, which the
 * profile's includes always turn on (UsersController::showUserIncludes).
 */
export type ProfileStatistics =
  & UserStatistics
  & Required<Pick<UserStatistics, "country_rank" | "rank">>;
/** A profile section, in the order the user chose. */
export type ProfilePage =
  | "me"
  | "recent_activity"
  | "beatmaps"
  | "historical"
  | "kudosu"
  | "top_ranks"
  | "medals";

/**
 * The short form of a user (UserCompactTransformer). The optional fields are includes: each
 * route's docs say which it turns on (lists usually carry `country`, `cover`, `groups`, `team`).
 */
export interface UserCompact {
  /** The avatar URL. */
  readonly avatar_url: string;
  /** Two-letter country code. */
  readonly country_code: string;
  /** The identifier of the user's default group, e.g. `"default"`, `"bot"`. */
  readonly default_group: string | null;
  /** The user id. */
  readonly id: number;
  /** Whether the user was active in the last months. */
  readonly is_active: boolean;
  /** Whether the user is a bot. */
  readonly is_bot: boolean;
  /** Whether the account is deleted. */
  readonly is_deleted: boolean;
  /** Whether the user is online. */
  readonly is_online: boolean;
  /** Whether the user supports osu! now. */
  readonly is_supporter: boolean;
  /** Last visit, unless hidden. */
  readonly last_visit: Timestamp | null;
  /** Whether only friends may send private messages. */
  readonly pm_friends_only: boolean;
  /** Name colour, e.g. `"#e45678"`. */
  readonly profile_colour: string | null;
  /** The username. */
  readonly username: string;

  /** Include: account notes, silences and restrictions shown on the profile. */
  readonly account_history?: readonly UserAccountHistory[];
  /**
   * Include: the latest tournament banner.
   *
   * @deprecated Read `active_tournament_banners`.
   */
  readonly active_tournament_banner?: ProfileBanner | null;
  /** Include: tournament banners. */
  readonly active_tournament_banners?: readonly ProfileBanner[];
  /** Include: profile badges, newest first. */
  readonly badges?: readonly UserBadge[];
  /** Include: beatmaps played (`most_played` count). */
  readonly beatmap_playcounts_count?: number;
  /** Include: comments written. */
  readonly comments_count?: number;
  /** Include: the country (`null` when unknown). */
  readonly country?: Country | null;
  /** Include: the profile cover. */
  readonly cover?: UserCover;
  /** Include: the standing in the current season, if any. */
  readonly current_season_stats?: UserSeasonStats | null;
  /** Include: what the token's user has to do with this user (`null` without a user). */
  readonly current_user_attributes?: { readonly has_blocked: boolean } | null;
  /** Include: daily challenge totals. */
  readonly daily_challenge_user_stats?: DailyChallengeUserStats;
  /** Include: favourite beatmapsets. */
  readonly favourite_beatmapset_count?: number;
  /** Include: followers. */
  readonly follower_count?: number;
  /** Include: the global rank in the route's ruleset. */
  readonly global_rank?: { readonly rank: number | null; readonly ruleset_id: RulesetId };
  /** Include: graveyarded beatmapsets. */
  readonly graveyard_beatmapset_count?: number;
  /** Include: groups shown as badges. */
  readonly groups?: readonly UserGroup[];
  /** Include: guest difficulties' beatmapsets. */
  readonly guest_beatmapset_count?: number;
  /** Include: whether the user is restricted (only the user themselves or staff see it). */
  readonly is_restricted?: boolean;
  /** Include: kudosu. */
  readonly kudosu?: { readonly available: number; readonly total: number };
  /** Include: loved beatmapsets. */
  readonly loved_beatmapset_count?: number;
  /** Include: mapping subscribers. */
  readonly mapping_follower_count?: number;
  /** Include: matchmaking standings in the route's ruleset. */
  readonly matchmaking_stats?: readonly MatchmakingUserStats[];
  /** Include: plays per month. */
  readonly monthly_playcounts?: readonly UserMonthlyCount[];
  /** Include: nominated beatmapsets. */
  readonly nominated_beatmapset_count?: number;
  /** Include: the "me!" page, as HTML and BBCode (both `""` when empty). */
  readonly page?: { readonly html: string; readonly raw: string };
  /** Include: pending and WIP beatmapsets. */
  readonly pending_beatmapset_count?: number;
  /** Include: former usernames. */
  readonly previous_usernames?: readonly string[];
  /** Include: the best global rank in the route's ruleset, if ever ranked. */
  readonly rank_highest?: RankHighest | null;
  /** Include: the last 90 days of global rank, if any. */
  readonly rank_history?: RankHistory | null;
  /** Include: ranked and approved beatmapsets. */
  readonly ranked_beatmapset_count?: number;
  /** Include: replays watched per month. */
  readonly replays_watched_counts?: readonly UserMonthlyCount[];
  /** Include: the URL of the notice shown while scores are processed. */
  readonly score_processing_notice_url?: string;
  /** Include: best scores in the route's ruleset. */
  readonly scores_best_count?: number;
  /** Include: first places in the route's ruleset. */
  readonly scores_first_count?: number;
  /** Include: pinned scores in the route's ruleset. */
  readonly scores_pinned_count?: number;
  /** Include: recent scores (24 hours) in the route's ruleset. */
  readonly scores_recent_count?: number;
  /** Include: how the session must be verified (`mail` or `totp`), `null` when verified. */
  readonly session_verification_method?: "mail" | "totp" | null;
  /** Include: whether the session is verified. */
  readonly session_verified?: boolean;
  /** Include: statistics in the route's ruleset. */
  readonly statistics?: UserStatistics;
  /** Include: statistics in each ruleset played. */
  readonly statistics_rulesets?: UserStatisticsRulesets;
  /** Include: supporter level, 0 (none) to 3. */
  readonly support_level?: 0 | 1 | 2 | 3;
  /** Include: the team, if any. */
  readonly team?: Team | null;
  /** Include: medals, newest first. */
  readonly user_achievements?: readonly UserAchievement[];
}

/**
 * The extended form of a user (UserTransformer): the compact fields, the profile's own fields
 * and its default includes (`country`, `cover`, `kudosu`).
 */
export interface UserExtended extends UserCompact {
  /**
   * Cover URL.
   *
   * @deprecated Read `cover.url`.
   */
  readonly cover_url: string | null;
  /** Discord handle. */
  readonly discord: string | null;
  /** Whether the user ever supported osu!. */
  readonly has_supported: boolean;
  /** Interests text. */
  readonly interests: string | null;
  /** When the account was made. */
  readonly join_date: Timestamp;
  /** Location text. */
  readonly location: string | null;
  /** Max number of blocks. */
  readonly max_blocks: number;
  /** Max number of friends. */
  readonly max_friends: number;
  /** Occupation text. */
  readonly occupation: string | null;
  /** The user's default ruleset. */
  readonly playmode: Ruleset;
  /** Input devices: `mouse`, `keyboard`, `tablet`, `touch`. */
  readonly playstyle: readonly ("mouse" | "keyboard" | "tablet" | "touch")[] | null;
  /** Number of forum posts. */
  readonly post_count: number;
  /** Profile hue (0–360), for supporters who set one. */
  readonly profile_hue: number | null;
  /** Profile section order. */
  readonly profile_order: readonly ProfilePage[];
  /** Profile title, if any. */
  readonly title: string | null;
  /** The title's link, if any. */
  readonly title_url: string | null;
  /** Twitter handle. */
  readonly twitter: string | null;
  /** Website. */
  readonly website: string | null;
  /** The country (`null` when unknown). */
  readonly country: Country | null;
  /** The profile cover. */
  readonly cover: UserCover;
  /** Kudosu. */
  readonly kudosu: { readonly available: number; readonly total: number };
}

/**
 * A user's profile: what `GET users/{user}/{mode?}` returns (UsersController::show): the
 * extended user with the profile's includes, statistics in the asked ruleset (with
 * `country_rank`, `rank` and `variants`), and the deprecated duplicates osu-web still sends.
 */
export interface User extends UserExtended {
  /** Account notes, silences and restrictions shown on the profile. */
  readonly account_history: readonly UserAccountHistory[];
  /**
   * The latest tournament banner.
   *
   * @deprecated Read `active_tournament_banners`.
   */
  readonly active_tournament_banner: ProfileBanner | null;
  /** Tournament banners. */
  readonly active_tournament_banners: readonly ProfileBanner[];
  /** Profile badges, newest first. */
  readonly badges: readonly UserBadge[];
  /** Beatmaps played. */
  readonly beatmap_playcounts_count: number;
  /** Comments written. */
  readonly comments_count: number;
  /** The standing in the current season, if any. */
  readonly current_season_stats: UserSeasonStats | null;
  /** What the token's user has to do with this user (`null` without a user). */
  readonly current_user_attributes: { readonly has_blocked: boolean } | null;
  /** Daily challenge totals. */
  readonly daily_challenge_user_stats: DailyChallengeUserStats;
  /** Favourite beatmapsets. */
  readonly favourite_beatmapset_count: number;
  /** Followers. */
  readonly follower_count: number;
  /** Graveyarded beatmapsets. */
  readonly graveyard_beatmapset_count: number;
  /** Groups shown as badges. */
  readonly groups: readonly UserGroup[];
  /** Guest difficulties' beatmapsets. */
  readonly guest_beatmapset_count: number;
  /** Loved beatmapsets. */
  readonly loved_beatmapset_count: number;
  /** Mapping subscribers. */
  readonly mapping_follower_count: number;
  /** Matchmaking standings in the ruleset, each with its pool (the profile's include). */
  readonly matchmaking_stats:
    readonly (MatchmakingUserStats & Required<Pick<MatchmakingUserStats, "pool">>)[];
  /** Plays per month. */
  readonly monthly_playcounts: readonly UserMonthlyCount[];
  /** Nominated beatmapsets. */
  readonly nominated_beatmapset_count: number;
  /** The "me!" page. */
  readonly page: { readonly html: string; readonly raw: string };
  /** Pending and WIP beatmapsets. */
  readonly pending_beatmapset_count: number;
  /** Former usernames. */
  readonly previous_usernames: readonly string[];
  /** The best global rank in the ruleset, if ever ranked. */
  readonly rank_highest: RankHighest | null;
  /** The last 90 days of global rank, if any. */
  readonly rank_history: RankHistory | null;
  /**
   * The same as `rank_history`.
   *
   * @deprecated Read `rank_history`.
   */
  readonly rankHistory: RankHistory | null;
  /** Ranked and approved beatmapsets. */
  readonly ranked_beatmapset_count: number;
  /**
   * The same as `ranked_beatmapset_count`.
   *
   * @deprecated Read `ranked_beatmapset_count`.
   */
  readonly ranked_and_approved_beatmapset_count: number;
  /** Replays watched per month. */
  readonly replays_watched_counts: readonly UserMonthlyCount[];
  /** Best scores in the ruleset. */
  readonly scores_best_count: number;
  /** First places in the ruleset. */
  readonly scores_first_count: number;
  /** Pinned scores in the ruleset. */
  readonly scores_pinned_count: number;
  /** Recent scores in the ruleset. */
  readonly scores_recent_count: number;
  /**
   * Statistics in the ruleset, with `country_rank` and `rank` always (the profile's includes,
   * UsersController::showUserIncludes); `variants` for the rulesets that have them (mania).
   */
  readonly statistics: ProfileStatistics;
  /** Supporter level, 0 (none) to 3. */
  readonly support_level: 0 | 1 | 2 | 3;
  /** The team, if any. */
  readonly team: Team | null;
  /**
   * The same as `pending_beatmapset_count`.
   *
   * @deprecated Read `pending_beatmapset_count`.
   */
  readonly unranked_beatmapset_count: number;
  /** Medals, newest first. */
  readonly user_achievements: readonly UserAchievement[];
}

/**
 * The token owner's profile: what `GET me/{mode?}` returns (UsersController::me): the profile
 * plus the session's state, preferences and statistics in every ruleset.
 */
export interface OwnUser extends User {
  /** Whether the account is restricted. */
  readonly is_restricted: boolean;
  /** The URL of the notice shown while scores are processed. */
  readonly score_processing_notice_url: string;
  /** How the session must be verified, `null` when verified. */
  readonly session_verification_method: "mail" | "totp" | null;
  /** Whether the session is verified. */
  readonly session_verified: boolean;
  /** Statistics in each ruleset played. */
  readonly statistics_rulesets: UserStatisticsRulesets;
  /** Site preferences (UserProfileCustomization; keys vary as osu-web adds settings). */
  readonly user_preferences: UserPreferences;
}

/** The site preferences `GET me` reports (UserProfileCustomization's defaults' keys). */
export interface UserPreferences {
  /** Whether beatmap previews play by themselves. */
  readonly audio_autoplay: boolean;
  /** Whether previews are muted. */
  readonly audio_muted: boolean;
  /** Preview volume, 0–1. */
  readonly audio_volume: number;
  /** Beatmapset card size in listings. */
  readonly beatmapset_card_size: "normal" | "extra";
  /** What a download fetches: everything, no video, or osu!direct. */
  readonly beatmapset_download: "all" | "no_video" | "direct";
  /** Whether anime covers show. */
  readonly beatmapset_show_anime_cover: boolean;
  /** Whether explicit beatmapsets show. */
  readonly beatmapset_show_nsfw: boolean;
  /** Whether titles show in their own script. */
  readonly beatmapset_title_show_original: boolean;
  /** Whether deleted comments show. */
  readonly comments_show_deleted: boolean;
  /** Whether deleted forum posts show. */
  readonly forum_posts_show_deleted: boolean;
  /** Whether only stable (legacy) scores show. */
  readonly legacy_score_only: boolean;
  /** Whether the profile cover is expanded. */
  readonly profile_cover_expanded: boolean;
  /** How scores are shown. */
  readonly scoring_mode: "standardised" | "classic";
  /** User list filter. */
  readonly user_list_filter: "all" | "online" | "offline";
  /** User list sort. */
  readonly user_list_sort: "last_visit" | "rank" | "username";
  /** User list view. */
  readonly user_list_view: "card" | "list" | "brick";
}

/** A friend or block (UserRelationTransformer; `GET friends` since version 20241022). */
export interface UserRelation {
  /** The other user's id. */
  readonly target_id: number;
  /** `friend` or `block`. */
  readonly relation_type: "friend" | "block";
  /** Whether the relation goes both ways (friends only). */
  readonly mutual: boolean;
  /** Include: the other user (with `country`, `cover`, `groups`, `statistics`, `support_level`). */
  readonly target?: UserCompact;
}

/** What `POST friends` and `POST blocks` answer: the relation made (lazer). */
export interface CreatedUserRelation {
  /** The new friend or block, with `target`. */
  readonly user_relation: UserRelation;
}

/** One kudosu change (KudosuHistoryTransformer). */
export interface KudosuHistory {
  /** The id. */
  readonly id: number;
  /** What happened: `give`, `vote.give`, `recalculate.reset`, ... */
  readonly action: string;
  /** The amount. */
  readonly amount: number;
  /** What was given kudosu: `forum_post` or `beatmap_discussion`. */
  readonly model: string;
  /** When. */
  readonly created_at: Timestamp;
  /** Who gave it, when known. */
  readonly giver: { readonly url: string; readonly username: string } | null;
  /** The post or discussion it was given for. */
  readonly post: { readonly url: string | null; readonly title: string };
  /** Extra details osu-web stored with the change (`event` for discussions, or `null`). */
  readonly details: { readonly event?: string } | readonly never[] | null;
}

/** `GET users/{user}/beatmaps-passed`: the beatmaps the user has passed. */
export interface BeatmapsPassed {
  /** The passed beatmaps (BeatmapCompactTransformer, without includes). */
  readonly beatmaps_passed: readonly BeatmapCompact[];
}

/** One entry of a user's recent activity (`GET users/{user}/recent_activity`): an event. */
export type UserEvent = Event;

/** A ruleset id or name accepted by user lookups. */
export type RulesetRef = Ruleset | RulesetId;

/**
 * A user as cards show them (UserCompactTransformer::CARD_INCLUDES): with `country`, `cover`,
 * `groups` and `team` (`GET users/lookup`; `GET users` adds `statistics_rulesets`).
 */
export type CardUser = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly groups: readonly UserGroup[];
  readonly team: Team | null;
};

/** A user of `GET users`: a card with statistics in each ruleset played (`statistics_rulesets`). */
export type BatchUser = CardUser & { readonly statistics_rulesets: UserStatisticsRulesets };

/**
 * A user as lists of people show them (UserCompactTransformer::LIST_INCLUDES): with `country`,
 * `cover`, `groups`, `team`, `statistics` and `support_level`.
 */
export type ListedUser = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly groups: readonly UserGroup[];
  readonly team: Team | null;
  readonly statistics: UserStatistics;
  readonly support_level: 0 | 1 | 2 | 3;
};

/**
 * What `GET friends` returns for the `x-api-version` `V` (FriendsController::index):
 * {@linkcode UserRelation}s with their `target` from 20241022 on, the users before; both with
 * the list includes.
 *
 * @typeParam V the `x-api-version` the client sends
 */
export type FriendsFor<V extends string> = ApiVersionBefore<V, "20241022"> extends true
  ? ListedUser[]
  : ApiVersionBefore<V, "20241022"> extends false
    ? (UserRelation & { readonly target: ListedUser })[]
  : (ListedUser | (UserRelation & { readonly target: ListedUser }))[];
