/**
 * The platform-fetch path of the pipeline (no injected `fetch`): timeouts and aborts against a
 * server on 127.0.0.1 that never answers.
 */
import { assertEquals, assertInstanceOf, assertRejects } from "@std/assert";
import { HttpHandler, ResponseTooLargeError, TimeoutError } from "../mod.ts";

async function withSilentServer(run: (url: URL, arrived: () => number) => Promise<void>) {
  const held: ((response: Response) => void)[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => new Promise<Response>((resolve) => held.push(resolve)),
  );
  try {
    await run(new URL(`http://127.0.0.1:${server.addr.port}/api/v2/users/2`), () => held.length);
  } finally {
    for (const resolve of held) resolve(new Response(null, { status: 204 }));
    await server.shutdown();
  }
}

const request = (url: URL, extra: { signal?: AbortSignal; timeout?: number } = {}) => ({
  endpoint: "getUser",
  method: "GET" as const,
  url,
  headers: { accept: "application/json" },
  response: "json" as const,
  retry: false as const,
  ...extra,
});

Deno.test("HttpHandler with the platform's fetch times out with TimeoutError", async () => {
  await withSilentServer(async (url) => {
    const http = new HttpHandler({ timeout: 50 });
    const error = await assertRejects(() => http.send(request(url)), TimeoutError);
    assertEquals(error.timeoutMs, 50);
  });
});

Deno.test("HttpHandler with the platform's fetch rejects with the caller's abort reason", async () => {
  await withSilentServer(async (url, arrived) => {
    const http = new HttpHandler({ timeout: 60_000 });
    const controller = new AbortController();
    const pending = http.send(request(url, { signal: controller.signal }));
    pending.catch(() => {});
    const reason = new Error("user cancelled");
    while (!arrived()) await new Promise((resolve) => setTimeout(resolve, 1)); // in flight now
    controller.abort(reason);
    assertEquals(await pending.catch((e) => e), reason);
  });
});

/** A server that sends the headers and the start of a body, then nothing more. */
async function withStallingBody(
  headers: Record<string, string>,
  run: (url: URL) => Promise<void>,
) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
        },
      }),
      { headers: { "content-type": "application/json", ...headers } },
    ));
  try {
    await run(new URL(`http://127.0.0.1:${server.addr.port}/api/v2/users/2`));
  } finally {
    // The client's abort closed the connection, which cancels the stalled body.
    await server.shutdown();
  }
}

for (
  const [framing, headers] of [
    ["chunked", {}],
    ["a declared Content-Length", { "content-length": "100" }],
  ] as const
) {
  Deno.test(`HttpHandler with the platform's fetch times out while a body (${framing}) stalls`, async () => {
    await withStallingBody(headers, async (url) => {
      const http = new HttpHandler({ timeout: 100 });
      const error = await assertRejects(() => http.send(request(url)), TimeoutError);
      assertEquals(error.timeoutMs, 100);
    });
  });
}

/** A server whose answers have `status` and a body that starts, then stalls. */
async function withStalledErrorBody(status: number, run: (url: URL) => Promise<void>) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('{"error":')),
      }),
      { status, headers: { "content-type": "application/json" } },
    ));
  try {
    await run(new URL(`http://127.0.0.1:${server.addr.port}/api/v2/users/2`));
  } finally {
    await server.shutdown();
  }
}

Deno.test("An error answer whose body stalls ends with the caller's abort reason, not a 404", async () => {
  await withStalledErrorBody(404, async (url) => {
    const http = new HttpHandler({ timeout: 60_000 });
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    setTimeout(() => controller.abort(reason), 50);
    const { retry: _, ...retried } = request(url, { signal: controller.signal });
    assertEquals(await http.send(retried).catch((e) => e), reason);
  });
});

Deno.test("A POST answered 500 with a stalled body ends with TimeoutError, not a 500", async () => {
  await withStalledErrorBody(500, async (url) => {
    const http = new HttpHandler({ timeout: 100 });
    const error = await http.send({ ...request(url), method: "POST" }).catch((e) => e);
    assertInstanceOf(error, TimeoutError);
  });
});

Deno.test("A globalThis.fetch replaced by one that ignores its signal still times out", async () => {
  const original = globalThis.fetch;
  globalThis.fetch = () => new Promise<Response>(() => {});
  try {
    const http = new HttpHandler({ timeout: 100 });
    const url = new URL("https://osu.invalid/api/v2/users/2");
    const error = await assertRejects(() => http.send(request(url)), TimeoutError);
    assertEquals(error.timeoutMs, 100);
  } finally {
    globalThis.fetch = original;
  }
});

Deno.test("A globalThis.fetch replaced later is not trusted with a body's declared length", async () => {
  const original = globalThis.fetch;
  // Declares 10 bytes and streams on: only the platform's own fetch ends a body at its length.
  const chunk = new Uint8Array(1024).fill(32);
  const endless = () =>
    new ReadableStream<Uint8Array>({
      pull: (controller) =>
        new Promise((resolve) => setTimeout(resolve, 1)).then(() => controller.enqueue(chunk)),
    });
  globalThis.fetch = () =>
    Promise.resolve(new Response(endless(), { headers: { "content-length": "10" } }));
  try {
    const http = new HttpHandler({ maxResponseBytes: { json: 4096 }, timeout: 2_000 });
    const url = new URL("https://osu.invalid/api/v2/users/2");
    await assertRejects(() => http.send(request(url)), ResponseTooLargeError);
  } finally {
    globalThis.fetch = original;
  }
});
