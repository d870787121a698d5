/**
 * Multiplayer models: rooms, playlist items, scores and events (RoomTransformer,
 * PlaylistItemTransformer, UserScoreAggregateTransformer, RealtimeRoomEventTransformer).
 *
 * @module
 */
import type { BeatmapCompact } from "./beatmaps.ts";
import type { Mod, RulesetId, Timestamp } from "./common.ts";
import type { Score } from "./scores.ts";
import type { UserCompact } from "./users.ts";

/** The kinds of room. */
export type RoomType = "playlists" | "head_to_head" | "team_versus" | "matchmaking";

/** A playlist item: a beatmap with mods in a room. */
export interface PlaylistItem {
  /** The id. */
  readonly id: number;
  /** The room. */
  readonly room_id: number;
  /** The beatmap. */
  readonly beatmap_id: number;
  /** The ruleset id. */
  readonly ruleset_id: RulesetId;
  /** Mods a player may pick. */
  readonly allowed_mods: readonly Mod[];
  /** Mods every player has. */
  readonly required_mods: readonly Mod[];
  /** Whether players pick their own beatmap difficulty and ruleset. */
  readonly freestyle?: boolean;
  /** Whether it was played. */
  readonly expired: boolean;
  /** Who added it. */
  readonly owner_id: number;
  /** Its place in the queue. */
  readonly playlist_order: number | null;
  /** When it was played. */
  readonly played_at: Timestamp | null;
  /** When it was added. */
  readonly created_at?: Timestamp;
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
}

/** A multiplayer room or playlist. */
export interface Room {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The description. */
  readonly description?: string | null;
  /** `normal`, `spotlight`, `featured_artist`, `daily_challenge`, ... */
  readonly category: string;
  /** `idle` or `playing`. */
  readonly status?: string;
  /** The kind. */
  readonly type: RoomType;
  /** The host. */
  readonly user_id: number;
  /** When it starts. */
  readonly starts_at: Timestamp;
  /** When it ends. */
  readonly ends_at: Timestamp | null;
  /** Attempts a player has per item, if limited. */
  readonly max_attempts: number | null;
  /** Seats, if limited. */
  readonly max_participants?: number | null;
  /** Players so far. */
  readonly participant_count: number;
  /** The chat channel. */
  readonly channel_id: number;
  /** Whether it is open. */
  readonly active: boolean;
  /** Whether it needs a password. */
  readonly has_password: boolean;
  /** `host_only`, `all_players` or `all_players_round_robin`. */
  readonly queue_mode: string;
  /** Whether intros are skipped. */
  readonly auto_skip?: boolean;
  /** Whether it is pinned. */
  readonly pinned?: boolean;
  /** Include: the host. */
  readonly host?: UserCompact;
  /** Include: the playlist. */
  readonly playlist?: readonly PlaylistItem[];
  /** Include: the current item. */
  readonly current_playlist_item?: PlaylistItem | null;
  /** Include: recent players. */
  readonly recent_participants?: readonly UserCompact[];
  /** Other includes. */
  readonly [key: string]: unknown;
}

/** A multiplayer score: a lazer score on a playlist item. */
export interface MultiplayerScore extends Score {
  /** The playlist item. */
  readonly playlist_item_id: number;
  /** The room. */
  readonly room_id: number;
  /** The underlying solo score. */
  readonly solo_score_id: number;
  /** Include: position on the item's leaderboard. */
  readonly position?: number | null;
}

/** A page of `GET rooms/{room}/playlist/{playlist}/scores`. */
export interface MultiplayerScores {
  /** The scores. */
  readonly scores: readonly MultiplayerScore[];
  /** Scores of this item. */
  readonly total?: number;
  /** The token owner's score, if any. */
  readonly user_score?: MultiplayerScore | null;
  /** The sort and limit used. */
  readonly params?: { readonly limit: number; readonly sort: string };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}

/** A player's totals in a room (UserScoreAggregateTransformer). */
export interface UserScoreAggregate {
  /** Average accuracy, 0–1. */
  readonly accuracy: number;
  /** Attempts. */
  readonly attempts: number;
  /** Items completed. */
  readonly completed: number;
  /** Always 0 (placeholder). */
  readonly pp: number;
  /** The room. */
  readonly room_id: number;
  /** Total score. */
  readonly total_score: number;
  /** The player. */
  readonly user_id: number;
  /** Include: the position. */
  readonly position?: number | null;
  /** Include: the player. */
  readonly user?: UserCompact;
}

/** `GET rooms/{room}/leaderboard`. */
export interface RoomLeaderboard {
  /** The rows. */
  readonly leaderboard: readonly UserScoreAggregate[];
  /** The token owner's row, if any. */
  readonly user_score: UserScoreAggregate | null;
}

/** An event in a realtime room (join, leave, game started, ...). */
export interface RoomEvent {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"player_joined"`. */
  readonly event_type: string;
  /** The player, if any. */
  readonly user_id: number | null;
  /** The playlist item, for game events. */
  readonly playlist_item_id?: number | null;
  /** When. */
  readonly created_at: Timestamp;
  /** Other fields. */
  readonly [key: string]: unknown;
}

/** `GET rooms/{room}/events`. */
export interface RoomEvents {
  /** The events. */
  readonly events: readonly RoomEvent[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The beatmaps referred to. */
  readonly beatmaps?: readonly BeatmapCompact[];
  /** The playlist items referred to. */
  readonly playlist_items?: readonly PlaylistItem[];
  /** The room. */
  readonly room?: Room;
  /** The first event id. */
  readonly first_event_id?: number;
  /** The latest event id. */
  readonly latest_event_id?: number;
  /** The current playlist item id. */
  readonly current_playlist_item_id?: number | null;
}
