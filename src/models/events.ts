/**
 * Site event models (EventTransformer): the feed of ranks, achievements, beatmap updates.
 *
 * @module
 */
import type { Timestamp } from "./common.ts";

/** An event (rank, achievement, beatmapset upload, ...). */
export interface Event {
  /** The id. */
  readonly id: number;
  /** The kind, e.g. `"rank"`, `"achievement"`, `"beatmapsetApprove"`. */
  readonly type: string;
  /** When. */
  readonly created_at: Timestamp;
  /** The kind's details (`user`, `beatmap`, `rank`, `achievement`, ...). */
  readonly [key: string]: unknown;
}

/** A page of `GET events`. */
export interface Events {
  /** The events. */
  readonly events: readonly Event[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
}
