/**
 * Multiplayer (lazer) models: rooms, playlist items, scores and events (RoomTransformer,
 * PlaylistItemTransformer, UserScoreAggregateTransformer, RealtimeRoomEventTransformer) and the
 * includes the routes turn on (Multiplayer\RoomsController, Rooms\Playlist\ScoresController).
 *
 * @module
 */
import type { BeatmapCompact, BeatmapsetCompact } from "./beatmaps.ts";
import type { LegacyCursor, Mod, RulesetId, Timestamp } from "./common.ts";
import type { Score } from "./scores.ts";
import type { Country, Team, UserCompact, UserCover } from "./users.ts";

/** The kinds of room. */
export type RoomType =
  | "playlists"
  | "head_to_head"
  | "team_versus"
  | "matchmaking"
  | "ranked_play";

/** A playlist item: a beatmap with mods in a room (PlaylistItemTransformer). */
export interface PlaylistItem {
  /** The id. */
  readonly id: number;
  /** The room. */
  readonly room_id: number;
  /** The beatmap. */
  readonly beatmap_id: number;
  /** When it was added. */
  readonly created_at: Timestamp;
  /** The ruleset id. */
  readonly ruleset_id: RulesetId;
  /** Mods a player may pick. */
  readonly allowed_mods: readonly Mod[];
  /** Mods every player has. */
  readonly required_mods: readonly Mod[];
  /** Whether players pick their own difficulty and ruleset. */
  readonly freestyle: boolean;
  /** Whether it was played. */
  readonly expired: boolean;
  /** Who added it. */
  readonly owner_id: number;
  /** Its place in the queue. */
  readonly playlist_order: number | null;
  /** When it was played. */
  readonly played_at: Timestamp | null;
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact;
  /** Include (room events): the realtime game's details and its start. */
  readonly details?: { readonly room_type: string; readonly started_at: Timestamp | null };
  /** Include (room events): the scores. */
  readonly scores?: readonly MultiplayerScore[];
}

/** The host as rooms carry it: with `country`. */
export type RoomHost = UserCompact & { readonly country: Country | null };

/** A multiplayer room or playlist (RoomTransformer); optional fields are includes. */
export interface Room {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The description, if any. */
  readonly description: string | null;
  /** `normal`, `spotlight`, `featured_artist`, `daily_challenge`, ... */
  readonly category: string;
  /** `idle` or `playing`. */
  readonly status: "idle" | "playing";
  /** The kind. */
  readonly type: RoomType;
  /** The host. */
  readonly user_id: number;
  /** When it starts. */
  readonly starts_at: Timestamp;
  /** When it ends, if it has an end. */
  readonly ends_at: Timestamp | null;
  /** Attempts a player has per item, if limited. */
  readonly max_attempts: number | null;
  /** Seats, if limited. */
  readonly max_participants: number | null;
  /** Players so far. */
  readonly participant_count: number;
  /** The chat channel. */
  readonly channel_id: number;
  /** Whether it is open. */
  readonly active: boolean;
  /** Whether it needs a password. */
  readonly has_password: boolean;
  /** `host_only`, `all_players` or `all_players_round_robin`. */
  readonly queue_mode: "host_only" | "all_players" | "all_players_round_robin";
  /** Whether intros are skipped. */
  readonly auto_skip: boolean;
  /** Whether it is pinned. */
  readonly pinned: boolean;
  /** Include: the item being played (`null` when none). */
  readonly current_playlist_item?: PlaylistItem | null;
  /** Include (with a user): the token owner's totals, with per-item attempts. */
  readonly current_user_score?: UserScoreAggregate;
  /** Include: the star range of the active items. */
  readonly difficulty_range?: { readonly max: number; readonly min: number };
  /** Include: the host. */
  readonly host?: UserCompact;
  /** Include: the playlist. */
  readonly playlist?: readonly PlaylistItem[];
  /** Include: item counts and rulesets. */
  readonly playlist_item_stats?: {
    readonly count_active: number;
    readonly count_total: number;
    readonly ruleset_ids: readonly RulesetId[];
  };
  /** Include: recent players. */
  readonly recent_participants?: readonly UserCompact[];
}

/** A room of `GET rooms` (with the listing's includes). */
export interface ListedRoom extends Room {
  /** The item being played, with its beatmap and beatmapset (`null` when none). */
  readonly current_playlist_item:
    | (PlaylistItem & {
      readonly beatmap: BeatmapCompact & { readonly beatmapset: BeatmapsetCompact | null };
    })
    | null;
  /** The star range of the active items. */
  readonly difficulty_range: { readonly max: number; readonly min: number };
  /** The host, with `country`. */
  readonly host: RoomHost;
  /** Item counts and rulesets. */
  readonly playlist_item_stats: {
    readonly count_active: number;
    readonly count_total: number;
    readonly ruleset_ids: readonly RulesetId[];
  };
  /** Recent players. */
  readonly recent_participants: readonly UserCompact[];
}

/**
 * A room as `GET rooms/{room}`, `POST rooms` and `PUT rooms/{room}/users/{user}` return it
 * (RoomTransformer::createShowResponse): the playlist with beatmaps (with beatmapset, checksum
 * and max combo), the host and recent players; `current_user_score` with a user token.
 */
export interface RoomDetails extends Room {
  /** The host, with `country`. */
  readonly host: RoomHost;
  /** The playlist, with beatmaps. */
  readonly playlist: readonly (PlaylistItem & {
    readonly beatmap: BeatmapCompact & {
      readonly beatmapset: BeatmapsetCompact | null;
      readonly checksum: string | null;
      readonly max_combo: number;
    };
  })[];
  /** Recent players. */
  readonly recent_participants: readonly UserCompact[];
}

/** A player as multiplayer scores carry it: with `country`, `cover` and `team`. */
export type MultiplayerUser = UserCompact & {
  readonly country: Country | null;
  readonly cover: UserCover;
  readonly team: Team | null;
};

/** A multiplayer score: a lazer score on a playlist item (ScoreTransformer, always current). */
export interface MultiplayerScore extends Score {
  /** The playlist item. */
  readonly playlist_item_id: number;
  /** The room. */
  readonly room_id: number;
  /** The underlying solo score. */
  readonly solo_score_id: number;
  /** Include: position on the item's leaderboard, if any. */
  readonly position?: number | null;
  /** Include: scores just above and below. */
  readonly scores_around?: {
    readonly higher: MultiplayerScoresAround;
    readonly lower: MultiplayerScoresAround;
  };
}

/** One side of `scores_around`. */
export interface MultiplayerScoresAround {
  /** The scores. */
  readonly scores: readonly (MultiplayerScore & { readonly user: MultiplayerUser })[];
  /** The sort and limit used. */
  readonly params: { readonly limit: number; readonly sort: string };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor, `null` at the end. */
  readonly cursor: LegacyCursor | null;
}

/**
 * A playlist score as `GET .../scores/{score}`, `GET .../scores/users/{user}` and score
 * submission return it: with the player, `position` and `scores_around`.
 */
export interface PlaylistScore extends MultiplayerScore {
  /** The player. */
  readonly user: MultiplayerUser;
  /** Position on the item's leaderboard, if any. */
  readonly position: number | null;
  /** Scores just above and below. */
  readonly scores_around: {
    readonly higher: MultiplayerScoresAround;
    readonly lower: MultiplayerScoresAround;
  };
}

/** A page of `GET rooms/{room}/playlist/{playlist}/scores`. */
export interface MultiplayerScores {
  /** The sort and limit used. */
  readonly params: { readonly limit: number; readonly sort: string };
  /** The scores, with the player. */
  readonly scores: readonly (MultiplayerScore & { readonly user: MultiplayerUser })[];
  /** Scores of this item. */
  readonly total: number;
  /** The token owner's score (with `position`), if any. */
  readonly user_score:
    | (MultiplayerScore & { readonly user: MultiplayerUser; readonly position: number | null })
    | null;
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor, `null` at the end. */
  readonly cursor: LegacyCursor | null;
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
  /** Include: attempts per playlist item. */
  readonly playlist_item_attempts?: readonly {
    readonly attempts: number;
    readonly id: number;
    readonly passed: boolean;
  }[];
  /** Include: the position, if any. */
  readonly position?: number | null;
  /** Include: the player. */
  readonly user?: UserCompact;
}

/** `GET rooms/{room}/leaderboard`. */
export interface RoomLeaderboard {
  /** The rows, with the player. */
  readonly leaderboard: readonly (UserScoreAggregate & { readonly user: MultiplayerUser })[];
  /** The token owner's row (with `position`), if any. */
  readonly user_score:
    | (UserScoreAggregate & { readonly user: MultiplayerUser; readonly position: number | null })
    | null;
}

/** An event in a realtime room (RealtimeRoomEventTransformer). */
export interface RoomEvent {
  /** When. */
  readonly created_at: Timestamp;
  /** The kind, e.g. `"player_joined"`, `"game_started"`. */
  readonly event_type: string;
  /** The id. */
  readonly id: number;
  /** The playlist item, for game events. */
  readonly playlist_item_id: number | null;
  /** The player, if any. */
  readonly user_id: number | null;
}

/** `GET rooms/{room}/events` (realtime rooms only). */
export interface RoomEvents {
  /** The beatmaps referred to. */
  readonly beatmaps: readonly BeatmapCompact[];
  /** Their beatmapsets. */
  readonly beatmapsets: readonly BeatmapsetCompact[];
  /** The current playlist item id. */
  readonly current_playlist_item_id: number | null;
  /** The events, oldest first. */
  readonly events: readonly RoomEvent[];
  /** The first event id (0 when none). */
  readonly first_event_id: number;
  /** The latest event id (0 when none). */
  readonly last_event_id: number;
  /** The playlist items referred to, with `details` and `scores`. */
  readonly playlist_items: readonly (PlaylistItem & {
    readonly details: { readonly room_type: string; readonly started_at: Timestamp | null };
    readonly scores: readonly MultiplayerScore[];
  })[];
  /** The room. */
  readonly room: Room;
  /** The users referred to, with `country`. */
  readonly users: readonly (UserCompact & { readonly country: Country | null })[];
}
