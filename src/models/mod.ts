/**
 * Response models, by domain (types only).
 *
 * @module
 */
export type * from "./common.ts";
export type * from "./users.ts";
export type * from "./beatmaps.ts";
export type * from "./scores.ts";
export type * from "./rankings.ts";
