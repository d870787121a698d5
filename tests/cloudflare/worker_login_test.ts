import { assert, assertEquals, assertMatch } from "@std/assert";
import { type CoordinatorNamespace, coordinatorStub } from "@osu-ts/api/durable-objects";
import { type RunningWorker, type ServedEmulator, serveEmulator, startWorker } from "./_worker.ts";

const options = { sanitizeOps: false, sanitizeResources: false };

/** The `name=value` of a cookie a response sets. */
function cookie(response: { headers: Headers; status: number }, name: string): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`No ${name} cookie (status ${response.status})`);
  return header.split(";")[0];
}

/** One browser: logs in as `userId`, reads `/me` and `/`, logs out; every status on the way. */
async function browse(
  worker: RunningWorker,
  upstream: ServedEmulator,
  userId: number,
): Promise<{ statuses: number[]; me: { id: number; username: string } }> {
  const statuses: number[] = [];
  const send = async (path: string, init?: RequestInit) => {
    const response = await worker.request(path, init);
    statuses.push(response.status);
    const body = await response.text(); // read every body, as a browser does
    return { status: response.status, headers: response.headers, body };
  };
  const login = await send("/auth/login");
  const authorize = login.headers.get("location")!;
  assert(authorize.startsWith(`${upstream.url}/oauth/authorize?`), authorize);
  const callback = await upstream.osu.approve(authorize, { userId });
  const done = await send(callback.pathname + callback.search, {
    headers: { cookie: cookie(login, "osu_auth_state") },
  });
  const session = cookie(done, "osu_session");
  const headers = { cookie: session };
  const me = JSON.parse((await send("/me", { headers })).body);
  const home = (await send("/", { headers })).body;
  assertMatch(home, /Logged in as/);
  const logout = await send("/auth/logout", { method: "POST", headers });
  assertEquals(logout.headers.get("location"), "/");
  const after = await send("/me", { headers });
  assertEquals(after.headers.get("location"), "/auth/login?next=%2Fme", "logged out");
  return { statuses, me };
}

Deno.test({
  name:
    "Cloudflare Worker: users log in with osu!, read /me and log out, in sequence and two at once, while the app's own calls share one token and one budget",
  ...options,
  async fn() {
    const upstream = serveEmulator();
    const worker = await startWorker(upstream, {
      vars: { OSU_REQUEST_WAIT_TIME: "0", OSU_LIMIT_PER_MINUTE: "1200" },
    });
    try {
      const player = upstream.osu.player.id;
      const first = await browse(worker, upstream, player);
      assertEquals(first.me.username, "EmuPlayer");
      const again = await browse(worker, upstream, player);
      assertEquals(again.me.id, player);
      const [a, b, c, lookups] = await Promise.all([
        browse(worker, upstream, player),
        browse(worker, upstream, 2),
        browse(worker, upstream, player),
        Promise.all(Array.from({ length: 20 }, async () => {
          const response = await worker.get("/user/peppy");
          return response.ok ? (await response.json()).username : await response.text();
        })),
      ]);
      assertEquals([a.me.username, b.me.username, c.me.username], [
        "EmuPlayer",
        "peppy",
        "EmuPlayer",
      ]);
      assertEquals(lookups, Array(20).fill("peppy"));
      const statuses = [first, again, a, b, c].flatMap((run) => run.statuses);
      assertEquals(statuses.filter((s) => s < 200 || s >= 400), [], `statuses ${statuses}`);
      const grants = upstream.osu.requests.filter((r) => r.path === "/oauth/token")
        .map((r) => r.grant);
      assertEquals(grants.filter((g) => g === "authorization_code").length, 5, "one per login");
      assertEquals(grants.filter((g) => g === "client_credentials").length, 1, "one app token");
      const namespace = await worker.mf.getDurableObjectNamespace(
        "OSU_COORDINATOR",
      ) as unknown as CoordinatorNamespace;
      const clientId = String(upstream.osu.credentials.clientId);
      const used = (name: string) => coordinatorStub(namespace, name).used(60_000);
      assertEquals(await used(clientId), 21, "the app's token and its 20 lookups: one budget");
      // Each user's calls (their /me, the revocation at their last logout) in a budget of theirs.
      assertEquals(await used(`${clientId}:user:2`), 2);
      assert(await used(`${clientId}:user:${player}`) >= 4);
    } finally {
      await worker.dispose();
      await upstream.close();
    }
  },
});
