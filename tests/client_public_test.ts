/**
 * Every public (and no-token) method, called once against the emulator with a
 * client-credentials client, its result checked for the model's key fields.
 */
import { assert, assertEquals, assertInstanceOf, assertRejects } from "@std/assert";
import { AuthHandler, Client, InvalidArgumentError } from "../mod.ts";
import type { LegacyScore, Score } from "../mod.ts";
import { createEmulator } from "../src/testing/mod.ts";

function setup() {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    requestWaitTime: 0,
    limitPerMinute: 10_000,
  });
  return { osu, client };
}

Deno.test("Client user methods return users, scores, kudosu, beatmapsets and events", async () => {
  const { osu, client } = setup();
  assertEquals((await client.getUser("@peppy")).id, 2);
  assertEquals((await client.getUser(2, "taiko", { key: "id" })).username, "peppy");
  assertEquals((await client.getUsers([3, 2])).map((u) => u.id), [3, 2]);
  assertEquals((await client.lookupUsers(["@peppy", 3, "cookiezi"])).map((u) => u.id), [
    2,
    3,
    124493,
  ]);
  const scores = await client.getUserScores(osu.player.id, "best", { mode: "osu", limit: 5 });
  assert(scores.length > 0 && scores.every((s) => s.user_id === osu.player.id));
  assert("total_score" in scores[0] && "ended_at" in scores[0]);
  const kudosu = await client.getUserKudosu(2, { limit: 5 });
  assert(kudosu.every((k) => typeof k.amount === "number" && typeof k.action === "string"));
  const sets = await client.getUserBeatmaps(osu.player.id, "ranked", { limit: 5 });
  assert(sets.every((s) => typeof s.id === "number" && typeof s.title === "string"));
  const activity = await client.getUserRecentActivity(2, { limit: 5 });
  assert(activity.every((e) => typeof e.type === "string" && typeof e.created_at === "string"));
  const passed = await client.searchBeatmapsPassed(osu.player.id, { beatmapsetIds: [1, 2000001] });
  assert(Array.isArray(passed.beatmaps_passed));
});

Deno.test("Client beatmap methods return beatmaps, attributes, packs and tags", async () => {
  const { client } = setup();
  const beatmap = await client.getBeatmap(75);
  assertEquals([beatmap.id, beatmap.beatmapset_id], [75, 1]);
  assertEquals((await client.getBeatmaps([3000002, 75])).map((b) => b.id), [3000002, 75]);
  assertEquals((await client.lookupBeatmap({ id: 75 })).id, 75);
  assertEquals((await client.lookupBeatmap({ checksum: beatmap.checksum! })).id, 75);
  const { attributes } = await client.getBeatmapAttributes(75, { mods: ["HD", "DT"] });
  assert(typeof attributes.star_rating === "number" && typeof attributes.max_combo === "number");
  const packs = await client.getBeatmapPacks({ type: "standard" });
  assert(packs.beatmap_packs.length > 0 && "cursor_string" in packs);
  const pack = await client.getBeatmapPack(packs.beatmap_packs[0].tag);
  assertEquals(pack.tag, packs.beatmap_packs[0].tag);
  assert((await client.getTags()).tags.every((t) => typeof t.name === "string"));
});

Deno.test("Client beatmapset methods search, look up and get beatmapsets", async () => {
  const { client } = setup();
  const page = await client.searchBeatmapsets({ query: "DISCO", mode: "osu", status: "ranked" });
  assert(page.beatmapsets.some((s) => s.id === 1));
  assertEquals((await client.lookupBeatmapset(75)).id, 1);
  const set = await client.getBeatmapset(2000001);
  assertEquals(set.beatmaps?.length, 4);
});

Deno.test("Client discussion methods return discussions, posts, votes and events", async () => {
  const { client } = setup();
  const discussions = await client.getBeatmapsetDiscussions({ beatmapsetId: 1, limit: 5 });
  assert(discussions.discussions.every((d) => d.beatmapset_id === 1));
  const posts = await client.getBeatmapsetDiscussionPosts({ limit: 5 });
  assert(posts.posts.length > 0 && typeof posts.posts[0].message === "string");
  const votes = await client.getBeatmapsetDiscussionVotes({ limit: 5 });
  assert(votes.votes.length > 0 && typeof votes.votes[0].score === "number");
  const events = await client.getBeatmapsetEvents({ limit: 5 });
  assert(events.events.length > 0 && typeof events.events[0].type === "string");
});

Deno.test("Client score methods return leaderboards, scores and replays", async () => {
  const { osu, client } = setup();
  const board = await client.getBeatmapScores(75, { mode: "osu", limit: 10 });
  assert(board.scores.length > 0 && board.scores.every((s) => s.beatmap_id === 75));
  const solo = await client.getBeatmapScoresNonLegacy(75);
  assert(solo.scores.every((s) => s.type === "solo_score"));
  const mine = await client.getUserBeatmapScore(75, osu.player.id);
  assertEquals(mine.score.user_id, osu.player.id);
  assert(typeof mine.position === "number");
  const all = await client.getUserBeatmapScores(75, osu.player.id);
  assert(all.scores.every((s) => s.user_id === osu.player.id));
  const score = await client.getScoreByIdOnly(mine.score.id);
  assertEquals(score.id, mine.score.id);
  const legacyId = mine.score.legacy_score_id!;
  assertEquals((await client.getScoreById("osu", legacyId)).user_id, osu.player.id);
  const recent = await client.getAllScores({ ruleset: "osu" });
  assert(recent.scores.length > 0 && "cursor_string" in recent);
  assertInstanceOf(await client.getReplayDataByIdOnly(mine.score.id), Uint8Array);
  assertInstanceOf(await client.getReplayData("osu", legacyId), Uint8Array);
  assertInstanceOf(await client.getReplayData(undefined, mine.score.id), Uint8Array);
  const paths = osu.requests.filter((r) => r.path.endsWith("/download")).map((r) => r.path);
  assertEquals(paths, [
    `/api/v2/scores/${mine.score.id}/download`,
    `/api/v2/scores/osu/${legacyId}/download`,
    `/api/v2/scores/${mine.score.id}/download`,
  ]);
});

Deno.test("Client comment, news, wiki, changelog and seasonal methods need no token", async () => {
  const { osu, client } = setup();
  const anonymous = new Client(undefined, { fetch: osu.fetch, requestWaitTime: 0 });
  const comments = await anonymous.getComments({ commentableType: "beatmapset", commentableId: 1 });
  assert(comments.comments.every((c) => c.commentable_id === 1));
  const one = await anonymous.getComment(comments.comments[0].id);
  assert(one.comments.some((c) => c.id === comments.comments[0].id));
  const news = await anonymous.getNewsListing({ limit: 5 });
  assert(news.news_posts.length > 0);
  assertEquals((await anonymous.getNewsPost(news.news_posts[0].slug)).id, news.news_posts[0].id);
  assertEquals((await anonymous.getNewsPost(news.news_posts[0].id)).slug, news.news_posts[0].slug);
  const wiki = await anonymous.getWikiPage("en", "Main_page");
  assertEquals([wiki.path, wiki.locale], ["Main_page", "en"]);
  const listing = await anonymous.getChangelogListing({ stream: "stable40" });
  assert(listing.builds.length > 0 && listing.streams.length > 0);
  const build = listing.builds[0];
  const stream = build.update_stream!.name;
  assertEquals((await anonymous.getChangelogBuild(stream, build.version!)).id, build.id);
  assertEquals((await anonymous.lookupChangelogBuild(build.version!)).id, build.id);
  assertEquals((await anonymous.lookupChangelogBuild(build.id)).id, build.id);
  const backgrounds = await anonymous.getSeasonalBackgrounds();
  assert(backgrounds.backgrounds.every((b) => typeof b.url === "string" && b.user.id > 0));
  assert(osu.requests.every((r) => r.tokenId === undefined));
  assert((await client.getComments()).comments.length > 0);
});

Deno.test("Client forum, match, room, ranking and misc methods return their models", async () => {
  const { client } = setup();
  const { forums } = await client.getForums();
  const forum = await client.getForum(forums[0].id);
  assertEquals(forum.forum.id, forums[0].id);
  const topics = await client.getForumTopics({ forumId: forums[0].id, limit: 5 });
  assert(topics.topics.every((t) => t.forum_id === forums[0].id));
  const topic = await client.getTopicAndPosts(topics.topics[0].id, { limit: 5 });
  assert(topic.posts.every((p) => p.topic_id === topics.topics[0].id));
  const matches = await client.getMatches({ limit: 5 });
  const match = await client.getMatch(matches.matches[0].id);
  assertEquals(match.match.id, matches.matches[0].id);
  const room = await client.getRoom(1000000);
  assertEquals(room.id, 1000000);
  const board = await client.getRoomLeaderboard(room.id);
  assert(Array.isArray(board.leaderboard));
  assert(Array.isArray((await client.getRoomEvents(room.id)).events));
  const item = room.playlist![0];
  const scores = await client.getScores(room.id, item.id, { limit: 5 });
  assert(scores.scores.every((s) => s.playlist_item_id === item.id));
  const ranking = await client.getRanking("osu", "performance", { page: 1 });
  assert(ranking.ranking.length > 0 && ranking.total > 0);
  const kudosu = await client.getKudosuRanking();
  assert(kudosu.ranking.every((u) => typeof u.kudosu?.total === "number"));
  assert((await client.getSpotlights()).spotlights.length > 0);
  const found = await client.search({ mode: "user", query: "peppy" });
  assert(found.user!.data.some((u) => u.id === 2));
  const team = await client.getTeam(1, "osu");
  assertEquals(team.id, 1);
  const events = await client.getEvents({ sort: "id_desc" });
  assert(events.events.length > 0 && typeof events.events[0].type === "string");
});

Deno.test("Client.getRooms() returns the plain array osu-web sends below version 99999999", async () => {
  // osu-web (RoomsController@index at 3f5de51) wraps rooms in an object only when
  // api_version() >= 99999999, so every real version gets an array.
  const { client } = setup();
  const rooms = await client.getRooms({ mode: "all" });
  assert(Array.isArray(rooms), "GET rooms must answer a plain array at x-api-version 20241022");
  assert(rooms.every((r) => typeof r.id === "number" && typeof r.name === "string"));
});

Deno.test("Client methods reject bad ids with InvalidArgumentError before any request", async () => {
  const { osu, client } = setup();
  await assertRejects(() => client.getBeatmap(-1), InvalidArgumentError);
  await assertRejects(() => client.getUser(""), InvalidArgumentError);
  await assertRejects(() => client.getUsers([1, 2.5]), InvalidArgumentError);
  await assertRejects(() => client.lookupBeatmap({}), InvalidArgumentError);
  await assertRejects(() => client.getWikiPage("en", ""), InvalidArgumentError);
  await assertRejects(() => client.getScores(0, 1), InvalidArgumentError);
  const call = client.getComment(Number.NaN);
  assertInstanceOf(call, Promise);
  await assertRejects(() => call, InvalidArgumentError);
  assertEquals(osu.requests.length, 0);
});

Deno.test("Client<V> types scores by x-api-version: LegacyScore before 20220705", async () => {
  const osu = createEmulator();
  const auth = new AuthHandler({ ...osu.credentials, fetch: osu.fetch });
  const legacy = new Client<"20220704">(auth, {
    fetch: osu.fetch,
    apiVersion: "20220704",
    requestWaitTime: 0,
  });
  const [old] = await legacy.getUserScores(2, "best", { limit: 1 });
  const oldScore: LegacyScore = old; // typed as LegacyScore by Client<"20220704">
  assertEquals([typeof oldScore.score, typeof oldScore.statistics.count_300], ["number", "number"]);
  const current = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
  const [now] = await current.getUserScores(2, "best", { limit: 1 });
  const newScore: Score = now; // the default, 20241022, is the lazer format
  assertEquals(typeof newScore.total_score, "number");
});
