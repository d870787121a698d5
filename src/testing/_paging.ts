/**
 * Paging in osu-web's styles: `cursor_string` (base64 of a JSON cursor), legacy `cursor[...]`
 * objects, `page`, and `limit` + `offset`.
 *
 * @module
 */
import { intParam } from "./_http.ts";
import type { JsonObject, JsonValue } from "./types.ts";

/**
 * Encodes a cursor object as osu-web does (base64url of its JSON).
 *
 * @param cursor the cursor
 * @returns the opaque string
 */
export function encodeCursor(cursor: JsonObject): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Decodes a `cursor_string`; a bad one reads as no cursor (osu-web starts over).
 *
 * @param text the string
 * @returns the cursor, or undefined
 */
export function decodeCursor(text: string | null): JsonObject | undefined {
  if (!text) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed: JsonValue = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))),
    );
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
}

/** One page and the cursor to the next (null at the end). */
export interface CursorPage<T> {
  readonly items: T[];
  readonly cursor: JsonObject | null;
  readonly cursorString: string | null;
}

/**
 * Pages a sorted list with a `cursor_string` whose cursor names the last item's `id`.
 *
 * @param items the whole list, in order
 * @param query the query (`cursor_string`, `limit`)
 * @param defaultLimit the page size when no `limit` is given
 * @param maxLimit the largest allowed `limit`
 * @returns the page
 */
export function cursorStringPage<T extends JsonObject>(
  items: readonly T[],
  query: URLSearchParams,
  defaultLimit: number,
  maxLimit = defaultLimit,
): CursorPage<T> {
  const limit = intParam(query.get("limit"), defaultLimit, 1, maxLimit);
  const cursor = decodeCursor(query.get("cursor_string"));
  let start = 0;
  if (cursor && cursor.id !== undefined) {
    const index = items.findIndex((item) => String(item.id) === String(cursor.id));
    start = index === -1 ? items.length : index + 1;
  }
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length;
  const next: JsonObject | null = more ? { id: page[page.length - 1].id } : null;
  return { items: page, cursor: next, cursorString: next ? encodeCursor(next) : null };
}

/**
 * Pages by `page` (or `cursor[page]`), 1-based.
 *
 * @param items the whole list
 * @param query the query
 * @param size the page size
 * @param maxPage the last page osu-web serves @default {200}
 * @returns the page items, the page number and whether more follow
 */
export function numberedPage<T>(
  items: readonly T[],
  query: URLSearchParams,
  size: number,
  maxPage = 200,
): { items: T[]; page: number; more: boolean } {
  const page = intParam(query.get("cursor[page]") ?? query.get("page"), 1, 1, maxPage);
  const start = (page - 1) * size;
  return { items: items.slice(start, start + size), page, more: start + size < items.length };
}

/**
 * Pages by `limit` + `offset`.
 *
 * @param items the whole list
 * @param query the query
 * @param defaultLimit the default `limit`
 * @param maxLimit the largest `limit` @default {100}
 * @returns the slice
 */
export function offsetPage<T>(
  items: readonly T[],
  query: URLSearchParams,
  defaultLimit: number,
  maxLimit = 100,
): T[] {
  const limit = intParam(query.get("limit"), defaultLimit, 1, maxLimit);
  const offset = intParam(query.get("offset"), 0, 0);
  return items.slice(offset, offset + limit);
}
