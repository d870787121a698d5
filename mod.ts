/**
 * osu-ts: a dependency-free client for the osu! API v2, for Deno, Deno Deploy, Cloudflare
 * Workers, Node and Bun. A port of osu.py's design: a `Client` whose methods are named after the
 * osu! API docs, endpoint descriptors, an HTTP handler, a rate limiter, and auth handlers for client
 * credentials, the authorization code (with refresh and PKCE) and the lazer password grant.
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
// The client.
export { Client, type ClientCredentialsOptions, type OsuCredentialsOptions } from "./src/client.ts";
export {
  type CallInput,
  type CallOptions,
  type ClientOptions,
  DEFAULT_API_VERSION,
} from "./src/client_options.ts";
export { type GetUserOptions, type LookupUsersOptions } from "./src/requests/users.ts";
export { type GetUsersOptions } from "./src/requests/users.ts";
export { type BeatmapsPassedOptions } from "./src/requests/user_lists.ts";
export { type GetUserScoresOptions, type OffsetOptions } from "./src/requests/user_lists.ts";

export { type BeatmapAttributesOptions, type BeatmapLookup } from "./src/requests/beatmaps.ts";
export { type BeatmapPackOptions } from "./src/requests/beatmaps.ts";
export { type BeatmapPacksOptions, type BeatmapPackType } from "./src/requests/beatmaps.ts";
export { type BeatmapsetSearchOptions } from "./src/requests/beatmapsets.ts";
export { type BeatmapsetSearchSort } from "./src/requests/beatmapsets.ts";
export { type BeatmapsetSearchStatus } from "./src/requests/beatmapsets.ts";
export { type DownloadBeatmapsetOptions } from "./src/requests/beatmapsets.ts";
export type { GetRankingOptions, KudosuRankingOptions } from "./src/requests/rankings.ts";
export { type BeatmapsetEventsOptions } from "./src/requests/discussions.ts";
export { type DiscussionListOptions } from "./src/requests/discussions.ts";
export { type DiscussionPostsOptions } from "./src/requests/discussions.ts";
export { type DiscussionsOptions, type DiscussionSort } from "./src/requests/discussions.ts";
export { type DiscussionVotesOptions } from "./src/requests/discussions.ts";
export { type BeatmapScoresOptions, type LeaderboardType } from "./src/requests/scores.ts";
export { type UserBeatmapScoreOptions } from "./src/requests/scores.ts";
export { type UserBeatmapScoresOptions } from "./src/requests/scores.ts";
export { type GetAllScoresOptions } from "./src/requests/scores.ts";
export { type ScoreSubmission, type ScoreTokenOptions } from "./src/requests/score_actions.ts";
export { type GetCommentsOptions, type NewComment } from "./src/requests/comments.ts";
export { type ForumTopicsOptions, type NewForumPoll } from "./src/requests/forum.ts";
export { type TopicPostsOptions } from "./src/requests/forum.ts";
export { type CreateTopicOptions } from "./src/requests/forum.ts";
export { type ChannelMessagesOptions, type NewChannel } from "./src/requests/chat.ts";
export { type ChatKeepaliveOptions, type ChatUpdatesOptions } from "./src/requests/chat.ts";
export { type ChatMessageOptions, type NewPmOptions } from "./src/requests/chat.ts";
export { type GetRoomsOptions, type NewRoom } from "./src/requests/multiplayer.ts";
export { type JoinRoomOptions, type RoomEventsOptions } from "./src/requests/multiplayer.ts";
export { type PlaylistScoresOptions } from "./src/requests/playlists.ts";
export { type GetMatchesOptions, type MatchOptions } from "./src/requests/matches.ts";
export { type NewsListingOptions, type NewsPostOptions } from "./src/requests/news.ts";
export { type ChangelogListingOptions } from "./src/requests/changelog.ts";
export { type ChangelogLookupOptions } from "./src/requests/changelog.ts";
export { type ChangelogMessageFormat } from "./src/requests/changelog.ts";
export { type EventsOptions } from "./src/requests/events.ts";
export { type NotificationsToMark, type OwnOptions } from "./src/requests/me.ts";
export { type NotificationsOptions } from "./src/requests/me.ts";
export { type NewReport, type ReportableType, type SearchOptions } from "./src/requests/misc.ts";
export { type PageItems, type PaginatedMethod } from "./src/requests/paging.ts";
export type { PagePosition, PaginateOptions } from "./src/paginate.ts";

// Endpoint descriptors (osu.py's `Path`) and the table of all of them.
export type {
  BodyKind,
  Endpoint,
  EndpointGrant,
  EndpointScope,
  HttpMethod,
  PaginationKind,
  PathParams,
  QueryParams,
  QueryValue,
  ResponseKind,
} from "./src/endpoint_descriptor.ts";
export { type EndpointName, endpoints, type EndpointTable } from "./src/endpoints.ts";

// The request pipeline (osu.py's `HTTPHandler`), its clock, retries and hooks.
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_WAIT,
  DEFAULT_TIMEOUT,
  type FetchFunction,
  HttpHandler,
  type HttpHandlerOptions,
  type PreparedRequest,
} from "./src/http.ts";
export { type Clock, systemClock, timeoutBySleep } from "./src/clock.ts";
export { DEFAULT_RETRY, type RetryOptions } from "./src/retry.ts";
export { DEFAULT_MAX_RESPONSE_BYTES, type MaxResponseBytes } from "./src/response_limits.ts";
export type { Hooks, RateLimitInfo, RequestInfo, ResponseInfo, RetryInfo } from "./src/hooks.ts";

// Rate limiting.
export {
  type AcquireOptions,
  DEFAULT_MAX_PAUSE_MS,
  type RateLimiter,
  type RateLimitObservation,
} from "./src/ratelimit.ts";
export { MemoryRateLimiter, type MemoryRateLimiterOptions } from "./src/memory_rate_limiter.ts";

// Auth: scopes, token storage, PKCE and state, the grants.
export { Scope, SCOPE_NAMES, type ScopeName } from "./src/auth/scope.ts";
export type { GrantType } from "./src/auth/grant_rules.ts";
export {
  type Lease,
  MemoryTokenStore,
  type TokenRecord,
  type TokenStore,
} from "./src/auth/token_store.ts";
export { createPkce, pkceChallenge, type PkcePair, randomState } from "./src/auth/pkce.ts";
export { BaseAuthHandler, type BaseAuthOptions } from "./src/auth/base_auth_handler.ts";
export { AuthHandler, type AuthHandlerOptions, type AuthUrl } from "./src/auth/auth_handler.ts";
export {
  LAZER_CLIENT_ID,
  LazerAuthHandler,
  type LazerAuthHandlerOptions,
} from "./src/auth/lazer_auth_handler.ts";

// Errors.
export {
  AuthError,
  ForbiddenError,
  GrantError,
  InvalidArgumentError,
  InvalidScopeError,
  MalformedResponseError,
  MissingScopeError,
  NetworkError,
  NotFoundError,
  OsuApiError,
  type OsuApiErrorInit,
  OsuError,
  PaginationError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
} from "./src/errors.ts";

// Realtime: osu!'s notification websocket.
export { NotificationWebsocket } from "./src/realtime/notification_websocket.ts";
export {
  DEFAULT_NOTIFICATION_ENDPOINT,
  type NotificationClient,
  type NotificationWebsocketOptions,
  type NotificationWebsocketState,
  type ReconnectOptions,
} from "./src/realtime/notification_websocket_options.ts";
export type {
  ChatMessageNewData,
  CloseData,
  DisconnectData,
  ErrorData,
  NotificationIdentity,
  NotificationReadData,
  NotificationWebsocketEvent,
  NotificationWebsocketEventMap,
  NotificationWebsocketEventName,
  NotificationWebsocketListener,
  NotificationWebsocketYieldedName,
  ReconnectData,
  UnknownEventData,
} from "./src/realtime/notification_events.ts";
export {
  defaultWebSocket,
  type WebSocketFactory,
  type WebSocketInit,
  type WebSocketLike,
  webSocketOverFetch,
  webSocketWithHeaders,
  webSocketWithTokenInUrl,
} from "./src/realtime/web_socket_factory.ts";
export { WebSocketError, type WebSocketFailure } from "./src/realtime/web_socket_error.ts";

// The response models (types only), from osu-web's transformers.
export type {
  BeatmapAttributes,
  BeatmapDifficultyAttributes,
  BeatmapPack,
  BeatmapPackDetails,
  BeatmapPacks,
  DifficultyAttributesBase,
  DifficultyAttributesByRuleset,
  OsuDifficultyAttributes,
  Tag,
  TaikoDifficultyAttributes,
} from "./src/models/beatmap_extras.ts";
export type {
  Beatmap,
  BeatmapCompact,
  BeatmapDetails,
  BeatmapFailtimes,
  BeatmapOwner,
  BeatmapPlaycount,
  Beatmapset,
  BeatmapsetCategory,
  BeatmapsetCompact,
  BeatmapsetCovers,
  BeatmapsetDetails,
  BeatmapsetNomination,
  BeatmapsetWithBeatmaps,
  RankStatus,
  RequiredNominations,
} from "./src/models/beatmaps.ts";
export type {
  BeatmapsetDiscussion,
  BeatmapsetDiscussionPost,
  BeatmapsetDiscussionPosts,
  BeatmapsetDiscussions,
  BeatmapsetDiscussionVote,
  BeatmapsetDiscussionVotes,
  BeatmapsetEvent,
  BeatmapsetEventComment,
  BeatmapsetEvents,
  BeatmapsetRating,
  BeatmapsetSearchParams,
  BeatmapsetSearchResult,
  DiscussionMessageType,
  ListedDiscussion,
  ReviewsConfig,
  UpdatedBeatmapsetRating,
} from "./src/models/beatmapsets.ts";
export type {
  Build,
  BuildDetails,
  ChangelogEntry,
  ChangelogListing,
  GithubUser,
  UpdateStream,
} from "./src/models/changelog.ts";
export type {
  ChannelType,
  ChatChannel,
  ChatChannelUserAttributes,
  ChatChannelWithUsers,
  ChatKeepalive,
  ChatMessage,
  ChatMessageWithSender,
  ChatUpdates,
  ConversationChatChannel,
  CreatedChatChannel,
  ListedChatChannel,
  NewPm,
  UserSilence,
} from "./src/models/chat.ts";
export type {
  Comment,
  CommentableMeta,
  CommentableType,
  CommentBundle,
  CommentSort,
  DeletedCommentableMeta,
} from "./src/models/comments.ts";
export type {
  ApiVersionBefore,
  DefaultApiVersion,
  DigitsBefore,
  DigitsBelow,
  JsonData,
  LegacyCursor,
  Mod,
  ModInput,
  ModSettings,
  Ruleset,
  RulesetId,
  Timestamp,
} from "./src/models/common.ts";
export type {
  Achievement,
  Event,
  EventBase,
  EventBeatmap,
  EventBeatmapset,
  EventFields,
  EventOfType,
  Events,
  EventType,
  EventUser,
} from "./src/models/events.ts";
export type {
  CreatedForumTopic,
  Forum,
  ForumAndTopics,
  ForumListing,
  ForumPoll,
  ForumPost,
  ForumTopic,
  ForumTopicAndPosts,
  ForumTopics,
} from "./src/models/forum.ts";
export type {
  Match,
  MatchDetails,
  Matches,
  MatchEvent,
  MatchEventDetail,
  MatchGame,
} from "./src/models/matches.ts";
export type {
  DownloadQuota,
  FavouriteBeatmapsets,
  FavouriteCount,
  Notification,
  Notifications,
  NotificationStack,
  NotificationType,
  SearchResult,
  SearchResults,
  SeasonalBackground,
  SeasonalBackgrounds,
  Tags,
  TeamDetails,
  TeamMember,
  UploadedScreenshot,
} from "./src/models/misc.ts";
export type {
  ListedRoom,
  MultiplayerScore,
  MultiplayerScores,
  MultiplayerScoresAround,
  MultiplayerUser,
  PlaylistItem,
  PlaylistScore,
  Room,
  RoomDetails,
  RoomEvent,
  RoomEvents,
  RoomHost,
  RoomLeaderboard,
  RoomType,
  UserScoreAggregate,
} from "./src/models/multiplayer.ts";
export type { NewsListing, NewsPost } from "./src/models/news.ts";
export type {
  ChartRankings,
  CountryStatistics,
  KudosuRanking,
  RankedUser,
  RankingFor,
  RankingPage,
  Rankings,
  RankingsByType,
  RankingType,
  Spotlight,
  Spotlights,
  TeamStatistics,
  UserRankingRow,
} from "./src/models/rankings.ts";
export type {
  BeatmapLeaderboardPosition,
  BeatmapScores,
  BeatmapUserScore,
  LeaderboardScore,
  LeaderboardUser,
  LegacyScore,
  LegacyScoreStatistics,
  MatchScore,
  MatchScoreFor,
  ProfileScore,
  Score,
  ScoreCurrentUserAttributes,
  ScoreDetails,
  ScoreFields,
  ScoreFor,
  ScoreIncludes,
  ScoreMatchInfo,
  ScoreRank,
  ScoresPage,
  ScoreStatisticName,
  ScoreStatistics,
  ScoreToken,
  UserBeatmapScores,
  WithIncludes,
} from "./src/models/scores.ts";
export type {
  UserBeatmapsFor,
  UserBeatmapType,
  UserScoresFor,
  UserScoreType,
} from "./src/models/user_lists.ts";
export type {
  Country,
  DailyChallengeUserStats,
  GradeCounts,
  MatchmakingPool,
  MatchmakingUserStats,
  ProfileBanner,
  RankHighest,
  RankHistory,
  Team,
  UserAccountHistory,
  UserAchievement,
  UserBadge,
  UserCover,
  UserGroup,
  UserMonthlyCount,
  UserSeasonStats,
  UserStatistics,
  UserStatisticsRulesets,
  UserStatisticsVariant,
} from "./src/models/user_parts.ts";
export type {
  BatchUser,
  BeatmapsPassed,
  CardUser,
  CreatedUserRelation,
  FriendsFor,
  KudosuHistory,
  ListedUser,
  OwnUser,
  ProfilePage,
  ProfileStatistics,
  RulesetRef,
  User,
  UserCompact,
  UserEvent,
  UserExtended,
  UserPreferences,
  UserRelation,
} from "./src/models/users.ts";
export type { WikiPage } from "./src/models/wiki.ts";
