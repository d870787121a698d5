/**
 * Event feed methods of `Client`.
 *
 * @module
 */
import { endpoints } from "../endpoints.ts";
import type { DefaultApiVersion } from "../models/common.ts";
import type { Events } from "../models/events.ts";
import { ChangelogApi } from "./changelog.ts";
import type { CallOptions } from "./options.ts";

/** The event methods; `Client` has them all. */
export class EventsApi<V extends string = DefaultApiVersion> extends ChangelogApi<V> {
  /**
   * Get Events: the site's event feed (ranks, achievements, beatmapset updates), one page at
   * a time.
   *
   * @param options `sort`, `cursorString`, `signal`, `timeout`
   * @returns one page of events and the next cursor
   */
  async getEvents(
    options: CallOptions & {
      readonly sort?: "id_desc" | "id_asc";
      readonly cursorString?: string;
    } = {},
  ): Promise<Events> {
    return await this.request(endpoints.getEvents, {
      ...options,
      query: { sort: options.sort, cursor_string: options.cursorString },
    });
  }
}
