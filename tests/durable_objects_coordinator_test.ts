import { assert, assertEquals, assertThrows } from "@std/assert";
import { InvalidArgumentError } from "@osu-ts/api";
import { osuCoordinator, type SlotRequest, SqlCoordinator } from "@osu-ts/api/durable-objects";
import { FakeClock } from "@osu-ts/api/testing";
import { openSql, type TestSql } from "./cloudflare/_sqlite.ts";

function setup(start = 1_000_000) {
  const sql = openSql();
  const clock = new FakeClock(start);
  let next = 0;
  const coordinator = new SqlCoordinator(sql, { clock, randomId: () => `id-${next++}` });
  return { sql, clock, coordinator };
}

/** Reserves `count` slots now and returns their start times (now + delay). */
function starts(
  coordinator: SqlCoordinator,
  clock: FakeClock,
  count: number,
  request: SlotRequest,
): number[] {
  return Array.from({ length: count }, () => clock.now() + coordinator.reserve(request).delayMs);
}

Deno.test("SqlCoordinator.reserve() spaces starts by requestWaitTime", () => {
  const { sql, clock, coordinator } = setup();
  const at = starts(coordinator, clock, 4, { requestWaitTime: 0.5, limitPerMinute: 100 });
  assertEquals(at.map((t) => t - at[0]), [0, 500, 1000, 1500]);
  sql.close();
});

Deno.test("SqlCoordinator.reserve() allows limitPerMinute in a half-open window, then waits for the oldest to leave", () => {
  const { sql, clock, coordinator } = setup();
  const knobs = { requestWaitTime: 0, limitPerMinute: 3, windowMs: 1000 };
  const at = starts(coordinator, clock, 7, knobs);
  assertEquals(at.map((t) => t - at[0]), [0, 0, 0, 1000, 1000, 1000, 2000]);
  sql.close();
});

Deno.test("SqlCoordinator.reserve() weighs cost and rejects a cost above the limit", () => {
  const { sql, clock, coordinator } = setup();
  const knobs = { requestWaitTime: 0, limitPerMinute: 10, windowMs: 1000 };
  assertEquals(coordinator.reserve({ ...knobs, cost: 8 }).delayMs, 0);
  assertEquals(coordinator.reserve({ ...knobs, cost: 2 }).delayMs, 0);
  assertEquals(coordinator.reserve({ ...knobs, cost: 3 }).delayMs, 1000);
  assertThrows(() => coordinator.reserve({ ...knobs, cost: 11 }), InvalidArgumentError);
  assertEquals(coordinator.used(1000), 13);
  void clock;
  sql.close();
});

Deno.test("SqlCoordinator.reserve() caps a bucket on its own and counts it in the whole budget", () => {
  const { sql, clock, coordinator } = setup();
  const replay = {
    requestWaitTime: 0,
    limitPerMinute: 5,
    windowMs: 1000,
    bucket: "replay",
    bucketLimit: 2,
  };
  const plain = { requestWaitTime: 0, limitPerMinute: 5, windowMs: 1000 };
  assertEquals(starts(coordinator, clock, 2, replay).map((t) => t - clock.now()), [0, 0]);
  // Two replay units and three others fill the budget of five.
  assertEquals(starts(coordinator, clock, 3, plain).map((t) => t - clock.now()), [0, 0, 0]);
  assertEquals(coordinator.reserve(plain).delayMs, 1000);
  assertEquals(starts(coordinator, clock, 2, replay).map((t) => t - clock.now()), [1000, 1000]);
  assertEquals(coordinator.reserve(replay).delayMs, 2000, "the bucket's own cap of 2");
  assertEquals(coordinator.used(1000, "replay"), 5);
  sql.close();
});

Deno.test("SqlCoordinator.cancel() gives a slot back to later callers", () => {
  const { sql, coordinator } = setup();
  const knobs = { requestWaitTime: 0, limitPerMinute: 2, windowMs: 1000 };
  coordinator.reserve(knobs);
  const second = coordinator.reserve(knobs);
  coordinator.cancel(second.id);
  assertEquals(coordinator.reserve(knobs).delayMs, 0);
  sql.close();
});

Deno.test("SqlCoordinator.pause() holds every start until it passes", async () => {
  const { sql, clock, coordinator } = setup();
  coordinator.pause(5000);
  assertEquals(coordinator.reserve({ requestWaitTime: 0 }).delayMs, 5000);
  await clock.tick(6000);
  assertEquals(coordinator.reserve({ requestWaitTime: 0 }).delayMs, 0);
  sql.close();
});

Deno.test("SqlCoordinator.reserve() never puts more than the limit in any window, under random load", async () => {
  const { sql, clock, coordinator } = setup();
  const knobs = { requestWaitTime: 0.05, limitPerMinute: 7, windowMs: 1000 };
  const taken: { at: number; cost: number }[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 300; i++) {
    const cost = 1 + Math.floor(random() * 3);
    const grant = coordinator.reserve({ ...knobs, cost });
    taken.push({ at: clock.now() + grant.delayMs, cost });
    await clock.tick(Math.floor(random() * 400));
  }
  taken.sort((a, b) => a.at - b.at);
  for (let i = 0; i < taken.length; i++) {
    if (i > 0) assert(taken[i].at - taken[i - 1].at >= 50, `starts ${i - 1} and ${i} too close`);
    const inWindow = taken.filter((t) => t.at >= taken[i].at && t.at < taken[i].at + 1000);
    const used = inWindow.reduce((sum, t) => sum + t.cost, 0);
    assert(used <= 7, `${used} units in the window from ${taken[i].at}`);
  }
  sql.close();
});

Deno.test("SqlCoordinator keeps tokens by key", () => {
  const { sql, coordinator } = setup();
  assertEquals(coordinator.getToken("a"), null);
  coordinator.setToken("a", "one");
  coordinator.setToken("a", "two");
  coordinator.setToken("b", "three");
  assertEquals([coordinator.getToken("a"), coordinator.getToken("b")], ["two", "three"]);
  coordinator.deleteToken("a");
  assertEquals(coordinator.getToken("a"), null);
  sql.close();
});

Deno.test("SqlCoordinator.acquireLease() is exclusive until released or lapsed", async () => {
  const { sql, clock, coordinator } = setup();
  const holder = coordinator.acquireLease("k", 1000);
  assert(holder);
  assertEquals(coordinator.acquireLease("k", 1000), null);
  assert(coordinator.acquireLease("other", 1000), "leases are per key");
  coordinator.releaseLease("k", "not-the-holder");
  assertEquals(coordinator.acquireLease("k", 1000), null);
  coordinator.releaseLease("k", holder);
  const second = coordinator.acquireLease("k", 1000);
  assert(second);
  await clock.tick(1000);
  assert(coordinator.acquireLease("k", 1000), "a lapsed lease can be taken");
  coordinator.releaseLease("k", second);
  assertEquals(coordinator.acquireLease("k", 1000), null, "a stale holder cannot release it");
  sql.close();
});

Deno.test("SqlCoordinator keeps the token and the budget across a restart on the same storage", () => {
  const path = Deno.makeTempFileSync({ suffix: ".sqlite" });
  try {
    const clock = new FakeClock(5_000);
    const knobs = { requestWaitTime: 0, limitPerMinute: 2, windowMs: 60_000 };
    const first = openSql(path);
    const before = new SqlCoordinator(first, { clock });
    before.setToken("k", "stored");
    before.reserve(knobs);
    before.reserve(knobs);
    first.close();
    const second = openSql(path);
    const after = new SqlCoordinator(second, { clock });
    assertEquals(after.getToken("k"), "stored");
    assertEquals(after.used(60_000), 2);
    assertEquals(after.reserve(knobs).delayMs, 60_000, "the budget is not reset early");
    second.close();
  } finally {
    Deno.removeSync(path);
  }
});

Deno.test("osuCoordinator(DurableObject) makes a subclass whose RPC methods keep state in ctx.storage.sql", () => {
  class DurableObject<Env> {
    constructor(readonly ctx: { storage: { sql: TestSql } }, readonly env: Env) {}
  }
  class OsuCoordinator extends osuCoordinator(DurableObject<{ NAME: string }>) {}
  const sql = openSql();
  const object = new OsuCoordinator({ storage: { sql } }, { NAME: "env" });
  assert(object instanceof DurableObject, "the runtime's base class stays the base");
  assertEquals(object.env.NAME, "env");
  object.setToken("k", "stored");
  assertEquals(new SqlCoordinator(sql).getToken("k"), "stored", "the rows are SqlCoordinator's");
  const holder = object.acquireLease("k", 1000);
  assert(holder);
  assertEquals(object.acquireLease("k", 1000), null);
  object.releaseLease("k", holder);
  assertEquals(object.reserve({ requestWaitTime: 0 }).delayMs, 0);
  assertEquals(object.used(), 1);
  sql.close();
});

Deno.test("osuCoordinator(DurableObject) has an RPC method for every public method of SqlCoordinator", () => {
  class DurableObject {
    constructor(readonly ctx: { storage: { sql: TestSql } }, readonly env: unknown) {}
  }
  const OsuCoordinator = osuCoordinator(DurableObject);
  const methods = Object.getOwnPropertyNames(SqlCoordinator.prototype)
    .filter((name) => name !== "constructor");
  assert(methods.length >= 9);
  for (const name of methods) {
    const method = (OsuCoordinator.prototype as unknown as Record<string, unknown>)[name];
    assertEquals(typeof method, "function", name);
  }
});
