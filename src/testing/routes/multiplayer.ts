/**
 * Multiplayer routes: rooms (`cursor_string`), a room, its leaderboard and events, playlist
 * scores (`cursor_string`) and the lazer-only room writes. Legacy matches are in `matches.ts`.
 *
 * @module
 */
import { apiError, field, intParam, json, noContent, unprocessable } from "../_http.ts";
import { cursorStringPage } from "../_paging.ts";
import type { JsonObject } from "../types.ts";
import { userCompact } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { coll, findBeatmap, notFoundMessage, strip } from "./_lookup.ts";
import {
  aggregateRows,
  listedRoom,
  playlistItem,
  playlistScore,
  roomBase,
  roomDetails,
} from "./_rooms.ts";
import { beatmapCompact, setCompact } from "../fixtures/beatmaps.ts";

const ROOM_NOT_FOUND = notFoundMessage("Multiplayer\\Room");

function findRoom(ctx: RouteContext): JsonObject | undefined {
  return coll(ctx, "rooms").find((r) => String(r.id) === ctx.params.room && r._deleted !== true);
}

function getRooms(ctx: RouteContext): Response {
  const mode = ctx.query.get("mode") ?? "active";
  const rooms = coll(ctx, "rooms").filter((r) =>
    r._deleted !== true &&
    (mode === "all" || (mode === "active"
      ? r.active
      : mode === "ended"
      ? !r.active
      : mode === "owned"
      ? r.user_id === ctx.userId
      : true))
  ).sort((a, b) => (b.id as number) - (a.id as number));
  // osu-web wraps the list only for api_version >= 99999999 (i.e. never for a real client);
  // every real x-api-version gets a plain array, paged by `limit` alone.
  if (ctx.apiVersion >= 99999999) {
    const page = cursorStringPage(rooms, ctx.query, 50, 250);
    return json({
      rooms: page.items.map((room) => listedRoom(ctx, room)),
      cursor: page.cursor,
      cursor_string: page.cursorString,
      type_group: ctx.query.get("type_group") ?? "playlists",
    });
  }
  const plainQuery = new URLSearchParams(ctx.query);
  plainQuery.delete("cursor_string");
  return json(
    cursorStringPage(rooms, plainQuery, 50, 250).items.map((room) => listedRoom(ctx, room)),
  );
}

function playlistScores(ctx: RouteContext): JsonObject[] {
  return coll(ctx, "playlist_scores").filter((s) =>
    String(s.room_id) === ctx.params.room && String(s.playlist_item_id) === ctx.params.playlist
  )
    .sort((a, b) => (b.total_score as number) - (a.total_score as number));
}

function getScores(ctx: RouteContext): Response {
  if (!findRoom(ctx)) return apiError(404, ROOM_NOT_FOUND);
  const scores = playlistScores(ctx);
  const page = cursorStringPage(scores, ctx.query, 50, 250);
  const mine = scores.find((s) => s.user_id === ctx.userId);
  return json({
    params: {
      limit: intParam(ctx.query.get("limit"), 50, 1, 250),
      sort: ctx.query.get("sort") ?? "score_desc",
    },
    scores: page.items.map((s) => playlistScore(ctx, s, scores, false)),
    total: scores.length,
    user_score: mine
      ? { ...playlistScore(ctx, mine, scores, false), position: scores.indexOf(mine) + 1 }
      : null,
    cursor: page.cursor,
    cursor_string: page.cursorString,
  });
}

function getRoomLeaderboard(ctx: RouteContext): Response {
  const room = findRoom(ctx);
  if (!room) return apiError(404, ROOM_NOT_FOUND);
  const withUser = (row: JsonObject): JsonObject => ({
    ...row,
    user: userCompact(ctx.state.data.users.find((u) => u.id === row.user_id)!, [
      "country",
      "cover",
      "team",
    ]),
  });
  const rows = aggregateRows(ctx, room).map(withUser);
  const mine = rows.findIndex((r) => r.user_id === ctx.userId);
  return json({
    leaderboard: rows.slice(0, 50),
    user_score: mine === -1 ? null : { ...rows[mine], position: mine + 1 },
  });
}

function getRoomEvents(ctx: RouteContext): Response {
  const room = findRoom(ctx);
  if (!room) return apiError(404, ROOM_NOT_FOUND);
  const items = room.playlist as JsonObject[];
  const pairs = items.flatMap((i) => {
    const pair = findBeatmap(ctx.state, i.beatmap_id as number);
    return pair ? [pair] : [];
  });
  const sets = [...new Map(pairs.map((p) => [p.set.id, p.set])).values()];
  const scores = coll(ctx, "playlist_scores");
  return json({
    beatmaps: pairs.map((p) => beatmapCompact(p.beatmap)),
    beatmapsets: sets.map(setCompact),
    current_playlist_item_id: items[0]?.id ?? null,
    events: [{
      created_at: room.starts_at,
      event_type: "room_created",
      id: 1,
      playlist_item_id: null,
      user_id: room.user_id,
    }],
    first_event_id: 1,
    last_event_id: 1,
    playlist_items: items.map((item) => ({
      ...playlistItem(ctx, item),
      details: { room_type: String(room.type), started_at: item.created_at },
      scores: scores.filter((s) => s.playlist_item_id === item.id).map((s) =>
        playlistScore(ctx, s, [], false)
      ).map(({ user: _user, ...score }) => score),
    })),
    room: roomBase(room),
    users: [userCompact(ctx.state.data.users.find((u) => u.id === room.user_id)!, ["country"])],
  });
}

function createRoom(ctx: RouteContext): Response {
  const name = field(ctx.body, "name");
  const playlist = ctx.body.playlist;
  if (!name || !Array.isArray(playlist) || playlist.length === 0) {
    return unprocessable("name and playlist are required");
  }
  const id = ctx.state.nextId++;
  const room: JsonObject = {
    id,
    name,
    category: "normal",
    type: field(ctx.body, "type") ?? "playlists",
    user_id: ctx.userId ?? null,
    starts_at: new Date(ctx.state.clock.now()).toISOString(),
    ends_at: null,
    description: field(ctx.body, "description") ?? null,
    max_attempts: null,
    max_participants: null,
    participant_count: 0,
    channel_id: ctx.state.nextId++,
    active: true,
    has_password: false,
    queue_mode: "host_only",
    auto_skip: false,
    pinned: false,
    status: "idle",
    playlist: playlist.map((item, i) => {
      const given = item as JsonObject;
      return {
        id: ctx.state.nextId++,
        room_id: id,
        beatmap_id: given.beatmap_id,
        created_at: new Date(ctx.state.clock.now()).toISOString(),
        ruleset_id: given.ruleset_id ?? 0,
        allowed_mods: given.allowed_mods ?? [],
        required_mods: given.required_mods ?? [],
        freestyle: given.freestyle ?? false,
        expired: false,
        owner_id: ctx.userId ?? null,
        playlist_order: i,
        played_at: null,
      };
    }),
  };
  coll(ctx, "rooms").push(room);
  return json(roomDetails(ctx, room));
}

function findItem(ctx: RouteContext): JsonObject | undefined {
  return (findRoom(ctx)?.playlist as JsonObject[] | undefined)?.find((i) =>
    String(i.id) === ctx.params.playlist
  );
}

/** Multiplayer route handlers by endpoint name. */
export const MULTIPLAYER_ROUTES: RouteTable = {
  getRooms,
  getRoom: (ctx) => {
    const room = findRoom(ctx);
    return room ? json(roomDetails(ctx, room)) : apiError(404, ROOM_NOT_FOUND);
  },
  getRoomLeaderboard,
  getRoomEvents,
  getScores,
  getPlaylistScore: (ctx) => {
    if (!findItem(ctx)) return apiError(404, ROOM_NOT_FOUND);
    const scores = playlistScores(ctx);
    const score = scores.find((s) => String(s.id) === ctx.params.score);
    return score ? json(playlistScore(ctx, score, scores, true)) : apiError(404, null);
  },
  getPlaylistUserHighScore: (ctx) => {
    if (!findItem(ctx)) return apiError(404, ROOM_NOT_FOUND);
    const scores = playlistScores(ctx);
    const score = scores.find((s) => String(s.user_id) === ctx.params.user);
    return score ? json(playlistScore(ctx, score, scores, true)) : apiError(404, null);
  },
  createPlaylistScoreToken: (ctx) => {
    const item = findItem(ctx);
    if (!item) return apiError(404, ROOM_NOT_FOUND);
    if (!field(ctx.body, "version_hash")) return unprocessable("missing client version");
    const token: JsonObject = {
      id: ctx.state.nextId++,
      beatmap_id: item.beatmap_id,
      playlist_item_id: item.id,
      user_id: ctx.userId ?? null,
      created_at: new Date(ctx.state.clock.now()).toISOString(),
    };
    coll(ctx, "score_tokens").push(token);
    return json(strip(token));
  },
  submitPlaylistScore: (ctx) => {
    const item = findItem(ctx);
    const token = coll(ctx, "score_tokens").find((t) =>
      String(t.id) === ctx.params.score && t.playlist_item_id === item?.id
    );
    if (!item || !token) return apiError(404, null);
    const total = Number(field(ctx.body, "total_score"));
    if (!Number.isFinite(total)) return unprocessable("total_score is required");
    const soloId = ctx.state.nextId++;
    const score: JsonObject = {
      id: soloId,
      type: "solo_score",
      classic_total_score: total,
      preserve: true,
      processed: true,
      ranked: true,
      user_id: ctx.userId ?? null,
      beatmap_id: item.beatmap_id,
      ruleset_id: item.ruleset_id,
      total_score: total,
      accuracy: Number(field(ctx.body, "accuracy") ?? 1),
      max_combo: Number(field(ctx.body, "max_combo") ?? 0),
      rank: field(ctx.body, "rank") ?? "A",
      passed: true,
      mods: [],
      statistics: (ctx.body.statistics as JsonObject | undefined) ?? {},
      maximum_statistics: {},
      ended_at: new Date(ctx.state.clock.now()).toISOString(),
      started_at: token.created_at,
      legacy_score_id: null,
      legacy_total_score: 0,
      pp: null,
      has_replay: false,
      replay: false,
      best_id: null,
      build_id: null,
      is_perfect_combo: false,
      legacy_perfect: false,
      playlist_item_id: item.id,
      room_id: item.room_id,
      solo_score_id: soloId,
    };
    coll(ctx, "playlist_scores").push(score);
    const scores = playlistScores(ctx);
    return json(playlistScore(ctx, score, scores, true));
  },
  createRoom,
  deleteRoom: (ctx) => {
    const room = findRoom(ctx);
    if (!room) return apiError(404, ROOM_NOT_FOUND);
    if (room.user_id !== ctx.userId) return apiError(403, null);
    room._deleted = true;
    return noContent();
  },
  joinRoom: (ctx) => {
    const room = findRoom(ctx);
    if (!room) return apiError(404, ROOM_NOT_FOUND);
    if (String(ctx.userId) !== ctx.params.user) return apiError(403, null);
    room.participant_count = (room.participant_count as number) + 1;
    return json(roomDetails(ctx, room));
  },
  leaveRoom: (ctx) => {
    const room = findRoom(ctx);
    if (!room) return apiError(404, ROOM_NOT_FOUND);
    if (String(ctx.userId) !== ctx.params.user) return apiError(403, null);
    room.participant_count = Math.max(0, (room.participant_count as number) - 1);
    return noContent();
  },
};
