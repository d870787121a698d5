/**
 * `Client`: every osu! API v2 endpoint as a typed method named after the osu! API docs title
 * (the camelCase of osu.py's names), plus `paginate` and the ways to make a client.
 *
 * This file is an index: each method is its doc comment and one line that calls the request
 * function of its domain (`requests/<domain>.ts`), where the logic lives (checks, batching, body
 * shapes). It is long because the API is; it is exempt from the ~300-line file guideline.
 * Adding an endpoint is a row in `endpoints.ts`, a function in `requests/`, and a method here
 * (the check at the end of this file fails to compile while a row has no method).
 *
 * @module
 */
import type { UserBeatmapsFor, UserScoresFor } from "./models/user_lists.ts";
import { AuthHandler, type AuthHandlerOptions } from "./auth/auth_handler.ts";
import { LazerAuthHandler } from "./auth/lazer_auth_handler.ts";
import type { BaseAuthHandler } from "./auth/base_auth_handler.ts";
import { clientPipeline } from "./_client_pipeline.ts";
import type { HttpHandler } from "./http.ts";
import type { CallInput } from "./requests/_context.ts";
import type { CallOptions, ClientOptions } from "./client_options.ts";
import type { Endpoint } from "./endpoint_descriptor.ts";
import type { endpoints } from "./endpoints.ts";
import type { DefaultApiVersion } from "./models/common.ts";
import type { PaginateOptions } from "./paginate.ts";
import type { RateLimiter } from "./ratelimit.ts";
import { type PageItems, type PaginatedMethod, paginateMethod } from "./requests/paging.ts";
import type {
  BeatmapAttributes,
  BeatmapDetails,
  BeatmapPackDetails,
  BeatmapPacks,
  BeatmapsetDetails,
} from "./models/beatmaps.ts";
import type {
  BeatmapsetDiscussionPosts,
  BeatmapsetDiscussions,
  BeatmapsetDiscussionVotes,
  BeatmapsetEvents,
  BeatmapsetRating,
  BeatmapsetSearchResult,
  UpdatedBeatmapsetRating,
} from "./models/beatmapsets.ts";
import type { BuildDetails, ChangelogListing } from "./models/changelog.ts";
import type {
  ChatChannel,
  ChatChannelWithUsers,
  ChatKeepalive,
  ChatMessageWithSender,
  ChatUpdates,
  CreatedChatChannel,
  ListedChatChannel,
  NewPm,
} from "./models/chat.ts";
import type { CommentBundle } from "./models/comments.ts";
import type { Ruleset } from "./models/common.ts";
import type { Events } from "./models/events.ts";
import type {
  CreatedForumTopic,
  ForumAndTopics,
  ForumListing,
  ForumPost,
  ForumTopic,
  ForumTopicAndPosts,
  ForumTopics,
} from "./models/forum.ts";
import type { MatchDetails, Matches } from "./models/matches.ts";
import type {
  DownloadQuota,
  FavouriteBeatmapsets,
  FavouriteCount,
  Notifications,
  SearchResult,
  SeasonalBackgrounds,
  Tags,
  TeamDetails,
  UploadedScreenshot,
} from "./models/misc.ts";
import type {
  ListedRoom,
  MultiplayerScores,
  PlaylistScore,
  RoomDetails,
  RoomEvents,
  RoomLeaderboard,
} from "./models/multiplayer.ts";
import type { NewsListing, NewsPost } from "./models/news.ts";
import type { KudosuRanking, RankingFor, Spotlights } from "./models/rankings.ts";
import type {
  BeatmapScores,
  BeatmapUserScore,
  MatchScoreFor,
  Score,
  ScoreDetails,
  ScoreFor,
  ScoresPage,
  ScoreToken,
  UserBeatmapScores,
} from "./models/scores.ts";
import type {
  BatchUser,
  BeatmapsPassed,
  CardUser,
  CreatedUserRelation,
  FriendsFor,
  KudosuHistory,
  OwnUser,
  User,
  UserEvent,
  UserRelation,
} from "./models/users.ts";
import type { WikiPage } from "./models/wiki.ts";
import type {
  BeatmapAttributesOptions,
  BeatmapLookup,
  BeatmapPackOptions,
  BeatmapPacksOptions,
} from "./requests/beatmaps.ts";
import type { BeatmapsetSearchOptions, DownloadBeatmapsetOptions } from "./requests/beatmapsets.ts";
import type { ChangelogListingOptions, ChangelogLookupOptions } from "./requests/changelog.ts";
import type { EventsOptions } from "./requests/events.ts";
import type {
  ChannelMessagesOptions,
  ChatKeepaliveOptions,
  ChatMessageOptions,
  ChatUpdatesOptions,
  NewChannel,
  NewPmOptions,
} from "./requests/chat.ts";
import type { GetCommentsOptions, NewComment } from "./requests/comments.ts";
import type {
  BeatmapsetEventsOptions,
  DiscussionPostsOptions,
  DiscussionsOptions,
  DiscussionVotesOptions,
} from "./requests/discussions.ts";
import type {
  CreateTopicOptions,
  ForumTopicsOptions,
  TopicPostsOptions,
} from "./requests/forum.ts";
import type { GetMatchesOptions, MatchOptions } from "./requests/matches.ts";
import type { NotificationsOptions, NotificationsToMark, OwnOptions } from "./requests/me.ts";
import type { NewReport, SearchOptions } from "./requests/misc.ts";
import type {
  GetRoomsOptions,
  JoinRoomOptions,
  NewRoom,
  RoomEventsOptions,
} from "./requests/multiplayer.ts";
import type { NewsListingOptions, NewsPostOptions } from "./requests/news.ts";
import type { PlaylistScoresOptions } from "./requests/playlists.ts";
import type { GetRankingOptions, KudosuRankingOptions, RankingType } from "./requests/rankings.ts";
import type { ScoreSubmission, ScoreTokenOptions } from "./requests/score_actions.ts";
import type {
  BeatmapScoresOptions,
  GetAllScoresOptions,
  UserBeatmapScoreOptions,
  UserBeatmapScoresOptions,
} from "./requests/scores.ts";
import type {
  BeatmapsPassedOptions,
  GetUserScoresOptions,
  OffsetOptions,
  UserBeatmapType,
  UserScoreType,
} from "./requests/user_lists.ts";
import type { GetUserOptions, GetUsersOptions, LookupUsersOptions } from "./requests/users.ts";
import * as userRequests from "./requests/users.ts";
import * as userListRequests from "./requests/user_lists.ts";
import * as beatmapRequests from "./requests/beatmaps.ts";
import * as beatmapsetRequests from "./requests/beatmapsets.ts";
import * as discussionRequests from "./requests/discussions.ts";
import * as scoreRequests from "./requests/scores.ts";
import * as scoreActionRequests from "./requests/score_actions.ts";
import * as commentRequests from "./requests/comments.ts";
import * as forumRequests from "./requests/forum.ts";
import * as chatRequests from "./requests/chat.ts";
import * as multiplayerRequests from "./requests/multiplayer.ts";
import * as playlistRequests from "./requests/playlists.ts";
import * as matchRequests from "./requests/matches.ts";
import * as rankingRequests from "./requests/rankings.ts";
import * as newsRequests from "./requests/news.ts";
import * as wikiRequests from "./requests/wiki.ts";
import * as changelogRequests from "./requests/changelog.ts";
import * as eventRequests from "./requests/events.ts";
import * as meRequests from "./requests/me.ts";
import * as miscRequests from "./requests/misc.ts";
import * as sessionRequests from "./requests/session.ts";

/** Options of {@linkcode Client.fromClientCredentials}: the auth handler's and the client's. */
export interface ClientCredentialsOptions extends
  ClientOptions,
  Pick<
    AuthHandlerOptions,
    | "clientId"
    | "clientSecret"
    | "redirectUri"
    | "scope"
    | "code"
    | "codeVerifier"
    | "tokenKey"
    | "refreshMargin"
    | "leaseTtl"
  > {}

/** Options of {@linkcode Client.fromOsuCredentials}. */
export interface OsuCredentialsOptions
  extends ClientOptions, Pick<AuthHandlerOptions, "tokenKey" | "refreshMargin" | "leaseTtl"> {
  /** The osu! username. */
  readonly username: string;
  /** The osu! password (never logged or put in an error). */
  readonly password: string;
  /**
   * Must be `true`: osu! does not allow third parties to use the lazer client's credentials, and
   * accounts have been restricted for it.
   */
  readonly acknowledgeRisk: true;
}

/**
 * The osu! API v2 client. All methods are async and typed; each checks the scope it needs
 * before any request is sent.
 *
 * @example Client credentials, as in osu.py's getting-started page
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator(); // leave out `fetch` to talk to the real osu!
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
 * const user = await client.getUser("@peppy");
 * assertEquals(user.username, "peppy");
 * ```
 *
 * @typeParam V the `x-api-version` (`YYYYMMDD`); it selects the score format in the types
 * (`Score` from 20220705, `LegacyScore` before). The factories infer it from `apiVersion`.
 */
export class Client<V extends string = DefaultApiVersion> {
  /**
   * What every method goes through: the request pipeline and the auth handler. The one place
   * the pipeline is made.
   */
  readonly #context: HttpHandler;

  /**
   * Creates the instance.
   *
   * @param auth an auth handler (`AuthHandler`, `LazerAuthHandler`); without one, only the
   * endpoints that need no token work
   * @param options fetch, base URL, API version, rate limits, timeout, signal and clock
   */
  constructor(auth?: BaseAuthHandler, options: ClientOptions = {}) {
    this.#context = clientPipeline(auth, options);
  }

  /** The auth handler, if any. */
  get auth(): BaseAuthHandler | undefined {
    return this.#context.auth;
  }

  /** The rate limiter every request waits on (the one given in the options, or the client's own). */
  get rateLimiter(): RateLimiter {
    return this.#context.rateLimiter!; // clientPipeline always sets one
  }

  /** The `x-api-version` sent (`YYYYMMDD`). */
  get apiVersion(): string {
    return this.#context.apiVersion!; // clientPipeline always sets one
  }

  /** The osu! host, without a trailing slash. */
  get baseUrl(): string {
    return this.#context.baseUrl;
  }

  /**
   * Calls an endpoint descriptor directly, through the same pipeline as the methods: for a row of
   * `endpoints` with arguments the typed method does not offer.
   *
   * @param endpoint the descriptor (from `endpoints`)
   * @param input path values, query, body, cost, signal and timeout
   * @returns the decoded response
   * @throws {GrantError} before sending, when the endpoint needs a kind of token this client lacks
   * @throws {MissingScopeError} before sending, when the client lacks the endpoint's scope
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  request<T>(endpoint: Endpoint, input?: CallInput): Promise<T> {
    return this.#context.request<T>(endpoint, input);
  }

  /**
   * A client for an OAuth application, authenticating lazily on first use: client credentials,
   * or the authorization-code grant when `code` is given.
   *
   * @param options client id and secret, redirect URI, scope, code, and client options
   * @returns the client
   * @throws {InvalidArgumentError} when the id or secret is missing
   */
  static fromClientCredentials<const V extends string = DefaultApiVersion>(
    options: ClientCredentialsOptions & { readonly apiVersion?: V },
  ): Client<V> {
    const auth = new AuthHandler({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      redirectUri: options.redirectUri,
      scope: options.scope,
      code: options.code,
      codeVerifier: options.codeVerifier,
      tokenStore: options.tokenStore,
      tokenKey: options.tokenKey,
      refreshMargin: options.refreshMargin,
      leaseTtl: options.leaseTtl,
    });
    return new Client<V>(auth, options);
  }

  /**
   * A client that logs in with an osu! username and password through the password grant, as the
   * official lazer client does: the only way to the lazer-only endpoints.
   *
   * **Risk:** osu! does not allow third parties to use the lazer client's credentials, and users
   * report accounts restricted for it. Use it for your own account only, knowingly
   * (`acknowledgeRisk: true`).
   *
   * @param options username, password, `acknowledgeRisk: true`, and client options
   * @returns the client
   * @throws {InvalidArgumentError} without `acknowledgeRisk: true`
   */
  static fromOsuCredentials<const V extends string = DefaultApiVersion>(
    options: OsuCredentialsOptions & { readonly apiVersion?: V },
  ): Client<V> {
    const auth = new LazerAuthHandler({
      username: options.username,
      password: options.password,
      acknowledgeRisk: options.acknowledgeRisk,
      tokenStore: options.tokenStore,
      tokenKey: options.tokenKey,
      refreshMargin: options.refreshMargin,
      leaseTtl: options.leaseTtl,
    });
    return new Client<V>(auth, options);
  }

  // Users

  /**
   * Get User: one user's profile.
   *
   * @param user an id, or `"@username"`
   * @param mode the ruleset of the statistics; the user's default when omitted
   * @param options `key`, `signal`, `timeout`
   * @returns the user
   * @throws {NotFoundError} when there is no such user
   * @throws {InvalidArgumentError} when `user` is not an id or name
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * assertEquals((await client.getUser("@peppy")).id, 2);
   * assertEquals((await client.getUser(2, "taiko")).username, "peppy");
   * ```
   */
  getUser(
    user: number | string,
    mode?: Ruleset,
    options: GetUserOptions = {},
  ): Promise<User> {
    return userRequests.getUser(this.#context, user, mode, options);
  }

  /**
   * Get Users: any number of users by id (sent 50 per request, each id costing one unit of the
   * rate limit, as osu-web charges), returned in the order of `ids`; ids osu! does not know are
   * left out.
   *
   * @param ids user ids
   * @param options `includeVariantStatistics` (costs three units per id), `signal`, `timeout`
   * @returns the users, in the order of `ids`
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const users = await client.getUsers([osu.player.id, 2]);
   * assertEquals(users.map((u) => u.id), [osu.player.id, 2]);
   * ```
   */
  getUsers(
    ids: readonly number[],
    options: GetUsersOptions = {},
  ): Promise<BatchUser[]> {
    return userRequests.getUsers(this.#context, ids, options);
  }

  /**
   * Lookup Users: users by id or name (`"@name"` or a plain name), 50 per request, in the order
   * asked; unknown ones are left out.
   *
   * @param users ids and names
   * @param options `ruleset`, `excludeBots`, `signal`, `timeout`
   * @returns the users, in the order of `users`
   * @throws {InvalidArgumentError} when an entry is not an id or name
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  lookupUsers(
    users: readonly (number | string)[],
    options: LookupUsersOptions = {},
  ): Promise<CardUser[]> {
    return userRequests.lookupUsers(this.#context, users, options);
  }

  /**
   * Get Own Data: the user the token belongs to (needs `identify`).
   *
   * @param mode the ruleset of the statistics
   * @param options `signal`, `timeout`
   * @returns the user
   * @throws {MissingScopeError} before sending, without `identify`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getOwnData(
    mode?: Ruleset,
    options: CallOptions = {},
  ): Promise<OwnUser> {
    return userRequests.getOwnData(this.#context, mode, options);
  }

  // A user's lists

  /**
   * Get User Scores: a user's best, first-place, recent or pinned scores (format per API
   * version, see `ScoreFor`).
   *
   * @param user the user id
   * @param type `best`, `firsts`, `recent` or `pinned`
   * @param options `mode`, `limit`, `offset`, `includeFails`, `legacyOnly`, `signal`, `timeout`
   * @returns the scores
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const scores = await client.getUserScores(2, "best", { mode: "osu", limit: 5 });
   * assert(scores.every((s) => s.user_id === 2));
   * ```
   */
  getUserScores<T extends UserScoreType>(
    user: number,
    type: T,
    options: GetUserScoresOptions = {},
  ): Promise<UserScoresFor<T, ScoreFor<V>>> {
    return userListRequests.getUserScores<V, T>(this.#context, user, type, options);
  }

  /**
   * Get User Kudosu: a user's kudosu history.
   *
   * @param user the user id
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the kudosu changes, newest first
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUserKudosu(
    user: number,
    options: OffsetOptions = {},
  ): Promise<KudosuHistory[]> {
    return userListRequests.getUserKudosu(this.#context, user, options);
  }

  /**
   * Get User Beatmaps: a user's favourite, ranked, loved, ... beatmapsets, or most played
   * beatmaps (`most_played` returns play counts with the beatmap).
   *
   * @param user the user id
   * @param type which list
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the beatmapsets (or, for `most_played`, play counts)
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUserBeatmaps<T extends UserBeatmapType>(
    user: number,
    type: T,
    options: OffsetOptions = {},
  ): Promise<UserBeatmapsFor<T>> {
    return userListRequests.getUserBeatmaps(this.#context, user, type, options);
  }

  /**
   * Get User Recent Activity: a user's recent events (ranks, achievements, uploads).
   *
   * @param user the user id
   * @param options `limit`, `offset`, `signal`, `timeout`
   * @returns the events, newest first
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUserRecentActivity(
    user: number,
    options: OffsetOptions = {},
  ): Promise<UserEvent[]> {
    return userListRequests.getUserRecentActivity(this.#context, user, options);
  }

  /**
   * Search Beatmaps Passed: which beatmaps of the given sets a user has passed. The sets are
   * sent 50 per request, each set costing one unit of the rate limit (osu-web's cost).
   *
   * @param user the user id
   * @param options `beatmapsetIds`, filters, `signal`, `timeout`
   * @returns the passed beatmaps (none without beatmapset ids, without a request)
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  searchBeatmapsPassed(
    user: number,
    options: BeatmapsPassedOptions,
  ): Promise<BeatmapsPassed> {
    return userListRequests.searchBeatmapsPassed(this.#context, user, options);
  }

  // Beatmaps

  /**
   * Get Beatmap: one beatmap (difficulty), with its beatmapset.
   *
   * @param beatmap the beatmap id
   * @param options `signal`, `timeout`
   * @returns the beatmap
   * @throws {NotFoundError} when there is no such beatmap
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assertEquals } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const [first] = await client.getBeatmaps([75]);
   * assertEquals((await client.getBeatmap(75)).id, first.id);
   * ```
   */
  getBeatmap(
    beatmap: number,
    options: CallOptions = {},
  ): Promise<BeatmapDetails> {
    return beatmapRequests.getBeatmap(this.#context, beatmap, options);
  }

  /**
   * Get Beatmaps: any number of beatmaps by id (sent 50 per request as `ids[]=`), in the order of
   * `ids`; ids osu! does not know are left out.
   *
   * @param ids beatmap ids
   * @param options `signal`, `timeout`
   * @returns the beatmaps, in the order of `ids`
   * @throws {InvalidArgumentError} when an id is not a positive whole number
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmaps(
    ids: readonly number[],
    options: CallOptions = {},
  ): Promise<BeatmapDetails[]> {
    return beatmapRequests.getBeatmaps(this.#context, ids, options);
  }

  /**
   * Lookup Beatmap: find a beatmap by checksum, file name or id.
   *
   * @param lookup at least one of `checksum`, `filename`, `id`
   * @param options `signal`, `timeout`
   * @returns the beatmap
   * @throws {InvalidArgumentError} when none is given
   * @throws {NotFoundError} when nothing matches
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  lookupBeatmap(
    lookup: BeatmapLookup,
    options: CallOptions = {},
  ): Promise<BeatmapDetails> {
    return beatmapRequests.lookupBeatmap(this.#context, lookup, options);
  }

  /**
   * Get Beatmap Attributes: difficulty attributes (star rating, max combo, ...) with mods.
   *
   * @param beatmap the beatmap id
   * @param options `mods`, `ruleset`, `signal`, `timeout`
   * @returns the attributes
   * @throws {NotFoundError} when there is no such beatmap
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapAttributes<R extends Ruleset = Ruleset>(
    beatmap: number,
    options: BeatmapAttributesOptions<R> = {},
  ): Promise<BeatmapAttributes<R>> {
    return beatmapRequests.getBeatmapAttributes(this.#context, beatmap, options);
  }

  /**
   * Get Beatmap Packs: one page of beatmap packs of a kind.
   *
   * @param options `type`, `cursorString`, `signal`, `timeout`
   * @returns the packs and the next page's cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapPacks(
    options: BeatmapPacksOptions = {},
  ): Promise<BeatmapPacks> {
    return beatmapRequests.getBeatmapPacks(this.#context, options);
  }

  /**
   * Get Beatmap Pack: one pack with its beatmapsets.
   *
   * @param pack the pack's tag, e.g. `"S1"`
   * @param options `legacyOnly` (completion counts stable scores only), `signal`, `timeout`
   * @returns the pack
   * @throws {InvalidArgumentError} when `pack` is empty
   * @throws {NotFoundError} when there is no such pack
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapPack(
    pack: string,
    options: BeatmapPackOptions = {},
  ): Promise<BeatmapPackDetails> {
    return beatmapRequests.getBeatmapPack(this.#context, pack, options);
  }

  /**
   * Get Tags: every beatmap tag users can vote for.
   *
   * @param options `signal`, `timeout`
   * @returns the tags
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getTags(
    options: CallOptions = {},
  ): Promise<Tags> {
    return beatmapRequests.getTags(this.#context, options);
  }

  /**
   * Add Beatmap Tag Vote: vote for a tag on a beatmap (lazer only).
   *
   * @param beatmap the beatmap id
   * @param tag the tag id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  addBeatmapTagVote(
    beatmap: number,
    tag: number,
    options: CallOptions = {},
  ): Promise<void> {
    return beatmapRequests.addBeatmapTagVote(this.#context, beatmap, tag, options);
  }

  /**
   * Remove Beatmap Tag Vote: take back a tag vote (lazer only).
   *
   * @param beatmap the beatmap id
   * @param tag the tag id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  removeBeatmapTagVote(
    beatmap: number,
    tag: number,
    options: CallOptions = {},
  ): Promise<void> {
    return beatmapRequests.removeBeatmapTagVote(this.#context, beatmap, tag, options);
  }

  // Beatmapsets

  /**
   * Search Beatmapset: the website's beatmap search, one page at a time (use `paginate` to
   * walk all pages).
   *
   * @param options the query and filters, `cursorString`, `signal`, `timeout`
   * @returns one page and the cursor of the next
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const page = await client.searchBeatmapsets({ mode: "osu" });
   * assert(page.beatmapsets.length > 0);
   * ```
   */
  searchBeatmapsets(
    options: BeatmapsetSearchOptions = {},
  ): Promise<BeatmapsetSearchResult> {
    return beatmapsetRequests.searchBeatmapsets(this.#context, options);
  }

  /**
   * Lookup Beatmapset: the beatmapset of a beatmap.
   *
   * @param beatmap a beatmap id of the set
   * @param options `signal`, `timeout`
   * @returns the beatmapset
   * @throws {NotFoundError} when there is no such beatmap
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  lookupBeatmapset(
    beatmap: number,
    options: CallOptions = {},
  ): Promise<BeatmapsetDetails> {
    return beatmapsetRequests.lookupBeatmapset(this.#context, beatmap, options);
  }

  /**
   * Get Beatmapset: one beatmapset with its beatmaps.
   *
   * @param beatmapset the beatmapset id
   * @param options `signal`, `timeout`
   * @returns the beatmapset
   * @throws {NotFoundError} when there is no such beatmapset
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapset(
    beatmapset: number,
    options: CallOptions = {},
  ): Promise<BeatmapsetDetails> {
    return beatmapsetRequests.getBeatmapset(this.#context, beatmapset, options);
  }

  /**
   * Download Beatmapset: the `.osz` archive (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param options `noVideo`, `signal`, `timeout`
   * @returns the archive's bytes
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  downloadBeatmapset(
    beatmapset: number,
    options: DownloadBeatmapsetOptions = {},
  ): Promise<Uint8Array> {
    return beatmapsetRequests.downloadBeatmapset(this.#context, beatmapset, options);
  }

  /**
   * Favourite Beatmapset: add a beatmapset to, or remove it from, the favourites (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param action `favourite` or `unfavourite`
   * @param options `signal`, `timeout`
   * @returns the new favourite count
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  favouriteBeatmapset(
    beatmapset: number,
    action: "favourite" | "unfavourite",
    options: CallOptions = {},
  ): Promise<FavouriteCount> {
    return beatmapsetRequests.favouriteBeatmapset(this.#context, beatmapset, action, options);
  }

  /**
   * Get Beatmapset Rating: the set's rating and the token owner's (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param options `signal`, `timeout`
   * @returns the ratings, and why the user may not rate, if so
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapsetRating(
    beatmapset: number,
    options: CallOptions = {},
  ): Promise<BeatmapsetRating> {
    return beatmapsetRequests.getBeatmapsetRating(this.#context, beatmapset, options);
  }

  /**
   * Rate Beatmapset: rate a beatmapset from 1 to 10 (lazer only).
   *
   * @param beatmapset the beatmapset id
   * @param rating 1–10
   * @param options `signal`, `timeout`
   * @returns the set's new rating
   * @throws {InvalidArgumentError} when `rating` is not 1–10
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  rateBeatmapset(
    beatmapset: number,
    rating: number,
    options: CallOptions = {},
  ): Promise<UpdatedBeatmapsetRating> {
    return beatmapsetRequests.rateBeatmapset(this.#context, beatmapset, rating, options);
  }

  // Beatmapset discussions and events

  /**
   * Get Beatmapset Discussions: modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: discussions, the beatmaps and users they refer to, the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapsetDiscussions(
    options: DiscussionsOptions = {},
  ): Promise<BeatmapsetDiscussions> {
    return discussionRequests.getBeatmapsetDiscussions(this.#context, options);
  }

  /**
   * Get Beatmapset Discussion Posts: posts in modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: posts, the users they refer to, the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapsetDiscussionPosts(
    options: DiscussionPostsOptions = {},
  ): Promise<BeatmapsetDiscussionPosts> {
    return discussionRequests.getBeatmapsetDiscussionPosts(this.#context, options);
  }

  /**
   * Get Beatmapset Discussion Votes: votes on modding discussions, one page at a time.
   *
   * @param options filters, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page: votes, discussions and users, the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapsetDiscussionVotes(
    options: DiscussionVotesOptions = {},
  ): Promise<BeatmapsetDiscussionVotes> {
    return discussionRequests.getBeatmapsetDiscussionVotes(this.#context, options);
  }

  /**
   * Get Beatmapset Events: nominations, qualifications, rankings and other beatmapset events.
   *
   * @param options filters, `limit`, `page`, `signal`, `timeout`
   * @returns one page of events and the users they refer to
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapsetEvents(
    options: BeatmapsetEventsOptions = {},
  ): Promise<BeatmapsetEvents> {
    return discussionRequests.getBeatmapsetEvents(this.#context, options);
  }

  // Scores

  /**
   * Get Beatmap scores: a beatmap's leaderboard.
   *
   * @param beatmap the beatmap id
   * @param options `mode`, `mods`, `type`, `legacyOnly`, `limit`, `signal`, `timeout`
   * @returns the scores (format per API version) and the token owner's, if any
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapScores(
    beatmap: number,
    options: BeatmapScoresOptions = {},
  ): Promise<BeatmapScores<ScoreFor<V>>> {
    return scoreRequests.getBeatmapScores<V>(this.#context, beatmap, options);
  }

  /**
   * Get Beatmap scores (non-legacy): a beatmap's leaderboard, always in the lazer format.
   *
   * @deprecated osu-web deprecates this route: use {@linkcode Client.getBeatmapScores}, which
   * answers in the lazer format under the client's `apiVersion` (the default sends
   * `x-api-version: 20241022`).
   *
   * @param beatmap the beatmap id
   * @param options `mode`, `mods`, `type`, `limit`, `signal`, `timeout`
   * @returns the scores
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBeatmapScoresNonLegacy(
    beatmap: number,
    options: Omit<BeatmapScoresOptions, "legacyOnly"> = {},
  ): Promise<BeatmapScores<Score>> {
    return scoreRequests.getBeatmapScoresNonLegacy(this.#context, beatmap, options);
  }

  /**
   * Get a User Beatmap score: a user's best score on a beatmap, with its position.
   *
   * @param beatmap the beatmap id
   * @param user the user id
   * @param options `mode`, `mods`, `legacyOnly`, `signal`, `timeout`
   * @returns the position and the score
   * @throws {NotFoundError} when the user has no score there
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUserBeatmapScore(
    beatmap: number,
    user: number,
    options: UserBeatmapScoreOptions = {},
  ): Promise<BeatmapUserScore<ScoreFor<V>>> {
    return scoreRequests.getUserBeatmapScore<V>(this.#context, beatmap, user, options);
  }

  /**
   * Get a User Beatmap scores: all of a user's scores on a beatmap.
   *
   * @param beatmap the beatmap id
   * @param user the user id
   * @param options `ruleset`, `legacyOnly`, `signal`, `timeout`
   * @returns the scores
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUserBeatmapScores(
    beatmap: number,
    user: number,
    options: UserBeatmapScoresOptions = {},
  ): Promise<UserBeatmapScores<ScoreFor<V>>> {
    return scoreRequests.getUserBeatmapScores<V>(this.#context, beatmap, user, options);
  }

  /**
   * Get Score (legacy id): a stable score by its per-ruleset id.
   *
   * @param ruleset the ruleset of the id
   * @param score the stable score id
   * @param options `signal`, `timeout`
   * @returns the score (format per API version)
   * @throws {NotFoundError} when there is no such score
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getScoreById(
    ruleset: Ruleset,
    score: number,
    options: CallOptions = {},
  ): Promise<ScoreDetails<ScoreFor<V>>> {
    return scoreRequests.getScoreById<V>(this.#context, ruleset, score, options);
  }

  /**
   * Get Score: a score by its id.
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the score (format per API version)
   * @throws {NotFoundError} when there is no such score
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getScoreByIdOnly(
    score: number,
    options: CallOptions = {},
  ): Promise<ScoreDetails<ScoreFor<V>>> {
    return scoreRequests.getScoreByIdOnly<V>(this.#context, score, options);
  }

  /**
   * Get Scores: the most recent passes on ranked beatmaps (always the lazer format).
   *
   * @param options `ruleset`, `cursorString`, `signal`, `timeout`
   * @returns one page of scores and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getAllScores(
    options: GetAllScoresOptions = {},
  ): Promise<ScoresPage> {
    return scoreRequests.getAllScores(this.#context, options);
  }

  // Replays, score submission and pins

  /**
   * Get Replay Data (legacy id): a replay file (`.osr`) by stable score id; with `mode`
   * undefined it downloads by score id instead (`getReplayDataByIdOnly`). Replays have their
   * own rate limit of 10 a minute.
   *
   * @param mode the ruleset of the stable id, or `undefined` for a score id
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the replay's bytes
   * @throws {NotFoundError} when the score has no replay
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getReplayData(
    mode: Ruleset | undefined,
    score: number,
    options: CallOptions = {},
  ): Promise<Uint8Array> {
    return scoreActionRequests.getReplayData(this.#context, mode, score, options);
  }

  /**
   * Get Replay Data: a replay file (`.osr`) by score id (10 a minute).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the replay's bytes
   * @throws {NotFoundError} when the score has no replay
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const [score] = await client.getUserScores(2, "best", { limit: 1 });
   * const replay = await client.getReplayDataByIdOnly(score.id);
   * assert(replay instanceof Uint8Array);
   * ```
   */
  getReplayDataByIdOnly(
    score: number,
    options: CallOptions = {},
  ): Promise<Uint8Array> {
    return scoreActionRequests.getReplayDataByIdOnly(this.#context, score, options);
  }

  /**
   * Create Score Token: permission to submit a play on a beatmap (lazer only).
   *
   * @param beatmap the beatmap id
   * @param options `beatmapHash`, `ruleset`, `versionHash`, `signal`, `timeout`
   * @returns the token
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createScoreToken(
    beatmap: number,
    options: ScoreTokenOptions = {},
  ): Promise<ScoreToken> {
    return scoreActionRequests.createScoreToken(this.#context, beatmap, options);
  }

  /**
   * Submit Solo Score: submit a play made with a score token (lazer only).
   *
   * @param beatmap the beatmap id
   * @param token the score token id
   * @param score the play
   * @param options `signal`, `timeout`
   * @returns the stored score
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  submitSoloScore(
    beatmap: number,
    token: number,
    score: ScoreSubmission,
    options: CallOptions = {},
  ): Promise<Score> {
    return scoreActionRequests.submitSoloScore(this.#context, beatmap, token, score, options);
  }

  /**
   * Pin Score: pin a score on the profile (lazer only).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  pinScore(
    score: number,
    options: CallOptions = {},
  ): Promise<void> {
    return scoreActionRequests.pinScore(this.#context, score, options);
  }

  /**
   * Unpin Score: unpin a score (lazer only).
   *
   * @param score the score id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  unpinScore(
    score: number,
    options: CallOptions = {},
  ): Promise<void> {
    return scoreActionRequests.unpinScore(this.#context, score, options);
  }

  /**
   * Reorder Pinned Score: move a pinned score after or before another (lazer only).
   *
   * @param score the score id
   * @param place `afterScoreId` or `beforeScoreId`
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when neither place is given
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  reorderPinnedScore(
    score: number,
    place: { readonly afterScoreId?: number; readonly beforeScoreId?: number },
    options: CallOptions = {},
  ): Promise<void> {
    return scoreActionRequests.reorderPinnedScore(this.#context, score, place, options);
  }

  // Comments

  /**
   * Get Comments: a page of comments (no token needed).
   *
   * @param options what they are on, `parentId`, `sort`, `cursor`, `signal`, `timeout`
   * @returns the comments, the users they refer to and the next page's cursor
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getComments(
    options: GetCommentsOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.getComments(this.#context, options);
  }

  /**
   * Get a Comment: one comment with its replies (no token needed).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment bundle
   * @throws {NotFoundError} when there is no such comment
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getComment(
    comment: number,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.getComment(this.#context, comment, options);
  }

  /**
   * Post a new comment: comment on a beatmapset, build or news post, or reply (lazer only).
   *
   * @param comment what it is on, the text, and the parent
   * @param options `signal`, `timeout`
   * @returns the new comment's bundle
   * @throws {InvalidArgumentError} when the message is empty
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  postNewComment(
    comment: NewComment,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.postNewComment(this.#context, comment, options);
  }

  /**
   * Edit Comment: change a comment's text (lazer only).
   *
   * @param comment the comment id
   * @param message the new text
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  editComment(
    comment: number,
    message: string,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.editComment(this.#context, comment, message, options);
  }

  /**
   * Delete Comment: delete a comment (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  deleteComment(
    comment: number,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.deleteComment(this.#context, comment, options);
  }

  /**
   * Add Comment vote: upvote a comment (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  addCommentVote(
    comment: number,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.addCommentVote(this.#context, comment, options);
  }

  /**
   * Remove Comment vote: take back an upvote (lazer only).
   *
   * @param comment the comment id
   * @param options `signal`, `timeout`
   * @returns the comment's bundle
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  removeCommentVote(
    comment: number,
    options: CallOptions = {},
  ): Promise<CommentBundle> {
    return commentRequests.removeCommentVote(this.#context, comment, options);
  }

  // Forum

  /**
   * Get Forum Listing: the forums, with their subforums.
   *
   * @param options `signal`, `timeout`
   * @returns the forum tree
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getForums(
    options: CallOptions = {},
  ): Promise<ForumListing> {
    return forumRequests.getForums(this.#context, options);
  }

  /**
   * Get Forum and Topics: a forum with its first topics and pinned topics.
   *
   * @param forum the forum id
   * @param options `signal`, `timeout`
   * @returns the forum and topics
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getForum(
    forum: number,
    options: CallOptions = {},
  ): Promise<ForumAndTopics> {
    return forumRequests.getForum(this.#context, forum, options);
  }

  /**
   * Get Topic Listing: topics, newest first, one page at a time.
   *
   * @param options `forumId`, `sort`, `limit`, `cursorString`, `signal`, `timeout`
   * @returns one page of topics and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getForumTopics(
    options: ForumTopicsOptions = {},
  ): Promise<ForumTopics> {
    return forumRequests.getForumTopics(this.#context, options);
  }

  /**
   * Get Topic and Posts: a topic and a page of its posts.
   *
   * @param topic the topic id
   * @param options `sort`, `limit`, `start`, `end`, `cursorString`, `signal`, `timeout`
   * @returns the topic, the posts and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getTopicAndPosts(
    topic: number,
    options: TopicPostsOptions = {},
  ): Promise<ForumTopicAndPosts> {
    return forumRequests.getTopicAndPosts(this.#context, topic, options);
  }

  /**
   * Create Topic: start a topic, optionally with a poll (needs `forum.write`).
   *
   * @param forum the forum id
   * @param title the title
   * @param body the first post (BBCode)
   * @param options `poll`, `signal`, `timeout`
   * @returns the topic and its first post
   * @throws {MissingScopeError} before sending, without `forum.write`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createTopic(
    forum: number,
    title: string,
    body: string,
    options: CreateTopicOptions = {},
  ): Promise<CreatedForumTopic> {
    return forumRequests.createTopic(this.#context, forum, title, body, options);
  }

  /**
   * Reply Topic: post a reply (needs `forum.write`).
   *
   * @param topic the topic id
   * @param body the post (BBCode)
   * @param options `signal`, `timeout`
   * @returns the new post
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `forum.write`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  replyTopic(
    topic: number,
    body: string,
    options: CallOptions = {},
  ): Promise<ForumPost> {
    return forumRequests.replyTopic(this.#context, topic, body, options);
  }

  /**
   * Edit Topic: change a topic's title (needs `forum.write`).
   *
   * @param topic the topic id
   * @param title the new title
   * @param options `signal`, `timeout`
   * @returns the topic
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `forum.write`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  editTopic(
    topic: number,
    title: string,
    options: CallOptions = {},
  ): Promise<ForumTopic> {
    return forumRequests.editTopic(this.#context, topic, title, options);
  }

  /**
   * Edit Post: change a post's text (needs `forum.write`).
   *
   * @param post the post id
   * @param body the new text (BBCode)
   * @param options `signal`, `timeout`
   * @returns the post
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `forum.write`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  editPost(
    post: number,
    body: string,
    options: CallOptions = {},
  ): Promise<ForumPost> {
    return forumRequests.editPost(this.#context, post, body, options);
  }

  /**
   * Lock Topic: lock or unlock a topic (needs `forum.write_manage`).
   *
   * @param topic the topic id
   * @param lock `true` to lock, `false` to unlock
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `forum.write_manage`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  lockTopic(
    topic: number,
    lock: boolean,
    options: CallOptions = {},
  ): Promise<void> {
    return forumRequests.lockTopic(this.#context, topic, lock, options);
  }

  /**
   * Pin Topic: make a topic normal, sticky or an announcement (needs `forum.write_manage`).
   *
   * @param topic the topic id
   * @param pin `0` normal, `1` sticky, `2` announcement
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `forum.write_manage`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  pinTopic(
    topic: number,
    pin: 0 | 1 | 2,
    options: CallOptions = {},
  ): Promise<void> {
    return forumRequests.pinTopic(this.#context, topic, pin, options);
  }

  /**
   * Move Topic: move a topic to another forum (lazer only; moderators).
   *
   * @param topic the topic id
   * @param destinationForum the forum id to move it to
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  moveTopic(
    topic: number,
    destinationForum: number,
    options: CallOptions = {},
  ): Promise<void> {
    return forumRequests.moveTopic(this.#context, topic, destinationForum, options);
  }

  // Chat

  /**
   * Chat Keepalive: keep the user online in chat and get new silences (needs `chat.read`).
   *
   * @param options `since` (message id), `historySince` (silence id), `signal`, `timeout`
   * @returns silences since then
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.read`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  chatKeepalive(
    options: ChatKeepaliveOptions = {},
  ): Promise<ChatKeepalive> {
    return chatRequests.chatKeepalive(this.#context, options);
  }

  /**
   * Create New PM: send a first private message, making the channel (needs `chat.write`). The
   * answer's `new_channel_id` is deprecated by osu-web: read `channel.channel_id`.
   *
   * @param targetId the user id to write to
   * @param message the text
   * @param options `isAction`, `uuid`, `signal`, `timeout`
   * @returns the channel and the message
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.write`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createNewPm(
    targetId: number,
    message: string,
    options: NewPmOptions = {},
  ): Promise<NewPm> {
    return chatRequests.createNewPm(this.#context, targetId, message, options);
  }

  /**
   * Get Updates: new messages, channels and silences since a message id (lazer only).
   *
   * @param since the last message id seen
   * @param options `historySince`, `includes`, `signal`, `timeout`
   * @returns the updates
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getUpdates(
    since: number,
    options: ChatUpdatesOptions = {},
  ): Promise<ChatUpdates> {
    return chatRequests.getUpdates(this.#context, since, options);
  }

  /**
   * Get Chat Presence: the channels the user is in (lazer only).
   *
   * @deprecated osu-web deprecates this route: use {@linkcode Client.getUpdates} with
   * `includes: ["presence"]`.
   *
   * @param options `signal`, `timeout`
   * @returns the channels
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChatPresence(
    options: CallOptions = {},
  ): Promise<ListedChatChannel[]> {
    return chatRequests.getChatPresence(this.#context, options);
  }

  /**
   * Get Channel Messages: messages of a channel, oldest first (needs `chat.read`).
   *
   * @param channel the channel id
   * @param options `limit`, `since`, `until`, `signal`, `timeout`
   * @returns the messages
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.read`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChannelMessages(
    channel: number,
    options: ChannelMessagesOptions = {},
  ): Promise<ChatMessageWithSender[]> {
    return chatRequests.getChannelMessages(this.#context, channel, options);
  }

  /**
   * Send Message to Channel: post a message (needs `chat.write`).
   *
   * @param channel the channel id
   * @param message the text
   * @param options `isAction` (a /me message), `signal`, `timeout`
   * @returns the message
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.write`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  sendMessageToChannel(
    channel: number,
    message: string,
    options: ChatMessageOptions = {},
  ): Promise<ChatMessageWithSender> {
    return chatRequests.sendMessageToChannel(this.#context, channel, message, options);
  }

  /**
   * Join Channel: join a public channel (needs `chat.write_manage`).
   *
   * @param channel the channel id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   * @returns the channel
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.write_manage`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  joinChannel(
    channel: number,
    user: number,
    options: CallOptions = {},
  ): Promise<ListedChatChannel> {
    return chatRequests.joinChannel(this.#context, channel, user, options);
  }

  /**
   * Leave Channel: leave a channel (needs `chat.write_manage`).
   *
   * @param channel the channel id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.write_manage`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  leaveChannel(
    channel: number,
    user: number,
    options: CallOptions = {},
  ): Promise<void> {
    return chatRequests.leaveChannel(this.#context, channel, user, options);
  }

  /**
   * Mark Channel as Read: mark messages up to one as read (needs `chat.read`).
   *
   * @param channel the channel id
   * @param message the last read message id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.read`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  markChannelAsRead(
    channel: number,
    message: number,
    options: CallOptions = {},
  ): Promise<void> {
    return chatRequests.markChannelAsRead(this.#context, channel, message, options);
  }

  /**
   * Get Channel List: the public channels (needs `chat.read`).
   *
   * @param options `signal`, `timeout`
   * @returns the channels
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.read`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChannelList(
    options: CallOptions = {},
  ): Promise<ChatChannel[]> {
    return chatRequests.getChannelList(this.#context, options);
  }

  /**
   * Get Channel: a channel and, for PMs, its users (needs `chat.read`).
   *
   * @param channel the channel id
   * @param options `signal`, `timeout`
   * @returns the channel and users
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.read`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChannel(
    channel: number,
    options: CallOptions = {},
  ): Promise<ChatChannelWithUsers> {
    return chatRequests.getChannel(this.#context, channel, options);
  }

  /**
   * Create Channel: make a PM or announcement channel (needs `chat.write_manage`).
   *
   * @param channel a PM channel (`targetId`) or an announcement (name, description, users, message)
   * @param options `signal`, `timeout`
   * @returns the channel
   * @throws {InvalidArgumentError} when an id or text is missing
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `chat.write_manage`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createChannel(
    channel: NewChannel,
    options: CallOptions = {},
  ): Promise<CreatedChatChannel> {
    return chatRequests.createChannel(this.#context, channel, options);
  }

  /**
   * Create Channel (PM): open a PM channel with a user (osu.py's `create_pm_channel`).
   *
   * @param targetId the user id
   * @param options `signal`, `timeout`
   * @returns the channel
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createPmChannel(
    targetId: number,
    options: CallOptions = {},
  ): Promise<CreatedChatChannel> {
    return chatRequests.createPmChannel(this.#context, targetId, options);
  }

  /**
   * Create Channel (announcement): message several users in a new announcement channel
   * (osu.py's `create_announcement_channel`).
   *
   * @param channel the channel's `name` and `description`
   * @param targetIds the user ids
   * @param message the first message
   * @param options `signal`, `timeout`
   * @returns the channel
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createAnnouncementChannel(
    channel: { readonly name: string; readonly description: string },
    targetIds: readonly number[],
    message: string,
    options: CallOptions = {},
  ): Promise<CreatedChatChannel> {
    return chatRequests.createAnnouncementChannel(
      this.#context,
      channel,
      targetIds,
      message,
      options,
    );
  }

  // Multiplayer rooms

  /**
   * Get Multiplayer Rooms: playlists or realtime rooms.
   *
   * @param options `mode`, `typeGroup`, `seasonId`, `sort`, `limit`, `signal`, `timeout`
   * @returns the rooms
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getRooms(
    options: GetRoomsOptions = {},
  ): Promise<ListedRoom[]> {
    return multiplayerRequests.getRooms(this.#context, options);
  }

  /**
   * Get Room: one room with its playlist.
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @returns the room
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getRoom(
    room: number,
    options: CallOptions = {},
  ): Promise<RoomDetails> {
    return multiplayerRequests.getRoom(this.#context, room, options);
  }

  /**
   * Create Room: make a playlist or realtime room (lazer only).
   *
   * @param room the room's settings and playlist
   * @param options `signal`, `timeout`
   * @returns the room
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createRoom(
    room: NewRoom,
    options: CallOptions = {},
  ): Promise<RoomDetails> {
    return multiplayerRequests.createRoom(this.#context, room, options);
  }

  /**
   * Delete Room: close a room (lazer only; the host).
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  deleteRoom(
    room: number,
    options: CallOptions = {},
  ): Promise<void> {
    return multiplayerRequests.deleteRoom(this.#context, room, options);
  }

  /**
   * Join Room: join a room (lazer only).
   *
   * @param room the room id
   * @param user the token owner's user id
   * @param options `password`, `signal`, `timeout`
   * @returns the room
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  joinRoom(
    room: number,
    user: number,
    options: JoinRoomOptions = {},
  ): Promise<RoomDetails> {
    return multiplayerRequests.joinRoom(this.#context, room, user, options);
  }

  /**
   * Leave Room: leave a room (lazer only).
   *
   * @param room the room id
   * @param user the token owner's user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  leaveRoom(
    room: number,
    user: number,
    options: CallOptions = {},
  ): Promise<void> {
    return multiplayerRequests.leaveRoom(this.#context, room, user, options);
  }

  /**
   * Get Room Leaderboard: players' totals in a room.
   *
   * @param room the room id
   * @param options `signal`, `timeout`
   * @returns the leaderboard and the token owner's row
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getRoomLeaderboard(
    room: number,
    options: CallOptions = {},
  ): Promise<RoomLeaderboard> {
    return multiplayerRequests.getRoomLeaderboard(this.#context, room, options);
  }

  /**
   * Get Room Events: what happened in a realtime room.
   *
   * @param room the room id
   * @param options `after`, `before` (event ids), `limit`, `signal`, `timeout`
   * @returns the events and what they refer to
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getRoomEvents(
    room: number,
    options: RoomEventsOptions = {},
  ): Promise<RoomEvents> {
    return multiplayerRequests.getRoomEvents(this.#context, room, options);
  }

  // Multiplayer playlists

  /**
   * Get Playlist Scores: scores of a playlist item, one page at a time (osu.py's `get_scores`).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param options `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of scores and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getScores(
    room: number,
    playlist: number,
    options: PlaylistScoresOptions = {},
  ): Promise<MultiplayerScores> {
    return playlistRequests.getScores(this.#context, room, playlist, options);
  }

  /**
   * Get Playlist Score: one score of a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param score the score id
   * @param options `signal`, `timeout`
   * @returns the score
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getPlaylistScore(
    room: number,
    playlist: number,
    score: number,
    options: CallOptions = {},
  ): Promise<PlaylistScore> {
    return playlistRequests.getPlaylistScore(this.#context, room, playlist, score, options);
  }

  /**
   * Get Playlist User High Score: a user's best score on a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param user the user id
   * @param options `signal`, `timeout`
   * @returns the score
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getPlaylistUserHighScore(
    room: number,
    playlist: number,
    user: number,
    options: CallOptions = {},
  ): Promise<PlaylistScore> {
    return playlistRequests.getPlaylistUserHighScore(this.#context, room, playlist, user, options);
  }

  /**
   * Create Playlist Score Token: permission to submit a play on a playlist item (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param options `beatmapHash`, `ruleset`, `versionHash`, `signal`, `timeout`
   * @returns the token
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createPlaylistScoreToken(
    room: number,
    playlist: number,
    options: ScoreTokenOptions = {},
  ): Promise<ScoreToken> {
    return playlistRequests.createPlaylistScoreToken(this.#context, room, playlist, options);
  }

  /**
   * Submit Playlist Score: submit a play made with a playlist score token (lazer only).
   *
   * @param room the room id
   * @param playlist the playlist item id
   * @param token the score token id
   * @param score the play
   * @param options `signal`, `timeout`
   * @returns the stored score
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  submitPlaylistScore(
    room: number,
    playlist: number,
    token: number,
    score: ScoreSubmission,
    options: CallOptions = {},
  ): Promise<PlaylistScore> {
    return playlistRequests.submitPlaylistScore(
      this.#context,
      room,
      playlist,
      token,
      score,
      options,
    );
  }

  // Legacy matches

  /**
   * Get Matches Listing: stable multiplayer matches, newest first, one page at a time.
   *
   * @param options `active`, `limit`, `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of matches and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getMatches(
    options: GetMatchesOptions = {},
  ): Promise<Matches> {
    return matchRequests.getMatches(this.#context, options);
  }

  /**
   * Get Match: a match with some of its events (scores follow the API version).
   *
   * @param match the match id
   * @param options `before`, `after` (event ids), `limit` (events, up to 101), `signal`, `timeout`
   * @returns the match, events and users
   * @throws {NotFoundError} when there is no such match
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getMatch(
    match: number,
    options: MatchOptions = {},
  ): Promise<MatchDetails<MatchScoreFor<V>>> {
    return matchRequests.getMatch<V>(this.#context, match, options);
  }

  // Rankings

  /**
   * Get Ranking: the current ranking of a ruleset, 50 rows a page.
   *
   * @param mode the ruleset
   * @param type `performance`, `score`, `country`, `charts` or `team`
   * @param options `country`, `filter`, `spotlight`, `variant`, `page`, `signal`, `timeout`
   * @returns one page of rankings
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const page = await client.getRanking("osu", "performance");
   * assert(page.ranking.length > 0);
   * ```
   */
  getRanking<T extends RankingType>(
    mode: Ruleset,
    type: T,
    options: GetRankingOptions = {},
  ): Promise<RankingFor<T>> {
    return rankingRequests.getRanking(this.#context, mode, type, options);
  }

  /**
   * Get Kudosu Ranking: users by kudosu, 50 a page (20 pages at most).
   *
   * @param options `page` (from 1), `signal`, `timeout`
   * @returns one page of users with `kudosu`
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getKudosuRanking(
    options: KudosuRankingOptions = {},
  ): Promise<KudosuRanking> {
    return rankingRequests.getKudosuRanking(this.#context, options);
  }

  /**
   * Get Spotlights: the spotlights (monthly charts, themes, ...).
   *
   * @param options `signal`, `timeout`
   * @returns the spotlights
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getSpotlights(
    options: CallOptions = {},
  ): Promise<Spotlights> {
    return rankingRequests.getSpotlights(this.#context, options);
  }

  // News

  /**
   * Get News Listing: news posts, newest first, one page at a time.
   *
   * @param options `limit`, `year`, `cursorString`, `signal`, `timeout`
   * @returns one page of posts, the sidebar and the next cursor
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getNewsListing(
    options: NewsListingOptions = {},
  ): Promise<NewsListing> {
    return newsRequests.getNewsListing(this.#context, options);
  }

  /**
   * Get News Post: one post with its content, by slug or id.
   *
   * @param news the slug, or the id (with `key: "id"`)
   * @param options `key`, `signal`, `timeout`
   * @returns the post
   * @throws {NotFoundError} when there is no such post
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getNewsPost(
    news: string | number,
    options: NewsPostOptions = {},
  ): Promise<NewsPost> {
    return newsRequests.getNewsPost(this.#context, news, options);
  }

  // Wiki

  /**
   * Get Wiki Page: a wiki page's Markdown.
   *
   * @param locale two-letter language code, e.g. `"en"`
   * @param path the page path, e.g. `"Main_page"` or `"People/Tournament_Committee"`
   * @param options `signal`, `timeout`
   * @returns the page
   * @throws {NotFoundError} when there is no such page
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getWikiPage(
    locale: string,
    path: string,
    options: CallOptions = {},
  ): Promise<WikiPage> {
    return wikiRequests.getWikiPage(this.#context, locale, path, options);
  }

  // Changelog

  /**
   * Get Changelog Build: a build of a stream, with its entries.
   *
   * @param stream the stream name, e.g. `"lazer"`
   * @param build the build version, e.g. `"2024.1009.1"`
   * @param options `signal`, `timeout`
   * @returns the build
   * @throws {NotFoundError} when there is no such build
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChangelogBuild(
    stream: string,
    build: string,
    options: CallOptions = {},
  ): Promise<BuildDetails> {
    return changelogRequests.getChangelogBuild(this.#context, stream, build, options);
  }

  /**
   * Get Changelog Listing: builds and streams.
   *
   * @param options `from`, `to`, `maxId`, `stream`, `messageFormats`, `signal`, `timeout`
   * @returns the builds and streams
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getChangelogListing(
    options: ChangelogListingOptions = {},
  ): Promise<ChangelogListing> {
    return changelogRequests.getChangelogListing(this.#context, options);
  }

  /**
   * Lookup Changelog Build: a build by version or id.
   *
   * @param changelog the version, or the id (with `key: "id"`)
   * @param options `key`, `messageFormats`, `signal`, `timeout`
   * @returns the build
   * @throws {NotFoundError} when there is no such build
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  lookupChangelogBuild(
    changelog: string | number,
    options: ChangelogLookupOptions = {},
  ): Promise<BuildDetails> {
    return changelogRequests.lookupChangelogBuild(this.#context, changelog, options);
  }

  // Events

  /**
   * Get Events: the site's event feed (ranks, achievements, beatmapset updates), one page at
   * a time.
   *
   * @param options `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of events and the next cursor
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getEvents(
    options: EventsOptions = {},
  ): Promise<Events> {
    return eventRequests.getEvents(this.#context, options);
  }

  // The token owner

  /**
   * Get Friends: the token owner's friends (needs `friends.read`): user relations from
   * `x-api-version` 20241022 on, users before (see `FriendsFor`).
   *
   * @param options `signal`, `timeout`
   * @returns the friends
   * @throws {MissingScopeError} before sending, without `friends.read`
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getFriends(
    options: CallOptions = {},
  ): Promise<FriendsFor<V>> {
    return meRequests.getFriends<V>(this.#context, options);
  }

  /**
   * Add Friend: befriend a user (lazer only).
   *
   * @param target the user id
   * @param options `signal`, `timeout`
   * @returns the new relation
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  addFriend(
    target: number,
    options: CallOptions = {},
  ): Promise<CreatedUserRelation> {
    return meRequests.addFriend(this.#context, target, options);
  }

  /**
   * Remove Friend: unfriend a user (lazer only).
   *
   * @param friend the user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  removeFriend(
    friend: number,
    options: CallOptions = {},
  ): Promise<void> {
    return meRequests.removeFriend(this.#context, friend, options);
  }

  /**
   * Get Blocks: the users the token owner blocks (lazer only).
   *
   * @param options `signal`, `timeout`
   * @returns the relations
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getBlocks(
    options: CallOptions = {},
  ): Promise<UserRelation[]> {
    return meRequests.getBlocks(this.#context, options);
  }

  /**
   * Block User: block a user (lazer only).
   *
   * @param target the user id
   * @param options `signal`, `timeout`
   * @returns the new relation
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  blockUser(
    target: number,
    options: CallOptions = {},
  ): Promise<CreatedUserRelation> {
    return meRequests.blockUser(this.#context, target, options);
  }

  /**
   * Unblock User: unblock a user (lazer only).
   *
   * @param block the user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  unblockUser(
    block: number,
    options: CallOptions = {},
  ): Promise<void> {
    return meRequests.unblockUser(this.#context, block, options);
  }

  /**
   * Get Notifications: the token owner's notifications (lazer only).
   *
   * @param options `maxId` (only older ones), `signal`, `timeout`
   * @returns the notifications
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getNotifications(
    options: NotificationsOptions = {},
  ): Promise<Notifications> {
    return meRequests.getNotifications(this.#context, options);
  }

  /**
   * Mark Notifications as Read: by id or by stack (lazer only).
   *
   * @param which `notifications` and/or `identities`
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when both are empty
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  markNotificationsAsRead(
    which: NotificationsToMark,
    options: CallOptions = {},
  ): Promise<void> {
    return meRequests.markNotificationsAsRead(this.#context, which, options);
  }

  /**
   * Get Own Favourite Beatmapsets: the ids of the token owner's favourite sets (needs
   * `identify`).
   *
   * @param options `signal`, `timeout`
   * @returns the beatmapset ids
   * @throws {GrantError} before sending, with a client-credentials token
   * @throws {MissingScopeError} before sending, without `identify`
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getOwnFavouriteBeatmapsets(
    options: CallOptions = {},
  ): Promise<FavouriteBeatmapsets> {
    return meRequests.getOwnFavouriteBeatmapsets(this.#context, options);
  }

  /**
   * Get Download Quota: how many beatmap downloads count against the token owner's quota.
   *
   * @param options `signal`, `timeout`
   * @returns the quota used
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getDownloadQuota(
    options: CallOptions = {},
  ): Promise<DownloadQuota> {
    return meRequests.getDownloadQuota(this.#context, options);
  }

  /**
   * Update Own Options: change the token owner's settings (lazer only).
   *
   * @param settings `user` and `user_profile_customization` fields
   * @param options `signal`, `timeout`
   * @returns the user
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  updateOwnOptions(
    settings: OwnOptions,
    options: CallOptions = {},
  ): Promise<User> {
    return meRequests.updateOwnOptions(this.#context, settings, options);
  }

  /**
   * Unlock Client Achievement: unlock an achievement earned in the client (lazer only).
   *
   * @param achievementId the achievement id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  unlockClientAchievement(
    achievementId: number,
    options: CallOptions = {},
  ): Promise<void> {
    return meRequests.unlockClientAchievement(this.#context, achievementId, options);
  }

  // Search, seasonal backgrounds, teams, reports

  /**
   * Search: users and wiki pages, 20 a page.
   *
   * @param options `mode` (`all`, `user`, `wiki_page`), `query`, `page`, `signal`, `timeout`
   * @returns the results by kind, with totals
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  search(
    options: SearchOptions = {},
  ): Promise<SearchResult> {
    return miscRequests.search(this.#context, options);
  }

  /**
   * Get Seasonal Backgrounds: the current season's menu backgrounds (no token needed).
   *
   * @param options `signal`, `timeout`
   * @returns the backgrounds and when the season ends
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getSeasonalBackgrounds(
    options: CallOptions = {},
  ): Promise<SeasonalBackgrounds> {
    return miscRequests.getSeasonalBackgrounds(this.#context, options);
  }

  /**
   * Get Team: a team with its members and statistics.
   *
   * @param team the team id, or `"@shortname"`
   * @param ruleset the ruleset of the statistics
   * @param options `signal`, `timeout`
   * @returns the team
   * @throws {NotFoundError} when there is no such team
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  getTeam(
    team: number | string,
    ruleset?: Ruleset,
    options: CallOptions = {},
  ): Promise<TeamDetails> {
    return miscRequests.getTeam(this.#context, team, ruleset, options);
  }

  /**
   * Create Report: report a user, score, post, ... to the moderators (lazer only).
   *
   * @param report what, why and details
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  createReport(
    report: NewReport,
    options: CallOptions = {},
  ): Promise<void> {
    return miscRequests.createReport(this.#context, report, options);
  }

  /**
   * Upload Screenshot: upload a JPEG screenshot (lazer only; sent as multipart form data).
   *
   * @param screenshot the JPEG file (up to 10 MB)
   * @param options `signal`, `timeout`
   * @returns the screenshot's URL
   * @throws {InvalidArgumentError} when it is empty
   * @throws {GrantError} before sending, without the lazer client's token
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  uploadScreenshot(
    screenshot: Blob | Uint8Array,
    options: CallOptions = {},
  ): Promise<UploadedScreenshot> {
    return miscRequests.uploadScreenshot(this.#context, screenshot, options);
  }

  // Session verification and tokens

  /**
   * Verify Session: verify the session with the key osu! mailed (or from an authenticator).
   *
   * @param verificationKey the key
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when the key is empty
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  verifySession(
    verificationKey: string,
    options: CallOptions = {},
  ): Promise<void> {
    return sessionRequests.verifySession(this.#context, verificationKey, options);
  }

  /**
   * Verify Session by Mail Fallback: switch verification to e-mail when the authenticator
   * is unavailable.
   *
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  verifySessionByMailFallback(
    options: CallOptions = {},
  ): Promise<void> {
    return sessionRequests.verifySessionByMailFallback(this.#context, options);
  }

  /**
   * Reissue Session Verification Code: mail a new verification key.
   *
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  reissueSessionVerificationCode(
    options: CallOptions = {},
  ): Promise<void> {
    return sessionRequests.reissueSessionVerificationCode(this.#context, options);
  }

  /**
   * Revoke current token: revoke the token this client uses (any token may), and make the
   * auth handler forget it, so the next call gets a new one (or fails, for a user's token).
   *
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, when the client has no auth handler
   * @throws {OsuApiError} when the request fails (a subclass per kind, e.g. `RateLimitError`)
   */
  revokeCurrentToken(
    options: CallOptions = {},
  ): Promise<void> {
    return sessionRequests.revokeCurrentToken(this.#context, options);
  }

  // Pagination

  /**
   * Walks every page of a paginated endpoint, yielding its items: the method is called with
   * your arguments, and each next page's cursor, page, offset or message id is merged into its
   * options. Stops at the end of the listing, after `limit` items, or when `signal` aborts.
   *
   * @param method the method's name, e.g. `"getUserScores"`
   * @param args the method's arguments, as you would pass them (a cursor, page or offset in the
   * options is where the walk starts)
   * @param options `limit` (items), `signal`, `onProgress(itemsSoFar, pagesSoFar)`
   * @returns an async iterator of the items
   * @throws {InvalidArgumentError} when `limit` is not a whole number >= 0, or an argument is bad
   * @throws {OsuApiError} when a page's request fails (a subclass per kind, e.g. `RateLimitError`)
   *
   * @example Every best score of a user, 100 at most
   * ```ts
   * import { Client } from "@osu-ts/api";
   * import { createEmulator } from "@osu-ts/api/testing";
   * import { assert } from "@std/assert";
   *
   * const osu = createEmulator();
   * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, requestWaitTime: 0 });
   * const scores = await Array.fromAsync(
   *   client.paginate("getUserScores", [2, "best", { mode: "osu" }], { limit: 100 }),
   * );
   * assert(scores.length > 0 && scores.every((score) => score.user_id === 2));
   * ```
   */
  paginate<K extends PaginatedMethod>(
    method: K,
    args: Parameters<Client<V>[K]>,
    options: PaginateOptions = {},
  ): AsyncGenerator<PageItems<V>[K], void, undefined> {
    return paginateMethod<V, K>(this.#context, method, args, options);
  }
}

/**
 * Every row of the endpoint table has a method of the same name on `Client`: `deno check` fails
 * here otherwise (add the method, with its docs, above).
 */
type EndpointMethods = {
  readonly [K in keyof typeof endpoints]: (...args: never[]) => Promise<unknown>;
};
Client.prototype satisfies EndpointMethods;
