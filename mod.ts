/**
 * osu-ts: a dependency-free client for the osu! API v2, for Deno, Deno Deploy and Cloudflare
 * Workers. A port of osu.py's design: a `Client` whose methods are named after the osu! API docs,
 * endpoint descriptors, an HTTP handler, a rate limiter, and auth handlers for client credentials,
 * the authorization code (with refresh) and the lazer password grant.
 *
 * @example
 * ```ts
 * import { Client } from "@osu-ts/api";
 * import { createEmulator } from "@osu-ts/api/testing";
 * import { assertEquals } from "@std/assert";
 *
 * const osu = createEmulator();
 * const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch });
 * assertEquals((await client.getUser("@peppy")).id, 2);
 * ```
 *
 * @module
 */
export * from "./src/client.ts";
export * from "./src/client/core.ts";
export * from "./src/client/options.ts";
export * from "./src/client/users.ts";
export * from "./src/client/user_lists.ts";
export * from "./src/client/beatmaps.ts";
export * from "./src/client/beatmapsets.ts";
export * from "./src/client/rankings.ts";
export * from "./src/client/discussions.ts";
export * from "./src/client/scores.ts";
export * from "./src/client/score_actions.ts";
export * from "./src/client/comments.ts";
export * from "./src/client/forum.ts";
export * from "./src/client/chat.ts";
export * from "./src/client/multiplayer.ts";
export * from "./src/client/playlists.ts";
export * from "./src/client/matches.ts";
export * from "./src/client/news.ts";
export * from "./src/client/wiki.ts";
export * from "./src/client/changelog.ts";
export * from "./src/client/events.ts";
export * from "./src/client/me.ts";
export * from "./src/client/misc.ts";
export * from "./src/client/session.ts";
export * from "./src/client/paging.ts";
export * from "./src/paginate.ts";
export * from "./src/endpoint.ts";
export * from "./src/endpoints.ts";
export * from "./src/errors.ts";
export * from "./src/clock.ts";
export * from "./src/http.ts";
export * from "./src/hooks.ts";
export * from "./src/retry.ts";
export * from "./src/ratelimit.ts";
export * from "./src/auth/scope.ts";
export * from "./src/auth/grant_rules.ts";
export * from "./src/auth/token_store.ts";
export * from "./src/auth/pkce.ts";
export * from "./src/auth/transport.ts";
export * from "./src/auth/base_auth_handler.ts";
export * from "./src/auth/auth_handler.ts";
export * from "./src/auth/lazer_auth_handler.ts";
export type * from "./src/models/mod.ts";
export {
  DEFAULT_NOTIFICATION_ENDPOINT,
  type NotificationClient,
  NotificationWebsocket,
  type NotificationWebsocketOptions,
  type NotificationWebsocketState,
  type ReconnectOptions,
} from "./src/realtime/notification_websocket.ts";
export type {
  ChatMessageNewData,
  CloseData,
  DisconnectData,
  ErrorData,
  NotificationIdentity,
  NotificationReadData,
  NotificationWebsocketEvent,
  NotificationWebsocketEventMap,
  NotificationWebsocketEventName,
  NotificationWebsocketListener,
  ReconnectData,
  UnknownEventData,
} from "./src/realtime/notification_events.ts";
export {
  defaultWebSocket,
  type WebSocketFactory,
  type WebSocketInit,
  type WebSocketLike,
  webSocketOverFetch,
  webSocketWithHeaders,
  webSocketWithTokenInUrl,
} from "./src/realtime/web_socket_factory.ts";
export { WebSocketError, type WebSocketFailure } from "./src/realtime/web_socket_error.ts";
