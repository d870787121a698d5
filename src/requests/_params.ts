/**
 * Small conversions shared by the request functions: ruleset names to ids, mods to acronyms.
 *
 * @module
 */
import type { ModInput, Ruleset, RulesetId } from "../models/common.ts";

/** Ruleset ids by name, as osu-web numbers them. */
export const RULESET_IDS: Readonly<Record<Ruleset, RulesetId>> = {
  osu: 0,
  taiko: 1,
  fruits: 2,
  mania: 3,
};

/**
 * The id of a ruleset, or `undefined`.
 *
 * @param ruleset a ruleset name
 * @returns its id
 */
export function rulesetId(ruleset: Ruleset | undefined): RulesetId | undefined {
  return ruleset === undefined ? undefined : RULESET_IDS[ruleset];
}

/**
 * Mod acronyms for a query (`mods[]=HD`), or `undefined`.
 *
 * @param mods acronyms or lazer mod objects
 * @returns the acronyms
 */
export function modAcronyms(mods: readonly ModInput[] | undefined): string[] | undefined {
  return mods?.map((mod) => typeof mod === "string" ? mod : mod.acronym);
}

/**
 * The JSON body of a score-token request (`beatmap_hash`, `ruleset_id`, `version_hash`).
 *
 * @param options the token options
 * @returns the body
 */
export function tokenBody(
  options: { beatmapHash?: string; ruleset?: Ruleset; versionHash?: string },
): Record<string, unknown> {
  return {
    beatmap_hash: options.beatmapHash,
    ruleset_id: rulesetId(options.ruleset),
    version_hash: options.versionHash,
  };
}
