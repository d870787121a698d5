/**
 * A Worker for the test: each request sends one call through `HttpHandler` with Workers' own
 * `fetch` (no `fetch` option) to the URL in `?target=`, with a 200 ms timeout, and answers with
 * the name of what the call ended with.
 */
import { HttpHandler } from "@osu-ts/api";

export default {
  async fetch(request: Request): Promise<Response> {
    const target = new URL(request.url).searchParams.get("target")!;
    const started = Date.now();
    let ended: string;
    try {
      await new HttpHandler({ timeout: 200, retry: false }).send({
        endpoint: "stall",
        method: "GET",
        url: new URL(target),
        headers: {},
        response: "json",
      });
      ended = "resolved";
    } catch (error) {
      ended = error instanceof Error ? error.name : String(error);
    }
    return Response.json({ ended, ms: Date.now() - started });
  },
};
