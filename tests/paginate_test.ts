/**
 * `Client.paginate` walks every pagination style against the emulator, stops at the end, and
 * honours `limit`, `signal` and `onProgress`; `paginate` itself stops on a repeated cursor.
 */
import { assert, assertEquals, assertRejects, assertThrows } from "@std/assert";
import {
  AuthHandler,
  Client,
  InvalidArgumentError,
  MemoryTokenStore,
  PaginationError,
  Scope,
} from "../mod.ts";
import { paginate } from "../src/paginate.ts";
import { endpoints } from "../src/endpoints.ts";
import { PAGE_LIMITS } from "../src/_page_limits.ts";
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

Deno.test("Client.paginate() walks limit + offset until an empty page (user scores)", async () => {
  const { osu, client, pages } = setup();
  const args = [osu.player.id, "recent", { limit: 2 }] as const;
  const scores = await Array.fromAsync(client.paginate("getUserScores", [...args]));
  const all = await client.getUserScores(osu.player.id, "recent", { limit: 100 });
  assertEquals(scores.map((s) => s.id), all.map((s) => s.id));
  const requests = pages("getUserScores").slice(0, -1);
  assertEquals(requests.length, Math.ceil(all.length / 2) + 1);
  assert(requests.every((r, i) => r.query.includes(`offset=${Math.min(i * 2, all.length)}`)));
});

Deno.test("Client.paginate() clamps a page size osu-web caps and stops at its result cap (200 best scores, limit 150)", async () => {
  const { osu, client, pages } = setup();
  const template = osu.data.scores.find((s) => s.user_id === osu.player.id && s.passed)!;
  const own = osu.data.scores.filter((s) =>
    s.user_id === osu.player.id && s.passed && s.ruleset_id === template.ruleset_id
  );
  for (let i = own.length; i < 200; i++) {
    osu.data.scores.push({ ...template, id: 8_000_000_000 + i, pp: 10 + i / 1000 });
  }
  const mode = ["osu", "taiko", "fruits", "mania"][template.ruleset_id as number] as "osu";
  const scores = await Array.fromAsync(
    client.paginate("getUserScores", [osu.player.id, "best", { mode, limit: 150 }]),
  );
  assertEquals(scores.length, 200);
  assertEquals(new Set(scores.map((s) => s.id)).size, 200);
  // limit=150 is clamped to osu-web's 100; osu-web serves no best score past the 200th.
  const sent = pages("getUserScores").map((r) => new URLSearchParams(r.query));
  assertEquals(sent.map((q) => [q.get("offset"), q.get("limit")]), [["0", "100"], ["100", "100"]]);
  // One token, fetched once and kept.
  assertEquals(osu.requests.filter((r) => r.path === "/oauth/token").length, 1);
  assert(client.auth!.cachedToken());
});

Deno.test("Client.paginate() keeps walking best scores past a page osu-web filtered empty", async () => {
  // osu-web slices the 200 cached best-score ids, then drops scores that are gone: a page can
  // come back short, or empty, before the end. Served here for ids 1..200 with 50 and 51 gone.
  const gone = new Set([50, 51]);
  const requests: URLSearchParams[] = [];
  const fetch = (input: Request | URL | string) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname === "/oauth/token") {
      return Promise.resolve(Response.json({ access_token: "t", expires_in: 86400 }));
    }
    requests.push(url.searchParams);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Number(url.searchParams.get("limit") ?? 5);
    const ids = Array.from({ length: 200 }, (_, i) => i + 1).slice(offset, offset + limit);
    return Promise.resolve(
      Response.json(ids.filter((id) => !gone.has(id)).map((id) => ({ id, user_id: 2 }))),
    );
  };
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "s",
    fetch,
    ...OPTIONS,
  });
  const scores = await Array.fromAsync(client.paginate("getUserScores", [2, "best", { limit: 1 }]));
  assertEquals(scores.length, 198);
  // Walked in osu-web's largest pages, whatever page size was given: 2 requests, not 200.
  assertEquals(requests.map((q) => [q.get("offset"), q.get("limit")]), [["0", "100"], [
    "100",
    "100",
  ]]);
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

Deno.test("Client.paginate() on getMatches answered the same page and cursor_string yields each match once, then PaginationError", async () => {
  const osu = createEmulator();
  const tokenStore = new MemoryTokenStore();
  // osu-web ignores the cursor: every page is the first one, with the same cursor_string.
  const ignoringCursor: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname === "/api/v2/matches") url.searchParams.delete("cursor_string");
    return osu.fetch(new Request(url, request));
  };
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    tokenStore,
    fetch: ignoringCursor,
    ...OPTIONS,
  });
  const first = await client.getMatches({ limit: 3 });
  const yielded: number[] = [];
  const error = await assertRejects(async () => {
    for await (const match of client.paginate("getMatches", [{ limit: 3 }])) {
      yielded.push(match.id);
    }
  }, PaginationError);
  assertEquals(yielded, first.matches.map((m) => m.id));
  assert(error.message.includes("cursor"), error.message);
  assertEquals([error.endpoint, error.pages], ["getMatches", 2]);
  assertEquals(osu.requests.filter((r) => r.endpoint === "getMatches").length, 3);
  assert(await tokenStore.get(client.auth!.tokenKey)); // the token is untouched
});

Deno.test("paginate() catches a cursor cycle of any length (A, B, A)", async () => {
  const pagesByCursor: Record<string, { cursor_string: string; items: number[] }> = {
    "": { cursor_string: "A", items: [1, 2] },
    A: { cursor_string: "B", items: [3, 4] },
    B: { cursor_string: "A", items: [5, 3] },
  };
  let requests = 0;
  const yielded: number[] = [];
  await assertRejects(
    async () => {
      for await (
        const item of paginate(
          (at) => (requests++, Promise.resolve(pagesByCursor[at.cursorString ?? ""])),
          { style: "cursor_string", items: (page: { items: number[] }) => page.items },
        )
      ) yielded.push(item);
    },
    PaginationError,
    'cursor_string "A"',
  );
  assertEquals(yielded, [1, 2, 3, 4, 5]);
  assertEquals(requests, 3);
});

Deno.test("paginate() ends a feed that answers the cursor it was sent (getAllScores)", async () => {
  let requests = 0;
  const items = await Array.fromAsync(paginate(
    (at) => {
      requests++;
      return Promise.resolve(
        at.cursorString === undefined
          ? { cursor_string: "X", scores: [1, 2] }
          : { cursor_string: "X", scores: [] as number[] },
      );
    },
    {
      style: "cursor_string",
      items: (page: { scores: number[] }) => page.scores,
      repeatedCursorEnds: true,
    },
  ));
  assertEquals([items, requests], [[1, 2], 2]);
});

Deno.test("paginate() does not take a short page for the end, and clamps page sizes", async () => {
  // osu-web filters rows after slicing: a page in the middle may be short.
  const data = Array.from({ length: 10 }, (_, i) => i);
  const sizes: number[] = [];
  const items = await Array.fromAsync(paginate(
    (at) => {
      sizes.push(at.limit!);
      const page = data.slice(at.offset, at.offset! + at.limit!);
      return Promise.resolve(at.offset === 0 ? page.slice(1) : page);
    },
    { style: "offset", items: (page: number[]) => page, pageSize: 8, maxPageSize: 4 },
  ));
  assertEquals(items, data.slice(1));
  assertEquals(sizes, [4, 4, 4, 4]);
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

Deno.test("the page limits name only paginated endpoints, with sizes osu-web serves", () => {
  const table = endpoints as Record<string, { pagination: string }>;
  for (const [name, limits] of Object.entries(PAGE_LIMITS)) {
    assert(table[name] && table[name].pagination !== "none", `${name} is not paginated`);
    assert(limits.maxPageSize === undefined || limits.maxPageSize >= 1, name);
  }
});

Deno.test("Client.paginate() refuses a method that does not page, with a typed error", () => {
  const client = new Client();
  assertThrows(
    // deno-lint-ignore no-explicit-any
    () => client.paginate("getUser" as any, [2] as any),
    InvalidArgumentError,
    "not a paginated method",
  );
});

Deno.test("Client.paginate() starts where options.start says", async () => {
  const { osu, client, pages } = setup();
  const all = await client.getUserScores(osu.player.id, "recent", { limit: 100 });
  const rest = await Array.fromAsync(
    client.paginate("getUserScores", [osu.player.id, "recent", { limit: 2 }], {
      start: { offset: 2 },
    }),
  );
  assertEquals(rest.map((s) => s.id), all.slice(2).map((s) => s.id));
  assert(pages("getUserScores").some((r) => r.query.includes("offset=2")));
});
