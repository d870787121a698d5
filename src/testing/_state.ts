/**
 * The emulator's mutable state: OAuth clients, tokens, codes, pending authorizations, rate-limit
 * buckets and the fixture data. Private to the emulator.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import type { NotificationHub } from "./_notification_hub.ts";
import type { EmulatorData, JsonObject, LoggedRequest } from "./types.ts";

/** A registered OAuth client. */
export interface OAuthClient {
  readonly id: number;
  readonly secret: string;
  readonly redirectUri: string;
  readonly name: string;
  /** The owning user; null for the lazer client (which may then only get `*`). */
  readonly ownerId: number | null;
  /** Whether the password grant is enabled (lazer only). */
  readonly passwordClient: boolean;
}

/** An issued access token and its refresh token. */
export interface TokenRecord {
  readonly id: string;
  readonly accessToken: string;
  readonly refreshToken: string | null;
  readonly clientId: number;
  /** The user who authorized it; null for client credentials. */
  readonly userId: number | null;
  readonly scopes: readonly string[];
  readonly grant: string;
  readonly expiresAt: number;
  readonly refreshExpiresAt: number;
  revoked: boolean;
  refreshRevoked: boolean;
}

/** An authorization code waiting to be exchanged. */
export interface AuthCode {
  readonly code: string;
  readonly clientId: number;
  readonly userId: number;
  readonly scopes: readonly string[];
  readonly redirectUri: string;
  readonly expiresAt: number;
  readonly challenge: string | null;
  readonly challengeMethod: string | null;
  used: boolean;
}

/** A validated authorize request, waiting for Authorize or Cancel. */
export interface PendingAuthorization {
  readonly id: string;
  readonly clientId: number;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string | null;
  readonly challenge: string | null;
  readonly challengeMethod: string | null;
}

/** One fixed rate-limit window. */
export interface Bucket {
  hits: number;
  resetAt: number;
}

/** Everything the emulator knows. */
export interface EmulatorState {
  readonly clock: Clock;
  readonly tokenLifetime: number;
  readonly limit: number;
  readonly windowMs: number;
  readonly requireApiVersion: boolean;
  readonly clients: Map<number, OAuthClient>;
  readonly tokens: Map<string, TokenRecord>;
  readonly refreshTokens: Map<string, TokenRecord>;
  readonly codes: Map<string, AuthCode>;
  readonly pending: Map<string, PendingAuthorization>;
  readonly buckets: Map<string, Bucket>;
  readonly data: EmulatorData;
  readonly log: LoggedRequest[];
  readonly playerId: number;
  readonly playerPassword: string;
  /** Next id for created things (messages, comments, posts...). */
  nextId: number;
  /** The notification websocket server, which routes tell what happened. */
  hub?: NotificationHub;
}

/**
 * A random URL-safe string.
 *
 * @param bytes how many random bytes
 * @returns base64url text
 */
export function randomToken(bytes = 30): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = "";
  for (const byte of raw) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Finds a user fixture by id.
 *
 * @param state the state
 * @param id the user id
 * @returns the user or undefined
 */
export function findUser(state: EmulatorState, id: number): JsonObject | undefined {
  return state.data.users.find((user) => user.id === id);
}
