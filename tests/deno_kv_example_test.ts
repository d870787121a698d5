/** The Deno Deploy example: its routes against the emulator, the leaderboard cached in KV. */
import { Client } from "@osu-ts/api";
import { KvRateLimiter, KvTokenStore } from "@osu-ts/api/kv";
import { createEmulator } from "@osu-ts/api/testing";
import { assert, assertEquals } from "@std/assert";
import { createApp } from "../examples/deno_deploy/app.ts";

Deno.test("examples/deno_deploy serves /user/:name and caches /leaderboard/:mode in KV", async () => {
  const kv = await Deno.openKv(":memory:");
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    tokenStore: new KvTokenStore(kv),
    rateLimiter: new KvRateLimiter(kv, { requestWaitTime: 0 }),
  });
  const app = createApp({ client, kv });
  const get = (path: string) => app(new Request(`http://app.test${path}`));

  const user = await get("/user/peppy");
  assertEquals(user.status, 200);
  assertEquals((await user.json()).username, "peppy");
  assertEquals((await get("/user/nobody-here-at-all")).status, 404);

  const first = await get("/leaderboard/osu");
  assertEquals(first.headers.get("x-cache"), "miss");
  const rows = await first.json();
  assert(rows.length > 0);
  const second = await get("/leaderboard/osu");
  assertEquals(second.headers.get("x-cache"), "hit");
  assertEquals(await second.json(), rows);
  assertEquals(osu.requests.filter((r) => r.path.startsWith("/api/v2/rankings/")).length, 1);
  assertEquals((await get("/leaderboard/chess")).status, 400);
  kv.close();
});
