/**
 * User code touching the models' fields: it must compile (`deno check`), a misspelled field must
 * not (`@ts-expect-error`), and the calls' return types follow their arguments.
 */
import { assert, assertEquals } from "@std/assert";
import {
  type ChannelType,
  Client,
  type Event,
  type GetRoomsOptions,
  type LegacyScore,
  type RankingFor,
  type RoomType,
  type Score,
  type ScoreStatistics,
  type UserBeatmapsFor,
} from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";

function app() {
  const osu = createEmulator();
  const options = { fetch: osu.fetch, requestWaitTime: 0 };
  return {
    osu,
    client: Client.fromClientCredentials({ ...osu.credentials, ...options }),
    legacy: Client.fromClientCredentials({ ...osu.credentials, ...options, apiVersion: "0" }),
  };
}

Deno.test("User: the profile's fields are typed, and a misspelled field does not compile", async () => {
  const { client } = app();
  const user = await client.getUser("@peppy");
  const stats = user.statistics;
  const counts: number[] = [
    stats.count_300,
    stats.count_100,
    stats.count_50,
    stats.count_miss,
    stats.total_hits,
    stats.replays_watched_by_others,
    user.follower_count,
    user.support_level,
    user.ranked_beatmapset_count,
    user.graveyard_beatmapset_count,
    user.favourite_beatmapset_count,
    user.scores_best_count,
    user.scores_first_count,
    user.kudosu.total,
  ];
  assert(counts.every((n) => typeof n === "number"));
  const percent: number | null = stats.global_rank_percent;
  const country: number | null = stats.rank.country; // a profile always carries it
  assertEquals(typeof percent, "number");
  assertEquals(typeof country, "number");
  assertEquals(user.has_supported, true);
  assert(Array.isArray(user.badges) && Array.isArray(user.groups));
  assert(Array.isArray(user.monthly_playcounts) && Array.isArray(user.replays_watched_counts));
  assert(Array.isArray(user.user_achievements) && Array.isArray(user.previous_usernames));
  assert(Array.isArray(user.account_history) && Array.isArray(user.active_tournament_banners));
  assertEquals(typeof user.page.html, "string");
  assertEquals(user.rank_history?.data.length, 90);
  assertEquals(typeof user.rank_highest?.rank, "number");
  assertEquals(user.daily_challenge_user_stats.user_id, 2);
  const team: string | undefined = user.team?.short_name;
  assertEquals(team, "PPY");
  // @ts-expect-error: `statistcs` is not a field of a user
  assertEquals(user.statistcs, undefined);
  // @ts-expect-error: `has_supporter` is not osu!'s name (`has_supported` is)
  assertEquals(user.has_supporter, undefined);
});

Deno.test("getOwnData(): the session's fields and statistics in every ruleset", async () => {
  const osu = createEmulator();
  const client = Client.fromOsuCredentials({
    ...osu.player,
    acknowledgeRisk: true,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  const me = await client.getOwnData("osu");
  const method: "mail" | "totp" | null = me.session_verification_method;
  assertEquals(method, null);
  assertEquals(me.is_restricted, false);
  assertEquals(me.session_verified, true);
  assertEquals(typeof me.statistics_rulesets.osu?.pp, "number");
  assertEquals(me.user_preferences.scoring_mode, "standardised");
});

Deno.test("getUserBeatmaps(): most_played answers play counts, other types full beatmapsets", async () => {
  const { client } = app();
  const played = await client.getUserBeatmaps(1000001, "most_played");
  const first: { beatmap_id: number; count: number } = played[0];
  assertEquals(typeof first.count, "number");
  assertEquals(played[0].beatmapset.id, played[0].beatmap.beatmapset_id);
  // @ts-expect-error: play counts are not beatmapsets
  assertEquals(played[0].artist, undefined);
  const ranked = await client.getUserBeatmaps(1000001, "ranked");
  const bpm: number = ranked[0].beatmaps[0].bpm ?? 0;
  assert(bpm > 0);
  const typed: UserBeatmapsFor<"loved"> = [];
  assertEquals(typed.length, 0);
});

Deno.test("getRanking(): each ranking type has its own row type", async () => {
  const { client } = app();
  const performance = await client.getRanking("osu", "performance");
  assertEquals(typeof performance.ranking[0].user.username, "string");
  assertEquals(typeof performance.total, "number");
  const countries = await client.getRanking("osu", "country");
  assertEquals(typeof countries.ranking[0].active_users, "number");
  // @ts-expect-error: country rows have no user
  assertEquals(countries.ranking[0].user, undefined);
  const charts = await client.getRanking("osu", "charts");
  assertEquals(typeof charts.spotlight.name, "string");
  const teams: RankingFor<"team"> = await client.getRanking("osu", "team");
  assertEquals(teams.ranking[0].team.short_name, "EMU");
});

Deno.test("Scores: sparse statistics, the full beatmap, the compact beatmapset, both API versions", async () => {
  const { client, legacy } = app();
  const [best] = await client.getUserScores(1000001, "best");
  const stats: ScoreStatistics = best.statistics;
  const great: number | undefined = stats.great;
  assertEquals(typeof great, "number");
  // @ts-expect-error: not a hit result
  assertEquals(stats.greats, undefined);
  assertEquals(typeof best.beatmap.count_circles, "number");
  assertEquals(typeof best.weight.pp, "number");
  assertEquals(typeof best.legacy_perfect, "boolean");
  // @ts-expect-error: the beatmapset inside a score is the compact one
  assertEquals(best.beatmapset.ranked_date, undefined);
  const [old] = await legacy.getUserScores(1000001, "best");
  const score: LegacyScore = old;
  const geki: number | null = score.statistics.count_geki;
  assertEquals(geki, null);
  const current: Score = best;
  assertEquals(current.type, "solo_score");
});

Deno.test("Beatmaps and beatmapsets: the fields the issue names", async () => {
  const { client } = app();
  const beatmap = await client.getBeatmap(75);
  assertEquals(beatmap.lazer_only, false);
  assertEquals(beatmap.owners[0].username, "peppy");
  assertEquals(beatmap.failtimes.fail.length, 100);
  assertEquals(typeof beatmap.current_user_playcount, "number");
  const set = await client.getBeatmapset(1);
  const fields = [set.anime_cover, set.spotlight, set.storyboard, set.nsfw];
  assert(fields.every((f) => typeof f === "boolean"));
  assertEquals(typeof set.genre.name, "string");
  assertEquals(typeof set.language.name, "string");
  assertEquals(typeof set.offset, "number");
  assertEquals(set.track_id, null);
  assertEquals(typeof set.description.description, "string");
  assertEquals(typeof set.nominations_summary.current, "number");
  assertEquals(set.ratings.length, 11);
  assert(Array.isArray(set.pack_tags) && Array.isArray(set.related_users));
  assert(Array.isArray(set.current_nominations) && Array.isArray(set.recent_favourites));
  assertEquals(set.hype, null);
  assertEquals(typeof set.beatmaps[0].top_tag_ids.length, "number");
  // has_favourited only for `*` tokens
  assertEquals(set.has_favourited, undefined);
  const attributes = await client.getBeatmapAttributes(75, { ruleset: "osu" });
  assertEquals(typeof attributes.attributes.aim_difficult_slider_count, "number");
  const taiko = await client.getBeatmapAttributes(75, { ruleset: "taiko" });
  assertEquals(typeof taiko.attributes.mono_stamina_factor, "number");
  // @ts-expect-error: osu-web no longer sends it
  assertEquals(attributes.attributes.flashlight_difficulty, undefined);
});

Deno.test("Events narrow on their type", async () => {
  const { client } = app();
  const { events } = await client.getEvents();
  const describe = (event: Event): string => {
    switch (event.type) {
      case "rank":
        return `${event.user.username} #${event.rank} on ${event.beatmap.title}`;
      case "achievement":
        return `${event.user.username} got ${event.achievement.name}`;
      default:
        return event.type;
    }
  };
  assert(events.map(describe).every((text) => text.length > 0));
});

Deno.test("models name osu-web's newer kinds: TEAM channels and ranked-play rooms", () => {
  const channel: ChannelType = "TEAM";
  const room: RoomType = "ranked_play";
  const query = { typeGroup: "ranked-play" } satisfies GetRoomsOptions;
  assertEquals([channel, room, query.typeGroup], ["TEAM", "ranked_play", "ranked-play"]);
});
