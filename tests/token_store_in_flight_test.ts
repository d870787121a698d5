/**
 * `TokenStore.sharedInFlight`: whether an auth handler lets concurrent callers wait on one
 * in-flight refresh, or has each wait on the store's lease with its own I/O (Workers).
 */
import { assertEquals } from "@std/assert";
import { AuthHandler, MemoryTokenStore } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";

/** A memory store that asks handlers to share no in-flight refresh, as Workers stores do. */
class UnsharedStore extends MemoryTokenStore {
  readonly sharedInFlight = false;
}

function tokenRequests(osu: ReturnType<typeof createEmulator>): number {
  return osu.requests.filter((r) => r.path === "/oauth/token").length;
}

Deno.test("AuthHandler.getToken() over a store with sharedInFlight: false still makes one token request for 20 concurrent callers", async () => {
  const osu = createEmulator();
  const store = new UnsharedStore();
  const auth = new AuthHandler({ ...osu.credentials, fetch: osu.fetch, tokenStore: store });
  const tokens = await Promise.all(Array.from({ length: 20 }, () => auth.getToken()));
  assertEquals(new Set(tokens).size, 1);
  assertEquals(tokenRequests(osu), 1, "the lease let one caller refresh; the others read it");
});

Deno.test("AuthHandler.getToken() over a store with sharedInFlight: false reads no store while its cached token is fresh", async () => {
  const osu = createEmulator();
  const store = new UnsharedStore();
  let reads = 0;
  const get = store.get.bind(store);
  store.get = (key) => (reads++, get(key));
  const auth = new AuthHandler({ ...osu.credentials, fetch: osu.fetch, tokenStore: store });
  await auth.getToken();
  const before = reads;
  await Promise.all(Array.from({ length: 5 }, () => auth.getToken()));
  assertEquals(reads, before, "a fresh cached token needs no store read");
});
