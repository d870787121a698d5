/**
 * Removes secrets from what a server sent before it becomes an event: a notification server (or
 * a proxy before it) may echo the upgrade's URL with `?access_token=…`, its `Authorization`
 * header, or anything else it was given, in JSON, in plain text or in a binary frame.
 *
 * @module
 */
import { secretRedactor } from "../_redact.ts";

/** How deep objects are followed (parsed JSON is a tree; this only bounds odd input). */
const MAX_DEPTH = 64;

/**
 * Makes a function that returns `data` with every string in it (values and keys, at any depth,
 * and the text of binary frames) cleaned of `secrets` in each form `redactSecrets` knows. What
 * holds no secret is returned as it is, not copied.
 *
 * @param secrets the access token, refresh token and client secret the client holds
 * @returns the cleaner
 */
export function eventDataRedactor(secrets: readonly string[]): (data: unknown) => unknown {
  const clean = secretRedactor(secrets);
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return clean(value);
    if (typeof value !== "object" || value === null) return value;
    if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return binary(value, clean);
    if (depth >= MAX_DEPTH) return "***";
    if (Array.isArray(value)) {
      const items = value.map((item) => walk(item, depth + 1));
      return items.some((item, i) => item !== value[i]) ? items : value;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const entry = [clean(key), walk(item, depth + 1)] as const;
      if (entry[0] !== key || entry[1] !== item) changed = true;
      return entry;
    });
    return changed ? Object.fromEntries(entries) : value;
  };
  return (data) => walk(data, 0);
}

/** A binary frame's text cleaned, as bytes again (the frame itself when it held no secret). */
function binary(value: ArrayBuffer | ArrayBufferView, clean: (text: string) => string): unknown {
  const bytes = value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const text = new TextDecoder().decode(bytes);
  const cleaned = clean(text);
  if (cleaned === text) return value;
  const encoded = new TextEncoder().encode(cleaned);
  return value instanceof ArrayBuffer ? encoded.buffer : encoded;
}
