/**
 * osu-ts: a dependency-free client for the osu! API v2, for Deno, Deno Deploy and Cloudflare
 * Workers. A port of osu.py's design: a `Client` whose methods are named after the osu! API docs,
 * endpoint descriptors, an HTTP handler, a rate limiter, and auth handlers for client credentials,
 * the authorization code (with refresh) and the lazer password grant.
 *
 * @example
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
 * assertEquals((await client.getUser("@peppy")).id, 2);
 * ```
 *
 * @module
 */
export * from "./src/client.ts";
export * from "./src/client/core.ts";
export * from "./src/client/options.ts";
export { type GetUserOptions, type LookupUsersOptions } from "./src/requests/users.ts";
export { USERS_PER_REQUEST } from "./src/requests/users.ts";
export { BEATMAPSETS_PASSED_PER_REQUEST } from "./src/requests/user_lists.ts";
export { type BeatmapsPassedOptions } from "./src/requests/user_lists.ts";
export { type GetUserScoresOptions, type OffsetOptions } from "./src/requests/user_lists.ts";
export { type UserBeatmapType, type UserScoreType } from "./src/requests/user_lists.ts";
export { type BeatmapAttributesOptions, type BeatmapLookup } from "./src/requests/beatmaps.ts";
export { type BeatmapPacksOptions, type BeatmapPackType } from "./src/requests/beatmaps.ts";
export { BEATMAPS_PER_REQUEST } from "./src/requests/beatmaps.ts";
export { type BeatmapsetSearchOptions } from "./src/requests/beatmapsets.ts";
export { type BeatmapsetSearchSort } from "./src/requests/beatmapsets.ts";
export { type BeatmapsetSearchStatus } from "./src/requests/beatmapsets.ts";
export { type GetRankingOptions, type RankingType } from "./src/requests/rankings.ts";
export { type BeatmapsetEventsOptions } from "./src/requests/discussions.ts";
export { type DiscussionListOptions } from "./src/requests/discussions.ts";
export { type DiscussionPostsOptions } from "./src/requests/discussions.ts";
export { type DiscussionsOptions, type DiscussionSort } from "./src/requests/discussions.ts";
export { type DiscussionVotesOptions } from "./src/requests/discussions.ts";
export { type BeatmapScoresOptions, type LeaderboardType } from "./src/requests/scores.ts";
export { type UserBeatmapScoreOptions } from "./src/requests/scores.ts";
export { type ScoreSubmission, type ScoreTokenOptions } from "./src/requests/score_actions.ts";
export { type GetCommentsOptions, type NewComment } from "./src/requests/comments.ts";
export { type ForumTopicsOptions, type NewForumPoll } from "./src/requests/forum.ts";
export { type TopicPostsOptions } from "./src/requests/forum.ts";
export { type ChannelMessagesOptions, type NewChannel } from "./src/requests/chat.ts";
export { type GetRoomsOptions, type NewRoom } from "./src/requests/multiplayer.ts";
export { type PlaylistScoresOptions } from "./src/requests/playlists.ts";
export { type GetMatchesOptions } from "./src/requests/matches.ts";
export { type NewsListingOptions } from "./src/requests/news.ts";
export { type ChangelogListingOptions } from "./src/requests/changelog.ts";
export { type ChangelogMessageFormat } from "./src/requests/changelog.ts";
export { type NotificationsToMark, type OwnOptions } from "./src/requests/me.ts";
export { type NewReport, type ReportableType } from "./src/requests/misc.ts";
export { type PageItems, type PaginatedMethod } from "./src/requests/paging.ts";
export * from "./src/paginate.ts";
export * from "./src/endpoint.ts";
export * from "./src/endpoints.ts";
export * from "./src/errors.ts";
export * from "./src/clock.ts";
export * from "./src/http.ts";
export * from "./src/hooks.ts";
export * from "./src/retry.ts";
export * from "./src/ratelimit.ts";
export * from "./src/auth/scope.ts";
export * from "./src/auth/grant_rules.ts";
export * from "./src/auth/token_store.ts";
export * from "./src/auth/pkce.ts";
export * from "./src/auth/base_auth_handler.ts";
export * from "./src/auth/auth_handler.ts";
export * from "./src/auth/lazer_auth_handler.ts";
export type * from "./src/models/mod.ts";
