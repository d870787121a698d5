/**
 * Path values stay inside their route: empty, `.`, `..` (in any encoding) and `/` are refused
 * before anything is sent, the token request included.
 */
import { assertEquals, assertRejects, assertThrows } from "@std/assert";
import { InvalidArgumentError } from "../mod.ts";
import { appClient } from "./_app_client.ts";
import { fillPath } from "../src/_path.ts";

Deno.test('Client.getUser(".") is refused before any request, the token request included', async () => {
  const { osu, client, tokenStore } = appClient();
  for (const user of [".", "..", "%2e", ".%2E", "%252e%252e", " ", "", "2/scores", "2%2Fscores"]) {
    await assertRejects(() => client.getUser(user), InvalidArgumentError);
  }
  assertEquals(osu.requests.length, 0);
  assertEquals(await tokenStore.get(client.auth!.tokenKey), undefined);
});

Deno.test("Client.getWikiPage() refuses a path that climbs out of the wiki", async () => {
  const { osu, client } = appClient();
  for (const path of ["../../users/2", "People/../..", "a/%2e%2e/b", "a//b", "Main_page/.."]) {
    await assertRejects(() => client.getWikiPage("en", path), InvalidArgumentError, '"path"');
  }
  await assertRejects(() => client.getWikiPage("..", "Main_page"), InvalidArgumentError);
  assertEquals(osu.requests.length, 0);
  assertEquals((await client.getWikiPage("en", "Main_page")).path, "Main_page");
});

Deno.test("fillPath() keeps one encoded segment per value, and the wiki path's segments", () => {
  assertEquals(fillPath("getUser", "users/{user}/{mode?}", { user: "@a b" }), "users/@a%20b");
  assertEquals(fillPath("getUser", "users/{user}/{mode?}", { user: 2, mode: "" }), "users/2");
  assertEquals(
    fillPath("getWikiPage", "wiki/{locale}/{path}", { locale: "en", path: "People/The Team" }),
    "wiki/en/People/The%20Team",
  );
  assertThrows(() => fillPath("x", "x/{a}", { a: "a\\b" }), InvalidArgumentError, "/ or \\");
  assertThrows(() => fillPath("x", "x/{a}", { a: NaN }), InvalidArgumentError, "finite");
});
