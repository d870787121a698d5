/**
 * Models of the smaller routes: notifications, search, seasonal backgrounds, tags, teams,
 * download quota, favourites, session verification.
 *
 * @module
 */
import type { Tag } from "./beatmaps.ts";
import type { JsonData, RulesetId, Timestamp } from "./common.ts";
import type { Country, Team, UserCompact, UserCover, UserGroup } from "./users.ts";
import type { TeamStatistics } from "./rankings.ts";
import type { WikiPage } from "./wiki.ts";

/** A notification (NotificationTransformer). */
export interface Notification {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"comment_new"`, `"channel_message"`. */
  readonly name: string;
  /** When. */
  readonly created_at: Timestamp;
  /** What it is about: `beatmapset`, `build`, `channel`, `forum_topic`, `news_post`, `user`, ... */
  readonly object_type: string;
  /** The id of what it is about. */
  readonly object_id: number;
  /** Who caused it. */
  readonly source_user_id: number | null;
  /** Whether it was read. */
  readonly is_read: boolean;
  /** Details, whose keys depend on `name` (e.g. `title`, `username`, `cover_url`). */
  readonly details: { readonly [key: string]: JsonData };
}

/** A group of notifications about one object (NotificationsBundle). */
export interface NotificationStack {
  /** The category, e.g. `"comment"`. */
  readonly category: string;
  /** Where the next page of the stack starts; `null` when it is complete. */
  readonly cursor: { readonly id: number } | null;
  /**
   * The first notification name of the category.
   *
   * @deprecated osu-web keeps it for old readers.
   */
  readonly name: string;
  /** What it is about. */
  readonly object_type: string;
  /** The id of what it is about. */
  readonly object_id: number;
}

/** Totals of one object type (NotificationsBundle). */
export interface NotificationType {
  /** Where the next page starts; `null` when complete. */
  readonly cursor: { readonly id: number; readonly type?: string } | null;
  /** The object type, or `null` for all. */
  readonly name: string | null;
  /** Notifications of the type. */
  readonly total: number;
}

/** `GET notifications` (NotificationsController::index). */
export interface Notifications {
  /** The notifications. */
  readonly notifications: readonly Notification[];
  /** Stacks, for the web UI. */
  readonly stacks: readonly NotificationStack[];
  /** The server's time; pass it as `max_id` next time. */
  readonly timestamp: Timestamp;
  /** Totals per object type. */
  readonly types: readonly NotificationType[];
  /** Unread notifications (with `unread_only`). */
  readonly unread_count?: number;
  /** The websocket endpoint for live updates, e.g. `wss://notify.ppy.sh`. */
  readonly notification_endpoint: string;
}

/** One result set of `GET search`. */
export interface SearchResults<T> {
  /** The results. */
  readonly data: readonly T[];
  /** The number of matches. */
  readonly total: number;
}

/** `GET search`: users and/or wiki pages. */
export interface SearchResult {
  /** Users, for `mode` `all` or `user`. */
  readonly user?: SearchResults<UserCompact>;
  /** Wiki pages, for `mode` `all` or `wiki_page`. */
  readonly wiki_page?: SearchResults<WikiPage>;
}

/** A seasonal background. */
export interface SeasonalBackground {
  /** The image URL. */
  readonly url: string;
  /** The artist. */
  readonly user: UserCompact;
}

/** `GET seasonal-backgrounds`. */
export interface SeasonalBackgrounds {
  /** When the season ends. */
  readonly ends_at: Timestamp;
  /** The backgrounds. */
  readonly backgrounds: readonly SeasonalBackground[];
}

/** `GET tags`. */
export interface Tags {
  /** The tags. */
  readonly tags: readonly Tag[];
}

/** A team member as `GET teams/{team}` lists them: with `country`, `cover`, `groups`, `team`. */
export type TeamMember = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly groups: readonly UserGroup[];
  readonly team: Team | null;
};

/** `GET teams/{team}/{ruleset?}`: a team with its leader, members and statistics. */
export interface TeamDetails extends Team {
  /** The header image. */
  readonly cover_url: string | null;
  /** When it was made. */
  readonly created_at: Timestamp;
  /** The default ruleset id. */
  readonly default_ruleset_id: RulesetId;
  /** The description (BBCode), if any. */
  readonly description: string | null;
  /** Whether it takes applications. */
  readonly is_open: boolean;
  /** Free member slots. */
  readonly empty_slots: number;
  /** The leader. */
  readonly leader: TeamMember;
  /** The other members, by name. */
  readonly members: readonly TeamMember[];
  /** Statistics in the ruleset asked for (the default one when not given). */
  readonly statistics: TeamStatistics;
}

/** `GET me/download-quota-check`. */
export interface DownloadQuota {
  /** Downloads counted against the quota. */
  readonly quota_used: number;
}

/** `GET me/beatmapset-favourites`. */
export interface FavouriteBeatmapsets {
  /** The favourite beatmapset ids. */
  readonly beatmapset_ids: readonly number[];
}

/** `POST beatmapsets/{beatmapset}/favourites`. */
export interface FavouriteCount {
  /** The set's favourite count now. */
  readonly favourite_count: number;
}

/** What `POST screenshots` answers (lazer; ScreenshotsController::store). */
export interface UploadedScreenshot {
  /** Where the screenshot can be seen. */
  readonly url: string;
}
