/**
 * Models of the smaller routes: notifications, search, seasonal backgrounds, tags, teams,
 * download quota, favourites, session verification.
 *
 * @module
 */
import type { Tag } from "./beatmaps.ts";
import type { Timestamp } from "./common.ts";
import type { Team, UserCompact } from "./users.ts";
import type { WikiPage } from "./wiki.ts";

/** A notification (NotificationTransformer). */
export interface Notification {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"comment_new"`. */
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
  /** Details, by kind. */
  readonly details: { readonly [key: string]: unknown };
}

/** `GET notifications`. */
export interface Notifications {
  /** Whether more are available. */
  readonly has_more: boolean;
  /** The notifications. */
  readonly notifications: readonly Notification[];
  /** Unread counts. */
  readonly unread_count: number;
  /** The websocket endpoint for live updates. */
  readonly notification_endpoint: string;
  /** Stacks and types, for the web UI. */
  readonly stacks?: readonly unknown[];
  /** Types, for the web UI. */
  readonly types?: readonly unknown[];
  /** The timestamp to pass as `max_id` next time. */
  readonly timestamp?: Timestamp;
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

/** `GET teams/{team}/{ruleset?}`: a team with members and statistics. */
export interface TeamDetails extends Team {
  /** Include: the leader. */
  readonly leader?: UserCompact;
  /** Include: the members. */
  readonly members?: readonly UserCompact[];
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
