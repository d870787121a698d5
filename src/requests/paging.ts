/**
 * `Client.paginate`: every paginated endpoint as an async iterator of items, through the one
 * mechanism in `paginate.ts`. The table below says, for each listing, which request function
 * fetches a page, where its options argument is, where the page keeps its items and when it
 * ends; the style comes from the endpoint table.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { BeatmapPack, Beatmapset, BeatmapsetCompact } from "../models/beatmaps.ts";
import type {
  BeatmapsetDiscussion,
  BeatmapsetDiscussionPost,
  BeatmapsetDiscussionVote,
  BeatmapsetEvent,
} from "../models/beatmapsets.ts";
import type { ChatMessage } from "../models/chat.ts";
import type { Comment } from "../models/comments.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { Event } from "../models/events.ts";
import type { ForumPost, ForumTopic } from "../models/forum.ts";
import type { Match } from "../models/matches.ts";
import type { SearchResult } from "../models/misc.ts";
import type { MultiplayerScore, Room } from "../models/multiplayer.ts";
import type { NewsPost } from "../models/news.ts";
import type { CountryStatistics, RankingType } from "../models/rankings.ts";
import type { Score, ScoreFor } from "../models/scores.ts";
import type { KudosuHistory, UserCompact, UserEvent, UserStatistics } from "../models/users.ts";
import type { WikiPage } from "../models/wiki.ts";
import type { UserBeatmapType, UserScoreType } from "../models/user_lists.ts";
import { PAGE_LIMITS, resultCapOf } from "../_page_limits.ts";
import { type PageReader, paginate, type PaginateOptions } from "../paginate.ts";
import type { CallOptions } from "../client_options.ts";
import type { RequestContext } from "./_context.ts";
import { anySignal } from "../_abortable.ts";
import { InvalidArgumentError } from "../errors.ts";
import { getBeatmapPacks } from "./beatmaps.ts";
import { searchBeatmapsets } from "./beatmapsets.ts";
import { getChannelMessages } from "./chat.ts";
import { getComments } from "./comments.ts";
import {
  getBeatmapsetDiscussionPosts,
  getBeatmapsetDiscussions,
  getBeatmapsetDiscussionVotes,
  getBeatmapsetEvents,
} from "./discussions.ts";
import { getEvents } from "./events.ts";
import { getForumTopics, getTopicAndPosts } from "./forum.ts";
import { getMatches } from "./matches.ts";
import { search } from "./misc.ts";
import { getRooms } from "./multiplayer.ts";
import { getNewsListing } from "./news.ts";
import { getScores } from "./playlists.ts";
import { getKudosuRanking, getRanking } from "./rankings.ts";
import { getAllScores } from "./scores.ts";
import {
  getUserBeatmaps,
  getUserKudosu,
  getUserRecentActivity,
  getUserScores,
} from "./user_lists.ts";

/**
 * The item type each paginated method yields through `Client.paginate`, for the
 * `x-api-version` `V`.
 *
 * @typeParam V the `x-api-version` the client sends
 */
export interface PageItems<V extends string = DefaultApiVersion> {
  /** Beatmap packs. */
  getBeatmapPacks: BeatmapPack;
  /** Discussions. */
  getBeatmapsetDiscussions: BeatmapsetDiscussion;
  /** Discussion posts. */
  getBeatmapsetDiscussionPosts: BeatmapsetDiscussionPost;
  /** Discussion votes. */
  getBeatmapsetDiscussionVotes: BeatmapsetDiscussionVote;
  /** Beatmapset events. */
  getBeatmapsetEvents: BeatmapsetEvent;
  /** Comments (top level of each page). */
  getComments: Comment;
  /** Site events. */
  getEvents: Event;
  /** Forum topics. */
  getForumTopics: ForumTopic;
  /** Posts of a topic. */
  getTopicAndPosts: ForumPost;
  /** Stable matches. */
  getMatches: Match;
  /** Playlist item scores. */
  getScores: MultiplayerScore;
  /** Rooms. */
  getRooms: Room;
  /** Recent passes. */
  getAllScores: Score;
  /** Beatmap search results. */
  searchBeatmapsets: Beatmapset;
  /** News posts. */
  getNewsListing: NewsPost;
  /** Kudosu history. */
  getUserKudosu: KudosuHistory;
  /** A user's scores. */
  getUserScores: ScoreFor<V>;
  /** A user's beatmapsets. */
  getUserBeatmaps: BeatmapsetCompact;
  /** A user's recent activity. */
  getUserRecentActivity: UserEvent;
  /** Chat messages. */
  getChannelMessages: ChatMessage;
  /** Users by kudosu. */
  getKudosuRanking: UserCompact;
  /** Ranking rows. */
  getRanking: UserStatistics | CountryStatistics;
  /** Users and wiki pages found. */
  search: UserCompact | WikiPage;
}

/** The methods `Client.paginate` walks. */
export type PaginatedMethod = keyof PageItems;

/** One listing: the request that fetches a page, where its options go, and how a page reads. */
interface Walk {
  readonly fetch: (context: RequestContext, ...args: unknown[]) => Promise<unknown>;
  readonly optionsAt: number;
  readonly read: Omit<PageReader<unknown, unknown>, "style">;
}

/**
 * A row of the table. `optionsAt` is the index (after the context) of the request's options
 * argument, where each page's position is merged; the compiler checks it is an options object.
 */
function walk<A extends unknown[], I extends number, R, T>(
  fetch: (context: RequestContext, ...args: A) => Promise<unknown>,
  optionsAt: "signal" extends keyof NonNullable<A[I]> ? I : never,
  read: Omit<PageReader<R, T>, "style">,
): Walk {
  return { fetch, optionsAt, read } as unknown as Walk;
}

/** A ranking row: a user's statistics, a country's or a team's. */
interface RankingRow {
  readonly user?: { readonly id?: number };
  readonly code?: string;
  readonly team?: { readonly id?: number };
}

const list = <T>(key: string) => (page: unknown): readonly T[] =>
  ((page as Record<string, readonly T[] | undefined> | null)?.[key]) ?? [];
const self = <T>(page: unknown): readonly T[] => Array.isArray(page) ? page : [];

/** Every paginated listing: its request, its options' index, its items and its end. */
const WALKS: { readonly [K in PaginatedMethod]: Walk } = {
  getBeatmapPacks: walk(getBeatmapPacks, 0, { items: list("beatmap_packs") }),
  getBeatmapsetDiscussions: walk(getBeatmapsetDiscussions, 0, { items: list("discussions") }),
  getBeatmapsetDiscussionPosts: walk(getBeatmapsetDiscussionPosts, 0, { items: list("posts") }),
  getBeatmapsetDiscussionVotes: walk(getBeatmapsetDiscussionVotes, 0, { items: list("votes") }),
  getBeatmapsetEvents: walk(getBeatmapsetEvents, 0, {
    items: list("events"),
    pageSize: 50,
    sendsLimit: true,
  }),
  getComments: walk(getComments, 0, { items: list("comments") }),
  getEvents: walk(getEvents, 0, { items: list("events") }),
  getForumTopics: walk(getForumTopics, 0, { items: list("topics") }),
  getTopicAndPosts: walk(getTopicAndPosts, 1, { items: list("posts") }),
  getMatches: walk(getMatches, 0, { items: list("matches") }),
  getScores: walk(getScores, 2, { items: list("scores") }),
  // osu-web answers a plain array (no cursor) below x-api-version 99999999: then one page.
  getRooms: walk(getRooms, 0, {
    items: (page: unknown) => Array.isArray(page) ? page : list("rooms")(page),
  }),
  getAllScores: walk(getAllScores, 0, { items: list("scores") }),
  searchBeatmapsets: walk(searchBeatmapsets, 0, { items: list("beatmapsets") }),
  getNewsListing: walk(getNewsListing, 0, { items: list("news_posts") }),
  getUserKudosu: walk(getUserKudosu, 1, { items: self, pageSize: 100 }),
  getUserScores: walk(getUserScores<string, UserScoreType>, 2, { items: self, pageSize: 100 }),
  getUserBeatmaps: walk(getUserBeatmaps<UserBeatmapType>, 2, { items: self, pageSize: 100 }),
  getUserRecentActivity: walk(getUserRecentActivity, 1, { items: self, pageSize: 100 }),
  getChannelMessages: walk(getChannelMessages, 1, {
    items: self,
    pageSize: 50,
    idOf: (m: ChatMessage) => m.message_id,
  }),
  // 50 a page, at most 1000 users: osu-web clamps later pages to the last one.
  getKudosuRanking: walk(getKudosuRanking, 0, { items: list("ranking"), pageSize: 50 }),
  getRanking: walk(getRanking<RankingType>, 2, {
    items: list("ranking"),
    hasMore: (page: { cursor?: unknown }) => Boolean(page?.cursor),
    // Rows have no id of their own: a user's, a country's or a team's.
    keyOf: (row: RankingRow) => row.user?.id ?? row.code ?? row.team?.id ?? JSON.stringify(row),
  }),
  search: walk(search, 0, {
    items: (page: SearchResult) => [...page?.user?.data ?? [], ...page?.wiki_page?.data ?? []],
    hasMore: (page: SearchResult, seen) =>
      seen < (page?.user?.total ?? 0) + (page?.wiki_page?.total ?? 0),
    keyOf: (found: { id?: number; locale?: string; path?: string }) =>
      found.id ?? `${found.locale}/${found.path}`,
  }),
};

/**
 * Walks every page of a paginated listing (what `Client.paginate` does): calls its request with
 * `args`, merging each next page's position into the options argument.
 *
 * @param context the client's request context
 * @param method the listing's method name
 * @param args the method's arguments (a position in the options is where the walk starts)
 * @param options `limit`, `signal`, `onProgress`
 * @returns an async iterator of the items
 */
export function paginateMethod<V extends string, K extends PaginatedMethod>(
  context: RequestContext,
  method: K,
  args: readonly unknown[],
  options: PaginateOptions = {},
): AsyncGenerator<PageItems<V>[K], void, undefined> {
  if (!Object.hasOwn(WALKS, method)) {
    throw new InvalidArgumentError(
      `paginate: ${JSON.stringify(method)} is not a paginated method; use one of ` +
        Object.keys(WALKS).join(", "),
    );
  }
  const { fetch, optionsAt, read } = WALKS[method];
  const given = [...args];
  const limits = PAGE_LIMITS[method];
  const type = limits?.typeAt === undefined ? undefined : given[limits.typeAt];
  const reader = {
    ...read,
    // The table's types guarantee each of these names has a pagination style.
    style: endpoints[method].pagination,
    name: method,
    maxPageSize: limits?.maxPageSize,
    resultCap: resultCapOf(limits, type),
    repeatedCursorEnds: limits?.repeatedCursorEnds,
    filteredAfterSlicing: limits?.filteredTypes?.includes(String(type)) ?? false,
  } as PageReader<unknown, unknown>;
  const base = (given[optionsAt] ?? {}) as CallOptions;
  const signal = anySignal(base.signal, options.signal);
  return paginate(
    (position) => {
      const callArgs = [...given];
      callArgs[optionsAt] = { ...base, ...definedOnly(position), signal };
      return fetch(context, ...callArgs);
    },
    reader,
    // Where to start: the method's own options, or `start` when given (it wins).
    { ...options, signal, start: { ...base, ...options.start } as Record<string, never> },
  ) as AsyncGenerator<PageItems<V>[K], void, undefined>;
}

function definedOnly(position: object): object {
  return Object.fromEntries(Object.entries(position).filter(([, value]) => value !== undefined));
}
