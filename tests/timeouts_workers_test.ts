/**
 * Timeouts on Cloudflare Workers (workerd, through Miniflare): with Workers' own `fetch` the
 * pipeline relies on the platform ending a call when its signal aborts, before the headers and
 * while a body stalls.
 */
import { assert, assertEquals } from "@std/assert";
import { startWorker } from "./_workerd.ts";

const ENTRY = new URL("timeouts_workers/worker.ts", import.meta.url).pathname;

/**
 * `/silent` answers only when the test ends; `/stall` sends the headers and the start of a JSON
 * body, then stops.
 */
function stallingServer(held: ((response: Response) => void)[]): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    if (new URL(request.url).pathname === "/silent") {
      return new Promise<Response>((resolve) => held.push(resolve));
    }
    const start = new TextEncoder().encode('{"id":');
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(start) });
    return new Response(body, { headers: { "content-type": "application/json" } });
  });
}

Deno.test("HttpHandler in workerd times out with Workers' fetch, before headers and mid-body", async () => {
  const held: ((response: Response) => void)[] = [];
  const server = stallingServer(held);
  const mf = await startWorker(ENTRY, "osu-ts-timeouts-worker-");
  try {
    for (const path of ["/silent", "/stall"]) {
      const target = `http://127.0.0.1:${server.addr.port}${path}`;
      const answer = await mf.dispatchFetch(
        `http://worker.example/?target=${encodeURIComponent(target)}`,
      );
      const { ended, ms } = await answer.json() as { ended: string; ms: number };
      assertEquals(ended, "TimeoutError", path);
      assert(ms < 5_000, `${path}: ended after ${ms} ms`);
    }
  } finally {
    await mf.dispose();
    for (const resolve of held) resolve(new Response(null, { status: 204 }));
    await server.shutdown();
  }
});
