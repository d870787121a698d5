/**
 * One connection attempt with the client's token; when osu! refuses it, the token is invalidated
 * and refreshed through the auth handler, and tried once more.
 *
 * @module
 */
import type { BaseAuthHandler } from "../auth/base_auth_handler.ts";
import { type SocketSession, TokenRefused } from "./_socket_session.ts";
import { WebSocketError } from "./web_socket_error.ts";

/**
 * Opens a session, refreshing a refused token once.
 *
 * @param auth the client's auth handler
 * @param open opens a session with a token
 * @param endpoint the endpoint without secrets, for the error
 * @param signal stops waiting for a token
 * @returns the ready session
 * @throws {WebSocketError} `failure: "authentication"` when the fresh token is refused too
 */
export async function openWithRefresh(
  auth: BaseAuthHandler,
  open: (token: string) => Promise<SocketSession>,
  endpoint: string,
  signal: AbortSignal,
): Promise<SocketSession> {
  const token = auth.cachedToken() ?? await auth.getToken({ signal });
  try {
    return await open(token);
  } catch (error) {
    if (!(error instanceof TokenRefused)) throw error;
    await auth.invalidate(token);
  }
  const fresh = await auth.getToken({ signal });
  try {
    return await open(fresh);
  } catch (error) {
    if (!(error instanceof TokenRefused)) throw error;
    throw new WebSocketError(
      `osu! refused the token, also after a refresh (${error.message}): the token needs the ` +
        `"*" or "chat.read" scope and must not be revoked; log in again`,
      { failure: "authentication", endpoint },
    );
  }
}
