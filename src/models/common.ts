/**
 * Types shared by every domain.
 *
 * @module
 */

/** A game mode (ruleset) name. */
export type Ruleset = "osu" | "taiko" | "fruits" | "mania";

/** A ruleset id: 0 osu!, 1 osu!taiko, 2 osu!catch, 3 osu!mania. */
export type RulesetId = 0 | 1 | 2 | 3;

/** An ISO 8601 timestamp as osu-web sends it. */
export type Timestamp = string;

/** A legacy cursor: osu-web's `cursor` object, sent back as `cursor[key]=value`. */
export type LegacyCursor = { readonly [key: string]: string | number | null };

/**
 * A mod's settings, by setting name (e.g. `{ speed_change: 1.3 }` for DT). Which settings exist
 * depends on the mod and on the lazer version, so the names are open.
 */
export type ModSettings = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Free-form JSON that osu-web stores and passes through as it is (e.g. a notification's
 * `details`, whose keys depend on the notification's `name`).
 */
export type JsonData =
  | string
  | number
  | boolean
  | null
  | readonly JsonData[]
  | { readonly [key: string]: JsonData };

/** A mod as lazer sends it: an acronym and its settings. */
export interface Mod {
  /** The acronym, e.g. `"HD"`. */
  readonly acronym: string;
  /**
   * The mod's settings, when any were changed; converted stable scores (match scores) send an
   * empty list.
   */
  readonly settings?: ModSettings | readonly never[];
}

/** A mod given to a method: an acronym (`"HD"`) or a lazer mod object. */
export type ModInput = string | Mod;

/** The `x-api-version` header the client sends by default (see `DEFAULT_API_VERSION`). */
export type DefaultApiVersion = "20241022";

/** For each decimal digit, the digits below it (used by {@linkcode ApiVersionBefore}). */
export type DigitsBelow = {
  "0": never;
  "1": "0";
  "2": "0" | "1";
  "3": "0" | "1" | "2";
  "4": "0" | "1" | "2" | "3";
  "5": "0" | "1" | "2" | "3" | "4";
  "6": "0" | "1" | "2" | "3" | "4" | "5";
  "7": "0" | "1" | "2" | "3" | "4" | "5" | "6";
  "8": "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7";
  "9": "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8";
};

/**
 * `true` when the digit string `A` sorts before `B` of the same length, digit by digit.
 *
 * @typeParam A a digit string
 * @typeParam B a digit string
 */
export type DigitsBefore<A extends string, B extends string> = A extends `${infer a}${infer restA}`
  ? B extends `${infer b}${infer restB}` ? a extends b ? DigitsBefore<restA, restB>
    : a extends DigitsBelow[b & keyof DigitsBelow] ? true
    : false
  : false
  : B extends "" ? false
  : true;

/**
 * `true` when the `x-api-version` `V` (`YYYYMMDD`, or `"0"` for none) is older than `Since`;
 * `boolean` when `V` is just `string`. Used to pick the response shape of a version.
 *
 * @typeParam V the version the client sends
 * @typeParam Since the version that changed the shape
 */
export type ApiVersionBefore<V extends string, Since extends string> = string extends V ? boolean
  : V extends "0" ? true
  : DigitsBefore<V, Since>;
