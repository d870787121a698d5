/**
 * Legacy (stable) multiplayer match models (LegacyMatchTransformer, LegacyMatch\EventTransformer
 * and GameTransformer) and the includes LegacyMatchesController turns on.
 *
 * @module
 */
import type { BeatmapCompact, BeatmapsetCompact } from "./beatmaps.ts";
import type { LegacyCursor, Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { MatchScore } from "./scores.ts";
import type { Country, UserCompact } from "./users.ts";

/** A stable multiplayer match. */
export interface Match {
  /** The id. */
  readonly id: number;
  /** When it started. */
  readonly start_time: Timestamp;
  /** When it ended, or `null` while open. */
  readonly end_time: Timestamp | null;
  /** The name. */
  readonly name: string;
}

/**
 * A game (one beatmap played) in a match, with its beatmap and scores.
 *
 * @typeParam S the score format (`MatchScore`, or `LegacyScore` before version 20220705)
 */
export interface MatchGame<S = MatchScore> {
  /** The beatmap. */
  readonly beatmap_id: number;
  /** The id. */
  readonly id: number;
  /** When it started. */
  readonly start_time: Timestamp;
  /** When it ended, or `null` while playing. */
  readonly end_time: Timestamp | null;
  /** The match. */
  readonly match_id: number;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The ruleset id. */
  readonly mode_int: RulesetId;
  /** `score`, `accuracy`, `combo` or `scorev2`. */
  readonly scoring_type: "score" | "accuracy" | "combo" | "scorev2";
  /** `head-to-head`, `tag-coop`, `team-vs` or `tag-team-vs`. */
  readonly team_type: "head-to-head" | "tag-coop" | "team-vs" | "tag-team-vs";
  /** Mod acronyms of the game. */
  readonly mods: readonly string[];
  /** The beatmap with its beatmapset, when the beatmap still exists. */
  readonly beatmap?: BeatmapCompact & { readonly beatmapset: BeatmapsetCompact | null };
  /** The scores, with `match` (slot, team, pass). */
  readonly scores: readonly S[];
}

/** What a match event is (LegacyMatch\Event's `detail`): a game carries the match name. */
export type MatchEventDetail =
  | {
    readonly type:
      | "host-changed"
      | "match-created"
      | "match-disbanded"
      | "player-joined"
      | "player-kicked"
      | "player-left";
  }
  | { readonly type: "other"; readonly text: string };

/**
 * An event in a match; only `other` events (a game) carry `game`.
 *
 * @typeParam S the score format
 */
export interface MatchEvent<S = MatchScore> {
  /** The id. */
  readonly id: number;
  /** What happened: `{ type: "player-joined" }`, or a game: `{ type: "other", text }`. */
  readonly detail: MatchEventDetail;
  /** When. */
  readonly timestamp: Timestamp;
  /** The player, if any. */
  readonly user_id: number | null;
  /** The game, for `other` events. */
  readonly game?: MatchGame<S>;
}

/**
 * `GET matches/{match}`: a match with some of its events.
 *
 * @typeParam S the score format
 */
export interface MatchDetails<S = MatchScore> {
  /** The match. */
  readonly match: Match;
  /** The events, oldest first. */
  readonly events: readonly MatchEvent<S>[];
  /** The users referred to, with `country`. */
  readonly users: readonly (UserCompact & { readonly country: Country | null })[];
  /** The first event id. */
  readonly first_event_id: number;
  /** The latest event id. */
  readonly latest_event_id: number;
  /** The current game id, if a game is playing. */
  readonly current_game_id: number | null;
}

/** A page of `GET matches`. */
export interface Matches {
  /** The matches. */
  readonly matches: readonly Match[];
  /** The parameters used. */
  readonly params: {
    readonly limit: number;
    readonly sort: string;
    readonly active: boolean | null;
  };
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor, `null` at the end. */
  readonly cursor: LegacyCursor | null;
}
