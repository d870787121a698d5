/**
 * The one pagination mechanism: walks the pages of an osu! API listing, in any of osu-web's
 * styles, as an async iterator of items.
 *
 * - `cursor_string`: an opaque string in the response, sent back as `cursor_string`;
 * - `cursor`: the legacy cursor object, sent back as `cursor[key]=value`;
 * - `page`: `page=1, 2, ...`;
 * - `offset`: `limit` + `offset`;
 * - `since/until`: chat message ids: backwards with `until` (the default), or forwards with
 *   `since` when the walk starts from one.
 *
 * A walk ends on the listing's own end signal: an empty page, an absent cursor, `hasMore`, or
 * osu-web's result cap for the route. A short page is not an end: osu-web clamps `limit` and
 * filters rows after slicing, so a page can be short in the middle of a listing. Page sizes are
 * clamped to the route's maximum. Each item is yielded once (by `id`); a cursor that was already
 * sent, or a page of only items already yielded, rejects with {@linkcode PaginationError}.
 *
 * @module
 */
import type { PaginationKind } from "./endpoint_descriptor.ts";
import { InvalidArgumentError } from "./errors.ts";
import { Walk } from "./_page_walk.ts";
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
  /** Items per request (sent when the caller gave one, or the reader has a `pageSize`). */
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
  /** The listing's name, for errors (e.g. `"getMatches"`). @default {"paginate"} */
  readonly name?: string;
  /**
   * The items of a page.
   *
   * @param page the response
   * @returns its items
   */
  readonly items: (page: R) => readonly T[];
  /** Items per request to ask for, when the caller gives no `limit`. */
  readonly pageSize?: number;
  /** The most items osu-web serves in one request: a bigger `limit` is clamped to it. */
  readonly maxPageSize?: number;
  /**
   * The most items osu-web serves in the whole listing (an offset or page past it is empty, or
   * repeats the last page); the walk ends there.
   */
  readonly resultCap?: number;
  /**
   * `cursor_string` style: the listing answers the cursor it was sent when nothing new has come
   * (osu-web's score feed), which ends the walk instead of being a repeat.
   */
  readonly repeatedCursorEnds?: boolean;
  /**
   * `offset` style: osu-web slices the listing before it filters it (the `best` scores), so a
   * page may be short or empty before the end. The offset then moves by the size asked for, and
   * only the `resultCap` ends the walk.
   */
  readonly filteredAfterSlicing?: boolean;
  /** `page` style: send `limit` along with `page`. */
  readonly sendsLimit?: boolean;
  /**
   * `page` style: whether another page follows (e.g. the response's `cursor` is set, or its
   * `total` is not reached).
   *
   * @param page the response
   * @param seen distinct items of all pages so far (before `limit` cuts)
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
  /**
   * What makes an item the same item on another page. @default {its `id`, else its JSON}
   *
   * @param item the item
   * @returns its key
   */
  readonly keyOf?: (item: T) => unknown;
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
 * @throws {PaginationError} when the listing sends a cursor again, or a page of items it already
 * sent (after yielding every distinct item once)
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
  const walk = new Walk(reader);
  let position: PagePosition | undefined = walk.first(options.start ?? {}, max);
  let yielded = 0;
  while (position && yielded < max) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(position);
    const items = reader.items(page);
    const fresh = walk.took(items);
    for (const item of fresh) {
      if (yielded >= max) break;
      options.signal?.throwIfAborted();
      yielded++;
      yield item;
    }
    options.onProgress?.(yielded, walk.pages);
    if (yielded >= max) return;
    position = walk.next(page, items, fresh.length, position, max - yielded);
  }
}
