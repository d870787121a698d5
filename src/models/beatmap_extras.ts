/**
 * Beatmap packs, tags and difficulty attributes (BeatmapPackTransformer, TagTransformer,
 * `BeatmapDifficultyAttributes`; osu-web's `beatmap_difficulty_attributes` docs).
 *
 * @module
 */
import type { LegacyCursor, Ruleset, RulesetId, Timestamp } from "./common.ts";
import type { Beatmapset } from "./beatmaps.ts";

/** Attributes every ruleset has. */
export interface DifficultyAttributesBase {
  /** Star rating. */
  readonly star_rating: number;
  /** Max combo. */
  readonly max_combo: number;
}

/** osu! difficulty attributes. */
export interface OsuDifficultyAttributes extends DifficultyAttributesBase {
  /** Aim difficulty. */
  readonly aim_difficulty: number;
  /** Sliders that are hard to aim. */
  readonly aim_difficult_slider_count: number;
  /** Speed difficulty. */
  readonly speed_difficulty: number;
  /** Notes that count for speed. */
  readonly speed_note_count: number;
  /** How much sliders lower the aim difficulty (1 when they do not). */
  readonly slider_factor: number;
  /** Hard aim strains. */
  readonly aim_difficult_strain_count: number;
  /** Hard speed strains. */
  readonly speed_difficult_strain_count: number;
}

/** osu!taiko difficulty attributes. */
export interface TaikoDifficultyAttributes extends DifficultyAttributesBase {
  /** How much mono-colour stamina dominates. */
  readonly mono_stamina_factor: number;
}

/** Difficulty attributes by ruleset (osu!catch and osu!mania have only the common two). */
export interface DifficultyAttributesByRuleset {
  /** osu!. */
  osu: OsuDifficultyAttributes;
  /** osu!taiko. */
  taiko: TaikoDifficultyAttributes;
  /** osu!catch. */
  fruits: DifficultyAttributesBase;
  /** osu!mania. */
  mania: DifficultyAttributesBase;
}

/** Difficulty attributes of any ruleset. */
export type BeatmapDifficultyAttributes = DifficultyAttributesByRuleset[Ruleset];

/**
 * `POST beatmaps/{beatmap}/attributes` for the ruleset `R` (the beatmap's own when not given:
 * then any ruleset's).
 *
 * @typeParam R the ruleset asked for
 */
export interface BeatmapAttributes<R extends Ruleset = Ruleset> {
  /** The attributes. */
  readonly attributes: DifficultyAttributesByRuleset[R];
}

/** A beatmap pack (BeatmapPackTransformer). */
export interface BeatmapPack {
  /** The author. */
  readonly author: string;
  /** When it was made. */
  readonly date: Timestamp;
  /** The name. */
  readonly name: string;
  /** Whether difficulty-reduction mods are refused for completion. */
  readonly no_diff_reduction: boolean;
  /** The ruleset id, if the pack is for one. */
  readonly ruleset_id: RulesetId | null;
  /** The pack's tag, e.g. `"S1"`; it is the id in URLs. */
  readonly tag: string;
  /** The download URL. */
  readonly url: string;
  /** Include: the beatmapsets. */
  readonly beatmapsets?: readonly Beatmapset[];
  /** Include: which sets the user completed. */
  readonly user_completion_data?: {
    readonly beatmapset_ids: readonly number[];
    readonly completed: boolean;
  };
}

/** `GET beatmaps/packs/{pack}`: the pack with its beatmapsets and the user's completion. */
export interface BeatmapPackDetails extends BeatmapPack {
  /** The beatmapsets. */
  readonly beatmapsets: readonly Beatmapset[];
  /** Which sets the token owner completed (all `false` without a user). */
  readonly user_completion_data: {
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
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
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
