/**
 * Small HTTP pieces shared by the emulator's handlers: JSON responses, osu-web's error bodies,
 * Laravel-style body and query parsing.
 *
 * @module
 */
import type { JsonObject, JsonValue } from "./types.ts";

/**
 * A JSON response.
 *
 * @param body the body
 * @param status the status @default {200}
 * @returns the response
 */
export function json(body: JsonValue, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/**
 * osu-web's generic error body `{"error": message}`.
 *
 * @param status the status
 * @param message the message (`null` for most 404s, per NOTES.md "Real responses")
 * @returns the response
 */
export function apiError(status: number, message: string | null): Response {
  return json({ error: message }, status);
}

/** 404 `{"error": null}`, what most user routes answer. */
export function notFound(message: string | null = null): Response {
  return apiError(404, message);
}

/**
 * 422 `{"error": message}`: a validation failure.
 *
 * @param message what is wrong
 * @returns the response
 */
export function unprocessable(message: string): Response {
  return apiError(422, message);
}

/** 204 No Content. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Sets `a[b][c]` / `a[]` style keys into a nested object (Laravel's parsing of form bodies and
 * query strings).
 *
 * @param target the object to fill
 * @param key the raw key
 * @param value the value
 */
export function setNested(target: JsonObject, key: string, value: string): void {
  const parts = key.replace(/\]/g, "").split("[");
  let node: JsonObject | JsonValue[] = target;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const last = i === parts.length - 1;
    const nextIsArray = !last && parts[i + 1] === "";
    if (Array.isArray(node)) {
      if (last) node.push(value);
      else {
        const child: JsonObject | JsonValue[] = nextIsArray ? [] : {};
        node.push(child);
        node = child;
      }
      continue;
    }
    if (last) {
      node[part] = value;
      continue;
    }
    const existing: JsonValue | undefined = node[part];
    if (existing !== null && typeof existing === "object") {
      node = existing;
    } else {
      const child: JsonObject | JsonValue[] = nextIsArray ? [] : {};
      node[part] = child;
      node = child;
    }
  }
}

/**
 * Reads a request body as osu-web would: JSON or form-encoded (or multipart), into one object.
 *
 * @param request the request (its body is consumed)
 * @returns the fields, `{}` when there is no body
 */
export async function readBody(request: Request): Promise<{ fields: JsonObject; raw: string }> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("multipart/form-data")) {
    const form = await request.formData();
    const fields: JsonObject = {};
    for (const [key, value] of form) {
      // a file reads as `[file name; type; size]` so validators can check its type and size
      setNested(
        fields,
        key,
        typeof value === "string" ? value : `[file ${value.name}; ${value.type}; ${value.size}]`,
      );
    }
    return { fields, raw: "[multipart]" };
  }
  const raw = await request.text();
  if (!raw) return { fields: {}, raw };
  if (type.includes("json") || /^\s*[{[]/.test(raw)) {
    try {
      const parsed: JsonValue = JSON.parse(raw);
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        return { fields: parsed, raw };
      }
    } catch {
      // fall through: treat as a form
    }
  }
  const fields: JsonObject = {};
  for (const [key, value] of new URLSearchParams(raw)) setNested(fields, key, value);
  return { fields, raw };
}

/**
 * Reads a field by dotted path (`"comment.message"`) as a string.
 *
 * @param fields the parsed body
 * @param path the dotted path
 * @returns the value as a string, or undefined when absent
 */
export function field(fields: JsonObject, path: string): string | undefined {
  let node: JsonValue | undefined = fields;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = node[part];
  }
  if (node === undefined || node === null) return undefined;
  return typeof node === "object" ? JSON.stringify(node) : String(node);
}

/**
 * Reads an array field (`ids[]=1&ids[]=2`, `ids=1,2` or a JSON array).
 *
 * @param fields the parsed body or query
 * @param name the field name without `[]`
 * @returns the values
 */
export function listField(fields: JsonObject, name: string): string[] {
  const value = fields[name];
  if (Array.isArray(value)) return value.map(String);
  if (value === undefined || value === null || value === "") return [];
  return String(value).split(",");
}

/**
 * A query string as a nested object (Laravel's view of it).
 *
 * @param search the query
 * @returns the object
 */
export function queryObject(search: URLSearchParams): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of search) setNested(out, key, value);
  return out;
}

/**
 * Laravel's boolean reading: `1`, `true`, `on`, `yes` are true.
 *
 * @param value the text
 * @returns the boolean, or undefined when absent
 */
export function bool(value: string | undefined | null): boolean | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  return ["1", "true", "on", "yes"].includes(value.toLowerCase());
}

/**
 * An integer from text, clamped.
 *
 * @param value the text
 * @param fallback used when absent or not a number
 * @param min the smallest value
 * @param max the largest value
 * @returns the integer
 */
export function intParam(
  value: string | undefined | null,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = value === undefined || value === null || value === "" ? NaN : Number(value);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
