/**
 * Which scopes each OAuth grant may ask for, as osu-web's OAuth code decides (see
 * `../shared/osu-api/NOTES.md`: read from osu-web's source, not all verified on the live server).
 * Checked locally so a mistake fails with a clear message instead of a 400 `invalid_scope`.
 *
 * @module
 */
import { InvalidScopeError } from "../errors.ts";
import type { Scope, ScopeName } from "./scope.ts";

/** The OAuth grants the library speaks. */
export type GrantType = "client_credentials" | "authorization_code" | "refresh_token" | "password";

/**
 * Scopes a client-credentials token may carry together with `delegate` (a bot acting as its
 * owner). osu-web's delegation rules; NOTES.md names `chat.write` as the example and lists
 * `forum.write_manage` and `group_permissions` as client-credentials scopes. Unverified live.
 */
export const DELEGATABLE_SCOPES: ReadonlySet<ScopeName> = new Set<ScopeName>([
  "public",
  "delegate",
  "chat.write",
  "chat.write_manage",
  "forum.write",
  "forum.write_manage",
  "group_permissions",
]);

/** Scopes only a user's own token (authorization code) may carry. */
const AUTHORIZATION_CODE_ONLY = new Set<ScopeName>([
  "identify",
  "friends.read",
  "chat.read",
  "chat.write",
  "chat.write_manage",
  "forum.write",
  "multiplayer.write_manage",
]);

/** Scopes an authorization-code token may carry. */
const AUTHORIZATION_CODE_SCOPES = new Set<ScopeName>(["public", ...AUTHORIZATION_CODE_ONLY]);

/**
 * Throws when `grant` cannot ask for `scope`.
 *
 * - client credentials: `public`; with `delegate`, also the delegatable scopes; never `*`;
 * - authorization code: `public`, `identify` and the user scopes; never `*`, `delegate`,
 *   `group_permissions` or `forum.write_manage`;
 * - password (lazer): `*` only.
 *
 * @param grant the grant
 * @param scope the scopes asked for
 * @throws {InvalidScopeError} naming the scopes the grant cannot have
 */
export function assertGrantAllows(grant: GrantType, scope: Scope): void {
  const names = scope.names;
  let bad: ScopeName[] = [];
  let why = "";
  if (grant === "client_credentials") {
    if (names.includes("*")) {
      bad = ["*"];
      why = "osu! refuses * for client credentials; only the lazer client's password grant has it";
    } else if (names.includes("delegate")) {
      bad = names.filter((name) => !DELEGATABLE_SCOPES.has(name));
      why = `with delegate, client credentials may only add delegatable scopes (${
        [...DELEGATABLE_SCOPES].join(", ")
      })`;
    } else {
      bad = names.filter((name) => name !== "public");
      why =
        "client credentials act as no user, so they may ask for public only (or delegate, for a bot " +
        "acting as its owner); use the authorization-code flow for user scopes";
    }
  } else if (grant === "authorization_code") {
    bad = names.filter((name) => !AUTHORIZATION_CODE_SCOPES.has(name));
    why = "a user's authorization may ask for public, identify and the user scopes only";
  } else if (grant === "password") {
    bad = names.filter((name) => name !== "*");
    why = "the password grant always asks for *";
  }
  if (bad.length) {
    throw new InvalidScopeError(
      `The ${grant} grant cannot ask for ${bad.map((n) => `"${n}"`).join(", ")}: ${why}`,
      bad,
    );
  }
}
