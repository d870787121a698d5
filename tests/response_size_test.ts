/**
 * `maxResponseBytes`: an endless or huge answer is read up to the limit, its stream cancelled, and
 * the call rejects with a `ResponseTooLargeError`; memory stays bounded (each test counts the
 * bytes its stream handed out).
 */
import { assert, assertEquals, assertLessOrEqual, assertRejects } from "@std/assert";
import { Client, DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLargeError } from "@osu-ts/api";
import { createEmulator } from "@osu-ts/api/testing";

const CHUNK = 64 * 1024;
const MiB = 1024 * 1024;

/** A body that never ends, counting what it hands out and whether it was cancelled. */
function endlessBody(chunk = CHUNK, byte = 0x20) {
  const counts = { bytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counts.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(byte));
    },
    cancel() {
      counts.cancelled = true;
    },
  });
  return { stream, counts };
}

function clientAnswering(
  answer: () => Response,
  maxResponseBytes?: { json?: number; bytes?: number },
) {
  return new Client(undefined, {
    fetch: () => Promise.resolve(answer()),
    requestWaitTime: 0,
    retry: false,
    maxResponseBytes,
  });
}

Deno.test("Client rejects an endless JSON answer at maxResponseBytes.json and cancels the stream", async () => {
  const { stream, counts } = endlessBody();
  const client = clientAnswering(() => new Response(stream), { json: 4 * MiB });
  const error = await assertRejects(() => client.getSeasonalBackgrounds(), ResponseTooLargeError);
  assertEquals(error.maxBytes, 4 * MiB);
  assertEquals(error.status, 200);
  assert(error.message.includes("4 MiB") && error.message.includes("maxResponseBytes.json"));
  assert(counts.cancelled, "the stream is cancelled, not left to run");
  assertLessOrEqual(counts.bytes, 4 * MiB + 2 * CHUNK, "read no further than the limit");
});

Deno.test("Client rejects an endless answer at the default 16 MiB with memory bounded", async () => {
  const { stream, counts } = endlessBody(MiB);
  const client = clientAnswering(() => new Response(stream));
  await assertRejects(() => client.getSeasonalBackgrounds(), ResponseTooLargeError);
  assert(counts.cancelled);
  assertLessOrEqual(counts.bytes, DEFAULT_MAX_RESPONSE_BYTES.json + 2 * MiB);
});

Deno.test("a custom fetch that declares a small Content-Length and streams forever is still cut at the limit", async () => {
  const { stream, counts } = endlessBody();
  const client = clientAnswering(
    () => new Response(stream, { headers: { "content-length": "100" } }),
    { json: 4 * MiB },
  );
  await assertRejects(() => client.getSeasonalBackgrounds(), ResponseTooLargeError);
  assert(counts.cancelled);
  assertLessOrEqual(counts.bytes, 4 * MiB + 2 * CHUNK, "a lying length is not trusted");
});

Deno.test("Client refuses a declared Content-Length above the limit before reading the body", async () => {
  const { stream, counts } = endlessBody();
  const client = clientAnswering(
    () => new Response(stream, { headers: { "content-length": String(17 * MiB) } }),
  );
  await assertRejects(() => client.getSeasonalBackgrounds(), ResponseTooLargeError);
  assertLessOrEqual(counts.bytes, 2 * CHUNK);
  assert(counts.cancelled);
});

Deno.test("Client reads an answer of exactly maxResponseBytes.json", async () => {
  const body = JSON.stringify({ ends_at: "2026-12-01T00:00:00+00:00", backgrounds: [] });
  const client = clientAnswering(() => new Response(body), { json: body.length });
  assertEquals(await client.getSeasonalBackgrounds(), JSON.parse(body));
});

Deno.test("Client rejects an endless download (a replay) at maxResponseBytes.bytes", async () => {
  const { stream, counts } = endlessBody();
  const client = Client.fromClientCredentials({
    clientId: 1,
    clientSecret: "secret-value",
    requestWaitTime: 0,
    retry: false,
    maxResponseBytes: { bytes: 2 * MiB },
    fetch: (input) =>
      Promise.resolve(
        new URL(input instanceof Request ? input.url : input).pathname === "/oauth/token"
          ? Response.json({ token_type: "Bearer", expires_in: 86400, access_token: "a-token" })
          : new Response(stream),
      ),
  });
  const error = await assertRejects(
    () => client.getReplayDataByIdOnly(1),
    ResponseTooLargeError,
  );
  assert(error.message.includes("maxResponseBytes.bytes"), error.message);
  assertLessOrEqual(counts.bytes, 2 * MiB + 2 * CHUNK);
  assert(counts.cancelled);
});

Deno.test("Client reads only the start of an endless error answer and still throws its typed error", async () => {
  const { stream, counts } = endlessBody(CHUNK, 0x41);
  const client = clientAnswering(() => new Response(stream, { status: 404 }));
  const error = await assertRejects(() => client.getSeasonalBackgrounds());
  assertEquals((error as { status?: number }).status, 404);
  assert(counts.cancelled);
  assertLessOrEqual(counts.bytes, 3 * CHUNK);
});

Deno.test("DEFAULT_MAX_RESPONSE_BYTES.json leaves 10 times room over osu!'s largest answers, measured on the emulator", async () => {
  const osu = createEmulator();
  const sizes = new Map<string, number>();
  const client = Client.fromClientCredentials({
    ...osu.credentials,
    requestWaitTime: 0,
    fetch: async (input, init) => {
      const response = await osu.fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : input);
      sizes.set(url.pathname, (await response.clone().arrayBuffer()).byteLength);
      return response;
    },
  });
  const oneDifficulty = (await client.getBeatmapset(1)).beatmaps!.length;
  const fourDifficulties = (await client.getBeatmapset(2000001)).beatmaps!.length;
  await client.searchBeatmapsets();
  await client.getBeatmapScores(3000001);
  const small = sizes.get("/api/v2/beatmapsets/1")!;
  const perDifficulty = (sizes.get("/api/v2/beatmapsets/2000001")! - small) /
    (fourDifficulties - oneDifficulty);
  // The largest beatmapsets have a few hundred difficulties; osu! adds each osu! map's converts
  // to the three other rulesets (800 beatmap objects for 200 difficulties), and the emulator's
  // per-difficulty size already counts a difficulty's three converts.
  const hugeBeatmapset = small - perDifficulty + 200 * perDifficulty;
  const searchPage = sizes.get("/api/v2/beatmapsets/search")!;
  const scores = sizes.get("/api/v2/beatmaps/3000001/scores")!;
  for (const [what, bytes] of Object.entries({ hugeBeatmapset, searchPage, scores })) {
    assertLessOrEqual(bytes * 10, DEFAULT_MAX_RESPONSE_BYTES.json, `${what}: ${bytes} bytes`);
  }
  assertLessOrEqual(hugeBeatmapset, 1.5 * MiB);
});
