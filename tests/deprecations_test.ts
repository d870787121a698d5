/**
 * Deprecation as osu-web says it (the notes of `tests/data/ENDPOINTS.tsv`): two routes are
 * deprecated, and four routes only deprecate a parameter or a response field. The docs mark
 * exactly those with `@deprecated` (read from `deno doc --json`), and the client sends what
 * osu-web wants instead.
 */
import { assert, assertEquals } from "@std/assert";
import { Client } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";
import { run } from "./_run.ts";

interface JsDoc {
  readonly tags?: readonly { readonly kind: string; readonly doc?: string }[];
}
interface Member {
  readonly name: string;
  readonly jsDoc?: JsDoc;
}
interface DocSymbol {
  readonly name: string;
  readonly declarations: readonly {
    readonly def?: { readonly methods?: Member[]; readonly properties?: Member[] };
  }[];
}

const docs = await (async () => {
  const { stdout } = await run("deno", ["doc", "--json", "mod.ts"], {
    cwd: new URL("../", import.meta.url),
  });
  const json = JSON.parse(stdout);
  return Object.values(json.nodes as Record<string, { symbols: DocSymbol[] }>)[0].symbols;
})();

/** The `@deprecated` text of `Symbol.member` (a method or a property), or undefined. */
function deprecation(symbol: string, member: string): string | undefined {
  const declaration = docs.find((s) => s.name === symbol)?.declarations[0];
  const found = [...declaration?.def?.methods ?? [], ...declaration?.def?.properties ?? []]
    .find((m) => m.name === member);
  assert(found, `${symbol}.${member} is not in the docs`);
  return found.jsDoc?.tags?.find((tag) => tag.kind === "deprecated")?.doc;
}

Deno.test("the two deprecated routes' methods are @deprecated, saying what to use instead", () => {
  assert(deprecation("Client", "getBeatmapScoresNonLegacy")?.includes("getBeatmapScores"));
  assert(deprecation("Client", "getChatPresence")?.includes("getUpdates"));
});

Deno.test("routes that deprecate only a parameter or a field are not @deprecated themselves", () => {
  for (const method of ["getUser", "createChannel", "createNewPm", "getUserBeatmapScores"]) {
    assertEquals(deprecation("Client", method), undefined, method);
  }
});

Deno.test("the deprecated parameters and fields are @deprecated, saying what to use instead", () => {
  assert(deprecation("GetUserOptions", "key")?.includes("`@`"));
  assert(deprecation("UserBeatmapScoresOptions", "mode")?.includes("`ruleset`"));
  assert(deprecation("ChatChannel", "recent_messages")?.includes("getChannelMessages"));
  assert(deprecation("NewPm", "new_channel_id")?.includes("channel.channel_id"));
});

Deno.test("Client.getUserBeatmapScores() sends `ruleset`, also for the deprecated `mode`", async () => {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    fetch: osu.fetch,
    requestWaitTime: 0,
  });
  await client.getUserBeatmapScores(75, 2, { ruleset: "taiko" });
  // The deprecated name still works, and is sent as osu-web's `ruleset`.
  await client.getUserBeatmapScores(75, 2, { mode: "mania" });
  const queries = osu.requests.filter((r) => r.endpoint === "getUserBeatmapScores")
    .map((r) => r.query);
  assertEquals(queries, ["ruleset=taiko", "ruleset=mania"]);
});
