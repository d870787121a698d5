/**
 * Response models, by domain (types only).
 *
 * @module
 */
export type * from "./common.ts";
export type * from "./users.ts";
export type * from "./beatmaps.ts";
export type * from "./beatmapsets.ts";
export type * from "./scores.ts";
export type * from "./comments.ts";
export type * from "./forum.ts";
export type * from "./chat.ts";
export type * from "./multiplayer.ts";
export type * from "./matches.ts";
export type * from "./rankings.ts";
export type * from "./news.ts";
export type * from "./wiki.ts";
export type * from "./changelog.ts";
export type * from "./events.ts";
export type * from "./misc.ts";
export type * from "./user_lists.ts";
