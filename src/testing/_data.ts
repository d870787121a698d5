/**
 * Builds a fresh fixture data set for one emulator.
 *
 * @module
 */
import type { EmulatorData, JsonObject } from "./types.ts";
import { buildBeatmapsets } from "./fixtures/beatmaps.ts";
import { buildCollections } from "./fixtures/collections.ts";
import { buildScores } from "./fixtures/scores.ts";
import { buildUsers, PLAYER_ID } from "./fixtures/users.ts";

/**
 * Makes the data set: users, beatmapsets, scores and the other collections.
 *
 * @returns new, independent data
 */
export function buildData(): EmulatorData {
  const users = buildUsers();
  const beatmapsets = buildBeatmapsets();
  const scored = beatmapsets.slice(0, 3).flatMap((set) => set.beatmaps as JsonObject[]);
  const players = [
    PLAYER_ID,
    124493,
    2,
    ...users.filter((u) => (u.id as number) >= 5_000_000).slice(0, 60).map((u) => u.id as number),
  ];
  const scores = buildScores(scored, players);
  const data: EmulatorData = { users, beatmapsets, scores, collections: {} };
  Object.assign(data.collections, buildCollections(data));
  return data;
}
