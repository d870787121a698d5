/**
 * The caller's own routes: `me`, favourites, download quota, options, achievements, token
 * revocation, friends and blocks.
 *
 * @module
 */
import { field, json, noContent, notFound, unprocessable } from "../_http.ts";
import type { JsonObject } from "../types.ts";
import { ownUser, userCompact, userExtended } from "../fixtures/users.ts";
import type { RouteContext, RouteTable } from "./_context.ts";
import { rulesetName } from "./_lookup.ts";

function me(ctx: RouteContext): JsonObject | undefined {
  return ctx.state.data.users.find((u) => u.id === ctx.userId);
}

function getOwnData(ctx: RouteContext): Response {
  const mode = ctx.params.mode;
  if (mode !== undefined && !rulesetName(mode)) return notFound();
  const user = me(ctx);
  if (!user) return notFound();
  return json(ownUser(user, mode ? rulesetName(mode) : undefined));
}

function relations(ctx: RouteContext, type: string): JsonObject[] {
  return (ctx.state.data.collections.relations ??= []).filter((r) =>
    r.user_id === ctx.userId && r.relation_type === type
  );
}

function relationJson(relation: JsonObject): JsonObject {
  return {
    target_id: relation.target_id,
    relation_type: relation.relation_type,
    mutual: relation.mutual,
  };
}

/** The includes osu-web gives each friend (FriendsController::index). */
const FRIEND_INCLUDES = ["country", "cover", "groups", "team", "statistics", "support_level"];

function getFriends(ctx: RouteContext): Response {
  const friends = relations(ctx, "friend");
  const friend = (r: JsonObject) =>
    userCompact(ctx.state.data.users.find((u) => u.id === r.target_id)!, FRIEND_INCLUDES);
  if (ctx.apiVersion >= 20241022) {
    return json(friends.map((r) => ({ ...relationJson(r), target: friend(r) })));
  }
  return json(friends.map(friend));
}

function addRelation(type: string) {
  return (ctx: RouteContext): Response => {
    const target = Number(field(ctx.body, "target") ?? ctx.query.get("target"));
    const user = ctx.state.data.users.find((u) => u.id === target);
    if (!user) return notFound();
    if (target === ctx.userId) return unprocessable(`Cannot ${type} yourself.`);
    const list = (ctx.state.data.collections.relations ??= []);
    const existing = list.find((r) => r.user_id === ctx.userId && r.target_id === target);
    if (existing) existing.relation_type = type;
    else {list.push({
        user_id: ctx.userId ?? null,
        target_id: target,
        relation_type: type,
        mutual: false,
      });}
    return json({
      user_relation: relationJson(
        list.find((r) => r.user_id === ctx.userId && r.target_id === target)!,
      ),
    });
  };
}

function removeRelation(type: string, param: string) {
  return (ctx: RouteContext): Response => {
    const list = (ctx.state.data.collections.relations ??= []);
    const index = list.findIndex((r) =>
      r.user_id === ctx.userId && String(r.target_id) === ctx.params[param] &&
      r.relation_type === type
    );
    if (index === -1) return notFound();
    list.splice(index, 1);
    return json({ user_relation: null });
  };
}

function getBlocks(ctx: RouteContext): Response {
  return json(
    relations(ctx, "block").map((r) => ({
      ...relationJson(r),
      target: userCompact(ctx.state.data.users.find((u) => u.id === r.target_id)!),
    })),
  );
}

function getOwnFavouriteBeatmapsets(ctx: RouteContext): Response {
  const favs = (ctx.state.data.collections.favourites ?? []).filter((f) =>
    f.user_id === ctx.userId
  );
  return json({ beatmapset_ids: favs.map((f) => f.beatmapset_id) });
}

function updateOwnOptions(ctx: RouteContext): Response {
  const user = me(ctx);
  if (!user) return notFound();
  const options = ctx.body.user as JsonObject | undefined;
  if (!options || typeof options !== "object") return unprocessable("user is required");
  for (
    const key of [
      "interests",
      "location",
      "occupation",
      "twitter",
      "discord",
      "website",
      "playmode",
    ]
  ) {
    if (key in options) user[key] = options[key];
  }
  return json(userExtended(user));
}

function unlockClientAchievement(ctx: RouteContext): Response {
  const user = me(ctx);
  if (!user) return notFound();
  const id = Number(ctx.params.achievementId);
  const achievement = (ctx.state.data.collections.achievements ?? []).find((a) => a.id === id);
  if (!achievement) return notFound();
  const owned = user.user_achievements as JsonObject[];
  if (owned.some((a) => a.achievement_id === id)) {
    return unprocessable("Achievement already unlocked.");
  }
  owned.push({ achieved_at: new Date(ctx.state.clock.now()).toISOString(), achievement_id: id });
  return json(achievement);
}

function revokeCurrentToken(ctx: RouteContext): Response {
  if (ctx.token) {
    ctx.token.revoked = true;
    ctx.token.refreshRevoked = true;
  }
  return noContent();
}

/** Own-account route handlers by endpoint name. */
export const ME_ROUTES: RouteTable = {
  getOwnData,
  getOwnFavouriteBeatmapsets,
  getDownloadQuota: (ctx) =>
    json({ quota_used: (ctx.state.data.collections.favourites ?? []).length % 3 }),
  updateOwnOptions,
  unlockClientAchievement,
  revokeCurrentToken,
  getFriends,
  addFriend: addRelation("friend"),
  removeFriend: removeRelation("friend", "friend"),
  getBlocks,
  blockUser: addRelation("block"),
  unblockUser: removeRelation("block", "block"),
};
