/**
 * News methods of `Client` (no token needed).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { NewsListing, NewsPost } from "../models/news.ts";
import type { CallOptions } from "./options.ts";
import { RankingsApi } from "./rankings.ts";

/** Options of `getNewsListing`. */
export interface NewsListingOptions extends CallOptions {
  /** Posts per page (osu-web: 1–21). @default {12} */
  readonly limit?: number;
  /** Only posts of this year. */
  readonly year?: number;
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

/** The news methods; `Client` has them all. */
export class NewsApi<V extends string = DefaultApiVersion> extends RankingsApi<V> {
  /**
   * Get News Listing: news posts, newest first, one page at a time.
   *
   * @param options `limit`, `year`, `cursorString`, `signal`, `timeout`
   * @returns one page of posts, the sidebar and the next cursor
   */
  async getNewsListing(options: NewsListingOptions = {}): Promise<NewsListing> {
    return await this.request(endpoints.getNewsListing, {
      ...options,
      query: { limit: options.limit, year: options.year, cursor_string: options.cursorString },
    });
  }

  /**
   * Get News Post: one post with its content, by slug or id.
   *
   * @param news the slug, or the id (with `key: "id"`)
   * @param options `key`, `signal`, `timeout`
   * @returns the post
   * @throws {NotFoundError} when there is no such post
   */
  async getNewsPost(
    news: string | number,
    options: CallOptions & { readonly key?: "id" | "slug" } = {},
  ): Promise<NewsPost> {
    if ((typeof news !== "string" && typeof news !== "number") || String(news).trim() === "") {
      throw new InvalidArgumentError("A news post needs a slug or an id");
    }
    return await this.request(endpoints.getNewsPost, {
      ...options,
      path: { news },
      query: { key: options.key ?? (typeof news === "number" ? "id" : undefined) },
    });
  }
}
