/**
 * The public types of the osu! API emulator: its options, the emulator itself, the request log
 * and the fixture data it serves.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { WebSocketInit, WebSocketLike } from "../realtime/web_socket_factory.ts";

/** A JSON value, as the emulator stores and serves it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  /** A member's value, by the member's name. */
  [key: string]: JsonValue;
}

/** Options of {@linkcode createEmulator}. */
export interface EmulatorOptions {
  /** Token expiry, code expiry and rate-limit windows read this clock. @default {systemClock} */
  readonly clock?: Clock;
  /** Access-token lifetime in seconds. @default {86400} */
  readonly tokenLifetime?: number;
  /**
   * The per-token rate limit. Replay downloads always have their own bucket of 10 per window.
   * @default {{ limit: 1200, windowMs: 60000 }}
   */
  readonly rateLimit?: { readonly limit?: number; readonly windowMs?: number };
  /**
   * Answer API requests without an `x-api-version` header with 400, to catch clients that
   * forget it (osu-web itself treats a missing header as version 0). @default {false}
   */
  readonly requireApiVersion?: boolean;
  /** The callback URL registered for `credentials` (match it to your app's). @default {"http://localhost:8080/callback"} */
  readonly redirectUri?: string;
}

/** One request the emulator answered, for assertions. Secrets are never stored. */
export interface LoggedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The path name, e.g. `"/api/v2/users/2"`. */
  readonly path: string;
  /** The query string without `?` (empty when none). */
  readonly query: string;
  /** The response status. */
  readonly status: number;
  /** The endpoint name (`Client` method name) the request matched, if any. */
  readonly endpoint?: string;
  /** The OAuth grant of the request (token requests) or of the token it carried. */
  readonly grant?: string;
  /** The id of the token the request carried (never the token itself). */
  readonly tokenId?: string;
  /** The request body for writes, with `client_secret`, `password`, `refresh_token`, `code` and `code_verifier` values replaced by `"***"`. */
  readonly body?: string;
}

/** A registered OAuth application. */
export interface EmulatorCredentials {
  /** The client id. */
  readonly clientId: number;
  /** The client secret. */
  readonly clientSecret: string;
  /** The registered callback URL. */
  readonly redirectUri: string;
}

/** A user who can log in (password grant) and who is "logged in" on the authorize page. */
export interface EmulatorPlayer {
  /** The user id. */
  readonly id: number;
  /** The username. */
  readonly username: string;
  /** The password. */
  readonly password: string;
}

/**
 * The fixtures the emulator serves, by domain: osu-web's field names. Arrays are live: push to
 * add fixtures, and writes through the API change them.
 */
export interface EmulatorData {
  /** Users (the full `UserExtended` shape plus `statistics_rulesets`). */
  readonly users: JsonObject[];
  /** Beatmapsets, each with its `beatmaps`. */
  readonly beatmapsets: JsonObject[];
  /** Scores in the new (lazer) format; the legacy format is derived from them. */
  readonly scores: JsonObject[];
  /** Everything else, keyed by kind: `"comments"`, `"chat_channels"`, `"forum_topics"`, ... */
  readonly collections: Record<string, JsonObject[]>;
}

/**
 * Upgrades a request to a websocket on a server: `Deno.upgradeWebSocket`, or a function that
 * makes a Workers `WebSocketPair`, accepts the server's end and answers 101 with the client's.
 */
export type UpgradeWebSocket = (
  request: Request,
) => { readonly socket: WebSocketLike; readonly response: Response };

/** One open connection to the emulator's notification websocket. */
export interface EmulatorConnection {
  /** The user it acts for. */
  readonly userId: number;
  /** The id of its token (never the token). */
  readonly tokenId: string;
  /** Whether chat is on (`chat.start` was sent, `chat.end` was not). */
  readonly chat: boolean;
}

/**
 * The emulator's notification websocket server (osu-notification-server): it checks each
 * upgrade's token like osu!, answers `chat.start`/`chat.end`, and pushes what the HTTP API does:
 * `chat.message.new` (PMs to both users; public channels to members who called `chat/ack` in the
 * last 60 s), `chat.channel.join`/`part`, `read`, and `new` for {@linkcode EmulatorRealtime.notify}.
 */
export interface EmulatorRealtime {
  /** The open connections. */
  readonly connections: readonly EmulatorConnection[];
  /**
   * Serves a websocket upgrade on a server, e.g. in `Deno.serve`:
   * `return osu.realtime.accept(request, Deno.upgradeWebSocket)` (the request's headers are read
   * before it is upgraded).
   *
   * @param request the upgrade request (its `Authorization` header or `?access_token=`)
   * @param upgradeWebSocket upgrades it (`Deno.upgradeWebSocket`)
   * @returns the upgrade's response
   */
  accept(request: Request, upgradeWebSocket: UpgradeWebSocket): Response;
  /**
   * Drops connections as a lost network does (in-process: close code 1006; served: 4000).
   *
   * @param options `userId` drops only that user's
   * @returns how many were dropped
   */
  drop(options?: { readonly userId?: number }): number;
  /**
   * Sends `logout` to a user's connections and closes them, as osu! does when a session ends.
   *
   * @param userId the user
   * @returns how many were logged out
   */
  logout(userId: number): number;
  /**
   * Adds a notification for a user and pushes it as `new` (to tokens with the `*` scope).
   *
   * @param userId the receiver
   * @param notification `name`, `object_type`, `object_id`, `source_user_id`, `details`
   * @returns the notification as served
   */
  notify(userId: number, notification: JsonObject): JsonObject;
}

/** The osu! API emulator: an in-process `fetch` and a `Request` handler that behave like osu-web. */
export interface Emulator {
  /** Sends a request to the emulator in-process; any host works. */
  readonly fetch: typeof fetch;
  /**
   * Opens an in-process socket to the emulator's notification websocket, for
   * `new NotificationWebsocket(client, { webSocket: osu.webSocket })`; any URL works.
   */
  readonly webSocket: (url: string, init: WebSocketInit) => WebSocketLike;
  /** The notification websocket server: serve sockets, drop them, log out, notify. */
  readonly realtime: EmulatorRealtime;
  /**
   * Answers one request, e.g. from `Deno.serve`.
   *
   * @param request the request
   * @returns the response
   */
  handler(request: Request): Promise<Response>;
  /** A registered OAuth app, owned by the player. */
  readonly credentials: EmulatorCredentials;
  /** A second app, owned by a bot account, for client credentials with `delegate`. */
  readonly botCredentials: EmulatorCredentials;
  /** The user for the password grant and the authorize page. */
  readonly player: EmulatorPlayer;
  /** The lazer client's id and secret (password grant). */
  readonly lazer: { readonly clientId: number; readonly clientSecret: string };
  /** Every request, in order. */
  readonly requests: readonly LoggedRequest[];
  /** The fixture data, live. */
  readonly data: EmulatorData;
  /**
   * Does what a user clicking "Authorize" (or "Cancel") on the authorize page does.
   *
   * @param authorizeUrl the `/oauth/authorize?...` URL the app sent the user to
   * @param options `deny: true` clicks "Cancel"; `userId` is who is logged in on osu! (a user of
   * the fixtures, e.g. 2 for peppy; the player by default)
   * @returns the redirect URL (`redirect_uri?code=...&state=...`, or `?error=access_denied&state=...`)
   * @throws {Error} when the authorize request is invalid (the message is osu-web's error)
   */
  approve(
    authorizeUrl: string | URL,
    options?: { readonly deny?: boolean; readonly userId?: number },
  ): Promise<URL>;
  /** Revokes every access and refresh token. */
  revokeAllTokens(): void;
  /** Empties {@linkcode Emulator.requests}. */
  clearLog(): void;
}
