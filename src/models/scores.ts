/**
 * Score models, with osu-web's field names.
 *
 * @module
 */
import type { Timestamp } from "./common.ts";
import type { UserCompact } from "./users.ts";

/** A score in the current (lazer) format, sent for `x-api-version` 20220705 and later. */
export interface Score {
  /** The score id. */
  readonly id: number;
  /** Always `"solo_score"`. */
  readonly type: string;
  /** The player's user id. */
  readonly user_id: number;
  /** The beatmap id. */
  readonly beatmap_id: number;
  /** The ruleset id (0–3). */
  readonly ruleset_id: number;
  /** Total score (standardised). */
  readonly total_score: number;
  /** Accuracy, 0–1. */
  readonly accuracy: number;
  /** Performance points, if any. */
  readonly pp: number | null;
  /** When the play ended. */
  readonly ended_at: Timestamp;
  /** The player, when included. */
  readonly user?: UserCompact;
  /** Other fields and includes. */
  readonly [key: string]: unknown;
}
