/**
 * One call per `Client` method (and per argument that changes the answer's shape), for the
 * key-walk test: `tests/models_keys_test.ts` runs each against the emulator and, with the
 * TypeScript compiler, reads the type each call expression returns. Arguments follow
 * `examples/usage_all_methods.ts`; calls run in this order, so writes come after the reads they
 * would disturb.
 */
import { Client, Scope } from "@osu-ts/api";
import type { Emulator } from "@osu-ts/api/testing";
import { playerLogin } from "./_player_login.ts";

/** The clients the calls use. */
export interface Clients {
  /** Client credentials, default API version. */
  readonly app: Client;
  /** Client credentials with an API version before 20220705 (legacy scores, plain friends). */
  readonly legacy: Client<"20220704">;
  /** The player's authorization-code token with every user scope. */
  readonly user: Client;
  /** A delegated bot token. */
  readonly bot: Client;
  /** The password grant (`*`). */
  readonly lazer: Client;
  /** The password grant with an API version before 20220705. */
  readonly lazerLegacy: Client<"20220704">;
  /** The player's id. */
  readonly me: number;
}

/** One call: a name for the report and what to run. */
export interface ModelCall {
  /** `method` or `method(variant)`. */
  readonly name: string;
  /** The call; its return type is what the test compares against. */
  readonly run: (clients: Clients) => Promise<unknown>;
}

/**
 * The clients, against one emulator.
 *
 * @param osu the emulator
 * @returns the clients
 */
export async function makeClients(osu: Emulator): Promise<Clients> {
  const options = { fetch: osu.fetch, requestWaitTime: 0, limitPerMinute: 100_000 };
  const auth = await playerLogin(osu);
  return {
    app: Client.fromClientCredentials({ ...osu.credentials, ...options }),
    legacy: Client.fromClientCredentials({
      ...osu.credentials,
      ...options,
      apiVersion: "20220704",
    }),
    user: new Client(auth, options),
    bot: Client.fromClientCredentials({
      ...osu.botCredentials,
      scope: new Scope("delegate", "forum.write_manage"),
      ...options,
    }),
    lazer: Client.fromOsuCredentials({ ...osu.player, acknowledgeRisk: true, ...options }),
    lazerLegacy: Client.fromOsuCredentials({
      ...osu.player,
      acknowledgeRisk: true,
      ...options,
      apiVersion: "20220704",
    }),
    me: osu.player.id,
  };
}

const PLAY = {
  accuracy: 1,
  max_combo: 1,
  mods: [],
  passed: true,
  rank: "X",
  ruleset_id: 0,
  statistics: { great: 1 },
  total_score: 1_000_000,
} as const;

/** Every method, in a safe order. */
export const MODEL_CALLS = [
  // users
  { name: "getUser", run: ({ app }) => app.getUser("@peppy", "osu", { key: "username" }) },
  { name: "getUser(taiko)", run: ({ app }) => app.getUser(124493, "taiko") },
  { name: "getUsers", run: ({ app }) => app.getUsers([2, 3, 124493]) },
  {
    name: "getUsers(variants)",
    run: ({ app }) => app.getUsers([2, 124493], { includeVariantStatistics: true }),
  },
  { name: "lookupUsers", run: ({ app }) => app.lookupUsers([2, "@Cookiezi"]) },
  { name: "getOwnData", run: ({ user }) => user.getOwnData("osu") },
  { name: "getUserScores(best)", run: ({ app }) => app.getUserScores(1000001, "best") },
  { name: "getUserScores(firsts)", run: ({ app }) => app.getUserScores(1000001, "firsts") },
  {
    name: "getUserScores(recent)",
    run: ({ app }) => app.getUserScores(1000001, "recent", { includeFails: true }),
  },
  { name: "getUserScores(legacy)", run: ({ legacy }) => legacy.getUserScores(1000001, "best") },
  { name: "getUserScores(pinned)", run: ({ app }) => app.getUserScores(1000001, "pinned") },
  { name: "getUserKudosu", run: ({ app }) => app.getUserKudosu(1000001, { limit: 5 }) },
  { name: "getUserBeatmaps(ranked)", run: ({ app }) => app.getUserBeatmaps(1000001, "ranked") },
  {
    name: "getUserBeatmaps(favourite)",
    run: ({ app }) => app.getUserBeatmaps(1000001, "favourite"),
  },
  {
    name: "getUserBeatmaps(most_played)",
    run: ({ app }) => app.getUserBeatmaps(1000001, "most_played"),
  },
  { name: "getUserRecentActivity", run: ({ app }) => app.getUserRecentActivity(2, { limit: 20 }) },
  {
    name: "searchBeatmapsPassed",
    run: ({ app }) => app.searchBeatmapsPassed(1000001, { beatmapsetIds: [1, 2000001] }),
  },
  // beatmaps
  { name: "getBeatmap", run: ({ app }) => app.getBeatmap(75) },
  { name: "getBeatmaps", run: ({ app }) => app.getBeatmaps([75]) },
  { name: "lookupBeatmap", run: ({ app }) => app.lookupBeatmap({ id: 75 }) },
  {
    name: "getBeatmapAttributes(osu)",
    run: ({ app }) => app.getBeatmapAttributes(75, { mods: ["HD"], ruleset: "osu" }),
  },
  {
    name: "getBeatmapAttributes(taiko)",
    run: ({ app }) => app.getBeatmapAttributes(75, { ruleset: "taiko" }),
  },
  {
    name: "getBeatmapAttributes(fruits)",
    run: ({ app }) => app.getBeatmapAttributes(75, { ruleset: "fruits" }),
  },
  {
    name: "getBeatmapAttributes(mania)",
    run: ({ app }) => app.getBeatmapAttributes(75, { ruleset: "mania" }),
  },
  { name: "getBeatmapPacks", run: ({ app }) => app.getBeatmapPacks({ type: "standard" }) },
  { name: "getBeatmapPack", run: ({ app }) => app.getBeatmapPack("S1") },
  { name: "getTags", run: ({ app }) => app.getTags() },
  {
    name: "searchBeatmapsets",
    run: ({ app }) => app.searchBeatmapsets({ query: "disco", mode: "osu" }),
  },
  { name: "lookupBeatmapset", run: ({ app }) => app.lookupBeatmapset(75) },
  { name: "getBeatmapset", run: ({ app }) => app.getBeatmapset(1) },
  { name: "getBeatmapset(user)", run: ({ user }) => user.getBeatmapset(1) },
  { name: "getBeatmapset(lazer)", run: ({ lazer }) => lazer.getBeatmapset(2000001) },
  { name: "searchBeatmapsets(lazer)", run: ({ lazer }) => lazer.searchBeatmapsets() },
  { name: "getBeatmap(lazer)", run: ({ lazer }) => lazer.getBeatmap(75) },
  {
    name: "getBeatmapsetDiscussions",
    run: ({ app }) => app.getBeatmapsetDiscussions({ beatmapsetId: 1 }),
  },
  {
    name: "getBeatmapsetDiscussions(user)",
    run: ({ user }) => user.getBeatmapsetDiscussions({ beatmapsetId: 1 }),
  },
  { name: "getBeatmapsetDiscussionPosts", run: ({ app }) => app.getBeatmapsetDiscussionPosts() },
  { name: "getBeatmapsetDiscussionVotes", run: ({ app }) => app.getBeatmapsetDiscussionVotes() },
  { name: "getBeatmapsetEvents", run: ({ app }) => app.getBeatmapsetEvents() },
  // scores
  { name: "getBeatmapScores", run: ({ app }) => app.getBeatmapScores(75) },
  { name: "getBeatmapScores(legacy)", run: ({ legacy }) => legacy.getBeatmapScores(75) },
  { name: "getBeatmapScoresNonLegacy", run: ({ app }) => app.getBeatmapScoresNonLegacy(75) },
  { name: "getUserBeatmapScore", run: ({ app }) => app.getUserBeatmapScore(75, 1000001) },
  {
    name: "getUserBeatmapScore(legacy)",
    run: ({ legacy }) => legacy.getUserBeatmapScore(75, 1000001),
  },
  { name: "getUserBeatmapScores", run: ({ app }) => app.getUserBeatmapScores(75, 1000001) },
  {
    name: "getScoreById",
    run: async ({ app }) => {
      const { score } = await app.getUserBeatmapScore(75, 1000001);
      return await app.getScoreById("osu", score.legacy_score_id ?? 1);
    },
  },
  {
    name: "getScoreById(legacy)",
    run: async ({ legacy, app }) => {
      const { score } = await app.getUserBeatmapScore(75, 1000001);
      return await legacy.getScoreById("osu", score.legacy_score_id ?? 1);
    },
  },
  {
    name: "getScoreByIdOnly",
    run: async ({ app }) => app.getScoreByIdOnly((await app.getBeatmapScores(75)).scores[0].id),
  },
  { name: "getAllScores", run: ({ app }) => app.getAllScores({ ruleset: "osu" }) },
  // comments, forum, news, wiki, changelog
  {
    name: "getComments",
    run: ({ app }) => app.getComments({ commentableType: "beatmapset", commentableId: 1 }),
  },
  { name: "getComment", run: ({ app }) => app.getComment(100000) },
  { name: "getForums", run: ({ app }) => app.getForums() },
  { name: "getForum", run: ({ app }) => app.getForum(2) },
  { name: "getForumTopics", run: ({ app }) => app.getForumTopics({ forumId: 2 }) },
  { name: "getTopicAndPosts", run: ({ app }) => app.getTopicAndPosts(1800000) },
  { name: "getNewsListing", run: ({ app }) => app.getNewsListing({ limit: 5 }) },
  { name: "getNewsPost", run: ({ app }) => app.getNewsPost(1500) },
  { name: "getWikiPage", run: ({ app }) => app.getWikiPage("en", "Main_page") },
  { name: "getChangelogListing", run: ({ app }) => app.getChangelogListing() },
  {
    name: "getChangelogListing(formats)",
    run: ({ app }) => app.getChangelogListing({ messageFormats: ["markdown", "html"] }),
  },
  {
    name: "getChangelogBuild",
    run: ({ app }) => app.getChangelogBuild("stable40", "2026.801.0"),
  },
  { name: "lookupChangelogBuild", run: ({ app }) => app.lookupChangelogBuild("2026.801.0") },
  { name: "lookupChangelogBuild(stream)", run: ({ app }) => app.lookupChangelogBuild("lazer") },
  // multiplayer, matches
  { name: "getRooms", run: ({ app }) => app.getRooms({ mode: "active" }) },
  { name: "getRooms(legacy)", run: ({ legacy }) => legacy.getRooms({ mode: "all" }) },
  { name: "getRoom", run: ({ app }) => app.getRoom(1000000) },
  { name: "getRoom(user)", run: ({ user }) => user.getRoom(1000000) },
  { name: "getRoomLeaderboard", run: ({ app }) => app.getRoomLeaderboard(1000000) },
  { name: "getRoomEvents", run: ({ app }) => app.getRoomEvents(1000000) },
  { name: "getScores", run: ({ app }) => app.getScores(1000000, 2000000) },
  { name: "getMatches", run: ({ app }) => app.getMatches() },
  { name: "getMatch", run: ({ app }) => app.getMatch(110000000) },
  { name: "getMatch(legacy)", run: ({ legacy }) => legacy.getMatch(110000000) },
  // rankings, events, search, misc
  { name: "getRanking(performance)", run: ({ app }) => app.getRanking("osu", "performance") },
  { name: "getRanking(score)", run: ({ app }) => app.getRanking("osu", "score") },
  {
    name: "getRanking(performance, country)",
    run: ({ app }) => app.getRanking("osu", "performance", { country: "DE", page: 1 }),
  },
  { name: "getRanking(mania)", run: ({ app }) => app.getRanking("mania", "performance") },
  { name: "getRanking(country)", run: ({ app }) => app.getRanking("osu", "country") },
  {
    name: "getRanking(charts)",
    run: ({ app }) => app.getRanking("osu", "charts", { spotlight: 1 }),
  },
  { name: "getRanking(team)", run: ({ app }) => app.getRanking("osu", "team") },
  { name: "getKudosuRanking", run: ({ app }) => app.getKudosuRanking() },
  { name: "getSpotlights", run: ({ app }) => app.getSpotlights() },
  { name: "getEvents", run: ({ app }) => app.getEvents() },
  { name: "search(all)", run: ({ app }) => app.search({ query: "a" }) },
  { name: "search(user)", run: ({ app }) => app.search({ mode: "user", query: "peppy" }) },
  { name: "search(wiki_page)", run: ({ app }) => app.search({ mode: "wiki_page", query: "osu" }) },
  { name: "getSeasonalBackgrounds", run: ({ app }) => app.getSeasonalBackgrounds() },
  { name: "getTeam", run: ({ app }) => app.getTeam(1, "osu") },
  // the player's token
  { name: "getFriends", run: ({ user }) => user.getFriends() },
  { name: "getFriends(legacy)", run: ({ lazerLegacy }) => lazerLegacy.getFriends() },
  { name: "getBeatmapScores(user)", run: ({ user }) => user.getBeatmapScores(75) },
  { name: "getUser(user)", run: ({ user }) => user.getUser(124493, "mania") },
  { name: "getOwnFavouriteBeatmapsets", run: ({ user }) => user.getOwnFavouriteBeatmapsets() },
  { name: "getDownloadQuota", run: ({ user }) => user.getDownloadQuota() },
  { name: "getChannelList", run: ({ user }) => user.getChannelList() },
  { name: "joinChannel", run: ({ user, me }) => user.joinChannel(5, me) },
  { name: "getChannel", run: ({ user }) => user.getChannel(5) },
  { name: "sendMessageToChannel", run: ({ user }) => user.sendMessageToChannel(5, "hello") },
  { name: "getChannelMessages", run: ({ user }) => user.getChannelMessages(5, { limit: 50 }) },
  { name: "chatKeepalive", run: ({ user }) => user.chatKeepalive() },
  { name: "createNewPm", run: ({ user }) => user.createNewPm(2, "hi") },
  { name: "createChannel", run: ({ user }) => user.createChannel({ type: "PM", targetId: 2 }) },
  { name: "createPmChannel", run: ({ user }) => user.createPmChannel(3) },
  {
    name: "createAnnouncementChannel",
    run: ({ user }) =>
      user.createAnnouncementChannel({ name: "News", description: "News" }, [2], "Hello"),
  },
  { name: "createTopic", run: ({ user }) => user.createTopic(2, "Title", "Body") },
  { name: "replyTopic", run: ({ user }) => user.replyTopic(1800000, "Reply") },
  {
    name: "editTopic",
    run: async ({ user }) =>
      user.editTopic((await user.createTopic(2, "Mine", "Body")).topic.id, "New"),
  },
  {
    name: "editPost",
    run: async ({ user }) => user.editPost((await user.replyTopic(1800000, "Mine")).id, "Edited"),
  },
  // lazer-only
  {
    name: "createScoreToken",
    run: ({ lazer }) => lazer.createScoreToken(75, { ruleset: "osu", versionHash: "hash" }),
  },
  {
    name: "submitSoloScore",
    run: async ({ lazer }) => {
      const token = await lazer.createScoreToken(75, { ruleset: "osu", versionHash: "hash" });
      return await lazer.submitSoloScore(75, token.id, PLAY);
    },
  },
  { name: "favouriteBeatmapset", run: ({ lazer }) => lazer.favouriteBeatmapset(1, "favourite") },
  { name: "rateBeatmapset", run: ({ lazer }) => lazer.rateBeatmapset(1, 10) },
  { name: "getBeatmapsetRating", run: ({ lazer }) => lazer.getBeatmapsetRating(1) },
  {
    name: "postNewComment",
    run: ({ lazer }) =>
      lazer.postNewComment({ commentableType: "beatmapset", commentableId: 1, message: "Nice" }),
  },
  {
    name: "editComment",
    run: async ({ lazer }) => {
      const posted = await lazer.postNewComment({
        commentableType: "beatmapset",
        commentableId: 1,
        message: "Nice",
      });
      return await lazer.editComment(posted.comments[0].id, "Very nice");
    },
  },
  {
    name: "deleteComment",
    run: async ({ lazer }) => {
      const posted = await lazer.postNewComment({
        commentableType: "beatmapset",
        commentableId: 1,
        message: "Gone soon",
      });
      return await lazer.deleteComment(posted.comments[0].id);
    },
  },
  { name: "addCommentVote", run: ({ lazer }) => lazer.addCommentVote(100001) },
  { name: "removeCommentVote", run: ({ lazer }) => lazer.removeCommentVote(100001) },
  { name: "getUpdates", run: ({ lazer }) => lazer.getUpdates(1, { includes: ["messages"] }) },
  { name: "getChatPresence", run: ({ lazer }) => lazer.getChatPresence() },
  {
    name: "createRoom",
    run: ({ lazer }) => lazer.createRoom({ name: "Mine", playlist: [{ beatmap_id: 75 }] }),
  },
  { name: "joinRoom", run: ({ lazer, me }) => lazer.joinRoom(1000000, me) },
  {
    name: "createPlaylistScoreToken",
    run: ({ lazer }) => lazer.createPlaylistScoreToken(1000000, 2000000, { versionHash: "hash" }),
  },
  {
    name: "submitPlaylistScore",
    run: async ({ lazer }) => {
      const token = await lazer.createPlaylistScoreToken(1000000, 2000000, { versionHash: "hash" });
      return await lazer.submitPlaylistScore(1000000, 2000000, token.id, PLAY);
    },
  },
  {
    name: "getPlaylistScore",
    run: async ({ lazer }) =>
      lazer.getPlaylistScore(
        1000000,
        2000000,
        (await lazer.getScores(1000000, 2000000)).scores[0].id,
      ),
  },
  {
    name: "getPlaylistUserHighScore",
    run: ({ lazer, me }) => lazer.getPlaylistUserHighScore(1000000, 2000000, me),
  },
  { name: "getFriends(lazer)", run: ({ lazer }) => lazer.getFriends() },
  { name: "addFriend", run: ({ lazer }) => lazer.addFriend(3) },
  { name: "getBlocks", run: ({ lazer }) => lazer.getBlocks() },
  { name: "blockUser", run: ({ lazer }) => lazer.blockUser(124493) },
  { name: "getNotifications", run: ({ lazer }) => lazer.getNotifications() },
  { name: "updateOwnOptions", run: ({ lazer }) => lazer.updateOwnOptions({ user: {} }) },
  {
    name: "uploadScreenshot",
    run: ({ lazer }) =>
      lazer.uploadScreenshot(new Blob([new Uint8Array([0xff, 0xd8])], { type: "image/jpeg" })),
  },
] as const satisfies readonly ModelCall[];
