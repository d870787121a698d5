/**
 * Every `Client` method, called once with typed arguments. `deno check` keeps it in step with
 * the API; run it (`deno run -A examples/usage_all_methods.ts`) and it talks to the offline
 * emulator, never to the real osu!.
 */
import { AuthHandler, Client, Scope } from "../mod.ts";
import { createEmulator } from "../src/testing/mod.ts";

/** Public, no-token and paginated calls (client credentials). */
export async function publicCalls(client: Client): Promise<void> {
  await client.getUser("@peppy", "osu", { key: "username" });
  await client.getUsers([2, 3], { includeVariantStatistics: false });
  await client.lookupUsers([2, "@peppy"], { ruleset: "osu", excludeBots: true });
  await client.getUserScores(2, "best", { mode: "osu", limit: 5, offset: 0, legacyOnly: false });
  await client.getUserKudosu(2, { limit: 5 });
  await client.getUserBeatmaps(2, "ranked", { limit: 5 });
  await client.getUserRecentActivity(2, { limit: 5 });
  await client.searchBeatmapsPassed(2, { beatmapsetIds: [1], ruleset: "osu", isLegacy: false });
  await client.getBeatmap(75);
  await client.getBeatmaps([75]);
  await client.lookupBeatmap({ id: 75 });
  await client.getBeatmapAttributes(75, { mods: ["HD"], ruleset: "osu" });
  await client.getBeatmapPacks({ type: "standard" });
  await client.getBeatmapPack("S1");
  await client.getTags();
  await client.searchBeatmapsets({
    query: "disco",
    mode: "osu",
    status: "ranked",
    sort: "plays_desc",
  });
  await client.lookupBeatmapset(75);
  await client.getBeatmapset(1);
  await client.getBeatmapsetDiscussions({ beatmapsetId: 1, messageTypes: ["problem"] });
  await client.getBeatmapsetDiscussionPosts({ types: ["first"], limit: 5 });
  await client.getBeatmapsetDiscussionVotes({ score: 1 });
  await client.getBeatmapsetEvents({ types: ["rank"], limit: 5 });
  const board = await client.getBeatmapScores(75, { mode: "osu", type: "global", mods: ["HD"] });
  await client.getBeatmapScoresNonLegacy(75, { limit: 10 });
  const mine = await client.getUserBeatmapScore(75, 1000001, { mode: "osu" });
  await client.getUserBeatmapScores(75, 1000001, { mode: "osu" });
  await client.getScoreById("osu", mine.score.legacy_score_id ?? 1);
  await client.getScoreByIdOnly(mine.score.id);
  await client.getAllScores({ ruleset: "osu" });
  await client.getReplayData("osu", mine.score.legacy_score_id ?? 1);
  await client.getReplayDataByIdOnly(board.scores[0]?.id ?? mine.score.id);
  await client.getComments({ commentableType: "beatmapset", commentableId: 1, sort: "new" });
  await client.getComment(100000);
  await client.getForums();
  await client.getForum(2);
  await client.getForumTopics({ forumId: 2, sort: "new", limit: 10 });
  await client.getTopicAndPosts(1800000, { sort: "id_asc", limit: 10 });
  await client.getRooms({ mode: "active", typeGroup: "playlists" });
  await client.getRoom(1000000);
  await client.getRoomLeaderboard(1000000);
  await client.getRoomEvents(1000000, { limit: 10 });
  await client.getScores(1000000, 1, { limit: 10, sort: "score_desc" });
  await client.getMatches({ limit: 10, sort: "id_desc" });
  await client.getMatch(110000000, { limit: 10 });
  await client.getRanking("osu", "performance", { country: "AU", filter: "all", page: 1 });
  await client.getKudosuRanking({ page: 1 });
  await client.getSpotlights();
  await client.getNewsListing({ limit: 5, year: 2026 });
  await client.getNewsPost(1500);
  await client.getWikiPage("en", "Main_page");
  await client.getChangelogListing({ stream: "stable40", messageFormats: ["markdown"] });
  await client.getChangelogBuild("stable40", "2026.801.0");
  await client.lookupChangelogBuild("2026.801.0");
  await client.getEvents({ sort: "id_desc" });
  await client.search({ mode: "user", query: "peppy", page: 1 });
  await client.getSeasonalBackgrounds();
  await client.getTeam(1, "osu");
  for await (const score of client.paginate("getUserScores", [2, "best", {}], { limit: 10 })) {
    console.log(score.id, score.pp);
  }
}

/** Calls for a user's token (authorization code). */
export async function userCalls(client: Client, me: number): Promise<void> {
  await client.getOwnData("osu");
  await client.getFriends();
  await client.getOwnFavouriteBeatmapsets();
  await client.getDownloadQuota();
  const [channel] = await client.getChannelList();
  await client.joinChannel(channel.channel_id, me);
  await client.getChannel(channel.channel_id);
  const message = await client.sendMessageToChannel(channel.channel_id, "hello", {
    isAction: false,
  });
  await client.getChannelMessages(channel.channel_id, { limit: 50 });
  await client.markChannelAsRead(channel.channel_id, message.message_id);
  await client.chatKeepalive({ since: message.message_id });
  await client.createNewPm(2, "hi");
  await client.createChannel({ type: "PM", targetId: 2 });
  await client.createPmChannel(3);
  await client.createAnnouncementChannel({ name: "News", description: "News" }, [2], "Hello");
  await client.leaveChannel(channel.channel_id, me);
  const topic = await client.createTopic(2, "Title", "Body");
  const post = await client.replyTopic(topic.topic.id, "Reply");
  await client.editTopic(topic.topic.id, "New title");
  await client.editPost(post.id, "Edited");
  await client.reissueSessionVerificationCode();
  await client.verifySessionByMailFallback();
  await client.verifySession("12345678");
  await client.revokeCurrentToken();
}

/** Calls for a delegated bot token (`delegate forum.write_manage`). */
export async function delegatedCalls(client: Client): Promise<void> {
  await client.lockTopic(1800000, true);
  await client.pinTopic(1800000, 1);
}

/** Lazer-only calls (the password grant; see the risk in `Client.fromOsuCredentials`). */
export async function lazerCalls(client: Client, me: number): Promise<void> {
  const token = await client.createScoreToken(75, { ruleset: "osu", versionHash: "hash" });
  const play = {
    accuracy: 1,
    max_combo: 1,
    mods: [],
    passed: true,
    rank: "X",
    ruleset_id: 0,
    statistics: { great: 1 },
    total_score: 1_000_000,
  } as const;
  const score = await client.submitSoloScore(75, token.id, play);
  await client.addBeatmapTagVote(75, 1);
  await client.removeBeatmapTagVote(75, 1);
  await client.favouriteBeatmapset(1, "favourite");
  await client.rateBeatmapset(1, 10);
  await client.getBeatmapsetRating(1);
  await client.downloadBeatmapset(2000001, { noVideo: true });
  await client.pinScore(score.id);
  await client.reorderPinnedScore(score.id, { afterScoreId: score.id });
  await client.unpinScore(score.id);
  const comment = await client.postNewComment({
    commentableType: "beatmapset",
    commentableId: 1,
    message: "Nice",
  });
  const id = comment.comments[0].id;
  await client.editComment(id, "Very nice");
  await client.addCommentVote(100001);
  await client.removeCommentVote(100001);
  await client.deleteComment(id);
  await client.getUpdates(1, { includes: ["messages"] });
  await client.getChatPresence();
  await client.moveTopic(1800000, 2);
  await client.createReport({
    reportableType: "user",
    reportableId: 3,
    reason: "Spam",
    comments: "",
  });
  const room = await client.createRoom({ name: "Mine", playlist: [{ beatmap_id: 75 }] });
  await client.joinRoom(room.id, me);
  const item = room.playlist?.[0]?.id ?? 1;
  const playToken = await client.createPlaylistScoreToken(room.id, item, { versionHash: "hash" });
  const roomScore = await client.submitPlaylistScore(room.id, item, playToken.id, play);
  await client.getPlaylistScore(room.id, item, roomScore.id);
  await client.getPlaylistUserHighScore(room.id, item, me);
  await client.leaveRoom(room.id, me);
  await client.deleteRoom(room.id);
  await client.getFriends();
  await client.addFriend(3);
  await client.removeFriend(3);
  await client.getBlocks();
  await client.blockUser(3);
  await client.unblockUser(3);
  await client.getNotifications();
  await client.markNotificationsAsRead({ notifications: [{ id: 700 }] });
  await client.updateOwnOptions({ user: { playmode: "osu" } });
  await client.unlockClientAchievement(500);
  await client.uploadScreenshot(new Blob([new Uint8Array([0xff, 0xd8])], { type: "image/jpeg" }));
}

if (import.meta.main) {
  const osu = createEmulator(); // never the real osu!: this example only runs offline
  const options = { fetch: osu.fetch, requestWaitTime: 0, limitPerMinute: 10_000 };
  await publicCalls(Client.fromClientCredentials({ ...osu.credentials, ...options }));
  const scope = new Scope(
    "public",
    "identify",
    "friends.read",
    "chat.read",
    "chat.write",
    "chat.write_manage",
    "forum.write",
  );
  const auth = new AuthHandler({ ...osu.credentials, scope, fetch: osu.fetch });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  await userCalls(new Client(auth, options), osu.player.id);
  await delegatedCalls(
    Client.fromClientCredentials({
      ...osu.botCredentials,
      scope: new Scope("delegate", "forum.write_manage"),
      ...options,
    }),
  );
  const lazer = Client.fromOsuCredentials({ ...osu.player, acknowledgeRisk: true, ...options });
  await lazerCalls(lazer, osu.player.id).catch((error) => console.error(`lazer: ${error.message}`));
  console.log(`${new Set(osu.requests.map((r) => r.endpoint)).size} endpoints called`);
}
