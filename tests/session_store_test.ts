/**
 * The three `SessionStore`s (memory, Deno KV, Durable Object) keep the same contract: create,
 * read, delete one session, count a user's sessions, and forget expired ones.
 */
import { assert, assertEquals, assertStrictEquals } from "@std/assert";
import { MemorySessionStore, type SessionStore } from "@osu-ts/api/hono";
import { KvSessionStore } from "@osu-ts/api/kv";
import { DurableObjectSessionStore } from "@osu-ts/api/durable-objects";
import { FakeClock } from "@osu-ts/api/testing";
import { sqlNamespace } from "./_sql_namespace.ts";

const START = 1_700_000_000_000;

interface Made {
  readonly store: SessionStore;
  /** Rows or entries the store holds for sessions, expired ones included. */
  readonly size: () => Promise<number>;
  readonly close: () => void;
}

const stores: Record<string, (clock: FakeClock) => Promise<Made>> = {
  MemorySessionStore: (clock) => {
    const store = new MemorySessionStore({ clock });
    return Promise.resolve({ store, size: () => Promise.resolve(store.size), close: () => {} });
  },
  KvSessionStore: async (clock) => {
    const kv = await Deno.openKv(":memory:");
    const store = new KvSessionStore(kv, { clock });
    const size = async () => {
      let n = 0;
      for await (const _ of kv.list({ prefix: ["osu-ts", "sessions", "session"] })) n++;
      return n;
    };
    return { store, size, close: () => kv.close() };
  },
  DurableObjectSessionStore: (clock) => {
    const { namespace, rows, close } = sqlNamespace({ clock });
    const store = new DurableObjectSessionStore(namespace, "app");
    return Promise.resolve({ store, size: () => Promise.resolve(rows("osu_sessions")), close });
  },
};

for (const [name, make] of Object.entries(stores)) {
  Deno.test(`${name} reads what it created, until it expires`, async () => {
    const clock = new FakeClock(START);
    const { store, close } = await make(clock);
    await store.create("a", { userId: 2, username: "peppy", expiresAt: START + 1000 });
    assertEquals(await store.read("a"), { userId: 2, username: "peppy", expiresAt: START + 1000 });
    assertEquals(await store.read("b"), undefined);
    await clock.tick(1000);
    assertEquals(await store.read("a"), undefined);
    close();
  });

  Deno.test(`${name}.delete() ends one session and keeps the user's others`, async () => {
    const clock = new FakeClock(START);
    const { store, close } = await make(clock);
    const expiresAt = START + 60_000;
    await store.create("laptop", { userId: 2, username: "peppy", expiresAt });
    await store.create("phone", { userId: 2, username: "peppy", expiresAt });
    await store.create("other", { userId: 3, username: "other", expiresAt });
    assertEquals(await store.countByUser(2), 2);
    await store.delete("laptop");
    assertEquals(await store.read("laptop"), undefined);
    assertEquals((await store.read("phone"))?.userId, 2);
    assertEquals(await store.countByUser(2), 1);
    assertEquals(await store.countByUser(3), 1);
    await store.delete("missing");
    close();
  });

  Deno.test(`${name}.deleteExpired() removes expired sessions only`, async () => {
    const clock = new FakeClock(START);
    const { store, close } = await make(clock);
    await store.create("short", { userId: 2, username: "peppy", expiresAt: START + 1000 });
    await store.create("long", { userId: 2, username: "peppy", expiresAt: START + 5000 });
    await clock.tick(1000);
    assertEquals(await store.countByUser(2), 1);
    assertEquals(await store.deleteExpired(), 1);
    assertEquals(await store.deleteExpired(), 0);
    assertEquals((await store.read("long"))?.username, "peppy");
    close();
  });

  // KV removes expired entries by itself (`expireIn`, in real time), so only the others sweep.
  Deno.test({
    name: `${name} removes expired sessions as new ones are made`,
    ignore: name === "KvSessionStore",
  }, async () => {
    const clock = new FakeClock(START);
    const { store, size, close } = await make(clock);
    let most = 0;
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 100; i++) {
        const userId = round * 100 + i + 1;
        await store.create(`s${userId}`, { userId, username: "u", expiresAt: clock.now() + 1000 });
      }
      most = Math.max(most, await size());
      await clock.tick(1000);
    }
    // 3,000 sessions made, 100 live at a time: the store never holds more than a sweep's worth.
    assertEquals(most <= 1124, true, `${most} sessions held`);
    close();
  });
}

Deno.test("MemorySessionStore.userRateLimiter() is one limiter per user while it is in use", () => {
  const store = new MemorySessionStore({ clock: new FakeClock(START) });
  const knobs = { requestWaitTime: 0, limitPerMinute: 60 };
  assertStrictEquals(store.userRateLimiter(2, knobs), store.userRateLimiter(2, knobs));
  assert(store.userRateLimiter(2, knobs) !== store.userRateLimiter(3, knobs));
});

Deno.test("MemorySessionStore drops a user's limiter once nothing waits and its window has passed", async () => {
  const clock = new FakeClock(START);
  const store = new MemorySessionStore({ clock });
  const knobs = { requestWaitTime: 0, limitPerMinute: 60 };
  const first = store.userRateLimiter(1, knobs);
  await first.acquire();
  for (let user = 2; user <= 300; user++) await store.userRateLimiter(user, knobs).acquire();
  assertStrictEquals(store.userRateLimiter(1, knobs), first, "kept within its window");
  await clock.tick(60_000);
  for (let user = 301; user <= 600; user++) store.userRateLimiter(user, knobs);
  assert(store.userRateLimiter(1, knobs) !== first, "dropped after its window, made afresh");
});
