/**
 * Beatmap and beatmapset models, with osu-web's field names (BeatmapCompactTransformer,
 * BeatmapTransformer, BeatmapsetCompactTransformer, BeatmapsetTransformer, BeatmapPackTransformer,
 * TagTransformer).
 *
 * @module
 */
import type { Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** A beatmapset's ranked status. */
export type RankStatus =
  | "graveyard"
  | "wip"
  | "pending"
  | "ranked"
  | "approved"
  | "qualified"
  | "loved";

/** Cover image URLs of a beatmapset. */
export interface BeatmapsetCovers {
  /** Cover. */
  readonly cover: string;
  /** Cover, 2x. */
  readonly "cover@2x": string;
  /** Card. */
  readonly card: string;
  /** Card, 2x. */
  readonly "card@2x": string;
  /** List. */
  readonly list: string;
  /** List, 2x. */
  readonly "list@2x": string;
  /** Slim cover. */
  readonly slimcover: string;
  /** Slim cover, 2x. */
  readonly "slimcover@2x": string;
}

/** The short form of a beatmapset. */
export interface BeatmapsetCompact {
  /** The beatmapset id. */
  readonly id: number;
  /** The artist. */
  readonly artist: string;
  /** The artist in its own script. */
  readonly artist_unicode?: string;
  /** The title. */
  readonly title: string;
  /** The title in its own script. */
  readonly title_unicode?: string;
  /** The mapper's name. */
  readonly creator: string;
  /** The mapper's user id. */
  readonly user_id: number;
  /** The ranked status. */
  readonly status: RankStatus;
  /** Cover images. */
  readonly covers?: BeatmapsetCovers;
  /** Favourites. */
  readonly favourite_count?: number;
  /** Plays. */
  readonly play_count?: number;
  /** Whether it is explicit. */
  readonly nsfw?: boolean;
  /** The audio preview URL. */
  readonly preview_url?: string;
  /** Source (anime, game, ...). */
  readonly source?: string;
  /** Whether it has a video. */
  readonly video?: boolean;
  /** Include: the beatmaps. */
  readonly beatmaps?: readonly Beatmap[];
  /** Include: the mapper. */
  readonly user?: UserCompact;
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
  /** The mapper's user id. */
  readonly user_id?: number;
  /** Include: the MD5 checksum of the .osu file. */
  readonly checksum?: string | null;
  /** Include: the beatmapset. */
  readonly beatmapset?: BeatmapsetCompact | null;
  /** Include: max combo. */
  readonly max_combo?: number;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
}

/** The full form of a beatmap. */
export interface Beatmap extends BeatmapCompact {
  /** The MD5 checksum of the .osu file. */
  readonly checksum: string | null;
  /** Last update. */
  readonly last_updated: Timestamp;
  /** Overall difficulty. */
  readonly accuracy?: number;
  /** Approach rate. */
  readonly ar?: number;
  /** Circle size. */
  readonly cs?: number;
  /** HP drain. */
  readonly drain?: number;
  /** Beats per minute. */
  readonly bpm?: number | null;
  /** Whether it is a convert. */
  readonly convert?: boolean;
  /** Circles. */
  readonly count_circles?: number;
  /** Sliders. */
  readonly count_sliders?: number;
  /** Spinners. */
  readonly count_spinners?: number;
  /** Drain length in seconds. */
  readonly hit_length?: number;
  /** The ruleset id. */
  readonly mode_int?: RulesetId;
  /** Passes. */
  readonly passcount?: number;
  /** Plays. */
  readonly playcount?: number;
  /** The ranked status as a number (-2 to 4). */
  readonly ranked?: number;
  /** The beatmap page. */
  readonly url?: string;
}

/** The full form of a beatmapset. */
export interface Beatmapset extends BeatmapsetCompact {
  /** The beatmaps of the set. */
  readonly beatmaps?: readonly Beatmap[];
  /** Converts to other rulesets. */
  readonly converts?: readonly Beatmap[];
  /** Beats per minute. */
  readonly bpm?: number;
  /** Whether it can be hyped. */
  readonly can_be_hyped?: boolean;
  /** Whether downloads are disabled. */
  readonly availability?: {
    readonly download_disabled: boolean;
    readonly more_information: string | null;
  };
  /** When it was ranked. */
  readonly ranked_date?: Timestamp | null;
  /** When it was submitted. */
  readonly submitted_date?: Timestamp | null;
  /** Last update. */
  readonly last_updated?: Timestamp;
  /** Space-separated tags. */
  readonly tags?: string;
  /** Include: rating histogram (index 0–10). */
  readonly ratings?: readonly number[];
}

/** Difficulty attributes (`POST beatmaps/{beatmap}/attributes`). */
export interface BeatmapDifficultyAttributes {
  /** Star rating. */
  readonly star_rating: number;
  /** Max combo. */
  readonly max_combo: number;
  /** Ruleset-specific attributes (aim, speed, approach rate, ...). */
  readonly [key: string]: number;
}

/** A beatmap pack (BeatmapPackTransformer). */
export interface BeatmapPack {
  /** The pack's tag, e.g. `"S1"`; it is the id in URLs. */
  readonly tag: string;
  /** The name. */
  readonly name: string;
  /** The author. */
  readonly author: string;
  /** When it was made. */
  readonly date: Timestamp;
  /** Whether difficulty-reduction mods are refused for completion. */
  readonly no_diff_reduction: boolean;
  /** The ruleset id, if the pack is for one. */
  readonly ruleset_id: RulesetId | null;
  /** The download URL. */
  readonly url: string;
  /** Include: the beatmapsets. */
  readonly beatmapsets?: readonly BeatmapsetCompact[];
  /** Include: which sets the user completed. */
  readonly user_completion_data?: {
    readonly beatmapset_ids: readonly number[];
    readonly completed: boolean;
  };
}

/** A page of `GET beatmaps/packs`. */
export interface BeatmapPacks {
  /** The packs. */
  readonly beatmap_packs: readonly BeatmapPack[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}

/** A beatmap tag (TagTransformer). */
export interface Tag {
  /** The id. */
  readonly id: number;
  /** The name, e.g. `"style/clean"`. */
  readonly name: string;
  /** The ruleset id it applies to, or `null` for all. */
  readonly ruleset_id: RulesetId | null;
  /** The description. */
  readonly description: string;
}
