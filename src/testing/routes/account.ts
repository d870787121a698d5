/**
 * Session verification, reports, notifications and screenshots.
 *
 * @module
 */
import { field, json, noContent, unprocessable } from "../_http.ts";
import type { JsonObject } from "../types.ts";
import { strip } from "./_lookup.ts";
import type { RouteContext, RouteTable } from "./_context.ts";

function notifications(ctx: RouteContext): JsonObject[] {
  return (ctx.state.data.collections.notifications ??= []).filter((n) => n._user_id === ctx.userId);
}

/** Account route handlers by endpoint name. */
export const ACCOUNT_ROUTES: RouteTable = {
  // tokens the emulator issues are already verified, as osu-web marks client tokens
  verifySession: (ctx) =>
    field(ctx.body, "verification_key")
      ? noContent()
      : unprocessable("verification_key is required"),
  verifySessionByMailFallback: () => json({ success: "A verification code was sent by mail." }),
  reissueSessionVerificationCode: () => json({ message: "A new verification code has been sent." }),
  createReport: (ctx) => {
    const reason = field(ctx.body, "reason");
    const type = field(ctx.body, "reportable_type");
    const id = field(ctx.body, "reportable_id");
    if (!reason || !type || !id) {
      return unprocessable("reason, reportable_type and reportable_id are required");
    }
    (ctx.state.data.collections.reports ??= []).push({
      reason,
      reportable_type: type,
      reportable_id: Number(id),
      comments: field(ctx.body, "comments") ?? "",
      user_id: ctx.userId ?? null,
    });
    return noContent();
  },
  getNotifications: (ctx) => {
    const maxId = ctx.query.get("max_id");
    const list = notifications(ctx).filter((n) =>
      maxId === null || (n.id as number) <= Number(maxId)
    );
    // NotificationsBundle: `unread_count` only with `unread_only`
    const unreadOnly = ["1", "true"].includes(ctx.query.get("unread_only") ?? "");
    const shown = unreadOnly ? list.filter((n) => !n.is_read) : list;
    return json({
      notifications: shown.map(strip),
      stacks: [],
      timestamp: new Date(ctx.state.clock.now()).toISOString(),
      types: [{ cursor: null, name: null, total: shown.length }],
      ...(unreadOnly ? { unread_count: shown.length } : {}),
      notification_endpoint: "wss://notify.ppy.sh",
    });
  },
  markNotificationsAsRead: (ctx) => {
    const ids = Array.isArray(ctx.body.notifications)
      ? (ctx.body.notifications as JsonObject[]).map((n) => Number(n.id))
      : [];
    const identities = Array.isArray(ctx.body.identities)
      ? ctx.body.identities as JsonObject[]
      : [];
    if (ids.length === 0 && identities.length === 0) {
      return unprocessable("notifications or identities is required");
    }
    const read: JsonObject[] = [];
    for (const n of notifications(ctx)) {
      if (
        ids.includes(n.id as number) || identities.some((i) =>
          !i.object_type ||
          (i.object_type === n.object_type && (!i.object_id || Number(i.object_id) === n.object_id))
        )
      ) {
        if (!n.is_read) read.push(n);
        n.is_read = true;
      }
    }
    // osu-web `NotificationReadEvent` (only when something changed), to the user's sessions
    if (read.length && ctx.userId !== undefined) {
      ctx.state.hub?.publish([ctx.userId], "read", {
        notifications: read.map((n) => ({
          id: n.id,
          object_type: n.object_type,
          object_id: n.object_id,
        })),
        read_count: read.length,
        timestamp: new Date(ctx.state.clock.now()).toISOString(),
      });
    }
    return noContent();
  },
  uploadScreenshot: (ctx) => {
    // ScreenshotsController@store: `screenshot` is required, a JPEG, at most 10 MB
    const file = /^\[file (.*); (.*); (\d+)\]$/.exec(field(ctx.body, "screenshot") ?? "");
    if (!file) return unprocessable("screenshot is required and must be a file");
    const [, name, type, size] = file;
    if (type !== "image/jpeg" && !(type === "" && /\.jpe?g$/i.test(name))) {
      return unprocessable("screenshot must be a JPEG");
    }
    if (Number(size) > 10 * 1024 * 1024) {
      return unprocessable("screenshot may not be greater than 10240 kilobytes");
    }
    const id = ctx.state.nextId++;
    return json({ url: `https://osu.ppy.sh/ss/${id}/abcd` });
  },
};
