/**
 * Site event models (EventTransformer over osu-web's `Event::parse()`): the feed of ranks,
 * achievements and beatmapset changes. Each `type` carries its own fields, so {@linkcode Event}
 * is a union that narrows on `type`.
 *
 * @module
 */
import type { LegacyCursor, Ruleset, Timestamp } from "./common.ts";

/** A user as events show it. */
export interface EventUser {
  /** The username (the new one, for `usernameChange`). */
  readonly username: string;
  /** The profile path, e.g. `/users/2`. */
  readonly url: string;
}

/** A beatmap as events show it. */
export interface EventBeatmap {
  /** `artist - title [version]`. */
  readonly title: string;
  /** The beatmap path. */
  readonly url: string;
}

/** A beatmapset as events show it. */
export interface EventBeatmapset {
  /** `artist - title`. */
  readonly title: string;
  /** The beatmapset path. */
  readonly url: string;
}

/** An achievement (medal; AchievementTransformer). */
export interface Achievement {
  /** Players who have it. */
  readonly achieved_count: number;
  /** The fraction of players who have it (0–1), when known. */
  readonly achieved_percent: number | null;
  /** The icon. */
  readonly icon_url: string;
  /** The id. */
  readonly id: number;
  /** The name. */
  readonly name: string;
  /** The group, e.g. `"Skill"`. */
  readonly grouping: string;
  /** Order within the group. */
  readonly ordering: number;
  /** The slug. */
  readonly slug: string;
  /** The description (HTML). */
  readonly description: string;
  /** The ruleset, or `null` for all. */
  readonly mode: Ruleset | null;
  /** How to get it (HTML), if shown. */
  readonly instructions: string | null;
}

/** The fields every event has. */
export interface EventBase {
  /** The id. */
  readonly id: number;
  /** When. */
  readonly created_at: Timestamp;
  /**
   * The same as `created_at`.
   *
   * @deprecated Read `created_at`.
   */
  readonly createdAt: Timestamp;
}

/** The fields of each event type, by `type`. */
export interface EventFields {
  /** A user unlocked a medal. */
  achievement: { readonly achievement: Achievement; readonly user: EventUser };
  /** A beatmap was played a number of times. */
  beatmapPlaycount: { readonly beatmap: EventBeatmap; readonly count: number };
  /** A beatmapset changed state (`ranked`, `approved`, `qualified`, `loved`). */
  beatmapsetApprove: {
    readonly approval: "ranked" | "approved" | "qualified" | "loved";
    readonly beatmapset: EventBeatmapset;
    readonly user: EventUser;
  };
  /** A beatmapset was deleted. */
  beatmapsetDelete: { readonly beatmapset: EventBeatmapset };
  /** A graveyarded beatmapset was updated. */
  beatmapsetRevive: { readonly beatmapset: EventBeatmapset; readonly user: EventUser };
  /** A beatmapset was updated. */
  beatmapsetUpdate: { readonly beatmapset: EventBeatmapset; readonly user: EventUser };
  /** A beatmapset was uploaded. */
  beatmapsetUpload: { readonly beatmapset: EventBeatmapset; readonly user: EventUser };
  /** A user reached a leaderboard position (`scoreRank` is the grade, e.g. `"S"`). */
  rank: {
    readonly scoreRank: string;
    readonly rank: number;
    readonly mode: Ruleset;
    readonly beatmap: EventBeatmap;
    readonly user: EventUser;
  };
  /** A user lost first place. */
  rankLost: { readonly mode: Ruleset; readonly beatmap: EventBeatmap; readonly user: EventUser };
  /** A user changed their name. */
  usernameChange: { readonly user: EventUser & { readonly previousUsername: string } };
  /** A user supported osu! again. */
  userSupportAgain: { readonly user: EventUser };
  /** A user supported osu! for the first time. */
  userSupportFirst: { readonly user: EventUser };
  /** A user was gifted supporter. */
  userSupportGift: { readonly user: EventUser };
}

/** An event type name. */
export type EventType = keyof EventFields;

/**
 * The event of one type: the common fields, `type`, and that type's fields.
 *
 * @typeParam T the event type
 */
export type EventOfType<T extends EventType> = EventBase & { readonly type: T } & EventFields[T];

/** Any event; `switch (event.type)` narrows it. */
export type Event = { [T in EventType]: EventOfType<T> }[EventType];

/** A page of `GET events`. */
export interface Events {
  /** The events. */
  readonly events: readonly Event[];
  /** The next page's cursor; `null` at the end. */
  readonly cursor_string: string | null;
  /** The legacy cursor (the same position), `null` at the end. */
  readonly cursor: LegacyCursor | null;
}
