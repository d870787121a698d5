/**
 * Beatmap and beatmapset models, with osu-web's field names (BeatmapCompactTransformer,
 * BeatmapTransformer, BeatmapsetCompactTransformer, BeatmapsetTransformer) and the includes the
 * routes turn on (BeatmapsController, BeatmapsetsController). Packs, tags and difficulty
 * attributes are in `beatmap_extras.ts`.
 *
 * @module
 */
import type { Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";
import type { BeatmapsetDiscussion, BeatmapsetEvent } from "./beatmapsets.ts";
import type { Tag } from "./beatmap_extras.ts";

export type * from "./beatmap_extras.ts";

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

/** A mapper of a difficulty (`owners` include; `[deleted user]` for hidden users). */
export interface BeatmapOwner {
  /** The user id. */
  readonly id: number;
  /** The username. */
  readonly username: string;
}

/** Where players failed or quit, in 100 slices of the map (`failtimes` include). */
export interface BeatmapFailtimes {
  /** Quits per slice. */
  readonly exit: readonly number[];
  /** Fails per slice. */
  readonly fail: readonly number[];
}

/** The short form of a beatmap (BeatmapCompactTransformer); optional fields are includes. */
export interface BeatmapCompact {
  /** The beatmapset id. */
  readonly beatmapset_id: number;
  /** Star rating. */
  readonly difficulty_rating: number;
  /** The beatmap id. */
  readonly id: number;
  /** Whether only lazer can play it. */
  readonly lazer_only: boolean;
  /** The ruleset. */
  readonly mode: Ruleset;
  /** The ranked status. */
  readonly status: RankStatus;
  /** Length in seconds. */
  readonly total_length: number;
  /** The mapper's user id. */
  readonly user_id: number;
  /** The difficulty name. */
  readonly version: string;
  /** Include: the beatmapset (`null` when deleted). */
  readonly beatmapset?: BeatmapsetCompact | null;
  /** Include: the MD5 checksum of the .osu file. */
  readonly checksum?: string | null;
  /** Include: the token owner's plays. */
  readonly current_user_playcount?: number;
  /** Include: the tags the token owner voted for. */
  readonly current_user_tag_ids?: readonly number[];
  /** Include: fails and quits. */
  readonly failtimes?: BeatmapFailtimes;
  /** Include: max combo. */
  readonly max_combo?: number;
  /** Include: the mappers. */
  readonly owners?: readonly BeatmapOwner[];
  /** Include: the most voted tags. */
  readonly top_tag_ids?: readonly { readonly tag_id: number; readonly count: number }[];
  /** Include: the mapper. */
  readonly user?: UserCompact;
}

/** The full form of a beatmap (BeatmapTransformer; osu-web's docs call it BeatmapExtended). */
export interface Beatmap extends BeatmapCompact {
  /** Overall difficulty. */
  readonly accuracy: number;
  /** Approach rate. */
  readonly ar: number;
  /** Beats per minute. */
  readonly bpm: number | null;
  /** Whether it is a convert. */
  readonly convert: boolean;
  /** Circles. */
  readonly count_circles: number;
  /** Sliders. */
  readonly count_sliders: number;
  /** Spinners. */
  readonly count_spinners: number;
  /** Circle size. */
  readonly cs: number;
  /** When it was deleted, if it was. */
  readonly deleted_at: Timestamp | null;
  /** HP drain. */
  readonly drain: number;
  /** Drain length in seconds. */
  readonly hit_length: number;
  /** Whether scores on it count. */
  readonly is_scoreable: boolean;
  /** Last update. */
  readonly last_updated: Timestamp;
  /** The ruleset id. */
  readonly mode_int: RulesetId;
  /** Passes. */
  readonly passcount: number;
  /** Plays. */
  readonly playcount: number;
  /** The ranked status as a number (-2 graveyard to 4 loved). */
  readonly ranked: -2 | -1 | 0 | 1 | 2 | 3 | 4;
  /** The beatmap page. */
  readonly url: string;
  /** Default include: the MD5 checksum of the .osu file. */
  readonly checksum: string | null;
  /** Include: the beatmapset (the full form; `null` when deleted). */
  readonly beatmapset?: Beatmapset | null;
}

/**
 * A beatmap as `GET beatmaps/{beatmap}`, `GET beatmaps` and `GET beatmaps/lookup` return it:
 * with the beatmapset (and its `ratings`), `current_user_playcount`, `failtimes`, `max_combo`
 * and `owners` (BeatmapsController::DEFAULT_API_INCLUDES).
 */
export interface BeatmapDetails extends Beatmap {
  /** The beatmapset with `ratings` (`null` when deleted). */
  readonly beatmapset: (Beatmapset & { readonly ratings: readonly number[] }) | null;
  /** The token owner's plays (0 without a user). */
  readonly current_user_playcount: number;
  /** Fails and quits. */
  readonly failtimes: BeatmapFailtimes;
  /** Max combo. */
  readonly max_combo: number;
  /** The mappers. */
  readonly owners: readonly BeatmapOwner[];
}

/** A genre or language of a beatmapset (GenreTransformer, LanguageTransformer). */
export interface BeatmapsetCategory {
  /** The id (`null` for "unspecified"). */
  readonly id: number | null;
  /** The name, e.g. `"Video Game"`, `"Japanese"`. */
  readonly name: string;
}

/** A nomination (BeatmapsetNominationTransformer). */
export interface BeatmapsetNomination {
  /** The beatmapset. */
  readonly beatmapset_id: number;
  /** The rulesets nominated for. */
  readonly rulesets: readonly Ruleset[] | null;
  /** Whether it was reset. */
  readonly reset: boolean;
  /** The nominator. */
  readonly user_id: number;
}

/** Nominations needed: `main_ruleset` for the main ruleset, `non_main_ruleset` for others. */
export interface RequiredNominations {
  /** For the main ruleset. */
  readonly main_ruleset: number;
  /** For each other ruleset. */
  readonly non_main_ruleset: number;
}

/** The short form of a beatmapset (BeatmapsetCompactTransformer); optional fields are includes. */
export interface BeatmapsetCompact {
  /** Whether an anime cover is used. */
  readonly anime_cover: boolean;
  /** The artist. */
  readonly artist: string;
  /** The artist in its own script. */
  readonly artist_unicode: string;
  /** Cover images. */
  readonly covers: BeatmapsetCovers;
  /** The mapper's name. */
  readonly creator: string;
  /** Favourites. */
  readonly favourite_count: number;
  /** The genre id. */
  readonly genre_id: number;
  /** Hype, while it can be hyped. */
  readonly hype: { readonly current: number; readonly required: number } | null;
  /** The beatmapset id. */
  readonly id: number;
  /** The language id. */
  readonly language_id: number;
  /** Whether it is explicit. */
  readonly nsfw: boolean;
  /** The audio offset in milliseconds. */
  readonly offset: number;
  /** Plays. */
  readonly play_count: number;
  /** The audio preview URL. */
  readonly preview_url: string;
  /** Source (anime, game, ...). */
  readonly source: string;
  /** Whether it is a spotlight. */
  readonly spotlight: boolean;
  /** The ranked status. */
  readonly status: RankStatus;
  /** The title. */
  readonly title: string;
  /** The title in its own script. */
  readonly title_unicode: string;
  /** The featured artist track, if any. */
  readonly track_id: number | null;
  /** The mapper's user id. */
  readonly user_id: number;
  /** Whether it has a video. */
  readonly video: boolean;

  /** Include: whether downloads are disabled, and why. */
  readonly availability?: {
    readonly download_disabled: boolean;
    readonly more_information: string | null;
  };
  /** Include: the beatmaps. */
  readonly beatmaps?: readonly BeatmapCompact[];
  /** Include: converts to other rulesets. */
  readonly converts?: readonly Beatmap[];
  /** Include: current nominations. */
  readonly current_nominations?: readonly BeatmapsetNomination[];
  /** Include: the description (HTML). */
  readonly description?: { readonly description: string; readonly bbcode?: string };
  /** Include: the discussions. */
  readonly discussions?: readonly BeatmapsetDiscussion[];
  /** Include: rulesets that may be the main one. */
  readonly eligible_main_rulesets?: readonly Ruleset[];
  /** Include: the events. */
  readonly events?: readonly BeatmapsetEvent[];
  /** Include: the genre. */
  readonly genre?: BeatmapsetCategory;
  /** Include (lazer tokens only): whether the token owner favourited it. */
  readonly has_favourited?: boolean;
  /** Include: the language. */
  readonly language?: BeatmapsetCategory;
  /** Include: the nomination state. */
  readonly nominations?: {
    readonly current: number;
    readonly legacy_mode: boolean;
    readonly required_meta: RequiredNominations;
    readonly nominated?: boolean;
    readonly ranking_eta?: Timestamp | null;
    readonly ranking_queue_position?: number | null;
    readonly disqualification?: BeatmapsetEvent;
    readonly nomination_reset?: BeatmapsetEvent;
  };
  /** Include: the beatmap packs it is in. */
  readonly pack_tags?: readonly string[];
  /** Include: the rating histogram (index 0–10). */
  readonly ratings?: readonly number[];
  /** Include: users who favourited it lately. */
  readonly recent_favourites?: readonly UserCompact[];
  /** Include: the tags of its beatmaps. */
  readonly related_tags?: readonly Tag[];
  /** Include: mappers, nominators and discussion authors. */
  readonly related_users?: readonly UserCompact[];
  /** Include: the mapper. */
  readonly user?: UserCompact;
  /** Include: the number of versions. */
  readonly version_count?: number;
}

/** The full form of a beatmapset (BeatmapsetTransformer; docs: BeatmapsetExtended). */
export interface Beatmapset extends BeatmapsetCompact {
  /** Beats per minute. */
  readonly bpm: number;
  /** Whether it can be hyped. */
  readonly can_be_hyped: boolean;
  /** When it was deleted, if it was. */
  readonly deleted_at: Timestamp | null;
  /**
   * Always `true`.
   *
   * @deprecated osu-web keeps it for old readers.
   */
  readonly discussion_enabled: boolean;
  /** Whether its discussion is locked. */
  readonly discussion_locked: boolean;
  /** Whether scores on it count. */
  readonly is_scoreable: boolean;
  /** Last update. */
  readonly last_updated: Timestamp;
  /** The old forum thread, if any. */
  readonly legacy_thread_url: string | null;
  /** Nominations, for cards. */
  readonly nominations_summary: {
    readonly current: number;
    readonly eligible_main_rulesets: readonly Ruleset[] | null;
    readonly required_meta: RequiredNominations;
  };
  /** The ranked status as a number (-2 graveyard to 4 loved). */
  readonly ranked: -2 | -1 | 0 | 1 | 2 | 3 | 4;
  /** When it was ranked. */
  readonly ranked_date: Timestamp | null;
  /** The average rating. */
  readonly rating: number;
  /** Whether it has a storyboard. */
  readonly storyboard: boolean;
  /** When it was submitted. */
  readonly submitted_date: Timestamp | null;
  /** Space-separated tags. */
  readonly tags: string;
  /** Default include: whether downloads are disabled, and why. */
  readonly availability: {
    readonly download_disabled: boolean;
    readonly more_information: string | null;
  };
  /** Include: the beatmaps (the full form). */
  readonly beatmaps?: readonly Beatmap[];
}

/** A beatmapset with its beatmaps, as search results and users' lists carry it. */
export interface BeatmapsetWithBeatmaps extends Beatmapset {
  /** The beatmaps. */
  readonly beatmaps: readonly Beatmap[];
}

/**
 * `GET beatmapsets/{beatmapset}` and `GET beatmapsets/lookup`: the full beatmapset with its
 * beatmaps (with `failtimes`, `max_combo`, `owners`, `top_tag_ids`, ...), converts, and the
 * page's includes (BeatmapsetsController::showJson).
 */
export interface BeatmapsetDetails extends Beatmapset {
  /** The beatmaps with their includes. */
  readonly beatmaps: readonly (Beatmap & {
    readonly failtimes: BeatmapFailtimes;
    readonly max_combo: number;
    readonly owners: readonly BeatmapOwner[];
    readonly top_tag_ids: readonly { readonly tag_id: number; readonly count: number }[];
    readonly current_user_playcount: number;
    readonly current_user_tag_ids: readonly number[];
  })[];
  /** Converts, with their includes. */
  readonly converts: readonly (Beatmap & {
    readonly failtimes: BeatmapFailtimes;
    readonly owners: readonly BeatmapOwner[];
    readonly top_tag_ids: readonly { readonly tag_id: number; readonly count: number }[];
  })[];
  /** Current nominations. */
  readonly current_nominations: readonly BeatmapsetNomination[];
  /** The description. */
  readonly description: { readonly description: string; readonly bbcode?: string };
  /** The genre. */
  readonly genre: BeatmapsetCategory;
  /** The language. */
  readonly language: BeatmapsetCategory;
  /** Packs it is in. */
  readonly pack_tags: readonly string[];
  /** The rating histogram (index 0–10). */
  readonly ratings: readonly number[];
  /** Users who favourited it lately. */
  readonly recent_favourites: readonly UserCompact[];
  /** The tags of its beatmaps. */
  readonly related_tags: readonly Tag[];
  /** Mappers and nominators. */
  readonly related_users: readonly UserCompact[];
  /** The mapper. */
  readonly user: UserCompact;
  /** The number of versions. */
  readonly version_count: number;
}

/** A beatmap a user played, with the play count (BeatmapPlaycountTransformer; `most_played`). */
export interface BeatmapPlaycount {
  /** The beatmap id. */
  readonly beatmap_id: number;
  /** Plays. */
  readonly count: number;
  /** The beatmap (compact). */
  readonly beatmap: BeatmapCompact;
  /** Its beatmapset (compact). */
  readonly beatmapset: BeatmapsetCompact;
}
