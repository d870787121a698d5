/**
 * Legacy multiplayer match routes: the listing (`cursor_string`) and one match with its events
 * (by `before`/`after`).
 *
 * @module
 */
import { apiError, intParam, json } from "../_http.ts";
import { cursorStringPage } from "../_paging.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { coll, findBeatmap, notFoundMessage, strip } from "./_lookup.ts";
import { beatmapCompact, setCompact } from "../fixtures/beatmaps.ts";
import { NEW_SCORE_FORMAT_VERSION } from "../fixtures/scores.ts";
import type { JsonObject } from "../types.ts";

/**
 * A game with its beatmap (with beatmapset) and scores (with `match`), in the score format of
 * the API version (LegacyMatchesController::show: `game.beatmap.beatmapset`,
 * `game.scores.match`).
 */
function matchGame(ctx: RouteContext, game: JsonObject): JsonObject {
  const { _results, ...rest } = game;
  const pair = findBeatmap(ctx.state, game.beatmap_id as number);
  const legacy = ctx.apiVersion < NEW_SCORE_FORMAT_VERSION;
  const scores = (_results as JsonObject[]).map((r): JsonObject => {
    const hits = (r.count300 as number) + (r.count100 as number) + (r.count50 as number) +
      (r.countmiss as number);
    const accuracy = ((r.count300 as number) * 300 + (r.count100 as number) * 100 +
      (r.count50 as number) * 50) / (hits * 300);
    const match = { slot: r.slot, team: r.team, pass: r.pass };
    if (legacy) {
      return {
        accuracy,
        best_id: null,
        created_at: game.start_time,
        id: null,
        max_combo: r.maxcombo,
        mode: game.mode,
        mode_int: game.mode_int,
        mods: [],
        passed: r.pass,
        perfect: r.perfect,
        pp: null,
        rank: "A",
        replay: false,
        score: r.score,
        statistics: {
          count_100: r.count100,
          count_300: r.count300,
          count_50: r.count50,
          count_geki: 0,
          count_katu: 0,
          count_miss: r.countmiss,
        },
        type: "legacy_match_score",
        user_id: r.user_id,
        current_user_attributes: { pin: null },
        match,
      };
    }
    return {
      maximum_statistics: {},
      mods: [],
      statistics: { miss: r.countmiss, great: r.count300, ok: r.count100, meh: r.count50 },
      beatmap_id: game.beatmap_id,
      best_id: null,
      id: null,
      rank: "A",
      type: "legacy_match_score",
      user_id: r.user_id,
      accuracy,
      build_id: null,
      ended_at: game.start_time,
      has_replay: false,
      is_perfect_combo: r.perfect,
      legacy_perfect: r.perfect,
      legacy_score_id: null,
      legacy_total_score: r.score,
      max_combo: r.maxcombo,
      passed: r.pass,
      pp: null,
      ruleset_id: game.mode_int,
      started_at: null,
      total_score: r.score,
      replay: false,
      current_user_attributes: { pin: null },
      match,
    };
  });
  return {
    ...rest,
    ...(pair
      ? { beatmap: { ...beatmapCompact(pair.beatmap), beatmapset: setCompact(pair.set) } }
      : {}),
    scores,
  };
}

function getMatch(ctx: RouteContext): Response {
  const match = coll(ctx, "matches").find((m) => String(m.id) === ctx.params.match);
  if (!match) return apiError(404, notFoundMessage("LegacyMatch\\LegacyMatch"));
  const all = coll(ctx, "match_events").filter((e) => e._match_id === match.id);
  const before = ctx.query.get("before");
  const after = ctx.query.get("after");
  const limit = intParam(ctx.query.get("limit"), 100, 1, 101);
  let events = all.filter((e) =>
    (before === null || (e.id as number) < Number(before)) &&
    (after === null || (e.id as number) > Number(after))
  );
  events = after !== null ? events.slice(0, limit) : events.slice(-limit);
  const userIds = new Set<unknown>(all.map((e) => e.user_id).filter((id) => id !== null));
  return json({
    match,
    events: events.map((e) => {
      const event = strip(e);
      if (event.game) event.game = matchGame(ctx, event.game as JsonObject);
      return event;
    }),
    users: ctx.state.data.users.filter((u) => userIds.has(u.id)).map((u) =>
      userCompact(u, ["country"])
    ),
    first_event_id: all[0]?.id ?? 0,
    latest_event_id: all.at(-1)?.id ?? 0,
    current_game_id: null,
  });
}

/** Match route handlers by endpoint name. */
export const MATCH_ROUTES: RouteTable = {
  getMatches: (ctx) => {
    const active = ctx.query.get("active");
    const matches = coll(ctx, "matches").filter((m) =>
      active === null || (active === "1" || active === "true") === (m.end_time === null)
    )
      .sort((a, b) =>
        ctx.query.get("sort") === "id_asc"
          ? (a.id as number) - (b.id as number)
          : (b.id as number) - (a.id as number)
      );
    const page = cursorStringPage(matches, ctx.query, 50);
    return json({
      matches: page.items,
      params: {
        limit: intParam(ctx.query.get("limit"), 50, 1, 50),
        sort: ctx.query.get("sort") ?? "id_desc",
        active: active === null ? null : active === "1" || active === "true",
      },
      cursor: page.cursor,
      cursor_string: page.cursorString,
    });
  },
  getMatch,
};
