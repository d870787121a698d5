/**
 * Reads a response body up to a number of bytes, so an endless or huge answer (a broken proxy, a
 * hostile server) cannot fill the memory: past the limit the stream is cancelled and the read
 * stops.
 *
 * @module
 */

/** What to do when the body is longer than the limit. */
export type OverLimit =
  /** Cancel the stream and reject with the error `tooLarge` makes. */
  | { readonly reject: () => Error }
  /** Cancel the stream and keep the first `maxBytes` bytes (error bodies: enough to explain). */
  | { readonly truncate: true };

/**
 * Reads `response`'s body, at most `maxBytes` bytes of it. A `Content-Length` above the limit is
 * refused before anything is read; from the platform's own `fetch` (`framed`), a plain body that
 * declares a length within it is read at the platform's speed (see {@linkcode declaredWithin});
 * any other is counted chunk by chunk.
 *
 * @param response the response
 * @param maxBytes the most bytes to keep
 * @param over what to do past the limit
 * @param framed whether the response came from the platform's `fetch`, which ends a body at its
 * declared length (a custom `fetch` may declare one length and stream forever)
 * @returns the bytes read
 * @throws the error `over.reject` makes, when the body is longer and `over` rejects
 * @throws whatever reading the stream throws (a connection reset mid-way)
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  over: OverLimit,
  framed = false,
): Promise<Uint8Array> {
  if (framed && declaredWithin(response, maxBytes)) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength <= maxBytes ? bytes : overLimit(bytes, maxBytes, over);
  }
  const body = response.body;
  if (!body) return new Uint8Array(0);
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if ("reject" in over && declared > maxBytes) {
    await body.cancel().catch(() => {});
    throw over.reject();
  }
  // The reader is never released: the body is read to its end or cancelled, and releasing a lock
  // costs more than the read itself (the platform builds an error for the closed promise).
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > maxBytes) {
      await reader.cancel().catch(() => {});
      if ("reject" in over) throw over.reject();
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      break;
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads `response`'s body as UTF-8 text (a leading byte-order mark dropped, as `Response.text()`
 * does), at most `maxBytes` bytes of it.
 *
 * @param response the response
 * @param maxBytes the most bytes to read
 * @param over what to do past the limit
 * @param framed whether the response came from the platform's `fetch` (see {@linkcode readBody})
 * @returns the text
 * @throws the error `over.reject` makes, when the body is longer and `over` rejects
 */
export async function readText(
  response: Response,
  maxBytes: number,
  over: OverLimit,
  framed = false,
): Promise<string> {
  // `response.body` is not touched on this path: asking for it makes the platform build a stream,
  // which costs more than reading the whole body with `text()`.
  if (framed && declaredWithin(response, maxBytes)) {
    const text = await response.text();
    // UTF-8 takes at least one byte per UTF-16 unit: a longer text broke its Content-Length.
    return text.length <= maxBytes ? text : DECODER.decode(
      overLimit(new TextEncoder().encode(text), maxBytes, over),
    );
  }
  return DECODER.decode(await readBody(response, maxBytes, over));
}

/**
 * Whether the body is plain (no `Content-Encoding`, no `Transfer-Encoding`) with a
 * `Content-Length` within the limit: the platform's `fetch` then ends the body at that length (HTTP
 * framing), so it can be read whole with the platform's fast `text()` / `arrayBuffer()`. A
 * compressed body (its length is the compressed one: a small gzip can unpack to gigabytes) or one
 * without a length is counted as it is read instead. Only the platform's `fetch` is trusted with
 * this: a custom one (a wrapper, an in-process server) may declare a small length and stream
 * forever, so its bodies are always counted.
 */
function declaredWithin(response: Response, maxBytes: number): boolean {
  const headers = response.headers;
  const declared = headers.get("content-length");
  return declared !== null && /^\d{1,15}$/.test(declared) && Number(declared) <= maxBytes &&
    !headers.has("content-encoding") && !headers.has("transfer-encoding");
}

/** Past the limit after a whole read: the error, or the first `maxBytes` bytes. */
function overLimit(bytes: Uint8Array, maxBytes: number, over: OverLimit): Uint8Array {
  if ("reject" in over) throw over.reject();
  return bytes.subarray(0, maxBytes);
}

const DECODER = new TextDecoder();
