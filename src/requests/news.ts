/**
 * News requests of `Client` (no token needed).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { NewsListing, NewsPost } from "../models/news.ts";
import type { CallOptions } from "../client_options.ts";

/** Options of `getNewsListing`. */
export interface NewsListingOptions extends CallOptions {
  /** Posts per page (osu-web: 1–21). @default {12} */
  readonly limit?: number;
  /** Only posts of this year. */
  readonly year?: number;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

export async function getNewsListing(
  context: RequestContext,
  options: NewsListingOptions = {},
): Promise<NewsListing> {
  return await context.request(endpoints.getNewsListing, {
    ...options,
    query: { limit: options.limit, year: options.year, cursor_string: options.cursorString },
  });
}

/** Options of `getNewsPost`. */
export interface NewsPostOptions extends CallOptions {
  /**
   * How to read the post: by `"id"` or by `"slug"`. Without it, a number is read as an id and a
   * string as a slug.
   */
  readonly key?: "id" | "slug";
}

export async function getNewsPost(
  context: RequestContext,
  news: string | number,
  options: NewsPostOptions = {},
): Promise<NewsPost> {
  if ((typeof news !== "string" && typeof news !== "number") || String(news).trim() === "") {
    throw new InvalidArgumentError("A news post needs a slug or an id");
  }
  return await context.request(endpoints.getNewsPost, {
    ...options,
    path: { news },
    query: { key: options.key ?? (typeof news === "number" ? "id" : undefined) },
  });
}
