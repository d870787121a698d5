/**
 * Wiki requests of `Client` (no token needed).
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { WikiPage } from "../models/wiki.ts";
import type { CallOptions } from "../client_options.ts";

export async function getWikiPage(
  context: RequestContext,
  locale: string,
  path: string,
  options: CallOptions = {},
): Promise<WikiPage> {
  if (typeof locale !== "string" || !/^[a-z]{2}(-[a-z]{2})?$/i.test(locale)) {
    throw new InvalidArgumentError(
      `A wiki locale looks like "en", got ${JSON.stringify(locale)}`,
    );
  }
  if (typeof path !== "string" || path.replace(/^\/+|\/+$/g, "") === "") {
    throw new InvalidArgumentError('A wiki page needs a path, e.g. "Main_page"');
  }
  return await context.request(endpoints.getWikiPage, {
    ...options,
    path: { locale, path: path.replace(/^\/+|\/+$/g, "") },
  });
}
