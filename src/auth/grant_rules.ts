/**
 * Which scopes each OAuth grant may ask for, as osu-web's OAuth code decides (`app/Libraries/OAuth`
 * and the token model's `validate()`: read from osu-web's source, not all verified on the live
 * server).
 * Checked locally so a mistake fails with a clear message instead of a 400 `invalid_scope`.
 *
 * @module
 */
import { InvalidScopeError } from "../errors.ts";
import type { Scope, ScopeName } from "./scope.ts";

/** The OAuth grants the library speaks. */
export type GrantType = "client_credentials" | "authorization_code" | "refresh_token" | "password";

/**
 * Scopes a client-credentials token may carry only together with `delegate`, and then with no
 * other scope (osu-web's `Token::validate()` at 3f5de51: a bot acting as its owner; `delegate`
 * itself is only granted to bot-owned clients, which only osu! can check).
 */
export const DELEGATION_SCOPES: ReadonlySet<ScopeName> = new Set<ScopeName>([
  "delegate",
  "chat.write",
  "chat.write_manage",
  "forum.write",
  "forum.write_manage",
  "group_permissions",
  "multiplayer.write_manage",
]);

/** Scopes only a client-credentials token may carry. */
const CLIENT_CREDENTIALS_ONLY = new Set<ScopeName>([
  "delegate",
  "forum.write_manage",
  "group_permissions",
]);

/**
 * Throws when `grant` cannot ask for `scope`, following osu-web's token validation:
 *
 * - client credentials: never `*`; the delegation scopes (`chat.write`, `forum.write_manage`, ...)
 *   only together with `delegate` and nothing else; other scopes are accepted (though without a
 *   user, only `public` is of use);
 * - authorization code: never `*`, `delegate`, `group_permissions` or `forum.write_manage`
 *   (osu! also limits the chat and multiplayer scopes to bots and the user's own applications,
 *   which only the server can check);
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
    const delegated = names.filter((name) => DELEGATION_SCOPES.has(name));
    if (names.includes("*")) {
      bad = ["*"];
      why = "osu! refuses * for client credentials; only the lazer client's password grant has it";
    } else if (delegated.length && !names.includes("delegate")) {
      bad = delegated;
      why = 'these scopes need "delegate" with client credentials (a bot acting as its owner)';
    } else if (delegated.length) {
      bad = names.filter((name) => !DELEGATION_SCOPES.has(name));
      why = `with delegate, client credentials may only add delegation scopes (${
        [...DELEGATION_SCOPES].join(", ")
      })`;
    }
  } else if (grant === "authorization_code") {
    bad = names.filter((name) => name === "*" || CLIENT_CREDENTIALS_ONLY.has(name));
    why =
      "a user's authorization cannot ask for *, delegate, group_permissions or forum.write_manage";
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
