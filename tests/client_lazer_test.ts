/**
 * The lazer-only routes (scope `*`): each called once with a password-grant client against the
 * emulator, and each refused with `GrantError`, before any request, on other clients.
 */
import { assert, assertEquals, assertInstanceOf, assertRejects } from "@std/assert";
import { Client, endpoints, GrantError } from "../mod.ts";
import type { ScoreSubmission } from "../mod.ts";
import { createEmulator } from "../src/testing/mod.ts";

function lazerClient() {
  const osu = createEmulator();
  const client = Client.fromOsuCredentials({
    ...osu.player,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    requestWaitTime: 0,
    limitPerMinute: 10_000,
  });
  return { osu, client };
}

const PLAY: ScoreSubmission = {
  accuracy: 0.98,
  max_combo: 300,
  mods: [],
  passed: true,
  rank: "S",
  ruleset_id: 0,
  statistics: { great: 300, ok: 5 },
  total_score: 900_000,
};

/** One call of each lazer-only method, with valid arguments. */
const LAZER_CALLS: Record<string, (client: Client) => Promise<unknown>> = {
  createScoreToken: (c) => c.createScoreToken(75, { ruleset: "osu", versionHash: "v" }),
  submitSoloScore: (c) => c.submitSoloScore(75, 1, PLAY),
  addBeatmapTagVote: (c) => c.addBeatmapTagVote(75, 1),
  removeBeatmapTagVote: (c) => c.removeBeatmapTagVote(75, 1),
  favouriteBeatmapset: (c) => c.favouriteBeatmapset(1, "favourite"),
  getBeatmapsetRating: (c) => c.getBeatmapsetRating(1),
  rateBeatmapset: (c) => c.rateBeatmapset(1, 9),
  getBlocks: (c) => c.getBlocks(),
  blockUser: (c) => c.blockUser(3),
  unblockUser: (c) => c.unblockUser(3),
  postNewComment: (c) =>
    c.postNewComment({ commentableType: "beatmapset", commentableId: 1, message: "nice" }),
  editComment: (c) => c.editComment(100000, "edited"),
  deleteComment: (c) => c.deleteComment(100000),
  addCommentVote: (c) => c.addCommentVote(100001),
  removeCommentVote: (c) => c.removeCommentVote(100001),
  getUpdates: (c) => c.getUpdates(1, { includes: ["messages", "presence"] }),
  getChatPresence: (c) => c.getChatPresence(),
  moveTopic: (c) => c.moveTopic(1800000, 2),
  createReport: (c) =>
    c.createReport({ reportableType: "user", reportableId: 3, reason: "Spam", comments: "" }),
  joinRoom: (c) => c.joinRoom(1000000, 1000001),
  leaveRoom: (c) => c.leaveRoom(1000000, 1000001),
  getPlaylistUserHighScore: (c) => c.getPlaylistUserHighScore(1000000, 1, 2),
  getPlaylistScore: (c) => c.getPlaylistScore(1000000, 1, 1),
  createPlaylistScoreToken: (c) => c.createPlaylistScoreToken(1000000, 1, { versionHash: "v" }),
  submitPlaylistScore: (c) => c.submitPlaylistScore(1000000, 1, 1, PLAY),
  createRoom: (c) =>
    c.createRoom({ name: "Mine", type: "playlists", playlist: [{ beatmap_id: 75 }] }),
  deleteRoom: (c) => c.deleteRoom(1000000),
  reorderPinnedScore: (c) => c.reorderPinnedScore(1, { afterScoreId: 2 }),
  unpinScore: (c) => c.unpinScore(1),
  pinScore: (c) => c.pinScore(1),
  addFriend: (c) => c.addFriend(3),
  removeFriend: (c) => c.removeFriend(3),
  updateOwnOptions: (c) => c.updateOwnOptions({ user: { playmode: "taiko" } }),
  unlockClientAchievement: (c) => c.unlockClientAchievement(1),
  getNotifications: (c) => c.getNotifications(),
  markNotificationsAsRead: (c) => c.markNotificationsAsRead({ notifications: [{ id: 700 }] }),
  uploadScreenshot: (c) => c.uploadScreenshot(new Uint8Array([0xff, 0xd8, 0xff, 0xd9])),
  downloadBeatmapset: (c) => c.downloadBeatmapset(1, { noVideo: true }),
};

Deno.test("LAZER_CALLS covers every lazer-only endpoint", () => {
  const lazer = Object.values(endpoints).filter((e) => e.grant === "lazer").map((e) => e.name);
  assertEquals(Object.keys(LAZER_CALLS).sort(), lazer.sort());
});

Deno.test("Client lazer-only methods reject with GrantError without a * token, sending nothing", async () => {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
  for (const [name, call] of Object.entries(LAZER_CALLS)) {
    const error = await assertRejects(() => call(client), GrantError);
    assertEquals([error.endpoint, error.needs], [name, "lazer"]);
  }
  assertEquals(osu.requests.length, 0);
});

Deno.test("Client beatmap lazer methods: score token, submission, tags, favourites, ratings, download", async () => {
  const { client } = lazerClient();
  const token = await client.createScoreToken(75, { ruleset: "osu", versionHash: "v" });
  assertEquals(token.beatmap_id, 75);
  const score = await client.submitSoloScore(75, token.id, PLAY);
  assertEquals([score.beatmap_id, score.total_score], [75, 900_000]);
  await client.addBeatmapTagVote(75, 1);
  await client.removeBeatmapTagVote(75, 1);
  assertEquals(typeof (await client.favouriteBeatmapset(1, "favourite")).favourite_count, "number");
  assertInstanceOf(await client.downloadBeatmapset(2000001, { noVideo: true }), Uint8Array);
});

Deno.test("Client.downloadBeatmapset() downloads a set whose title is not ASCII", async () => {
  // Beatmapset 1 is "DISCO★PRINCE": the file name in the answer's headers must be encoded.
  const { client } = lazerClient();
  assertInstanceOf(await client.downloadBeatmapset(1), Uint8Array);
});

Deno.test("Client social lazer methods: friends, blocks, notifications, options, achievements", async () => {
  const { osu, client } = lazerClient();
  assertEquals((await client.addFriend(3)).user_relation.target_id, 3);
  await client.removeFriend(3);
  assertEquals((await client.blockUser(124493)).user_relation.relation_type, "block");
  assert((await client.getBlocks()).some((b) => b.target_id === 124493));
  await client.unblockUser(124493);
  const notifications = await client.getNotifications();
  assert(notifications.notifications.length > 0);
  await client.markNotificationsAsRead({
    notifications: [{ id: notifications.notifications[0].id }],
  });
  assertEquals((await client.updateOwnOptions({ user: { playmode: "taiko" } })).id, osu.player.id);
  const player = osu.data.users.find((u) => u.id === osu.player.id)!;
  const owned = new Set(
    (player.user_achievements as { achievement_id: number }[]).map((a) => a.achievement_id),
  );
  const locked = osu.data.collections.achievements.find((a) => !owned.has(a.id as number))!;
  await client.unlockClientAchievement(locked.id as number);
  const report = client.createReport({
    reportableType: "user",
    reportableId: 3,
    reason: "Spam",
    comments: "spam in chat",
  });
  await report;
});

Deno.test("Client comment, chat, forum and pin lazer methods", async () => {
  const { osu, client } = lazerClient();
  const posted = await client.postNewComment({
    commentableType: "beatmapset",
    commentableId: 1,
    message: "nice map",
  });
  const mine = posted.comments[0];
  assertEquals(mine.message, "nice map");
  assertEquals((await client.editComment(mine.id, "great map")).comments[0].message, "great map");
  await client.addCommentVote(100001);
  await client.removeCommentVote(100001);
  await client.deleteComment(mine.id);
  const updates = await client.getUpdates(1, { includes: ["messages", "presence"] });
  assert(Array.isArray(updates.messages) && Array.isArray(updates.presence));
  assert(Array.isArray(await client.getChatPresence()));
  await client.moveTopic(1800000, 2);
  const best = osu.data.scores.find((s) => s.user_id === osu.player.id)!.id as number;
  await client.pinScore(best);
  await client.reorderPinnedScore(best, { beforeScoreId: best });
  await client.unpinScore(best);
});

Deno.test("Client multiplayer lazer methods: rooms, joins, playlist scores", async () => {
  const { osu, client } = lazerClient();
  const room = await client.createRoom({
    name: "Mine",
    type: "playlists",
    playlist: [{ beatmap_id: 75, ruleset_id: 0 }],
  });
  assertEquals(room.name, "Mine");
  const item = room.playlist![0];
  assertEquals((await client.joinRoom(room.id, osu.player.id)).id, room.id);
  const token = await client.createPlaylistScoreToken(room.id, item.id, {
    ruleset: "osu",
    versionHash: "v",
  });
  assertEquals(token.playlist_item_id, item.id);
  const score = await client.submitPlaylistScore(room.id, item.id, token.id, PLAY);
  assertEquals([score.room_id, score.playlist_item_id], [room.id, item.id]);
  assertEquals((await client.getPlaylistScore(room.id, item.id, score.id)).id, score.id);
  const high = await client.getPlaylistUserHighScore(room.id, item.id, osu.player.id);
  assertEquals(high.user_id, osu.player.id);
  await client.leaveRoom(room.id, osu.player.id);
  await client.deleteRoom(room.id);
});

Deno.test("Client.getBeatmapsetRating() and rateBeatmapset() return osu-web's rating fields", async () => {
  // BeatmapsetRatingsController: index answers { disallow_rating_reason, total_rating,
  // user_rating }, store answers { updated_rating }.
  const { client } = lazerClient();
  assertEquals(typeof (await client.rateBeatmapset(1, 9)).updated_rating, "number");
  const rating = await client.getBeatmapsetRating(1);
  assertEquals(typeof rating.total_rating, "number");
  assertEquals(rating.user_rating, 9);
});

Deno.test("Client.uploadScreenshot() sends the JPEG as the multipart field screenshot", async () => {
  // ScreenshotsController@store validates `screenshot` (a JPEG up to 10 MB).
  const { osu, client } = lazerClient();
  const { url } = await client.uploadScreenshot(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  assert(url.startsWith("http"));
  const upload = osu.requests.find((r) => r.path === "/api/v2/screenshots")!;
  assertEquals(upload.status, 200);
});
