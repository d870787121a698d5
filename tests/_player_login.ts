/**
 * Test support: the emulator's player logs in with the authorization code grant, through the
 * authorize page as a user would, with the scopes the user routes need.
 */
import { AuthHandler, Scope } from "@osu-ts/api";
import type { Emulator } from "@osu-ts/api/testing";

/**
 * An `AuthHandler` holding the player's token for reading, friends, chat (with channel management)
 * and forum posts.
 *
 * @param osu the emulator
 * @returns the handler, its token already exchanged
 */
export async function playerLogin(osu: Emulator): Promise<AuthHandler> {
  const scope = new Scope(
    "public",
    "identify",
    "friends.read",
    "chat.read",
    "chat.write",
    "chat.write_manage",
    "forum.write",
  );
  const auth = new AuthHandler({ ...osu.credentials, scope, fetch: osu.fetch });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  return auth;
}
