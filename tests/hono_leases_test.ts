/**
 * The Hono adapter's state leases do not pile up: anonymous login/callback pairs leave no lease
 * and no session behind, in memory, in Deno KV and in the Durable Object; lapsed leases are swept.
 */
import { assertEquals } from "@std/assert";
import { type Lease, MemoryTokenStore, type TokenRecord, type TokenStore } from "@osu-ts/api";
import { MemorySessionStore, type OsuAuthOptions } from "@osu-ts/api/hono";
import { KvSessionStore, KvTokenStore } from "@osu-ts/api/kv";
import { DurableObjectSessionStore, DurableObjectTokenStore } from "@osu-ts/api/durable-objects";
import { FakeClock } from "@osu-ts/api/testing";
import { honoSetup, logIn, pair, setCookie } from "./_hono.ts";
import { sqlNamespace } from "./_sql_namespace.ts";

const PAIRS = 10_000;

/** A `MemoryTokenStore` that counts the leases it holds (taken and not released). */
class CountingStore implements TokenStore {
  readonly inner = new MemoryTokenStore();
  held = 0;
  get(key: string): Promise<TokenRecord | undefined> {
    return this.inner.get(key);
  }
  set(key: string, record: TokenRecord): Promise<void> {
    return this.inner.set(key, record);
  }
  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
  async acquireLease(key: string, ttlMs: number): Promise<Lease | undefined> {
    const lease = await this.inner.acquireLease(key, ttlMs);
    if (!lease) return undefined;
    this.held++;
    let released = false;
    return {
      release: async () => {
        if (!released) this.held--;
        released = true;
        await lease.release();
      },
    };
  }
}

/**
 * Makes `count` anonymous pairs: `/auth/login`, then the callback with the state and the state
 * cookie but no code (or with `error=access_denied`, every other time), as a bot would.
 */
async function anonymousPairs(t: ReturnType<typeof honoSetup>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const login = await t.request("/auth/login");
    const cookie = pair(setCookie(login, "osu_auth_state"));
    const state = new URL(login.headers.get("location")!).searchParams.get("state")!;
    const query = i % 2 ? `state=${state}` : `state=${state}&error=access_denied`;
    const callback = await t.request(`/callback?${query}`, { headers: { cookie } });
    if (callback.status !== 400 && callback.status !== 403) {
      throw new Error(`Unexpected ${callback.status}`);
    }
  }
}

Deno.test(`osuAuth() ${PAIRS} anonymous login/callback pairs leave no lease or session in memory`, async () => {
  const tokenStore = new CountingStore();
  const sessionStore = new MemorySessionStore();
  const t = honoSetup({ tokenStore, sessionStore });
  await anonymousPairs(t, PAIRS);
  assertEquals(tokenStore.held, 0);
  assertEquals(sessionStore.size, 0);
});

Deno.test(`osuAuth() ${PAIRS} anonymous pairs leave no lease row in the Durable Object`, async () => {
  const { namespace, rows, close } = sqlNamespace();
  const t = honoSetup({
    tokenStore: new DurableObjectTokenStore(namespace, "app"),
    sessionStore: new DurableObjectSessionStore(namespace, "app"),
  });
  await anonymousPairs(t, PAIRS);
  assertEquals([rows("osu_leases"), rows("osu_sessions")], [0, 0]);
  close();
});

Deno.test("osuAuth() anonymous pairs leave no lease entry in Deno KV", async () => {
  const kv = await Deno.openKv(":memory:");
  const options: Partial<OsuAuthOptions> = {
    tokenStore: new KvTokenStore(kv),
    sessionStore: new KvSessionStore(kv),
  };
  await anonymousPairs(honoSetup(options), 1000);
  let entries = 0;
  for await (const _ of kv.list({ prefix: [] })) entries++;
  assertEquals(entries, 0);
  kv.close();
});

Deno.test("osuAuth() a successful login keeps its state's lease only until the state expires", async () => {
  const clock = new FakeClock(1_700_000_000_000);
  const { namespace, rows, close } = sqlNamespace({ clock });
  const t = honoSetup({
    clock,
    tokenStore: new DurableObjectTokenStore(namespace, "app"),
    sessionStore: new DurableObjectSessionStore(namespace, "app"),
  });
  await logIn(t);
  assertEquals(rows("osu_leases"), 1, "a replay of this callback is refused");
  await clock.tick(600_000);
  await logIn(t); // the next lease sweeps the lapsed one
  assertEquals(rows("osu_leases"), 1);
  close();
});
