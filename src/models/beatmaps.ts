/**
 * Beatmap and beatmapset models, with osu-web's field names.
 *
 * @module
 */
import type { Ruleset, Timestamp } from "./common.ts";

/** A beatmapset's ranked status. */
export type RankStatus =
  | "graveyard"
  | "wip"
  | "pending"
  | "ranked"
  | "approved"
  | "qualified"
  | "loved";

/** The short form of a beatmapset. */
export interface BeatmapsetCompact {
  /** The beatmapset id. */
  readonly id: number;
  /** The artist. */
  readonly artist: string;
  /** The title. */
  readonly title: string;
  /** The mapper's name. */
  readonly creator: string;
  /** The mapper's user id. */
  readonly user_id: number;
  /** The ranked status. */
  readonly status: RankStatus;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
}

/** The short form of a beatmap (one difficulty). */
export interface BeatmapCompact {
  /** The beatmap id. */
  readonly id: number;
  /** The beatmapset id. */
  readonly beatmapset_id: number;
  /** Star rating. */
  readonly difficulty_rating: number;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The difficulty name. */
  readonly version: string;
  /** The ranked status. */
  readonly status: RankStatus;
  /** Length in seconds. */
  readonly total_length: number;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
}

/** The full form of a beatmap. */
export interface Beatmap extends BeatmapCompact {
  /** The MD5 checksum of the .osu file. */
  readonly checksum: string | null;
  /** The beatmapset, when included. */
  readonly beatmapset?: BeatmapsetCompact;
  /** Last update. */
  readonly last_updated: Timestamp;
}

/** The full form of a beatmapset. */
export interface Beatmapset extends BeatmapsetCompact {
  /** The beatmaps of the set. */
  readonly beatmaps?: readonly Beatmap[];
}
