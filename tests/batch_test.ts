/**
 * Batch endpoints split their ids into requests of 50, charge osu-web's rate-limit cost, and
 * return the results in input order.
 */
import { assert, assertEquals, assertRejects } from "@std/assert";
import { Client, InvalidArgumentError, MemoryTokenStore } from "../mod.ts";
import { createEmulator, FakeClock } from "../src/testing/mod.ts";
import { settle } from "./_support.ts";

function setup() {
  const osu = createEmulator();
  const costs: number[] = [];
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    requestWaitTime: 0,
    limitPerMinute: 10_000,
  });
  const acquire = client.rateLimiter.acquire.bind(client.rateLimiter);
  client.rateLimiter.acquire = (request) => {
    costs.push(request?.cost ?? 1);
    return acquire(request);
  };
  return { osu, client, costs };
}

function shuffled<T>(items: T[]): T[] {
  // A fixed permutation: deterministic, and not sorted.
  return items.map((item, i) => [(i * 37) % items.length, item] as const)
    .sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}

Deno.test("Client.getUsers() sends 120 ids in 3 requests and keeps their order", async () => {
  const { osu, client } = setup();
  const template = osu.data.users[osu.data.users.length - 1];
  for (let id = 9_000_000; osu.data.users.length < 120; id++) {
    osu.data.users.push({ ...template, id, username: `Extra${id}` });
  }
  const ids = shuffled(osu.data.users.map((u) => u.id as number)).slice(0, 120);
  const users = await client.getUsers(ids);
  assertEquals(users.map((u) => u.id), ids);
  const requests = osu.requests.filter((r) => r.endpoint === "getUsers");
  assertEquals(requests.map((r) => r.query.split("ids[]=").length - 1), [50, 50, 20]);
});

Deno.test("Client.getUsers() costs one per id, three with includeVariantStatistics", async () => {
  const { osu, client, costs } = setup();
  const ids = osu.data.users.slice(0, 60).map((u) => u.id as number);
  await client.getUsers(ids);
  await client.getUsers(ids.slice(0, 10), { includeVariantStatistics: true });
  assertEquals(costs.slice(-3), [50, 10, 30]);
});

Deno.test("Client.getBeatmaps() splits 120 ids into 3 requests in input order", async () => {
  const { osu, client } = setup();
  const all = osu.data.beatmapsets.flatMap((s) =>
    (s.beatmaps as { id: number }[]).map((b) => b.id)
  );
  const ids = shuffled(all).slice(0, 120);
  const beatmaps = await client.getBeatmaps(ids);
  assertEquals(beatmaps.map((b) => b.id), ids);
  assertEquals(
    osu.requests.filter((r) => r.endpoint === "getBeatmaps").length,
    Math.ceil(ids.length / 50),
  );
});

Deno.test("Client.lookupUsers() splits ids and names by 50 and keeps their order", async () => {
  const { osu, client } = setup();
  const users = shuffled(osu.data.users).slice(0, 70);
  const refs = users.map((u, i) => i % 2 ? `@${u.username}` : u.id as number);
  const found = await client.lookupUsers(refs);
  assertEquals(found.map((u) => u.id), users.map((u) => u.id));
  assertEquals(osu.requests.filter((r) => r.endpoint === "lookupUsers").length, 2);
});

Deno.test("Client.searchBeatmapsPassed() splits beatmapset ids by 50, one unit per id", async () => {
  const { osu, client, costs } = setup();
  const ids = osu.data.beatmapsets.map((s) => s.id as number);
  await client.searchBeatmapsPassed(osu.player.id, { beatmapsetIds: ids });
  const requests = osu.requests.filter((r) => r.endpoint === "searchBeatmapsPassed");
  assertEquals(requests.length, Math.ceil(ids.length / 50));
  assertEquals(costs.slice(-requests.length), [50, ids.length - 50]);
});

Deno.test("Client.getUsers(50 ids, { includeVariantStatistics }) on a default client sends requests that fit 60 a minute", async () => {
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock });
  const template = osu.data.users[osu.data.users.length - 1];
  for (let id = 9_000_000; osu.data.users.length < 50; id++) {
    osu.data.users.push({ ...template, id, username: `Extra${id}` });
  }
  const tokenStore = new MemoryTokenStore();
  // The defaults: 60 a minute, a second between requests.
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    tokenStore,
    fetch: osu.fetch,
    clock,
  });
  const ids = shuffled(osu.data.users.map((u) => u.id as number)).slice(0, 50);
  const users = await settle(client.getUsers(ids, { includeVariantStatistics: true }), clock);
  assertEquals(users.map((u) => u.id), ids);
  const sent = osu.requests.filter((r) => r.endpoint === "getUsers");
  // 3 units an id: at most 20 ids (60 units) a request.
  assertEquals(sent.map((r) => r.query.split("ids[]=").length - 1), [20, 20, 10]);
  assertEquals(osu.requests.filter((r) => r.path === "/oauth/token").length, 1);
  assert(await tokenStore.get(client.auth!.tokenKey));
});

Deno.test("Client.getUsers() refuses before any request, the token's included, when one id costs more than the limiter can grant", async () => {
  const clock = new FakeClock(0);
  const osu = createEmulator({ clock });
  const tokenStore = new MemoryTokenStore();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    tokenStore,
    fetch: osu.fetch,
    clock,
    requestWaitTime: 0,
    limitPerMinute: 2,
  });
  await assertRejects(
    () => client.getUsers([2, 3], { includeVariantStatistics: true }),
    InvalidArgumentError,
    "one id costs 3 rate-limit units, more than the 2",
  );
  assertEquals(osu.requests.length, 0);
  assertEquals(await tokenStore.get(client.auth!.tokenKey), undefined);
  // Without variant statistics an id costs 1: two ids a request fit.
  assertEquals((await settle(client.getUsers([2, 3]), clock)).map((u) => u.id), [2, 3]);
});
