import { assert, assertEquals, assertRejects } from "@std/assert";
import { Client, GrantError, InvalidArgumentError, MissingScopeError, Scope } from "../mod.ts";
import { simpleApi } from "./_support.ts";

function clientFor(api = simpleApi(), scope?: Scope) {
  return Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    limitPerMinute: 1200,
    scope,
    fetch: api.fetch,
    requestWaitTime: 0,
  });
}

Deno.test("Client sends Authorization, x-api-version and Accept on API calls", async () => {
  const api = simpleApi();
  await clientFor(api).getUser(2);
  const call = api.requests[1];
  assertEquals(call.headers.get("authorization"), "Bearer access-1");
  assertEquals(call.headers.get("x-api-version"), "20241022");
  assertEquals(call.headers.get("accept"), "application/json");
});

Deno.test("Client apiVersion option sets x-api-version", async () => {
  const api = simpleApi();
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch: api.fetch,
    apiVersion: "20220704",
    requestWaitTime: 0,
  });
  await client.getUser(2);
  assertEquals(api.requests[1].headers.get("x-api-version"), "20220704");
});

Deno.test("Client.getUser() sends @username in the path and key as a query", async () => {
  const api = simpleApi();
  const client = clientFor(api);
  await client.getUser("@peppy");
  await client.getUser("peppy", "mania", { key: "username" });
  assertEquals(api.requests[1].path, "/api/v2/users/@peppy");
  assertEquals(api.requests[2].path, "/api/v2/users/peppy/mania");
  assertEquals(api.requests[2].search, "?key=username");
});

Deno.test("Client.getBeatmaps() sends ids[]=1&ids[]=2", async () => {
  const api = simpleApi({ beatmaps: [{ id: 2 }, { id: 1 }] });
  const beatmaps = await clientFor(api).getBeatmaps([1, 2]);
  assertEquals(api.requests[1].search, "?ids[]=1&ids[]=2");
  assertEquals(beatmaps.map((b) => b.id), [1, 2]);
});

Deno.test("Client.getUsers() splits 120 ids into 3 requests costing one unit per id", async () => {
  const api = simpleApi({ users: [] });
  const client = clientFor(api);
  await client.getUsers(Array.from({ length: 120 }, (_, i) => i + 1));
  const calls = api.requests.filter((r) => r.path === "/api/v2/users");
  assertEquals(calls.map((c) => c.search.split("ids[]=").length - 1), [50, 50, 20]);
});

Deno.test("the scope check sends nothing: a missing scope rejects before any request", async () => {
  const api = simpleApi();
  const client = new Client(undefined, { fetch: api.fetch, requestWaitTime: 0 });
  await assertRejects(() => client.getUser(2), GrantError, "needs a token");
  const user = Client.fromOsuCredentials({
    username: "u",
    password: "p",
    acknowledgeRisk: true,
    fetch: api.fetch,
  });
  assert(user.auth?.scope.has("identify"));
  const scoped = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    redirectUri: "http://localhost/cb",
    scope: Scope.identify(),
    code: "c",
    fetch: api.fetch,
  });
  const error = await assertRejects(
    () =>
      scoped.request({
        ...scoped.constructor.prototype,
        name: "getFriends",
        title: "",
        method: "GET",
        path: "friends",
        scope: "friends.read",
        grant: "user",
        pagination: "none",
      }),
    MissingScopeError,
  );
  assertEquals(error.required, "friends.read");
  assertEquals(error.granted, ["public", "identify"]);
  assertEquals(api.requests.length, 0);
});

Deno.test("Client.getOwnData() with client credentials rejects with GrantError and sends nothing", async () => {
  const api = simpleApi();
  await assertRejects(() => clientFor(api).getOwnData(), GrantError, "authorization-code");
  assertEquals(api.requests.length, 0);
});

Deno.test("bad ids reject with InvalidArgumentError (never a sync throw) and send nothing", async () => {
  const api = simpleApi();
  const client = clientFor(api);
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    await assertRejects(() => client.getBeatmap(bad), InvalidArgumentError);
  }
  await assertRejects(() => client.getUser(""), InvalidArgumentError);
  await assertRejects(() => client.getUsers([1, -2]), InvalidArgumentError);
  await assertRejects(() => client.lookupBeatmap({}), InvalidArgumentError);
  assertEquals(api.requests.length, 0);
});
