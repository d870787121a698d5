/**
 * Event feed requests of `Client`.
 * `Client`'s methods call the functions here and carry their docs.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { RequestContext } from "./_context.ts";
import type { Events } from "../models/events.ts";
import type { CallOptions } from "../client_options.ts";

export async function getEvents(
  context: RequestContext,
  options: CallOptions & {
    readonly sort?: "id_desc" | "id_asc";
    readonly cursorString?: string;
  } = {},
): Promise<Events> {
  return await context.request(endpoints.getEvents, {
    ...options,
    query: { sort: options.sort, cursor_string: options.cursorString },
  });
}
