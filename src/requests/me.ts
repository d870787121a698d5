/**
 * Requests about the token owner: friends, blocks, favourites, notifications, options.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Ruleset } from "../models/common.ts";
import type { DownloadQuota, FavouriteBeatmapsets, Notifications } from "../models/misc.ts";
import type { CreatedUserRelation, FriendsFor, User, UserRelation } from "../models/users.ts";
import { checkId } from "../_ids.ts";
import type { CallOptions } from "../client_options.ts";

/** Notifications to mark as read: by id, or whole stacks by identity. */
export interface NotificationsToMark {
  /** Single notifications. */
  readonly notifications?: readonly {
    readonly id: number;
    readonly category?: string;
    readonly object_id?: number;
    readonly object_type?: string;
  }[];
  /** Whole stacks (`category`, `object_type`, `object_id`). */
  readonly identities?: readonly {
    readonly category?: string;
    readonly object_id?: number;
    readonly object_type?: string;
  }[];
}

/** Settings `updateOwnOptions` can change. */
export interface OwnOptions {
  /** The user's settings (`hide_presence`, `playmode`, `pm_friends_only`, ...). */
  readonly user?: {
    readonly hide_presence?: boolean;
    readonly playmode?: Ruleset;
    readonly pm_friends_only?: boolean;
    readonly user_notify?: boolean;
    readonly [key: string]: unknown;
  };
  /** Profile customisation (`beatmapset_download`, `comments_sort`, ...). */
  readonly user_profile_customization?: { readonly [key: string]: unknown };
}

export async function getFriends<V extends string>(
  context: RequestContext,
  options: CallOptions = {},
): Promise<FriendsFor<V>> {
  return await context.request(endpoints.getFriends, options);
}

export async function addFriend(
  context: RequestContext,
  target: number,
  options: CallOptions = {},
): Promise<CreatedUserRelation> {
  return await context.request(endpoints.addFriend, {
    ...options,
    body: { target: checkId("user id", target) },
  });
}

export async function removeFriend(
  context: RequestContext,
  friend: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.removeFriend, {
    ...options,
    path: { friend: checkId("user id", friend) },
  });
}

export async function getBlocks(
  context: RequestContext,
  options: CallOptions = {},
): Promise<UserRelation[]> {
  return await context.request(endpoints.getBlocks, options);
}

export async function blockUser(
  context: RequestContext,
  target: number,
  options: CallOptions = {},
): Promise<CreatedUserRelation> {
  return await context.request(endpoints.blockUser, {
    ...options,
    body: { target: checkId("user id", target) },
  });
}

export async function unblockUser(
  context: RequestContext,
  block: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.unblockUser, {
    ...options,
    path: { block: checkId("user id", block) },
  });
}

/** Options of `getNotifications`. */
export interface NotificationsOptions extends CallOptions {
  /** Only notifications up to this id (to page back to older ones). */
  readonly maxId?: number;
}

export async function getNotifications(
  context: RequestContext,
  options: NotificationsOptions = {},
): Promise<Notifications> {
  return await context.request(endpoints.getNotifications, {
    ...options,
    query: { max_id: options.maxId },
  });
}

export async function markNotificationsAsRead(
  context: RequestContext,
  which: NotificationsToMark,
  options: CallOptions = {},
): Promise<void> {
  if (!which?.notifications?.length && !which?.identities?.length) {
    throw new InvalidArgumentError("markNotificationsAsRead needs notifications or identities");
  }
  await context.request(endpoints.markNotificationsAsRead, {
    ...options,
    body: { notifications: which.notifications, identities: which.identities },
  });
}

export async function getOwnFavouriteBeatmapsets(
  context: RequestContext,
  options: CallOptions = {},
): Promise<FavouriteBeatmapsets> {
  return await context.request(endpoints.getOwnFavouriteBeatmapsets, options);
}

export async function getDownloadQuota(
  context: RequestContext,
  options: CallOptions = {},
): Promise<DownloadQuota> {
  return await context.request(endpoints.getDownloadQuota, options);
}

export async function updateOwnOptions(
  context: RequestContext,
  settings: OwnOptions,
  options: CallOptions = {},
): Promise<User> {
  return await context.request(endpoints.updateOwnOptions, { ...options, body: settings });
}

export async function unlockClientAchievement(
  context: RequestContext,
  achievementId: number,
  options: CallOptions = {},
): Promise<void> {
  await context.request(endpoints.unlockClientAchievement, {
    ...options,
    path: { achievementId: checkId("achievement id", achievementId) },
  });
}
