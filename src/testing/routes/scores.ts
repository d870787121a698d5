/**
 * Score routes: one score (by id, or by legacy ruleset + id), `GET scores` (always the new
 * format, `cursor_string`), replay downloads (bytes) and score pins.
 *
 * @module
 */
import { apiError, field, json, noContent, unprocessable } from "../_http.ts";
import { decodeCursor, encodeCursor } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { RULESETS } from "../fixtures/_random.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { findBeatmap, notFoundMessage, rulesetName, scoreWithIncludes } from "./_lookup.ts";
import { userCompact } from "../fixtures/users.ts";

const SCORE_NOT_FOUND = notFoundMessage("Solo\\Score");

function findScore(ctx: RouteContext): JsonObject | undefined {
  const id = ctx.params.score;
  if (ctx.params.ruleset !== undefined) {
    const ruleset = rulesetName(ctx.params.ruleset);
    if (!ruleset) return undefined;
    const rulesetId = RULESETS.indexOf(ruleset as typeof RULESETS[number]);
    return ctx.state.data.scores.find((s) =>
      String(s.legacy_score_id) === id && s.ruleset_id === rulesetId
    );
  }
  return ctx.state.data.scores.find((s) => String(s.id) === id);
}

function getScore(ctx: RouteContext): Response {
  const score = findScore(ctx);
  if (!score) return apiError(404, SCORE_NOT_FOUND);
  // ScoresController::show: beatmap.max_combo/user/owners, beatmapset, rank_global,
  // replay_views, and the user's card includes
  const out = scoreWithIncludes(ctx.state, score, ctx.apiVersion, {
    beatmap: true,
    user: true,
    userIncludes: ["country", "cover", "groups", "team"],
    viewerId: ctx.userId,
  });
  const pair = findBeatmap(ctx.state, score.beatmap_id as number);
  const mapper = pair && ctx.state.data.users.find((u) => u.id === pair.beatmap.user_id);
  if (pair && out.beatmap) {
    out.beatmap = {
      ...(out.beatmap as JsonObject),
      max_combo: pair.beatmap.max_combo,
      owners: pair.beatmap.owners,
      ...(mapper ? { user: userCompact(mapper, []) } : {}),
    };
  }
  out.replay_views = 0;
  const board = ctx.state.data.scores.filter((s) => s.beatmap_id === score.beatmap_id && s.passed)
    .sort((a, b) => (b.total_score as number) - (a.total_score as number));
  out.rank_global = board.indexOf(score) + 1 || null;
  return json(out);
}

function getAllScores(ctx: RouteContext): Response {
  const ruleset = rulesetName(ctx.query.get("ruleset"));
  const rulesetId = ruleset === undefined
    ? undefined
    : RULESETS.indexOf(ruleset as typeof RULESETS[number]);
  const cursor = decodeCursor(ctx.query.get("cursor_string"));
  const after = cursor?.id === undefined ? 0 : Number(cursor.id);
  const all = ctx.state.data.scores
    .filter((s) => s.passed && (rulesetId === undefined || s.ruleset_id === rulesetId))
    .sort((a, b) => (a.id as number) - (b.id as number));
  const rest = all.filter((s) => (s.id as number) > after);
  const page = rest.slice(0, 1000);
  // osu-web always returns a cursor here (the newest id), so polling can continue; the list is
  // empty when nothing is newer
  const last = page.length
    ? page[page.length - 1].id
    : (cursor?.id ?? all[all.length - 1]?.id ?? 0);
  return json({
    scores: page.map((s) => scoreWithIncludes(ctx.state, s, ctx.apiVersion, { forceNew: true })),
    cursor: { id: last },
    cursor_string: encodeCursor({ id: last }),
  });
}

function getReplay(ctx: RouteContext): Response {
  const score = findScore(ctx);
  if (!score || !score.has_replay) return apiError(404, score ? null : SCORE_NOT_FOUND);
  // a tiny fake .osr: ruleset byte, game version, then the score id as text
  const header = new Uint8Array([score.ruleset_id as number, 0x1f, 0x8b, 0x34, 0x01]);
  const text = new TextEncoder().encode(`osu-ts emulator replay ${score.id}`);
  const bytes = new Uint8Array(header.length + text.length);
  bytes.set(header);
  bytes.set(text, header.length);
  return new Response(bytes, {
    headers: {
      "content-type": "application/x-osu-replay",
      "content-disposition": `attachment; filename="replay-${
        RULESETS[score.ruleset_id as number]
      }_${score.beatmap_id}_${score.id}.osr"`,
    },
  });
}

function pins(ctx: RouteContext): JsonObject[] {
  return (ctx.state.data.collections.score_pins ??= []);
}

function pinScore(ctx: RouteContext): Response {
  const score = ctx.state.data.scores.find((s) => String(s.id) === ctx.params.score);
  if (!score || score.user_id !== ctx.userId) return apiError(404, SCORE_NOT_FOUND);
  const list = pins(ctx);
  if (!list.some((p) => p.score_id === score.id)) {
    list.unshift({ score_id: score.id, user_id: ctx.userId ?? null });
  }
  return noContent();
}

function unpinScore(ctx: RouteContext): Response {
  const list = pins(ctx);
  const index = list.findIndex((p) =>
    String(p.score_id) === ctx.params.score && p.user_id === ctx.userId
  );
  if (index !== -1) list.splice(index, 1);
  return noContent();
}

function reorderPinnedScore(ctx: RouteContext): Response {
  const list = pins(ctx);
  const index = list.findIndex((p) =>
    String(p.score_id) === ctx.params.score && p.user_id === ctx.userId
  );
  if (index === -1) return apiError(404, SCORE_NOT_FOUND);
  const after = field(ctx.body, "after_score_id");
  const before = field(ctx.body, "before_score_id");
  if (after === undefined && before === undefined) {
    return unprocessable("after_score_id or before_score_id is required");
  }
  const [pin] = list.splice(index, 1);
  const anchor = list.findIndex((p) => String(p.score_id) === (after ?? before));
  list.splice(anchor === -1 ? list.length : after !== undefined ? anchor + 1 : anchor, 0, pin);
  return noContent();
}

/** Score route handlers by endpoint name. */
export const SCORE_ROUTES: RouteTable = {
  getScoreById: getScore,
  getScoreByIdOnly: getScore,
  getAllScores,
  getReplayData: getReplay,
  getReplayDataByIdOnly: getReplay,
  pinScore,
  unpinScore,
  reorderPinnedScore,
};
