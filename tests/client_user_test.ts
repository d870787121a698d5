/**
 * The user routes (chat, forum writes, friends, own data) with an authorization-code client, and
 * the delegated routes with a bot's client-credentials client, against the emulator.
 */
import { assert, assertEquals, assertRejects } from "@std/assert";
import { Client, GrantError, Scope } from "../mod.ts";
import { createEmulator } from "../src/testing/mod.ts";
import { playerLogin } from "./_player_login.ts";

const OPTIONS = { requestWaitTime: 0, limitPerMinute: 10_000 } as const;

async function userClient() {
  const osu = createEmulator();
  const auth = await playerLogin(osu);
  return { osu, client: new Client(auth, { fetch: osu.fetch, ...OPTIONS }) };
}

Deno.test("Client own-data methods return the player, friends, favourites and quota", async () => {
  const { osu, client } = await userClient();
  const me = await client.getOwnData("osu");
  assertEquals([me.id, me.username], [osu.player.id, osu.player.username]);
  const friends = await client.getFriends();
  assert(friends.length > 0 && friends.every((f) => f.relation_type === "friend"));
  assert(friends.every((f) => typeof f.target_id === "number"));
  const favourites = await client.getOwnFavouriteBeatmapsets();
  assert(Array.isArray(favourites.beatmapset_ids));
  assertEquals(typeof (await client.getDownloadQuota()).quota_used, "number");
});

Deno.test("Client chat methods list, read, write, join and leave channels", async () => {
  const { osu, client } = await userClient();
  const channels = await client.getChannelList();
  const channel = channels.find((c) => c.type === "PUBLIC")!;
  const joined = await client.joinChannel(channel.channel_id, osu.player.id);
  assertEquals(joined.channel_id, channel.channel_id);
  const detail = await client.getChannel(channel.channel_id);
  assertEquals(detail.channel.channel_id, channel.channel_id);
  const sent = await client.sendMessageToChannel(channel.channel_id, "hello", { isAction: false });
  assertEquals([sent.content, sent.sender_id], ["hello", osu.player.id]);
  const messages = await client.getChannelMessages(channel.channel_id, { limit: 10 });
  assert(messages.some((m) => m.message_id === sent.message_id));
  await client.markChannelAsRead(channel.channel_id, sent.message_id);
  const ack = await client.chatKeepalive({ since: sent.message_id });
  assert(Array.isArray(ack.silences));
  const pm = await client.createNewPm(2, "hi peppy");
  assertEquals(pm.message.content, "hi peppy");
  const pmChannel = await client.createPmChannel(124493);
  assertEquals(pmChannel.type, "PM");
  const announce = await client.createAnnouncementChannel(
    { name: "News", description: "Announcements" },
    [2, 3],
    "Welcome",
  );
  assertEquals(announce.type, "ANNOUNCE");
  const direct = await client.createChannel({ type: "PM", targetId: 2 });
  assertEquals(direct.type, "PM");
  await client.leaveChannel(channel.channel_id, osu.player.id);
  const body = osu.requests.find((r) => r.method === "POST" && r.path.endsWith("/messages"))!;
  assertEquals(JSON.parse(body.body!), { message: "hello", is_action: false });
});

Deno.test("Client forum write methods create, reply to and edit topics", async () => {
  const { client } = await userClient();
  const { forums } = await client.getForums();
  const created = await client.createTopic(forums[0].id, "A topic", "First post", {
    poll: { title: "Which?", options: ["A", "B"], lengthDays: 0 },
  });
  assertEquals(created.topic.title, "A topic");
  assertEquals(created.post.topic_id, created.topic.id);
  const reply = await client.replyTopic(created.topic.id, "A reply");
  assertEquals(reply.topic_id, created.topic.id);
  assertEquals((await client.editTopic(created.topic.id, "Renamed")).title, "Renamed");
  const edited = await client.editPost(reply.id, "Edited");
  assertEquals(edited.id, reply.id);
});

Deno.test("Client lockTopic and pinTopic work with a delegated bot token", async () => {
  const osu = createEmulator();
  const bot = Client.fromClientCredentials({
    ...osu.botCredentials,
    scope: new Scope("delegate", "forum.write_manage"),
    fetch: osu.fetch,
    ...OPTIONS,
  });
  const topic = osu.data.collections.forum_topics[0].id as number;
  await bot.lockTopic(topic, true);
  await bot.pinTopic(topic, 1);
  const writes = osu.requests.filter((r) => r.method === "POST" && r.path.includes("/forums/"));
  assertEquals(writes.map((r) => r.status), [204, 204]);
});

Deno.test("Client user-only methods reject a client-credentials client before sending", async () => {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    scope: new Scope("public"),
    fetch: osu.fetch,
    ...OPTIONS,
  });
  await assertRejects(() => client.getOwnData(), GrantError);
  await assertRejects(() => client.getChannelList(), GrantError);
  await assertRejects(() => client.replyTopic(1, "x"), GrantError);
  assertEquals(osu.requests.length, 0);
});

Deno.test("Client session and token methods: verify, reissue, mail fallback, revoke", async () => {
  const { osu, client } = await userClient();
  await client.reissueSessionVerificationCode();
  await client.verifySessionByMailFallback();
  await client.verifySession("1234 5678");
  await client.revokeCurrentToken();
  const verify = osu.requests.find((r) => r.path === "/api/v2/session/verify")!;
  assertEquals(JSON.parse(verify.body!), { verification_key: "12345678" });
  const revoke = osu.requests.find((r) => r.path === "/api/v2/oauth/tokens/current")!;
  assertEquals(revoke.status, 204);
});
