/**
 * Ranking routes: `rankings/{mode}/{type}` (50 a page, `page` / `cursor[page]`, 200 pages at
 * most), `rankings/kudosu` and `spotlights`.
 *
 * @module
 */
import { json, notFound } from "../_http.ts";
import { encodeCursor, numberedPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { setExtended } from "../fixtures/beatmaps.ts";
import { listStatistics, userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { coll, rulesetName } from "./_lookup.ts";

function userRanking(ctx: RouteContext, mode: string, sortKey: string): Response {
  const country = ctx.query.get("country");
  const users = ctx.state.data.users
    .filter((u) => !u.is_bot && (!country || u.country_code === country))
    .map((u) => ({ user: u, stats: (u.statistics_rulesets as JsonObject)[mode] as JsonObject }))
    .filter((x) => (x.stats.pp as number) > 0)
    .sort((a, b) => (b.stats[sortKey] as number) - (a.stats[sortKey] as number));
  const page = numberedPage(users, ctx.query, 50);
  // rank changes show on the unfiltered global performance ranking; `country_rank` with a
  // country filter (RankingController::index)
  const showRankChange = sortKey === "pp" && !country && !ctx.query.get("variant") &&
    (ctx.query.get("filter") ?? "all") === "all";
  const start = (page.page - 1) * 50;
  return json({
    ...pageCursor(page),
    ranking: page.items.map(({ user, stats }, i) => ({
      ...listStatistics(stats),
      ...(country ? { country_rank: start + i + 1 } : {}),
      ...(showRankChange ? { rank_change_since_30_days: (i % 7) - 3 } : {}),
      user: userCompact(user, ["country", "cover", "team"]),
    })),
    total: users.length,
  });
}

function countryRanking(ctx: RouteContext, mode: string): Response {
  const byCountry = new Map<string, { code: string; country: JsonObject; users: JsonObject[] }>();
  for (const user of ctx.state.data.users) {
    if (user.is_bot) continue;
    const code = String(user.country_code);
    const entry = byCountry.get(code) ?? { code, country: user.country as JsonObject, users: [] };
    entry.users.push((user.statistics_rulesets as JsonObject)[mode] as JsonObject);
    byCountry.set(code, entry);
  }
  const rows = [...byCountry.values()].map((c) => ({
    code: c.code,
    active_users: c.users.length,
    play_count: c.users.reduce((n, s) => n + (s.play_count as number), 0),
    ranked_score: c.users.reduce((n, s) => n + (s.ranked_score as number), 0),
    performance: Math.round(c.users.reduce((n, s) => n + (s.pp as number), 0)),
    country: c.country,
  })).sort((a, b) => b.performance - a.performance);
  const page = numberedPage(rows, ctx.query, 50);
  return json({ ...pageCursor(page), ranking: page.items, total: rows.length });
}

function teamRanking(ctx: RouteContext, mode: string): Response {
  const rulesetId = ["osu", "taiko", "fruits", "mania"].indexOf(mode);
  const rows = coll(ctx, "teams").map((team): JsonObject => ({
    ...((team._statistics as JsonObject[]).find((s) => s.ruleset_id === rulesetId)!),
    member_count: (team._member_ids as number[]).length,
    team: { id: team.id, name: team.name, short_name: team.short_name, flag_url: team.flag_url },
  })).sort((a, b) => (b.performance as number) - (a.performance as number));
  const page = numberedPage(rows, ctx.query, 50);
  return json({ ...pageCursor(page), ranking: page.items, total: rows.length });
}

/** `cursor` (`{ page }`) and `cursor_string`, both `null` on the last page. */
function pageCursor(page: { more: boolean; page: number }): JsonObject {
  const cursor = page.more ? { page: page.page + 1 } : null;
  return { cursor, cursor_string: cursor ? encodeCursor(cursor) : null };
}

function getRanking(ctx: RouteContext): Response {
  const mode = rulesetName(ctx.params.mode);
  if (!mode || /^\d$/.test(ctx.params.mode)) return notFound();
  switch (ctx.params.type) {
    case "performance":
      return userRanking(ctx, mode, "pp");
    case "score":
      return userRanking(ctx, mode, "ranked_score");
    case "country":
      return countryRanking(ctx, mode);
    case "team":
      return teamRanking(ctx, mode);
    case "charts": {
      const spotlights = ctx.state.data.collections.spotlights ?? [];
      const id = ctx.query.get("spotlight");
      const spotlight = spotlights.find((s) => String(s.id) === id) ?? spotlights[0];
      if (!spotlight) return notFound();
      const users = ctx.state.data.users.filter((u) => !u.is_bot).slice(0, 50);
      return json({
        beatmapsets: ctx.state.data.beatmapsets.slice(0, 3).map((set) => setExtended(set)),
        ranking: users.map((u) => ({
          ...listStatistics((u.statistics_rulesets as JsonObject)[mode] as JsonObject),
          user: userCompact(u, ["country", "cover", "team"]),
        })),
        spotlight: { ...spotlight, participant_count: users.length },
      });
    }
    default:
      return notFound();
  }
}

function getKudosuRanking(ctx: RouteContext): Response {
  const users = ctx.state.data.users.filter((u) => ((u.kudosu as JsonObject).total as number) > 0)
    .sort((a, b) =>
      ((b.kudosu as JsonObject).total as number) - ((a.kudosu as JsonObject).total as number)
    );
  const page = numberedPage(users, ctx.query, 50, 20);
  return json({ ranking: page.items.map((u) => userCompact(u, ["kudosu"])) });
}

function getSpotlights(ctx: RouteContext): Response {
  return json({ spotlights: ctx.state.data.collections.spotlights ?? [] });
}

/** Ranking route handlers by endpoint name. */
export const RANKING_ROUTES: RouteTable = { getRanking, getKudosuRanking, getSpotlights };
