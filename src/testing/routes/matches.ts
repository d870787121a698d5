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
import { coll, notFoundMessage, strip } from "./_lookup.ts";

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
    events: events.map(strip),
    users: ctx.state.data.users.filter((u) => userIds.has(u.id)).map((u) =>
      userCompact(u, ["country"])
    ),
    first_event_id: all[0]?.id ?? null,
    latest_event_id: all.at(-1)?.id ?? null,
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
      params: { limit: page.items.length, sort: ctx.query.get("sort") ?? "id_desc" },
      cursor: page.cursor,
      cursor_string: page.cursorString,
    });
  },
  getMatch,
};
