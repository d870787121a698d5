/**
 * Legacy (stable) multiplayer match models (LegacyMatchTransformer, LegacyMatch
 * EventTransformer and GameTransformer).
 *
 * @module
 */
import type { BeatmapCompact } from "./beatmaps.ts";
import type { Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { Score } from "./scores.ts";
import type { UserCompact } from "./users.ts";

/** A stable multiplayer match. */
export interface Match {
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** When it started. */
  readonly start_time: Timestamp;
  /** When it ended, or `null` while open. */
  readonly end_time: Timestamp | null;
}

/** A game (one beatmap played) in a match. */
export interface MatchGame<S = Score> {
  /** The id. */
  readonly id: number;
  /** The match. */
  readonly match_id: number;
  /** The beatmap. */
  readonly beatmap_id: number;
  /** When it started. */
  readonly start_time: Timestamp;
  /** When it ended. */
  readonly end_time: Timestamp | null;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The ruleset id. */
  readonly mode_int: RulesetId;
  /** `score`, `accuracy`, `combo` or `scorev2`. */
  readonly scoring_type: string;
  /** `head-to-head`, `tag-coop`, `team-vs` or `tag-team-vs`. */
  readonly team_type: string;
  /** Mods of the game. */
  readonly mods: readonly string[];
  /** Include: the beatmap. */
  readonly beatmap?: BeatmapCompact | null;
  /** Include: the scores (format follows the API version). */
  readonly scores?: readonly S[];
}

/** An event in a match. */
export interface MatchEvent<S = Score> {
  /** The id. */
  readonly id: number;
  /** What happened, e.g. `{ type: "player-joined", text: null }`. */
  readonly detail: { readonly type: string; readonly text?: string | null };
  /** When. */
  readonly timestamp: Timestamp;
  /** The player, if any. */
  readonly user_id: number | null;
  /** Include: the game, for `other` events. */
  readonly game?: MatchGame<S>;
}

/** `GET matches/{match}`: a match with some of its events. */
export interface MatchDetails<S = Score> {
  /** The match. */
  readonly match: Match;
  /** The events. */
  readonly events: readonly MatchEvent<S>[];
  /** The users referred to. */
  readonly users: readonly UserCompact[];
  /** The first event id. */
  readonly first_event_id: number;
  /** The latest event id. */
  readonly latest_event_id: number;
  /** The current game id. */
  readonly current_game_id: number | null;
}

/** A page of `GET matches`. */
export interface Matches {
  /** The matches. */
  readonly matches: readonly Match[];
  /** The parameters used. */
  readonly params: { readonly limit: number; readonly sort: string };
  /** The next page's legacy cursor. */
  readonly cursor?: { readonly match_id: number } | null;
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}
