/**
 * The one pagination mechanism: walks the pages of an osu! API listing, in any of osu-web's
 * styles, as an async iterator of items.
 *
 * - `cursor_string`: an opaque string in the response, sent back as `cursor_string`;
 * - `cursor`: the legacy cursor object, sent back as `cursor[key]=value`;
 * - `page`: `page=1, 2, ...`, until a short or empty page, or the listing says it is done;
 * - `offset`: `limit` + `offset`, until a short or empty page;
 * - `since/until`: chat message ids: backwards with `until` (the default), or forwards with
 *   `since` when the walk starts from one.
 *
 * An absent, `null` or repeated cursor ends the walk, so a listing that does not move on cannot
 * loop forever. `Client.paginate` uses it for every paginated endpoint.
 *
 * @module
 */
import type { PaginationKind } from "./endpoint_descriptor.ts";
import { InvalidArgumentError } from "./errors.ts";
import type { LegacyCursor } from "./models/common.ts";

/** Options of a walk through pages. */
export interface PaginateOptions {
  /** The most items to yield; the walk stops there. @default {Infinity} */
  readonly limit?: number;
  /** Stops the walk (and the request under way) with the signal's reason. */
  readonly signal?: AbortSignal;
  /**
   * Called after each page.
   *
   * @param itemsSoFar items yielded so far
   * @param pagesSoFar pages fetched so far
   */
  readonly onProgress?: (itemsSoFar: number, pagesSoFar: number) => void;
  /** Where to start (the caller's own cursor, page, offset, limit, since or until). @default {{}} */
  readonly start?: PagePosition;
}

/** A pagination style (the endpoint table's `pagination`, without `none`). */
export type PageStyle = Exclude<PaginationKind, "none">;

/** Where a page starts: the fields are merged into a method's options. */
export interface PagePosition {
  /** `cursor_string` style. */
  readonly cursorString?: string;
  /** `cursor` style. */
  readonly cursor?: LegacyCursor;
  /** `page` style, from 1. */
  readonly page?: number;
  /** `offset` style. */
  readonly offset?: number;
  /** Items per request (`offset`, `since/until`, and `page` readers that send it). */
  readonly limit?: number;
  /** `since/until` style, walking forwards. */
  readonly since?: number;
  /** `since/until` style, walking backwards. */
  readonly until?: number;
}

/** How to read the pages of one listing. */
export interface PageReader<R, T> {
  /** The style. */
  readonly style: PageStyle;
  /**
   * The items of a page.
   *
   * @param page the response
   * @returns its items
   */
  readonly items: (page: R) => readonly T[];
  /** Items per request to ask for (and, below it, a page is the last). */
  readonly pageSize?: number;
  /** `page` style: send `limit` along with `page`. */
  readonly sendsLimit?: boolean;
  /**
   * `page` style: whether another page follows (e.g. the response's `cursor` is set, or its
   * `total` is not reached).
   *
   * @param page the response
   * @param seen items of all pages so far (before `limit` cuts)
   * @returns whether to go on
   */
  readonly hasMore?: (page: R, seen: number) => boolean;
  /**
   * `since/until` style: an item's id.
   *
   * @param item the item
   * @returns its id
   */
  readonly idOf?: (item: T) => number;
}

/**
 * Walks the pages of a listing and yields its items, until the listing ends, `limit` items were
 * yielded, or `signal` aborts.
 *
 * @param fetchPage fetches the page at a position
 * @param reader how to read the pages
 * @param options `limit`, `signal`, `onProgress`, `start`
 * @returns an async iterator of the items
 * @throws {InvalidArgumentError} when `limit` is negative or not a whole number
 */
export async function* paginate<R, T>(
  fetchPage: (position: PagePosition) => Promise<R>,
  reader: PageReader<R, T>,
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const max = options.limit ?? Infinity;
  if (max !== Infinity && (!Number.isInteger(max) || max < 0)) {
    throw new InvalidArgumentError(`A pagination limit must be a whole number >= 0, got ${max}`);
  }
  let position: PagePosition | undefined = firstPosition(reader, options.start ?? {}, max);
  let yielded = 0;
  let seen = 0;
  let pages = 0;
  while (position && yielded < max) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(position);
    pages++;
    const items = reader.items(page);
    seen += items.length;
    for (const item of items) {
      if (yielded >= max) break;
      options.signal?.throwIfAborted();
      yielded++;
      yield item;
    }
    options.onProgress?.(yielded, pages);
    position = nextPosition(reader, page, items, position, seen, max - yielded);
  }
}

function firstPosition<R, T>(reader: PageReader<R, T>, start: PagePosition, max: number) {
  const size = start.limit ?? reader.pageSize;
  switch (reader.style) {
    case "cursor_string":
      return { cursorString: start.cursorString };
    case "cursor":
      return { cursor: start.cursor };
    case "page":
      return { page: start.page ?? 1, limit: reader.sendsLimit ? size : undefined };
    case "offset":
      return { offset: start.offset ?? 0, limit: shrink(size, max) };
    case "since/until":
      return { since: start.since, until: start.until, limit: shrink(size, max) };
  }
}

function nextPosition<R, T>(
  reader: PageReader<R, T>,
  page: R,
  items: readonly T[],
  at: PagePosition,
  seen: number,
  remaining: number,
): PagePosition | undefined {
  if (items.length === 0 || remaining <= 0) return undefined;
  const short = at.limit !== undefined && items.length < at.limit;
  switch (reader.style) {
    case "cursor_string": {
      const next = (page as { cursor_string?: unknown } | null)?.cursor_string;
      if (typeof next !== "string" || next === "" || next === at.cursorString) return undefined;
      return { cursorString: next };
    }
    case "cursor": {
      const next = (page as { cursor?: unknown } | null)?.cursor;
      if (!next || typeof next !== "object") return undefined;
      if (JSON.stringify(next) === JSON.stringify(at.cursor)) return undefined;
      return { cursor: next as LegacyCursor };
    }
    case "page": {
      if (short || (reader.hasMore && !reader.hasMore(page, seen))) return undefined;
      return { page: (at.page ?? 1) + 1, limit: at.limit };
    }
    case "offset": {
      if (short) return undefined;
      return { offset: (at.offset ?? 0) + items.length, limit: shrink(at.limit, remaining) };
    }
    case "since/until": {
      if (short || !reader.idOf) return undefined;
      const ids = items.map(reader.idOf);
      const limit = shrink(at.limit, remaining);
      return at.since !== undefined && at.until === undefined
        ? { since: Math.max(...ids), limit }
        : { until: Math.min(...ids), limit };
    }
  }
}

function shrink(size: number | undefined, remaining: number): number | undefined {
  return size === undefined ? undefined : Math.min(size, remaining);
}
