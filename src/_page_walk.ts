/**
 * One walk through a listing's pages: what was sent and seen, and where the next page starts.
 * `paginate` drives it; the rules are in `paginate.ts`'s module doc.
 *
 * @module
 */
import type { PagePosition, PageReader } from "./paginate.ts";
import { PaginationError } from "./errors.ts";
import type { LegacyCursor } from "./models/common.ts";

/** The state of one walk: what was sent and seen, and where to go next. */
export class Walk<R, T> {
  pages = 0;
  readonly #reader: PageReader<R, T>;
  readonly #sent = new Set<string>();
  readonly #seen = new Set<unknown>();

  constructor(reader: PageReader<R, T>) {
    this.#reader = reader;
  }

  /** The first position: the caller's start, with a page size within the route's maximum. */
  first(start: PagePosition, max: number): PagePosition {
    // A listing filtered after slicing is walked in the largest pages osu-web serves: its short
    // and empty pages do not end it, so small pages would cost many requests.
    const asked = this.#reader.filteredAfterSlicing ? this.#reader.maxPageSize : start.limit;
    const size = this.#size(asked ?? start.limit ?? this.#reader.pageSize);
    const at = this.#position(start, size, max);
    this.#sent.add(keyOfPosition(at));
    return at;
  }

  /** Records a page; returns its items not seen before. */
  took(items: readonly T[]): T[] {
    this.pages++;
    const keyOf = this.#reader.keyOf ?? defaultKey;
    return items.filter((item) => {
      const key = keyOf(item);
      if (this.#seen.has(key)) return false;
      this.#seen.add(key);
      return true;
    });
  }

  /**
   * Where the next page starts, or `undefined` at the end of the listing; throws
   * `PaginationError` when the listing repeats itself.
   */
  next(
    page: R,
    items: readonly T[],
    fresh: number,
    at: PagePosition,
    remaining: number,
  ): PagePosition | undefined {
    if (items.length === 0 && !this.#reader.filteredAfterSlicing) return undefined;
    const next = this.#follow(page, items, at, remaining);
    if (next === undefined) return undefined;
    const key = keyOfPosition(next);
    if (this.#sent.has(key)) {
      this.#fail(`answered with a cursor this walk had already followed (${describe(next)})`);
    }
    if (fresh === 0 && items.length > 0) {
      this.#fail("answered a page of items this walk had already yielded");
    }
    this.#sent.add(key);
    return next;
  }

  #follow(
    page: R,
    items: readonly T[],
    at: PagePosition,
    remaining: number,
  ): PagePosition | undefined {
    const reader = this.#reader;
    const cap = reader.resultCap ?? Infinity;
    switch (reader.style) {
      case "cursor_string": {
        const next = (page as { cursor_string?: unknown } | null)?.cursor_string;
        if (typeof next !== "string" || next === "") return undefined;
        if (next === at.cursorString && reader.repeatedCursorEnds) return undefined;
        return this.#seen.size >= cap ? undefined : { cursorString: next, limit: at.limit };
      }
      case "cursor": {
        const next = (page as { cursor?: unknown } | null)?.cursor;
        if (!next || typeof next !== "object") return undefined;
        return this.#seen.size >= cap
          ? undefined
          : { cursor: next as LegacyCursor, limit: at.limit };
      }
      case "page": {
        if (reader.hasMore && !reader.hasMore(page, this.#seen.size)) return undefined;
        const pageNumber = at.page ?? 1;
        const size = at.limit ?? reader.pageSize;
        if (size !== undefined && pageNumber * size >= cap) return undefined;
        return { page: pageNumber + 1, limit: at.limit };
      }
      case "offset": {
        // A filtered listing served fewer than it sliced: move past the whole slice asked for.
        const step = reader.filteredAfterSlicing ? at.limit ?? items.length : items.length;
        const offset = (at.offset ?? 0) + step;
        if (step === 0) return undefined;
        if (offset >= cap) return undefined;
        return { offset, limit: shrink(at.limit, Math.min(remaining, cap - offset)) };
      }
      case "since/until": {
        if (!reader.idOf) return undefined;
        const ids = items.map(reader.idOf);
        const limit = shrink(at.limit, remaining);
        return at.since !== undefined && at.until === undefined
          ? { since: Math.max(...ids), limit }
          : { until: Math.min(...ids), limit };
      }
    }
  }

  #position(start: PagePosition, size: number | undefined, max: number): PagePosition {
    const cap = this.#reader.resultCap ?? Infinity;
    switch (this.#reader.style) {
      case "cursor_string":
        return { cursorString: start.cursorString, limit: size };
      case "cursor":
        return { cursor: start.cursor, limit: size };
      case "page":
        return { page: start.page ?? 1, limit: this.#reader.sendsLimit ? size : undefined };
      case "offset": {
        const offset = start.offset ?? 0;
        return { offset, limit: shrink(size, Math.min(max, Math.max(cap - offset, 1))) };
      }
      case "since/until":
        return { since: start.since, until: start.until, limit: shrink(size, max) };
    }
  }

  /** A page size within what osu-web serves in one request. */
  #size(size: number | undefined): number | undefined {
    const most = this.#reader.maxPageSize;
    return size === undefined || most === undefined ? size : Math.min(size, most);
  }

  #fail(what: string): never {
    const name = this.#reader.name ?? "paginate";
    throw new PaginationError(
      `${name}: osu! ${what}, so the walk would loop; it stopped after page ${this.pages}, ` +
        "with every distinct item yielded once. Try again later, or start from your last item",
      { status: 200, endpoint: name, pages: this.pages },
    );
  }
}

function keyOfPosition(at: PagePosition): string {
  // The page size is not part of where a page starts; a cursor's keys may come in any order.
  const cursor = at.cursor === undefined
    ? undefined
    : Object.entries(at.cursor).sort(([a], [b]) => a < b ? -1 : 1);
  return JSON.stringify([at.cursorString, cursor, at.page, at.offset, at.since, at.until]);
}

function describe(at: PagePosition): string {
  if (at.cursorString !== undefined) return `cursor_string ${JSON.stringify(at.cursorString)}`;
  if (at.cursor !== undefined) return `cursor ${JSON.stringify(at.cursor)}`;
  if (at.until !== undefined) return `until ${at.until}`;
  if (at.since !== undefined) return `since ${at.since}`;
  return keyOfPosition(at);
}

function defaultKey(item: unknown): unknown {
  if (item === null || typeof item !== "object") return item;
  const id = (item as { id?: unknown }).id;
  return typeof id === "number" || typeof id === "string" ? id : JSON.stringify(item);
}

function shrink(size: number | undefined, remaining: number): number | undefined {
  return size === undefined ? undefined : Math.min(size, remaining);
}
