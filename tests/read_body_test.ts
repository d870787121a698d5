/** Unit tests of the private bounded body reader (src/_read_body.ts). */
import { assert, assertEquals, assertLessOrEqual, assertRejects } from "@std/assert";
import { readBody, readText } from "../src/_read_body.ts";

const CHUNK = 16 * 1024;
const tooLarge = { reject: () => new RangeError("Too large") };

function endless(counts: { bytes: number; cancelled: boolean }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      counts.bytes += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
    },
    cancel() {
      counts.cancelled = true;
    },
  });
}

Deno.test("readBody() counts a compressed body as it reads: its Content-Length is not the unpacked size", async () => {
  const counts = { bytes: 0, cancelled: false };
  const response = new Response(endless(counts), {
    headers: { "content-length": "100", "content-encoding": "gzip" },
  });
  await assertRejects(() => readBody(response, 1024 * 1024, tooLarge), RangeError);
  assert(counts.cancelled);
  assertLessOrEqual(counts.bytes, 1024 * 1024 + 2 * CHUNK);
});

Deno.test("readText() refuses a body longer than the Content-Length it declared, once read", async () => {
  const response = new Response("x".repeat(5000), { headers: { "content-length": "10" } });
  await assertRejects(() => readText(response, 1000, tooLarge), RangeError);
});

Deno.test("readText() with truncate keeps the first maxBytes of an endless body", async () => {
  const counts = { bytes: 0, cancelled: false };
  const text = await readText(new Response(endless(counts)), 100, { truncate: true });
  assertEquals(text, "a".repeat(100));
  assert(counts.cancelled);
});

Deno.test("readBody() joins a body that comes in many chunks", async () => {
  const chunks = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5, 6])];
  const stream = ReadableStream.from(chunks);
  assertEquals(
    await readBody(new Response(stream), 6, tooLarge),
    new Uint8Array([1, 2, 3, 4, 5, 6]),
  );
});

Deno.test("readBody() stops an endless answer from a real server on 127.0.0.1 at the limit", async () => {
  const counts = { bytes: 0, cancelled: false };
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => new Response(endless(counts)),
  );
  try {
    const response = await fetch(`http://127.0.0.1:${server.addr.port}/`);
    await assertRejects(() => readBody(response, 1024 * 1024, tooLarge), RangeError);
    // The server may have queued a little more into the socket before the client stopped.
    assertLessOrEqual(counts.bytes, 8 * 1024 * 1024);
  } finally {
    await server.shutdown();
  }
});
