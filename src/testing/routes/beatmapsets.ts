/**
 * Beatmapset routes: search (`cursor_string`, 50 a page), lookup, one set, favourites, ratings
 * and the download.
 *
 * @module
 */
import { apiError, field, json, unprocessable } from "../_http.ts";
import { cursorStringPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { setDetails, setExtended } from "../fixtures/beatmaps.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { favouritedFor, findBeatmap, findSet, notFoundMessage } from "./_lookup.ts";

const SET_NOT_FOUND = notFoundMessage("beatmap");

function searchBeatmapsets(ctx: RouteContext): Response {
  const q = (ctx.query.get("q") ?? ctx.query.get("query") ?? "").toLowerCase();
  const status = ctx.query.get("s") ?? "leaderboard";
  const mode = ctx.query.get("m");
  let sets = ctx.state.data.beatmapsets.filter((set) =>
    !q || `${set.artist} ${set.title} ${set.creator} ${set.tags}`.toLowerCase().includes(q)
  );
  const statuses: Record<string, string[]> = {
    leaderboard: ["ranked", "approved", "qualified", "loved"],
    ranked: ["ranked", "approved"],
    qualified: ["qualified"],
    loved: ["loved"],
    pending: ["pending"],
    wip: ["wip"],
    graveyard: ["graveyard"],
  };
  if (status !== "any") {
    sets = sets.filter((set) =>
      (statuses[status] ?? statuses.leaderboard).includes(String(set.status))
    );
  }
  if (mode !== null) {
    sets = sets.filter((set) =>
      (set.beatmaps as JsonObject[]).some((b) => String(b.mode_int) === mode)
    );
  }
  sets = [...sets].sort((a, b) =>
    String(b.last_updated).localeCompare(String(a.last_updated)) ||
    (b.id as number) - (a.id as number)
  );
  const page = cursorStringPage(sets, ctx.query, 50);
  return json({
    beatmapsets: page.items.map((set) =>
      setExtended(set, {
        beatmapIncludes: ["max_combo"],
        extra: ["pack_tags"],
        favourited: favouritedFor(ctx, set),
      })
    ),
    search: { sort: ctx.query.get("sort") ?? "ranked_desc" },
    recommended_difficulty: null,
    error: null,
    total: sets.length,
    cursor: page.cursor,
    cursor_string: page.cursorString,
  });
}

function lookupBeatmapset(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.query.get("beatmap_id") ?? "");
  return pair
    ? json(setDetails(pair.set, favouritedFor(ctx, pair.set)))
    : apiError(404, notFoundMessage("beatmap difficulty"));
}

function getBeatmapset(ctx: RouteContext): Response {
  const set = findSet(ctx.state, ctx.params.beatmapset);
  return set ? json(setDetails(set, favouritedFor(ctx, set))) : apiError(404, SET_NOT_FOUND);
}

function favouriteBeatmapset(ctx: RouteContext): Response {
  const set = findSet(ctx.state, ctx.params.beatmapset);
  if (!set) return apiError(404, SET_NOT_FOUND);
  const action = field(ctx.body, "action");
  if (action !== "favourite" && action !== "unfavourite") {
    return unprocessable("action must be favourite or unfavourite");
  }
  const favs = (ctx.state.data.collections.favourites ??= []);
  const index = favs.findIndex((f) => f.user_id === ctx.userId && f.beatmapset_id === set.id);
  if (action === "favourite" && index === -1) {
    favs.push({ user_id: ctx.userId ?? null, beatmapset_id: set.id });
    set.favourite_count = (set.favourite_count as number) + 1;
  } else if (action === "unfavourite" && index !== -1) {
    favs.splice(index, 1);
    set.favourite_count = (set.favourite_count as number) - 1;
  }
  return json({ favourite_count: set.favourite_count });
}

function setRatings(ctx: RouteContext, set: JsonObject): JsonObject[] {
  return (ctx.state.data.collections.ratings ?? []).filter((r) => r.beatmapset_id === set.id);
}

function totalRating(ctx: RouteContext, set: JsonObject): number {
  return setRatings(ctx, set).reduce((sum, r) => sum + Number(r.rating), 0);
}

function getBeatmapsetRating(ctx: RouteContext): Response {
  const set = findSet(ctx.state, ctx.params.beatmapset);
  if (!set) return apiError(404, SET_NOT_FOUND);
  const mine = setRatings(ctx, set).find((r) => r.user_id === ctx.userId);
  return json({
    disallow_rating_reason: null,
    total_rating: totalRating(ctx, set),
    user_rating: mine ? Number(mine.rating) : null,
  });
}

function rateBeatmapset(ctx: RouteContext): Response {
  const set = findSet(ctx.state, ctx.params.beatmapset);
  if (!set) return apiError(404, SET_NOT_FOUND);
  const rating = Number(field(ctx.body, "rating"));
  if (!Number.isInteger(rating) || rating < 1 || rating > 10) {
    return unprocessable("rating must be an integer from 1 to 10");
  }
  const ratings = (ctx.state.data.collections.ratings ??= []);
  const existing = ratings.find((r) => r.user_id === ctx.userId && r.beatmapset_id === set.id);
  if (existing) existing.rating = rating;
  else ratings.push({ user_id: ctx.userId ?? null, beatmapset_id: set.id, rating });
  return json({ updated_rating: totalRating(ctx, set) });
}

/** An ASCII-safe `filename` plus the exact name as `filename*` (RFC 6266 / 5987). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function downloadBeatmapset(ctx: RouteContext): Response {
  const set = findSet(ctx.state, ctx.params.beatmapset);
  if (!set) return apiError(404, SET_NOT_FOUND);
  // a zip archive's end-of-central-directory record: an empty but valid .osz
  const bytes = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
  return new Response(bytes, {
    headers: {
      "content-type": "application/x-osu-beatmap-archive",
      "content-disposition": contentDisposition(`${set.id} ${set.artist} - ${set.title}.osz`),
    },
  });
}

/** Beatmapset route handlers by endpoint name (discussions are in `discussions.ts`). */
export const BEATMAPSET_ROUTES: RouteTable = {
  searchBeatmapsets,
  lookupBeatmapset,
  getBeatmapset,
  favouriteBeatmapset,
  getBeatmapsetRating,
  rateBeatmapset,
  downloadBeatmapset,
};
