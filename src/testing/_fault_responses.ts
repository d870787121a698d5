/**
 * The answers the fault injector puts in place of osu!'s: 429s, 5xx, proxy pages, truncated and
 * cut bodies, and osu-web's refusal of a refresh token.
 *
 * @module
 */

const STATUS_TEXT: Readonly<Record<number, string>> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The message a dropped connection rejects with (Deno's wording). */
export const CONNECTION_RESET = "error sending request: connection reset by peer";

/** The message a body cut mid-way errors with (Deno's wording). */
export const BODY_CUT = "error reading a body from connection: connection reset by peer";

/**
 * A 429 as a throttle in front of osu! sends it: `Retry-After` only when given, and no
 * `X-RateLimit-*` headers.
 *
 * @param retryAfter seconds, or undefined for none
 * @returns the response
 */
export function tooManyRequests(retryAfter: number | undefined): Response {
  const headers = new Headers({ "content-type": "application/json" });
  if (retryAfter !== undefined) headers.set("retry-after", String(retryAfter));
  return new Response(JSON.stringify({ error: "Too Many Attempts." }), { status: 429, headers });
}

/**
 * A 5xx with osu-web's JSON error body.
 *
 * @param status 500, 502, 503 or 504
 * @returns the response
 */
export function serverError(status: number): Response {
  return Response.json({ error: STATUS_TEXT[status] ?? "Server Error" }, { status });
}

/**
 * An HTML page from a proxy: nginx's 502 page, or (status 200) a challenge page a CDN serves
 * instead of the API's JSON.
 *
 * @param status the status
 * @returns the response
 */
export function proxyPage(status: number): Response {
  const html = status === 200
    ? "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>" +
      "<h1>Checking your browser before accessing osu.ppy.sh</h1></body></html>"
    : `<html><head><title>${status} ${STATUS_TEXT[status] ?? "Error"}</title></head><body>` +
      `<center><h1>${status} ${STATUS_TEXT[status] ?? "Error"}</h1></center><hr>` +
      "<center>nginx</center></body></html>";
  return new Response(html, { status, headers: { "content-type": "text/html; charset=UTF-8" } });
}

/**
 * osu-web's answer to a refresh token it will not take (league's `invalidRefreshToken`).
 *
 * @returns 401 `{"error":"invalid_request",...}`
 */
export function refreshRejected(): Response {
  const description = "The refresh token is invalid.";
  return Response.json({
    error: "invalid_request",
    error_description: description,
    hint: "Token has been revoked",
    message: description,
  }, { status: 401 });
}

/**
 * The upstream answer with its body cut to the first half, ending cleanly (a proxy that gave up).
 *
 * @param response the upstream answer
 * @returns the same status and headers with half the body
 */
export async function truncated(response: Response): Promise<Response> {
  const text = await response.text();
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return new Response(cut, { status: response.status, headers: withoutLength(response.headers) });
}

/**
 * The upstream answer whose body stream sends the first half, then fails as a reset connection
 * does. Served with `Deno.serve`, the connection is aborted mid-body.
 *
 * @param response the upstream answer, or undefined to fail before any byte (status 200)
 * @returns the response whose body errors
 */
export async function cutBody(response: Response | undefined): Promise<Response> {
  const bytes = response ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  let sent = half.length === 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(half);
        return;
      }
      controller.error(new TypeError(BODY_CUT));
    },
  });
  const headers = withoutLength(response?.headers ?? new Headers());
  return new Response(body, { status: response?.status ?? 200, headers });
}

/**
 * Reads and throws away a body, so the upstream answer does not hold its resources.
 *
 * @param response the answer
 */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

function withoutLength(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete("content-length");
  return copy;
}
