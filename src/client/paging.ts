/**
 * `Client.paginate`: every paginated endpoint as an async iterator of items, through the one
 * mechanism in `paginate.ts`. The readers below say where each listing keeps its items and when
 * it ends; the style comes from the endpoint table.
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
import type { CountryStatistics } from "../models/rankings.ts";
import type { Score, ScoreFor } from "../models/scores.ts";
import type { KudosuHistory, UserCompact, UserEvent, UserStatistics } from "../models/users.ts";
import type { WikiPage } from "../models/wiki.ts";
import { type PageReader, paginate, type PaginateOptions } from "../paginate.ts";
import type { CallOptions } from "./options.ts";
import { SessionApi } from "./session.ts";

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

type Reader = PageReader<unknown, unknown>;

function reader<R, T>(read: Omit<PageReader<R, T>, "style">, name: PaginatedMethod): Reader {
  // The table's types guarantee each of these names has a pagination style.
  return { ...read, style: endpoints[name].pagination } as unknown as Reader;
}

const list = <T>(key: string) => (page: unknown): readonly T[] =>
  ((page as Record<string, readonly T[] | undefined> | null)?.[key]) ?? [];
const self = <T>(page: unknown): readonly T[] => Array.isArray(page) ? page : [];

/** How each listing is read: its items and its end. */
const READERS: { readonly [K in PaginatedMethod]: Reader } = {
  getBeatmapPacks: reader({ items: list("beatmap_packs") }, "getBeatmapPacks"),
  getBeatmapsetDiscussions: reader({ items: list("discussions") }, "getBeatmapsetDiscussions"),
  getBeatmapsetDiscussionPosts: reader({ items: list("posts") }, "getBeatmapsetDiscussionPosts"),
  getBeatmapsetDiscussionVotes: reader({ items: list("votes") }, "getBeatmapsetDiscussionVotes"),
  getBeatmapsetEvents: reader(
    { items: list("events"), pageSize: 50, sendsLimit: true },
    "getBeatmapsetEvents",
  ),
  getComments: reader({ items: list("comments") }, "getComments"),
  getEvents: reader({ items: list("events") }, "getEvents"),
  getForumTopics: reader({ items: list("topics") }, "getForumTopics"),
  getTopicAndPosts: reader({ items: list("posts") }, "getTopicAndPosts"),
  getMatches: reader({ items: list("matches") }, "getMatches"),
  getScores: reader({ items: list("scores") }, "getScores"),
  // osu-web answers a plain array (no cursor) below x-api-version 99999999: then one page.
  getRooms: reader(
    { items: (page) => Array.isArray(page) ? page : list("rooms")(page) },
    "getRooms",
  ),
  getAllScores: reader({ items: list("scores") }, "getAllScores"),
  searchBeatmapsets: reader({ items: list("beatmapsets") }, "searchBeatmapsets"),
  getNewsListing: reader({ items: list("news_posts") }, "getNewsListing"),
  getUserKudosu: reader({ items: self, pageSize: 100 }, "getUserKudosu"),
  getUserScores: reader({ items: self, pageSize: 100 }, "getUserScores"),
  getUserBeatmaps: reader({ items: self, pageSize: 100 }, "getUserBeatmaps"),
  getUserRecentActivity: reader({ items: self, pageSize: 100 }, "getUserRecentActivity"),
  getChannelMessages: reader(
    { items: self, pageSize: 50, idOf: (m: ChatMessage) => m.message_id },
    "getChannelMessages",
  ),
  // 50 a page, at most 20 pages: osu-web clamps later pages to the last one.
  getKudosuRanking: reader({
    items: list("ranking"),
    hasMore: (_page, seen) => seen < 1000 && seen % 50 === 0,
  }, "getKudosuRanking"),
  getRanking: reader({
    items: list("ranking"),
    hasMore: (page: { cursor?: unknown }) => Boolean(page?.cursor),
  }, "getRanking"),
  search: reader({
    items: (page: SearchResult) => [...page?.user?.data ?? [], ...page?.wiki_page?.data ?? []],
    hasMore: (page: SearchResult, seen) =>
      seen < (page?.user?.total ?? 0) + (page?.wiki_page?.total ?? 0),
  }, "search"),
};

/** Adds `paginate`; `Client` extends it. */
export class PagingApi<V extends string = DefaultApiVersion> extends SessionApi<V> {
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
    args: Parameters<PagingApi<V>[K]>,
    options: PaginateOptions = {},
  ): AsyncGenerator<PageItems<V>[K], void, undefined> {
    const read = READERS[method];
    const call = this[method] as unknown as (...args: unknown[]) => Promise<unknown>;
    // Every paginated method takes its options last, as its one parameter with a default.
    const optionsAt = call.length;
    const given = [...(args as readonly unknown[])];
    const base = (given[optionsAt] ?? {}) as CallOptions;
    const signal = anySignal(base.signal, options.signal);
    return paginate(
      (position) => {
        const callArgs = [...given];
        callArgs[optionsAt] = { ...base, ...definedOnly(position), signal };
        return call.apply(this, callArgs);
      },
      read,
      { ...options, signal, start: base as Record<string, never> },
    ) as AsyncGenerator<PageItems<V>[K], void, undefined>;
  }
}

function definedOnly(position: object): object {
  return Object.fromEntries(Object.entries(position).filter(([, value]) => value !== undefined));
}

function anySignal(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}
