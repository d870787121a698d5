/**
 * The check before connecting: a user's token with the `*` or `chat.read` scope, as
 * osu-notification-server's `oauth-verifier.ts` requires.
 *
 * @module
 */
import { authorize, type AuthTarget } from "../auth/_authorize.ts";
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";

/**
 * The websocket as the pipeline's grant and scope check sees it: a user's token with
 * `chat.read` (`Scope.has` also accepts `*`, the other scope the server takes).
 */
const CHAT_SOCKET: AuthTarget = {
  name: "NotificationWebsocket.connect",
  grant: "user",
  scope: "chat.read",
};

/**
 * The client's auth handler, when its token can open the websocket.
 *
 * @param auth the client's auth handler
 * @returns it
 * @throws {GrantError} without an auth handler, or with client credentials (checked first)
 * @throws {MissingScopeError} a user's token without `*` or `chat.read`
 */
export function chatAuth(auth: BaseAuthHandler | undefined): BaseAuthHandler {
  // The grant first: a client-credentials token can never open it, whatever its scopes, so
  // advice to add chat.read would only lead to that error next (authorize checks in this order).
  authorize(CHAT_SOCKET, auth);
  return auth!; // authorize() has thrown when there is none
}
