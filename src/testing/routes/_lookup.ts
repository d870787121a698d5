/**
 * Finding fixtures for route handlers, and the shapes lists embed.
 *
 * @module
 */
import type { EmulatorState } from "../_state.ts";
import type { RouteContext } from "./_context.ts";
import type { JsonObject } from "../types.ts";
import { beatmapFull, setCompact, setFull } from "../fixtures/beatmaps.ts";
import { formatScore } from "../fixtures/scores.ts";
import { userCompact } from "../fixtures/users.ts";
import { RULESETS } from "../fixtures/_random.ts";

/**
 * osu-web's ModelNotFoundException sentence.
 *
 * @param model the model's display name (`"beatmap difficulty"`, `"Forum\\Topic"`)
 * @returns the message
 */
export function notFoundMessage(model: string): string {
  return `Specified ${model} couldn't be found.`;
}

/**
 * Finds a user by route parameter: `@name` or `key=username` by name, `key=id` by id, otherwise
 * digits by id and anything else by name (also matching previous usernames).
 *
 * @param state the state
 * @param value the parameter
 * @param key the `key` query value
 * @returns the user or undefined
 */
export function lookupUser(
  state: EmulatorState,
  value: string,
  key?: string | null,
): JsonObject | undefined {
  let byName = key === "username";
  let text = value;
  if (text.startsWith("@")) {
    byName = true;
    text = text.slice(1);
  }
  const users = state.data.users;
  if (!byName && (key === "id" || /^\d+$/.test(text))) {
    const found = users.find((u) => String(u.id) === text);
    if (found || key === "id") return found;
  }
  const lower = text.toLowerCase();
  return users.find((u) => String(u.username).toLowerCase() === lower) ??
    users.find((u) => (u.previous_usernames as string[]).some((p) => p.toLowerCase() === lower));
}

/**
 * Every beatmap with its set.
 *
 * @param state the state
 * @returns pairs
 */
export function allBeatmaps(state: EmulatorState): { beatmap: JsonObject; set: JsonObject }[] {
  return state.data.beatmapsets.flatMap((set) =>
    (set.beatmaps as JsonObject[]).map((beatmap) => ({ beatmap, set }))
  );
}

/**
 * Finds a beatmap by id.
 *
 * @param state the state
 * @param id the id
 * @returns the beatmap and its set, or undefined
 */
export function findBeatmap(
  state: EmulatorState,
  id: string | number,
): { beatmap: JsonObject; set: JsonObject } | undefined {
  return allBeatmaps(state).find((pair) => String(pair.beatmap.id) === String(id));
}

/**
 * Finds a beatmapset by id.
 *
 * @param state the state
 * @param id the id
 * @returns the set or undefined
 */
export function findSet(state: EmulatorState, id: string | number): JsonObject | undefined {
  return state.data.beatmapsets.find((set) => String(set.id) === String(id));
}

/**
 * Whether the token's user favourited a set, when the token may see it (`has_favourited` is
 * osu-web's `IsSpecialScope` include: only `*` tokens with a user); `undefined` otherwise.
 *
 * @param ctx the route context
 * @param set the stored set
 * @returns the flag, or undefined when not shown
 */
export function favouritedFor(ctx: RouteContext, set: JsonObject): boolean | undefined {
  if (ctx.userId === undefined || !ctx.token?.scopes.includes("*")) return undefined;
  return (ctx.state.data.collections.favourites ?? []).some((f) =>
    f.user_id === ctx.userId && f.beatmapset_id === set.id
  );
}

/**
 * A beatmap as `GET beatmaps/{id}`, `GET beatmaps` and `beatmaps/lookup` return it
 * (BeatmapsController::DEFAULT_API_INCLUDES): the full set with `ratings`, the token owner's
 * play count, fail times, max combo and owners.
 *
 * @param pair the beatmap and its set
 * @param favourited `has_favourited` of the set, when shown
 * @returns the beatmap
 */
export function beatmapExtended(
  pair: { beatmap: JsonObject; set: JsonObject },
  favourited?: boolean,
): JsonObject {
  return {
    ...beatmapFull(pair.beatmap, ["current_user_playcount", "failtimes", "max_combo", "owners"]),
    beatmapset: { ...setFull(pair.set, favourited), ratings: pair.set.ratings },
  };
}

/**
 * A score with the includes user-profile lists carry (`beatmap`, `beatmapset`, `user`).
 *
 * @param state the state
 * @param score the stored score
 * @param apiVersion the API version
 * @param options which includes; `forceNew` for `GET scores`
 * @returns the score
 */
export function scoreWithIncludes(
  state: EmulatorState,
  score: JsonObject,
  apiVersion: number,
  options: {
    beatmap?: boolean;
    user?: boolean;
    forceNew?: boolean;
    /** The user's includes (default: `country`, `cover`, `team`, as leaderboards send). */
    userIncludes?: readonly string[];
    /** The token's user: their own scores carry `current_user_attributes.pin`. */
    viewerId?: number;
  } = {
    beatmap: true,
    user: true,
  },
): JsonObject {
  const out = formatScore(score, apiVersion, options.forceNew);
  // Score\CurrentUserAttributesTransformer: the pin state of the viewer's own lazer scores
  if (
    options.viewerId !== undefined && score.user_id === options.viewerId &&
    out.type === "solo_score"
  ) {
    const pinned = (state.data.collections.score_pins ?? []).some((p) =>
      p.user_id === options.viewerId && p.score_id === score.id
    );
    out.current_user_attributes = { pin: { is_pinned: pinned, score_id: score.id as number } };
  }
  if (options.beatmap) {
    const pair = findBeatmap(state, score.beatmap_id as number);
    if (pair) {
      const beatmap = beatmapFull(pair.beatmap);
      if (beatmap.mode_int !== score.ruleset_id) {
        beatmap.convert = true;
        beatmap.mode = RULESETS[score.ruleset_id as number];
      }
      out.beatmap = beatmap;
      out.beatmapset = setCompact(pair.set);
    }
  }
  if (options.user) {
    const user = state.data.users.find((u) => u.id === score.user_id);
    if (user) out.user = userCompact(user, options.userIncludes ?? ["country", "cover", "team"]);
  }
  return out;
}

/**
 * Ruleset name from a name or id; undefined when invalid.
 *
 * @param value `osu`, `taiko`, `fruits`, `mania` or `0`-`3`
 * @returns the name
 */
export function rulesetName(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (/^\d$/.test(value)) return RULESETS[Number(value)];
  return (RULESETS as readonly string[]).includes(value) ? value : undefined;
}

/**
 * A named fixture collection (created empty on first use).
 *
 * @param ctx the route context
 * @param name the collection's name
 * @returns its live array
 */
export function coll(ctx: RouteContext, name: string): JsonObject[] {
  return (ctx.state.data.collections[name] ??= []);
}

/**
 * A fixture without its private (`_`-prefixed) bookkeeping fields, as osu! would send it.
 *
 * @param item the fixture
 * @returns a copy without them
 */
export function strip(item: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !k.startsWith("_")));
}
