/**
 * Which scopes a token may carry, as osu-web decides (read from `app/Models/OAuth/Token.php`
 * `validate()` and `can()` at 3f5de51; not all verified live).
 *
 * @module
 */
import { TokenScopeError } from "./_oauth_errors.ts";
import type { OAuthClient } from "./_state.ts";
import { SCOPE_NAMES } from "../auth/scope.ts";

/** Scopes Passport knows (`tokensCan`), plus `*`. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set(SCOPE_NAMES);

const CLIENT_CREDENTIALS_ONLY = new Set(["delegate", "forum.write_manage", "group_permissions"]);
const EXCLUDE_FROM_ALL = new Set(["delegate", "group_permissions"]);
const OWN_CLIENT = new Set([
  "chat.read",
  "chat.write",
  "chat.write_manage",
  "multiplayer.write_manage",
]);
/** Scopes a client-credentials token may carry only with `delegate` (and nothing else). */
export const REQUIRE_DELEGATION: ReadonlySet<string> = new Set([
  "chat.write",
  "chat.write_manage",
  "delegate",
  "forum.write",
  "forum.write_manage",
  "group_permissions",
  "multiplayer.write_manage",
]);

const MESSAGES = {
  all_scope_no_client_credentials: "* is not allowed with Client Credentials",
  all_scope_no_mix: "* is not valid with other scopes",
  client_missing_owner: "The client is missing owner.",
  delegate_bot_only: "Delegation with Client Credentials is only available to bots.",
  client_credentials_only: "This scope is only valid for client_credentials tokens.",
  delegate_invalid_combination: "Delegation is not supported for this combination of scopes.",
  delegate_required: "delegate scope is required.",
  empty: "Tokens without scopes are not valid.",
  bot_only: "This scope is only available for bots or your own clients.",
} as const;

/** What validation needs to know about the parties. */
export interface TokenParties {
  readonly client: OAuthClient;
  /** The authorizing user; null for client credentials. */
  readonly userId: number | null;
  /** Whether the client's owner is a bot account. */
  readonly ownerIsBot: boolean;
}

/**
 * osu-web's `Token::validate()`.
 *
 * @param scopes the token's scopes
 * @param parties client and user
 * @throws {TokenScopeError} with osu-web's sentence
 */
export function validateTokenScopes(scopes: readonly string[], parties: TokenParties): void {
  const set = new Set(scopes);
  const fail = (key: keyof typeof MESSAGES) => {
    throw new TokenScopeError(MESSAGES[key]);
  };
  if (set.size === 0) fail("empty");
  if (set.has("*")) {
    if (set.size > 1) fail("all_scope_no_mix");
  } else if (parties.client.ownerId === null) {
    fail("client_missing_owner");
  }
  if (parties.userId === null) {
    if (set.has("*")) fail("all_scope_no_client_credentials");
    const delegates = set.has("delegate");
    if (delegates && !parties.ownerIsBot) fail("delegate_bot_only");
    if ([...set].some((s) => REQUIRE_DELEGATION.has(s))) {
      if (!delegates) fail("delegate_required");
      if ([...set].some((s) => !REQUIRE_DELEGATION.has(s))) fail("delegate_invalid_combination");
    }
  } else {
    if ([...set].some((s) => CLIENT_CREDENTIALS_ONLY.has(s))) fail("client_credentials_only");
    const own = parties.client.ownerId === parties.userId;
    if ([...set].some((s) => OWN_CLIENT.has(s)) && !(own || parties.ownerIsBot)) fail("bot_only");
  }
}

/**
 * osu-web's `Token::can()`: `*` covers every scope except `delegate` and `group_permissions`.
 *
 * @param scopes the token's scopes
 * @param scope the scope asked for
 * @returns whether the token has it
 */
export function tokenCan(scopes: readonly string[], scope: string): boolean {
  if (EXCLUDE_FROM_ALL.has(scope)) return scopes.includes(scope);
  return scopes.includes("*") || scopes.includes(scope);
}
