/**
 * The values osu-web accepts where it takes one of a fixed set (rulesets, score and beatmapset
 * lists, ranking types), checked before anything is sent: a typo such as `getUser(2, "std")`
 * would otherwise reach osu! and come back as a 404 that reads like a missing user.
 *
 * Facts from osu-web's source: `Beatmap::MODES` (rulesets), `UsersController::scores` and
 * `::beatmapsets` (their `$mapping`), `RankingController::index` (types, with `performance` and
 * `score` read as the global ranking's sort).
 *
 * @module
 */
import { InvalidArgumentError } from "./errors.ts";
import type { Ruleset } from "./models/common.ts";

/** osu-web's rulesets (`Beatmap::MODES`). */
export const RULESETS = ["osu", "taiko", "fruits", "mania"] as const satisfies readonly Ruleset[];

/** `users/{user}/scores/{type}`. */
export const USER_SCORE_TYPES = ["best", "firsts", "pinned", "recent"] as const;

/** `users/{user}/beatmapsets/{type}` (osu-web also takes the deprecated `ranked_and_approved` and `unranked`). */
export const USER_BEATMAP_TYPES = [
  "favourite",
  "graveyard",
  "guest",
  "loved",
  "most_played",
  "nominated",
  "pending",
  "ranked",
  "ranked_and_approved",
  "unranked",
] as const;

/** `rankings/{mode}/{type}`. */
export const RANKING_TYPES = [
  "performance",
  "score",
  "country",
  "charts",
  "team",
  "global",
] as const;

/** The fixed-set values of path templates, by endpoint name and template name. */
export const PATH_ENUMS: {
  readonly [endpoint: string]: { readonly [name: string]: readonly string[] };
} = {
  getUser: { mode: RULESETS },
  getOwnData: { mode: RULESETS },
  getRanking: { mode: RULESETS, type: RANKING_TYPES },
  getUserScores: { type: USER_SCORE_TYPES },
  getUserBeatmaps: { type: USER_BEATMAP_TYPES },
  getScoreById: { ruleset: RULESETS },
  getReplayData: { ruleset: RULESETS },
  getTeam: { ruleset: RULESETS },
};

/** Names players use for a ruleset, and osu-web's. */
const RULESET_ALIASES: { readonly [alias: string]: string } = {
  std: "osu",
  standard: "osu",
  "osu!": "osu",
  ctb: "fruits",
  catch: "fruits",
  "osu!catch": "fruits",
  "osu!taiko": "taiko",
  "osu!mania": "mania",
};

/**
 * Throws unless `value` is one of `allowed` (or absent, when `optional`).
 *
 * @param method the method's name, for the message
 * @param name the argument's name
 * @param value the value given
 * @param allowed the values osu-web accepts
 * @param optional whether leaving it out is fine @default {false}
 * @returns the value
 * @throws {InvalidArgumentError} naming the accepted values, and the ruleset meant by an alias
 */
export function checkEnum<T extends string>(
  method: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
  optional = false,
): T | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  const alias = typeof value === "string" ? RULESET_ALIASES[value.toLowerCase()] : undefined;
  const meant = alias !== undefined && (allowed as readonly string[]).includes(alias)
    ? ` (osu-web calls that ruleset "${alias}")`
    : "";
  throw new InvalidArgumentError(
    `${method}: ${name} must be one of ${allowed.map((v) => `"${v}"`).join(", ")}, got ${
      JSON.stringify(value) ?? String(value)
    }${meant}`,
  );
}
