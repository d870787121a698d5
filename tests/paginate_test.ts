/**
 * `Client.paginate` walks every pagination style against the emulator, stops at the end, and
 * honours `limit`, `signal` and `onProgress`; `paginate` itself stops on a repeated cursor.
 */
import { assert, assertEquals, assertRejects } from "@std/assert";
import { AuthHandler, Client, InvalidArgumentError, Scope } from "../mod.ts";
import { paginate } from "../src/paginate.ts";
import { createEmulator } from "../src/testing/mod.ts";

const OPTIONS = { requestWaitTime: 0, limitPerMinute: 10_000 } as const;

function setup() {
  const osu = createEmulator();
  const client = Client.fromClientCredentials({ ...osu.credentials, fetch: osu.fetch, ...OPTIONS });
  const pages = (endpoint: string) => osu.requests.filter((r) => r.endpoint === endpoint);
  return { osu, client, pages };
}

Deno.test("Client.paginate() follows cursor_string to the end (forum topics)", async () => {
  const { osu, client, pages } = setup();
  const topics = await Array.fromAsync(client.paginate("getForumTopics", [{ limit: 10 }]));
  const all = osu.data.collections.forum_topics.length;
  assertEquals(topics.length, all);
  assertEquals(new Set(topics.map((t) => t.id)).size, all);
  assertEquals(pages("getForumTopics").length, Math.ceil(all / 10));
  assert(pages("getForumTopics").slice(1).every((r) => r.query.includes("cursor_string=")));
});

Deno.test("Client.paginate() sends the legacy cursor back as cursor[key] (comments)", async () => {
  const { client, pages } = setup();
  const comments = await Array.fromAsync(client.paginate("getComments", [{ sort: "new" }]));
  assert(comments.length > 0);
  assertEquals(new Set(comments.map((c) => c.id)).size, comments.length);
  const requests = pages("getComments");
  assert(requests.length > 1, "several pages");
  assert(requests.slice(1).every((r) => decodeURIComponent(r.query).includes("cursor[")));
});

Deno.test("Client.paginate() walks page numbers until the listing ends (rankings)", async () => {
  const { client, pages } = setup();
  const rows = await Array.fromAsync(client.paginate("getRanking", ["osu", "performance"]));
  const requests = pages("getRanking");
  assert(requests.length > 1);
  assertEquals(rows.length, (await client.getRanking("osu", "performance")).total);
  assert(decodeURIComponent(requests[1].query).includes("cursor[page]=2"));
});

Deno.test("Client.paginate() walks limit + offset until a short page (user scores)", async () => {
  const { osu, client, pages } = setup();
  const args = [osu.player.id, "best", { limit: 2 }] as const;
  const scores = await Array.fromAsync(client.paginate("getUserScores", [...args]));
  const requests = pages("getUserScores");
  assert(requests.length > 1);
  assertEquals(new Set(scores.map((s) => s.id)).size, scores.length);
  assert(requests.every((r, i) => r.query.includes(`offset=${i * 2}`)));
});

Deno.test("Client.paginate() walks chat history backwards with until", async () => {
  const osu = createEmulator();
  const auth = new AuthHandler({
    ...osu.credentials,
    scope: new Scope("chat.read"),
    fetch: osu.fetch,
  });
  const { url, codeVerifier } = await auth.getAuthUrl();
  await auth.getAuthToken((await osu.approve(url)).searchParams.get("code")!, { codeVerifier });
  const client = new Client(auth, { fetch: osu.fetch, ...OPTIONS });
  const channel = osu.data.collections.chat_channels[0].channel_id as number;
  const all = osu.data.collections.chat_messages.filter((m) => m.channel_id === channel).length;
  const messages = await Array.fromAsync(
    client.paginate("getChannelMessages", [channel, { limit: 10 }]),
  );
  assertEquals(messages.length, all);
  assertEquals(new Set(messages.map((m) => m.message_id)).size, all);
  const requests = osu.requests.filter((r) => r.endpoint === "getChannelMessages");
  assert(requests.length > 1 && requests.slice(1).every((r) => r.query.includes("until=")));
});

Deno.test("Client.paginate() stops at limit, mid-page, without fetching more", async () => {
  const { client, pages } = setup();
  const seen: [number, number][] = [];
  const topics = await Array.fromAsync(
    client.paginate("getForumTopics", [{ limit: 10 }], {
      limit: 15,
      onProgress: (items, pageCount) => seen.push([items, pageCount]),
    }),
  );
  assertEquals(topics.length, 15);
  assertEquals(pages("getForumTopics").length, 2);
  assertEquals(seen, [[10, 1], [15, 2]]);
});

Deno.test("Client.paginate() stops when the signal aborts", async () => {
  const { client, pages } = setup();
  const controller = new AbortController();
  let count = 0;
  await assertRejects(
    async () => {
      for await (const _ of client.paginate("getForumTopics", [{ limit: 10 }], controller)) {
        if (++count === 12) controller.abort(new Error("Enough"));
      }
    },
    Error,
    "Enough",
  );
  assertEquals(count, 12);
  assertEquals(pages("getForumTopics").length, 2);
});

Deno.test("Client.paginate() rejects a bad limit", async () => {
  const { client } = setup();
  await assertRejects(
    () => Array.fromAsync(client.paginate("getEvents", [], { limit: -1 })),
    InvalidArgumentError,
  );
});

Deno.test("paginate() ends when a cursor repeats, so a stuck listing cannot loop", async () => {
  let calls = 0;
  const items = await Array.fromAsync(paginate(
    () => Promise.resolve({ cursor_string: "same", items: [++calls] }),
    { style: "cursor_string", items: (page: { items: number[] }) => page.items },
    {},
  ));
  assertEquals(items, [1, 2]);
});

Deno.test("paginate() pages by number until hasMore says no", async () => {
  const items = await Array.fromAsync(paginate(
    (at) => Promise.resolve({ rows: [at.page!, at.page! + 0.5], more: at.page! < 3 }),
    {
      style: "page",
      items: (page: { rows: number[]; more: boolean }) => page.rows,
      hasMore: (page) => page.more,
    },
    {},
  ));
  assertEquals(items, [1, 1.5, 2, 2.5, 3, 3.5]);
});
