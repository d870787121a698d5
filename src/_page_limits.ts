/**
 * What osu-web serves per request and per listing, for each paginated route: the largest `limit`
 * it accepts (a bigger one is clamped to it), and the most items it serves in the whole listing.
 * `paginate` asks for no more than the first and stops at the second, so no item is lost to a
 * clamp and no page is fetched past the end.
 *
 * Facts read from osu-web's source (ppy/osu-web at 3f5de518, August 2026), file by file:
 * - `UsersController`: `limit` is clamped to 1..100 (default 5). `kudosu`, `recent_activity`
 *   and the `recent` scores serve nothing at or past offset 100 (`MAX_RESULTS`); `best` scores
 *   come from a cached list of 200 ids (`UserScoreable::beatmapBestScoreIds`) and are filtered
 *   after slicing, so a page may be short in the middle; `firsts`, `pinned` and beatmapsets have
 *   no cap.
 * - `Model::searchQueryAndParams` (discussions, posts, votes, beatmapset events): `limit`
 *   5..50 (default 50); the offset is clamped to `pagination.max_count` (10000) minus `limit`,
 *   so pages past 10000 items repeat the last one.
 * - `LegacyMatchesController`, `Rooms/Playlist/ScoresController`,
 *   `Chat/Channels/MessagesController`, `Forum/TopicsController` (topics and posts): 1..50.
 * - `CommentBundleParams`: 1..100 (default 50). `NewsPost::search`: 1..21 (default 20).
 *   `Room::search`: 1..250.
 * - `RankingController::kudosu`: 50 a page, at most 1000 users (later pages repeat the last).
 * - `ScoresController::index`: up to 1000 scores a page; answers the cursor it was sent when no
 *   score is new.
 *
 * @module
 */

/** The limits of one paginated route. */
export interface PageLimit {
  /** The largest `limit` osu-web accepts in one request (it clamps a bigger one). */
  readonly maxPageSize?: number;
  /**
   * The most items osu-web serves in the whole listing; by the route's `{type}` where it depends
   * on it (the key `"*"` for any other type).
   */
  readonly resultCap?: number | { readonly [type: string]: number };
  /** Where the route's `{type}` is among the method's arguments, when the cap depends on it. */
  readonly typeAt?: number;
  /** The listing answers the cursor it was sent when it has nothing new (a feed). */
  readonly repeatedCursorEnds?: boolean;
  /** The `{type}`s whose pages osu-web filters after slicing (short or empty before the end). */
  readonly filteredTypes?: readonly string[];
}

/** osu-web's `pagination.max_count`: the offset of `Model::searchQueryAndParams` stops there. */
const MAX_COUNT = 10_000;

/** The limits of each paginated route, by `Client` method name. */
export const PAGE_LIMITS: { readonly [method: string]: PageLimit } = {
  getBeatmapsetDiscussions: { maxPageSize: 50, resultCap: MAX_COUNT },
  getBeatmapsetDiscussionPosts: { maxPageSize: 50, resultCap: MAX_COUNT },
  getBeatmapsetDiscussionVotes: { maxPageSize: 50, resultCap: MAX_COUNT },
  getBeatmapsetEvents: { maxPageSize: 50, resultCap: MAX_COUNT },
  getComments: { maxPageSize: 100 },
  getForumTopics: { maxPageSize: 50 },
  getTopicAndPosts: { maxPageSize: 50 },
  getMatches: { maxPageSize: 50 },
  getScores: { maxPageSize: 50 },
  getRooms: { maxPageSize: 250 },
  getAllScores: { repeatedCursorEnds: true },
  getNewsListing: { maxPageSize: 21 },
  getUserKudosu: { maxPageSize: 100, resultCap: 100 },
  getUserScores: {
    maxPageSize: 100,
    resultCap: { best: 200, recent: 100 },
    typeAt: 1,
    filteredTypes: ["best"],
  },
  getUserBeatmaps: { maxPageSize: 100 },
  getUserRecentActivity: { maxPageSize: 100, resultCap: 100 },
  getChannelMessages: { maxPageSize: 50 },
  getKudosuRanking: { resultCap: 1000 },
};

/**
 * The result cap of a route for a `{type}`.
 *
 * @param limit the route's limits
 * @param type the value of the route's `{type}`, if it has one
 * @returns the cap, or `undefined` when the listing has none
 */
export function resultCapOf(limit: PageLimit | undefined, type?: unknown): number | undefined {
  const cap = limit?.resultCap;
  if (cap === undefined || typeof cap === "number") return cap;
  return cap[String(type)] ?? cap["*"];
}
