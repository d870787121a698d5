/**
 * The lists of a user's scores and beatmaps (UsersController::scores, ::beatmapsets), whose
 * item shape depends on the list's type: {@linkcode UserScoresFor} and
 * {@linkcode UserBeatmapsFor} pick it from the `type` argument.
 *
 * @module
 */
import type { BeatmapPlaycount, BeatmapsetWithBeatmaps } from "./beatmaps.ts";
import type { ProfileScore, WithIncludes } from "./scores.ts";

/** Which of a user's scores to list. */
export type UserScoreType = "best" | "firsts" | "recent" | "pinned";

/** Which of a user's beatmapsets to list. */
export type UserBeatmapType =
  | "favourite"
  | "graveyard"
  | "guest"
  | "loved"
  | "most_played"
  | "nominated"
  | "pending"
  | "ranked";

/**
 * What `GET users/{user}/scores/{type}` returns for the type `T` and score format `S`: scores
 * with `beatmap`, `beatmapset` and `user`; best scores also with `weight`.
 *
 * @typeParam T the list type
 * @typeParam S the score format (`ScoreFor<V>` of the client's API version)
 */
export type UserScoresFor<T extends UserScoreType, S> = T extends "best"
  ? WithIncludes<S, "beatmap" | "beatmapset" | "user" | "weight">[]
  : ProfileScore<S>[];

/**
 * What `GET users/{user}/beatmapsets/{type}` returns for the type `T`: play counts
 * (`{ beatmap_id, count, beatmap, beatmapset }`) for `most_played`, full beatmapsets with their
 * beatmaps for the others.
 *
 * @typeParam T the list type
 */
export type UserBeatmapsFor<T extends UserBeatmapType> = T extends "most_played"
  ? BeatmapPlaycount[]
  : BeatmapsetWithBeatmaps[];
