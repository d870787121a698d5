/**
 * Wiki methods of `Client` (no token needed).
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { WikiPage } from "../models/wiki.ts";
import { NewsApi } from "./news.ts";
import type { CallOptions } from "./options.ts";

/** The wiki methods; `Client` has them all. */
export class WikiApi<V extends string = DefaultApiVersion> extends NewsApi<V> {
  /**
   * Get Wiki Page: a wiki page's Markdown.
   *
   * @param locale two-letter language code, e.g. `"en"`
   * @param path the page path, e.g. `"Main_page"` or `"People/Tournament_Committee"`
   * @param options `signal`, `timeout`
   * @returns the page
   * @throws {NotFoundError} when there is no such page
   */
  async getWikiPage(locale: string, path: string, options: CallOptions = {}): Promise<WikiPage> {
    if (typeof locale !== "string" || !/^[a-z]{2}(-[a-z]{2})?$/i.test(locale)) {
      throw new InvalidArgumentError(
        `A wiki locale looks like "en", got ${JSON.stringify(locale)}`,
      );
    }
    if (typeof path !== "string" || path.replace(/^\/+|\/+$/g, "") === "") {
      throw new InvalidArgumentError('A wiki page needs a path, e.g. "Main_page"');
    }
    return await this.request(endpoints.getWikiPage, {
      ...options,
      path: { locale, path: path.replace(/^\/+|\/+$/g, "") },
    });
  }
}
