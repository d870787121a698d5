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

/** Options of `getEvents`. */
export interface EventsOptions extends CallOptions {
  /** Newest first (`"id_desc"`) or oldest first (`"id_asc"`). @default {"id_desc"} */
  readonly sort?: "id_desc" | "id_asc";
  /** The `cursor_string` of the previous page. */
  readonly cursorString?: string;
}

export async function getEvents(
  context: RequestContext,
  options: EventsOptions = {},
): Promise<Events> {
  return await context.request(endpoints.getEvents, {
    ...options,
    query: { sort: options.sort, cursor_string: options.cursorString },
  });
}
