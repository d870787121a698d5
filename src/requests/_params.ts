/**
 * Small checks and conversions shared by the request functions: texts that must not be empty,
 * ruleset names to ids, mods to acronyms.
 *
 * @module
 */
import type { ModInput, Ruleset, RulesetId } from "../models/common.ts";
import { checkEnum, RULESETS } from "../_enums.ts";
import { InvalidArgumentError } from "../errors.ts";

/**
 * Throws unless `value` is a string with more than whitespace in it.
 *
 * @param value the value
 * @param problem the error's message when it is not
 * @returns the value, as given
 * @throws {InvalidArgumentError} with `problem` when it is not a string or only whitespace
 */
export function checkNonEmpty(value: unknown, problem: string): string {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new InvalidArgumentError(problem);
}

/** Ruleset ids by name, as osu-web numbers them. */
const RULESET_IDS: Readonly<Record<Ruleset, RulesetId>> = {
  osu: 0,
  taiko: 1,
  fruits: 2,
  mania: 3,
};

/**
 * The id of a ruleset, or `undefined` when none is given.
 *
 * @param ruleset a ruleset name
 * @param method the method's name, for the error
 * @param name the option's name, for the error
 * @returns its id
 * @throws {InvalidArgumentError} when it is not one of osu-web's rulesets
 */
export function rulesetId(
  ruleset: Ruleset | undefined,
  method: string,
  name = "ruleset",
): RulesetId | undefined {
  const checked = checkEnum(method, name, ruleset, RULESETS, true);
  return checked === undefined ? undefined : RULESET_IDS[checked];
}

/**
 * A ruleset name from the options, checked, or `undefined` when none is given.
 *
 * @param ruleset the value given
 * @param method the method's name, for the error
 * @param name the option's name, for the error
 * @returns the name
 * @throws {InvalidArgumentError} when it is not one of osu-web's rulesets
 */
export function rulesetName(
  ruleset: Ruleset | undefined,
  method: string,
  name = "ruleset",
): Ruleset | undefined {
  return checkEnum(method, name, ruleset, RULESETS, true);
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
    ruleset_id: rulesetId(options.ruleset, "the score token request"),
    version_hash: options.versionHash,
  };
}
