/**
 * The emulator answers as osu-web does, in the cases osu-web's controllers and transformers
 * decide (includes by route, token and API version). Shapes as a whole are checked by the key
 * walk (`models_keys_test.ts`); these are the decisions.
 */
import { assert, assertEquals, assertFalse } from "@std/assert";
import { Client } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";

function clients() {
  const osu = createEmulator();
  const options = { fetch: osu.fetch, requestWaitTime: 0 };
  return {
    osu,
    app: Client.fromClientCredentials({ ...osu.credentials, ...options }),
    lazer: Client.fromOsuCredentials({ ...osu.player, acknowledgeRisk: true, ...options }),
  };
}

async function raw(osu: ReturnType<typeof createEmulator>, path: string, version: string) {
  const { access_token } = await (await osu.fetch("https://osu.ppy.sh/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_id: osu.credentials.clientId,
      client_secret: osu.credentials.clientSecret,
      grant_type: "client_credentials",
      scope: "public",
    }),
  })).json();
  const response = await osu.fetch(`https://osu.ppy.sh/api/v2/${path}`, {
    headers: { authorization: `Bearer ${access_token}`, "x-api-version": version },
  });
  return await response.json();
}

Deno.test("Client.lookupChangelogBuild() given a stream name answers that stream's latest build", async () => {
  const { app } = clients();
  const build = await app.lookupChangelogBuild("lazer");
  assertEquals(build.update_stream?.name, "lazer");
  const listing = await app.getChangelogListing({ stream: "lazer" });
  assertEquals(build.id, Math.max(...listing.builds.map((b) => b.id)));
});

Deno.test("Emulator GET rooms answers a plain array below version 99999999, a wrapped page from it", async () => {
  const { osu } = clients();
  assert(Array.isArray(await raw(osu, "rooms?mode=all", "20240529")));
  assert(Array.isArray(await raw(osu, "rooms?mode=all", "20241022")));
  const wrapped = await raw(osu, "rooms?mode=all", "99999999");
  assert(Array.isArray(wrapped.rooms) && "cursor_string" in wrapped);
});

Deno.test("Emulator has_favourited reaches * tokens only (osu-web's IsSpecialScope)", async () => {
  const { app, lazer } = clients();
  assertFalse("has_favourited" in await app.getBeatmapset(1));
  assertEquals((await lazer.getBeatmapset(1)).has_favourited, false);
  await lazer.favouriteBeatmapset(1, "favourite");
  assertEquals((await lazer.getBeatmapset(1)).has_favourited, true);
});

Deno.test("Client.getMatch(): only events with a game carry `game`, with scores in the version's format", async () => {
  const { app, osu } = clients();
  const { events } = await app.getMatch(110000000);
  const games = events.filter((e) => e.detail.type === "other");
  assert(games.length > 0 && games.every((e) => e.game !== undefined));
  assert(events.filter((e) => e.detail.type !== "other").every((e) => !("game" in e)));
  const game = games.find((e) => e.game)!.game!;
  assertEquals(game.scores[0].id, null);
  assertEquals(game.scores[0].match?.team, "blue");
  const legacy = await raw(osu, "matches/110000000", "0");
  const legacyScore = legacy.events.find((e: { game?: unknown }) => e.game).game.scores[0];
  assertEquals(typeof legacyScore.score, "number");
  assertEquals(legacyScore.id, null);
});

Deno.test("Scores carry the full beatmap and the compact beatmapset", async () => {
  const { app } = clients();
  const [score] = await app.getUserScores(1000001, "recent");
  assertEquals(typeof score.beatmap.count_sliders, "number");
  assertFalse("tags" in score.beatmapset);
  assertFalse("beatmaps" in score.beatmapset);
});

Deno.test("Legacy scores have null counts for judgements the ruleset lacks", async () => {
  const { osu } = clients();
  const [osuScore] = await raw(osu, "users/1000001/scores/best?mode=osu", "0");
  assertEquals(osuScore.statistics.count_geki, null);
  assertEquals(osuScore.statistics.count_katu, null);
  assertEquals(typeof osuScore.statistics.count_50, "number");
});

Deno.test("Client.getOwnData() has the session's fields; Client.getUser() does not", async () => {
  const { app, lazer, osu } = clients();
  const me = await lazer.getOwnData();
  assertEquals(me.is_restricted, false);
  assertEquals(me.session_verification_method, null);
  assert(me.statistics_rulesets.osu !== undefined);
  const profile = await app.getUser(osu.player.id);
  assertFalse("statistics_rulesets" in profile);
  assertFalse("user_preferences" in profile);
  assertEquals(profile.has_supported, true);
  assertFalse("has_supporter" in profile);
});

Deno.test("Client.getBeatmapAttributes() has each ruleset's current fields, none osu! removed", async () => {
  const { app } = clients();
  const { attributes } = await app.getBeatmapAttributes(75, { ruleset: "osu" });
  assertEquals(typeof attributes.speed_difficult_strain_count, "number");
  assertFalse("flashlight_difficulty" in attributes);
  const taiko = await app.getBeatmapAttributes(75, { ruleset: "taiko" });
  assertEquals(typeof taiko.attributes.mono_stamina_factor, "number");
});

Deno.test("Client.getRooms() and getRoom(): the fields and includes of each route", async () => {
  const { app } = clients();
  const [listed] = await app.getRooms({ mode: "all" });
  assert("difficulty_range" in listed && "playlist_item_stats" in listed);
  assert("current_playlist_item" in listed && !("playlist" in listed));
  const room = await app.getRoom(listed.id);
  assert("description" in room && "max_participants" in room && "pinned" in room);
  assertEquals(typeof room.playlist[0].beatmap.max_combo, "number");
  assertFalse("current_user_score" in room, "no user, no current_user_score");
});
