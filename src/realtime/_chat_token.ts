/**
 * The check before connecting: a user's token with the `*` or `chat.read` scope, as
 * osu-notification-server's `oauth-verifier.ts` requires.
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import { GrantError, MissingScopeError } from "../errors.ts";

const WHERE = "NotificationWebsocket.connect";

/**
 * The client's auth handler, when its token can open the websocket.
 *
 * @param auth the client's auth handler
 * @returns it
 * @throws {GrantError} without an auth handler, or with client credentials (checked first)
 * @throws {MissingScopeError} a user's token without `*` or `chat.read`
 */
export function chatAuth(auth: BaseAuthHandler | undefined): BaseAuthHandler {
  if (!auth) {
    throw new GrantError(
      WHERE,
      "user",
      `${WHERE} needs a user's token, but this client has no auth handler`,
    );
  }
  // The grant first: a client-credentials token can never open it, whatever its scopes, so
  // advice to add chat.read would only lead to this error next.
  if (!auth.actsForUser) {
    throw new GrantError(
      WHERE,
      "user",
      `${WHERE} needs a user's token (authorization code or password grant), not client credentials`,
    );
  }
  if (!auth.scope.has("chat.read")) {
    throw new MissingScopeError(WHERE, "chat.read", auth.scope.names);
  }
  return auth;
}
