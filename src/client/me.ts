/**
 * Methods about the token owner: friends, blocks, favourites, notifications, options.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion, Ruleset } from "../models/common.ts";
import type { DownloadQuota, FavouriteBeatmapsets, Notifications } from "../models/misc.ts";
import type { FriendsFor, User, UserRelation } from "../models/users.ts";
import { checkId } from "../_ids.ts";
import { EventsApi } from "./events.ts";
import type { CallOptions } from "./options.ts";

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

/** The token owner's methods; `Client` has them all. */
export class MeApi<V extends string = DefaultApiVersion> extends EventsApi<V> {
  /**
   * Get Friends: the token owner's friends (needs `friends.read`): user relations from
   * `x-api-version` 20241022 on, users before (see `FriendsFor`).
   *
   * @param options `signal`, `timeout`
   * @returns the friends
   * @throws {MissingScopeError} before sending, without `friends.read`
   */
  async getFriends(options: CallOptions = {}): Promise<FriendsFor<V>> {
    return await this.request(endpoints.getFriends, options);
  }

  /**
   * Add Friend: befriend a user (lazer only).
   *
   * @param target the user id
   * @param options `signal`, `timeout`
   * @returns the new relation
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async addFriend(
    target: number,
    options: CallOptions = {},
  ): Promise<{ user_relation: UserRelation }> {
    return await this.request(endpoints.addFriend, {
      ...options,
      body: { target: checkId("user id", target) },
    });
  }

  /**
   * Remove Friend: unfriend a user (lazer only).
   *
   * @param friend the user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async removeFriend(friend: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.removeFriend, {
      ...options,
      path: { friend: checkId("user id", friend) },
    });
  }

  /**
   * Get Blocks: the users the token owner blocks (lazer only).
   *
   * @param options `signal`, `timeout`
   * @returns the relations
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getBlocks(options: CallOptions = {}): Promise<UserRelation[]> {
    return await this.request(endpoints.getBlocks, options);
  }

  /**
   * Block User: block a user (lazer only).
   *
   * @param target the user id
   * @param options `signal`, `timeout`
   * @returns the new relation
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async blockUser(
    target: number,
    options: CallOptions = {},
  ): Promise<{ user_relation: UserRelation }> {
    return await this.request(endpoints.blockUser, {
      ...options,
      body: { target: checkId("user id", target) },
    });
  }

  /**
   * Unblock User: unblock a user (lazer only).
   *
   * @param block the user id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async unblockUser(block: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.unblockUser, {
      ...options,
      path: { block: checkId("user id", block) },
    });
  }

  /**
   * Get Notifications: the token owner's notifications (lazer only).
   *
   * @param options `maxId` (only older ones), `signal`, `timeout`
   * @returns the notifications
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async getNotifications(
    options: CallOptions & { readonly maxId?: number } = {},
  ): Promise<Notifications> {
    return await this.request(endpoints.getNotifications, {
      ...options,
      query: { max_id: options.maxId },
    });
  }

  /**
   * Mark Notifications as Read: by id or by stack (lazer only).
   *
   * @param which `notifications` and/or `identities`
   * @param options `signal`, `timeout`
   * @throws {InvalidArgumentError} when both are empty
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async markNotificationsAsRead(
    which: NotificationsToMark,
    options: CallOptions = {},
  ): Promise<void> {
    if (!which?.notifications?.length && !which?.identities?.length) {
      throw new InvalidArgumentError("markNotificationsAsRead needs notifications or identities");
    }
    await this.request(endpoints.markNotificationsAsRead, {
      ...options,
      body: { notifications: which.notifications, identities: which.identities },
    });
  }

  /**
   * Get Own Favourite Beatmapsets: the ids of the token owner's favourite sets (needs
   * `identify`).
   *
   * @param options `signal`, `timeout`
   * @returns the beatmapset ids
   */
  async getOwnFavouriteBeatmapsets(options: CallOptions = {}): Promise<FavouriteBeatmapsets> {
    return await this.request(endpoints.getOwnFavouriteBeatmapsets, options);
  }

  /**
   * Get Download Quota: how many beatmap downloads count against the token owner's quota.
   *
   * @param options `signal`, `timeout`
   * @returns the quota used
   */
  async getDownloadQuota(options: CallOptions = {}): Promise<DownloadQuota> {
    return await this.request(endpoints.getDownloadQuota, options);
  }

  /**
   * Update Own Options: change the token owner's settings (lazer only).
   *
   * @param settings `user` and `user_profile_customization` fields
   * @param options `signal`, `timeout`
   * @returns the user
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async updateOwnOptions(settings: OwnOptions, options: CallOptions = {}): Promise<User> {
    return await this.request(endpoints.updateOwnOptions, { ...options, body: settings });
  }

  /**
   * Unlock Client Achievement: unlock an achievement earned in the client (lazer only).
   *
   * @param achievementId the achievement id
   * @param options `signal`, `timeout`
   * @throws {GrantError} before sending, without the lazer client's token
   */
  async unlockClientAchievement(achievementId: number, options: CallOptions = {}): Promise<void> {
    await this.request(endpoints.unlockClientAchievement, {
      ...options,
      path: { achievementId: checkId("achievement id", achievementId) },
    });
  }
}
