/**
 * Test support: an app's client-credentials client on a fresh emulator, with the token store in
 * view, for tests that check a mistake is refused before anything is sent.
 */
import { Client, MemoryTokenStore } from "../mod.ts";
import { createEmulator, type Emulator } from "../src/testing/mod.ts";

/**
 * A client-credentials client on a fresh emulator, with no wait between requests.
 *
 * @returns the emulator, the client and the token store the client keeps its token in
 */
export function appClient(): {
  osu: Emulator;
  client: Client;
  tokenStore: MemoryTokenStore;
} {
  const osu = createEmulator();
  const tokenStore = new MemoryTokenStore();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    tokenStore,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  return { osu, client, tokenStore };
}
