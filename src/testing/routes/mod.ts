/**
 * Every route handler, by endpoint name.
 *
 * @module
 */
import type { RouteTable } from "./_context.ts";
import { ACCOUNT_ROUTES } from "./account.ts";
import { BEATMAP_ROUTES } from "./beatmaps.ts";
import { BEATMAPSET_ROUTES } from "./beatmapsets.ts";
import { CHAT_ROUTES } from "./chat.ts";
import { COMMENT_ROUTES } from "./comments.ts";
import { COMMUNITY_ROUTES } from "./community.ts";
import { FORUM_ROUTES } from "./forum.ts";
import { MATCH_ROUTES } from "./matches.ts";
import { ME_ROUTES } from "./me.ts";
import { MULTIPLAYER_ROUTES } from "./multiplayer.ts";
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
  ...COMMENT_ROUTES,
  ...COMMUNITY_ROUTES,
  ...CHAT_ROUTES,
  ...FORUM_ROUTES,
  ...MULTIPLAYER_ROUTES,
  ...MATCH_ROUTES,
  ...ACCOUNT_ROUTES,
};
