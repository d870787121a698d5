/**
 * User routes: `users/{user}/{mode?}`, `users`, `users/lookup`, and a user's scores, beatmapsets,
 * kudosu, recent activity and passed beatmaps.
 *
 * @module
 */
import { json, listField, notFound } from "../_http.ts";
import { offsetPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { beatmapCompact, setCompact, setExtended } from "../fixtures/beatmaps.ts";
import { listStatistics, userCompact, userExtended } from "../fixtures/users.ts";
import { RULESETS } from "../fixtures/_random.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { findBeatmap, lookupUser, rulesetName, scoreWithIncludes } from "./_lookup.ts";

/**
 * A user's scores of one type, best first (`best`), newest first (`recent`), or where they lead
 * the leaderboard (`firsts`). `recent` ignores the 24-hour window (fixtures are not dated to the
 * clock).
 *
 * @param ctx the context
 * @param userId the user
 * @param type best, firsts, recent or pinned
 * @param mode the ruleset name
 * @returns the stored scores
 */
export function userScores(
  ctx: RouteContext,
  userId: number,
  type: string,
  mode: string,
): JsonObject[] {
  const rulesetId = RULESETS.indexOf(mode as typeof RULESETS[number]);
  const all = ctx.state.data.scores;
  const own = all.filter((s) => s.user_id === userId && s.ruleset_id === rulesetId);
  if (type === "best") {
    return own.filter((s) => s.passed).sort((a, b) => (b.pp as number) - (a.pp as number));
  }
  if (type === "recent") {
    const fails = ctx.query.get("include_fails") === "1" ||
      ctx.query.get("include_fails") === "true";
    return own.filter((s) => fails || s.passed).sort((a, b) =>
      String(b.ended_at).localeCompare(String(a.ended_at))
    );
  }
  if (type === "firsts") {
    return own.filter((s) => {
      const board = all.filter((o) => o.beatmap_id === s.beatmap_id && o.passed)
        .sort((a, b) => (b.total_score as number) - (a.total_score as number));
      return board[0] === s;
    });
  }
  if (type === "pinned") {
    const pins = (ctx.state.data.collections.score_pins ?? []).filter((p) => p.user_id === userId);
    return pins.map((p) => all.find((s) => s.id === p.score_id)).filter((s): s is JsonObject =>
      !!s
    );
  }
  return [];
}

function getUser(ctx: RouteContext): Response {
  const mode = ctx.params.mode;
  if (mode !== undefined && !rulesetName(mode)) return notFound();
  const user = lookupUser(ctx.state, ctx.params.user, ctx.query.get("key"));
  if (!user) return notFound();
  return json(userExtended(user, mode ? rulesetName(mode) : undefined, ctx.userId));
}

function getUsers(ctx: RouteContext): Response {
  const ids = listField(ctx.queryFields, "ids");
  const flag = ctx.query.get("include_variant_statistics");
  const variants = flag === "1" || flag === "true";
  ctx.setCost(Math.max(1, ids.length * (variants ? 3 : 1)));
  const wanted = ids.slice(0, 50);
  const users = ctx.state.data.users.filter((u) => wanted.includes(String(u.id)));
  // UsersController::index: card includes and `statistics_rulesets.{ruleset}`, with
  // `.variants` (mania only) when asked for
  return json({
    users: users.map((u) => ({
      ...userCompact(u, ["country", "cover", "groups", "team"]),
      statistics_rulesets: Object.fromEntries(
        Object.entries(u.statistics_rulesets as JsonObject).map(([ruleset, stats]) => {
          const all = stats as JsonObject;
          const out = listStatistics(all);
          if (variants && all.variants) out.variants = all.variants;
          return [ruleset, out];
        }),
      ),
    })),
  });
}

function lookupUsers(ctx: RouteContext): Response {
  const ids = listField(ctx.queryFields, "ids").slice(0, 50);
  const users = ids.map((id) => lookupUser(ctx.state, id)).filter((u): u is JsonObject => !!u);
  return json({ users: users.map((u) => userCompact(u, ["country", "cover", "groups", "team"])) });
}

function getUserScores(ctx: RouteContext): Response {
  const user = lookupUser(ctx.state, ctx.params.user, "id");
  if (!user) return notFound();
  const type = ctx.params.type;
  if (!["best", "firsts", "recent", "pinned"].includes(type)) return notFound();
  const mode = rulesetName(ctx.query.get("mode")) ?? String(user.playmode);
  const scores = offsetPage(userScores(ctx, user.id as number, type, mode), ctx.query, 100, 100);
  const offset = Math.max(0, Number(ctx.query.get("offset") ?? 0) || 0);
  // ScoreTransformer::USER_PROFILE_INCLUDES (a plain `user`), and `weight` for best scores
  return json(scores.map((s, i) => {
    const out = scoreWithIncludes(ctx.state, s, ctx.apiVersion, {
      beatmap: true,
      user: true,
      userIncludes: [],
      viewerId: ctx.userId,
    });
    if (type === "best" && typeof s.pp === "number") {
      const weight = 0.95 ** (i + offset);
      out.weight = { percentage: weight * 100, pp: s.pp * weight };
    }
    return out;
  }));
}

function getUserBeatmaps(ctx: RouteContext): Response {
  const user = lookupUser(ctx.state, ctx.params.user, "id");
  if (!user) return notFound();
  const type = ctx.params.type;
  const sets = ctx.state.data.beatmapsets;
  const byStatus = (statuses: string[]) =>
    sets.filter((s) => s.user_id === user.id && statuses.includes(String(s.status)));
  let list: JsonObject[];
  switch (type) {
    case "favourite": {
      const favs = (ctx.state.data.collections.favourites ?? []).filter((f) =>
        f.user_id === user.id
      );
      list = sets.filter((s) => favs.some((f) => f.beatmapset_id === s.id));
      break;
    }
    case "graveyard":
      list = byStatus(["graveyard"]);
      break;
    case "loved":
      list = byStatus(["loved"]);
      break;
    case "ranked":
    case "ranked_and_approved":
      list = byStatus(["ranked", "approved", "qualified"]);
      break;
    case "pending":
    case "unranked":
      list = byStatus(["pending", "wip"]);
      break;
    case "guest":
    case "nominated":
      list = [];
      break;
    case "most_played": {
      const played = ctx.state.data.scores.filter((s) => s.user_id === user.id);
      const items = played.map((s, i) => {
        const pair = findBeatmap(ctx.state, s.beatmap_id as number)!;
        return {
          beatmap_id: pair.beatmap.id,
          count: 10 + ((i * 7) % 30),
          beatmap: pair.beatmap,
          beatmapset: pair.set,
        };
      });
      return json(
        offsetPage(items, ctx.query, 5, 100).map((item) => ({
          ...item,
          beatmap: beatmapCompact(item.beatmap),
          beatmapset: setCompact(item.beatmapset),
        })),
      );
    }
    default:
      return notFound();
  }
  return json(offsetPage(list, ctx.query, 5, 100).map((set) => setExtended(set)));
}

function getUserKudosu(ctx: RouteContext): Response {
  const user = lookupUser(ctx.state, ctx.params.user, "id");
  if (!user) return notFound();
  const history = (ctx.state.data.collections.kudosu_history ?? []).filter((k) =>
    k._user_id === user.id
  );
  return json(offsetPage(history, ctx.query, 5, 100).map(({ _user_id: _, ...rest }) => rest));
}

function getUserRecentActivity(ctx: RouteContext): Response {
  const user = lookupUser(ctx.state, ctx.params.user, "id");
  if (!user) return notFound();
  const events = (ctx.state.data.collections.events ?? []).filter((e) =>
    (e.user as JsonObject | undefined)?.username === user.username
  );
  return json(offsetPage(events, ctx.query, 5, 100));
}

function searchBeatmapsPassed(ctx: RouteContext): Response {
  const user = lookupUser(ctx.state, ctx.params.user, "id");
  if (!user) return notFound();
  const setIds = listField(ctx.queryFields, "beatmapset_ids").slice(0, 50);
  ctx.setCost(Math.max(1, setIds.length));
  const rulesetId = ctx.query.get("ruleset_id");
  const passed = ctx.state.data.scores.filter((s) =>
    s.user_id === user.id && s.passed && (rulesetId === null || String(s.ruleset_id) === rulesetId)
  );
  const ids = new Set(passed.map((s) => s.beatmap_id));
  const beatmaps = ctx.state.data.beatmapsets
    .filter((set) => setIds.includes(String(set.id)))
    .flatMap((set) => set.beatmaps as JsonObject[])
    .filter((b) => ids.has(b.id))
    .map((b) => beatmapCompact(b));
  return json({ beatmaps_passed: beatmaps });
}

/** User route handlers by endpoint name. */
export const USER_ROUTES: RouteTable = {
  getUser,
  getUsers,
  lookupUsers,
  getUserScores,
  getUserBeatmaps,
  getUserKudosu,
  getUserRecentActivity,
  searchBeatmapsPassed,
};
