/**
 * Beatmap routes: lookup, batch, one beatmap, attributes, leaderboards, a user's scores on a
 * beatmap, and the lazer-only score submission and tag votes.
 *
 * @module
 */
import { apiError, field, json, listField, noContent, notFound, unprocessable } from "../_http.ts";
import type {
  BeatmapDifficultyAttributes,
  DifficultyAttributesBase,
  OsuDifficultyAttributes,
  TaikoDifficultyAttributes,
} from "../../models/beatmap_extras.ts";
import type { JsonObject } from "../types.ts";
import { asJson } from "../fixtures/_json.ts";
import { RULESETS } from "../fixtures/_random.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import {
  allBeatmaps,
  beatmapExtended,
  favouritedFor,
  findBeatmap,
  notFoundMessage,
  rulesetName,
  scoreWithIncludes,
  strip,
} from "./_lookup.ts";

const BEATMAP_NOT_FOUND = notFoundMessage("beatmap difficulty");

function lookupBeatmap(ctx: RouteContext): Response {
  const pairs = allBeatmaps(ctx.state);
  const checksum = ctx.query.get("checksum");
  const filename = ctx.query.get("filename");
  const id = ctx.query.get("id");
  const found =
    (checksum !== null ? pairs.find((p) => p.beatmap.checksum === checksum) : undefined) ??
      (filename !== null ? pairs.find((p) => p.beatmap._filename === filename) : undefined) ??
      (id !== null ? pairs.find((p) => String(p.beatmap.id) === id) : undefined);
  return found ? json(beatmapExtended(found, favouritedFor(ctx, found.set))) : notFound();
}

function getBeatmaps(ctx: RouteContext): Response {
  const ids = listField(ctx.queryFields, "ids").slice(0, 50);
  const pairs = allBeatmaps(ctx.state).filter((p) => ids.includes(String(p.beatmap.id)))
    .sort((a, b) => (a.beatmap.id as number) - (b.beatmap.id as number));
  return json({
    beatmaps: pairs.map((pair) => beatmapExtended(pair, favouritedFor(ctx, pair.set))),
  });
}

function getBeatmap(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  return pair
    ? json(beatmapExtended(pair, favouritedFor(ctx, pair.set)))
    : apiError(404, BEATMAP_NOT_FOUND);
}

function getBeatmapAttributes(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
  const ruleset = rulesetName(field(ctx.body, "ruleset") ?? field(ctx.body, "ruleset_id")) ??
    String(pair.beatmap.mode);
  const mods = field(ctx.body, "mods") ?? "";
  const stars = (pair.beatmap.difficulty_rating as number) *
    (/DT|NC|"DT"|"NC"|64|512/.test(mods) ? 1.4 : 1);
  const base: DifficultyAttributesBase = {
    star_rating: Math.round(stars * 100) / 100,
    max_combo: pair.beatmap.max_combo as number,
  };
  // osu-web's docs (beatmap_difficulty_attributes): osu! and taiko have their own fields,
  // catch and mania only the common two.
  let attributes: BeatmapDifficultyAttributes = base;
  if (ruleset === "osu") {
    attributes = {
      ...base,
      aim_difficulty: stars / 2,
      aim_difficult_slider_count: 42.5,
      speed_difficulty: stars / 2.2,
      speed_note_count: 200,
      slider_factor: 0.98,
      aim_difficult_strain_count: 88.1,
      speed_difficult_strain_count: 61.3,
    } satisfies OsuDifficultyAttributes;
  } else if (ruleset === "taiko") {
    attributes = { ...base, mono_stamina_factor: 0.02 } satisfies TaikoDifficultyAttributes;
  }
  return json({ attributes: asJson(attributes) });
}

function leaderboard(ctx: RouteContext, beatmap: JsonObject): JsonObject[] {
  const mode = rulesetName(ctx.query.get("mode") ?? ctx.query.get("ruleset")) ??
    String(beatmap.mode);
  const rulesetId = RULESETS.indexOf(mode as typeof RULESETS[number]);
  const mods = listField(ctx.queryFields, "mods");
  return ctx.state.data.scores
    .filter((s) => s.beatmap_id === beatmap.id && s.passed && s.ruleset_id === rulesetId)
    .filter((s) =>
      mods.length === 0 || mods.every((m) => (s.mods as JsonObject[]).some((x) => x.acronym === m))
    )
    .sort((a, b) => (b.total_score as number) - (a.total_score as number));
}

function beatmapScores(ctx: RouteContext, forceNew: boolean): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
  const board = leaderboard(ctx, pair.beatmap);
  const limit = Math.min(100, Math.max(1, Number(ctx.query.get("limit") ?? 50) || 50));
  const version = forceNew ? Math.max(ctx.apiVersion, 20220705) : ctx.apiVersion;
  const body: JsonObject = {
    scores: board.slice(0, limit).map((s) =>
      scoreWithIncludes(ctx.state, s, version, { user: true, viewerId: ctx.userId })
    ),
  };
  // the API adds the board's size (BeatmapsController::beatmapScores)
  body.score_count = board.length;
  const mine = ctx.userId === undefined ? -1 : board.findIndex((s) => s.user_id === ctx.userId);
  if (mine >= 0) {
    body.user_score = {
      position: mine + 1,
      score: scoreWithIncludes(ctx.state, board[mine], version, {
        user: true,
        viewerId: ctx.userId,
      }),
    };
    body.userScore = body.user_score;
  }
  return json(body);
}

function withOwners(score: JsonObject, beatmap: JsonObject): JsonObject {
  return score.beatmap
    ? { ...score, beatmap: { ...(score.beatmap as JsonObject), owners: beatmap.owners } }
    : score;
}

function getUserBeatmapScore(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
  const board = leaderboard(ctx, pair.beatmap);
  const index = board.findIndex((s) => String(s.user_id) === ctx.params.user);
  if (index === -1) return notFound();
  return json({
    position: index + 1,
    // BeatmapsController::userScore: `beatmap.owners` and the leaderboard's user includes
    score: withOwners(
      scoreWithIncludes(ctx.state, board[index], ctx.apiVersion, { beatmap: true, user: true }),
      pair.beatmap,
    ),
  });
}

function getUserBeatmapScores(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
  const scores = leaderboard(ctx, pair.beatmap).filter((s) =>
    String(s.user_id) === ctx.params.user
  );
  return json({ scores: scores.map((s) => scoreWithIncludes(ctx.state, s, ctx.apiVersion, {})) });
}

function createScoreToken(ctx: RouteContext): Response {
  const pair = findBeatmap(ctx.state, ctx.params.beatmap);
  if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
  const versionHash = field(ctx.body, "version_hash");
  if (!versionHash) return unprocessable("missing client version");
  const token: JsonObject = {
    beatmap_id: pair.beatmap.id,
    created_at: new Date(ctx.state.clock.now()).toISOString(),
    id: ctx.state.nextId++,
    playlist_item_id: null,
    user_id: ctx.userId ?? null,
    // kept for the submission; ScoreTokenTransformer does not send it
    _ruleset_id: Number(field(ctx.body, "ruleset_id") ?? pair.beatmap.mode_int),
  };
  (ctx.state.data.collections.score_tokens ??= []).push(token);
  return json(strip(token));
}

function submitSoloScore(ctx: RouteContext): Response {
  const token = (ctx.state.data.collections.score_tokens ?? []).find((t) =>
    String(t.id) === ctx.params.token
  );
  if (!token || String(token.beatmap_id) !== ctx.params.beatmap) return notFound();
  const total = Number(field(ctx.body, "total_score"));
  if (!Number.isFinite(total)) return unprocessable("total_score is required");
  const score: JsonObject = {
    type: "solo_score",
    id: ctx.state.nextId++,
    user_id: ctx.userId ?? 0,
    beatmap_id: token.beatmap_id,
    ruleset_id: token._ruleset_id,
    accuracy: Number(field(ctx.body, "accuracy") ?? 1),
    max_combo: Number(field(ctx.body, "max_combo") ?? 0),
    passed: field(ctx.body, "passed") !== "false",
    rank: field(ctx.body, "rank") ?? "A",
    total_score: total,
    legacy_total_score: 0,
    legacy_score_id: null,
    mods: (ctx.body.mods as JsonObject[] | undefined) ?? [],
    statistics: (ctx.body.statistics as JsonObject | undefined) ?? {},
    maximum_statistics: (ctx.body.maximum_statistics as JsonObject | undefined) ?? {},
    ended_at: new Date(ctx.state.clock.now()).toISOString(),
    started_at: String(token.created_at),
    build_id: null,
    best_id: null,
    has_replay: false,
    replay: false,
    is_perfect_combo: false,
    legacy_perfect: false,
    pp: null,
    preserve: true,
    processed: false,
    ranked: true,
    classic_total_score: total,
  };
  ctx.state.data.scores.push(score);
  return json(scoreWithIncludes(ctx.state, score, 20220705, {}));
}

function tagVote(add: boolean) {
  return (ctx: RouteContext): Response => {
    const pair = findBeatmap(ctx.state, ctx.params.beatmap);
    if (!pair) return apiError(404, BEATMAP_NOT_FOUND);
    const tags = ctx.state.data.collections.tags ?? [];
    if (!tags.some((t) => String(t.id) === ctx.params.tag)) return notFound();
    const votes = (ctx.state.data.collections.tag_votes ??= []);
    const index = votes.findIndex((v) =>
      v.beatmap_id === pair.beatmap.id && String(v.tag_id) === ctx.params.tag &&
      v.user_id === ctx.userId
    );
    if (add && index === -1) {
      votes.push({
        beatmap_id: pair.beatmap.id,
        tag_id: Number(ctx.params.tag),
        user_id: ctx.userId ?? null,
      });
    }
    if (!add && index !== -1) votes.splice(index, 1);
    return noContent();
  };
}

/** Beatmap route handlers by endpoint name. */
export const BEATMAP_ROUTES: RouteTable = {
  lookupBeatmap,
  getBeatmaps,
  getBeatmap,
  getBeatmapAttributes,
  getBeatmapScores: (ctx) => beatmapScores(ctx, false),
  getBeatmapScoresNonLegacy: (ctx) => beatmapScores(ctx, true),
  getUserBeatmapScore,
  getUserBeatmapScores,
  createScoreToken,
  submitSoloScore,
  addBeatmapTagVote: tagVote(true),
  removeBeatmapTagVote: tagVote(false),
};
