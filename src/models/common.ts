/**
 * Types shared by every domain.
 *
 * @module
 */

/** A game mode (ruleset) name. */
export type Ruleset = "osu" | "taiko" | "fruits" | "mania";

/** An ISO 8601 timestamp as osu-web sends it. */
export type Timestamp = string;
