/**
 * Mistakes in arguments and options fail before anything is sent, with errors that say what is
 * wrong and what to do: enum values (rulesets, list types), `baseUrl`, and the grant or scope a
 * method needs.
 */
import {
  assert,
  assertEquals,
  assertRejects,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { AuthHandler, Client, GrantError, InvalidArgumentError, Scope } from "../mod.ts";
import { appClient } from "./_app_client.ts";

// From JavaScript, or past a cast, a typo reaches the method.
// deno-lint-ignore no-explicit-any
const typo = (value: string) => value as any;

Deno.test('Client.getUser(2, "std") is refused before sending, naming the rulesets and the one meant', async () => {
  const { osu, client, tokenStore } = appClient();
  await assertRejects(
    () => client.getUser(2, typo("std")),
    InvalidArgumentError,
    'getUser: "mode" must be one of "osu", "taiko", "fruits", "mania", got "std" (osu-web calls that ruleset "osu")',
  );
  assertEquals(osu.requests.length, 0);
  assertEquals(await tokenStore.get(client.auth!.tokenKey), undefined);
});

Deno.test("Client methods check enum path values and ruleset options before sending", async () => {
  const { osu, client } = appClient();
  const calls: [() => Promise<unknown>, string][] = [
    [() => client.getUserScores(2, typo("top")), '"best", "firsts", "pinned", "recent"'],
    [() => client.getUserBeatmaps(2, typo("favorites")), '"favourite"'],
    [() => client.getRanking("osu", typo("pp")), '"performance"'],
    [() => client.getRanking(typo("catch"), "performance"), 'ruleset "fruits"'],
    [() => client.getUserScores(2, "best", { mode: typo("ctb") }), 'ruleset "fruits"'],
    [() => client.lookupUsers([2], { ruleset: typo("standard") }), 'ruleset "osu"'],
    [() => client.getAllScores({ ruleset: typo("mania4k") }), '"mania"'],
    [() => client.getBeatmapScores(1, { mode: typo("std") }), 'ruleset "osu"'],
  ];
  for (const [call, says] of calls) await assertRejects(call, InvalidArgumentError, says);
  assertEquals(osu.requests.length, 0);
  assertEquals((await client.getUser(2, "taiko")).id, 2);
});

Deno.test('Client with baseUrl "osu.ppy.sh" or ".../api/v2" is refused when made, with the fix', () => {
  const credentials = { clientId: 1, clientSecret: "a-secret-value" };
  assertThrows(
    () => Client.fromClientCredentials({ ...credentials, baseUrl: "osu.ppy.sh" }),
    InvalidArgumentError,
    'use "https://osu.ppy.sh"',
  );
  assertThrows(
    () => Client.fromClientCredentials({ ...credentials, baseUrl: "https://osu.ppy.sh/api/v2/" }),
    InvalidArgumentError,
    'use "https://osu.ppy.sh"',
  );
  assertThrows(
    () => new AuthHandler({ ...credentials, baseUrl: "osu.ppy.sh/api/v2" }),
    InvalidArgumentError,
    "https://",
  );
  const local = Client.fromClientCredentials({ ...credentials, baseUrl: "http://127.0.0.1:8080/" });
  assertEquals(local.baseUrl, "http://127.0.0.1:8080");
});

Deno.test("Client.getOwnData() on a client-credentials client names the identify scope and the login to do", async () => {
  const { osu, client } = appClient();
  const error = await assertRejects(() => client.getOwnData(), GrantError);
  assert(error.message.includes("identify"), error.message);
  assert(error.message.includes("getAuthUrl"), error.message);
  assertEquals(osu.requests.length, 0);
  const user = new Client(new AuthHandler({ ...osu.credentials, scope: new Scope("public") }));
  await assertRejects(() => user.getFriends(), Error, "friends.read");
});

Deno.test("AuthHandler refuses a client id that is not a positive whole number, before any request", () => {
  for (const clientId of [Number.NaN, 0, -1, "abc", "12.5"]) {
    const error = assertThrows(
      () => new AuthHandler({ clientId, clientSecret: "secret" }),
      InvalidArgumentError,
    );
    assertStringIncludes(error.message, "client id");
  }
});

Deno.test("a baseUrl with a port but no scheme is told the right fix", () => {
  for (
    const [given, fix] of [
      ["osu.ppy.sh:443", "https://osu.ppy.sh:443"],
      ["localhost:8000", "http://localhost:8000"],
      ["osu.ppy.sh", "https://osu.ppy.sh"],
    ]
  ) {
    const error = assertThrows(
      () => new Client(undefined, { baseUrl: given }),
      InvalidArgumentError,
    );
    assertStringIncludes(error.message, `use "${fix}"`);
  }
});
