/**
 * Every route handler, by endpoint name.
 *
 * @module
 */
import type { RouteTable } from "./_context.ts";
import { BEATMAP_ROUTES } from "./beatmaps.ts";
import { BEATMAPSET_ROUTES } from "./beatmapsets.ts";
import { ME_ROUTES } from "./me.ts";
import { RANKING_ROUTES } from "./rankings.ts";
import { SCORE_ROUTES } from "./scores.ts";
import { USER_ROUTES } from "./users.ts";

/** All handlers. */
export const ROUTES: RouteTable = {
  ...USER_ROUTES,
  ...BEATMAP_ROUTES,
  ...BEATMAPSET_ROUTES,
  ...SCORE_ROUTES,
  ...RANKING_ROUTES,
  ...ME_ROUTES,
};
