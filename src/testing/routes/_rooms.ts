/**
 * Views of stored rooms, playlist items and playlist scores, as osu-web's RoomTransformer,
 * PlaylistItemTransformer, UserScoreAggregateTransformer and the playlist ScoresController send
 * them, with the includes each route turns on.
 *
 * @module
 */
import type { PlaylistItem, Room, UserScoreAggregate } from "../../models/multiplayer.ts";
import type { JsonObject } from "../types.ts";
import { type CoversRequired, pick } from "../fixtures/_json.ts";
import { beatmapCompact, setCompact } from "../fixtures/beatmaps.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext } from "./_context.ts";
import { coll, findBeatmap, scoreWithIncludes } from "./_lookup.ts";

const ROOM_FIELDS = [
  "id",
  "name",
  "description",
  "category",
  "status",
  "type",
  "user_id",
  "starts_at",
  "ends_at",
  "max_attempts",
  "max_participants",
  "participant_count",
  "channel_id",
  "active",
  "has_password",
  "queue_mode",
  "auto_skip",
  "pinned",
] as const satisfies readonly (keyof Room)[];

const ITEM_FIELDS = [
  "id",
  "room_id",
  "beatmap_id",
  "created_at",
  "ruleset_id",
  "allowed_mods",
  "required_mods",
  "freestyle",
  "expired",
  "owner_id",
  "playlist_order",
  "played_at",
] as const satisfies readonly (keyof PlaylistItem)[];

const AGGREGATE_FIELDS = [
  "accuracy",
  "attempts",
  "completed",
  "pp",
  "room_id",
  "total_score",
  "user_id",
] as const satisfies readonly (keyof UserScoreAggregate)[];

const _complete: [
  CoversRequired<Room, typeof ROOM_FIELDS[number]>,
  CoversRequired<PlaylistItem, typeof ITEM_FIELDS[number]>,
  CoversRequired<UserScoreAggregate, typeof AGGREGATE_FIELDS[number]>,
] = [true, true, true];

function user(ctx: RouteContext, id: unknown): JsonObject | undefined {
  return ctx.state.data.users.find((u) => u.id === id);
}

/**
 * A playlist item, optionally with its beatmap (with its beatmapset and the given includes).
 *
 * @param ctx the route context
 * @param item the stored item
 * @param beatmap whether to include the beatmap, and with which includes
 * @returns the item
 */
export function playlistItem(
  ctx: RouteContext,
  item: JsonObject,
  beatmap?: readonly ("checksum" | "max_combo")[],
): JsonObject {
  const out = pick(item, ITEM_FIELDS);
  const pair = beatmap ? findBeatmap(ctx.state, item.beatmap_id as number) : undefined;
  if (beatmap && pair) {
    out.beatmap = { ...beatmapCompact(pair.beatmap, beatmap), beatmapset: setCompact(pair.set) };
  }
  return out;
}

/**
 * The players' totals in a room, best first (UserScoreAggregate).
 *
 * @param ctx the route context
 * @param room the stored room
 * @returns the rows
 */
export function aggregateRows(ctx: RouteContext, room: JsonObject): JsonObject[] {
  const byUser = new Map<number, JsonObject[]>();
  for (const s of coll(ctx, "playlist_scores").filter((s) => s.room_id === room.id)) {
    byUser.set(s.user_id as number, [...(byUser.get(s.user_id as number) ?? []), s]);
  }
  return [...byUser.entries()].map(([userId, scores]): JsonObject => ({
    accuracy: scores.reduce((n, s) => n + (s.accuracy as number), 0) / scores.length,
    attempts: scores.length,
    completed: new Set(scores.map((s) => s.playlist_item_id)).size,
    pp: 0,
    room_id: room.id as number,
    total_score: scores.reduce((n, s) => n + (s.total_score as number), 0),
    user_id: userId,
  })).sort((a, b) => (b.total_score as number) - (a.total_score as number));
}

/**
 * The token owner's totals in a room with per-item attempts (`current_user_score`), or
 * `undefined` without a user (osu-web leaves the include out).
 *
 * @param ctx the route context
 * @param room the stored room
 * @returns the row or undefined
 */
function currentUserScore(ctx: RouteContext, room: JsonObject): JsonObject | undefined {
  if (ctx.userId === undefined) return undefined;
  const row = aggregateRows(ctx, room).find((r) => r.user_id === ctx.userId) ?? {
    accuracy: 0,
    attempts: 0,
    completed: 0,
    pp: 0,
    room_id: room.id as number,
    total_score: 0,
    user_id: ctx.userId,
  };
  const mine = coll(ctx, "playlist_scores").filter((s) =>
    s.room_id === room.id && s.user_id === ctx.userId
  );
  const items = [...new Set(mine.map((s) => s.playlist_item_id as number))];
  return {
    ...pick(row, AGGREGATE_FIELDS),
    playlist_item_attempts: items.map((id) => ({
      attempts: mine.filter((s) => s.playlist_item_id === id).length,
      id,
      passed: mine.some((s) => s.playlist_item_id === id && s.passed),
    })),
  };
}

function recentParticipants(ctx: RouteContext, room: JsonObject): JsonObject[] {
  const ids = aggregateRows(ctx, room).map((r) => r.user_id).slice(0, 3);
  return (ids.length ? ids : [room.user_id]).flatMap((id) => {
    const found = user(ctx, id);
    return found ? [userCompact(found, [])] : [];
  });
}

/**
 * A room of `GET rooms` (RoomsController::index's includes).
 *
 * @param ctx the route context
 * @param room the stored room
 * @returns the room
 */
export function listedRoom(ctx: RouteContext, room: JsonObject): JsonObject {
  const items = room.playlist as JsonObject[];
  const active = items.filter((i) => i.expired === false);
  const ranged = active.length ? active : items;
  const stars = ranged.map((i) =>
    (findBeatmap(ctx.state, i.beatmap_id as number)?.beatmap.difficulty_rating as number) ?? 0
  );
  const current = active[0] ?? null;
  const host = user(ctx, room.user_id);
  return {
    ...pick(room, ROOM_FIELDS),
    current_playlist_item: current ? playlistItem(ctx, current, []) : null,
    difficulty_range: {
      max: stars.length ? Math.max(...stars) : 0,
      min: stars.length ? Math.min(...stars) : 0,
    },
    host: host ? userCompact(host, ["country"]) : null,
    playlist_item_stats: {
      count_active: active.length,
      count_total: items.length,
      ruleset_ids: [...new Set(ranged.map((i) => i.ruleset_id as number))],
    },
    recent_participants: recentParticipants(ctx, room),
  };
}

/**
 * A room as `GET rooms/{room}`, `POST rooms` and joining return it
 * (RoomTransformer::createShowResponse).
 *
 * @param ctx the route context
 * @param room the stored room
 * @returns the room
 */
export function roomDetails(ctx: RouteContext, room: JsonObject): JsonObject {
  const host = user(ctx, room.user_id);
  const out: JsonObject = {
    ...pick(room, ROOM_FIELDS),
    host: host ? userCompact(host, ["country"]) : null,
    playlist: (room.playlist as JsonObject[]).map((i) =>
      playlistItem(ctx, i, ["checksum", "max_combo"])
    ),
    recent_participants: recentParticipants(ctx, room),
  };
  const mine = currentUserScore(ctx, room);
  if (mine) out.current_user_score = mine;
  return out;
}

/**
 * A room without includes (`room` of `GET rooms/{room}/events`).
 *
 * @param room the stored room
 * @returns the room
 */
export function roomBase(room: JsonObject): JsonObject {
  return pick(room, ROOM_FIELDS);
}

/**
 * A playlist score with the player (country, cover, team), and optionally its position and
 * the scores around it (Rooms\Playlist\ScoresController::show, ::showUser, ::update).
 *
 * @param ctx the route context
 * @param score the stored playlist score
 * @param scores the item's scores, best first
 * @param around whether to add `position` and `scores_around`
 * @returns the score
 */
export function playlistScore(
  ctx: RouteContext,
  score: JsonObject,
  scores: readonly JsonObject[],
  around: boolean,
): JsonObject {
  const out = scoreWithIncludes(ctx.state, score, 20220705, { user: true });
  if (!around) return out;
  const index = scores.indexOf(score);
  const side = (list: readonly JsonObject[], sort: string) => ({
    scores: list.slice(0, 10).map((s) => scoreWithIncludes(ctx.state, s, 20220705, { user: true })),
    params: { limit: 10, sort },
    cursor: null,
    cursor_string: null,
  });
  const others = scores.filter((s) => s.user_id !== score.user_id);
  return {
    ...out,
    position: index === -1 ? null : index + 1,
    scores_around: {
      higher: side(
        others.filter((s) => (s.total_score as number) > (score.total_score as number))
          .reverse(),
        "score_asc",
      ),
      lower: side(
        others.filter((s) => (s.total_score as number) <= (score.total_score as number)),
        "score_desc",
      ),
    },
  };
}
