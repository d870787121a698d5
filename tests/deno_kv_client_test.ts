/**
 * `KvTokenStore` with real clients: three `deno run` processes share one KV file and one emulator
 * served on 127.0.0.1, and fetch one token, refresh it once, and survive a refresher that dies.
 */
import { LazerAuthHandler } from "@osu-ts/api";
import { KvTokenStore } from "@osu-ts/api/kv";
import { createEmulator } from "@osu-ts/api/testing";
import { assertEquals, assertLess } from "@std/assert";
import { spawnWorker, tempKvPath } from "./kv/_spawn.ts";

interface ClientResult {
  first: number;
  second: number;
  finishedAt: number;
}

type Handler = (request: Request) => Promise<Response>;

function serve(handler: Handler) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, handler);
  return { server, baseUrl: `http://127.0.0.1:${server.addr.port}` };
}

function tokenRequests(osu: ReturnType<typeof createEmulator>, grant: string) {
  return osu.requests.filter((r) => r.path === "/oauth/token" && r.grant === grant);
}

Deno.test({
  name: "KvTokenStore: three processes fetch one token and refresh it once",
  sanitizeResources: false,
  async fn() {
    const osu = createEmulator({ tokenLifetime: 2 });
    const { server, baseUrl } = serve(osu.handler);
    const { path, cleanup } = await tempKvPath();
    try {
      const workers = [0, 1, 2].map(() =>
        spawnWorker<ClientResult>("client_worker.ts", {
          path,
          baseUrl,
          username: osu.player.username,
          password: osu.player.password,
          calls: 25,
          afterExpiry: true,
          leaseTtl: 5000,
        })
      );
      await Promise.all(workers.map((w) => w.ready));
      await Promise.all(workers.map((w) => w.go()));
      const results = await Promise.all(workers.map((w) => w.result));
      const passwordGrants = tokenRequests(osu, "password");
      const refreshes = tokenRequests(osu, "refresh_token");
      const apiCalls = osu.requests.filter((r) => r.path.startsWith("/api/v2/users/"));
      console.log(
        `[kv token] 3 processes x 25 calls, twice: ${passwordGrants.length} token request, ` +
          `${refreshes.length} refresh after expiry, ${apiCalls.length} API calls ` +
          `(${apiCalls.filter((r) => r.status === 200).length} answered 200)`,
      );
      assertEquals(passwordGrants.length, 1);
      assertEquals(refreshes.length, 1);
      assertEquals(refreshes[0].status, 200);
      assertEquals(results.map((r) => r.first + r.second), [50, 50, 50]);
    } finally {
      await server.shutdown();
      await cleanup();
    }
  },
});

Deno.test({
  name:
    "KvTokenStore: a refresher killed mid-refresh blocks the others only until its lease lapses",
  sanitizeResources: false,
  async fn() {
    const osu = createEmulator();
    const leaseTtl = 1500;
    // The first refresh request is held (never reaches osu!) until its sender dies.
    const holding = Promise.withResolvers<number>();
    const endOfTest = Promise.withResolvers<void>();
    let held = false;
    let refreshesSeen = 0;
    const { server, baseUrl } = serve(async (request) => {
      const url = new URL(request.url);
      if (request.method === "POST" && url.pathname === "/oauth/token") {
        const fields = new URLSearchParams(await request.clone().text());
        if (fields.get("grant_type") === "refresh_token") {
          refreshesSeen++;
          if (!held) {
            held = true;
            holding.resolve(Date.now());
            const dropped = new Promise<void>((resolve) =>
              request.signal.addEventListener("abort", () => resolve(), { once: true })
            );
            await Promise.race([dropped, endOfTest.promise]);
            return new Response(null, { status: 503 });
          }
        }
      }
      return await osu.handler(request);
    });
    const { path, cleanup } = await tempKvPath();
    const kv = await Deno.openKv(path);
    try {
      // A token with a refresh token, already expired in the store.
      const store = new KvTokenStore(kv);
      const auth = new LazerAuthHandler({
        username: osu.player.username,
        password: osu.player.password,
        acknowledgeRisk: true,
        tokenStore: store,
        baseUrl,
      });
      await auth.getToken();
      const record = await store.get(auth.tokenKey);
      await store.set(auth.tokenKey, { ...record!, expiresAt: Date.now() - 1000 });

      const settings = {
        path,
        baseUrl,
        username: osu.player.username,
        password: osu.player.password,
        afterExpiry: false,
        leaseTtl,
      };
      const holder = spawnWorker<ClientResult>("client_worker.ts", { ...settings, calls: 1 });
      await holder.ready;
      await holder.go();
      const leaseTakenAt = await holding.promise;
      holder.kill();
      await holder.exited;

      const others = [0, 1].map(() =>
        spawnWorker<ClientResult>("client_worker.ts", { ...settings, calls: 5 })
      );
      await Promise.all(others.map((w) => w.ready));
      await Promise.all(others.map((w) => w.go()));
      const results = await Promise.all(others.map((w) => w.result));
      const recovered = Math.max(...results.map((r) => r.finishedAt)) - leaseTakenAt;
      const refreshes = tokenRequests(osu, "refresh_token");
      console.log(
        `[kv token] holder killed mid-refresh: the others were served ${recovered} ms after it ` +
          `took the lease (lease TTL ${leaseTtl} ms); refreshes sent ${refreshesSeen}, ` +
          `reached osu! ${refreshes.length}`,
      );
      assertEquals(results.map((r) => r.first), [5, 5]);
      assertEquals(refreshes.length, 1);
      assertEquals(refreshes[0].status, 200);
      assertLess(recovered, leaseTtl + 3000);
    } finally {
      endOfTest.resolve();
      kv.close();
      await server.shutdown();
      await cleanup();
    }
  },
});
